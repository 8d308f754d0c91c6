"""Junos CLI command lines: words, quotes and ``|`` pipes.

Shared by the operational commands (:mod:`jetemu.device.commands`) and the configuration CLI
(:mod:`jetemu.config.rpc`), so both read a command line the same way and their filtering pipes
(``match``, ``except`` (regular expressions that ignore case, like Junos), ``count``, ``last N``,
``trim N``, ``no-more``) behave and fail alike. Errors are :class:`OpCommandError` with
Junos-like text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .registry import OpCommandError, resolve_abbreviation

FILTERS = ("count", "except", "last", "match", "no-more", "trim")


@dataclass
class Pipe:
    name: str
    args: list[str] = field(default_factory=list)


def tokenize(command: str) -> list[str]:
    """Split on whitespace; ``"..."`` / ``'...'`` quote; an unquoted ``|`` is its own token."""
    tokens: list[str] = []
    current: list[str] = []
    quote: str | None = None
    started = False
    for char in command:
        if quote is not None:
            if char == quote:
                quote = None
            else:
                current.append(char)
            continue
        if char in "\"'":
            quote = char
            started = True
        elif char.isspace() or char == "|":
            if started:
                tokens.append("".join(current))
                current, started = [], False
            if char == "|":
                tokens.append("|")
        else:
            current.append(char)
            started = True
    if quote is not None:
        raise OpCommandError(f"error: unterminated quoted string in: {command.strip()}")
    if started:
        tokens.append("".join(current))
    return tokens


def split_pipes(tokens: list[str], names: Sequence[str]) -> tuple[list[str], list[Pipe]]:
    """The command's words and its pipes, each pipe name expanded among ``names``."""
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token == "|":
            segments.append([])
        else:
            segments[-1].append(token)
    command, pipe_segments = segments[0], segments[1:]
    pipes: list[Pipe] = []
    for segment in pipe_segments:
        if not segment:
            raise OpCommandError("error: syntax error, expecting <command>: |")
        name = resolve_abbreviation(segment[0], list(names))
        if name is None:
            raise OpCommandError(f"error: syntax error, expecting <command>: {segment[0]}")
        pipes.append(Pipe(name, segment[1:]))
    return command, pipes


def check_filter(pipe: Pipe) -> None:
    """Refuse a filtering pipe whose arguments are wrong, before the command runs."""
    args = pipe.args
    if pipe.name in ("count", "no-more"):
        if args:
            raise OpCommandError(f"error: syntax error, expecting <command>: {args[0]}")
    elif pipe.name in ("match", "except"):
        if not args:
            raise OpCommandError(f"error: missing argument after '{pipe.name}'")
        if len(args) > 1:
            raise OpCommandError(f"error: syntax error, expecting <command>: {args[1]}")
        try:
            re.compile(args[0], re.IGNORECASE)
        except re.error as exc:
            raise OpCommandError(f"error: invalid regular expression '{args[0]}': {exc}") from None
    elif pipe.name in ("last", "trim"):
        if len(args) != 1 or not args[0].isdigit():
            found = args[0] if args else "(nothing)"
            raise OpCommandError(f"error: '{pipe.name}' expects a number, got {found}")


def apply_filters(output: str, pipes: Sequence[Pipe]) -> str:
    """``output`` through the filtering pipes in order (other pipes are skipped)."""
    pipes = [pipe for pipe in pipes if pipe.name in FILTERS and pipe.name != "no-more"]
    if not pipes:
        return output
    lines = output.splitlines()
    for pipe in pipes:
        if pipe.name in ("match", "except"):
            pattern = re.compile(pipe.args[0], re.IGNORECASE)
            lines = [line for line in lines if bool(pattern.search(line)) == (pipe.name == "match")]
        elif pipe.name == "count":
            lines = [f"Count: {len(lines)} lines"]
        elif pipe.name == "last":
            count = int(pipe.args[0])
            lines = lines[-count:] if count else []
        elif pipe.name == "trim":
            width = int(pipe.args[0])
            lines = [line[width:] for line in lines]
    return "\n".join(lines) + "\n" if lines else ""
