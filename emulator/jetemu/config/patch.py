"""``load patch``: a ``show | compare`` text applied to a configuration.

The patch is what :mod:`.diff` prints (and Junos's compare): ``[edit <path>]`` headers, then
statements in text form whose first column is ``+`` (add), ``-`` (remove) or ``!`` (a state
change: ``inactive:``/``active:``, ``protect:``/``unprotect:``); other lines (context such as
``neighbor 10.1.2.2 { ... }``) are skipped, except after annotation lines: ``-``/``+`` lines
holding only a ``/* comment */`` followed by a context line are the annotation of that statement
removed or changed (what :mod:`.diff` prints for an ``annotate``). Under each header the removals
apply first, then the additions, then the annotations and state changes, header after header,
each as the load Junos would make of it. A statement to remove that is not there is a warning, as
in ``load set``.
"""

from __future__ import annotations

import re

from .errors import ConfigSyntaxError

_HEADER = re.compile(r"^\[edit(?: (?P<path>.*))?\]\s*$")
_STATE = re.compile(r"^(?P<state>inactive|active|protect|unprotect): (?P<stmt>.*?)(?: \{ \.\.\. \})?;?\s*$")
_CONTEXT = re.compile(r"^(?P<stmt>.*?)(?: \{ \.\.\. \}|;)$")


class Block:
    """The changes under one header: text statements to add, to remove, state commands
    (``(state, statement)``) and annotations (``(statement, new annotation or "" to remove it)``)."""

    __slots__ = ("path", "added", "removed", "states", "notes", "line")

    def __init__(self, path: str, line: int) -> None:
        self.path = path
        self.line = line
        self.added: list[str] = []
        self.removed: list[str] = []
        self.states: list[tuple[str, str]] = []
        self.notes: list[tuple[str, str]] = []


def parse_patch(text: str) -> list[Block]:
    """The blocks of a patch; raises :class:`ConfigSyntaxError` naming the line at fault."""
    blocks: list[Block] = []
    current: Block | None = None
    notes: list[tuple[str, str]] = []  # signed annotation lines waiting for what follows them

    def flush() -> None:
        if current is not None:
            for sign, body in notes:
                (current.added if sign == "+" else current.removed).append(body)
        notes.clear()

    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        header = _HEADER.match(raw.strip())
        if header is not None:
            flush()
            current = Block(header.group("path") or "", number)
            blocks.append(current)
            continue
        sign, body = raw[0], raw[1:]
        if notes and not notes[-1][1].rstrip().endswith("*/"):
            # the next line of a long annotation (signed, or as the text was: compare prints an
            # annotation's own line breaks)
            notes.append((notes[-1][0], body if sign in "+-" else raw))
            continue
        if sign not in "+-!":
            if current is None:
                raise ConfigSyntaxError(f"syntax error: patch line outside an [edit] header: {raw.strip()}", number)
            context = _CONTEXT.match(body.strip())
            if notes and context is not None:  # the annotation of this statement changed
                current.notes.append((context.group("stmt"), _comment(notes)))
                notes.clear()
            continue  # a context line
        if current is None:
            raise ConfigSyntaxError("syntax error: patch must start with an [edit ...] header", number)
        if sign in "+-" and body.strip().startswith("/*"):
            notes.append((sign, body))  # an annotation: of the next statement, or changed alone
            continue
        flush()
        if sign == "+":
            current.added.append(body)
        elif sign == "-":
            current.removed.append(body)
        else:
            state = _STATE.match(body.strip())
            if state is None:
                raise ConfigSyntaxError(f"syntax error: unknown state change: {body.strip()}", number)
            current.states.append((state.group("state"), state.group("stmt")))
    flush()
    if not blocks:
        raise ConfigSyntaxError("syntax error: a patch holds [edit ...] headers and +/-/! lines")
    return blocks


def _comment(notes: list[tuple[str, str]]) -> str:
    """The new annotation text of ``+`` annotation lines ("" when only ``-`` lines: removed)."""
    text = "\n".join(body.strip() for sign, body in notes if sign == "+")
    if text.startswith("/*"):
        text = text[2:]
    if text.endswith("*/"):
        text = text[:-2]
    return text.strip()


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
