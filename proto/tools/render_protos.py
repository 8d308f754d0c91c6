#!/usr/bin/env python3
"""Bootstrap our ``.proto`` files from the facts table (one-off helper, kept for provenance).

The committed files under ``proto/v2`` and ``proto/v1`` are the source of truth: they were first
rendered by this script from ``proto/facts/jet-idl-24.4R1.json`` plus the hand-written comments
below, and may be edited by hand afterwards (the contract test, not this script, guards them).
Running it again overwrites the files, so use ``--out`` to render into a scratch directory and
diff when in doubt::

    python proto/tools/render_protos.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
FACTS = REPO_ROOT / "proto" / "facts" / "jet-idl-24.4R1.json"

HEADER = (
    "Written by the jetkit.junos project from the published JET wire contract (package, type, field\n"
    "names and numbers of Juniper's Junos 24.4R1 IDL); the text and comments are our own. Wire\n"
    "compatibility is enforced by tests/unit/proto/test_contract.py against proto/facts/."
)

FILE_NOTES: dict[str, str] = {
    "jnx_common_base_types.proto": (
        "Common building blocks shared by every v2 JET service: the generic status carried in each "
        "response, a time value, numeric ranges, and the two file-level options (japi_version, "
        "junos_release) that every v2 file uses to say which API version it describes and which Junos "
        "release introduced it."
    ),
    "jnx_common_addr_types.proto": (
        "Address types shared by the v2 services: IP and MAC addresses given either as text or as raw "
        "bytes, IP networks with a prefix length, address families, TCP flag bits and IP fragment "
        "matching flags."
    ),
    "jnx_authentication_service.proto": (
        "v2 authentication. A client calls Login once per channel before any other RPC; jsd ties the "
        "session to client_id (and, from 21.4, to an optional group_id)."
    ),
    "jnx_management_service.proto": (
        "v2 management: run operational commands (CLI, XML or JSON output), load and commit "
        "configuration, and read or write the ephemeral configuration database. There is no RPC to "
        "read the committed configuration: use OpCommandGet with 'show configuration' or an XML "
        "<get-configuration> request."
    ),
    "jnx_registration_service.proto": (
        "v2 registration: lets an on-box application register its own gRPC API with jsd, which then "
        "forwards matching calls from external clients to the application's target socket."
    ),
    "jnx_routing_base_types.proto": (
        "Routing types shared by the v2 RIB, routing base and BGP services: table names and ids, route "
        "distinguishers, MPLS label stacks, SR-TE and flowspec data, prefixes, communities and AS paths."
    ),
    "jnx_routing_rib_service.proto": (
        "v2 RIB: program static-like routes owned by this client into Junos routing tables, read them "
        "back and subscribe to route changes. RouteInitialize must come first on every session."
    ),
    "jnx_routing_flexible_tunnel_profile.proto": (
        "Flexible tunnel profiles (VXLAN encapsulation/decapsulation attributes) attached to RIB next "
        "hops. Only the profile types are here; the FlexibleTunnel service itself is not implemented."
    ),
    "jnx_routing_base_service.proto": (
        "v2 routing base service: how long the routes of a disconnected client survive (purge timer) "
        "and per-table route summaries."
    ),
    "jnx_interfaces_service.proto": (
        "v2 interfaces: create, update, delete and read interface, unit, family, address and ARP "
        "objects that the client owns, and ask whether a unit belongs to the client."
    ),
    "jnx_firewall_service.proto": (
        "v2 firewall: stateless filters (terms with matches and actions per family), their binding to "
        "interfaces, forwarding tables, VLANs and bridge domains, policers, counters, and the timer "
        "after which a disconnected client's filters are purged."
    ),
    "jnx_base_types.proto": "Legacy v1 common types (package jnxBase): status, key/value pair, time value.",
    "jnx_addr.proto": (
        "Legacy v1 address types (package jnxBase): IP/MAC addresses, numeric ranges and the protocol, "
        "port, ICMP and fragment enumerations used by the v1 filter API."
    ),
    "authentication_service.proto": (
        "Legacy v1 authentication (service authentication.Login). Note the field is user_name here, "
        "not username as in v2, and the reply is a plain boolean."
    ),
    "management_service.proto": (
        "Legacy v1 management (service management.ManagementRpcApi). Same features as v2 management, "
        "but beware: the enum orderings differ from v2 (ConfigLoadType REPLACE=0, ConfigCommitType "
        "SYNCHRONIZE=0, encoding XML=0), so numbers must never be copied between generations."
    ),
    "registration_service.proto": "Legacy v1 registration (service registration.Register).",
    "jnx_routing_bgp_service.proto": (
        "v2 BGP route service: program BGP-Static routes (with BGP attributes: local preference, MED, "
        "communities, AS path, labels) that BGP advertises, read them back and follow them. Initialize "
        "must come first on every session."
    ),
    "jnx_routing_interface_service.proto": (
        "v2 routing interface service: read the routing daemon's view of an interface (index, state, "
        "bandwidth, MTU, addresses) and subscribe to interface changes."
    ),
    "prpd_common.proto": (
        "Legacy v1 routing types (package routing) shared by the legacy RIB, routing base and BGP route "
        "services: tables, route distinguishers, label stacks, SR-TE and flowspec data, prefixes and the "
        "v1 protocol and status enumerations."
    ),
    "flexible_tunnel_profile.proto": (
        "Legacy v1 flexible tunnel profiles (VXLAN, GRE, address translation) attached to legacy RIB "
        "next hops. Only the profile types are here; the legacy FlexibleTunnel service is not implemented."
    ),
    "rib_service.proto": (
        "Legacy v1 RIB (service routing.Rib): add, change, remove and read routes owned by this client "
        "and watch route tables. Unlike v2 there is no RouteInitialize: the client id of the session "
        "owns the routes, and replies carry a single status enumeration."
    ),
    "prpd_service.proto": (
        "Legacy v1 routing base service (service routing.Base): purge time of a disconnected client's "
        "routes and per-table route summaries."
    ),
    "dcd_service.proto": (
        "Legacy v1 interface service (package interface, served by dcd): create and delete interface, "
        "logical unit, family and address objects owned by the client, query their attributes and owner, "
        "and set the client's timeout."
    ),
    "bgp_route_service.proto": (
        "Legacy v1 BGP route service (service routing.BgpRoute): program BGP-Static routes with BGP "
        "attributes, read them back and monitor them. BgpRouteInitialize must come first."
    ),
    "firewall_service.proto": (
        "Legacy v1 firewall (service acl.AclService): access lists with terms per family, their binding "
        "to interfaces, policers and counters. Junos 19.1R1/19.2R1 only (non-EVO); replaced by "
        "jnx.jet.firewall.Firewall from 19.3R1."
    ),
}

SERVICE_NOTES: dict[str, str] = {
    "jnx.jet.authentication.Authentication": "Session authentication for the whole channel.",
    "jnx.jet.management.Management": "Operational commands and configuration.",
    "jnx.jet.registration.Registration": "Registration of on-box gRPC APIs.",
    "jnx.jet.routing.rib.Rib": "Route programming; every routes list holds 1 to 1000 entries.",
    "jnx.jet.routing.base.Base": "Client-independent routing controls.",
    "jnx.jet.interfaces.Interfaces": "Interface configuration objects owned by the client.",
    "jnx.jet.firewall.Firewall": "Firewall filters, bindings, policers and counters.",
    "authentication.Login": "v1 login; call once per channel.",
    "management.ManagementRpcApi": "v1 operational commands and configuration.",
    "registration.Register": "v1 registration of on-box gRPC APIs.",
    "jnx.jet.routing.bgp.Bgp": "BGP-Static routes programmed by this client; 1 to 1000 routes per request.",
    "jnx.jet.routing.interfaces.Interfaces": "The routing daemon's view of interfaces.",
    "routing.Rib": "v1 route programming; every routes list holds 1 to 1000 entries.",
    "routing.Base": "v1 client-independent routing controls.",
    "routing.BgpRoute": "v1 BGP-Static route programming.",
    "interface.InterfacesService": "v1 interface objects owned by the client.",
    "interface.AttrQueryService": "v1 attribute queries on interface objects.",
    "interface.ObjectQueryService": "v1 ownership queries on interface objects.",
    "interface.TimeoutService": "v1 client timeout: how long dcd keeps a disconnected client's objects.",
    "interface.PublicIflService": "v1 query whether a logical interface is public (configured outside JET).",
    "acl.AclService": "v1 access lists, bindings, policers and counters.",
}

RPC_NOTES: dict[str, str] = {
    "Login": "Check credentials and open the session; status.code SUCCESS means logged in.",
    "OpCommandGet": "Run an operational command; the output comes back as a stream of chunks.",
    "ConfigSet": "Load configuration (text, XML, JSON or set commands) and commit it.",
    "EphemeralConfigGet": "Read paths from an ephemeral configuration instance.",
    "EphemeralConfigSet": "Apply operations to an ephemeral configuration instance.",
    "ApiRegister": "Register an on-box application's API definition with jsd.",
    "RouteInitialize": "Start (or resume) a RIB session; mandatory before the other RIB calls.",
    "RouteCleanup": "Remove every route this client has programmed.",
    "RouteAdd": "Add routes; fails at the first route that already exists.",
    "RouteModify": "Change routes; fails at the first route that does not exist.",
    "RouteUpdate": "Add or change routes (upsert).",
    "RouteDelete": "Remove routes by key.",
    "RouteGet": "Read routes; replies are streamed in batches.",
    "RouteSubscribe": "Follow route changes in a table; changes are streamed.",
    "RoutePurgeTimerAdd": "Set how long a disconnected client's routes are kept.",
    "RoutePurgeTimerDelete": "Return the purge timer to its default.",
    "RoutePurgeTimerGet": "Read the purge timer.",
    "RouteSummaryGet": "Per-table, per-protocol route counts.",
    "InterfaceAdd": "Create an interface object (interface, unit, family, address or ARP entry).",
    "InterfaceUpdate": "Change an object, creating it when absent.",
    "InterfaceDelete": "Delete an object and its children (never its parents).",
    "InterfaceGet": "Read an object back.",
    "InterfaceUnitPermissionsGet": "Tell whether a unit belongs to this client.",
    "FilterAdd": "Create a filter with its terms.",
    "FilterDelete": "Delete a filter.",
    "FilterModify": "Add, delete or replace terms of an existing filter.",
    "FilterBindAdd": "Attach a filter to an interface, table, VLAN or bridge domain.",
    "FilterBindDelete": "Detach a filter.",
    "PolicerAdd": "Create a policer.",
    "PolicerModify": "Change a policer.",
    "PolicerDelete": "Delete a policer.",
    "FilterCounterGet": "Read a filter counter (bytes and packets).",
    "PolicerCounterGet": "Read a policer counter.",
    "FilterCounterSet": "Set (typically clear) a filter counter.",
    "PolicerCounterSet": "Set (typically clear) a policer counter.",
    "FiltersPurgeTimerAdd": "Set how long a disconnected client's filters are kept.",
    "FiltersPurgeTimerDelete": "Return the filter purge timer to its default.",
    "FiltersPurgeTimerGet": "Read the filter purge timer.",
    "LoginCheck": "Check credentials and open the session; result true means logged in.",
    "ExecuteOpCommand": "Run an operational command; output is streamed.",
    "ExecuteCfgCommand": "Load configuration and commit it.",
    "GetEphemeralConfig": "Read paths from an ephemeral configuration instance.",
    "EditEphemeralConfig": "Apply operations to an ephemeral configuration instance.",
    "RegisterService": "Register an on-box application's API definition with jsd.",
    # v2 jnx.jet.routing.bgp.Bgp
    "Initialize": "Start (or resume) a BGP route session; mandatory before the other calls.",
    "Cleanup": "Remove every BGP route this client has programmed.",
    "RouteUnsubscribe": "Stop the route stream of RouteSubscribe.",
    "RouteRefresh": "Ask for the current routes again on the RouteSubscribe stream.",
    # v2 jnx.jet.routing.interfaces.Interfaces
    "InterfaceInitialize": "Start (or resume) an interface session; mandatory before the other calls.",
    "jnx.jet.routing.interfaces.Interfaces/InterfaceGet": "Read one interface by name or index.",
    "InterfaceSubscribe": "Follow interface changes; the current interfaces come first.",
    "InterfaceUnsubscribe": "Stop the stream of InterfaceSubscribe.",
    "InterfaceRefresh": "Ask for the current interfaces again on the InterfaceSubscribe stream.",
    # legacy routing.Rib
    "RouteRemove": "Remove routes by key.",
    "RouteRemoveMatching": "Remove every route of this client that matches a key (and tags).",
    "RouteMonitorRegister": "Follow route changes in a table; changes are streamed.",
    "RouteGetStats": "Traffic statistics of routes added with enable_stats.",
    # legacy routing.Base
    "RoutePurgeTimeConfig": "Set how long a disconnected client's routes are kept.",
    "RoutePurgeTimeUnconfig": "Return the purge time to its default.",
    "RoutePurgeTimeGet": "Read the purge time.",
    # legacy routing.BgpRoute
    "BgpRouteInitialize": "Start (or resume) a BGP route session; mandatory before the other calls.",
    "BgpRouteCleanup": "Remove every BGP route this client has programmed.",
    "BgpRouteAdd": "Add BGP routes; fails at the first route that already exists.",
    "BgpRouteModify": "Change BGP routes; fails at the first route that does not exist.",
    "BgpRouteUpdate": "Add or change BGP routes (upsert).",
    "BgpRouteRemove": "Remove BGP routes by key.",
    "BgpRouteGet": "Read BGP routes; replies are streamed in batches.",
    "BgpRouteMonitorRegister": "Follow BGP route changes; changes are streamed.",
    "BgpRouteMonitorUnregister": "Stop the stream of BgpRouteMonitorRegister.",
    "BgpRouteMonitorRefresh": "Ask for the current BGP routes again on the monitor stream.",
    # legacy interface.*
    "InterfaceCreate": "Create a physical interface object (with attributes).",
    "interface.InterfacesService/InterfaceDelete": "Delete an interface object created by this client.",
    "InterfaceLogicalCreate": "Create a logical unit.",
    "InterfaceLogicalDelete": "Delete a logical unit and what is under it.",
    "InterfaceFamilyCreate": "Create an address family on a logical unit.",
    "InterfaceFamilyDelete": "Delete an address family.",
    "InterfaceAddressCreate": "Add an address to a family.",
    "InterfaceAddressDelete": "Delete an address.",
    "InterfaceRTAddressCreate": "Add an ARP (route-table address) entry.",
    "InterfaceRTAddressDelete": "Delete an ARP entry.",
    "InterfacesQueryAttribute": "Read attributes of an interface object.",
    "isObjectOwner": "Tell who owns an interface object.",
    "setClientTimeout": "Set how long dcd keeps this client's objects after it goes away.",
    "isPublicIfl": "Tell whether a logical unit is public (configured outside JET).",
    # legacy acl.AclService
    "AccessListAdd": "Create an access list with its terms.",
    "AccessListDelete": "Delete an access list.",
    "AccessListChange": "Add, delete or replace terms of an access list.",
    "AccessListBindAdd": "Attach an access list to an object in one direction.",
    "AccessListBindDelete": "Detach an access list.",
    "AccessListPolicerAdd": "Create a policer.",
    "AccessListPolicerReplace": "Replace a policer's parameters.",
    "AccessListPolicerDelete": "Delete a policer.",
    "AccessListPileupStart": "Start batching changes (applied together at PileupEnd).",
    "AccessListPileupEnd": "Apply the batched changes.",
    "AccessListCounterGet": "Read a counter of an access list.",
    "AccessListPolicerCounterGet": "Read a policer counter of an access list.",
    "AccessListCounterClear": "Clear a counter.",
    "AccessListCounterBulkGet": "Read several counters; one reply per counter.",
    "AccessListPolicerCounterBulkGet": "Read several policer counters; one reply per counter.",
}

TYPE_NOTES: dict[str, str] = {
    "jnx.jet.common.RpcStatus": "Outcome of a call; message carries the device's own error text.",
    "jnx.jet.management.ConfigLoadType": "How ConfigSet merges the supplied text (v2 numbering: MERGE=0).",
    "jnx.jet.management.ConfigCommitType": "Plain commit, or commit synchronize on dual-RE systems.",
    "jnx.jet.management.OpCommandGetRequest": "Exactly one of cli_command / xml_command.",
    "management.ConfigLoadType": "v1 numbering: REPLACE=0, MERGE=1 (the reverse of v2).",
    "management.ConfigCommitType": "v1 numbering: SYNCHRONIZE=0, COMMIT=1 (the reverse of v2).",
    "management.JunosDataEncodingTypes": "v1 numbering: XML=0, JSON=1 (the reverse of v2).",
    "jnx.jet.routing.rib.RoutePreference": "Default route preferences; RIP and RIPng share 100.",
    "jnx.jet.routing.rib.RouteSubscribeRouteOp": "The DELETE spelling mistake is part of the wire contract.",
    "jnx.jet.interfaces.InterfaceUnit": "Wrapper so that unit 0 is distinguishable from 'not set'.",
    "jnx.jet.common.IpAddress": "An IPv4 or IPv6 address, as text ('192.0.2.1') or as network-order bytes.",
    "jnx.jet.common.IpNetwork": "An address plus prefix length, e.g. 192.0.2.0/24.",
    "jnx.jet.authentication.LoginRequest": (
        "Credentials of a Junos user. client_id names the session; a client that reconnects with the "
        "same id takes over its previous state. group_id is ignored by releases before 21.4."
    ),
    "jnx.jet.management.ConfigSetRequest": "Exactly one of the three configuration encodings.",
    "jnx.jet.management.EphemeralConfigSetRequest": (
        "instance_name selects a user-defined ephemeral instance; empty means the default one."
    ),
    "jnx.jet.management.EphemeralConfigSetRequest.ConfigOperation": (
        "One change; Junos only accepts '/' as path (the whole instance)."
    ),
    "jnx.jet.management.OpCommandGetResponse": (
        "One chunk of command output; concatenate data of all chunks in order."
    ),
    "jnx.jet.registration.ApiRegisterRequest": (
        "target is where jsd forwards calls, e.g. '[::]:50051' or 'unix:/tmp/app.sock'; id names the "
        "registration so that jsd restores it after a restart."
    ),
    "jnx.jet.routing.base.NetworkAddress": "A route destination or next hop of one address family.",
    "jnx.jet.routing.base.RouteTable": "A routing table by name ('inet.0') or by numeric id.",
    "jnx.jet.routing.rib.RouteInitializeRequest": (
        "Session defaults: the address format used in replies and per-protocol preferences."
    ),
    "jnx.jet.routing.rib.RouteMatch": "The key of a route: prefix, prefix length and table.",
    "jnx.jet.routing.rib.RouteEntry": "A route with its next hops and attributes.",
    "jnx.jet.routing.rib.RouteGateway": (
        "One next hop. The v1 API numbers fields 5 to 7 differently (flexible_tunnel_profile first)."
    ),
    "jnx.jet.routing.rib.RouteGetRequest": "What to read; route_count caps the routes per streamed reply.",
    "jnx.jet.interfaces.InterfaceAttributeList": (
        "Named attributes of an object; sending a key without a value resets that attribute."
    ),
    "jnx.jet.interfaces.InterfaceAddRequest": "The object to create; type says which oneof member is set.",
    "jnx.jet.firewall.Filter": "Identifies a filter (name and family) for binding.",
    "jnx.jet.firewall.FilterAddRequest": "A complete filter: name, family and its ordered terms.",
    "jnx.jet.firewall.FilterTerm": "One term of a filter; the member used must match the filter family.",
    "jnx.jet.firewall.FilterInetTerm": "An IPv4 term: match conditions plus actions.",
    "jnx.jet.firewall.FilterObjBindAddRequest": "Attach a filter to one object in one direction.",
    "jnx.jet.firewall.PolicerParameter": "Parameters for exactly one policer type.",
    "authentication.LoginRequest": "v1 credentials; note user_name (v2 says username).",
    "management.ExecuteCfgCommandRequest": (
        "Exactly one configuration encoding; request_id is echoed back in the response."
    ),
    "management.EditEphemeralConfigRequest": "Field number 2 is unused in v1 (not reserved, just skipped).",
}

RESERVED_NOTE = "Retired fields: their numbers and names are never reused."
INDENT = "  "


def _wrap(text: str, prefix: str) -> list[str]:
    return [
        f"{prefix}// {line}" for line in textwrap.wrap(text, width=96 - len(prefix), break_on_hyphens=False)
    ]


def _type_ref(full: str, package: str) -> str:
    if full.startswith(package + "."):
        return full[len(package) + 1 :]
    return full


def _field_type(fld: dict[str, Any], package: str) -> str:
    if fld["kind"] == "map":
        value = fld["map"]["value"]
        value = value if fld["map"]["value_kind"] == "scalar" else _type_ref(value, package)
        return f"map<{fld['map']['key']}, {value}>"
    if fld["kind"] == "scalar":
        return fld["type"]
    return _type_ref(fld["type"], package)


def _render_enum(enum: dict[str, Any], short: str, indent: str) -> list[str]:
    note = TYPE_NOTES.get(enum["name"])
    if note is None and indent and short == "StatusCode":
        note = "Detail code carried in this response's sub_code field."
    lines = _wrap(note, indent) if note else []
    lines.append(f"{indent}enum {short} {{")
    if enum["allow_alias"]:
        lines.append(f"{indent}{INDENT}option allow_alias = true;")
    lines += [f"{indent}{INDENT}{v['name']} = {v['number']};" for v in enum["values"]]
    lines.append(f"{indent}}}")
    return lines


def _render_message(
    msg: dict[str, Any],
    short: str,
    indent: str,
    package: str,
    children: dict[str, list[tuple[str, dict[str, Any]]]],
) -> list[str]:
    lines = _wrap(TYPE_NOTES[msg["name"]], indent) if msg["name"] in TYPE_NOTES else []
    lines.append(f"{indent}message {short} {{")
    body = indent + INDENT
    if msg["reserved_ranges"] or msg["reserved_names"]:
        lines += _wrap(RESERVED_NOTE, body)
        if msg["reserved_ranges"]:
            parts = [str(a) if a == b else f"{a} to {b}" for a, b in msg["reserved_ranges"]]
            lines.append(f"{body}reserved {', '.join(parts)};")
        if msg["reserved_names"]:
            lines.append(f"{body}reserved {', '.join(json.dumps(n) for n in msg['reserved_names'])};")
    done_oneofs: set[str] = set()
    for fld in msg["fields"]:
        if fld["oneof"]:
            if fld["oneof"] in done_oneofs:
                continue
            done_oneofs.add(fld["oneof"])
            lines.append(f"{body}oneof {fld['oneof']} {{")
            for member in msg["fields"]:
                if member["oneof"] == fld["oneof"]:
                    lines.append(
                        f"{body}{INDENT}{_field_type(member, package)} {member['name']} = {member['number']};"
                    )
            lines.append(f"{body}}}")
            continue
        label = "repeated " if fld["label"] == "repeated" and fld["kind"] != "map" else ""
        lines.append(f"{body}{label}{_field_type(fld, package)} {fld['name']} = {fld['number']};")
    for kind, child in children.get(msg["name"], []):
        lines.append("")
        child_short = child["name"].rsplit(".", 1)[1]
        if kind == "enum":
            lines += _render_enum(child, child_short, body)
        else:
            lines += _render_message(child, child_short, body, package, children)
    lines.append(f"{indent}}}")
    return lines


def render_file(name: str, facts: dict[str, Any]) -> str:
    package = facts["package"]
    header = HEADER.replace("\n", " ").replace("24.4R1", facts.get("release", "24.4R1"))
    out = _wrap(FILE_NOTES[name], "") + ["//"] + _wrap(header, "")
    out += ["", 'syntax = "proto3";', "", f"package {package};", ""]
    out += [f'import "{dep}";' for dep in facts["imports"]]
    if facts["imports"]:
        out.append("")
    if facts.get("extensions"):
        out += _wrap(
            "File-level options used by every v2 file: the version of the API described by the file "
            "and the Junos release that first shipped it.",
            "",
        )
        out.append("extend google.protobuf.FileOptions {")
        for ext in facts["extensions"]:
            short = ext["name"].rsplit(".", 1)[1]
            out.append(f"{INDENT}{ext['type']} {short} = {ext['number']};")
        out += ["}", ""]
    for option, value in facts["options"].items():
        out.append(f"option ({option}) = {json.dumps(value)};")
    if facts["options"]:
        out.append("")
    for service in facts["services"]:
        short = service["name"].rsplit(".", 1)[1]
        out += _wrap(SERVICE_NOTES[service["name"]], "")
        out.append(f"service {short} {{")
        for method in service["methods"]:
            note = RPC_NOTES.get(f"{service['name']}/{method['name']}") or RPC_NOTES[method["name"]]
            out += _wrap(note, INDENT)
            req = ("stream " if method["client_streaming"] else "") + _type_ref(method["input"], package)
            resp = ("stream " if method["server_streaming"] else "") + _type_ref(method["output"], package)
            out.append(f"{INDENT}rpc {method['name']} ({req}) returns ({resp});")
        out += ["}", ""]
    # Group nested types under their parent message; keep top-level declarations in reference order.
    message_names = {m["name"] for m in facts["messages"]}
    children: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    top: list[tuple[str, dict[str, Any]]] = []
    items = [("enum", e) for e in facts["enums"]] + [("message", m) for m in facts["messages"]]
    for kind, item in items:
        parent = item["name"].rsplit(".", 1)[0]
        if parent in message_names:
            children.setdefault(parent, []).append((kind, item))
        else:
            top.append((kind, item))
    for kind, item in top:
        short = item["name"][len(package) + 1 :]
        if kind == "enum":
            out += _render_enum(item, short, "")
        else:
            out += _render_message(item, short, "", package, children)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render proto/v2 and proto/v1 from the facts table.")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "proto", help="root holding v2/ and v1/")
    parser.add_argument("files", nargs="*", help="only these .proto file names (default: all)")
    args = parser.parse_args(argv)
    facts = json.loads(FACTS.read_text(encoding="utf-8"))
    known = {
        item["name"] for entry in facts["files"].values() for item in [*entry["enums"], *entry["messages"]]
    }
    unknown = sorted(set(TYPE_NOTES) - known)
    if unknown:
        parser.error(f"TYPE_NOTES names types that do not exist: {', '.join(unknown)}")
    for name, file_facts in facts["files"].items():
        if args.files and name not in args.files:
            continue
        target = args.out / file_facts["api"] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_file(name, file_facts), encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
