"""``load patch``: a ``show | compare`` text applied to a configuration.

The patch is what :mod:`.diff` prints (and Junos's compare): ``[edit <path>]`` headers, then
statements in text form whose first column is ``+`` (add), ``-`` (remove) or ``!`` (a state
change: ``inactive:``/``active:``, ``protect:``/``unprotect:``); other lines (context such as
``neighbor 10.1.2.2 { ... }``) are skipped. Under each header the removals apply first, then the
additions, then the state changes, header after header, each as the load Junos would make of it.
A statement to remove that is not there is a warning, as in ``load set``.
"""

from __future__ import annotations

import re

from .errors import ConfigSyntaxError

_HEADER = re.compile(r"^\[edit(?: (?P<path>.*))?\]\s*$")
_STATE = re.compile(r"^(?P<state>inactive|active|protect|unprotect): (?P<stmt>.*?)(?: \{ \.\.\. \})?;?\s*$")


class Block:
    """The changes under one header: text statements to add, to remove, and state commands."""

    __slots__ = ("path", "added", "removed", "states", "line")

    def __init__(self, path: str, line: int) -> None:
        self.path = path
        self.line = line
        self.added: list[str] = []
        self.removed: list[str] = []
        self.states: list[tuple[str, str]] = []


def parse_patch(text: str) -> list[Block]:
    """The blocks of a patch; raises :class:`ConfigSyntaxError` naming the line at fault."""
    blocks: list[Block] = []
    current: Block | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        header = _HEADER.match(raw.strip())
        if header is not None:
            current = Block(header.group("path") or "", number)
            blocks.append(current)
            continue
        sign, body = raw[0], raw[1:]
        if sign not in "+-!":
            if current is None:
                raise ConfigSyntaxError(f"syntax error: patch line outside an [edit] header: {raw.strip()}", number)
            continue  # a context line
        if current is None:
            raise ConfigSyntaxError("syntax error: patch must start with an [edit ...] header", number)
        if sign == "+":
            current.added.append(body)
        elif sign == "-":
            current.removed.append(body)
        else:
            state = _STATE.match(body.strip())
            if state is None:
                raise ConfigSyntaxError(f"syntax error: unknown state change: {body.strip()}", number)
            current.states.append((state.group("state"), state.group("stmt")))
    if not blocks:
        raise ConfigSyntaxError("syntax error: a patch holds [edit ...] headers and +/-/! lines")
    return blocks


def wrapped(path: str, lines: list[str]) -> str:
    """Text statements given at ``path`` as a configuration from the top."""
    body = "\n".join(lines)
    return f"{path} {{\n{body}\n}}\n" if path else body + "\n"


def deletions(lines: list[str]) -> list[str]:
    """The removed statements of a block as ``delete:`` statements (a removed block ``x { ... }``
    becomes ``delete: x;``; annotations and closing braces are dropped)."""
    out: list[str] = []
    depth = 0
    for line in lines:
        text = line.strip()
        if not text or text.startswith("/*") or text.startswith("#"):
            continue
        if depth == 0:
            if text.endswith("{"):
                out.append(f"delete: {text[:-1].strip()};")
            elif text.endswith(";"):
                out.append(f"delete: {text}")
            else:
                raise ConfigSyntaxError(f"syntax error: cannot remove '{text}'")
        if text.endswith("{"):
            depth += 1
        elif text == "}":
            depth -= 1
    return out
