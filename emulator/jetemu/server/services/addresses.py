"""Addresses, prefixes and table names in the wire messages of the routing services, v2 and legacy.

The v2 (``jnx.jet.common`` / ``jnx.jet.routing.base``) and legacy (``jnxBase`` / ``routing``)
messages have the same members under different oneof names (``addr_format``/``AddrFormat``,
``af``/``Af``, ``route_table_format``/``RtTableFormat``, table ``name``/``rtt_name``), so these
readers look members up by name and serve both generations. Builders take the message classes of
the caller's generation. No service here.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from ...routing.rib import GatewaySpec, RouteSpec
from ..limits import enum_name


def _which(message: Any) -> str | None:
    """The member set in the message's only oneof (None when unset)."""
    oneofs = message.DESCRIPTOR.oneofs
    return message.WhichOneof(oneofs[0].name) if oneofs else None


def address_text(ip: Any) -> str:
    """An IpAddress (string or bytes form) as text; "" when empty, "!..." when undecodable."""
    which = _which(ip)
    if which == "addr_bytes":
        try:
            return str(ipaddress.ip_address(bytes(ip.addr_bytes)))
        except ValueError:
            return f"!{len(ip.addr_bytes)} bytes"
    if which == "addr_string":
        return str(ip.addr_string).strip()
    return ""


def network_address(address: Any) -> tuple[str, str]:
    """A NetworkAddress or RoutePrefix: (address text, family member name) or ("", "") when unset.

    Only ``inet``/``inet6`` carry an IpAddress; ``mpls`` gives its label, other members (VPN,
    flowspec, SR-TE prefixes) are named but give no address.
    """
    which = _which(address)
    if which in ("inet", "inet6"):
        return address_text(getattr(address, which)), which
    if which == "mpls":
        return str(address.mpls.label), "mpls"
    return "", which or ""


def table_name(table: Any) -> str:
    """A RouteTable's name ("" when unset; table ids are not resolved: jetemu serves names)."""
    which = _which(table)
    if which in ("name", "rtt_name"):
        return str(getattr(table, which).name)
    if which in ("id", "rtt_id"):
        return f"(table id {getattr(table, which).id}; use table names)"
    return ""


TABLE_IDS = {"inet.0": 0, "inet6.0": 1}


def ip_message(cls: Any, text: str, as_bytes: bool) -> Any:
    """``cls`` (an IpAddress class of either generation) holding ``text``."""
    if as_bytes:
        return cls(addr_bytes=ipaddress.ip_address(text).packed)
    return cls(addr_string=text)


def pairs(mapping: Any) -> tuple[tuple[int, int], ...]:
    """A map<uint32, {value}> of route attributes as sorted (key, value) pairs."""
    return tuple(sorted((int(key), int(value.value)) for key, value in mapping.items()))


def route_spec(entry: Any, protocol_type: Any, **extra: Any) -> RouteSpec:
    """A v2 or legacy ``RouteEntry`` as the RIB's :class:`RouteSpec`.

    ``protocol_type`` is the generation's ``RouteProtoType`` enum; ``extra`` carries the members
    only one generation has (the legacy ``metrics`` and ``no_advertise``).
    """
    address, family = network_address(entry.key.dest_prefix)
    gateways = []
    for gw in entry.nexthop.gateways:
        gw_address, gw_family = network_address(gw.gateway_address)
        gateways.append(GatewaySpec(gw_address, gw_family, gw.interface_name, gw.weight, gw.bandwidth))
    protocol = enum_name(protocol_type, entry.protocol)
    if protocol.startswith("value "):
        protocol = f"protocol {protocol}"
    return RouteSpec(
        table=table_name(entry.key.table),
        prefix_address=address,
        prefix_family=family,
        prefix_length=entry.key.dest_prefix_len,
        gateways=tuple(gateways),
        protocol=protocol,
        preferences=pairs(entry.attributes.preferences),
        tags=pairs(entry.attributes.tags),
        colors=pairs(entry.attributes.colors),
        enable_stats=entry.enable_stats,
        cookie=entry.key.cookie,
        **extra,
    )
