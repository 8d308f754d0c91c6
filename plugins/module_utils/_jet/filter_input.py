# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The firewall filter a jetkit.junos.firewall_filter task declares, checked and made canonical (PRIVATE).

Validation only: nothing here talks to the device. Terms, policers and bind points are checked in
full before anything is sent, errors name the item (``terms[1] (web).from.destination_port[0]``),
and the canonical form (:class:`FilterSpec`) is what is compared, recorded and shown in diffs.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
from dataclasses import dataclass
from typing import Any

from .common import TaskError

FAMILIES = {"inet": "FAMILY_INET", "inet6": "FAMILY_INET6"}

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


def check_name(value: Any, what: str) -> str:
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


def as_list(value: Any) -> list[Any]:
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
    for index, item in enumerate(as_list(raw)):
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
            out["routing_instance"] = check_name(raw[key], f"{where}.routing_instance")
    if raw.get("count") is not None:
        out["count"] = check_name(raw["count"], f"{where}.count")
    if raw.get("policer") is not None:
        name = check_name(raw["policer"], f"{where}.policer")
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
        name = check_name(term.get("name"), f"{where}.name")
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
    for index, item in enumerate(as_list(items)):
        where = f"policers[{index}]"
        if not isinstance(item, dict):
            raise TaskError(f"{where} must be a dictionary with name, bandwidth and burst_size")
        unknown = sorted(set(item) - {"name", "bandwidth", "burst_size", "discard"})
        if unknown:
            raise TaskError(f"{where}: unknown key(s) {', '.join(unknown)} (name, bandwidth, burst_size, discard)")
        name = check_name(item.get("name"), f"{where}.name")
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
    for index, item in enumerate(as_list(items)):
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
