# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.rpc: Junos XML RPCs by name, with arguments, over JET (PRIVATE)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, parse_output, to_lines
from .errors import JetError

FORMATS = ("xml", "json", "text")

ARGUMENT_SPEC: dict[str, Any] = {
    "rpc": {"type": "str", "required": True},
    "args": {"type": "dict", "default": {}, "aliases": ["kwargs"]},
    "attrs": {"type": "dict", "default": {}},
    "format": {"type": "str", "default": "xml", "choices": list(FORMATS)},
}

# RPCs that only read state. Junos names its read RPCs get-*; a few others read too.
_READ_ONLY_PREFIXES = ("get-",)
_READ_ONLY_NAMES = frozenset(
    {"file-show", "file-list", "file-checksum-md5", "file-checksum-sha-256", "ping", "traceroute", "command"}
)
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]*$")


def is_read_only(name: str) -> bool:
    return name.startswith(_READ_ONLY_PREFIXES) or name in _READ_ONLY_NAMES


def _tag(key: str, where: str) -> str:
    tag = str(key).replace("_", "-")
    if not _NAME.match(tag):
        raise TaskError(f"{where}: {key!r} is not a valid XML element name")
    return tag


def _add(parent: ET.Element, key: str, value: Any, where: str) -> None:
    tag = _tag(key, where)
    if value is None or value is False:
        return
    if isinstance(value, list):
        for item in value:
            _add(parent, key, item, where)
        return
    child = ET.SubElement(parent, tag)
    if value is True:
        return
    if isinstance(value, dict):
        for sub_key, sub_value in value.items():
            _add(child, sub_key, sub_value, f"{where}.{key}")
        return
    child.text = str(value)


def build_rpc(name_or_xml: str, args: dict[str, Any], attrs: dict[str, Any]) -> tuple[str, str]:
    """(rpc name, XML text) from an RPC name plus arguments, or from a complete XML RPC."""
    text = name_or_xml.strip()
    if text.startswith("<"):
        if args or attrs:
            raise TaskError("rpc is a complete XML request: give its arguments inside it, not in args/attrs")
        try:
            element = ET.fromstring(text)
        except ET.ParseError as exc:
            raise TaskError(f"rpc is not well-formed XML: {exc}") from None
        if element.tag in ("rpc",) and len(element):
            element = element[0]
        return element.tag, ET.tostring(element, encoding="unicode")
    name = text.replace("_", "-")
    if not _NAME.match(name):
        raise TaskError(f"rpc {text!r} is not an RPC name such as get-software-information, nor an XML request")
    element = ET.Element(name)
    for key, value in (attrs or {}).items():
        element.set(_tag(key, "attrs"), str(value))
    for key, value in (args or {}).items():
        _add(element, key, value, "args")
    return name, ET.tostring(element, encoding="unicode")


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    name, xml = build_rpc(params["rpc"], params.get("args") or {}, params.get("attrs") or {})
    read_only = is_read_only(name)
    if ctx.check_mode and not read_only:
        raise TaskError(
            f"check mode: not running RPC {name!r}, which may change the device; in check mode "
            "jetkit.junos.rpc runs only read-only RPCs (get-*, file-show, file-list, ping, traceroute)",
            rpc=xml,
        )
    fmt = params["format"]
    try:
        output = api.rpc(xml, fmt)
    except JetError as exc:
        raise TaskError(f"RPC {name!r} failed: {exc.message}", jet_status=exc.status, rpc=xml) from None
    result: dict[str, Any] = {
        "changed": not read_only,
        "rpc": xml,
        "output": output,
        "output_lines": to_lines(output),
    }
    if fmt in ("xml", "json"):
        result["parsed"] = parse_output(output, fmt, f"RPC {name!r}")
    return result


SPEC = ModuleSpec(name="rpc", argument_spec=ARGUMENT_SPEC, run=run)
