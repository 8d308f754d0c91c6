# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.config: load, diff, check, commit, roll back, retrieve (PRIVATE).

Everything goes through Junos XML RPCs on the one JET session of the host (``OpCommandGet``
with ``xml_command``): ``lock-configuration`` or ``open-configuration`` (private, dynamic,
batch), ``load-configuration``, ``get-configuration compare="rollback"`` (``show | compare``),
``commit-configuration`` (check, confirmed, synchronize, full), then discard and
unlock/close, always. ``config_mode: ephemeral`` uses JET's own ephemeral database calls.

Both option sets are read: ours (``check`` alone validates only, ``confirm: true`` confirms,
``retrieve_format``, ``backup``) and juniper.device's (``diff``, ``check_commit_wait``,
``commit_empty_changes``, ``commit_sync``, ``url``, ``dest_dir``, ``confirm: <minutes>``, ...).
Where the two give one name different meanings the task's form decides; see ``_plan``.
"""

from __future__ import annotations

import json
import os
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, parse_output, to_lines
from .dropin import (
    SavedOutput,
    Warnings,
    file_name_part,
    refuse_transport_options,
    unescape,
    with_common,
    xml_data,
    xml_messages,
)
from .errors import JetError

FORMATS = ("text", "set", "xml", "json")
LOADS = ("merge", "replace", "override", "overwrite", "update", "set", "patch")
MODES = ("exclusive", "private", "dynamic", "batch", "ephemeral")
SOURCES = ("lines", "src", "template", "config", "url")

ARGUMENT_SPEC: dict[str, Any] = with_common(
    {
        "lines": {"type": "list", "elements": "str"},
        "src": {"type": "path", "aliases": ["source", "file"]},
        "template": {"type": "path", "aliases": ["template_path"]},
        "vars": {"type": "dict", "aliases": ["template_vars"]},
        "config": {"type": "dict"},
        "url": {"type": "str"},
        "format": {"type": "str", "choices": list(FORMATS)},
        "load": {"type": "str", "choices": list(LOADS)},
        "rollback": {"type": "str"},
        "commit": {"type": "bool"},
        "comment": {"type": "str"},
        "confirmed": {"type": "int"},
        "confirm": {"type": "raw"},
        "check": {"type": "bool", "aliases": ["check_commit", "commit_check"]},
        "check_commit_wait": {"type": "int"},
        "commit_empty_changes": {"type": "bool", "default": False},
        "commit_full": {"type": "bool", "default": False},
        "commit_sync": {"type": "bool", "default": False},
        "commit_force_sync": {"type": "bool", "default": False},
        "diff": {"type": "bool", "aliases": ["compare", "diffs"]},
        "diffs_file": {"type": "path"},
        "dest": {"type": "path", "aliases": ["destination"]},
        "dest_dir": {"type": "path", "aliases": ["destination_dir", "destdir", "savedir", "save_dir"]},
        "return_output": {"type": "bool", "default": True},
        "ignore_warning": {"type": "list", "elements": "str"},
        "config_mode": {
            "type": "str",
            "default": "exclusive",
            "choices": list(MODES),
            "aliases": ["config_access", "edit_mode", "edit_access"],
        },
        "ephemeral_instance": {"type": "str"},
        "backup": {"type": "bool", "default": False},
        "backup_options": {
            "type": "dict",
            "options": {"dir_path": {"type": "path"}, "filename": {"type": "str"}},
        },
        "retrieve": {"type": "str", "choices": ["candidate", "committed"]},
        "retrieve_format": {"type": "str", "choices": list(FORMATS)},
        "filter": {"type": "str", "aliases": ["filter_xml"]},
        "options": {"type": "dict", "default": {}},
        "model": {"type": "str", "choices": ["openconfig", "ietf", "custom", "True"]},
        "namespace": {"type": "str"},
        "remove_ns": {"type": "bool"},
    }
)
MUTUALLY_EXCLUSIVE = [
    ["lines", "src", "template", "config", "url", "rollback"],
    ["load", "rollback"],
    ["diffs_file", "dest_dir"],
    ["dest", "dest_dir"],
]

# Options only juniper.device has: a task that uses one of them means juniper.device's
# meaning where the two collections differ (``check``).
_JUNIPER_ONLY = (
    "url",
    "diff",
    "diffs_file",
    "dest",
    "dest_dir",
    "ignore_warning",
    "check_commit_wait",
    "commit_sync",
    "commit_force_sync",
    "commit_full",
    "commit_empty_changes",
    "ephemeral_instance",
    "model",
    "namespace",
    "remove_ns",
)

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
_MODEL_NAMESPACES = {"openconfig": "http://openconfig.net/yang/", "ietf": "urn:ietf:params:xml:ns:yang:ietf-"}
_EXTENSIONS = {"text": "conf", "set": "set", "xml": "xml", "json": "json"}


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
        text = "\n".join(str(line).rstrip("\n") for line in lines)
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


def load_action(fmt: str, load: str) -> str:
    """The ``load-configuration`` action for ``load`` (juniper.device's names included).

    Set commands always load with action ``set`` (PyEZ does the same for ``merge`` and
    ``replace``); a whole-configuration load (``override``, ``update``) cannot take them.
    """
    action = "override" if load == "overwrite" else load
    if fmt == "set":
        if action in ("override", "update", "patch"):
            raise TaskError(f"set-format configuration (set/delete commands) cannot be loaded with load: {load}")
        return "set"
    if action == "set":
        raise TaskError(f"load: set needs set-format configuration (set/delete commands), not {fmt}")
    return action


def load_rpc(text: str, fmt: str, load: str) -> str:
    """The ``<load-configuration>`` request for ``text`` in ``fmt`` with action ``load``."""
    action = load_action(fmt, load)
    element = ET.Element("load-configuration", action=action)
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


def url_load_rpc(url: str, fmt: str | None, load: str) -> str:
    """``<load-configuration url=...>``: the device fetches the configuration itself."""
    fmt = fmt or _format_from_extension(url) or "text"
    action = load_action(fmt, load)
    element = ET.Element("load-configuration", action=action, url=url)
    element.set("format", "text" if fmt == "set" else fmt)
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


def _model_filter(path: str | None, model: str, namespace: str | None) -> ET.Element | None:
    """A YANG-model filter as PyEZ sends it: the top element in the model's namespace."""
    if model == "custom" and not namespace:
        raise TaskError("model: custom needs namespace")
    if not path:
        return None
    text = path.strip()
    if text.startswith("<"):
        try:
            element = ET.fromstring(text)
        except ET.ParseError as exc:
            raise TaskError(f"filter is not well-formed XML: {exc}") from None
    else:
        parts = [p for p in text.strip("/").split("/") if p]
        element = ET.Element(parts[0])
        node = element
        for part in parts[1:]:
            node = ET.SubElement(node, part)
    base = _MODEL_NAMESPACES.get(model.lower())
    element.set("xmlns", namespace or (f"{base}{element.tag}" if base else element.tag))
    return element


# -- RPC helpers -----------------------------------------------------------------------------
def extract_compare(output: str) -> str:
    """The ``show | compare`` text from a ``get-configuration compare`` reply (XML or text)."""
    m = re.search(r"<configuration-output>(.*?)</configuration-output>", output, re.S)
    if m:
        return unescape(m.group(1)).strip("\n")
    if re.fullmatch(r"\s*<configuration-output\s*/>\s*|\s*<configuration-information\s*/?>\s*", output):
        return ""
    if "<configuration-information" in output:
        return ""
    return output.strip("\n")


class ConfigSession:
    """One edit of the candidate on the host's JET session, released whatever happens."""

    def __init__(self, api: JetApi, mode: str, ctx: TaskContext, warnings: Warnings | None = None) -> None:
        self.api = api
        self.mode = mode
        self.ctx = ctx
        self.warnings = warnings or Warnings({}, ctx)
        self.committed = False

    def rpc(self, xml: str, what: str) -> str:
        try:
            return self.api.rpc(xml, "xml")
        except JetError as exc:
            raise TaskError(f"{what} failed: {exc.message}", jet_status=exc.status) from None

    def _warn_from(self, reply: str, what: str) -> None:
        self.warnings.report(what, xml_messages(reply, "warning"))

    @contextmanager
    def opened(self) -> Iterator[ConfigSession]:
        if self.mode == "exclusive":
            self.rpc("<lock-configuration/>", "lock-configuration (config_mode exclusive)")
        else:
            reply = self.rpc(
                f"<open-configuration><{self.mode}/></open-configuration>", f"open-configuration {self.mode}"
            )
            self.warnings.report(
                "open-configuration",
                [w for w in xml_messages(reply, "warning") if "uncommitted changes will be discarded" not in w],
            )
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
        if self.mode != "exclusive":
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

    def commit(self, comment: str | None, confirmed: int | None, how: CommitHow | None = None) -> None:
        element = ET.Element("commit-configuration")
        how = how or CommitHow()
        if how.sync or how.force_sync:
            ET.SubElement(element, "synchronize")
        if how.force_sync:
            ET.SubElement(element, "force-synchronize")
        if how.full:
            ET.SubElement(element, "full")
        if confirmed is not None:
            ET.SubElement(element, "confirmed")
            ET.SubElement(element, "confirm-timeout").text = str(confirmed)
        if comment:
            ET.SubElement(element, "log").text = comment
        reply = self.rpc(ET.tostring(element, encoding="unicode"), "commit")
        self.committed = True
        self._warn_from(reply, "commit")


@dataclass
class CommitHow:
    """juniper.device's commit variants: ``commit synchronize [force]`` and ``commit full``."""

    sync: bool = False
    force_sync: bool = False
    full: bool = False

    @property
    def special(self) -> bool:
        return self.sync or self.force_sync or self.full


def get_configuration(
    api: JetApi,
    database: str,
    fmt: str,
    filter_path: str | None,
    options: dict[str, Any] | None = None,
    model: str | None = None,
    namespace: str | None = None,
) -> str:
    element = ET.Element("get-configuration")
    for key, value in (options or {}).items():
        element.set(str(key).replace("_", "-"), str(value))
    element.set("database", database)
    element.set("format", fmt)
    if (model is not None and model != "True") or namespace:
        extra = _model_filter(filter_path, model or "custom", namespace)
        if extra is not None:
            element.append(extra)
    elif filter_path:
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


def check_file_name(name: str, option: str, directory_option: str) -> str:
    """``name`` when it is one file name that stays in its directory; a TaskError naming ``option`` else."""
    if (
        not name
        or name in (".", "..")
        or "/" in name
        or os.sep in name
        or (os.altsep is not None and os.altsep in name)
        or "\0" in name
    ):
        raise TaskError(
            f"{option} must be a file name inside {directory_option} (no '/', not '.' or '..'), got {name!r}"
        )
    return name


def _backup_name(params: dict[str, Any], ctx: TaskContext) -> str:
    options = params.get("backup_options") or {}
    if options.get("filename"):
        return check_file_name(str(options["filename"]), "backup_options.filename", "backup_options.dir_path")
    # The inventory name is the user's, but it may hold a '/' (add_host, dynamic inventories).
    return f"{file_name_part(ctx.host_name())}_config.{time.strftime('%Y-%m-%d@%H:%M:%S')}"


def _backup(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> str:
    name = _backup_name(params, ctx)
    text = get_configuration(api, "committed", "text", None)
    options = params.get("backup_options") or {}
    directory = options.get("dir_path") or ctx.backup_dir()
    return ctx.write_file(os.path.join(directory, name), text)


def _config_text(text: str, fmt: str) -> str:
    """The configuration inside a text/set reply (``<configuration-text>`` or ``<configuration-set>``)."""
    if fmt not in ("text", "set"):
        return text
    m = re.fullmatch(r"\s*<(configuration-text|configuration-set)\b[^>]*>(.*)</\1>\s*", text, re.S)
    return unescape(m.group(2)) if m else text


def _retrieve(api: JetApi, params: dict[str, Any], plan: Plan) -> tuple[str, dict[str, Any]]:
    fmt = plan.retrieve_format
    text = get_configuration(
        api,
        params["retrieve"],
        fmt,
        params.get("filter"),
        params.get("options"),
        params.get("model"),
        params.get("namespace"),
    )
    text = _config_text(text, fmt)
    result: dict[str, Any] = {}
    if params["return_output"]:
        result = {"config": text, "config_lines": to_lines(text)}
        if fmt == "xml":
            result["config_parsed"] = xml_data(text, "retrieved configuration")
        elif fmt == "json":
            result["config_parsed"] = parse_output(text, fmt, "retrieved configuration")
    return text, result


# -- the plan: what this task does, from both option sets -----------------------------------------
@dataclass
class Plan:
    source: tuple[str, str] | None  # (text, format) of lines/src/template/config
    url: str | None
    rollback: str | None
    load: str | None
    confirm_pending: bool  # our confirm: true
    confirmed: int | None  # minutes of commit confirmed
    diff: bool  # return the diff (juniper.device's diff option)
    check: bool  # run commit check
    commit: bool  # commit when there is something to commit
    validate_only: bool  # our check: true (and check mode): nothing is committed
    retrieve_format: str
    how: CommitHow

    @property
    def loads(self) -> bool:
        return self.source is not None or self.url is not None or self.rollback is not None


def _confirm_value(params: dict[str, Any]) -> tuple[bool, int | None]:
    """``confirm``: ours (a boolean: confirm a pending commit) or juniper.device's (minutes)."""
    value = params.get("confirm")
    if value is None or isinstance(value, bool):
        return bool(value), None
    if isinstance(value, int):
        return False, value
    text = str(value).strip().lower()
    if re.fullmatch(r"\d+", text):
        return False, int(text)
    if text in ("true", "yes", "on", "y"):
        return True, None
    if text in ("false", "no", "off", "n"):
        return False, None
    raise TaskError(
        f"confirm: {value!r} is neither true/false (confirm a pending commit confirmed) "
        "nor a number of minutes (commit confirmed, as juniper.device's alias of confirmed)"
    )


def _plan(params: dict[str, Any], ctx: TaskContext) -> Plan:
    confirm_bool, confirm_minutes = _confirm_value(params)
    confirmed = params.get("confirmed")
    if confirm_minutes is not None:
        if confirmed is not None and confirmed != confirm_minutes:
            raise TaskError("confirm (minutes) and confirmed give two different commit confirmed times: give one")
        confirmed = confirm_minutes
    if confirmed is not None and not 1 <= confirmed <= 65535:
        raise TaskError(f"confirmed must be 1 to 65535 minutes, got {confirmed}")
    source = read_source(params, ctx)
    url = params.get("url")
    rollback = params.get("rollback")
    if rollback is not None and rollback != "rescue":
        if not str(rollback).isdigit() or not 0 <= int(rollback) <= 49:
            raise TaskError(f"rollback must be 0 to 49 or rescue, got {rollback!r}")
    loading = source is not None or url is not None or rollback is not None
    if confirm_bool and (loading or confirmed is not None):
        raise TaskError("confirm: true confirms a pending commit confirmed; it does not go with a change or confirmed")
    if params.get("load") and not (source is not None or url is not None):
        raise TaskError(f"load: {params['load']} needs lines, src, template, config or url")
    if params.get("vars") is not None and not params.get("template"):
        raise TaskError("vars needs template")
    filename = (params.get("backup_options") or {}).get("filename")
    if filename:  # refused before anything is done, with or without backup: true
        check_file_name(str(filename), "backup_options.filename", "backup_options.dir_path")

    retrieve_only = params.get("retrieve") is not None and not loading
    defaults = not retrieve_only
    diff = params["diff"] if params.get("diff") is not None else defaults
    commit = params["commit"] if params.get("commit") is not None else defaults
    juniper_form = any(params.get(name) not in (None, False, {}, []) for name in _JUNIPER_ONLY)
    juniper_form = juniper_form or confirm_minutes is not None or params.get("commit") is True
    check = bool(params.get("check"))
    # Our check: true validates only; juniper.device's checks, then commits (its default).
    validate_only = check and not juniper_form and params.get("commit") is None
    if not commit:
        validate_only = True
    if ctx.check_mode:
        validate_only = True
    if params.get("comment") and params.get("commit") is False:
        raise TaskError("comment needs commit: true (a comment goes with a commit)")
    if confirmed is not None and params.get("commit") is False:
        raise TaskError("confirmed needs commit: true (commit confirmed is a commit)")
    if params.get("commit_empty_changes") and params.get("commit") is False:
        raise TaskError("commit_empty_changes needs commit: true")
    wait = params.get("check_commit_wait")
    if wait is not None:
        if not check or params.get("commit") is False:
            raise TaskError("check_commit_wait needs check: true and commit: true (it is a pause between the two)")
        if wait < 1:
            raise TaskError(f"check_commit_wait must be 1 second or more, got {wait}")
    if params.get("filter") and not params.get("retrieve"):
        raise TaskError("filter needs retrieve")
    if params.get("dest") and not params.get("retrieve"):
        raise TaskError("dest saves the retrieved configuration: it needs retrieve")
    if params.get("diffs_file") and params.get("diff") is False:
        raise TaskError("diffs_file saves the diff: it needs diff: true")
    if params.get("ephemeral_instance") and params["config_mode"] != "ephemeral":
        raise TaskError("ephemeral_instance needs config_mode: ephemeral")
    retrieve_format = params.get("retrieve_format") or params.get("format") or "text"
    if params.get("format") and source is None and url is None and not params.get("retrieve"):
        raise TaskError(f"format {params['format']} applies to a configuration to load or to retrieve; give one")
    return Plan(
        source=source,
        url=url,
        rollback=rollback,
        load=params.get("load"),
        confirm_pending=confirm_bool,
        confirmed=confirmed,
        diff=bool(diff),
        check=check,
        commit=bool(commit),
        validate_only=validate_only,
        retrieve_format=retrieve_format,
        how=CommitHow(params["commit_sync"], params["commit_force_sync"], params["commit_full"]),
    )


# -- the task -----------------------------------------------------------------------------------
def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    plan = _plan(params, ctx)
    saved = SavedOutput(params, ctx)
    warnings = Warnings(params, ctx)
    steps = ["opened"]
    result: dict[str, Any] = {"changed": False, "committed": False}

    if params["config_mode"] == "ephemeral":
        outcome = _ephemeral(api, params, plan, ctx)
        saved.write()
        return outcome

    if not plan.loads:
        if plan.confirm_pending:
            return _confirm(api, params, ctx, plan)
        if params.get("retrieve") and not plan.check and (params.get("commit") is not True):
            text, retrieved = _retrieve(api, params, plan)
            saved.add("config", _EXTENSIONS[plan.retrieve_format], text)
            saved.write()
            result.update(retrieved)
            result["msg"] = "Configuration has been: opened, retrieved, closed."
            return result
        return _bare_commit(api, params, ctx, plan, saved, warnings)

    if plan.source is not None:
        text, fmt = plan.source
        if fmt not in FORMATS:
            raise TaskError(f"unknown configuration format {fmt!r}")
        load = plan.load or ("set" if fmt == "set" else "merge")
        request = load_rpc(text, fmt, load)
        result["format"] = fmt
        if params.get("src"):
            result["file"] = params["src"]
    elif plan.url is not None:
        request = url_load_rpc(plan.url, params.get("format"), plan.load or "merge")
    elif plan.rollback == "rescue":
        request = '<load-configuration rescue="rescue"/>'
    else:
        request = f'<load-configuration rollback="{int(str(plan.rollback))}"/>'

    if params["backup"]:
        result["backup_path"] = _backup(api, params, ctx)

    session = ConfigSession(api, params["config_mode"], ctx, warnings)
    with session.opened():
        session.load(request)
        steps.append("rolled back" if plan.rollback is not None else "loaded")
        diff = session.compare()
        changes = bool(diff.strip())
        if (changes and plan.validate_only) or plan.check:
            if ctx.check_mode and pending_confirm(api) is not None:
                # A commit check would confirm the pending commit confirmed: check mode must not.
                ctx.warn("check mode: commit check skipped, it would confirm the pending commit confirmed")
            else:
                session.commit_check()
                steps.append("checked")
        if plan.diff or ctx.diff:
            steps.append("diffed")
        will_commit = not plan.validate_only and (changes or params["commit_empty_changes"])
        if will_commit and params.get("check_commit_wait") and plan.check:
            time.sleep(params["check_commit_wait"])
        if will_commit:
            session.commit(params.get("comment"), plan.confirmed, plan.how)
            steps.append("committed")
        if params.get("retrieve"):
            text, retrieved = _retrieve(api, params, plan)
            saved.add("config", _EXTENSIONS[plan.retrieve_format], text)
            result.update(retrieved)
            steps.append("retrieved")
    steps.append("closed")
    if changes:
        if params.get("diffs_file"):
            saved.add_file(str(params["diffs_file"]), diff)
        elif params.get("dest_dir") and plan.diff:
            saved.add_file(os.path.join(str(params["dest_dir"]), f"{file_name_part(ctx.host_name())}.diff"), diff)
        if (plan.diff and params["return_output"]) or ctx.diff:
            result["diff_lines"] = diff.splitlines()
            result["diff"] = {"prepared": diff}
    saved.write()
    result["committed"] = session.committed
    result["changed"] = session.committed or (changes and ctx.check_mode)
    result["msg"] = "Configuration has been: " + ", ".join(steps) + "."
    return result


def _bare_commit(
    api: JetApi,
    params: dict[str, Any],
    ctx: TaskContext,
    plan: Plan,
    saved: SavedOutput,
    warnings: Warnings,
) -> dict[str, Any]:
    """No change given: juniper.device's way to confirm a commit confirmed (commit or commit check)."""
    minutes = pending_confirm(api)
    result: dict[str, Any] = {"changed": False, "committed": False}
    steps = ["opened"]
    wanted = plan.how.special or params["commit_empty_changes"] or plan.confirmed is not None
    session = ConfigSession(api, params["config_mode"], ctx, warnings)
    if ctx.check_mode:
        result["changed"] = minutes is not None or wanted
        result["msg"] = (
            f"check mode: would confirm the pending commit confirmed ({minutes} min left)"
            if minutes is not None
            else "check mode: nothing to commit"
        )
        return result
    with session.opened():
        if plan.check and (plan.validate_only or not plan.commit):
            session.commit_check()
            steps.append("checked")
        elif plan.commit and (minutes is not None or wanted):
            if plan.check:
                session.commit_check()
                steps.append("checked")
            session.commit(params.get("comment"), plan.confirmed, plan.how)
            steps.append("committed")
        if params.get("retrieve"):
            text, retrieved = _retrieve(api, params, plan)
            saved.add("config", _EXTENSIONS[plan.retrieve_format], text)
            result.update(retrieved)
            steps.append("retrieved")
    steps.append("closed")
    saved.write()
    result["committed"] = session.committed
    # Only confirming a pending commit confirmed changes something (juniper.device: changed false).
    result["changed"] = minutes is not None and ("committed" in steps or "checked" in steps)
    result["msg"] = "Configuration has been: " + ", ".join(steps) + "."
    return result


def _confirm(api: JetApi, params: dict[str, Any], ctx: TaskContext, plan: Plan) -> dict[str, Any]:
    minutes = pending_confirm(api)
    if minutes is None:
        return {"changed": False, "committed": False, "msg": "no commit confirmed is pending"}
    if ctx.check_mode:
        return {"changed": True, "committed": False, "msg": f"would confirm the pending commit ({minutes} min left)"}
    session = ConfigSession(api, params["config_mode"], ctx)
    with session.opened():
        session.commit(params.get("comment"), None, plan.how)
    return {"changed": True, "committed": True, "msg": "confirmed the pending commit confirmed"}


# -- config_mode: ephemeral ----------------------------------------------------------------------
def _ephemeral(api: JetApi, params: dict[str, Any], plan: Plan, ctx: TaskContext) -> dict[str, Any]:
    """juniper.device's ephemeral mode through JET's own ephemeral database calls.

    JET's ``EphemeralConfigSet`` takes XML or JSON configuration and commits it to the instance
    in one call; there is no ``show | compare`` for the ephemeral database (juniper.device turns
    diff off in this mode too), so ``changed`` comes from comparing with what the instance holds.
    """
    from .ephemeral import _current, _unwrap, contains  # one comparison for both modules

    instance = params.get("ephemeral_instance") or ""
    if plan.rollback is not None or plan.url is not None:
        raise TaskError("config_mode ephemeral loads lines, src, template or config; rollback and url do not apply")
    if plan.confirmed is not None or plan.how.special:
        raise TaskError(
            "config_mode ephemeral: commit confirmed, synchronize and full do not apply to the ephemeral database"
        )
    result: dict[str, Any] = {"changed": False, "committed": False, "instance": instance or "default"}
    if plan.source is not None:
        text, fmt = plan.source
        if fmt not in ("xml", "json"):
            raise TaskError(
                f"config_mode ephemeral takes XML or JSON configuration over JET (EphemeralConfigSet); "
                f"this configuration is {fmt}"
            )
        if plan.load not in (None, "merge", "update"):
            raise TaskError(f"config_mode ephemeral merges into the instance; load: {plan.load} does not apply")
        if fmt == "json":
            try:
                wanted = _unwrap(json.loads(text))
            except ValueError as exc:
                raise TaskError(f"the JSON configuration does not parse: {exc}") from None
        else:
            body = text if text.strip().startswith("<configuration") else f"<configuration>{text}</configuration>"
            wanted = _unwrap(parse_output(body, "xml", "configuration"))
            text = body
        before = _current(api, instance, fmt)
        needed = not contains(before, wanted)
        if needed and not ctx.check_mode and not plan.validate_only:
            try:
                api.ephemeral_set(text, fmt, instance, validate=True)
            except JetError as exc:
                raise TaskError(f"EphemeralConfigSet failed: {exc.message}", jet_status=exc.status) from None
            result["committed"] = True
        result["changed"] = needed and (result["committed"] or ctx.check_mode)
    if params.get("retrieve"):
        raise TaskError(
            "config_mode ephemeral: retrieve reads the static configuration; use jetkit.junos.ephemeral_config"
        )
    done = "loaded, committed, " if result["committed"] else ""
    result["msg"] = f"Configuration has been: opened, {done}closed."
    return result


SPEC = ModuleSpec(
    name="config",
    argument_spec=ARGUMENT_SPEC,
    run=run,
    mutually_exclusive=MUTUALLY_EXCLUSIVE,
)
