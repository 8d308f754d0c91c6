"""What the committed configuration says about on-box programs (``system scripts``, ``system extensions``).

Read from the committed configuration as Junos JSON (``engine.render(tree, "json")``), the one
form of the configuration that does not depend on how the engine stores it. Statement names
are Juniper's YANG (junos-conf-system, ``jet_scripts_file_type`` and ``resources-type``)::

    system {
        scripts { language python3; }
        extensions {
            extension-service {
                application {
                    max-datasize 512m;
                    file route_watch.py {
                        arguments "--interval 5";
                        daemonize;
                        respawn-on-normal-exit;
                        username lab;
                        interpreter python3;
                        checksum { sha-256 <hex>; }
                        traceoptions { file route_watch.log; }
                    }
                }
            }
            resource-limits {
                process route_watch.py { resources { cpu { time 60; } memory { data-size 256; } file { size 16; } } }
            }
        }
    }

Named lists may come as JSON lists of ``{"name": ...}`` objects or as objects keyed by name
(both occur while the engine's schema grows); inactive statements count as absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .processes import Limits

MIB = 1024 * 1024
# Junos' data segment of an application when nothing is configured: ``show extension-service
# status`` reports ``Data-Segment-Size: 134217728B`` (and an 8 MiB stack) for such applications.
DEFAULT_DATA_BYTES = 128 * MIB
DEFAULT_STACK_BYTES = 8 * MIB
DEFAULT_FILE_BYTES = 64 * MIB  # largest file (trace file included) it may write (jetemu's bound)
DEFAULT_USER = "nobody"  # whom an application runs as without ``username`` ("file (JET)")
DEFAULT_LIMITS = Limits(data_bytes=DEFAULT_DATA_BYTES, file_bytes=DEFAULT_FILE_BYTES, stack_bytes=DEFAULT_STACK_BYTES)
APPLICATION_DIR = "/var/db/scripts/jet"
ACTION_DIR = "/var/db/scripts/action"

_SIZE = re.compile(r"^\s*(\d+)\s*([kmg]?)\s*$", re.I)


class SettingsError(ValueError):
    """A configured value jetemu cannot use; the message names the statement."""


def _inactive(meta: Any) -> bool:
    return isinstance(meta, dict) and meta.get("inactive") in (True, "true")


def _active(obj: Any) -> dict[str, Any]:
    if not isinstance(obj, dict) or _inactive(obj.get("@")):
        return {}
    return {
        k: v
        for k, v in obj.items()
        if not k.startswith("@")
        and not _inactive(obj.get("@" + k))
        and not (isinstance(v, dict) and _inactive(v.get("@")))
    }


def _dig(obj: Any, *keys: str) -> Any:
    node = obj
    for key in keys:
        node = _active(node).get(key)
        if node is None:
            return None
    return node


def _flag(obj: dict[str, Any], key: str) -> bool:
    return key in _active(obj)


def _text(obj: dict[str, Any], key: str) -> str | None:
    value = _active(obj).get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def named(value: Any) -> list[tuple[str, dict[str, Any]]]:
    """The entries of a named list, in order: ``[{"name": n, ...}]`` or ``{n: {...}}``."""
    if value is None:
        return []
    if isinstance(value, list):
        found = []
        for entry in value:
            if isinstance(entry, dict) and "name" in entry and not _inactive(entry.get("@")):
                found.append((str(entry["name"]), entry))
        return found
    if isinstance(value, dict):
        if "name" in value and not isinstance(value.get("name"), dict):
            return [] if _inactive(value.get("@")) else [(str(value["name"]), value)]
        return [(str(k), v if isinstance(v, dict) else {}) for k, v in _active(value).items()]
    return []


def size_bytes(text: str | None, unit: int, where: str) -> int | None:
    """``512``, ``512m``, ``1g`` as bytes; a bare number counts ``unit`` bytes."""
    if text is None:
        return None
    match = _SIZE.match(str(text))
    if not match:
        raise SettingsError(f"{where}: '{text}' is not a size (a number, optionally followed by k, m or g)")
    number, suffix = int(match.group(1)), match.group(2).lower()
    scale = {"": unit, "k": 1024, "m": MIB, "g": 1024 * MIB}[suffix]
    return number * scale


@dataclass(frozen=True)
class AppConfig:
    """One ``system extensions extension-service application file NAME``."""

    name: str
    arguments: str | None = None
    daemonize: bool = False
    respawn_on_normal_exit: bool = False
    username: str | None = None
    interpreter: str | None = None
    sha256: str | None = None
    trace_file: str | None = None
    limits: Limits = field(default_factory=lambda: DEFAULT_LIMITS)

    @property
    def device_path(self) -> str:
        return f"{APPLICATION_DIR}/{self.name}"


@dataclass(frozen=True)
class ProgramSettings:
    language: str | None = None  # system scripts language (python3 allows Python programs)
    applications: dict[str, AppConfig] = field(default_factory=dict)


def read_settings(config: dict[str, Any]) -> ProgramSettings:
    """The settings of ``config`` (a Junos JSON document); raises :class:`SettingsError`."""
    system = _dig(config, "configuration", "system") or {}
    language = _text(_dig(system, "scripts") or {}, "language")
    application = _dig(system, "extensions", "extension-service", "application") or {}
    where = "system extensions extension-service application"
    max_data = size_bytes(_text(application, "max-datasize"), 1, f"{where} max-datasize")
    limits_by_name: dict[str, dict[str, Any]] = {
        name: body for name, body in named(_dig(system, "extensions", "resource-limits", "process"))
    }
    apps: dict[str, AppConfig] = {}
    for name, body in named(_active(application).get("file")):
        here = f"{where} file {name}"
        if not name or name.startswith("/") or ".." in name.split("/") or "\x00" in name:
            raise SettingsError(f"{here}: the file name must be relative to {APPLICATION_DIR}")
        checksum = _dig(body, "checksum")
        sha256 = None
        if isinstance(checksum, dict):
            sha256 = _text(checksum, "sha-256")
            if sha256 is not None and not re.fullmatch(r"[0-9a-fA-F]{64}", sha256):
                raise SettingsError(f"{here} checksum sha-256: '{sha256}' is not a SHA-256 digest")
        trace = _dig(body, "traceoptions", "file")
        trace_file = (
            trace if isinstance(trace, str) else (_text(trace, "filename") if isinstance(trace, dict) else None)
        )
        resources = _dig(limits_by_name.get(name, {}), "resources") or {}
        cpu = _text(_dig(resources, "cpu") or {}, "time")
        if cpu is not None and not cpu.isdigit():
            raise SettingsError(f"system extensions resource-limits process {name} resources cpu time: '{cpu}'")
        data = size_bytes(_text(_dig(resources, "memory") or {}, "data-size"), MIB, f"resource-limits process {name}")
        file_size = size_bytes(_text(_dig(resources, "file") or {}, "size"), MIB, f"resource-limits process {name}")
        interpreter = _text(body, "interpreter")
        if interpreter not in (None, "python", "python3", "bash"):
            raise SettingsError(f"{here} interpreter: '{interpreter}' (python, python3 or bash)")
        apps[name] = AppConfig(
            name=name,
            arguments=_text(body, "arguments"),
            daemonize=_flag(body, "daemonize"),
            respawn_on_normal_exit=_flag(body, "respawn-on-normal-exit"),
            username=_text(body, "username"),
            interpreter=interpreter,
            sha256=sha256.lower() if sha256 else None,
            trace_file=trace_file,
            limits=Limits(
                cpu_seconds=int(cpu) if cpu is not None else None,
                data_bytes=data if data is not None else (max_data or DEFAULT_DATA_BYTES),
                file_bytes=file_size if file_size is not None else DEFAULT_FILE_BYTES,
                stack_bytes=DEFAULT_STACK_BYTES,
            ),
        )
    return ProgramSettings(language=language, applications=apps)


__all__ = [
    "ACTION_DIR",
    "DEFAULT_USER",
    "APPLICATION_DIR",
    "AppConfig",
    "ProgramSettings",
    "SettingsError",
    "named",
    "read_settings",
    "size_bytes",
]
