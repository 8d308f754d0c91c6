# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.facts: device facts from operational commands over JET (PRIVATE)."""

from __future__ import annotations

import json
import platform
import re
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, dig
from .errors import JetError

SUBSETS = ("default", "hardware", "interfaces", "config")
ALIASES = {"min": "default", "minimum": "default"}
CONFIG_FORMATS = ("text", "set", "xml", "json")

ARGUMENT_SPEC: dict[str, Any] = {
    "gather_subset": {"type": "list", "elements": "str", "default": ["default"]},
    "config_format": {"type": "str", "default": "text", "choices": list(CONFIG_FORMATS)},
}


def resolve_subsets(requested: list[str]) -> list[str]:
    """``["all", "!config"]`` -> the subsets to gather, in a stable order; default always included."""
    include: set[str] = set()
    exclude: set[str] = set()
    for raw in requested:
        item = raw.strip()
        negate = item.startswith("!")
        name = ALIASES.get(item.lstrip("!"), item.lstrip("!"))
        if name == "all":
            names = set(SUBSETS)
        elif name in SUBSETS:
            names = {name}
        else:
            raise TaskError(
                f"gather_subset: unknown subset {raw!r}; expected all, {', '.join(SUBSETS)} "
                "(or min), each optionally negated with !"
            )
        (exclude if negate else include).update(names)
    if not include:
        include = set(SUBSETS)
    chosen = (include - exclude) | {"default"}
    return [name for name in SUBSETS if name in chosen]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(node: Any) -> str | None:
    """A Junos JSON leaf (``[{"data": "x"}]``) as text."""
    while isinstance(node, list):
        if not node:
            return None
        node = node[0]
    if isinstance(node, dict):
        data = node.get("data")
        return None if data is None else str(data)
    return None if node is None else str(node)


def _seconds_attr(node: Any) -> int | None:
    while isinstance(node, list):
        if not node:
            return None
        node = node[0]
    if isinstance(node, dict):
        attrs = node.get("attributes") or {}
        value = attrs.get("junos:seconds")
        if value is not None and str(value).isdigit():
            return int(value)
    return None


_DURATION = re.compile(r"^(?:(?P<w>\d+)w)?(?:(?P<d>\d+)d)?\s*(?:(?P<h>\d+):)?(?P<m>\d+):(?P<s>\d+)$")


def duration_seconds(text: str | None) -> int | None:
    """``"1w2d 03:04:05"`` / ``"00:17:03"`` -> seconds; None when it does not read as a duration."""
    if not text:
        return None
    m = _DURATION.match(text.strip())
    if not m:
        return None
    parts = {k: int(v) if v else 0 for k, v in m.groupdict().items()}
    return parts["w"] * 604800 + parts["d"] * 86400 + parts["h"] * 3600 + parts["m"] * 60 + parts["s"]


def _command_json(api: JetApi, command: str) -> Any:
    try:
        text = api.op_command(command, "json")
    except JetError as exc:
        raise TaskError(f"facts: {command!r} failed: {exc.message}", jet_status=exc.status) from None
    try:
        return json.loads(text) if text.strip() else {}
    except ValueError as exc:
        raise TaskError(f"facts: the JSON output of {command!r} does not parse: {exc}") from None


def gather_default(api: JetApi) -> dict[str, Any]:
    version = _command_json(api, "show version")
    software = dig(version, "software-information")
    facts: dict[str, Any] = {
        "hostname": _text(dig(software, "host-name")) if software is not None else None,
        "model": _text(dig(software, "product-model")) if software is not None else None,
        "version": _text(dig(software, "junos-version")) if software is not None else None,
    }
    hardware = _command_json(api, "show chassis hardware")
    chassis = dig(hardware, "chassis-inventory", "chassis")
    facts["serial"] = _text(dig(chassis, "serial-number")) if chassis is not None else None
    facts["chassis_description"] = _text(dig(chassis, "description")) if chassis is not None else None
    engines = []
    modules = []
    for module in _as_list(chassis.get("chassis-module") if isinstance(chassis, dict) else None):
        name = _text(module.get("name")) or ""
        entry = {
            "name": name,
            "description": _text(module.get("description")),
            "serial": _text(module.get("serial-number")),
            "part_number": _text(module.get("part-number")),
            "version": _text(module.get("version")),
        }
        modules.append(entry)
        m = re.match(r"^Routing Engine\s+(\d+)$", name)
        if m:
            engines.append({"slot": int(m.group(1)), "model": entry["description"], "serial": entry["serial"]})
    facts["routing_engines"] = engines
    facts["modules"] = modules
    uptime = _command_json(api, "show system uptime")
    info = dig(uptime, "system-uptime-information")
    booted = info.get("system-booted-time") if isinstance(info, dict) else None
    booted = booted[0] if isinstance(booted, list) and booted else booted
    seconds = None
    boot_time = None
    if isinstance(booted, dict):
        boot_time = _text(booted.get("date-time"))
        seconds = _seconds_attr(booted.get("time-length")) or _seconds_attr(booted.get("date-time"))
        if seconds is None:
            seconds = duration_seconds(_text(booted.get("time-length")))
    facts["uptime_seconds"] = seconds
    facts["boot_time"] = boot_time
    return facts


def gather_interfaces(api: JetApi) -> dict[str, Any]:
    data = _command_json(api, "show interfaces terse")
    info = dig(data, "interface-information")
    interfaces: dict[str, Any] = {}
    for phys in _as_list(info.get("physical-interface") if isinstance(info, dict) else None):
        name = _text(phys.get("name"))
        if not name:
            continue
        logical: dict[str, Any] = {}
        for unit in _as_list(phys.get("logical-interface")):
            unit_name = _text(unit.get("name"))
            if not unit_name:
                continue
            families: dict[str, list[str]] = {}
            for family in _as_list(unit.get("address-family")):
                family_name = _text(family.get("address-family-name")) or "unknown"
                addresses = [
                    a for a in (_text(ifa.get("ifa-local")) for ifa in _as_list(family.get("interface-address"))) if a
                ]
                families.setdefault(family_name, []).extend(addresses)
            logical[unit_name] = {
                "admin_status": _text(unit.get("admin-status")),
                "oper_status": _text(unit.get("oper-status")),
                "addresses": families,
            }
        interfaces[name] = {
            "admin_status": _text(phys.get("admin-status")),
            "oper_status": _text(phys.get("oper-status")),
            "units": logical,
        }
    return interfaces


def gather_config(api: JetApi, fmt: str) -> Any:
    command = "show configuration" + (" | display set" if fmt == "set" else "")
    out_fmt = {"text": "text", "set": "text", "xml": "xml", "json": "json"}[fmt]
    try:
        text = api.op_command(command, out_fmt)
    except JetError as exc:
        raise TaskError(f"facts: {command!r} failed: {exc.message}", jet_status=exc.status) from None
    if fmt == "json":
        try:
            return json.loads(text)
        except ValueError as exc:
            raise TaskError(f"facts: the configuration JSON does not parse: {exc}") from None
    return text


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    subsets = resolve_subsets(params["gather_subset"])
    junos: dict[str, Any] = {}
    net: dict[str, Any] = {
        "ansible_net_system": "junos",
        "ansible_net_api": "jet",
        "ansible_net_python_version": platform.python_version(),
        "ansible_net_gather_subset": subsets,
    }
    if "default" in subsets:
        default = gather_default(api)
        junos.update(default)
        net.update(
            {
                "ansible_net_hostname": default["hostname"],
                "ansible_net_model": default["model"],
                "ansible_net_serialnum": default["serial"],
                "ansible_net_version": default["version"],
                "ansible_net_uptime": default["uptime_seconds"],
                "ansible_net_routing_engines": default["routing_engines"],
            }
        )
    if "hardware" in subsets:
        net["ansible_net_modules"] = junos.get("modules", [])
    else:
        junos.pop("modules", None)
    if "interfaces" in subsets:
        interfaces = gather_interfaces(api)
        junos["interfaces"] = interfaces
        net["ansible_net_interfaces"] = interfaces
        v4: list[str] = []
        v6: list[str] = []
        for phys in interfaces.values():
            for unit in phys["units"].values():
                v4.extend(unit["addresses"].get("inet", []))
                v6.extend(unit["addresses"].get("inet6", []))
        net["ansible_net_all_ipv4_addresses"] = v4
        net["ansible_net_all_ipv6_addresses"] = v6
    if "config" in subsets:
        config = gather_config(api, params["config_format"])
        junos["config"] = config
        junos["config_format"] = params["config_format"]
        net["ansible_net_config"] = config
    facts = {"junos": junos, **net}
    return {"changed": False, "ansible_facts": facts}


SPEC = ModuleSpec(name="facts", argument_spec=ARGUMENT_SPEC, run=run)
