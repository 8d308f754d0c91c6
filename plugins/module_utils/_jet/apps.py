# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.jet_app, yang_package and jet_app_info: programs on the device (PRIVATE).

Everything goes through JET's management service, as a Junos user would do it:

* files reach the device with ``file copy`` from the task's one-shot endpoint or a URL
  (:mod:`.transfer`) and are compared with ``file checksum sha-256``;
* an application's configuration is read with ``<get-configuration format="json">`` (a subtree
  filter on its ``system extensions extension-service application file NAME``) and changed with
  one XML load and commit (``operation="delete"`` for statements to remove), so values with
  quotes or spaces travel unescaped;
* its run state comes from ``show extension-service status NAME`` and changes with
  ``request extension-service start|stop``;
* YANG packages are staged under ``/var/tmp/jetkit/yang/<package>/`` (what the device holds is
  compared with those copies) and installed with ``request system yang add|update|delete``.

Device output (status text, package lists, module text) is data: it is parsed, never evaluated.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError
from .errors import JetError
from .transfer import (
    TRANSFER_ARGUMENT_SPEC,
    TransferOptions,
    delete_file,
    device_checksum,
    put_bytes,
    read_file,
)

APPLICATION_DIR = "/var/db/scripts/jet"
STAGING_DIR = "/var/tmp/jetkit/yang"
PACKAGE_DIR = "/opt/yang-pkg"  # where Junos keeps installed packages
MAX_LOCAL_BYTES = 256 * 1024 * 1024
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.+-][A-Za-z0-9_.+@-]*$")
_PACKAGE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_COMMAND = re.compile(r"junos:command\s+(?:\"([^\"]*)\"|'([^']*)')")


# -- controller files ----------------------------------------------------------------------------
def local_path(ctx: TaskContext, path: str) -> str:
    """A controller path as the task means it (``files/`` search path in an action plugin)."""
    finder = getattr(ctx, "find_local_file", None)
    return str(finder(path)) if callable(finder) else path


def _read_local(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_LOCAL_BYTES:
            raise TaskError(f"{path} is too large ({size} bytes, at most {MAX_LOCAL_BYTES})")
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise TaskError(f"cannot read {path}: {exc.strerror or exc}") from None


def _relative_parts(name: str, what: str) -> list[str]:
    parts = name.split("/")
    if not name or name.startswith("/") or any(p in ("", ".", "..") or not _SAFE_NAME.match(p) for p in parts):
        raise TaskError(f"{what} {name!r} must be a relative path of plain names (letters, digits, '_', '.', '-', '+')")
    return parts


@dataclass(frozen=True)
class LocalFile:
    device_path: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def application_files(ctx: TaskContext, name: str, src: str) -> list[LocalFile]:
    """The files to deploy for ``src``: a file (as ``name``) or a directory tree placed beside
    ``name`` (which must be one of its files)."""
    parts = _relative_parts(name, "name")
    source = local_path(ctx, src)
    if os.path.isdir(source):
        base = "/".join([APPLICATION_DIR, *parts[:-1]])
        found: list[LocalFile] = []
        for directory, dirs, files in os.walk(source):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__pycache__")))
            for file_name in sorted(files):
                if file_name.startswith(".") or file_name.endswith((".pyc", ".pyo")):
                    continue
                full = os.path.join(directory, file_name)
                rel = os.path.relpath(full, source).replace(os.sep, "/")
                _relative_parts(rel, f"file in {src}:")
                found.append(LocalFile(f"{base}/{rel}", _read_local(full)))
        wanted = f"{APPLICATION_DIR}/{name}"
        if wanted not in {f.device_path for f in found}:
            raise TaskError(
                f"src {src} is a directory without the application file {name} (relative to it: {parts[-1]})"
            )
        return found
    return [LocalFile(f"{APPLICATION_DIR}/{name}", _read_local(source))]


def _parent_directories(paths: list[str], under: str) -> list[str]:
    needed: set[str] = set()
    for path in paths:
        parent = path.rsplit("/", 1)[0]
        while parent.startswith(under + "/"):
            needed.add(parent)
            parent = parent.rsplit("/", 1)[0]
    return sorted(needed, key=lambda p: p.count("/"))


def ensure_directories(api: JetApi, directories: list[str]) -> None:
    """``file make-directory DIR`` for each missing directory (parents first)."""
    for directory in directories:
        try:
            api.rpc(f"<make-directory><directory>{escape(directory)}</directory></make-directory>", "xml")
        except JetError as exc:
            if "exists" not in exc.message:
                raise


# -- configuration -------------------------------------------------------------------------------
def _app_filter(name: str) -> str:
    return (
        '<get-configuration database="committed" format="json"><configuration><system><scripts/>'
        "<extensions><extension-service><application><file>"
        f"<name>{escape(name)}</name>"
        "</file></application></extension-service></extensions></system></configuration></get-configuration>"
    )


def _json(text: str, what: str) -> Any:
    try:
        return json.loads(text) if text.strip() else {}
    except ValueError as exc:
        raise TaskError(f"{what}: the device's JSON does not parse: {exc}") from None


def _entries(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    if isinstance(value, dict):
        if "name" in value:
            return [value]
        return [{"name": k, **(v if isinstance(v, dict) else {})} for k, v in value.items() if not k.startswith("@")]
    return []


def _dig(data: Any, *keys: str) -> Any:
    node = data
    for key in keys:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _flag(entry: dict[str, Any], key: str) -> bool:
    return key in entry and not _inactive(entry.get("@" + key))


def _inactive(meta: Any) -> bool:
    return isinstance(meta, dict) and meta.get("inactive") in (True, "true")


@dataclass
class AppConfig:
    """The statements jet_app manages for one application (None/False: absent)."""

    present: bool = False
    arguments: str | None = None
    daemonize: bool = False
    respawn: bool = False
    user: str | None = None
    sha256: str | None = None

    def lines(self, name: str) -> list[str]:
        """As ``set`` lines, for the diff."""
        if not self.present:
            return []
        base = f"set system extensions extension-service application file {name}"
        out: list[str] = []
        if self.arguments is not None:
            out.append(f"{base} arguments {json.dumps(self.arguments)}")
        if self.daemonize:
            out.append(f"{base} daemonize")
        if self.respawn:
            out.append(f"{base} respawn-on-normal-exit")
        if self.user:
            out.append(f"{base} username {self.user}")
        if self.sha256:
            out.append(f"{base} checksum sha-256 {self.sha256}")
        return out or [base]


def read_app_config(api: JetApi, name: str) -> tuple[AppConfig, str | None]:
    """(the application's managed statements, ``system scripts language``)."""
    data = _json(api.rpc(_app_filter(name), "json"), "get-configuration")
    system = _dig(data, "configuration", "system") or {}
    language = _dig(system, "scripts", "language")
    files = _entries(_dig(system, "extensions", "extension-service", "application", "file"))
    entry = next((f for f in files if str(f.get("name")) == name and not _inactive(f.get("@"))), None)
    if entry is None:
        return AppConfig(), str(language) if isinstance(language, str) else None
    checksum = entry.get("checksum")
    sha = checksum.get("sha-256") if isinstance(checksum, dict) else None
    config = AppConfig(
        present=True,
        arguments=str(entry["arguments"]) if isinstance(entry.get("arguments"), str) else None,
        daemonize=_flag(entry, "daemonize"),
        respawn=_flag(entry, "respawn-on-normal-exit"),
        user=str(entry["username"]) if isinstance(entry.get("username"), str) else None,
        sha256=str(sha).lower() if isinstance(sha, str) else None,
    )
    return config, str(language) if isinstance(language, str) else None


def _leaf(tag: str, want: Any, have: Any) -> str:
    if want in (None, False):
        return f'<{tag} operation="delete"/>' if have not in (None, False) else ""
    if want is True:
        return f"<{tag}/>"
    return f"<{tag}>{escape(str(want))}</{tag}>"


def config_change_xml(name: str, want: AppConfig, have: AppConfig, set_language: bool) -> str:
    """One XML load that turns ``have`` into ``want`` (``want.present`` False deletes the entry)."""
    scripts = "<scripts><language>python3</language></scripts>" if set_language else ""
    if not want.present:
        body = f'<file operation="delete"><name>{escape(name)}</name></file>'
    else:
        checksum = (
            f"<checksum><sha-256>{escape(want.sha256)}</sha-256></checksum>"
            if want.sha256
            else ('<checksum operation="delete"/>' if have.sha256 else "")
        )
        body = (
            f"<file><name>{escape(name)}</name>"
            + _leaf("arguments", want.arguments, have.arguments)
            + _leaf("daemonize", want.daemonize, have.daemonize)
            + _leaf("respawn-on-normal-exit", want.respawn, have.respawn)
            + _leaf("username", want.user, have.user)
            + checksum
            + "</file>"
        )
    return (
        f"<configuration><system>{scripts}<extensions><extension-service><application>{body}"
        "</application></extension-service></extensions></system></configuration>"
    )


# -- run state -----------------------------------------------------------------------------------
def parse_status(text: str) -> dict[str, Any]:
    """``show extension-service status NAME`` as a dictionary.

    Junos shows a running application as ``Extension service application details:`` followed by
    ``Name : NAME``, ``Process-id: PID``, ``Stack-Segment-Size: NB`` and ``Data-Segment-Size:
    NB``, and nothing for an application that is not running. Keys are the labels in lower case
    with ``-`` and spaces as ``_`` (``process_id``); ``pid`` (an int or None) and ``running`` are
    derived from the process id.
    """
    status: dict[str, Any] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or key.strip().startswith("Extension service"):
            continue
        status.setdefault(re.sub(r"[\s-]+", "_", key.strip().lower()), value.strip())
    pid = str(status.get("process_id", ""))
    status["pid"] = int(pid) if pid.isdigit() else None
    status["running"] = status["pid"] is not None
    return status


def wait_for_new_process(
    api: JetApi, name: str, old_pid: int, daemonized: bool, timeout: float = 10.0
) -> dict[str, Any] | None:
    """After a commit that changed a running application: its status once the device has
    replaced the old process (a daemonized application is restarted with another pid; one that
    is no longer daemonized just ends); the last status seen after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        status = app_status(api, name)
        pid = status.get("pid") if status else None
        replaced = (pid is not None and pid != old_pid) if daemonized else pid != old_pid
        if replaced or time.monotonic() >= deadline:
            return status
        time.sleep(0.25)


def app_status(api: JetApi, name: str) -> dict[str, Any] | None:
    """The device's status of ``name``; None when the device does not know the application."""
    try:
        text = api.op_command(f'show extension-service status "{name}"', "text")
    except JetError as exc:
        if exc.status == "DEVICE_FAILURE" and ("not configured" in exc.message or "not found" in exc.message):
            return None
        raise
    return parse_status(text)


def _request(api: JetApi, verb: str, name: str) -> str:
    return api.op_command(f'request extension-service {verb} "{name}"', "text")


# -- jet_app ---------------------------------------------------------------------------------------
JET_APP_SPEC: dict[str, Any] = {
    "name": {"type": "str", "required": True},
    "src": {"type": "path"},
    "url": {"type": "str"},
    "checksum": {"type": "str"},
    "arguments": {"type": "str"},
    "daemonize": {"type": "bool", "default": True},
    "respawn": {"type": "bool", "default": False},
    "user": {"type": "str"},
    "state": {"type": "str", "default": "present", "choices": ["present", "started", "stopped", "restarted", "absent"]},
    **TRANSFER_ARGUMENT_SPEC,
}


def _fetch_url_to(api: JetApi, url: str, dest: str, checksum: str | None, timeout: float) -> str:
    """The device fetches ``url`` itself into a staging file; returns its sha-256."""
    long = api.with_deadline(timeout)
    try:
        long.rpc(
            f"<file-copy><source>{escape(url)}</source><destination>{escape(dest)}</destination></file-copy>", "xml"
        )
    except JetError as exc:
        raise TaskError(f"the device could not fetch {url}: {exc.message}") from None
    digest = device_checksum(api, dest)
    if digest is None:
        raise TaskError(f"the device reported {url} fetched, but {dest} is not there")
    if checksum and digest != checksum:
        delete_file(api, dest)
        raise TaskError(f"{url} as fetched by the device has sha-256 {digest}, not the expected {checksum}")
    return digest


def _copy_on_device(api: JetApi, source: str, dest: str) -> None:
    api.rpc(f"<file-copy><source>{escape(source)}</source><destination>{escape(dest)}</destination></file-copy>", "xml")


def run_jet_app(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    name = params["name"]
    _relative_parts(name, "name")
    state = params["state"]
    src, url = params.get("src"), params.get("url")
    if src and url:
        raise TaskError("give src or url, not both")
    checksum = (params.get("checksum") or "").lower() or None
    if checksum is not None and not re.fullmatch(r"[0-9a-f]{64}", checksum):
        raise TaskError("checksum must be a SHA-256 digest (64 hexadecimal digits)")
    if state in ("started", "restarted") and not params["daemonize"]:
        raise TaskError(
            f"state {state} needs daemonize: true; an application that is not daemonized runs in the "
            f"foreground: use jetkit.junos.command with 'request extension-service start {name}'"
        )
    options = TransferOptions.from_params(params.get("transfer"))
    main_path = f"{APPLICATION_DIR}/{name}"
    result: dict[str, Any] = {"changed": False, "name": name, "path": main_path}
    have, language = read_app_config(api, name)
    before_status = app_status(api, name) if have.present else None

    if state == "absent":
        return _jet_app_absent(api, params, ctx, result, have, before_status)

    # -- the file(s) -----------------------------------------------------------------------------
    files: list[LocalFile] = application_files(ctx, name, src) if src else []
    to_send = [f for f in files if device_checksum(api, f.device_path) != f.sha256]
    file_changed = bool(to_send)
    main_sha: str | None
    if src:
        main_sha = next(f.sha256 for f in files if f.device_path == main_path)
        if checksum and checksum != main_sha:
            raise TaskError(f"src {src} has sha-256 {main_sha}, not the expected checksum {checksum}")
    elif url:
        device_sha = device_checksum(api, main_path)
        main_sha = checksum if checksum and checksum == device_sha else None
        if main_sha is None:
            if ctx.check_mode:
                if checksum is None:
                    ctx.warn(f"check mode: cannot tell whether {url} differs from {main_path} without fetching it")
                file_changed, main_sha = True, checksum
            else:
                staging = f"/var/tmp/.jetkit-{name.replace('/', '_')}.part"
                main_sha = _fetch_url_to(api, url, staging, checksum, options.timeout)
                file_changed = main_sha != device_sha
                if file_changed:
                    _copy_on_device(api, staging, main_path)
                delete_file(api, staging)
    else:
        main_sha = device_checksum(api, main_path)
        if main_sha is None:
            raise TaskError(f"{main_path} is not on the device: give src or url to deploy it")
    result["file"] = {"path": main_path, "sha256": main_sha, "changed": file_changed}
    if to_send and not ctx.check_mode:
        ensure_directories(api, _parent_directories([f.device_path for f in to_send], APPLICATION_DIR))
        sent = [put_bytes(api, f.data, f.device_path, options=options).to_dict() for f in to_send]
        result["file"]["transfers"] = sent

    # -- the configuration ------------------------------------------------------------------------
    want = AppConfig(
        present=True,
        arguments=params.get("arguments"),
        daemonize=params["daemonize"],
        respawn=params["respawn"],
        user=params.get("user"),
        sha256=main_sha if (src or url) else have.sha256,
    )
    set_language = name.endswith(".py") and language != "python3"
    config_changed = want != have or set_language
    if ctx.diff and config_changed:
        before = have.lines(name)
        after = want.lines(name)
        if set_language:
            before += [f"set system scripts language {language}"] if language else []
            after += ["set system scripts language python3"]
        result["diff"] = {"before": "\n".join(before) + "\n" if before else "", "after": "\n".join(after) + "\n"}
    if config_changed and not ctx.check_mode:
        api.config_set(
            config_change_xml(name, want, have, set_language), "xml", "merge", f"jetkit.junos.jet_app {name}"
        )
    result["config_changed"] = config_changed
    changed = file_changed or config_changed

    # -- the run state ----------------------------------------------------------------------------
    old_pid = before_status.get("pid") if before_status and before_status.get("running") else None
    if ctx.check_mode:
        status = before_status
    elif config_changed and old_pid is not None:
        status = wait_for_new_process(api, name, old_pid, want.daemonize)  # a changed application restarts
    else:
        status = app_status(api, name)
    running = bool(status and status.get("running"))
    action = None
    if state == "started":
        if not running:
            action = "start"
        elif file_changed and not ctx.check_mode and old_pid is not None and status and status.get("pid") == old_pid:
            action = "restart"  # new files under a process that did not restart with the commit
    elif state == "stopped" and running:
        action = "stop"
    elif state == "restarted":
        action = "restart" if running else "start"
    if action is not None:
        changed = True
        if not ctx.check_mode:
            result["output"] = _request(api, action, name)
            status = app_status(api, name)
    result["action"] = action
    result["status"] = status
    result["changed"] = changed
    if not ctx.check_mode and state in ("started", "restarted") and not (status and status.get("running")):
        raise TaskError(
            f"{name} is not running after it was started (show extension-service status shows no process): "
            "see its trace file on the device",
            **result,
        )
    return result


def _jet_app_absent(
    api: JetApi,
    params: dict[str, Any],
    ctx: TaskContext,
    result: dict[str, Any],
    have: AppConfig,
    status: dict[str, Any] | None,
) -> dict[str, Any]:
    name = params["name"]
    paths = [f"{APPLICATION_DIR}/{name}"]
    if params.get("src"):
        paths = [f.device_path for f in application_files(ctx, name, params["src"])]
    present_files = [p for p in paths if device_checksum(api, p) is not None]
    running = bool(status and status.get("running"))
    changed = bool(present_files) or have.present or running
    if ctx.diff and have.present:
        result["diff"] = {"before": "\n".join(have.lines(name)) + "\n", "after": ""}
    if changed and not ctx.check_mode:
        if running:
            _request(api, "stop", name)
        if have.present:
            api.config_set(
                config_change_xml(name, AppConfig(), have, False), "xml", "merge", f"jetkit.junos.jet_app {name}"
            )
        for path in present_files:
            delete_file(api, path)
    result.update(changed=changed, removed_files=present_files, config_changed=have.present, status=None)
    return result


JET_APP = ModuleSpec(
    name="jet_app",
    argument_spec=JET_APP_SPEC,
    run=run_jet_app,
    mutually_exclusive=[["src", "url"]],
)


# -- yang_package ----------------------------------------------------------------------------------
YANG_PACKAGE_SPEC: dict[str, Any] = {
    "name": {"type": "str", "required": True},
    "modules": {"type": "list", "elements": "path", "default": []},
    "action_scripts": {"type": "list", "elements": "path", "default": []},
    "validate": {"type": "bool", "default": True},
    "state": {"type": "str", "default": "present", "choices": ["present", "absent"]},
    **TRANSFER_ARGUMENT_SPEC,
}


def read_packages(api: JetApi) -> dict[str, dict[str, list[str]]]:
    """``show system yang package`` as ``{id: {"modules": [...], "action_scripts": [...]}}``."""
    text = api.rpc("<get-system-yang-packages/>", "xml")
    try:
        root = ET.fromstring(f"<reply>{text}</reply>")
    except ET.ParseError as exc:
        raise TaskError(f"show system yang package: the device's XML does not parse: {exc}") from None
    packages: dict[str, dict[str, list[str]]] = {}
    for entry in root.iter():
        if entry.tag.rsplit("}", 1)[-1] != "yang-package":
            continue
        fields = {child.tag.rsplit("}", 1)[-1]: (child.text or "").strip() for child in entry}
        package_id = fields.get("package-id", "")
        if not package_id:
            continue
        packages[package_id] = {
            "modules": [m for m in fields.get("yang-modules", "").split() if m != "*"],
            "action_scripts": [s for s in fields.get("action-scripts", "").split() if s != "*"],
        }
    return packages


def module_commands(text: str) -> list[str]:
    """The ``junos:command`` words a module's rpcs add (read as text, never run)."""
    return [" ".join((a or b).split()) for a, b in _COMMAND.findall(text)]


def _files_list(ctx: TaskContext, paths: list[str], what: str) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for path in paths:
        real = local_path(ctx, path)
        name = os.path.basename(real)
        if not _SAFE_NAME.match(name):
            raise TaskError(f"{what} file name {name!r} must be a plain name")
        if any(name == other for other, _data in found):
            raise TaskError(f"two {what} files are named {name}")
        found.append((name, _read_local(real)))
    return found


def _yang_cli_list(paths: list[str]) -> str:
    return paths[0] if len(paths) == 1 else "[ " + " ".join(paths) + " ]"


def run_yang_package(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    package_id = params["name"]
    if not _PACKAGE_ID.match(package_id):
        raise TaskError(f"name {package_id!r}: a package id is letters, digits, '_', '.', '-' (at most 64)")
    staging = f"{STAGING_DIR}/{package_id}"
    installed = read_packages(api)
    have = installed.get(package_id)
    result: dict[str, Any] = {"changed": False, "name": package_id}
    if params["state"] == "absent":
        if have is not None and not ctx.check_mode:
            result["output"] = api.op_command(f"request system yang delete {package_id}", "text")
            for name in have["modules"] + have["action_scripts"]:
                delete_file(api, f"{staging}/{name}")
        result.update(changed=have is not None, package=None)
        return result
    if not params["modules"]:
        raise TaskError("state present needs modules (the YANG files of the package)")
    modules = _files_list(ctx, params["modules"], "module")
    scripts = _files_list(ctx, params["action_scripts"], "action script")
    for name, data in modules:
        if not name.endswith(".yang"):
            raise TaskError(f"module file {name} must end with .yang (Junos takes the module name from it)")
        if not data.strip():
            raise TaskError(f"module file {name} is empty")
    commands = sorted({c for _name, data in modules for c in module_commands(data.decode("utf-8", errors="replace"))})
    package = {
        "name": package_id,
        "modules": [n for n, _data in modules],
        "action_scripts": [n for n, _data in scripts],
        "commands": commands,
    }
    result["package"] = package
    stale = [
        (name, data)
        for name, data in modules + scripts
        if device_checksum(api, f"{staging}/{name}") != hashlib.sha256(data).hexdigest()
    ]
    same_files = (
        have is not None
        and sorted(have["modules"]) == sorted(package["modules"])
        and sorted(have["action_scripts"]) == sorted(package["action_scripts"])
    )
    changed = have is None or not same_files or bool(stale)
    result["changed"] = changed
    if ctx.diff and changed:
        before = (
            "" if have is None else json.dumps({"modules": have["modules"], "action_scripts": have["action_scripts"]})
        )
        after = json.dumps({"modules": package["modules"], "action_scripts": package["action_scripts"]})
        result["diff"] = {"before": before + ("\n" if before else ""), "after": after + "\n"}
    if not changed or ctx.check_mode:
        return result
    options = TransferOptions.from_params(params.get("transfer"))
    ensure_directories(api, _parent_directories([f"{staging}/x"], "/var/tmp"))
    for name, data in stale:
        put_bytes(api, data, f"{staging}/{name}", options=options)
    module_list = _yang_cli_list([f"{staging}/{n}" for n, _data in modules])
    script_part = f" action-script {_yang_cli_list([f'{staging}/{n}' for n, _data in scripts])}" if scripts else ""
    if params["validate"]:
        api.op_command(f"request system yang validate module {module_list}{script_part}", "text")
    if have is None:
        command = f"request system yang add package {package_id} module {module_list}{script_part}"
    else:
        command = f"request system yang update {package_id} module {module_list}{script_part}"
    result["output"] = api.op_command(command, "text")
    for name in set((have or {}).get("modules", []) + (have or {}).get("action_scripts", [])) - {
        n for n, _data in modules + scripts
    }:
        delete_file(api, f"{staging}/{name}")
    return result


YANG_PACKAGE = ModuleSpec(
    name="yang_package",
    argument_spec=YANG_PACKAGE_SPEC,
    run=run_yang_package,
    required_if=[["state", "present", ["modules"]]],
)


# -- jet_app_info ----------------------------------------------------------------------------------
JET_APP_INFO_SPEC: dict[str, Any] = {
    "gather": {
        "type": "list",
        "elements": "str",
        "default": ["applications", "yang_packages"],
        "choices": ["applications", "yang_packages"],
    },
}


def _applications(api: JetApi) -> dict[str, Any]:
    text = api.rpc(
        '<get-configuration database="committed" format="json"><configuration><system><scripts/><extensions>'
        "<extension-service><application/></extension-service></extensions></system></configuration>"
        "</get-configuration>",
        "json",
    )
    system = _dig(_json(text, "get-configuration"), "configuration", "system") or {}
    found: dict[str, Any] = {}
    for entry in _entries(_dig(system, "extensions", "extension-service", "application", "file")):
        if _inactive(entry.get("@")):
            continue
        name = str(entry.get("name"))
        checksum = entry.get("checksum")
        found[name] = {
            "path": f"{APPLICATION_DIR}/{name}",
            "arguments": entry.get("arguments") if isinstance(entry.get("arguments"), str) else None,
            "daemonize": _flag(entry, "daemonize"),
            "respawn": _flag(entry, "respawn-on-normal-exit"),
            "user": entry.get("username") if isinstance(entry.get("username"), str) else None,
            "checksum": checksum.get("sha-256") if isinstance(checksum, dict) else None,
            "status": app_status(api, name),
        }
    return found


def _module_text(api: JetApi, package_id: str, module: str) -> str | None:
    """A package's module as text: yang_package's staged copy, else the device's own copy
    (Junos keeps a package's modules under ``/opt/yang-pkg/<package>/yang/``)."""
    for path in (f"{STAGING_DIR}/{package_id}/{module}", f"{PACKAGE_DIR}/{package_id}/yang/{module}"):
        try:
            return read_file(api, path).decode("utf-8", errors="replace")
        except (JetError, TaskError):
            continue
    return None


def _packages_with_commands(api: JetApi) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for package_id, files in read_packages(api).items():
        commands: list[str] = []
        readable = True
        for module in files["modules"]:
            text = _module_text(api, package_id, module)
            if text is None:
                readable = False  # neither copy can be read: the device does not tell
                break
            commands += module_commands(text)
        found[package_id] = {**files, "commands": sorted(set(commands)) if readable else None}
    return found


def run_jet_app_info(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    result: dict[str, Any] = {"changed": False}
    if "applications" in params["gather"]:
        result["applications"] = _applications(api)
    if "yang_packages" in params["gather"]:
        result["yang_packages"] = _packages_with_commands(api)
    return result


JET_APP_INFO = ModuleSpec(name="jet_app_info", argument_spec=JET_APP_INFO_SPEC, run=run_jet_app_info)


__all__ = [
    "JET_APP",
    "JET_APP_INFO",
    "YANG_PACKAGE",
    "app_status",
    "config_change_xml",
    "module_commands",
    "parse_status",
    "read_app_config",
    "read_packages",
]
