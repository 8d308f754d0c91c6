# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.facts: device facts from operational RPCs over JET (PRIVATE).

Returns our facts (``hostname``, ``serial``, ``routing_engines``, subsets ``interfaces`` and
``config``, the ``ansible_net_*`` keys) and, in the same ``ansible_facts.junos`` dictionary and in
a top-level ``facts``, the keys PyEZ's fact gathering gives juniper.device users
(``serialnumber``, ``fqdn``, ``has_2RE``, ``re_info``, ``version_info``, ``junos_info``, ...),
computed from the same replies the way PyEZ reads them. Where a device does not answer an RPC,
the fact gets the value PyEZ gives in that case (``None``, or ``False`` for ``vc_capable``).
"""

from __future__ import annotations

import json
import os
import platform
import re
import xml.etree.ElementTree as ET
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError
from .dropin import file_name_part, refuse_transport_options, with_common
from .errors import JetError

SUBSETS = ("default", "hardware", "interfaces", "config")
ALIASES = {"min": "default", "minimum": "default"}
CONFIG_FORMATS = ("text", "set", "xml", "json")

ARGUMENT_SPEC: dict[str, Any] = with_common(
    {
        "gather_subset": {"type": "list", "elements": "str", "default": ["default"]},
        "config_format": {"type": "str", "choices": list(CONFIG_FORMATS)},
        "savedir": {"type": "path"},
    }
)


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


# -- reading replies -----------------------------------------------------------------------------
_XMLNS = re.compile(r"\sxmlns(:[\w-]+)?=\"[^\"]*\"")
_PREFIX = re.compile(r"(</?)[\w-]+:")
_ATTR_PREFIX = re.compile(r"\s[\w-]+:([\w-]+=)")


def reply_element(text: str, what: str) -> ET.Element:
    """A reply as one element (namespaces and prefixes dropped), under a ``reply`` root."""
    cleaned = _ATTR_PREFIX.sub(r" \1", _PREFIX.sub(r"\1", _XMLNS.sub("", text.strip())))
    try:
        return ET.fromstring(f"<reply>{cleaned}</reply>")
    except ET.ParseError as exc:
        raise TaskError(f"facts: the XML reply of {what} does not parse: {exc}") from None


def _ask(api: JetApi, rpc: str, required: bool = False) -> ET.Element | None:
    """The reply of ``rpc`` (XML), or None when the device refuses it (unless ``required``)."""
    name = rpc.split(">", 1)[0].strip("<").split()[0].rstrip("/")
    try:
        text = api.rpc(rpc, "xml")
    except JetError as exc:
        if required:
            raise TaskError(f"facts: <{name}> failed: {exc.message}", jet_status=exc.status) from None
        return None
    return reply_element(text, f"<{name}>")


def _text(element: ET.Element | None, path: str) -> str | None:
    if element is None:
        return None
    found = element.find(path)
    if found is None or found.text is None:
        return None
    return found.text.strip()


def _seconds(element: ET.Element | None, path: str) -> int | None:
    if element is None:
        return None
    found = element.find(path)
    value = found.get("seconds") if found is not None else None
    return int(value) if value is not None and value.isdigit() else None


def version_info(version: str) -> dict[str, Any]:
    """PyEZ's ``version_info`` object as the dictionary juniper.device returns for it."""
    m = re.match(r"(.*?)([RBIXSF-])(.*)", version)
    if m is None:
        return {"major": None, "type": None, "minor": None, "build": None, "as_tuple": [], "v_dict": {}}
    kind = m.group(2)
    try:
        major: tuple[Any, ...] = tuple(int(part) for part in m.group(1).split("."))
    except ValueError:
        major = (m.group(1),)
    after = m.group(3).split(".")
    minor: Any = after[0]
    build: Any
    if kind == "X":
        xm = re.match(r"(\d+)-(\w)(\d+)", minor)
        if xm is not None:
            minor = [int(xm.group(1)), xm.group(2), int(xm.group(3))]
        build = int(after[1]) if len(after) > 1 and after[1].isdigit() else None
    elif kind in ("I", "-"):
        kind = "I"
        build = after[1] if len(after) > 1 else None
    else:
        build = int(after[1]) if len(after) > 1 and after[1].isdigit() else after[0]
    v_dict = {"major": list(major), "type": kind, "minor": minor, "build": build}
    as_tuple = [*major, kind, minor, build]
    return {**v_dict, "as_tuple": as_tuple, "v_dict": v_dict}


_PERSONALITIES = (
    (r"^(EX|QFX)", "SWITCH", False),
    (r"^VMX", "MX", True),
    (r"^VJX", "SRX_BRANCH", True),
    (r"^VRR$", "MX", True),
)


def personality(model: str | None, re_model: str | None) -> tuple[str | None, bool | None]:
    """PyEZ's ``personality`` and ``virtual`` facts, from the chassis and RE models."""
    if not model:
        return None, None
    if model.startswith("MX"):
        if re_model == "RE-VMX":
            return "MX", True
        if re_model and "GNF" in re_model:
            return "MX-GNF", True
        return "MX", False
    for pattern, name, virtual in _PERSONALITIES:
        if re.match(pattern, model):
            return name, virtual
    if model.startswith("M"):
        return "M", False
    if model.startswith("T"):
        return "T", False
    if model.startswith("PTX"):
        return "PTX", re_model == "RE-VIRTUAL"
    if re.match(r"SRX\s?\d{4}", model):
        return ("SRX_HIGHEND" if int(model[-4:]) > 5000 else "SRX_MIDRANGE"), False
    if re.match(r"SRX\s?\d{3}", model):
        return "SRX_BRANCH", False
    if re.search("firefly", model, re.I):
        return "SRX_BRANCH", True
    if model == "OLIVE":
        return "OLIVE", True
    if model.startswith("NFX"):
        return "NFX", False
    if model.startswith("ACX"):
        return "ACX", False
    return None, None


# -- PyEZ's facts ------------------------------------------------------------------------------
def software_blocks(local: ET.Element, every: ET.Element | None) -> list[tuple[str, ET.Element]]:
    """(RE name, software-information) of every Routing Engine, or of the local one alone."""
    blocks: list[tuple[str, ET.Element]] = []
    multi = every.find("multi-routing-engine-results") if every is not None else None
    if multi is not None:
        for item in multi.findall("multi-routing-engine-item"):
            info = item.find("software-information")
            if info is not None:
                blocks.append((_text(item, "re-name") or "re0", info))
    if not blocks:
        info = local.find("software-information")
        if info is not None:
            blocks.append(("re0", info))
    return blocks


def internal_names(api: JetApi) -> list[str] | None:
    """PyEZ's ``current_re``: the names ``/etc/hosts.junos`` gives this RE's addresses in the
    internal routing instance (``master``, ``re0``, ...), or None when the device shows neither."""
    hosts = _ask(api, "<file-show><filename>/etc/hosts.junos</filename></file-show>")
    private = _ask(
        api,
        "<get-interface-information><routing-instance>__juniper_private1__</routing-instance>"
        "<terse/></get-interface-information>",
    )
    if hosts is None or private is None:
        return None
    content = "".join(hosts.itertext())
    names_of: dict[str, list[str]] = {}
    for line in content.splitlines():
        words = line.partition("#")[0].split()
        if len(words) > 1:
            names_of.setdefault(words[0], []).extend(words[1:])
    found: list[str] = []
    for family in private.iter("address-family"):
        if _text(family, "address-family-name") != "inet":
            continue
        for local in family.iter("ifa-local"):
            for name in names_of.get((local.text or "").partition("/")[0], []):
                if name not in found:
                    found.append(name)
    return found or None


def _current_re(
    local: ET.Element, blocks: list[tuple[str, ET.Element]], engines: dict[str, Any], names: list[str] | None
) -> str | None:
    """The RE this session talks to: the one the internal routing instance names (as PyEZ reads
    it), else the one whose host name is the local one, else the master."""
    if names:
        for re_name, _info in blocks:
            if re_name in names:
                return re_name
    if len(blocks) == 1:
        return blocks[0][0]
    name = _text(local, "software-information/host-name")
    matching = [re_name for re_name, info in blocks if _text(info, "host-name") == name]
    if len(matching) == 1:
        return matching[0]
    master = engines.get("re_master") or {}
    slot = master.get("default")
    return f"re{slot}" if slot is not None else None


def _software(blocks: list[tuple[str, ET.Element]], current: str | None) -> dict[str, Any]:
    junos_info: dict[str, Any] = {}
    hostname_info: dict[str, str] = {}
    model_info: dict[str, str] = {}
    for re_name, info in blocks:
        version = _text(info, "junos-version")
        if version is None:
            comment = _text(info, "package-information[name='junos']/comment") or ""
            found = re.findall(r"\[(.*)\]", comment)
            version = found[0] if found else None
        if version is not None:
            junos_info[re_name] = {"text": version, "object": version_info(version)}
        if _text(info, "host-name"):
            hostname_info[re_name] = str(_text(info, "host-name"))
        if _text(info, "product-model"):
            model_info[re_name] = str(_text(info, "product-model")).upper()
    first = current if current in dict(blocks) else (blocks[0][0] if blocks else None)
    version = junos_info[first]["text"] if first in junos_info else "0.0I0.0"
    return {
        "junos_info": junos_info or None,
        "hostname": hostname_info.get(first) if first else None,
        "hostname_info": hostname_info or None,
        "model": model_info.get(first) if first else None,
        "model_info": model_info or None,
        "version": version,
        "version_info": version_info(version),
        "version_RE0": (junos_info.get("re0") or junos_info.get("node0") or {}).get("text"),
        "version_RE1": (junos_info.get("re1") or junos_info.get("node1") or {}).get("text"),
        "_product_model": _text(dict(blocks)[first], "product-model") if first else None,
    }


def _routing_engines(reply: ET.Element | None) -> dict[str, Any]:
    empty = {"2RE": None, "master": None, "RE0": None, "RE1": None, "re_info": None, "re_master": None}
    if reply is None:
        return empty
    engines = reply.findall(".//route-engine")
    re_info: dict[str, dict[str, Any]] = {}
    masters: list[str] = []
    node_masters: dict[str, str] = {}
    first: tuple[str, str] | None = None
    re0 = re1 = None
    for engine in engines:
        node = "default"
        slot = _text(engine, "slot") or "0"
        info = {
            "mastership_state": _text(engine, "mastership-state") or "master",
            "status": _text(engine, "status"),
            "model": _text(engine, "model"),
            "last_reboot_reason": _text(engine, "last-reboot-reason"),
        }
        if first is None:
            first = (node, slot)
        if slot == "0" and re0 is None:
            re0 = {**info, "up_time": _text(engine, "up-time")}
        if slot == "1" and re1 is None:
            re1 = {**info, "up_time": _text(engine, "up-time")}
        re_info.setdefault(node, {})[slot] = info
        if str(info["mastership_state"]).lower().startswith("master"):
            node_masters[node] = slot
            masters.append("RE" + slot)
    if first is not None:
        re_info["default"]["default"] = re_info["default"][first[1]]
    return {
        "2RE": len(engines) > 1,
        "master": masters[0] if len(masters) == 1 else (masters or None),
        "RE0": re0,
        "RE1": re1,
        "re_info": re_info or None,
        "re_master": node_masters or None,
    }


def _virtual_chassis(reply: ET.Element | None) -> dict[str, Any]:
    if reply is None or not len(reply):
        return {"vc_capable": False, "vc_mode": None, "vc_fabric": None, "vc_master": None}
    mode = _text(reply, ".//virtual-chassis-mode")
    id_info = reply.find(".//virtual-chassis-id-information")
    fabric = None if id_info is None else id_info.get("style") == "fabric"
    master = None
    for member in reply.findall(".//member-list/member"):
        if (_text(member, "member-role") or "").startswith("Master"):
            master = _text(member, "member-id")
    return {"vc_capable": True, "vc_mode": mode, "vc_fabric": fabric, "vc_master": master}


def _cluster(reply: ET.Element | None) -> dict[str, Any]:
    if reply is None:
        return {"srx_cluster": None, "srx_cluster_id": None, "srx_cluster_redundancy_group": None}
    status = reply.find("chassis-cluster-status")
    if status is None:
        return {"srx_cluster": False, "srx_cluster_id": None, "srx_cluster_redundancy_group": None}
    groups = {}
    for group in status.findall("redundancy-group"):
        groups[_text(group, "redundancy-group-id") or ""] = {
            "cluster_id": _text(group, "cluster-id"),
            "failover_count": _text(group, "redundancy-group-failover-count"),
        }
    return {
        "srx_cluster": True,
        "srx_cluster_id": _text(status, "cluster-id"),
        "srx_cluster_redundancy_group": groups,
    }


def _switch_style(api: JetApi) -> str | None:
    """PyEZ's probe: Ethernet-switching table (EX/QFX/SRX), else the bridge MAC table (MX)."""
    reply = _ask(api, "<get-ethernet-switching-table-information><summary/></get-ethernet-switching-table-information>")
    if reply is not None and len(reply):
        tag = reply[0].tag
        if tag == "l2ng-l2ald-rtb-macdb":
            return "VLAN_L2NG"
        if tag == "ethernet-switching-table-information":
            return "VLAN"
    try:
        text = api.op_command("show bridge mac-table count", "xml", "cli")
    except JetError as exc:
        if "l2-learning subsystem is not running" in exc.message:
            return "BRIDGE_DOMAIN"
        if "syntax error" in exc.message:
            return "NONE"
        return None
    element = reply_element(text, "show bridge mac-table count")
    return "BRIDGE_DOMAIN" if len(element) and element[0].tag == "l2ald-rtb-mac-count" else "NONE"


def pyez_facts(api: JetApi) -> tuple[dict[str, Any], dict[str, Any]]:
    """(PyEZ's facts as juniper.device returns them, extra data our own facts reuse)."""
    local = _ask(api, "<get-software-information/>", required=True) or ET.Element("reply")
    inventory = _ask(api, "<get-chassis-inventory/>", required=True) or ET.Element("reply")
    try:
        every = reply_element(
            api.op_command("show version invoke-on all-routing-engines", "xml", "cli"), "show version invoke-on"
        )
    except JetError:
        every = None  # a single-RE device may not know invoke-on
    engines_reply = _ask(api, "<get-route-engine-information/>")
    engines = _routing_engines(engines_reply)
    blocks = software_blocks(local, every)
    names = internal_names(api)
    current = _current_re(local, blocks, engines, names)
    software = _software(blocks, current)
    facts: dict[str, Any] = {k: v for k, v in software.items() if not k.startswith("_")}
    facts["RE_hw_mi"] = inventory.find("multi-routing-engine-results") is not None
    facts["serialnumber"] = (
        _text(inventory, ".//chassis/serial-number")
        or _text(inventory, ".//chassis-module[name='Backplane']/serial-number")
        or _text(inventory, ".//chassis-module[name='Midplane']/serial-number")
    )
    facts.update(engines)

    domain_reply = _ask(
        api,
        '<get-configuration database="committed" inherit="inherit" format="xml">'
        "<configuration><system><domain-name/></system></configuration></get-configuration>",
    )
    domain = _text(domain_reply, ".//domain-name")
    facts["domain"] = domain
    facts["fqdn"] = f"{facts['hostname']}.{domain}" if facts["hostname"] and domain else facts["hostname"]

    re_model = None
    if engines["re_info"]:
        re_model = engines["re_info"]["default"]["default"]["model"]
    facts["personality"], facts["virtual"] = personality(facts["model"], re_model)
    facts["ifd_style"] = "SWITCH" if facts["personality"] == "SWITCH" else "CLASSIC"
    facts["switch_style"] = _switch_style(api)
    facts.update(_virtual_chassis(_ask(api, "<get-virtual-chassis-information/>")))
    facts.update(_cluster(_ask(api, "<get-chassis-cluster-status/>")))
    satellites = _ask(api, "<get-jnu-satellites-information/>")
    facts["jnu_satellite"] = bool(satellites is not None and satellites.findall(".//satellite-information"))
    facts["satellites_info"] = {}
    home = _ask(api, "<file-list><path>~</path></file-list>")
    root = home.find(".//directory-list") if home is not None else None
    facts["HOME"] = (root.get("root-path") or "").rstrip("/") or None if root is not None else None
    state = None
    if current is not None and engines["re_info"]:
        info = engines["re_info"]["default"].get(current.removeprefix("re"))
        state = str(info["mastership_state"]).lower() if info else None
    if state is None and current == "re0" and not engines["2RE"]:
        state = "master"
    if names:
        facts["current_re"] = names
        state = "master" if "master" in names else "backup" if "backup" in names else state
    else:
        facts["current_re"] = [current, state] if current and state else None
    facts["re_name"] = current
    facts["master_state"] = None if state is None else state.startswith("master")
    # PyEZ learns these through a shell command, which JET does not run.
    facts["vmhost"] = None
    facts["vmhost_info"] = {}
    facts["has_2RE"] = facts.pop("2RE")
    return facts, {"inventory": inventory, "engines": engines_reply, "product_model": software["_product_model"]}


# -- our own facts ---------------------------------------------------------------------------------
def _our_default(api: JetApi, pyez: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    inventory: ET.Element = extra["inventory"]
    chassis = inventory.find(".//chassis")
    facts: dict[str, Any] = {
        "hostname": pyez["hostname"],
        "model": pyez["model"],
        "version": pyez["version"],
        "serial": _text(chassis, "serial-number"),
        "chassis_description": _text(chassis, "description"),
    }
    engines = []
    modules = []
    for module in chassis.findall("chassis-module") if chassis is not None else []:
        name = _text(module, "name") or ""
        entry = {
            "name": name,
            "description": _text(module, "description"),
            "serial": _text(module, "serial-number"),
            "part_number": _text(module, "part-number"),
            "version": _text(module, "version"),
        }
        modules.append(entry)
        m = re.match(r"^Routing Engine\s+(\d+)$", name)
        if m:
            engines.append({"slot": int(m.group(1)), "model": entry["description"], "serial": entry["serial"]})
    facts["routing_engines"] = engines
    facts["modules"] = modules
    uptime = _ask(api, "<get-system-uptime-information/>")
    booted = uptime.find(".//system-booted-time") if uptime is not None else None
    facts["uptime_seconds"] = _seconds(booted, "time-length")
    facts["boot_time"] = _text(booted, "date-time")
    return facts


def gather_interfaces(api: JetApi) -> dict[str, Any]:
    try:
        text = api.op_command("show interfaces terse", "xml")
    except JetError as exc:
        raise TaskError(f"facts: 'show interfaces terse' failed: {exc.message}", jet_status=exc.status) from None
    info = reply_element(text, "show interfaces terse").find("interface-information")
    interfaces: dict[str, Any] = {}
    for phys in info.findall("physical-interface") if info is not None else []:
        name = _text(phys, "name")
        if not name:
            continue
        logical: dict[str, Any] = {}
        for unit in phys.findall("logical-interface"):
            unit_name = _text(unit, "name")
            if not unit_name:
                continue
            families: dict[str, list[str]] = {}
            for family in unit.findall("address-family"):
                family_name = _text(family, "address-family-name") or "unknown"
                addresses = [a for a in (_text(ifa, "ifa-local") for ifa in family.findall("interface-address")) if a]
                families.setdefault(family_name, []).extend(addresses)
            logical[unit_name] = {
                "admin_status": _text(unit, "admin-status"),
                "oper_status": _text(unit, "oper-status"),
                "addresses": families,
            }
        interfaces[name] = {
            "admin_status": _text(phys, "admin-status"),
            "oper_status": _text(phys, "oper-status"),
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


def _save(ctx: TaskContext, savedir: str, facts: dict[str, Any], inventory_xml: str) -> list[str]:
    """juniper.device's ``savedir``: ``<hostname>-facts.json`` and ``<hostname>-inventory.xml``."""
    host = file_name_part(str(facts.get("hostname") or ctx.host_name()))  # the device's word: data
    return [
        ctx.write_file(os.path.join(savedir, f"{host}-facts.json"), json.dumps(facts)),
        ctx.write_file(os.path.join(savedir, f"{host}-inventory.xml"), inventory_xml),
    ]


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    subsets = resolve_subsets(params["gather_subset"])
    pyez, extra = pyez_facts(api)
    default = _our_default(api, pyez, extra)
    junos: dict[str, Any] = {**pyez, **default}
    net: dict[str, Any] = {
        "ansible_net_system": "junos",
        "ansible_net_api": "jet",
        "ansible_net_python_version": platform.python_version(),
        "ansible_net_gather_subset": subsets,
        "ansible_net_hostname": default["hostname"],
        "ansible_net_model": extra["product_model"],
        "ansible_net_serialnum": default["serial"],
        "ansible_net_version": default["version"],
        "ansible_net_uptime": default["uptime_seconds"],
        "ansible_net_routing_engines": default["routing_engines"],
    }
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
    config_format = params.get("config_format")
    if "config" in subsets or config_format:
        fmt = config_format or "text"
        config = gather_config(api, fmt)
        junos["config"] = config
        junos["config_format"] = fmt
        net["ansible_net_config"] = config
    if params.get("savedir"):
        saved = dict(pyez)
        if "config" in junos:
            saved["config"] = junos["config"]
        _save(ctx, str(params["savedir"]), saved, ET.tostring(extra["inventory"][0], encoding="unicode"))
    facts = {"junos": junos, **net}
    return {"changed": False, "ansible_facts": facts, "facts": junos}


SPEC = ModuleSpec(name="facts", argument_spec=ARGUMENT_SPEC, run=run)
