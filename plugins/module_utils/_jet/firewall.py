# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.firewall_filter and firewall_counter_info over JET (PRIVATE).

Messages of ``jnx.jet.firewall.Firewall`` are built and read here, in the task, and sent through
the persistent connection's generic pass-through (see :mod:`.routing`).

What is on the device: the firewall service has no way to read a filter back (no FilterGet, no
PolicerGet, no binding list). ``firewall_filter`` therefore keeps a record, on the controller, of
what it programmed: one JSON file per device and client id (``state_dir``), holding the
canonical form of every filter (terms, policers, bindings). Before trusting the record the task
checks on the device that the filter is still there (``FilterCounterGet`` of one of its counters,
else ``show firewall filter NAME``): filters of a client are purged by the device when the client
goes away (at once, or after the purge time), and a purged filter must be programmed again.

* record and device agree that the filter exists: the difference between the record and the task
  is sent (term operations in one ``FilterModify``, policers, bindings);
* the filter is not on the device: everything is programmed (``PolicerAdd``, ``FilterAdd``,
  ``FilterBindAdd``);
* the filter is on the device but there is no record (state file lost, or the filter was made by
  another controller with the same client id): its content cannot be known, so it is unbound
  from the task's bind points, deleted and programmed again.

Every change is a step with an inverse; if the device refuses a step, the steps already applied
are undone in reverse order and the task fails naming the refused step and the device's message.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError
from .errors import JetError
from .routing import grpc_unary

try:
    from google.protobuf.json_format import ParseDict

    from .proto import jnx_firewall_service_pb2 as fw_pb2

    PROTO_IMPORT_ERROR: str | None = None
except ImportError as _exc:  # pragma: no cover - depends on the controller
    PROTO_IMPORT_ERROR = str(_exc)

FIREWALL = "jnx.jet.firewall.Firewall"
FAMILIES = {"inet": "FAMILY_INET", "inet6": "FAMILY_INET6"}
DEFAULT_STATE_DIR = "~/.ansible/jetkit/firewall"

PROTOCOL_NAMES = {
    "icmp": 1,
    "igmp": 2,
    "tcp": 6,
    "udp": 17,
    "gre": 47,
    "esp": 50,
    "ah": 51,
    "icmp6": 58,
    "ospf": 89,
    "pim": 103,
    "vrrp": 112,
    "sctp": 132,
}
PORT_NAMES = {
    "ftp-data": 20,
    "ftp": 21,
    "ssh": 22,
    "telnet": 23,
    "smtp": 25,
    "domain": 53,
    "dhcp": 67,
    "tftp": 69,
    "http": 80,
    "ntp": 123,
    "snmp": 161,
    "snmptrap": 162,
    "bgp": 179,
    "ldap": 389,
    "https": 443,
    "syslog": 514,
    "ldp": 646,
    "netconf": 830,
}

# match key -> (wire field for inet, wire field for inet6, kind, upper bound, value names)
MATCHES: dict[str, tuple[str | None, str | None, str, int, dict[str, int]]] = {
    "source_address": ("ipv4_src_addrs", "ipv6_src_addrs", "prefix", 0, {}),
    "destination_address": ("ipv4_dst_addrs", "ipv6_dst_addrs", "prefix", 0, {}),
    "address": ("ipv4_addrs", "ipv6_addrs", "prefix", 0, {}),
    "protocol": ("protocols", "payload_protocols", "range", 255, PROTOCOL_NAMES),
    "source_port": ("src_ports", "src_ports", "range", 65535, PORT_NAMES),
    "destination_port": ("dst_ports", "dst_ports", "range", 65535, PORT_NAMES),
    "port": ("ports", "ports", "range", 65535, PORT_NAMES),
    "icmp_type": ("icmp_types", "icmp_types", "range", 255, {}),
    "icmp_code": ("icmp_codes", "icmp_codes", "range", 255, {}),
    "dscp": ("dscp_codes", "dscp_codes", "range", 63, {}),
    "packet_length": ("packet_lengths", "packet_lengths", "range", 65535, {}),
    "ttl": ("ttls", None, "range", 255, {}),
}
TERMINATING = ("accept", "discard", "reject", "routing_instance")
NON_TERMINATING_FLAGS = ("log", "syslog", "sample", "next_term")
REJECT_REASONS = {
    "inet": (
        "ICMP_",
        (
            "administratively-prohibited",
            "bad-host-tos",
            "bad-network-tos",
            "fragmentation-needed",
            "host-prohibited",
            "host-unknown",
            "host-unreachable",
            "network-prohibited",
            "network-unknown",
            "network-unreachable",
            "port-unreachable",
            "precedence-cutoff",
            "precedence-violation",
            "protocol-unreachable",
            "source-host-isolated",
            "source-route-failed",
            "tcp-reset",
        ),
    ),
    "inet6": (
        "ICMP6_",
        (
            "administratively-prohibited",
            "no-route-to-destination",
            "beyond-scope",
            "address-unreachable",
            "port-unreachable",
        ),
    ),
}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
_IFNAME = re.compile(r"^[a-z][a-z0-9-]*[0-9](/[0-9]+)*(\.[0-9]+)?$")


def _need_proto() -> None:
    if PROTO_IMPORT_ERROR is not None:
        raise TaskError(f"jetkit.junos needs the protobuf Python package on the controller: {PROTO_IMPORT_ERROR}")


# == input -> canonical spec ===================================================================
def _name(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _NAME.match(value):
        raise TaskError(
            f"{what} must be a name of 1 to 64 letters, digits and '_.:-' (starting with a letter or digit), "
            f"got {value!r}"
        )
    return value


def _number(text: str, names: dict[str, int], top: int, where: str) -> int:
    text = text.strip().lower()
    if text in names:
        return names[text]
    if not text.isdigit():
        known = f" or one of {', '.join(sorted(names))}" if names else ""
        raise TaskError(f"{where}: {text!r} is not a number{known}")
    value = int(text)
    if value > top:
        raise TaskError(f"{where}: {value} is out of range (0..{top})")
    return value


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _split_except(item: Any, where: str, key: str) -> tuple[str, bool]:
    """An item as text plus its ``except`` flag: ``"10.0.0.0/8 except"`` or ``{value, except}``."""
    if isinstance(item, dict):
        unknown = sorted(set(item) - {"value", "prefix", "except"})
        if unknown:
            raise TaskError(f"{where}: unknown key(s) {', '.join(unknown)} (use value/prefix and except)")
        raw = item.get("prefix", item.get("value"))
        negate = item.get("except", False)
        if not isinstance(negate, bool):
            raise TaskError(f"{where}: except must be true or false, got {negate!r}")
        if raw is None:
            raise TaskError(f"{where}: give the {key} as value (or prefix)")
        return str(raw).strip(), negate
    if isinstance(item, bool) or not isinstance(item, (str, int)):
        raise TaskError(f"{where}: {item!r} is not a valid {key}")
    text = str(item).strip()
    if text.endswith(" except"):
        return text[: -len(" except")].strip(), True
    return text, False


def _canonical_match(key: str, raw: Any, family: str, where: str) -> list[str]:
    inet_field, inet6_field, kind, top, names = MATCHES[key]
    if (inet6_field if family == "inet6" else inet_field) is None:
        raise TaskError(f"{where}: {key} is not a match condition of family {family} filters")
    out: list[str] = []
    for index, item in enumerate(_items(raw)):
        here = f"{where}.{key}[{index}]"
        text, negate = _split_except(item, here, key)
        if kind == "prefix":
            try:
                network = ipaddress.ip_network(text, strict=False)
            except ValueError as exc:
                raise TaskError(f"{here}: {text!r} is not an address or prefix: {exc}") from None
            if (network.version == 6) != (family == "inet6"):
                raise TaskError(f"{here}: {text} is an IPv{network.version} prefix but the filter is family {family}")
            value = str(network)
        else:
            low_text, sep, high_text = text.partition("-") if not text.startswith("-") else (text, "", "")
            low = _number(low_text, names, top, here)
            high = _number(high_text, names, top, here) if sep else low
            if low > high:
                raise TaskError(f"{here}: range {text!r} runs backwards ({low} > {high})")
            value = str(low) if low == high else f"{low}-{high}"
        entry = f"{value} except" if negate else value
        if entry not in out:
            out.append(entry)
    if not out:
        raise TaskError(f"{where}: {key} is empty")
    return out


def _canonical_then(raw: Any, family: str, where: str, policers: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if isinstance(raw, str):
        raw = {raw.replace("-", "_"): True}
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise TaskError(f"{where} must be a dictionary of actions (e.g. {{count: c1, accept: true}})")
    known = {*TERMINATING, "count", "policer", *NON_TERMINATING_FLAGS}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise TaskError(f"{where}: unknown action(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    out: dict[str, Any] = {}
    chosen = [k for k in TERMINATING if raw.get(k) not in (None, False)]
    if len(chosen) > 1:
        raise TaskError(f"{where}: only one terminating action may be given, got {', '.join(chosen)}")
    for key in ("accept", "discard"):
        if key in raw and not isinstance(raw[key], bool):
            raise TaskError(f"{where}.{key} must be true or false, got {raw[key]!r}")
    if chosen:
        key = chosen[0]
        if key in ("accept", "discard"):
            out[key] = True
        elif key == "reject":
            prefix, reasons = REJECT_REASONS[family]
            reason = "administratively-prohibited" if raw[key] is True else str(raw[key]).replace("_", "-").lower()
            if reason not in reasons:
                raise TaskError(
                    f"{where}.reject: {raw[key]!r} is not a {family} reject reason ({', '.join(reasons)}; or true)"
                )
            out["reject"] = reason
        else:
            out["routing_instance"] = _name(raw[key], f"{where}.routing_instance")
    if raw.get("count") is not None:
        out["count"] = _name(raw["count"], f"{where}.count")
    if raw.get("policer") is not None:
        name = _name(raw["policer"], f"{where}.policer")
        if name not in policers:
            raise TaskError(f"{where}.policer: policer {name!r} is not defined in the policers option of this task")
        out["policer"] = name
    for flag in NON_TERMINATING_FLAGS:
        if flag in raw:
            if not isinstance(raw[flag], bool):
                raise TaskError(f"{where}.{flag} must be true or false, got {raw[flag]!r}")
            if raw[flag]:
                out[flag] = True
    if not out:
        raise TaskError(f"{where}: no action given (accept, discard, reject, routing_instance, count, policer, ...)")
    return out


def canonical_terms(items: Any, family: str, policers: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    if not isinstance(items, list) or not items:
        raise TaskError("terms must be a non-empty list of terms ({name, from, then})")
    out: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for index, term in enumerate(items):
        where = f"terms[{index}]"
        if not isinstance(term, dict):
            raise TaskError(f"{where} must be a dictionary with name, from and then, got {term!r}")
        unknown = sorted(set(term) - {"name", "from", "then"})
        if unknown:
            raise TaskError(f"{where}: unknown key(s) {', '.join(unknown)} (a term has name, from and then)")
        name = _name(term.get("name"), f"{where}.name")
        where = f"terms[{index}] ({name})"
        if name in seen:
            raise TaskError(f"{where}: term name listed twice (also terms[{seen[name]}])")
        seen[name] = index
        matches = term.get("from") or {}
        if not isinstance(matches, dict):
            raise TaskError(f"{where}.from must be a dictionary of match conditions")
        unknown = sorted(set(matches) - set(MATCHES))
        if unknown:
            raise TaskError(
                f"{where}.from: unknown match condition(s) {', '.join(unknown)} (known: {', '.join(MATCHES)})"
            )
        canonical_from = {
            key: _canonical_match(key, matches[key], family, f"{where}.from") for key in MATCHES if key in matches
        }
        if "then" not in term:
            raise TaskError(f"{where}: then is required (the term's actions)")
        out.append(
            {
                "name": name,
                "from": canonical_from,
                "then": _canonical_then(term["then"], family, f"{where}.then", policers),
            }
        )
    return out


_SCALE = {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3}


def _scaled(value: Any, where: str) -> int:
    if isinstance(value, bool):
        raise TaskError(f"{where} must be a number, got {value!r}")
    text = str(value).strip().lower()
    match = re.fullmatch(r"(\d+)([kmg]?)", text)
    if not match:
        raise TaskError(f"{where}: {value!r} is not a number (a plain number, or with k, m or g)")
    number = int(match.group(1)) * _SCALE[match.group(2)]
    if number <= 0:
        raise TaskError(f"{where} must be positive, got {value!r}")
    if number >= 2**64:
        raise TaskError(f"{where}: {value!r} is too large")
    return number


def canonical_policers(items: Any) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for index, item in enumerate(_items(items)):
        where = f"policers[{index}]"
        if not isinstance(item, dict):
            raise TaskError(f"{where} must be a dictionary with name, bandwidth and burst_size")
        unknown = sorted(set(item) - {"name", "bandwidth", "burst_size", "discard"})
        if unknown:
            raise TaskError(f"{where}: unknown key(s) {', '.join(unknown)} (name, bandwidth, burst_size, discard)")
        name = _name(item.get("name"), f"{where}.name")
        where = f"policers[{index}] ({name})"
        if name in out:
            raise TaskError(f"{where}: policer listed twice")
        for key in ("bandwidth", "burst_size"):
            if item.get(key) is None:
                raise TaskError(f"{where}: {key} is required")
        discard = item.get("discard", True)
        if not isinstance(discard, bool):
            raise TaskError(f"{where}.discard must be true or false, got {discard!r}")
        out[name] = {
            "bandwidth": _scaled(item["bandwidth"], f"{where}.bandwidth"),
            "burst_size": _scaled(item["burst_size"], f"{where}.burst_size"),
            "discard": discard,
        }
    return out


def canonical_bind(items: Any) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for index, item in enumerate(_items(items)):
        where = f"bind[{index}]"
        if isinstance(item, str):
            words = item.split()
            item = {"interface": words[0] if words else "", **({"direction": words[1]} if len(words) > 1 else {})}
            if len(words) > 2:
                raise TaskError(f"{where}: {' '.join(words)!r} is not 'INTERFACE [input|output]'")
        if not isinstance(item, dict):
            raise TaskError(f"{where} must be an interface name or a dictionary with interface and direction")
        unknown = sorted(set(item) - {"interface", "direction"})
        if unknown:
            raise TaskError(f"{where}: unknown key(s) {', '.join(unknown)} (interface, direction)")
        interface = item.get("interface")
        if not isinstance(interface, str) or not _IFNAME.match(interface.strip()):
            raise TaskError(f"{where}: interface {interface!r} is not an interface name (e.g. ge-0/0/0.0)")
        interface = interface.strip()
        if "." not in interface:
            interface += ".0"
        direction = str(item.get("direction") or "input")
        if direction not in ("input", "output"):
            raise TaskError(f"{where} ({interface}): direction must be input or output, got {direction!r}")
        entry = {"interface": interface, "direction": direction}
        if entry in out:
            raise TaskError(f"{where}: {interface} {direction} listed twice")
        if any(b["interface"] == interface and b["direction"] == direction for b in out):
            raise TaskError(f"{where}: {interface} {direction} listed twice")
        out.append(entry)
    return sorted(out, key=lambda b: (b["interface"], b["direction"]))


@dataclass
class FilterSpec:
    name: str
    family: str
    terms: list[dict[str, Any]]
    policers: dict[str, dict[str, Any]]
    bind: list[dict[str, str]]

    @property
    def key(self) -> str:
        return f"{self.family}/{self.name}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "family": self.family,
            "terms": self.terms,
            "policers": [{"name": k, **v} for k, v in sorted(self.policers.items())],
            "bind": self.bind,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FilterSpec:
        policers = {p["name"]: {k: v for k, v in p.items() if k != "name"} for p in data.get("policers", [])}
        return cls(data["name"], data["family"], list(data["terms"]), policers, list(data.get("bind", [])))

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.to_dict(), sort_keys=True).encode()).hexdigest()

    def counters(self) -> list[str]:
        return sorted({t["then"]["count"] for t in self.terms if "count" in t["then"]})

    def text(self) -> str:
        """Junos-like rendering for diffs."""
        lines = [f"filter {self.name} (family {self.family}) {{"]
        for term in self.terms:
            lines.append(f"    term {term['name']} {{")
            if term["from"]:
                lines.append("        from {")
                for key, values in term["from"].items():
                    lines.append(f"            {key.replace('_', '-')} [ {' '.join(values)} ];")
                lines.append("        }")
            lines.append("        then {")
            for key, value in term["then"].items():
                word = key.replace("_", "-")
                lines.append(f"            {word};" if value is True else f"            {word} {value};")
            lines.append("        }")
            lines.append("    }")
        lines.append("}")
        for name, policer in sorted(self.policers.items()):
            action = " discard;" if policer["discard"] else ""
            lines.append(
                f"policer {name} {{ bandwidth-limit {policer['bandwidth']}; burst-size-limit {policer['burst_size']};"
                f"{action} }}"
            )
        for binding in self.bind:
            lines.append(f"bind {binding['interface']} {binding['direction']}")
        return "\n".join(lines) + "\n"


# == protobuf ====================================================================================
def _term_message(term: dict[str, Any], family: str, op: str, policers: dict[str, dict[str, Any]]) -> Any:
    matches: dict[str, list[dict[str, Any]]] = {}
    for key, values in term["from"].items():
        inet_field, inet6_field, kind = MATCHES[key][:3]
        wire = inet6_field if family == "inet6" else inet_field
        items = []
        for value in values:
            text, _sep, negate = value.partition(" ")
            operation = "OP_NOT_EQUAL" if negate == "except" else "OP_EQUAL"
            if kind == "prefix":
                address, _sep, length = text.partition("/")
                items.append({"addr": {"addr_string": address}, "prefix_length": int(length), "operation": operation})
            else:
                low, _sep, high = text.partition("-")
                items.append({"min": int(low), "max": int(high or low), "operation": operation})
        matches[str(wire)] = items
    then = term["then"]
    action_t: dict[str, Any] = {}
    if then.get("accept"):
        action_t["accept"] = True
    elif then.get("discard"):
        action_t["discard"] = True
    elif "reject" in then:
        prefix = REJECT_REASONS[family][0]
        action_t["reject"] = prefix + str(then["reject"]).replace("-", "_").upper()
    elif "routing_instance" in then:
        action_t["routing_instance_name"] = then["routing_instance"]
    actions_nt: dict[str, Any] = {}
    if "count" in then:
        actions_nt["count"] = {"counter_name": then["count"]}
    if "policer" in then:
        actions_nt["policer"] = {"policer": _policer_dict(then["policer"], policers[then["policer"]])}
    for flag in NON_TERMINATING_FLAGS:
        if then.get(flag):
            actions_nt[flag] = True
    body: dict[str, Any] = {"term_name": term["name"], "term_op": op}
    if op != "TERM_OPERATION_DELETE":
        body["matches"] = matches
        body["actions"] = {k: v for k, v in (("actions_nt", actions_nt), ("action_t", action_t)) if v}
    return ParseDict({f"{family}_term": body}, fw_pb2.FilterTerm())


def _policer_dict(name: str, policer: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "type": "TWO_COLOR_POLICER",
        "flag": "POLICER_FLAG_FILTER_SPECIFIC",
        "params": {
            "two_color_parameter": {
                "bandwidth": str(policer["bandwidth"]),
                "burst_size": str(policer["burst_size"]),
                "discard": policer["discard"],
            }
        },
    }


def _check(reply: Any, what: str) -> None:
    if reply.status.code != 0:
        raise StepRefused(what, reply.status.message or "refused without a message")


class StepRefused(Exception):
    def __init__(self, what: str, message: str) -> None:
        super().__init__(f"{what}: {message}")
        self.what = what
        self.message = message


class Device:
    """The firewall calls the module makes, each raising :class:`StepRefused` on a refusal."""

    def __init__(self, api: JetApi) -> None:
        self.api = api

    def call(self, method: str, request: Any, reply_cls: Any, what: str) -> Any:
        try:
            reply = grpc_unary(self.api, FIREWALL, method, request, reply_cls)
        except JetError as exc:
            raise StepRefused(what, exc.message) from None
        _check(reply, what)
        return reply

    def filter_add(self, spec: FilterSpec) -> None:
        request = fw_pb2.FilterAddRequest(
            name=spec.name,
            type=fw_pb2.TYPE_CLASSIC,
            family=FAMILIES[spec.family],
            terms_list=[_term_message(t, spec.family, "TERM_OPERATION_INVALID", spec.policers) for t in spec.terms],
        )
        self.call("FilterAdd", request, fw_pb2.FilterAddResponse, f"FilterAdd {spec.name}")

    def filter_delete(self, spec: FilterSpec) -> None:
        request = fw_pb2.FilterDeleteRequest(name=spec.name, family=FAMILIES[spec.family])
        self.call("FilterDelete", request, fw_pb2.FilterDeleteResponse, f"FilterDelete {spec.name}")

    def filter_modify(self, old: FilterSpec, new: FilterSpec) -> None:
        request = fw_pb2.FilterModifyRequest(
            name=new.name, type=fw_pb2.TYPE_CLASSIC, family=FAMILIES[new.family], terms_list=term_ops(old, new)
        )
        self.call("FilterModify", request, fw_pb2.FilterModifyResponse, f"FilterModify {new.name}")

    def bind(self, spec: FilterSpec, binding: dict[str, str], add: bool) -> None:
        cls = fw_pb2.FilterObjBindAddRequest if add else fw_pb2.FilterObjBindDeleteRequest
        request = cls(
            filter=fw_pb2.Filter(name=spec.name, family=FAMILIES[spec.family]),
            obj_type=fw_pb2.BIND_OBJ_TYPE_INTERFACE,
            bind_object=fw_pb2.FilterBindObjPoint(interface_name=binding["interface"]),
            bind_direction=fw_pb2.BIND_DIRECTION_INPUT
            if binding["direction"] == "input"
            else fw_pb2.BIND_DIRECTION_OUTPUT,
            bind_family=FAMILIES[spec.family],
        )
        method = "FilterBindAdd" if add else "FilterBindDelete"
        reply_cls = fw_pb2.FilterBindAddResponse if add else fw_pb2.FilterBindDeleteResponse
        self.call(method, request, reply_cls, f"{method} {spec.name} {binding['interface']} {binding['direction']}")

    def policer_set(self, name: str, policer: dict[str, Any], modify: bool) -> None:
        cls = fw_pb2.PolicerModifyRequest if modify else fw_pb2.PolicerAddRequest
        request = ParseDict(_policer_dict(name, policer), cls())
        method = "PolicerModify" if modify else "PolicerAdd"
        reply_cls = fw_pb2.PolicerModifyResponse if modify else fw_pb2.PolicerAddResponse
        self.call(method, request, reply_cls, f"{method} {name}")

    def policer_delete(self, name: str) -> None:
        request = fw_pb2.PolicerDeleteRequest(
            name=name, type=fw_pb2.TWO_COLOR_POLICER, flag=fw_pb2.POLICER_FLAG_FILTER_SPECIFIC
        )
        self.call("PolicerDelete", request, fw_pb2.PolicerDeleteResponse, f"PolicerDelete {name}")

    def counter(self, filter_name: str, counter: str, policer: bool = False) -> Any:
        """(packets, bytes) of a counter, or raise StepRefused."""
        if policer:
            request: Any = fw_pb2.PolicerCounterGetRequest(filter_name=filter_name, counter_name=counter)
            return self.call(
                "PolicerCounterGet", request, fw_pb2.PolicerCounterGetResponse, f"policer counter {counter}"
            )
        request = fw_pb2.FilterCounterGetRequest(filter_name=filter_name, counter_name=counter)
        return self.call("FilterCounterGet", request, fw_pb2.FilterCounterGetResponse, f"counter {counter}")

    def exists(self, name: str, counters: list[str]) -> tuple[bool, str]:
        """Whether a filter called ``name`` is on the device, and how that was found out."""
        for counter in counters[:1]:
            try:
                self.counter(name, counter)
                return True, f"FilterCounterGet {name}/{counter}"
            except StepRefused:
                pass
        command = f"show firewall filter {name}"
        try:
            self.api.op_command(command, "xml")
        except JetError:
            return False, command
        return True, command


def term_ops(old: FilterSpec, new: FilterSpec) -> list[Any]:
    """Term operations turning ``old`` into ``new`` (one FilterModify, applied in order).

    Same term names in the same order: only the changed terms are replaced. Otherwise every old
    term is deleted and the new ones added in order (the request is applied as a whole).
    """
    old_names = [t["name"] for t in old.terms]
    new_names = [t["name"] for t in new.terms]
    if old_names == new_names:
        return [
            _term_message(n, new.family, "TERM_OPERATION_REPLACE", new.policers)
            for o, n in zip(old.terms, new.terms, strict=True)
            if o != n
        ]
    deletes = [_term_message(t, old.family, "TERM_OPERATION_DELETE", old.policers) for t in old.terms]
    adds = [_term_message(t, new.family, "TERM_OPERATION_ADD", new.policers) for t in new.terms]
    return deletes + adds


# == the record on the controller ================================================================
def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


class Record:
    """What this controller programmed on one device for one client id (a JSON file)."""

    def __init__(self, directory: str, target: str, client_id: str) -> None:
        self.path = os.path.join(os.path.expanduser(directory), f"{_safe(target)}__{_safe(client_id)}.json")
        self.target = target
        self.client_id = client_id
        self.filters: dict[str, dict[str, Any]] = {}
        try:
            with open(self.path, encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            raise TaskError(f"state file {self.path} cannot be read ({exc}); remove it to start afresh") from None
        filters = data.get("filters") if isinstance(data, dict) else None
        if isinstance(filters, dict):
            self.filters = filters

    def get(self, key: str) -> FilterSpec | None:
        entry = self.filters.get(key)
        if not isinstance(entry, dict) or "spec" not in entry:
            return None
        try:
            spec = FilterSpec.from_dict(entry["spec"])
        except (KeyError, TypeError, AttributeError):
            return None
        return spec if spec.digest() == entry.get("digest") else None

    def put(self, spec: FilterSpec) -> None:
        self.filters[spec.key] = {"spec": spec.to_dict(), "digest": spec.digest()}

    def drop(self, key: str) -> None:
        self.filters.pop(key, None)

    def save(self) -> None:
        directory = os.path.dirname(self.path)
        tmp = f"{self.path}.tmp-{os.getpid()}"
        try:
            os.makedirs(directory, mode=0o700, exist_ok=True)
            with open(tmp, "w", encoding="utf-8") as handle:
                json.dump(
                    {"device": self.target, "client_id": self.client_id, "filters": self.filters},
                    handle,
                    indent=1,
                    sort_keys=True,
                )
            os.replace(tmp, self.path)
        except OSError as exc:
            raise TaskError(f"cannot write the state file {self.path}: {exc.strerror}") from None


# == planning and applying =======================================================================
@dataclass
class Step:
    what: str
    do: Callable[[], None]
    undo: Callable[[], None] | None


@dataclass
class Plan:
    steps: list[Step] = field(default_factory=list)

    def add(self, what: str, do: Callable[[], None], undo: Callable[[], None] | None) -> None:
        self.steps.append(Step(what, do, undo))

    def run(self) -> None:
        done: list[Step] = []
        for step in self.steps:
            try:
                step.do()
            except StepRefused as exc:
                undone, error = 0, None
                for previous in reversed(done):
                    if previous.undo is None:
                        continue
                    try:
                        previous.undo()
                        undone += 1
                    except StepRefused as undo_exc:
                        error = str(undo_exc)
                        break
                message = f"the device refused {exc.what}: {exc.message}"
                if error:
                    message += f"; undoing the {len(done)} change(s) already made failed too: {error}"
                elif done:
                    message += f"; the {undone} change(s) this task had already made were undone"
                raise TaskError(message, failed_step=exc.what, rolled_back=undone, rollback_error=error) from None
            done.append(step)


def _plan_create(plan: Plan, dev: Device, spec: FilterSpec) -> None:
    for name, policer in sorted(spec.policers.items()):
        plan.add(
            f"PolicerAdd {name}",
            lambda n=name, p=policer: dev.policer_set(n, p, False),
            lambda n=name: dev.policer_delete(n),
        )
    plan.add(f"FilterAdd {spec.name}", lambda: dev.filter_add(spec), lambda: dev.filter_delete(spec))
    for binding in spec.bind:
        plan.add(
            f"FilterBindAdd {binding['interface']} {binding['direction']}",
            lambda b=binding: dev.bind(spec, b, True),
            lambda b=binding: dev.bind(spec, b, False),
        )


def _plan_remove(plan: Plan, dev: Device, spec: FilterSpec) -> None:
    for binding in spec.bind:
        plan.add(
            f"FilterBindDelete {binding['interface']} {binding['direction']}",
            lambda b=binding: dev.bind(spec, b, False),
            lambda b=binding: dev.bind(spec, b, True),
        )
    plan.add(f"FilterDelete {spec.name}", lambda: dev.filter_delete(spec), lambda: dev.filter_add(spec))
    for name, policer in sorted(spec.policers.items()):
        plan.add(
            f"PolicerDelete {name}",
            lambda n=name: dev.policer_delete(n),
            lambda n=name, p=policer: dev.policer_set(n, p, False),
        )


def _plan_change(plan: Plan, dev: Device, old: FilterSpec, new: FilterSpec) -> None:
    for name, policer in sorted(new.policers.items()):
        before = old.policers.get(name)
        if before is None:
            plan.add(
                f"PolicerAdd {name}",
                lambda n=name, p=policer: dev.policer_set(n, p, False),
                lambda n=name: dev.policer_delete(n),
            )
        elif before != policer:
            plan.add(
                f"PolicerModify {name}",
                lambda n=name, p=policer: dev.policer_set(n, p, True),
                lambda n=name, p=before: dev.policer_set(n, p, True),
            )
    if old.terms != new.terms:
        plan.add(f"FilterModify {new.name}", lambda: dev.filter_modify(old, new), lambda: dev.filter_modify(new, old))
    for binding in old.bind:
        if binding not in new.bind:
            plan.add(
                f"FilterBindDelete {binding['interface']} {binding['direction']}",
                lambda b=binding: dev.bind(old, b, False),
                lambda b=binding: dev.bind(old, b, True),
            )
    for binding in new.bind:
        if binding not in old.bind:
            plan.add(
                f"FilterBindAdd {binding['interface']} {binding['direction']}",
                lambda b=binding: dev.bind(new, b, True),
                lambda b=binding: dev.bind(new, b, False),
            )
    for name, policer in sorted(old.policers.items()):
        if name not in new.policers:
            plan.add(
                f"PolicerDelete {name}",
                lambda n=name: dev.policer_delete(n),
                lambda n=name, p=policer: dev.policer_set(n, p, False),
            )


def _plan_replace_unknown(plan: Plan, dev: Device, spec: FilterSpec) -> None:
    """The filter is on the device but nothing says what it holds: unbind, delete, program."""

    def unbind_quietly(binding: dict[str, str]) -> None:
        try:
            dev.bind(spec, binding, False)
        except StepRefused:
            pass  # it was not bound there

    for binding in spec.bind:
        plan.add(
            f"FilterBindDelete {binding['interface']} {binding['direction']} (if bound)",
            lambda b=binding: unbind_quietly(b),
            None,
        )
    plan.add(f"FilterDelete {spec.name} (unknown content)", lambda: dev.filter_delete(spec), None)
    for name, policer in sorted(spec.policers.items()):

        def add_or_modify(n: str = name, p: dict[str, Any] = policer) -> None:
            try:
                dev.policer_set(n, p, False)
            except StepRefused:
                dev.policer_set(n, p, True)

        plan.add(f"PolicerAdd {name}", add_or_modify, None)
    plan.add(f"FilterAdd {spec.name}", lambda: dev.filter_add(spec), None)
    for binding in spec.bind:
        plan.add(
            f"FilterBindAdd {binding['interface']} {binding['direction']}",
            lambda b=binding: dev.bind(spec, b, True),
            lambda b=binding: dev.bind(spec, b, False),
        )


def _purge_time(api: JetApi, seconds: int, check_mode: bool) -> bool:
    dev = Device(api)
    try:
        current = grpc_unary(
            api,
            FIREWALL,
            "FiltersPurgeTimerGet",
            fw_pb2.FiltersPurgeTimerGetRequest(),
            fw_pb2.FiltersPurgeTimerGetResponse,
        )
    except JetError as exc:
        raise TaskError(f"reading the filters purge time failed: {exc.message}", jet_status=exc.status) from None
    if current.status.code == 0 and current.time == seconds:
        return False
    if check_mode:
        return True
    try:
        if seconds:
            dev.call(
                "FiltersPurgeTimerAdd",
                fw_pb2.FiltersPurgeTimerAddRequest(time=seconds),
                fw_pb2.FiltersPurgeTimerAddResponse,
                f"FiltersPurgeTimerAdd {seconds}",
            )
        else:
            dev.call(
                "FiltersPurgeTimerDelete",
                fw_pb2.FiltersPurgeTimerDeleteRequest(),
                fw_pb2.FiltersPurgeTimerDeleteResponse,
                "FiltersPurgeTimerDelete",
            )
    except StepRefused as exc:
        raise TaskError(f"setting the filters purge time to {seconds}s failed: {exc.message}") from None
    return True


# == firewall_filter =============================================================================
FILTER_SPEC: dict[str, Any] = {
    "name": {"type": "str", "required": True},
    "family": {"type": "str", "default": "inet", "choices": list(FAMILIES)},
    "terms": {"type": "list", "elements": "raw"},
    "policers": {"type": "list", "elements": "raw"},
    "bind": {"type": "list", "elements": "raw"},
    "state": {"type": "str", "default": "present", "choices": ["present", "absent"]},
    "purge_time": {"type": "int"},
    "state_dir": {"type": "path", "default": DEFAULT_STATE_DIR},
}


def run_filter(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    _need_proto()
    state = params["state"]
    family = params["family"]
    name = _name(params["name"], "name")
    purge_time = params.get("purge_time")
    if purge_time is not None and not 0 <= purge_time <= 86400:
        raise TaskError(f"purge_time must be within 0..86400 seconds (0 removes the timer), got {purge_time}")
    bind = canonical_bind(params.get("bind"))
    if state == "absent":
        # only the names matter when removing: a policer may be given by its name alone
        policers = {}
        for index, item in enumerate(_items(params.get("policers"))):
            given = item.get("name") if isinstance(item, dict) else item
            policers[_name(given, f"policers[{index}].name")] = {}
    else:
        policers = canonical_policers(params.get("policers"))
    if state == "present":
        terms = canonical_terms(params.get("terms"), family, policers)
        unused = sorted(set(policers) - {t["then"]["policer"] for t in terms if "policer" in t["then"]})
        if unused:
            raise TaskError(f"policers: {', '.join(unused)} not used by any term (each policer belongs to this filter)")
        counters = [t["then"]["count"] for t in terms if "count" in t["then"]]
        dupes = sorted({c for c in counters if counters.count(c) > 1})
        if dupes:
            raise TaskError(f"terms: counter(s) {', '.join(dupes)} used by more than one term")
    else:
        terms = []
    desired = FilterSpec(name, family, terms, policers, bind)
    try:
        info = api.info()
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    record = Record(params["state_dir"], str(info.get("target", "")), str(info.get("client_id", "")))
    recorded = record.get(desired.key)
    dev = Device(api)
    purge_changed = _purge_time(api, purge_time, ctx.check_mode) if purge_time is not None else False
    try:
        probe = recorded.counters() if recorded is not None else desired.counters()
        exists, verified_by = dev.exists(name, probe)
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    if not exists:
        current: FilterSpec | None = None
        before_text = ""
    elif recorded is not None:
        current = recorded
        before_text = recorded.text()
    else:
        current = None
        before_text = f"filter {name} (family {family}): on the device, content unknown (no record in {record.path})\n"
    plan = Plan()
    after_text = ""
    if state == "present":
        after_text = desired.text()
        if exists and recorded is None:
            _plan_replace_unknown(plan, dev, desired)
        elif current is None:
            _plan_create(plan, dev, desired)
        elif current != desired:
            _plan_change(plan, dev, current, desired)
    elif exists:
        if recorded is not None:
            _plan_remove(plan, dev, recorded)
        else:
            gone = FilterSpec(name, family, [], policers, bind)

            def unbind_quietly(binding: dict[str, str]) -> None:
                try:
                    dev.bind(gone, binding, False)
                except StepRefused:
                    pass

            for binding in bind:
                plan.add(
                    f"FilterBindDelete {binding['interface']} {binding['direction']} (if bound)",
                    lambda b=binding: unbind_quietly(b),
                    None,
                )
            plan.add(f"FilterDelete {name}", lambda: dev.filter_delete(gone), None)
            for policer in sorted(policers):
                plan.add(f"PolicerDelete {policer}", lambda n=policer: dev.policer_delete(n), None)
    changed = bool(plan.steps) or purge_changed
    result: dict[str, Any] = {
        "changed": changed,
        "filter": desired.to_dict() if state == "present" else None,
        "operations": [s.what for s in plan.steps],
        "existed": exists,
        "verified_by": verified_by,
        "state_file": record.path,
    }
    if ctx.diff and plan.steps:
        result["diff"] = {"before": before_text, "after": after_text}
    if ctx.check_mode:
        return result
    try:
        plan.run()
    except TaskError as exc:
        if exc.extra.get("rollback_error"):
            record.drop(desired.key)  # the device is in an unknown state now: verify afresh next time
            record.save()
        raise
    if state == "present":
        if recorded != desired or not exists:
            record.put(desired)
            record.save()
    elif desired.key in record.filters:
        record.drop(desired.key)
        record.save()
    return result


FIREWALL_FILTER = ModuleSpec(
    name="firewall_filter",
    argument_spec=FILTER_SPEC,
    run=run_filter,
    required_if=[["state", "present", ["terms"]]],
)


# == firewall_counter_info =======================================================================
COUNTER_SPEC: dict[str, Any] = {
    "filter": {"type": "str", "required": True},
    "counters": {"type": "list", "elements": "str"},
    "policers": {"type": "list", "elements": "str"},
    "state_dir": {"type": "path", "default": DEFAULT_STATE_DIR},
}


def run_counters(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    _need_proto()
    name = _name(params["filter"], "filter")
    counters = [_name(c, "counters item") for c in params.get("counters") or []]
    policers = [_name(p, "policers item") for p in params.get("policers") or []]
    source = "given"
    if not counters and not policers:
        try:
            info = api.info()
        except JetError as exc:
            raise TaskError(exc.message, jet_status=exc.status) from None
        record = Record(params["state_dir"], str(info.get("target", "")), str(info.get("client_id", "")))
        specs = [s for s in (record.get(f"{f}/{name}") for f in FAMILIES) if s is not None]
        if specs:
            source = "record"
            counters = sorted({c for s in specs for c in s.counters()})
            policers = sorted({p for s in specs for p in s.policers})
        else:
            source = "show firewall"
            counters, policers = _listed(api, name)
    dev = Device(api)
    out_counters: dict[str, dict[str, int]] = {}
    out_policers: dict[str, dict[str, int]] = {}
    try:
        for counter in counters:
            reply = dev.counter(name, counter)
            out_counters[counter] = {"packets": int(reply.packets), "bytes": int(reply.bytes)}
        for policer in policers:
            reply = dev.counter(name, policer, policer=True)
            out_policers[policer] = {"packets": int(reply.packets), "bytes": int(reply.bytes)}
    except StepRefused as exc:
        raise TaskError(f"filter {name}: reading {exc.what} failed: {exc.message}") from None
    return {"changed": False, "filter": name, "counters": out_counters, "policers": out_policers, "names_from": source}


def _listed(api: JetApi, name: str) -> tuple[list[str], list[str]]:
    """Counter and policer names of a filter from ``show firewall filter NAME`` (JSON)."""
    from .common import parse_json

    command = f"show firewall filter {name}"
    try:
        data = parse_json(api.op_command(command, "json"), command)
    except JetError as exc:
        raise TaskError(f"filter {name}: {exc.message}", jet_status=exc.status) from None
    counters: list[str] = []
    policers: list[str] = []
    for info in data.get("firewall-information", []) if isinstance(data, dict) else []:
        for flt in info.get("filter-information", []):
            if flt.get("filter-name", [{}])[0].get("data") != name:
                continue
            for entry in flt.get("counter", []):
                counters.append(str(entry["counter-name"][0]["data"]))
            for entry in flt.get("policer", []):
                policers.append(str(entry["policer-name"][0]["data"]))
    return counters, policers


FIREWALL_COUNTER_INFO = ModuleSpec(name="firewall_counter_info", argument_spec=COUNTER_SPEC, run=run_counters)
