# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.config: load, diff, check, commit, roll back, retrieve (PRIVATE).

Everything goes through Junos XML RPCs on the one JET session of the host (``OpCommandGet``
with ``xml_command``): ``lock-configuration`` or ``open-configuration/private``,
``load-configuration``, ``get-configuration compare="rollback"`` (``show | compare``),
``commit-configuration`` (check, confirmed, log), then discard and unlock/close, always.
"""

from __future__ import annotations

import json
import os
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, parse_output, to_lines
from .errors import JetError

FORMATS = ("text", "set", "xml", "json")
LOADS = ("merge", "replace", "override", "update", "set")
SOURCES = ("lines", "src", "template", "config")

ARGUMENT_SPEC: dict[str, Any] = {
    "lines": {"type": "list", "elements": "str"},
    "src": {"type": "path"},
    "template": {"type": "path"},
    "vars": {"type": "dict"},
    "config": {"type": "dict"},
    "format": {"type": "str", "choices": list(FORMATS)},
    "load": {"type": "str", "choices": list(LOADS)},
    "rollback": {"type": "str"},
    "commit": {"type": "bool", "default": True},
    "comment": {"type": "str"},
    "confirmed": {"type": "int"},
    "confirm": {"type": "bool", "default": False},
    "check": {"type": "bool", "default": False},
    "config_mode": {"type": "str", "default": "exclusive", "choices": ["exclusive", "private"]},
    "backup": {"type": "bool", "default": False},
    "backup_options": {
        "type": "dict",
        "options": {"dir_path": {"type": "path"}, "filename": {"type": "str"}},
    },
    "retrieve": {"type": "str", "choices": ["candidate", "committed"]},
    "retrieve_format": {"type": "str", "default": "text", "choices": list(FORMATS)},
    "filter": {"type": "str"},
}
MUTUALLY_EXCLUSIVE = [["lines", "src", "template", "config", "rollback", "confirm"], ["confirm", "confirmed"]]

_SET_VERBS = (
    "set",
    "delete",
    "deactivate",
    "activate",
    "edit",
    "top",
    "up",
    "insert",
    "rename",
    "annotate",
    "copy",
    "protect",
    "unprotect",
    "replace",
    "wildcard",
)
_PENDING_CONFIRM = re.compile(r"commit confirmed, rollback in (\d+)\s*min", re.I)


# -- sources ------------------------------------------------------------------------------------
def detect_format(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("<"):
            return "xml"
        if stripped.startswith("{"):
            return "json"
        first = stripped.split()[0]
        return "set" if first in _SET_VERBS else "text"
    return "text"


def _format_from_extension(path: str) -> str | None:
    ext = os.path.splitext(path)[1].lower()
    return {
        ".set": "set",
        ".xml": "xml",
        ".json": "json",
        ".conf": "text",
        ".cfg": "text",
        ".text": "text",
        ".txt": None,
    }.get(ext)


def read_source(params: dict[str, Any], ctx: TaskContext) -> tuple[str, str] | None:
    """(configuration text, format) from whichever source the task gave, or None."""
    declared = params.get("format")
    if params.get("lines") is not None:
        lines = params["lines"]
        if not lines or not any(str(line).strip() for line in lines):
            raise TaskError("lines is empty: give at least one configuration line")
        text = "\n".join(str(line) for line in lines)
        return text, declared or detect_format(text)
    if params.get("src"):
        text = ctx.read_source(params["src"])
        return text, declared or _format_from_extension(params["src"]) or detect_format(text)
    if params.get("template"):
        text = ctx.render_template(params["template"], params.get("vars") or {})
        return text, declared or _format_from_extension(params["template"].removesuffix(".j2")) or detect_format(text)
    if params.get("config") is not None:
        if declared not in (None, "json"):
            raise TaskError(f"config (structured data) is loaded as JSON; format {declared!r} does not apply")
        data = params["config"]
        if "configuration" not in data:
            data = {"configuration": data}
        return json.dumps(data), "json"
    return None


def load_rpc(text: str, fmt: str, load: str) -> str:
    """The ``<load-configuration>`` request for ``text`` in ``fmt`` with action ``load``."""
    if fmt == "set" and load != "set":
        raise TaskError(f"set-format configuration (set/delete commands) loads with load: set, not {load!r}")
    if fmt != "set" and load == "set":
        raise TaskError(f"load: set needs set-format configuration (set/delete commands), not {fmt}")
    element = ET.Element("load-configuration", action=load)
    if fmt == "xml":
        element.set("format", "xml")
        body = text.strip()
        if body.startswith("<?xml"):
            body = body.split("?>", 1)[1].strip()
        try:
            if not body.startswith("<configuration"):
                body = f"<configuration>{body}</configuration>"
            parsed = ET.fromstring(body)
        except ET.ParseError as exc:
            raise TaskError(f"the XML configuration is not well-formed: {exc}") from None
        element.append(parsed)
    elif fmt == "json":
        try:
            json.loads(text)
        except ValueError as exc:
            raise TaskError(f"the JSON configuration does not parse: {exc}") from None
        element.set("format", "json")
        ET.SubElement(element, "configuration-json").text = text
    elif fmt == "set":
        element.set("format", "text")
        ET.SubElement(element, "configuration-set").text = text
    else:
        element.set("format", "text")
        ET.SubElement(element, "configuration-text").text = text
    return ET.tostring(element, encoding="unicode")


def filter_xml(path: str) -> str:
    """``system/services`` (or an XML subtree) -> ``<configuration><system><services/>...``."""
    text = path.strip()
    if text.startswith("<"):
        try:
            root = ET.fromstring(text)
        except ET.ParseError as exc:
            raise TaskError(f"filter is not well-formed XML: {exc}") from None
        if root.tag != "configuration":
            wrapper = ET.Element("configuration")
            wrapper.append(root)
            root = wrapper
        return ET.tostring(root, encoding="unicode")
    parts = [p for p in text.strip("/").split("/") if p]
    if not parts:
        raise TaskError("filter is empty")
    root = ET.Element("configuration")
    node = root
    for part in parts:
        if not re.match(r"^[A-Za-z][A-Za-z0-9_\-]*$", part):
            raise TaskError(f"filter: {part!r} is not a configuration element name")
        node = ET.SubElement(node, part)
    return ET.tostring(root, encoding="unicode")


# -- RPC helpers -----------------------------------------------------------------------------
def _messages(xml_text: str, tag: str) -> list[str]:
    """Texts of ``<xnm:warning>``/``<xnm:error>`` messages in a reply (namespace-agnostic)."""
    out = []
    for m in re.finditer(rf"<(?:\w+:)?{tag}\b[^>]*>(.*?)</(?:\w+:)?{tag}>", xml_text, re.S):
        msg = re.search(r"<message>(.*?)</message>", m.group(1), re.S)
        if msg:
            out.append(_unescape(msg.group(1).strip()))
    return out


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def extract_compare(output: str) -> str:
    """The ``show | compare`` text from a ``get-configuration compare`` reply (XML or text)."""
    m = re.search(r"<configuration-output>(.*?)</configuration-output>", output, re.S)
    if m:
        return _unescape(m.group(1)).strip("\n")
    if re.fullmatch(r"\s*<configuration-output\s*/>\s*|\s*<configuration-information\s*/?>\s*", output):
        return ""
    if "<configuration-information" in output:
        return ""
    return output.strip("\n")


class ConfigSession:
    """One edit of the candidate on the host's JET session, released whatever happens."""

    def __init__(self, api: JetApi, mode: str, ctx: TaskContext) -> None:
        self.api = api
        self.mode = mode
        self.ctx = ctx

    def rpc(self, xml: str, what: str) -> str:
        try:
            return self.api.rpc(xml, "xml")
        except JetError as exc:
            raise TaskError(f"{what} failed: {exc.message}", jet_status=exc.status) from None

    def _warn_from(self, reply: str, what: str) -> None:
        for warning in _messages(reply, "warning"):
            self.ctx.warn(f"{what}: {warning}")

    @contextmanager
    def opened(self) -> Iterator[ConfigSession]:
        if self.mode == "private":
            self.rpc("<open-configuration><private/></open-configuration>", "open-configuration private")
        else:
            self.rpc("<lock-configuration/>", "lock-configuration (config_mode exclusive)")
        self.committed = False
        failed = True
        try:
            yield self
            failed = False
        finally:
            self._release(failed)

    def _release(self, failed: bool) -> None:
        """Discard what was not committed and give the database back; never hide the first error."""
        steps = []
        if self.mode == "private":
            steps.append(("<close-configuration/>", "close-configuration"))
        else:
            if not self.committed:
                steps.append(('<load-configuration rollback="0"/>', "discard (rollback 0)"))
            steps.append(("<unlock-configuration/>", "unlock-configuration"))
        errors = []
        for xml, what in steps:
            try:
                self.api.rpc(xml, "xml")
            except JetError as exc:
                errors.append(f"{what}: {exc.message}")
        if errors:
            text = "; ".join(errors)
            if failed or self.committed:
                # The first error (or a successful commit) is what matters; report this as a warning.
                self.ctx.warn(f"releasing the configuration database failed: {text}")
            else:
                raise TaskError(f"releasing the configuration database failed: {text}")

    def load(self, xml: str) -> None:
        reply = self.rpc(xml, "load-configuration")
        self._warn_from(reply, "load")

    def compare(self) -> str:
        reply = self.rpc('<get-configuration compare="rollback" rollback="0" format="text"/>', "show | compare")
        return extract_compare(reply)

    def commit_check(self) -> None:
        reply = self.rpc("<commit-configuration><check/></commit-configuration>", "commit check")
        self._warn_from(reply, "commit check")

    def commit(self, comment: str | None, confirmed: int | None) -> None:
        element = ET.Element("commit-configuration")
        if confirmed is not None:
            ET.SubElement(element, "confirmed")
            ET.SubElement(element, "confirm-timeout").text = str(confirmed)
        if comment:
            ET.SubElement(element, "log").text = comment
        reply = self.rpc(ET.tostring(element, encoding="unicode"), "commit")
        self.committed = True
        self._warn_from(reply, "commit")


def get_configuration(api: JetApi, database: str, fmt: str, filter_path: str | None) -> str:
    element = ET.Element("get-configuration", database=database, format=fmt)
    if filter_path:
        element.append(ET.fromstring(filter_xml(filter_path)))
    out_fmt = {"text": "text", "set": "text", "xml": "xml", "json": "json"}[fmt]
    try:
        return api.rpc(ET.tostring(element, encoding="unicode"), out_fmt)
    except JetError as exc:
        raise TaskError(f"get-configuration ({database}) failed: {exc.message}", jet_status=exc.status) from None


def pending_confirm(api: JetApi) -> int | None:
    """Minutes left of a pending commit confirmed, or None."""
    try:
        reply = api.rpc("<get-commit-information/>", "xml")
    except JetError as exc:
        raise TaskError(f"get-commit-information failed: {exc.message}", jet_status=exc.status) from None
    first = re.search(r"<commit-history>(.*?)</commit-history>", reply, re.S)
    if not first:
        return None
    m = _PENDING_CONFIRM.search(first.group(1))
    return int(m.group(1)) if m else None


def _backup(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> str:
    text = get_configuration(api, "committed", "text", None)
    options = params.get("backup_options") or {}
    directory = options.get("dir_path") or ctx.backup_dir()
    name = options.get("filename") or f"{ctx.host_name()}_config.{time.strftime('%Y-%m-%d@%H:%M:%S')}"
    return ctx.write_file(os.path.join(directory, name), text)


def _retrieve(api: JetApi, params: dict[str, Any]) -> dict[str, Any]:
    fmt = params["retrieve_format"]
    text = get_configuration(api, params["retrieve"], fmt, params.get("filter"))
    result: dict[str, Any] = {"config": text, "config_lines": to_lines(text)}
    if fmt in ("xml", "json"):
        result["config_parsed"] = parse_output(text, fmt, "retrieved configuration")
    return result


def _validate(params: dict[str, Any]) -> None:
    confirmed = params.get("confirmed")
    if confirmed is not None and not 1 <= confirmed <= 65535:
        raise TaskError(f"confirmed must be 1 to 65535 minutes, got {confirmed}")
    if params.get("comment") and not params["commit"]:
        raise TaskError("comment needs commit: true (a comment goes with a commit)")
    if params.get("vars") is not None and not params.get("template"):
        raise TaskError("vars needs template")
    if params.get("filter") and not params.get("retrieve"):
        raise TaskError("filter needs retrieve")
    rollback = params.get("rollback")
    if rollback is not None and rollback != "rescue":
        if not str(rollback).isdigit() or not 0 <= int(rollback) <= 49:
            raise TaskError(f"rollback must be 0 to 49 or rescue, got {rollback!r}")
    if params.get("load") and rollback is not None:
        raise TaskError("load does not apply to rollback")


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    _validate(params)
    source = read_source(params, ctx)
    rollback = params.get("rollback")
    result: dict[str, Any] = {"changed": False}

    if source is None and rollback is None:
        if params["confirm"]:
            return _confirm(api, params, ctx)
        if params.get("retrieve"):
            result.update(_retrieve(api, params))
            return result
        raise TaskError("nothing to do: give lines, src, template, config, rollback, confirm or retrieve")

    if source is not None:
        text, fmt = source
        if fmt not in FORMATS:
            raise TaskError(f"unknown configuration format {fmt!r}")
        load = params.get("load") or ("set" if fmt == "set" else "merge")
        request = load_rpc(text, fmt, load)
        result["format"] = fmt
    elif rollback == "rescue":
        request = '<load-configuration rescue="rescue"/>'
    else:
        request = f'<load-configuration rollback="{int(str(rollback))}"/>'

    if params["backup"]:
        result["backup_path"] = _backup(api, params, ctx)

    validate_only = params["check"] or ctx.check_mode
    session = ConfigSession(api, params["config_mode"], ctx)
    with session.opened():
        session.load(request)
        diff = session.compare()
        changes = bool(diff.strip())
        if changes and validate_only:
            session.commit_check()
        elif changes and params["commit"]:
            session.commit(params.get("comment"), params.get("confirmed"))
        if params.get("retrieve"):
            result.update(_retrieve(api, params))
    if changes:
        result["diff_lines"] = diff.splitlines()
        if ctx.diff:
            result["diff"] = {"prepared": diff}
    result["committed"] = session.committed
    result["changed"] = session.committed or (changes and ctx.check_mode)
    return result


def _confirm(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    minutes = pending_confirm(api)
    if minutes is None:
        return {"changed": False, "committed": False, "msg": "no commit confirmed is pending"}
    if ctx.check_mode:
        return {"changed": True, "committed": False, "msg": f"would confirm the pending commit ({minutes} min left)"}
    session = ConfigSession(api, params["config_mode"], ctx)
    with session.opened():
        session.commit(params.get("comment"), None)
    return {"changed": True, "committed": True, "msg": "confirmed the pending commit confirmed"}


SPEC = ModuleSpec(
    name="config",
    argument_spec=ARGUMENT_SPEC,
    run=run,
    mutually_exclusive=MUTUALLY_EXCLUSIVE,
)
