# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""What every jetkit.junos module shares: its spec, the task context, output parsing (PRIVATE).

A module's logic is one function ``run(api, params, ctx) -> result`` next to its argument spec,
together a :class:`ModuleSpec`. The collection's action plugin runs it inside the controller's
worker (fast path); the module file's ``main()`` runs the same function in a module process.
``ctx`` is what differs between the two.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


class TaskError(Exception):
    """Bad input or a refused operation: the task fails with ``message`` and changes nothing."""

    def __init__(self, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra


class TaskContext:
    """What module logic may ask of whoever runs it."""

    check_mode: bool = False
    diff: bool = False
    verbosity: int = 0  # ansible-playbook's -v count (juniper.device's log level follows it)

    def __init__(self, check_mode: bool = False, diff: bool = False, verbosity: int = 0) -> None:
        self.check_mode = check_mode
        self.diff = diff
        self.verbosity = verbosity
        self.warnings: list[str] = []

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def read_source(self, path: str) -> str:
        """Text of a local file given by the task (``src``)."""
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.read()
        except OSError as exc:
            raise TaskError(f"cannot read src file {path}: {exc.strerror}") from None
        except UnicodeDecodeError as exc:
            raise TaskError(f"src file {path} is not UTF-8 text: {exc}") from None

    def render_template(self, path: str, variables: dict[str, Any]) -> str:
        raise TaskError("template needs the jetkit.junos action plugin (run the module as a task)")

    def write_file(self, path: str, content: str) -> str:
        write_atomically(path, content)
        return path

    def backup_dir(self) -> str:
        return os.path.join(os.getcwd(), "backup")

    def host_name(self) -> str:
        return "device"


def write_atomically(path: str, content: str | bytes, private: bool = False) -> None:
    """Write ``content`` (text as UTF-8) to ``path`` so that readers see the old file or the new
    one, never half.

    A missing directory is created. ``private``: the directory is created 0700 and the file 0600;
    otherwise both follow the umask.
    """
    directory = os.path.dirname(path)
    tmp = f"{path}.tmp-{os.getpid()}"
    try:
        if directory:
            os.makedirs(directory, mode=0o700 if private else 0o777, exist_ok=True)
        with open(tmp, "wb") as handle:
            if private:
                os.fchmod(handle.fileno(), 0o600)
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise TaskError(f"cannot write {path}: {exc.strerror or exc}") from None


# Per-task connection options of every JET module: juniper.device's names and meanings. They select
# the JET connection (through the jetkit.junos.jet connection plugin's options, as inventory
# variables do) and write a log of the task's calls on the controller.
CONNECTION_OPTIONS: dict[str, Any] = {
    "host": {"type": "str", "aliases": ["hostname", "ip"]},
    "user": {"type": "str", "aliases": ["username"]},
    "passwd": {"type": "str", "aliases": ["password"], "no_log": True},
    "port": {"type": "int"},
    "timeout": {"type": "int"},
    "logfile": {"type": "path", "aliases": ["log_file"]},
    "logdir": {"type": "path", "aliases": ["log_dir"]},
    "level": {"type": "str", "choices": ["INFO", "DEBUG"]},
}


def _connection_options(own: dict[str, Any]) -> dict[str, Any]:
    """The connection options a module with the options ``own`` takes: a name or alias the module
    uses for an option of its own (jet_app's ``user``, the application's user) stays the module's."""
    taken = set(own)
    for option in own.values():
        taken.update(option.get("aliases") or ())
    out = {}
    for name, option in CONNECTION_OPTIONS.items():
        if name in taken:
            continue
        aliases = [alias for alias in option.get("aliases", ()) if alias not in taken]
        out[name] = {**option, "aliases": aliases} if "aliases" in option else dict(option)
    return out


Runner = Callable[[Any, dict[str, Any], TaskContext], dict[str, Any]]


@dataclass
class ModuleSpec:
    """A module's argument spec and logic.

    ``transport`` says what ``run`` gets first: ``jet``, a :class:`JetApi` on the host's JET
    session (the module also takes :data:`CONNECTION_OPTIONS`); ``mqtt``, the host's broker
    (``mqtt.BrokerTarget``). Options in ``passed_through`` are handed to ``run`` as the task gave
    them (the logic checks them item by item): validating a list of thousands of items with the
    generic validator would copy it first.
    """

    name: str
    argument_spec: dict[str, Any]
    run: Runner
    mutually_exclusive: list[list[str]] = field(default_factory=list)
    required_together: list[list[str]] = field(default_factory=list)
    required_one_of: list[list[str]] = field(default_factory=list)
    required_if: list[Any] = field(default_factory=list)
    required_by: dict[str, Any] = field(default_factory=dict)
    transport: str = "jet"
    passed_through: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.transport == "jet":
            self.argument_spec = {**_connection_options(self.argument_spec), **self.argument_spec}
            self.mutually_exclusive = [*self.mutually_exclusive, ["logfile", "logdir"]]

    def validator_kwargs(self) -> dict[str, Any]:
        return {
            "mutually_exclusive": self.mutually_exclusive or None,
            "required_together": self.required_together or None,
            "required_one_of": self.required_one_of or None,
            "required_if": self.required_if or None,
            "required_by": self.required_by or None,
        }


# -- output parsing ----------------------------------------------------------------------------
def parse_json(text: str, what: str) -> Any:
    try:
        return json.loads(text) if text.strip() else {}
    except ValueError as exc:
        raise TaskError(f"{what}: the device's JSON output does not parse: {exc}") from None


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if "}" in tag else tag


def element_to_data(element: ET.Element) -> Any:
    """An XML element as plain data: text, or a dict of children (repeated children in lists)."""
    children = list(element)
    attributes = {_local_name(k): v for k, v in element.attrib.items() if not k.startswith("{http://www.w3.org")}
    if not children:
        text = (element.text or "").strip()
        if attributes:
            data: dict[str, Any] = {"@" + k: v for k, v in attributes.items()}
            if text:
                data["#text"] = text
            return data
        return text if text else None
    out: dict[str, Any] = {"@" + k: v for k, v in attributes.items()}
    for child in children:
        name = _local_name(child.tag)
        value = element_to_data(child)
        if name in out:
            if not isinstance(out[name], list):
                out[name] = [out[name]]
            out[name].append(value)
        else:
            out[name] = value
    return out


_XMLNS_DECL = re.compile(r"\sxmlns(:\w+)?=\"[^\"]*\"")


def xml_output_root(text: str, what: str) -> ET.Element:
    """Junos XML output (one or more top elements) under one ``<jet-output>`` element; its
    ``junos:`` attributes parse even when the output leaves the prefix undeclared."""
    body = text.strip()
    try:
        return ET.fromstring(f'<jet-output xmlns:junos="http://xml.juniper.net/junos/*/junos">{body}</jet-output>')
    except ET.ParseError:
        try:
            return ET.fromstring(f"<jet-output>{_XMLNS_DECL.sub('', body)}</jet-output>")
        except ET.ParseError as exc:
            raise TaskError(f"{what}: the device's XML output does not parse: {exc}") from None


def parse_xml(text: str, what: str) -> Any:
    """Junos XML output (one or more top elements) as plain data keyed by element name."""
    if not text.strip():
        return {}
    data = element_to_data(xml_output_root(text, what))
    return data if isinstance(data, dict) else {}


def parse_output(text: str, fmt: str, what: str) -> Any:
    if fmt == "json":
        return parse_json(text, what)
    if fmt == "xml":
        return parse_xml(text, what)
    return None


def junos_json_value(node: Any) -> Any:
    """Flatten Junos JSON (``[{"data": "x"}]`` leaves) to plain values where unambiguous."""
    if isinstance(node, list):
        if len(node) == 1:
            return junos_json_value(node[0])
        return [junos_json_value(item) for item in node]
    if isinstance(node, dict):
        if set(node) <= {"data", "attributes"} and "data" in node:
            return node["data"]
        return {k: junos_json_value(v) for k, v in node.items() if k != "attributes"}
    return node


def dig(data: Any, *path: str) -> Any:
    """Follow keys through Junos JSON, taking the first element of every list on the way."""
    node = data
    for key in path:
        while isinstance(node, list):
            if not node:
                return None
            node = node[0]
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    while isinstance(node, list):
        if not node:
            return None
        node = node[0]
    if isinstance(node, dict) and "data" in node:
        return node["data"]
    return node


def to_lines(text: str) -> list[str]:
    return text.splitlines()
