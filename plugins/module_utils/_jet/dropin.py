# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""What juniper.device playbooks write that our modules accept (PRIVATE to the collection).

The options every juniper.device module shares that JET has no use for (PyEZ's transport), the
files its modules save their output to (``dest``, ``dest_dir``, ``diffs_file``), its
``ignore_warning`` matching, its per-call list arguments (``kwargs``/``attrs`` as one dict or one
per RPC) and its XML-to-data convention (``parsed_output``: element names as keys, attributes
dropped, like jxmlease).

This file holds shared helpers only; each module's logic stays in its own file. The connection
and logging options (``host``, ``user``, ``passwd``, ``port``, ``timeout``, ``logfile``, ``logdir``,
``level``) are not here: they select and trace the JET connection and belong to its path.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any

from .common import TaskContext, TaskError

# Options juniper.device's modules share that JET has no use for (the transport part of its
# ``connection_documentation``), with their juniper.device aliases. Its connection and logging
# options (host, user, passwd, port, timeout, logfile, logdir, level) are every JET module's
# options (common.py), since they select and trace the JET connection.
COMMON_SPEC: dict[str, Any] = {
    "mode": {"type": "str", "choices": ["telnet", "serial"]},
    "console": {"type": "str"},
    "baud": {"type": "int"},
    "attempts": {"type": "int"},
    "ssh_private_key_file": {"type": "path", "aliases": ["ssh_keyfile"]},
    "ssh_config": {"type": "path"},
    "cs_user": {"type": "str", "aliases": ["console_username"]},
    "cs_passwd": {"type": "str", "aliases": ["console_password"], "no_log": True},
    "huge_tree": {"type": "bool", "default": False},
}

# Why each PyEZ transport option has no JET meaning; giving one fails the task before any call.
_NO_JET_MEANING = {
    "mode": "NETCONF over Telnet or a serial console",
    "console": "NETCONF through a console server",
    "baud": "a serial console's baud rate",
    "attempts": "login attempts on a Telnet or serial console",
    "cs_user": "a console server's SSH user",
    "cs_passwd": "a console server's SSH password",
    "ssh_private_key_file": "an SSH private key",
    "ssh_config": "an SSH client configuration file",
}


def with_common(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` plus the options every juniper.device module accepts."""
    merged = dict(COMMON_SPEC)
    merged.update(spec)
    return merged


def refuse_transport_options(params: dict[str, Any]) -> None:
    """Fail (naming the option) when the task asks for a PyEZ transport JET does not have."""
    for option, meaning in _NO_JET_MEANING.items():
        if params.get(option) not in (None, ""):
            raise TaskError(
                f"{option}: {meaning} has no JET equivalent. jetkit.junos talks to the device's "
                "jsd over gRPC (TCP, optionally TLS or mutual TLS) and logs in with a user and "
                "password; set the connection variables of the jetkit.junos.jet connection instead"
            )


# -- saved output (dest, dest_dir, diffs_file) --------------------------------------------------
def file_name_part(text: str) -> str:
    """``text`` made safe as (part of) one file name: path separators and NUL become ``_`` and
    leading dots go, so that nothing built from it leaves its directory. Command text, inventory
    names and the device's own hostname (device data) all end up in file names."""
    return re.sub(r"[/\\\0]", "_", text).lstrip(".") or "_"


def dest_dir_name(host: str, name: str, extension: str) -> str:
    """``<host>_<name>.<extension>`` with spaces and pipes as ``_`` (``<host>.<ext>`` for config).

    juniper.device keeps a ``/`` of the command in the name (``show interfaces ge-0/0/0`` then
    names a subdirectory, and ``..`` leaves ``dest_dir``); here it becomes ``_`` like the rest.
    """
    if name == "config":
        return f"{file_name_part(host)}.{extension}"
    return f"{file_name_part(host)}_{file_name_part(name.replace(' ', '_').replace('|', '_'))}.{extension}"


class SavedOutput:
    """Collects outputs for ``dest`` (all of them, in order, in one file) or ``dest_dir``.

    juniper.device writes each output as it comes (``dest`` appended to after the first); here
    the files are written at the end of the task, with the same content.
    """

    def __init__(self, params: dict[str, Any], ctx: TaskContext) -> None:
        if params.get("dest") and params.get("dest_dir"):
            raise TaskError("dest and dest_dir are mutually exclusive: give one")
        self.dest = params.get("dest")
        self.dest_dir = params.get("dest_dir")
        self.ctx = ctx
        self._dest_parts: list[str] = []
        self._files: dict[str, str] = {}

    @property
    def wanted(self) -> bool:
        return bool(self.dest or self.dest_dir)

    def add(self, name: str, extension: str, text: str | None) -> None:
        if text is None:
            return
        if self.dest:
            self._dest_parts.append(text)
        elif self.dest_dir:
            file_name = dest_dir_name(self.ctx.host_name(), name, extension)
            self._files[os.path.normpath(os.path.join(str(self.dest_dir), file_name))] = text

    def add_file(self, path: str, text: str) -> None:
        self._files[os.path.normpath(path)] = text

    def write(self) -> list[str]:
        if self.dest and self._dest_parts:
            self._files[os.path.normpath(str(self.dest))] = "".join(self._dest_parts)
        return [self.ctx.write_file(path, text) for path, text in self._files.items()]


# -- ignore_warning -----------------------------------------------------------------------------
def parse_ignore_warning(value: list[str] | None) -> bool | list[str]:
    """juniper.device's ``ignore_warning``: a boolean, a pattern or a list of patterns.

    Patterns are case-insensitive regular expressions searched in each warning message.
    """
    if not value:
        return False
    if len(value) == 1:
        word = str(value[0]).strip().lower()
        if word in ("true", "yes", "on", "1"):
            return True
        if word in ("false", "no", "off", "0"):
            return False
    patterns = [str(item) for item in value]
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise TaskError(f"ignore_warning: {pattern!r} is not a regular expression: {exc}") from None
    return patterns


def warning_ignored(ignore: bool | list[str], message: str) -> bool:
    if ignore is True:
        return True
    if not ignore:
        return False
    return any(re.search(pattern, message, re.I) for pattern in ignore)


class Warnings:
    """Device warnings of a task, seen through ``ignore_warning``.

    Without ``ignore_warning`` a warning becomes an Ansible warning (the task goes on). With it,
    as in PyEZ, warnings that match are dropped and any other warning fails the task.
    """

    def __init__(self, params: dict[str, Any], ctx: TaskContext) -> None:
        raw = params.get("ignore_warning")
        self.given = raw is not None
        self.ignore = parse_ignore_warning(raw)
        self.ctx = ctx

    def report(self, where: str, messages: Iterable[str]) -> None:
        for message in messages:
            if warning_ignored(self.ignore, message):
                continue
            if self.given:
                raise TaskError(f"{where}: warning: {message} (not matched by ignore_warning)")
            self.ctx.warn(f"{where}: {message}")


def xml_messages(xml_text: str, kind: str) -> list[str]:
    """Messages of ``<xnm:warning>``/``<xnm:error>`` (or ``<rpc-error>`` of that severity)."""
    out = []
    for m in re.finditer(rf"<(?:[\w-]+:)?{kind}\b[^>]*>(.*?)</(?:[\w-]+:)?{kind}>", xml_text, re.S):
        msg = re.search(r"<(?:[\w-]+:)?(?:error-)?message>(.*?)</(?:[\w-]+:)?(?:error-)?message>", m.group(1), re.S)
        if msg:
            out.append(unescape(msg.group(1).strip()))
    for m in re.finditer(r"<rpc-error>(.*?)</rpc-error>", xml_text, re.S):
        if re.search(rf"<error-severity>\s*{kind}\s*</error-severity>", m.group(1)):
            msg = re.search(r"<error-message>(.*?)</error-message>", m.group(1), re.S)
            if msg:
                out.append(unescape(msg.group(1).strip()))
    return out


def unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


# -- formats -------------------------------------------------------------------------------------
def per_item(values: Any, count: int, what: str, items: str, choices: tuple[str, ...], default: str) -> list[str]:
    """One format per command/RPC from juniper.device's ``formats`` (a value, or one per item)."""
    if values is None or values == []:
        chosen = [default]
    elif isinstance(values, str):
        chosen = [values]
    else:
        chosen = [str(v) for v in values]
    for value in chosen:
        if value not in choices:
            raise TaskError(f"{what}: {value!r} is not a format; choose from {', '.join(choices)}")
    if len(chosen) == 1:
        return chosen * count
    if len(chosen) != count:
        raise TaskError(
            f"{what}: give one format for all {items} or one per item: {count} {items} and {len(chosen)} formats"
        )
    return chosen


# -- kwargs / attrs as juniper.device takes them ------------------------------------------------
def _kv_string(text: str, what: str) -> dict[str, Any]:
    """``a=1 b=2`` / ``a=1, b=2`` (Ansible's key=value form) or a JSON object."""
    stripped = text.strip()
    if stripped.startswith("{") or stripped.startswith("["):
        try:
            value = json.loads(stripped)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return value
    from ansible.module_utils.common.validation import check_type_dict

    try:
        pairs = dict(check_type_dict(stripped))
    except (TypeError, ValueError) as exc:
        raise TaskError(f"{what}: {text!r} is not a dictionary (key=value pairs or JSON): {exc}") from None
    # In key=value text every value is a string; its boolean words are flags, as in juniper.device.
    return {key: FLAG_WORDS.get(str(value).lower(), value) for key, value in pairs.items()}


#: juniper.device's boolean words among RPC argument values: flags (true) or left out (false).
FLAG_WORDS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


def list_of_dicts(value: Any, what: str) -> list[dict[str, Any]] | None:
    """``kwargs``/``attrs``: one dict, a list of dicts (one per RPC), or their string forms."""
    if value is None:
        return None
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith("["):
            try:
                value = json.loads(stripped)
            except ValueError:
                raise TaskError(f"{what}: {value!r} is not a list of dictionaries") from None
        else:
            value = _kv_string(stripped, what)
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise TaskError(f"{what} must be a dictionary or a list of dictionaries (one per RPC)")
    out: list[dict[str, Any]] = []
    for index, item in enumerate(value):
        if item is None:
            item = {}
        if isinstance(item, str):
            item = _kv_string(item, f"{what}[{index}]")
        if not isinstance(item, dict):
            raise TaskError(f"{what}[{index}] must be a dictionary, got {item!r}")
        out.append(dict(item))
    return out


# -- parsed_output: XML as jxmlease gives it ------------------------------------------------------
def _plain(element: ET.Element) -> Any:
    children = list(element)
    if not children:
        return (element.text or "").strip()
    out: dict[str, Any] = {}
    for child in children:
        name = child.tag.rsplit("}", 1)[-1]
        value = _plain(child)
        if name in out:
            if not isinstance(out[name], list):
                out[name] = [out[name]]
            out[name].append(value)
        else:
            out[name] = value
    return out


_XMLNS = re.compile(r"\sxmlns(:[\w-]+)?=\"[^\"]*\"")
_PREFIX = re.compile(r"(</?)[\w-]+:")
_ATTR_PREFIX = re.compile(r"\s[\w-]+:([\w-]+=)")


def xml_data(text: str, what: str) -> dict[str, Any]:
    """Junos XML output as data, the way juniper.device returns ``parsed_output``.

    Element names are keys (namespaces and prefixes dropped), repeated elements become lists,
    a leaf is its text (an empty element is ``""``) and attributes are left out.
    """
    body = text.strip()
    if not body:
        return {}
    if body.startswith("<?xml"):
        body = body.split("?>", 1)[1]
    cleaned = _ATTR_PREFIX.sub(r" \1", _PREFIX.sub(r"\1", _XMLNS.sub("", body)))
    try:
        root = ET.fromstring(f"<jet-output>{cleaned}</jet-output>")
    except ET.ParseError as exc:
        raise TaskError(f"{what}: the device's XML output does not parse: {exc}") from None
    data = _plain(root)
    return data if isinstance(data, dict) else {}
