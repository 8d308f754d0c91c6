"""``<rpc-error>`` as Junos's NETCONF server writes it, and the translation of the emulator's
Junos-style messages (``error: ...`` text, commit-check blocks) into it.

Junos reports most failures as ``error-type`` protocol, ``error-tag`` operation-failed, with
``error-severity`` error or warning, the configuration level at fault in ``error-path``
(``[edit interfaces ge-0/0/0 unit 0 family inet]``), the statement or command word in
``error-info/bad-element`` and the text in ``error-message``. This module only builds that
shape; it decides nothing about when an operation fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class RpcError:
    """One ``<rpc-error>``."""

    message: str
    severity: str = "error"  # "error" or "warning"
    error_type: str = "protocol"  # transport, rpc, protocol, application
    tag: str = "operation-failed"
    path: str | None = None
    bad_element: str | None = None
    info: dict[str, str] = field(default_factory=dict)  # other <error-info> children (session-id, ...)

    def render(self, prefix: str = "") -> str:
        p = prefix
        lines = [
            f"<{p}rpc-error>",
            f"<{p}error-type>{self.error_type}</{p}error-type>",
            f"<{p}error-tag>{self.tag}</{p}error-tag>",
            f"<{p}error-severity>{self.severity}</{p}error-severity>",
        ]
        if self.path:
            lines.append(f"<{p}error-path>{escape(self.path)}</{p}error-path>")
        lines.append(f"<{p}error-message>\n{escape(self.message)}\n</{p}error-message>")
        items = dict(self.info)
        if self.bad_element:
            items = {"bad-element": self.bad_element, **items}
        if items:
            lines.append(f"<{p}error-info>")
            lines.extend(f"<{p}{key}>{escape(value)}</{p}{key}>" for key, value in items.items())
            lines.append(f"</{p}error-info>")
        lines.append(f"</{p}rpc-error>")
        return "\n".join(lines)


class NetconfError(Exception):
    """An operation failed with one or more ``<rpc-error>`` elements (nothing was applied)."""

    def __init__(self, errors: Iterable[RpcError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(e.message for e in self.errors))

    @classmethod
    def one(cls, message: str, **fields: object) -> NetconfError:
        return cls([RpcError(message=message, **fields)])  # type: ignore[arg-type]


# A commit-check block of the configuration engine:
#   [edit interfaces ge-0/0/0 unit 0 family inet]
#     'address 10.0.0.300/24'
#       invalid prefix: ...
_BLOCK = re.compile(r"^(\[edit[^\]\n]*\])\n\s+'([^\n]*)'\n\s+(.+)$", re.S)
# "syntax error, expecting <command>: bridge" -> message up to the colon, bad-element "bridge";
# "syntax error: <get-foo>" (an unknown RPC) -> bad-element "get-foo".
_SYNTAX = re.compile(r"^((?:line \d+: )?syntax error(?:, expecting <command>)?): <?([^\s<>]+)>?$")


def from_message(text: str, severity: str = "error") -> list[RpcError]:
    """The ``<rpc-error>`` list for a Junos-style message of the emulator.

    Messages are ``error: ...`` / ``warning: ...`` lines, possibly with continuation lines,
    and commit-check blocks (see :mod:`jetemu.config.validate`). Each becomes one error; the
    ``error:`` prefix goes, as Junos does not repeat it inside ``<error-message>``.
    """
    errors: list[RpcError] = []
    for block in _split_blocks(text):
        level = severity
        body = block
        for word in ("error", "warning"):
            if body.startswith(word + ": "):
                level = word
                body = body[len(word) + 2 :]
                break
        match = _BLOCK.match(body)
        if match is not None:
            path, statement, reason = match.groups()
            errors.append(RpcError(message=reason.strip(), severity=level, path=path, bad_element=statement))
            continue
        syntax = _SYNTAX.match(body)
        if syntax is not None:
            errors.append(RpcError(message=syntax.group(1), severity=level, bad_element=syntax.group(2)))
            continue
        errors.append(RpcError(message=body.strip(), severity=level))
    return errors or [RpcError(message=text.strip() or "operation failed", severity=severity)]


def _split_blocks(text: str) -> list[str]:
    """Cut a message into blocks: a new block starts at ``error:``/``warning:`` or ``[edit``."""
    blocks: list[str] = []
    for line in text.strip("\n").splitlines():
        starts = line.startswith(("error: ", "warning: ", "[edit"))
        if starts or not blocks:
            blocks.append(line)
        else:
            blocks[-1] += "\n" + line
    return [b for b in (block.strip("\n") for block in blocks) if b.strip()]
