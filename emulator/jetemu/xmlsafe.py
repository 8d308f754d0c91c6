"""Parse XML that comes from clients: no DTDs, no entity declarations.

A JET client never needs a DTD; refusing them up front keeps entity expansion tricks
("billion laughs", external entities) away from every RPC parser in the emulator.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

_DTD_RE = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class UnsafeXml(ValueError):
    """The XML carries a DTD or entity declaration."""


def fromstring(text: str) -> ET.Element:
    """``ElementTree.fromstring`` for untrusted input; raises :class:`UnsafeXml` or ``ET.ParseError``."""
    if _DTD_RE.search(text):
        raise UnsafeXml("DTDs and entity declarations are not accepted")
    return ET.fromstring(text)
