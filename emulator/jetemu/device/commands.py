"""Operational commands of the emulated device: ``run_cli`` and ``run_rpc``.

Output conventions (the same for every command):

* ``fmt="xml"`` returns the reply element(s) **without** the ``<rpc-reply>`` wrapper, pretty-printed
  with 4-space indentation, e.g. ``<software-information>...</software-information>``. The top
  element declares ``xmlns:junos`` whenever ``junos:`` attributes (``junos:style``,
  ``junos:seconds``, ...) occur, so each reply parses on its own; elements carry the Junos default
  namespaces (``xmlns="http://xml.juniper.net/junos/<version>/junos-interface"`` ...) like Junos.
* ``fmt="json"`` returns Junos JSON (``{"software-information": [{"host-name": [{"data": "r1"}]}]}``).
* ``fmt="text"`` returns the CLI layout.
* A CLI ``| display xml`` / ``| display json`` pipe overrides ``fmt`` and produces exactly what
  ``fmt="xml"`` / ``fmt="json"`` would; the other pipes (``count``, ``match``, ``except``,
  ``last N``, ``trim N``, ``no-more``) then work on the lines of that output. ``match`` and
  ``except`` take Python regular expressions and, like Junos, ignore case.

Every command is one :class:`~jetemu.device.registry.OpSpec` in a
:class:`~jetemu.device.registry.CommandRegistry`; the handler builds one reply tree which all
three renderers read, so the formats cannot disagree. Other components add commands with
``default_registry.register(OpSpec(...))`` (or an interceptor that sees the raw command first,
see ``CommandRegistry.add_cli_interceptor``), or pass their own registry in
``CommandContext.registry``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import xmlsafe
from . import show_interfaces, show_route, show_system
from .registry import (
    FORMATS,
    ClientInfo,
    CommandContext,
    CommandRegistry,
    Format,
    NodeResult,
    OpCommandError,
    OpResult,
    OpSpec,
    Params,
    ServerListener,
    ServerSettings,
    TextResult,
    resolve_abbreviation,
)

if TYPE_CHECKING:
    from .model import Device

__all__ = [
    "ClientInfo",
    "CommandContext",
    "CommandRegistry",
    "NodeResult",
    "OpCommandError",
    "OpResult",
    "OpSpec",
    "ServerListener",
    "ServerSettings",
    "TextResult",
    "builtin_specs",
    "default_registry",
    "run_cli",
    "run_rpc",
]


def builtin_specs() -> list[OpSpec]:
    return [*show_system.SPECS, *show_interfaces.SPECS, *show_route.SPECS]


default_registry = CommandRegistry(builtin_specs())


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------
_PIPES = ("count", "display", "except", "last", "match", "no-more", "trim")
_DISPLAYS = ("json", "xml")


@dataclass
class _Pipe:
    name: str
    args: list[str] = field(default_factory=list)


def _tokenize(command: str) -> list[str]:
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


def _split_pipes(tokens: list[str]) -> tuple[list[str], list[_Pipe]]:
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token == "|":
            segments.append([])
        else:
            segments[-1].append(token)
    command, pipe_segments = segments[0], segments[1:]
    pipes: list[_Pipe] = []
    for segment in pipe_segments:
        if not segment:
            raise OpCommandError("error: syntax error, expecting <command>: |")
        name = resolve_abbreviation(segment[0], list(_PIPES))
        if name is None:
            raise OpCommandError(f"error: syntax error, expecting <command>: {segment[0]}")
        pipes.append(_Pipe(name, segment[1:]))
    return command, pipes


def _check_pipe(pipe: _Pipe) -> None:
    args = pipe.args
    if pipe.name in ("count", "no-more"):
        if args:
            raise OpCommandError(f"error: syntax error, expecting <command>: {args[0]}")
    elif pipe.name == "display":
        if not args:
            raise OpCommandError("error: missing argument after 'display' (expecting json or xml)")
        choice = resolve_abbreviation(args[0], list(_DISPLAYS))
        if choice is None:
            raise OpCommandError(f"error: syntax error, expecting <command>: {args[0]}")
        if len(args) > 1:
            raise OpCommandError(f"error: syntax error, expecting <command>: {args[1]}")
        pipe.args = [choice]
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


def _apply_pipes(output: str, pipes: list[_Pipe]) -> str:
    lines = output.splitlines()
    for pipe in pipes:
        if pipe.name == "match":
            pattern = re.compile(pipe.args[0], re.IGNORECASE)
            lines = [line for line in lines if pattern.search(line)]
        elif pipe.name == "except":
            pattern = re.compile(pipe.args[0], re.IGNORECASE)
            lines = [line for line in lines if not pattern.search(line)]
        elif pipe.name == "count":
            lines = [f"Count: {len(lines)} lines"]
        elif pipe.name == "last":
            count = int(pipe.args[0])
            lines = lines[-count:] if count else []
        elif pipe.name == "trim":
            width = int(pipe.args[0])
            lines = [line[width:] for line in lines]
    return "\n".join(lines) + "\n" if lines else ""


def _check_format(fmt: str) -> Format:
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    return fmt  # type: ignore[return-value]


def _registry(ctx: CommandContext) -> CommandRegistry:
    return ctx.registry if ctx.registry is not None else default_registry


def run_cli(device: Device, command: str, fmt: Format, ctx: CommandContext | None = None) -> str:
    """Run a CLI operational command (``show interfaces terse | match ge-``) on ``device``.

    Raises :class:`OpCommandError` with Junos-like text for unknown/ambiguous/invalid commands.
    """
    fmt = _check_format(fmt)
    context = ctx if ctx is not None else CommandContext()
    if not isinstance(command, str) or not command.strip():
        raise OpCommandError("error: empty command")
    registry = _registry(context)
    for interceptor in registry.cli_interceptors:
        intercepted = interceptor(device, command, fmt, context)
        if intercepted is not None:
            return intercepted
    tokens, pipes = _split_pipes(_tokenize(command))
    if not tokens:
        raise OpCommandError("error: empty command")
    spec, params = registry.parse_cli(tokens)
    for pipe in pipes:
        _check_pipe(pipe)
    for pipe in pipes:
        if pipe.name == "display":
            fmt = pipe.args[0]  # type: ignore[assignment]
    output = _execute(device, spec, params, context, fmt)
    remaining = [pipe for pipe in pipes if pipe.name not in ("display", "no-more")]
    return _apply_pipes(output, remaining) if remaining else output


def _execute(device: Device, spec: OpSpec, params: Params, ctx: CommandContext, fmt: Format) -> str:
    with device.lock:
        result = spec.handler(device, params, ctx)
        return result.render(fmt)


# --------------------------------------------------------------------------------------------
# XML RPC
# --------------------------------------------------------------------------------------------
def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def run_rpc(device: Device, xml_command: str, fmt: Format, ctx: CommandContext | None = None) -> str:
    """Run an XML RPC (``<get-interface-information><terse/></get-interface-information>``).

    A surrounding ``<rpc>`` element is accepted. Raises :class:`OpCommandError` for malformed XML,
    unknown RPCs and unknown or invalid arguments.
    """
    fmt = _check_format(fmt)
    context = ctx if ctx is not None else CommandContext()
    if not isinstance(xml_command, str) or not xml_command.strip():
        raise OpCommandError("error: empty RPC: expecting an XML element such as <get-software-information/>")
    for interceptor in _registry(context).rpc_interceptors:
        intercepted = interceptor(device, xml_command, fmt, context)
        if intercepted is not None:
            return intercepted
    try:
        root = xmlsafe.fromstring(xml_command.strip())
    except ET.ParseError as exc:
        raise OpCommandError(f"error: malformed XML in RPC: {exc}") from None
    except xmlsafe.UnsafeXml as exc:
        raise OpCommandError(f"error: RPC refused: {exc}") from None
    if _local(root.tag) == "rpc":
        children = list(root)
        if len(children) != 1:
            raise OpCommandError(f"error: <rpc> must contain exactly one RPC element, found {len(children)}")
        root = children[0]
    name = _local(root.tag)
    spec = _registry(context).rpc(name)
    if spec is None:
        raise OpCommandError(f"error: syntax error: <{name}>")
    params: Params = {}
    for child in root:
        arg = _local(child.tag)
        text = (child.text or "").strip()
        if len(child):
            raise OpCommandError(f"error: syntax error: <{name}><{arg}>: unexpected child elements")
        if arg in spec.flags:
            if text:
                raise OpCommandError(f"error: syntax error: <{arg}> takes no value in <{name}>")
            for group in spec.exclusive:
                if arg in group and any(other in params for other in group if other != arg):
                    raise OpCommandError(f"error: syntax error: <{arg}> conflicts with another option in <{name}>")
            params[arg] = True
        elif arg in spec.values or arg == spec.positional:
            if not text:
                raise OpCommandError(f"error: missing value for <{arg}> in <{name}>")
            params[arg] = text
        else:
            raise OpCommandError(f"error: syntax error: <{name}><{arg}>: unknown element <{arg}>")
    return _execute(device, spec, params, context, fmt)
