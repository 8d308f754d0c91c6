"""YANG packages of one device and the custom operational commands they add.

``request system yang add package ID module [FILES] action-script [FILES]`` validates the
modules (:mod:`.yang`) and the action scripts (Python syntax), then keeps the modules under
``/opt/yang-pkg/ID/yang/`` and the action scripts under ``/var/db/scripts/action/``, where Junos
keeps them (Juniper's examples list ``/opt/yang-pkg/<package>/yang/`` and note that ``request
system yang add`` places action scripts in ``/var/db/scripts/action``). The packages are read
back from those directories when the device restarts with ``--state-dir``: a package is a
directory with its modules, its action scripts are the ones its modules name. ``update``
replaces a package's files, ``delete`` removes them, ``validate`` only checks, and ``show system
yang package [ID]`` lists them (``<get-system-yang-packages>``, Junos'
``yang-package-information``). The messages are Junos' (``YANG modules validation : START``...
``Building schema and reloading /config/juniper.conf.gz ...``, ``Restarting mgd ...``).

A custom RPC answers through the same paths as every other command: its ``junos:command`` words
in the CLI (``show route-watch protocol bgp``, pipes included) and its name as an XML RPC
(``<get-route-watch><protocol>bgp</protocol></get-route-watch>``), in text, XML or JSON. Running
it runs its action script with ``system scripts language python3`` configured, as
``python3 SCRIPT --rpc_name NAME --LEAF VALUE ...`` (``-x`` for one-letter leaves; defaults
included). An ``empty`` leaf that is set is passed as ``--LEAF ''``: Juniper's documentation
that we could read does not say what value Junos gives it, so a script should test for the
option's presence, not its value. A wall-clock time limit (``--action-script-timeout``) bounds
the script, with CPU and memory limits behind it; the XML the script prints is the reply and
the CLI text comes from the output schema's ``junos-odl`` statements (:mod:`.odl`). A failing
or hanging script is an error naming it.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from .. import fastjson, xmlsafe
from ..device.filesystem import DeviceFilesystem, FilesystemError
from ..device.registry import CommandRegistry, OpCommandError, resolve_abbreviation
from ..device.tree import Node, to_junos_json_obj, to_xml
from . import processes
from .extensions import python_required
from .odl import render_text
from .settings import ACTION_DIR, MIB
from .yang import INTEGER_RANGES, CustomRpc, Module, YangError, parse_module

log = logging.getLogger("jetemu.apps")

PACKAGE_ROOT = "/opt/yang-pkg"
PACKAGE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
SCRIPT_LIMITS = processes.Limits(data_bytes=512 * MIB, file_bytes=64 * MIB, stack_bytes=8 * MIB)
# Seconds of CPU an action script gets beyond its wall-clock limit: the wall clock always decides
# for a script that runs too long (busy or idle, loaded machine or not), the CPU limit only stops
# one that burns several cores at once.
CPU_SLACK = 2
MAX_SCRIPT_BYTES = 4 * MIB
MAX_MODULE_BYTES = 4 * MIB
_XML_DECL = re.compile(r"<\?xml[^>]*\?>")
_JUNOS_NS = "http://xml.juniper.net/junos/"
_VALIDATE_LINES = (
    "YANG modules validation : START",
    "YANG modules validation : SUCCESS",
    "Scripts syntax validation : START",
    "Scripts syntax validation : SUCCESS",
)
_INSTALL_LINES = (
    "TLV generation: START",
    "TLV generation: SUCCESS",
    "Building schema and reloading /config/juniper.conf.gz ...",
    "Restarting mgd ...",
)


@dataclass
class Package:
    id: str
    modules: list[str]  # file names under /opt/yang-pkg/ID/yang/
    action_scripts: list[str]  # file names under /var/db/scripts/action/
    parsed: list[Module] = field(default_factory=list)

    def rpcs(self) -> list[CustomRpc]:
        return [rpc for module in self.parsed for rpc in module.rpcs]


@dataclass(frozen=True)
class _Checked:
    modules: list[tuple[str, bytes, Module]]  # (file name, content, parsed)
    scripts: list[tuple[str, bytes]]


class YangPackages:
    """The packages of one device (thread-safe)."""

    def __init__(
        self,
        filesystem: DeviceFilesystem,
        builtin: Callable[[], CommandRegistry],
        environment: Callable[[str], dict[str, str]],
        language: Callable[[], str | None],
        *,
        script_timeout: float = 60.0,
        python: str | None = None,
    ) -> None:
        import sys

        self.fs = filesystem
        self._builtin = builtin  # the registry whose commands custom ones must not shadow
        self._environment = environment
        self._language = language
        self.script_timeout = script_timeout
        self.python = python or sys.executable
        self._lock = threading.RLock()
        self._packages: dict[str, Package] = {}
        self._load()

    # -- persistence ------------------------------------------------------------------------------
    @staticmethod
    def module_directory(package_id: str) -> str:
        return f"{PACKAGE_ROOT}/{package_id}/yang"

    def _load(self) -> None:
        """The packages the device's file system holds (a restart with ``--state-dir``)."""
        try:
            _, _, entries = self.fs.list(PACKAGE_ROOT)
        except (FileNotFoundError, FilesystemError):
            return
        for entry in entries:
            if entry.kind != "directory" or not PACKAGE_ID.match(entry.name):
                continue
            directory = self.module_directory(entry.name)
            package = Package(entry.name, [], [])
            try:
                _, _, files = self.fs.list(directory)
                for info in files:
                    if info.kind == "file" and info.name.endswith(".yang"):
                        _, text = self.fs.read_bytes(f"{directory}/{info.name}", limit=MAX_MODULE_BYTES)
                        package.modules.append(info.name)
                        package.parsed.append(parse_module(text.decode("utf-8"), info.name))
            except (FileNotFoundError, FilesystemError, YangError, UnicodeDecodeError) as exc:
                log.warning("YANG package %s not loaded: %s", entry.name, exc)
                continue  # a package whose files were damaged is dropped, not half-loaded
            if not package.modules:
                continue
            scripts = {rpc.script for rpc in package.rpcs() if rpc.script}
            package.action_scripts = sorted(n for n in scripts if self.fs.exists(f"{ACTION_DIR}/{n}"))
            self._packages[package.id] = package

    # -- validation -------------------------------------------------------------------------------
    def _check(self, modules: Sequence[str], scripts: Sequence[str], user: str, replacing: str | None) -> _Checked:
        """Read and check the files; raises OpCommandError with Junos-like validation text."""
        if not modules:
            raise OpCommandError("error: at least one YANG module is needed (module FILE)")
        progress = [_VALIDATE_LINES[0]]

        def failed(stage: str, problem: str) -> OpCommandError:
            return OpCommandError("\n".join([*progress, f"{stage} : FAILED", f"error: {problem}"]))

        parsed: list[tuple[str, bytes, Module]] = []
        for path in modules:
            try:
                device_path, content = self.fs.read_bytes(path, user, limit=MAX_MODULE_BYTES)
                name = device_path.rsplit("/", 1)[-1]
                if not name.endswith(".yang"):
                    raise YangError(f"{device_path}: a YANG module file name ends with .yang")
                module = parse_module(content.decode("utf-8"), name)
            except FilesystemError as exc:
                raise failed("YANG modules validation", exc.message.removeprefix("error: ")) from None
            except UnicodeDecodeError:
                raise failed("YANG modules validation", f"{path}: not UTF-8 text") from None
            except YangError as exc:
                raise failed("YANG modules validation", str(exc)) from None
            parsed.append((name, content, module))
        script_files: list[tuple[str, bytes]] = []
        script_names = set()
        for path in scripts:
            try:
                device_path, content = self.fs.read_bytes(path, user, limit=MAX_SCRIPT_BYTES)
            except FilesystemError as exc:
                raise failed("YANG modules validation", exc.message.removeprefix("error: ")) from None
            name = device_path.rsplit("/", 1)[-1]
            script_files.append((name, content))
            script_names.add(name)
        try:
            self._conflicts([m for _, _, m in parsed], script_names, replacing)
        except YangError as exc:
            raise failed("YANG modules validation", str(exc)) from None
        progress += [_VALIDATE_LINES[1], _VALIDATE_LINES[2]]
        for name, content in script_files:
            if name.endswith((".slax", ".xsl")):
                raise failed(
                    "Scripts syntax validation", f"{name}: SLAX and XSLT action scripts are not supported by jetemu"
                )
            if not name.endswith(".py"):
                raise failed("Scripts syntax validation", f"{name}: an action script is a .py (or .slax) file")
            try:
                compile(content, name, "exec", dont_inherit=True)
            except (SyntaxError, ValueError) as exc:
                line = getattr(exc, "lineno", None)
                raise failed("Scripts syntax validation", f"{name}{f':{line}' if line else ''}: {exc}") from None
        return _Checked(parsed, script_files)

    def _conflicts(self, modules: list[Module], scripts: set[str], replacing: str | None) -> None:
        registry = self._builtin()
        taken_rpcs: dict[str, str] = {}
        taken_commands: dict[tuple[str, ...], str] = {}
        taken_modules: dict[str, str] = {}
        for package in self._packages.values():
            if package.id == replacing:
                continue
            for module in package.parsed:
                taken_modules[module.name] = package.id
            for rpc in package.rpcs():
                taken_rpcs[rpc.name] = package.id
                if rpc.command:
                    taken_commands[rpc.command] = package.id
        names: set[str] = set()
        for module in modules:
            if module.name in taken_modules:
                raise YangError(f"module {module.name} is already in package {taken_modules[module.name]}")
            for rpc in module.rpcs:
                if rpc.name in names or rpc.name in taken_rpcs:
                    where = taken_rpcs.get(rpc.name, "this package")
                    raise YangError(f"rpc {rpc.name} is defined twice (also in {where})")
                names.add(rpc.name)
                if registry.rpc(rpc.name) is not None:
                    raise YangError(f"rpc {rpc.name} is already a Junos RPC")
                if rpc.command is not None:
                    if rpc.command in taken_commands:
                        owner = taken_commands[rpc.command]
                        raise YangError(f"command '{' '.join(rpc.command)}' is already added by package {owner}")
                    if _builtin_command(registry, rpc.command):
                        raise YangError(f"command '{' '.join(rpc.command)}' is already a Junos command")
                    if rpc.script is None:
                        raise YangError(
                            f"rpc {rpc.name}: junos:command needs junos:action-execute {{ junos:script ...; }}"
                        )
                if rpc.script is not None and rpc.script not in scripts:
                    raise YangError(
                        f"rpc {rpc.name}: action script {rpc.script} is not among the package's action scripts"
                    )

    # -- commands ---------------------------------------------------------------------------------
    def validate(self, modules: Sequence[str], scripts: Sequence[str], user: str) -> str:
        with self._lock:
            self._check(modules, scripts, user, None)
        return "\n".join(_VALIDATE_LINES) + "\n"

    def add(self, package_id: str, modules: Sequence[str], scripts: Sequence[str], user: str) -> str:
        _check_id(package_id)
        with self._lock:
            if package_id in self._packages:
                raise OpCommandError(
                    f"error: package {package_id} already exists: use 'request system yang update {package_id}'"
                )
            checked = self._check(modules, scripts, user, None)
            self._install(package_id, checked, None)
        return "\n".join([*_VALIDATE_LINES, *_INSTALL_LINES]) + "\n"

    def update(self, package_id: str, modules: Sequence[str], scripts: Sequence[str], user: str) -> str:
        _check_id(package_id)
        with self._lock:
            old = self._packages.get(package_id)
            if old is None:
                raise OpCommandError(f"error: package {package_id} does not exist: use 'request system yang add'")
            checked = self._check(modules, scripts, user, package_id)
            self._install(package_id, checked, old)
        return "\n".join([*_VALIDATE_LINES, *_INSTALL_LINES]) + "\n"

    def _install(self, package_id: str, checked: _Checked, old: Package | None) -> None:
        directory = self.module_directory(package_id)
        self.fs.make_directory(directory)
        for name, content, _ in checked.modules:
            self.fs.write_bytes(f"{directory}/{name}", content)
        for name, content in checked.scripts:
            self.fs.write_bytes(f"{ACTION_DIR}/{name}", content)
        package = Package(
            package_id,
            [name for name, _, _ in checked.modules],
            [name for name, _ in checked.scripts],
            [module for _, _, module in checked.modules],
        )
        if old is not None:
            for name in set(old.modules) - set(package.modules):
                self._remove(f"{directory}/{name}")
            for name in set(old.action_scripts) - set(package.action_scripts):
                self._remove(f"{ACTION_DIR}/{name}")
        self._packages[package_id] = package

    def _remove(self, path: str) -> None:
        try:
            self.fs.delete(path)
        except FilesystemError:
            pass

    def delete(self, package_id: str) -> str:
        with self._lock:
            package = self._packages.pop(package_id, None)
            if package is None:
                raise OpCommandError(f"error: package {package_id} does not exist")
            directory = self.module_directory(package_id)
            for name in package.modules:
                self._remove(f"{directory}/{name}")
            for name in package.action_scripts:
                self._remove(f"{ACTION_DIR}/{name}")
            for empty in (directory, f"{PACKAGE_ROOT}/{package_id}"):
                try:
                    self.fs.remove_directory(empty)
                except FilesystemError:
                    break  # not empty (someone put files there): leave it
        return "\n".join(_INSTALL_LINES[2:]) + "\n"

    def show(self, package_id: str | None) -> Node:
        top = Node("yang-package-information")
        with self._lock:
            packages = list(self._packages.values())
        if package_id:
            packages = [p for p in packages if p.id == package_id]
            if not packages:
                raise OpCommandError(f"error: package {package_id} does not exist")
        for package in packages:
            entry = top.add("yang-package")
            entry.add("package-id", package.id)
            entry.add("yang-modules", " ".join(package.modules))
            entry.add("action-scripts", " ".join(package.action_scripts) or "*")
            entry.add("trans-scripts", "*")
            entry.add("trans-scripts-status", "disabled")
        return top

    def module_text(self, name: str) -> tuple[str, bytes]:
        """``(file name, text)`` of an installed module, for ``show system schema``."""
        with self._lock:
            for package in self._packages.values():
                for file_name, module in zip(package.modules, package.parsed, strict=True):
                    if module.name == name:
                        path = f"{self.module_directory(package.id)}/{file_name}"
                        return file_name, self.fs.read_bytes(path)[1]
        raise OpCommandError(f"error: module {name} not found")

    # -- custom RPCs ------------------------------------------------------------------------------
    def find_command(self, words: list[str]) -> tuple[CustomRpc, list[str]] | None:
        """The custom RPC whose command words start ``words`` (longest first) and the rest."""
        with self._lock:
            rpcs = [rpc for p in self._packages.values() for rpc in p.rpcs() if rpc.command]
        best: tuple[CustomRpc, list[str]] | None = None
        for rpc in rpcs:
            assert rpc.command is not None
            size = len(rpc.command)
            if tuple(words[:size]) == rpc.command and (best is None or size > len(best[0].command or ())):
                best = (rpc, words[size:])
        return best

    def find_rpc(self, name: str) -> CustomRpc | None:
        with self._lock:
            return next((rpc for p in self._packages.values() for rpc in p.rpcs() if rpc.name == name), None)

    def run(self, rpc: CustomRpc, arguments: dict[str, str | bool], user: str) -> list[Node]:
        """Run the action script of ``rpc`` with checked ``arguments``; its reply elements."""
        if rpc.script is None:
            raise OpCommandError(f"error: rpc {rpc.name} has no action script")
        python_required(self._language())
        try:
            script = self.fs.host_path(f"{ACTION_DIR}/{rpc.script}")
        except FilesystemError:
            raise OpCommandError(f"error: action script {ACTION_DIR}/{rpc.script} not found") from None
        argv = [self.python, str(script), "--rpc_name", rpc.name]
        for leaf in rpc.inputs:
            if leaf.name not in arguments:
                continue
            value = arguments[leaf.name]
            argv += [f"-{leaf.name}" if len(leaf.name) == 1 else f"--{leaf.name}", "" if value is True else str(value)]
        home = self.fs.host_path(self.fs.ensure_home(user))
        env = processes.device_environment(self.fs.root, home, self._environment(user))
        limits = replace(SCRIPT_LIMITS, cpu_seconds=math.ceil(self.script_timeout) + CPU_SLACK)
        try:
            finished = processes.run(argv, cwd=self.fs.root, env=env, limits=limits, timeout=self.script_timeout)
        except OSError as exc:  # the device could not start a process at all (out of processes, memory)
            raise OpCommandError(
                f"error: action script {rpc.script} of rpc {rpc.name} could not be started: {exc.strerror or exc}"
            ) from None
        if finished.returncode is None:
            raise OpCommandError(
                f"error: action script {rpc.script} of rpc {rpc.name} did not finish within "
                f"{self.script_timeout:g} seconds and was stopped"
            )
        if finished.returncode != 0:
            said = finished.stderr.decode("utf-8", errors="replace").strip().splitlines()[-5:]
            detail = ("; " + " | ".join(said)) if said else ""
            raise OpCommandError(
                f"error: action script {rpc.script} of rpc {rpc.name} failed "
                f"({processes.describe_exit(finished.returncode)}){detail}"
            )
        if finished.stdout_truncated:
            raise OpCommandError(
                f"error: action script {rpc.script} of rpc {rpc.name} printed more than {processes.MAX_CAPTURE} bytes"
            )
        return parse_reply(finished.stdout.decode("utf-8", errors="replace"), rpc)


# -- helpers ---------------------------------------------------------------------------------------
def _check_id(package_id: str) -> None:
    if not PACKAGE_ID.match(package_id or ""):
        raise OpCommandError(f"error: invalid package id '{package_id}' (letters, digits, '_', '.', '-'; at most 64)")


def _builtin_command(registry: CommandRegistry, words: tuple[str, ...]) -> bool:
    try:
        spec, params = registry.parse_cli(list(words))
    except OpCommandError:
        return False
    return spec.cli == words and not (set(params) - set(spec.fixed))


def parse_reply(text: str, rpc: CustomRpc) -> list[Node]:
    """The elements an action script printed (any number of top-level elements)."""
    body = _XML_DECL.sub("", text).strip()
    if not body:
        return []
    try:
        root = xmlsafe.fromstring(f'<jetemu-reply xmlns:junos="{_JUNOS_NS}*/junos">{body}</jetemu-reply>')
    except (ET.ParseError, xmlsafe.UnsafeXml) as exc:
        raise OpCommandError(
            f"error: action script {rpc.script} of rpc {rpc.name} printed invalid XML: {exc}"
        ) from None
    return [_node(child) for child in root]


def _name(qualified: str) -> str:
    if qualified.startswith("{"):
        uri, _, local = qualified[1:].partition("}")
        return f"junos:{local}" if uri.startswith(_JUNOS_NS) else local
    return qualified


def _node(element: ET.Element) -> Node:
    node = Node(_name(element.tag).removeprefix("junos:"), attrs={_name(k): v for k, v in element.attrib.items()})
    children = list(element)
    if children:
        node.children = [_node(child) for child in children]
    else:
        text = (element.text or "").strip()
        node.text = text if text or element.text is not None else None
    return node


def render(nodes: list[Node], rpc: CustomRpc, fmt: str, junos_version: str) -> str:
    if not nodes:
        return ""
    if fmt == "xml":
        return "".join(to_xml(node, junos_version) for node in nodes)
    if fmt == "json":
        merged: dict[str, list[object]] = {}
        for node in nodes:
            for tag, bodies in to_junos_json_obj(node).items():
                merged.setdefault(tag, []).extend(bodies)
        return fastjson.dumps(merged, indent=4) + "\n"
    return render_text(nodes, rpc.output)


def parse_cli_arguments(rpc: CustomRpc, tokens: list[str]) -> dict[str, str | bool]:
    """``protocol bgp detail`` -> ``{"protocol": "bgp", "detail": True}`` under the rpc's input."""
    leaves = {leaf.name: leaf for leaf in rpc.inputs}
    keywords = [leaf.name for leaf in rpc.inputs if not leaf.nokeyword]
    positional = [leaf.name for leaf in rpc.inputs if leaf.nokeyword]
    found: dict[str, str | bool] = {}
    index = 0
    while index < len(tokens):
        token = tokens[index]
        name = resolve_abbreviation(token, keywords) if keywords else None
        if name is not None and name not in found:
            leaf = leaves[name]
            if leaf.type == "empty":
                found[name] = True
            else:
                if index + 1 >= len(tokens):
                    raise OpCommandError(f"error: missing argument after '{name}'")
                index += 1
                found[name] = tokens[index]
        else:
            free = next((n for n in positional if n not in found), None)
            if free is None:
                raise OpCommandError(f"error: syntax error, expecting <command>: {token}")
            found[free] = token
        index += 1
    return check_arguments(rpc, found)


def parse_rpc_arguments(rpc: CustomRpc, element: ET.Element) -> dict[str, str | bool]:
    leaves = {leaf.name: leaf for leaf in rpc.inputs}
    found: dict[str, str | bool] = {}
    for child in element:
        name = child.tag.rsplit("}", 1)[-1]
        if name not in leaves:
            raise OpCommandError(f"error: syntax error: <{rpc.name}><{name}>: unknown element <{name}>")
        if len(child):
            raise OpCommandError(f"error: syntax error: <{rpc.name}><{name}>: unexpected child elements")
        text = (child.text or "").strip()
        found[name] = True if leaves[name].type == "empty" and not text else text
    return check_arguments(rpc, found)


def check_arguments(rpc: CustomRpc, found: dict[str, str | bool]) -> dict[str, str | bool]:
    out: dict[str, str | bool] = {}
    for leaf in rpc.inputs:
        value = found.get(leaf.name)
        if value is None:
            if leaf.default is not None:
                out[leaf.name] = leaf.default
            elif leaf.mandatory:
                raise OpCommandError(f"error: missing mandatory argument '{leaf.name}'")
            continue
        if leaf.type == "empty":
            if value is not True:
                raise OpCommandError(f"error: '{leaf.name}' takes no value")
        elif value is True or value == "":
            raise OpCommandError(f"error: missing argument after '{leaf.name}'")
        elif leaf.type == "enumeration" and value not in leaf.enums:
            raise OpCommandError(f"error: '{value}' is not a valid {leaf.name} (expecting {', '.join(leaf.enums)})")
        elif leaf.type in INTEGER_RANGES:
            low, high = INTEGER_RANGES[leaf.type]
            try:
                number = int(str(value))
            except ValueError:
                raise OpCommandError(f"error: '{value}' is not a number ({leaf.name})") from None
            if not low <= number <= high:
                raise OpCommandError(f"error: {leaf.name} {value} is out of range ({low}..{high})")
        elif leaf.type == "boolean" and value not in ("true", "false"):
            raise OpCommandError(f"error: {leaf.name} must be true or false, not '{value}'")
        out[leaf.name] = value
    return out


__all__ = [
    "PACKAGE_ROOT",
    "Package",
    "YangPackages",
    "parse_cli_arguments",
    "parse_reply",
    "parse_rpc_arguments",
    "render",
]
