"""The operational commands of on-box programs, and the custom commands YANG packages add.

=================================================================  ===============================
CLI                                                                RPC
=================================================================  ===============================
``request extension-service start|stop|restart APP``               ``extension-service-start`` ...
``show extension-service status APP|all``                          ``jet-application-status``
``request system yang add package ID module FILES
[action-script FILES]``                                            ``request-yang-add``
``request system yang update ID module FILES [action-script ...]``  ``request-yang-update``
``request system yang delete ID``                                  ``request-yang-delete``
``request system yang validate module FILES [action-script ...]``  ``request-yang-validate``
``show system yang package [ID]``                                  ``get-system-yang-packages``
``show system schema identifier MODULE output-directory DIR``      ``get-yang-schema``
custom ``junos:command`` words                                     the custom rpc's name
=================================================================  ===============================

FILES is one path or ``[ path path ... ]``; in RPCs each file is its own ``<module>`` /
``<action-script>`` element. The device's :class:`~.runtime.DeviceApps` is
``ctx.extras["apps"]``. The yang commands and the custom commands have grammars of their own
(lists of files, a package's input leaves), so they are interceptors that see the raw command
first; the rest are ordinary :class:`~jetemu.device.registry.OpSpec` entries.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

from .. import xmlsafe
from ..device.pipes import FILTERS, apply_filters, check_filter, split_pipes, tokenize
from ..device.registry import (
    CommandContext,
    CommandRegistry,
    Format,
    NodeResult,
    OpCommandError,
    OpSpec,
    Params,
    TextResult,
    resolve_abbreviation,
)
from ..device.tree import Node
from .packages import parse_cli_arguments, parse_rpc_arguments, render
from .runtime import DeviceApps

if TYPE_CHECKING:
    from ..device.model import Device

_PIPES = ("display", *FILTERS)


def apps_of(ctx: CommandContext) -> DeviceApps:
    found = ctx.extras.get("apps")
    if not isinstance(found, DeviceApps):
        raise OpCommandError("error: on-box programs are not available on this device")
    return found


def _name(params: Params, key: str, command: str) -> str:
    value = params.get(key)
    if not isinstance(value, str) or not value:
        raise OpCommandError(f"error: missing argument after '{command}' (the application's file name)")
    return value


# -- extension-service -----------------------------------------------------------------------------
def _start(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    return TextResult(
        apps_of(ctx).supervisor.start(_name(params, "application-name", "request extension-service start"))
    )


def _stop(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    return TextResult(apps_of(ctx).supervisor.stop(_name(params, "application-name", "request extension-service stop")))


def _restart(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    return TextResult(
        apps_of(ctx).supervisor.restart(_name(params, "application-name", "request extension-service restart"))
    )


def _status(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    return TextResult(
        apps_of(ctx).supervisor.status(_name(params, "application-name", "show extension-service status"))
    )


# -- yang packages -----------------------------------------------------------------------------------
def _yang_delete(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    package = params.get("package")
    if not isinstance(package, str) or not package:
        raise OpCommandError("error: missing argument after 'request system yang delete' (the package id)")
    return TextResult(apps_of(ctx).packages.delete(package))


def _render_packages(top: Node) -> str:
    blocks = []
    for entry in top.findall("yang-package"):
        blocks.append(
            f"Package ID            :{entry.findtext('package-id')}\n"
            f"YANG Module(s)        :{entry.findtext('yang-modules')}\n"
            f"Action Script(s)      :{entry.findtext('action-scripts')}\n"
            f"Translation Script(s) :{entry.findtext('trans-scripts')}\n"
            f"Translation script status is {entry.findtext('trans-scripts-status')}\n"
        )
    return "\n".join(blocks)


def _yang_show(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    package = params.get("id")
    top = apps_of(ctx).packages.show(package if isinstance(package, str) else None)
    return NodeResult(top, _render_packages, device.junos_version)


def _schema(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    identifier = params.get("identifier")
    directory = params.get("output-directory")
    if not isinstance(identifier, str) or not isinstance(directory, str):
        raise OpCommandError("error: show system schema needs identifier MODULE and output-directory DIR")
    if params.get("format") not in (None, "yang"):
        raise OpCommandError(f"error: format {params.get('format')} is not supported (yang)")
    apps = apps_of(ctx)
    _file_name, text = apps.packages.module_text(identifier)
    written = apps.fs.write_bytes(f"{directory.rstrip('/')}/{identifier}.yang", text, ctx.user)
    return TextResult(f"Wrote {written}\n")


def _files(tokens: list[str], index: int) -> tuple[list[str], int]:
    """``FILE`` or ``[ FILE FILE ]`` starting at ``tokens[index]``; returns (files, next index)."""
    if index >= len(tokens):
        raise OpCommandError("error: missing file name")
    if tokens[index] != "[":
        return [tokens[index]], index + 1
    found: list[str] = []
    index += 1
    while index < len(tokens) and tokens[index] != "]":
        found.append(tokens[index])
        index += 1
    if index >= len(tokens):
        raise OpCommandError("error: missing ']' after the file list")
    return found, index + 1


def _split_brackets(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        while token.startswith("[") and token != "[":
            out.append("[")
            token = token[1:]
        tail = 0
        while token.endswith("]") and token != "]":
            token, tail = token[:-1], tail + 1
        if token:
            out.append(token)
        out.extend(["]"] * tail)
    return out


_YANG_OPTIONS = ("package", "module", "action-script", "translation-script", "deviation-module", "proxy-xml", "snmp")


def _yang_arguments(words: list[str], *, package_keyword: bool) -> tuple[str | None, list[str], list[str]]:
    package: str | None = None
    modules: list[str] = []
    scripts: list[str] = []
    index = 0
    if not package_keyword and words and resolve_abbreviation(words[0], list(_YANG_OPTIONS)) is None:
        package, index = words[0], 1
    while index < len(words):
        option = resolve_abbreviation(words[index], list(_YANG_OPTIONS))
        if option is None:
            raise OpCommandError(f"error: syntax error, expecting <command>: {words[index]}")
        if option in ("translation-script", "deviation-module", "proxy-xml", "snmp"):
            raise OpCommandError(f"error: {option} is not supported by jetemu (custom RPCs with action scripts are)")
        if option == "package":
            if not package_keyword or index + 1 >= len(words):
                raise OpCommandError(f"error: syntax error, expecting <command>: {words[index]}")
            package, index = words[index + 1], index + 2
            continue
        files, index = _files(words, index + 1)
        (modules if option == "module" else scripts).extend(files)
    return package, modules, scripts


def _yang_cli(apps: DeviceApps, verb: str, words: list[str], user: str) -> str:
    if verb == "add":
        package, modules, scripts = _yang_arguments(words, package_keyword=True)
        if not package:
            raise OpCommandError("error: missing argument: package ID")
        return apps.packages.add(package, modules, scripts, user)
    if verb == "update":
        package, modules, scripts = _yang_arguments(words, package_keyword=False)
        if not package:
            raise OpCommandError("error: missing argument: the package ID")
        return apps.packages.update(package, modules, scripts, user)
    package, modules, scripts = _yang_arguments(words, package_keyword=False)
    if package is not None:
        raise OpCommandError(f"error: syntax error, expecting <command>: {package}")
    return apps.packages.validate(modules, scripts, user)


_YANG_RPCS = {"request-yang-add": "add", "request-yang-update": "update", "request-yang-validate": "validate"}


def _yang_rpc(apps: DeviceApps, verb: str, element: ET.Element, user: str) -> str:
    package: str | None = None
    modules: list[str] = []
    scripts: list[str] = []
    for child in element:
        tag = child.tag.rsplit("}", 1)[-1]
        text = (child.text or "").strip()
        if tag == "package" and verb != "validate":
            package = text
        elif tag == "module":
            modules.append(text)
        elif tag == "action-script":
            scripts.append(text)
        elif tag in ("translation-script", "deviation-module", "proxy-xml", "snmp"):
            raise OpCommandError(f"error: <{tag}> is not supported by jetemu (custom RPCs with action scripts are)")
        else:
            raise OpCommandError(f"error: syntax error: <{element.tag}><{tag}>: unknown element <{tag}>")
    if verb == "validate":
        return apps.packages.validate(modules, scripts, user)
    if not package:
        raise OpCommandError(f"error: <{element.tag}> needs <package>")
    if verb == "add":
        return apps.packages.add(package, modules, scripts, user)
    return apps.packages.update(package, modules, scripts, user)


# -- interceptors ----------------------------------------------------------------------------------
def _display(pipes: list[Any], fmt: Format) -> Format:
    for pipe in pipes:
        if pipe.name == "display":
            if len(pipe.args) != 1:
                raise OpCommandError("error: missing argument after 'display' (expecting json or xml)")
            choice = resolve_abbreviation(pipe.args[0], ["json", "xml"])
            if choice is None:
                raise OpCommandError(f"error: syntax error, expecting <command>: {pipe.args[0]}")
            fmt = choice  # type: ignore[assignment]
        else:
            check_filter(pipe)
    return fmt


def cli_interceptor(device: Device, command: str, fmt: Format, ctx: CommandContext) -> str | None:
    apps = ctx.extras.get("apps")
    if not isinstance(apps, DeviceApps):
        return None
    head = command.split("|", 1)[0].split()
    yang = head[:3] == ["request", "system", "yang"] and len(head) > 3 and head[3] in ("add", "update", "validate")
    custom = None if yang else apps.packages.find_command(head)
    if not yang and custom is None:
        return None
    tokens, pipes = split_pipes(tokenize(command), _PIPES)
    fmt = _display(pipes, fmt)
    if yang:
        output = TextResult(_yang_cli(apps, tokens[3], _split_brackets(tokens[4:]), ctx.user)).render(fmt)
    else:
        rpc, _rest = custom  # type: ignore[misc]
        arguments = parse_cli_arguments(rpc, tokens[len(rpc.command or ()) :])
        output = render(apps.packages.run(rpc, arguments, ctx.user), rpc, fmt, device.junos_version)
    return apply_filters(output, pipes)


def rpc_interceptor(device: Device, xml_command: str, fmt: Format, ctx: CommandContext) -> str | None:
    apps = ctx.extras.get("apps")
    if not isinstance(apps, DeviceApps):
        return None
    text = xml_command.strip()
    try:
        element = xmlsafe.fromstring(text)
    except (ET.ParseError, xmlsafe.UnsafeXml):
        return None  # the registry reports malformed XML the usual way
    if element.tag.rsplit("}", 1)[-1] == "rpc" and len(element) == 1:
        element = element[0]
    name = element.tag.rsplit("}", 1)[-1]
    if name in _YANG_RPCS:
        return TextResult(_yang_rpc(apps, _YANG_RPCS[name], element, ctx.user)).render(fmt)
    rpc = apps.packages.find_rpc(name)
    if rpc is None:
        return None
    arguments = parse_rpc_arguments(rpc, element)
    return render(apps.packages.run(rpc, arguments, ctx.user), rpc, fmt, device.junos_version)


SPECS: list[OpSpec] = [
    OpSpec(
        device_lock=False,
        rpc="extension-service-start",
        cli=("request", "extension-service", "start"),
        handler=_start,
        positional="application-name",
    ),
    OpSpec(
        device_lock=False,
        rpc="extension-service-stop",
        cli=("request", "extension-service", "stop"),
        handler=_stop,
        positional="application-name",
    ),
    OpSpec(
        device_lock=False,
        rpc="extension-service-restart",
        cli=("request", "extension-service", "restart"),
        handler=_restart,
        positional="application-name",
    ),
    OpSpec(
        device_lock=False,
        rpc="jet-application-status",
        cli=("show", "extension-service", "status"),
        handler=_status,
        positional="application-name",
    ),
    OpSpec(
        device_lock=False,
        rpc="request-yang-delete",
        cli=("request", "system", "yang", "delete"),
        handler=_yang_delete,
        positional="package",
    ),
    OpSpec(
        device_lock=False,
        rpc="get-system-yang-packages",
        cli=("show", "system", "yang", "package"),
        handler=_yang_show,
        positional="id",
    ),
    OpSpec(
        device_lock=False,
        rpc="get-yang-schema",
        cli=("show", "system", "schema"),
        handler=_schema,
        values=("identifier", "output-directory", "format", "version"),
    ),
]

_REGISTERED: set[int] = set()


def register(registry: CommandRegistry) -> None:
    """Add the commands and the interceptors to ``registry`` (once per registry)."""
    if id(registry) in _REGISTERED:
        return
    _REGISTERED.add(id(registry))
    for spec in SPECS:
        registry.register(spec)
    registry.add_cli_interceptor(cli_interceptor)
    registry.add_rpc_interceptor(rpc_interceptor)


__all__ = ["SPECS", "cli_interceptor", "register", "rpc_interceptor"]
