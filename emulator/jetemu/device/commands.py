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
from typing import TYPE_CHECKING

from .. import xmlsafe
from . import (
    file_commands,
    ping,
    show_chassis,
    show_interfaces,
    show_memory,
    show_mpls,
    show_platform,
    show_protocols,
    show_route,
    show_status,
    show_system,
    snmp_mib,
    software,
    syslog,
    system_requests,
)
from .pipes import FILTERS, Pipe, apply_filters, check_filter, split_pipes, tokenize
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
from .rpc_inputs import INPUTS

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
    return [
        *show_system.SPECS,
        *show_chassis.SPECS,
        *show_memory.SPECS,
        *show_interfaces.SPECS,
        *show_route.SPECS,
        *file_commands.SPECS,
        *ping.SPECS,
        *system_requests.SPECS,
        *software.SPECS,
        *snmp_mib.SPECS,
        *show_mpls.SPECS,
        *syslog.SPECS,
        *show_status.SPECS,
        *show_platform.SPECS,
        *show_protocols.SPECS,
    ]


default_registry = CommandRegistry(builtin_specs())


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------
_PIPES = ("display", *FILTERS)
_DISPLAYS = ("json", "xml")


def _check_pipe(pipe: Pipe) -> None:
    if pipe.name != "display":
        check_filter(pipe)
        return
    args = pipe.args
    if not args:
        raise OpCommandError("error: missing argument after 'display' (expecting json or xml)")
    choice = resolve_abbreviation(args[0], list(_DISPLAYS))
    if choice is None:
        raise OpCommandError(f"error: syntax error, expecting <command>: {args[0]}")
    if len(args) > 1:
        raise OpCommandError(f"error: syntax error, expecting <command>: {args[1]}")
    pipe.args = [choice]


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
    tokens, pipes = split_pipes(tokenize(command), _PIPES)
    if not tokens:
        raise OpCommandError("error: empty command")
    spec, params = registry.parse_cli(tokens)
    for pipe in pipes:
        _check_pipe(pipe)
    for pipe in pipes:
        if pipe.name == "display":
            fmt = pipe.args[0]  # type: ignore[assignment]
    output = _execute(device, spec, params, context, fmt)
    return apply_filters(output, pipes)


def _execute(device: Device, spec: OpSpec, params: Params, ctx: CommandContext, fmt: Format) -> str:
    if not spec.device_lock:
        return spec.handler(device, params, ctx).render(fmt)
    with device.lock:
        result = spec.handler(device, params, ctx)
        return result.render(fmt)


# --------------------------------------------------------------------------------------------
# XML RPC
# --------------------------------------------------------------------------------------------
def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


_RPC_NAME = re.compile(r"\s*(?:<rpc\b[^>]*>\s*)?<(?:[\w.-]+:)?([\w.-]+)")


def _unknown_element(name: str, arg: str) -> OpCommandError:
    """mgd's refusal of a child element an RPC does not have (the same for every RPC)."""
    return OpCommandError(f"error: syntax error: <{name}><{arg}>: unknown element <{arg}>")


def check_inputs(xml_command: str) -> None:
    """Refuse child elements that Junos's schema does not give the RPC (tools/rpc_inputs.py).

    Runs before any handler, so every RPC the schema knows is refused the same way, whichever
    component answers it; malformed XML is left to the handler, which reports it.
    """
    m = _RPC_NAME.match(xml_command)
    known = INPUTS.get(m.group(1)) if m else None
    if known is None:
        return
    try:
        root = xmlsafe.fromstring(xml_command.strip())
    except (ET.ParseError, xmlsafe.UnsafeXml):
        return
    if _local(root.tag) == "rpc":
        if len(root) != 1:
            return  # the handler names what is wrong with the <rpc> wrapper
        root = root[0]
    name = _local(root.tag)
    for child in root:
        arg = _local(child.tag)
        if arg not in known:
            raise _unknown_element(name, arg)


def run_rpc(device: Device, xml_command: str, fmt: Format, ctx: CommandContext | None = None) -> str:
    """Run an XML RPC (``<get-interface-information><terse/></get-interface-information>``).

    A surrounding ``<rpc>`` element is accepted. Raises :class:`OpCommandError` for malformed XML,
    unknown RPCs and unknown or invalid arguments.
    """
    fmt = _check_format(fmt)
    context = ctx if ctx is not None else CommandContext()
    if not isinstance(xml_command, str) or not xml_command.strip():
        raise OpCommandError("error: empty RPC: expecting an XML element such as <get-software-information/>")
    check_inputs(xml_command)
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
        elif arg in spec.values or arg in spec.bare_arguments:
            if not text:
                raise OpCommandError(f"error: missing value for <{arg}> in <{name}>")
            params[arg] = text
        elif arg in INPUTS.get(name, {}):
            raise OpCommandError(f"error: <{name}><{arg}>: valid on Junos, not implemented by jetemu")
        else:
            raise _unknown_element(name, arg)
    return _execute(device, spec, params, context, fmt)
