"""The device's syslog files in /var/log, and ``show log``.

Junos's syslogd writes each message to the files ``system syslog file NAME FACILITY LEVEL``
names, one line per message: ``Dec  6 11:52:01 r1 mgd[4242]: UI_COMMIT_COMPLETED: commit
complete``. :class:`SyslogFiles` does the same for the syslog-type events jetemu raises (the
ones published under ``/junos/events/syslog``: commits, logins, link traps, broker messages,
injected events), reading the committed configuration each time (``device.statement``), so a
commit that adds or changes a file takes effect for the next message as on Junos.

Files are bounded as Junos bounds them: when a file would grow beyond its archive ``size``
(``system syslog file NAME archive size``, else ``system syslog archive size``, else
:data:`DEFAULT_SIZE`), it is compressed to ``NAME.0.gz`` and the older archives shift up to
``NAME.<files-1>.gz`` (``archive files``, default 10); jetemu caps the size at 16 MiB and the
archives at 100 (:data:`MAX_SIZE`, :data:`MAX_FILES`). Times are UTC (the emulated devices have
no time zone configured). Messages carry the process id of the event when it has one, else the
emulator's own (jetemu, not a Junos daemon, produced them).

This module reads and writes only through :class:`~.filesystem.DeviceFilesystem`; it holds no
event publishing (``jetemu.notify`` hands events here).
"""

from __future__ import annotations

import calendar
import gzip
import os
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .file_commands import SPECS as FILE_SPECS
from .file_commands import filesystem_of, xml_safe_text
from .filesystem import DeviceFilesystem, FilesystemError
from .registry import CommandContext, NodeResult, OpResult, OpSpec, Params
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

LOG_DIRECTORY = "/var/log"
DEFAULT_SIZE = 1024 * 1024  # bytes
DEFAULT_FILES = 10
# Junos takes 64 KB .. 1 GB and 1 .. 1000 files; jetemu keeps a device's logs well inside the
# space its file system allows (filesystem.MAX_ROOT_BYTES): at most 16 MiB a file, 100 archives.
MIN_SIZE, MAX_SIZE = 65536, 16 * 1024 * 1024
MAX_FILES = 100

#: Severity names of the configuration, most severe first; ``any`` takes every level.
SEVERITIES = ("emergency", "alert", "critical", "error", "warning", "notice", "info")
_SEVERITY_ALIASES = {"emerg": "emergency", "crit": "critical", "err": "error", "warn": "warning", "debug": "info"}
#: The facility of an event (syslog's short names) -> the facility statement that selects it.
_FACILITIES = {
    "auth": "authorization",
    "authpriv": "authorization",
    "interact": "interactive-commands",
    "change": "change-log",
    "conflict": "conflict-log",
}
_NAME = re.compile(r"^[A-Za-z0-9._-]{1,255}$")


@dataclass(frozen=True)
class LogFile:
    """One ``system syslog file``: its selectors, optional ``match`` and archive bounds."""

    name: str
    selectors: Mapping[str, str]  # facility -> level ("none" excludes the facility)
    match: re.Pattern[str] | None
    size: int
    files: int

    def wants(self, facility: str, severity: str) -> bool:
        level = self.selectors.get(facility, self.selectors.get("any"))
        if level is None or level == "none":
            return False
        if level == "any":
            return True
        wanted = SEVERITIES.index(level) if level in SEVERITIES else len(SEVERITIES) - 1
        return SEVERITIES.index(severity) <= wanted


def _size(text: object, default: int) -> int:
    """``64k``, ``1m``, ``1g`` or bytes, clamped to Junos's range; ``default`` when unset/bad."""
    if text is None:
        return default
    match = re.fullmatch(r"(\d+)([kmg]?)", str(text).strip().lower())
    if match is None:
        return default
    value = int(match.group(1)) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match.group(2)]
    return min(max(value, MIN_SIZE), MAX_SIZE)


def _files(text: object, default: int) -> int:
    try:
        return min(max(int(str(text)), 1), MAX_FILES) if text is not None else default
    except ValueError:
        return default


def _level(contents: Mapping[str, Any]) -> str | None:
    for key in contents:
        if key in SEVERITIES or key in ("any", "none"):
            return key
    return None


def log_files(device: Device) -> list[LogFile]:
    """The files the committed ``system syslog`` configuration names."""
    syslog = device.statement("system", "syslog")
    if not isinstance(syslog, dict):
        return []
    archive = syslog.get("archive")
    archive = archive if isinstance(archive, dict) else {}
    size, files = _size(archive.get("size"), DEFAULT_SIZE), _files(archive.get("files"), DEFAULT_FILES)
    found: list[LogFile] = []
    for entry in syslog.get("file") or []:
        if not isinstance(entry, dict) or not _NAME.match(str(entry.get("name", ""))):
            continue
        selectors: dict[str, str] = {}
        for contents in entry.get("contents") or []:
            if isinstance(contents, dict) and (level := _level(contents)) is not None:
                selectors[str(contents.get("name"))] = level
        pattern = entry.get("match")
        try:
            match = re.compile(str(pattern)) if pattern else None
        except re.error:
            match = None
        own = entry.get("archive")
        own = own if isinstance(own, dict) else {}
        found.append(
            LogFile(str(entry["name"]), selectors, match, _size(own.get("size"), size), _files(own.get("files"), files))
        )
    return found


def _event_epoch(body: Mapping[str, Any]) -> float:
    """The event's ``time`` (``2026-12-06-11:52:01``, UTC) as epoch seconds (now when absent)."""
    try:
        return float(calendar.timegm(time.strptime(str(body.get("time")), "%Y-%m-%d-%H:%M:%S")))
    except ValueError:
        return time.time()


def syslog_line(body: Mapping[str, Any]) -> str:
    """The line Junos's syslogd writes for a syslog event (its ``jet-event`` body)."""
    stamp = time.strftime("%b %e %H:%M:%S", time.gmtime(_event_epoch(body)))
    process = str(body.get("process-name") or "jetemu")
    pid = body.get("process-id") or os.getpid()
    message = " ".join(str(body.get("message", "")).splitlines())
    return f"{stamp} {body.get('hostname', '')} {process}[{pid}]: {message}\n"


class SyslogFiles:
    """Writes a device's syslog events to its /var/log files (thread-safe)."""

    def __init__(self, filesystem: DeviceFilesystem, device: Device) -> None:
        self.filesystem = filesystem
        self.device = device
        self._lock = threading.Lock()

    def sync(self) -> list[LogFile]:
        """Create the configured files that do not exist yet (syslogd opens them at start)."""
        files = log_files(self.device)
        with self._lock:
            for log in files:
                path = f"{LOG_DIRECTORY}/{log.name}"
                if not self.filesystem.exists(path):
                    os.close(self.filesystem.open_append(path))
        return files

    def record(self, body: Mapping[str, Any]) -> None:
        """Write one syslog event to every file that selects its facility and severity."""
        facility = str(body.get("facility", "daemon")).lower()
        facility = _FACILITIES.get(facility, facility)
        severity = str(body.get("severity", "info")).lower()
        severity = _SEVERITY_ALIASES.get(severity, severity)
        if severity not in SEVERITIES:
            severity = "info"
        line = syslog_line(body)
        data = line.encode("utf-8", errors="replace")
        for log in log_files(self.device):
            if not log.wants(facility, severity) or (log.match is not None and not log.match.search(line)):
                continue
            with self._lock:
                self._append(log, data)

    def _append(self, log: LogFile, data: bytes) -> None:
        path = f"{LOG_DIRECTORY}/{log.name}"
        try:
            current = self.filesystem.size(path) or 0
            if current and current + len(data) > log.size:
                self._rotate(log)
            fd = self.filesystem.open_append(path)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
        except (FilesystemError, OSError):
            pass  # like syslogd, a log file that cannot be written never stops the event

    def _rotate(self, log: LogFile) -> None:
        """``NAME`` -> ``NAME.0.gz``, ``NAME.N.gz`` -> ``NAME.N+1.gz``; the oldest is dropped."""
        base = f"{LOG_DIRECTORY}/{log.name}"
        oldest = f"{base}.{log.files - 1}.gz"
        if self.filesystem.exists(oldest):
            self.filesystem.delete(oldest)
        for number in range(log.files - 2, -1, -1):
            older = f"{base}.{number}.gz"
            if self.filesystem.exists(older):
                self.filesystem.rename(older, f"{base}.{number + 1}.gz")
        _, content = self.filesystem.read_bytes(base)
        self.filesystem.write_bytes(f"{base}.0.gz", gzip.compress(content, mtime=0))
        self.filesystem.delete(base)


# --------------------------------------------------------------------------------------------
# show log
# --------------------------------------------------------------------------------------------
def log_path(filename: str) -> str:
    """``show log NAME`` reads ``/var/log/NAME``; a path (``/var/tmp/x``, ``dir/x``) is taken as it is."""
    return filename if "/" in filename else f"{LOG_DIRECTORY}/{filename}"


def show_log(device: Device, params: Params, ctx: CommandContext) -> OpResult:
    """``show log FILE`` / ``<get-log><filename>``: the file's text in ``<file-content>``
    (the reply Juniper's YANG gives ``get-log``). Without a file name, the files of /var/log."""
    fs = filesystem_of(ctx)
    SyslogFiles(fs, device).sync()
    filename = params.get("filename")
    if not isinstance(filename, str) or not filename:
        listing = next(spec for spec in FILE_SPECS if spec.rpc == "file-list")
        return listing.handler(device, {"path": LOG_DIRECTORY}, ctx)
    device_path, data = fs.read_bytes(log_path(filename), ctx.user)
    node = Node("file-content", xml_safe_text(data), {"filename": device_path})
    return NodeResult(node, lambda n: n.text or "", device.junos_version)


SPECS: list[OpSpec] = [
    OpSpec(device_lock=False, rpc="get-log", cli=("show", "log"), handler=show_log, positional="filename"),
]

__all__ = ["DEFAULT_FILES", "DEFAULT_SIZE", "LOG_DIRECTORY", "SPECS", "LogFile", "SyslogFiles", "log_files"]
