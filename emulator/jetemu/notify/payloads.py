"""JET event topics and payloads (``{"jet-event": {...}}``), built from what happened on a device.

Kernel events (interfaces, routes, route tables, firewall filters) have severity ``info`` and
facility ``KERNEL`` and carry the attributes Juniper's notification documentation lists for their
topic (IFD: name, snmp-id, flags; IFL: + subunit; IFF: name, subunit, family, table-name, flags;
IFA: name, subunit, family, local-address, destination-address, broadcast-address, flags; route:
table-name, logical-router-name, address-family, route-type, route-prefix, nexthop-address, flags;
firewall: name, version, client-id, filter-type, protocol, interface-name, flags). Syslog events keep
their own severity and facility and carry ``process-name`` and ``message`` (``TAG: text``) like the
events of a Junos device; the text is also ``attributes.message``, where Junos event policies and
Juniper's sample applications read it. Messages of the broker itself (a client connecting or going
away) are syslog events with event id ``SYSTEM`` and only ``attributes.message``, in Mosquitto's
words, as Juniper's notification sample shows them. jetemu adds ``sequence-number`` (per device,
from 1) so that two otherwise identical events (a link flapping twice in one second) stay
distinguishable.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

KERNEL_TOPIC = "/junos/events/kernel"
SYSLOG_TOPIC = "/junos/events/syslog"
GENPUB_TOPIC = "/junos/events/genpub"
CONFIG_UPDATE_TOPIC = f"{GENPUB_TOPIC}/config-update"

# Interface flags in kernel events (the emulator's convention; Junos does not document its values).
FLAG_ADMIN_UP = 0x1
FLAG_LINK_UP = 0x2
# The routing table of an interface family (IFF events' table-name).
FAMILY_TABLES = {"inet": "inet.0", "inet6": "inet6.0", "mpls": "mpls.0", "iso": "iso.0"}


@dataclass(frozen=True)
class Event:
    topic: str
    body: dict[str, Any]  # the "jet-event" object
    top: dict[str, Any] | None = None  # extra top-level keys (config-update's "commit-patch")

    def payload(self) -> dict[str, Any]:
        return {"jet-event": self.body, **(self.top or {})}

    def encode(self) -> bytes:
        return json.dumps(self.payload(), separators=(",", ":")).encode("utf-8")

    @property
    def event_id(self) -> str:
        return str(self.body.get("event-id", ""))


def event_time(when: float | None = None) -> str:
    """Junos event time: ``2017-10-29-20:14:05`` (UTC)."""
    return time.strftime("%Y-%m-%d-%H:%M:%S", time.gmtime(time.time() if when is None else when))


def jet_event(
    event_id: str,
    hostname: str,
    attributes: dict[str, Any],
    *,
    severity: str = "info",
    facility: str = "KERNEL",
    when: float | None = None,
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "event-id": event_id,
        "hostname": hostname,
        "time": event_time(when),
        "severity": severity,
        "facility": facility,
    }
    body.update({key: value for key, value in extra.items() if value is not None})
    body["attributes"] = attributes
    return body


def _interface_flags(attributes: dict[str, Any]) -> int:
    flags = 0
    if attributes.get("admin-status", "up") == "up":
        flags |= FLAG_ADMIN_UP
    if attributes.get("oper-status") == "up":
        flags |= FLAG_LINK_UP
    return flags


def kernel_event(change: Any, hostname: str, when: float | None = None) -> Event | None:
    """The kernel event of one :class:`jetemu.device.Change` (None for ``system`` changes)."""
    kind, op, name = change.kind, change.op, change.name
    attrs = dict(change.attributes)
    if kind in ("ifd", "ifl", "iff", "ifa"):
        if kind in ("ifd", "ifl"):
            attrs["flags"] = _interface_flags(attrs)
        else:
            attrs.setdefault("flags", 0)
        if kind == "iff":
            attrs.setdefault("table-name", FAMILY_TABLES.get(str(attrs.get("family")), ""))
        if kind == "ifa":
            attrs.setdefault("destination-address", "")
            attrs.setdefault("broadcast-address", "")
        event_id = f"KERNEL_EVENT_{kind.upper()}_{op.upper()}"
        topic = f"{KERNEL_TOPIC}/interfaces/{kind}/{op}/{name}"
    elif kind == "route":
        family = attrs.get("address-family", "inet")
        address, _, length = name.partition("/")
        attrs.setdefault("logical-router-name", "default")
        attrs.setdefault("route-type", attrs.get("protocol", ""))
        # next hops read "to 192.0.2.1 via ge-0/0/0.0": the addresses only
        hops = [str(hop) for hop in attrs.get("next-hops", [])]
        attrs["nexthop-address"] = [hop.split()[1] for hop in hops if hop.startswith("to ")]
        attrs.setdefault("flags", 0)
        event_id = f"KERNEL_EVENT_ROUTE_{op.upper()}"
        topic = f"{KERNEL_TOPIC}/route/{op}/{family}/{address}/{length}"
    elif kind == "firewall":  # a filter a JET client added, changed, bound or deleted
        return firewall_event(op, name, hostname, attrs, when)
    else:
        return None
    return Event(topic, jet_event(event_id, hostname, attrs, when=when))


def route_table_event(op: str, table: str, hostname: str, when: float | None = None) -> Event:
    family = "inet6" if table.startswith("inet6") else "inet"
    attrs = {"name": table, "logical-router-name": "default", "address-family": family, "flags": 0}
    return Event(
        f"{KERNEL_TOPIC}/route-table/{op}/{table}/default",
        jet_event(f"KERNEL_EVENT_ROUTE_TABLE_{op.upper()}", hostname, attrs, when=when),
    )


def firewall_event(op: str, name: str, hostname: str, attributes: dict[str, Any], when: float | None = None) -> Event:
    attrs = {"name": name, "version": 0, "client-id": "", "filter-type": "", "protocol": "", "flags": 0}
    attrs.update(attributes)
    return Event(
        f"{KERNEL_TOPIC}/firewall/filter/{op}/{name}",
        jet_event(f"KERNEL_EVENT_FIREWALL_FILTER_{op.upper()}", hostname, attrs, when=when),
    )


def syslog_event(
    event_id: str,
    hostname: str,
    message: str,
    attributes: dict[str, Any],
    *,
    severity: str = "info",
    facility: str = "daemon",
    process_name: str = "jetemu",
    process_id: int | None = None,
    when: float | None = None,
) -> Event:
    attributes = {**attributes, "message": message}
    text = message if event_id == "SYSTEM" else f"{event_id}: {message}"
    return Event(
        f"{SYSLOG_TOPIC}/{event_id}",
        jet_event(
            event_id,
            hostname,
            attributes,
            severity=severity,
            facility=facility,
            when=when,
            **{"process-id": process_id, "process-name": process_name, "message": text},
        ),
    )


def broker_message(text: str, hostname: str, when: float | None = None) -> Event:
    """A message of the device's MQTT broker (a client connecting, going away) as a ``SYSTEM`` event."""
    return syslog_event("SYSTEM", hostname, text, {}, severity="notice", process_name="mosquitto", when=when)


def link_trap(ifd: dict[str, Any], up: bool, hostname: str, when: float | None = None) -> Event:
    """``SNMP_TRAP_LINK_UP`` / ``SNMP_TRAP_LINK_DOWN`` (mib2d) for a physical interface."""
    name = ifd["name"]
    admin = ifd.get("admin-status", "up")
    oper = "up" if up else "down"
    codes = {"up": 1, "down": 2}
    event_id = "SNMP_TRAP_LINK_UP" if up else "SNMP_TRAP_LINK_DOWN"
    message = (
        f"ifIndex {ifd.get('snmp-id', 0)}, ifAdminStatus {admin}({codes[admin]}), "
        f"ifOperStatus {oper}({codes[oper]}), ifName {name}"
    )
    attrs = {
        "snmp-interface-index": ifd.get("snmp-id", 0),
        "admin-status": admin,
        "operational-status": oper,
        "interface-name": name,
    }
    return syslog_event(
        event_id,
        hostname,
        message,
        attrs,
        severity="info" if up else "warning",
        facility="daemon",
        process_name="mib2d",
        when=when,
    )


def commit_completed(info: Any, hostname: str, when: float | None = None) -> Event:
    user = getattr(info, "user", "") or "root"
    attrs: dict[str, Any] = {
        "username": user,
        "client-id": getattr(info, "client_id", ""),
        "sequence": getattr(info, "sequence", None),
        "comment": getattr(info, "comment", None) or "",
        "method": getattr(info, "method", ""),
        "kind": getattr(info, "kind", "commit"),
    }
    minutes = getattr(info, "confirmed_minutes", None)
    if minutes:
        attrs["confirmed-minutes"] = minutes
    return syslog_event(
        "UI_COMMIT_COMPLETED",
        hostname,
        "commit complete",
        attrs,
        severity="notice",
        facility="interact",
        process_name="mgd",
        when=when,
    )


def commit_confirmed_rollback(info: Any, hostname: str, when: float | None = None) -> Event:
    """The automatic rollback of a ``commit confirmed`` that was not confirmed in time."""
    attrs = {
        "username": getattr(info, "user", "root") or "root",
        "sequence": getattr(info, "sequence", None),
        "comment": getattr(info, "comment", None) or "",
    }
    return syslog_event(
        "UI_COMMIT_CONFIRMED_TIMED",
        hostname,
        "'commit confirmed' timeout, rolling back to the previous configuration",
        attrs,
        severity="warning",
        facility="interact",
        process_name="mgd",
        when=when,
    )


def login_information(user: str, address: str, client_id: str, hostname: str, when: float | None = None) -> Event:
    host = address
    if host.startswith(("ipv4:", "ipv6:")):
        host = host.split(":", 1)[1]
        if host.startswith("[") and "]" in host:
            host = host[1 : host.index("]")]
        elif host.count(":") == 1:
            host = host.rsplit(":", 1)[0]
    attrs = {"username": user, "hostname": host, "tty-name": "jet", "client-id": client_id}
    return syslog_event(
        "LOGIN_INFORMATION",
        hostname,
        f"User {user} logged in from host {host} on device jet",
        attrs,
        facility="auth",
        process_name="jsd",
        when=when,
    )


def config_update(info: Any, patch: str, hostname: str, when: float | None = None) -> Event:
    """``/junos/events/genpub/config-update``: the commit patch (``show | compare`` text)."""
    attrs = {
        "commit-patch": patch,
        "patch-format": "text",
        "username": getattr(info, "user", "") or "root",
        "client-id": getattr(info, "client_id", ""),
        "sequence": getattr(info, "sequence", None),
        "kind": getattr(info, "kind", "commit"),
        "comment": getattr(info, "comment", None) or "",
    }
    body = jet_event("CONFIG_UPDATE", hostname, attrs, severity="notice", facility="interact", when=when)
    # On-box JET apps read payload["commit-patch"]; the same text is in the jet-event attributes.
    return Event(CONFIG_UPDATE_TOPIC, body, {"commit-patch": patch})
