# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The routes a jetkit.junos.route task declares, checked and made canonical (PRIVATE).

Validation only: nothing here talks to the device. Every route is checked in one pass over the
input (no copies) and errors name the route (``routes[3] (10.0.0.0/8): ...``), so nothing is sent
when any route is bad. Plain canonical IPv4 prefixes are checked without the ``ipaddress`` module
(10,000 routes in one task); anything else takes the ``ipaddress`` path, which also words errors.
"""

from __future__ import annotations

import ipaddress
import json
import re
import socket
from typing import Any, NamedTuple

from .common import TaskContext, TaskError

MAX_BATCH = 1000
TABLES = {"inet.0": 4, "inet6.0": 6}
PROTOCOLS = {"static": "PROTO_STATIC", "bgp-static": "PROTO_BGP_STATIC"}
DEFAULT_PREFERENCE = {"static": 5, "bgp-static": 170}
ROUTE_KEYS = frozenset({"prefix", "next_hops", "table", "preference", "preference2", "tags", "colors", "protocol"})


class RouteDef(NamedTuple):
    table: str
    prefix: str
    next_hops: tuple[str, ...]  # sorted: IP addresses and logical interface names
    protocol: str  # static | bgp-static
    preference: int
    tags: tuple[int, ...] = ()
    colors: tuple[int, ...] = ()
    preference2: int | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.prefix)

    def to_result(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "prefix": self.prefix,
            "table": self.table,
            "next_hops": list(self.next_hops),
            "protocol": self.protocol,
            "preference": self.preference,
        }
        if self.preference2 is not None:
            out["preference2"] = self.preference2
        if self.tags:
            out["tags"] = list(self.tags)
        if self.colors:
            out["colors"] = list(self.colors)
        return out

    def line(self) -> str:
        hops = ", ".join(self.next_hops)
        extra = f" tags {list(self.tags)}" if self.tags else ""
        return f"{self.table} {self.prefix} [{self.protocol}/{self.preference}] -> {hops}{extra}"


def _uint(value: Any, what: str, top: int = 4294967295) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value), 10)
        except ValueError:
            raise TaskError(f"{what} must be an integer, got {value!r}") from None
    if not 0 <= value <= top:
        raise TaskError(f"{what} {value} is out of range (0..{top})")
    return int(value)


def _plain(value: Any) -> str:
    """``value`` as an exact ``str``: Ansible's tagged strings (task arguments) parse much slower."""
    if value.__class__ is str:  # exactly str, not a subclass such as a tagged string
        return value
    return str.__str__(value) if isinstance(value, str) else str(value)


def normalise_next_hop(hop: Any, version: int, where: str) -> str:
    if isinstance(hop, dict):
        hop = hop.get("address") or hop.get("interface")
    if not isinstance(hop, str) or not hop.strip():
        raise TaskError(f"{where}: a next hop must be an IP address or an interface name, got {hop!r}")
    text = _plain(hop).strip()
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        if not all(c.isalnum() or c in "-/._:" for c in text) or not text[0].isalpha():
            raise TaskError(f"{where}: next hop {text!r} is neither an IP address nor an interface name") from None
        return text if "." in text else f"{text}.0"
    if address.version != version:
        raise TaskError(f"{where}: next hop {text} is IPv{address.version} but the route is IPv{version}")
    if address.is_unspecified or address.is_multicast:
        raise TaskError(f"{where}: next hop {text} cannot be a gateway")
    return str(address)


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_CANONICAL_V4 = re.compile(rf"({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})/(3[0-2]|[12]?[0-9])")


def _canonical_v4(text: str) -> bool:
    """True when ``text`` is an IPv4 prefix exactly as ``ipaddress`` would print it, no host bits.

    The fast path of :func:`normalise_routes`; anything else (IPv6, leading zeros, spaces, host
    bits, errors) goes through ``ipaddress``, which also words the error messages.
    """
    match = _CANONICAL_V4.fullmatch(text)
    if match is None:
        return False
    value = int.from_bytes(socket.inet_aton(match[1]), "big")
    return not value & ((1 << (32 - int(match[2]))) - 1)


def _parse_prefix(raw: Any, where: str) -> tuple[str, int]:
    """(canonical prefix, IP version) of a route's ``prefix``; TaskError naming the route if bad."""
    text = None if raw is None else _plain(raw).strip()
    if not text:
        raise TaskError(f"{where}: prefix is required")
    if _canonical_v4(text):
        return text, 4
    try:
        network = ipaddress.ip_network(text, strict=True)
    except ValueError as exc:
        raise TaskError(f"{where}: prefix {text!r} is not valid: {exc}") from None
    if "/" not in text:
        raise TaskError(f"{where}: prefix {text!r} needs a length (e.g. {network})")
    return str(network), network.version


def _uints(value: Any, what: str) -> tuple[int, ...]:
    if not value:
        return ()
    if not isinstance(value, list):
        value = [value]
    return tuple(_uint(v, what) for v in value)


def normalise_routes(items: Any, state: str, default_protocol: str) -> list[RouteDef]:
    """Check every route and put it in canonical form, in one pass over the input (no copies)."""
    if items is None:
        items = []
    if not isinstance(items, list):
        raise TaskError("routes must be a list of routes ({prefix, next_hops, table, preference})")
    out: list[RouteDef] = []
    seen: dict[tuple[str, str], int] = {}
    hop_cache: dict[tuple[Any, int], str] = {}
    hops_cache: dict[tuple[str, ...], tuple[str, ...]] = {}
    absent = state == "absent"
    for index, item in enumerate(items):
        if isinstance(item, str):
            item = {"prefix": item}
        if not isinstance(item, dict):
            raise TaskError(f"routes[{index}] must be a dictionary with at least a prefix, got {item!r}")
        if not item.keys() <= ROUTE_KEYS:
            raise TaskError(f"routes[{index}]: unknown key(s) {', '.join(sorted(set(item) - ROUTE_KEYS))}")
        get = item.get
        prefix, version = _parse_prefix(get("prefix"), f"routes[{index}]")
        table = get("table")
        if not table:
            table = "inet6.0" if version == 6 else "inet.0"
        elif not isinstance(table, str) or TABLES.get(table) != version:
            where = f"routes[{index}] ({prefix})"
            if table not in TABLES:
                raise TaskError(f"{where}: table {table!r} is not one the RIB API programs ({', '.join(TABLES)})")
            raise TaskError(f"{where}: an IPv{version} prefix cannot go into table {table}")
        else:
            table = str(table)
        protocol = get("protocol") or default_protocol
        if not isinstance(protocol, str) or protocol not in PROTOCOLS:
            raise TaskError(f"routes[{index}] ({prefix}): protocol {protocol!r} must be one of {', '.join(PROTOCOLS)}")
        protocol = str(protocol)
        hops_raw = get("next_hops")
        if isinstance(hops_raw, (str, dict)):
            hops_raw = [hops_raw]
        elif hops_raw is None:
            hops_raw = []
        elif not isinstance(hops_raw, list):
            raise TaskError(f"routes[{index}] ({prefix}): next_hops must be a list")
        found = []
        for hop in hops_raw:
            cache_key = (hop, version) if isinstance(hop, str) else None
            value = hop_cache.get(cache_key) if cache_key is not None else None
            if value is None:
                value = normalise_next_hop(hop, version, f"routes[{index}] ({prefix})")
                if cache_key is not None:
                    hop_cache[cache_key] = value
            found.append(value)
        hops = tuple(found)
        if len(hops) > 1:
            hops = tuple(sorted(set(hops)))
        hops = hops_cache.setdefault(hops, hops)  # one tuple per distinct set of next hops
        if not hops and not absent:
            raise TaskError(
                f"routes[{index}] ({prefix}): next_hops is required (one or more gateway addresses or interfaces)"
            )
        if len(hops) > 64:
            raise TaskError(f"routes[{index}] ({prefix}): {len(hops)} next hops, at most 64")
        preference = get("preference")
        preference = (
            DEFAULT_PREFERENCE[protocol]
            if preference is None
            else _uint(preference, f"routes[{index}] ({prefix}): preference")
        )
        pref2 = get("preference2")
        if pref2 is not None:
            pref2 = _uint(pref2, f"routes[{index}] ({prefix}): preference2")
        route = RouteDef(
            table,
            prefix,
            hops,
            protocol,
            preference,
            _uints(get("tags"), f"routes[{index}] ({prefix}): tag"),
            _uints(get("colors"), f"routes[{index}] ({prefix}): color"),
            pref2,
        )
        key = (table, prefix)
        if key in seen:
            raise TaskError(f"routes[{index}] ({prefix}): listed twice (also routes[{seen[key]}])")
        seen[key] = index
        out.append(route)
    return out


# -- protobuf <-> RouteDef ---------------------------------------------------------------------------


def routes_from_file(ctx: TaskContext, path: str) -> Any:
    """Routes kept in a YAML or JSON file: a list of routes, or a mapping with ``routes``."""
    import yaml

    text = ctx.read_source(path)
    try:
        data = json.loads(text)  # much faster than the YAML parser for big files
    except ValueError:
        data = None
    try:
        if data is None:
            data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TaskError(f"src file {path} is not YAML or JSON: {exc}") from None
    if isinstance(data, dict) and "routes" in data:
        data = data["routes"]
    if not isinstance(data, list):
        raise TaskError(f"src file {path} must hold a list of routes (or a mapping with a 'routes' list)")
    return data
