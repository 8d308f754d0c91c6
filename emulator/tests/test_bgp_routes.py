"""v2 ``jnx.jet.routing.bgp.Bgp`` and legacy ``routing.BgpRoute`` through real gRPC: one BGP-Static table."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import paho.mqtt.client as mqtt
import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator
from ribtest import wait_until

from jetemu.proto import bgp_route_service_pb2 as v1_bgp
from jetemu.proto import bgp_route_service_pb2_grpc as v1_bgp_grpc
from jetemu.proto import jnx_addr_pb2 as v1_addr
from jetemu.proto import jnx_common_addr_types_pb2 as addr_pb2
from jetemu.proto import jnx_common_base_types_pb2 as common_pb2
from jetemu.proto import jnx_management_service_pb2 as mgmt_pb2
from jetemu.proto import jnx_routing_base_types_pb2 as base_pb2
from jetemu.proto import jnx_routing_bgp_service_pb2 as bgp_pb2
from jetemu.proto import jnx_routing_bgp_service_pb2_grpc as bgp_grpc
from jetemu.proto import prpd_common_pb2 as v1_common

GW = "172.16.0.254"  # inside fxp0.0 (172.16.0.1/16) of device 1


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    proc = start_emulator(tmp_path_factory.mktemp("bgp"), "--port", "0", "--user", f"{USER}:{PASSWORD}")
    yield proc
    proc.stop()


_ids = iter(range(10_000))


class BgpClient:
    def __init__(self, target: str, client_id: str | None = None) -> None:
        self.client_id = client_id or f"bgp-{next(_ids)}"
        self.jet: JetClient = connect(target)
        assert self.jet.login(client_id=self.client_id).status.code == 0
        self.v2 = bgp_grpc.BgpStub(self.jet.channel)
        self.legacy = v1_bgp_grpc.BgpRouteStub(self.jet.channel)

    def config(self, text: str) -> None:
        reply = self.jet.mgmt.ConfigSet(
            mgmt_pb2.ConfigSetRequest(text_config=text, load_type=mgmt_pb2.CONFIG_LOAD_SET), timeout=30
        )
        assert reply.status.code == 0, reply.status.message

    def routes(self) -> dict[str, Any]:
        status, text = self.jet.op(cli="show route table inet.0", fmt=mgmt_pb2.OP_COMMAND_OUTPUT_JSON)
        assert status.code == 0
        out = {}
        for table in json.loads(text)["route-information"][0]["route-table"]:
            for rt in table.get("rt", []):
                entry = rt["rt-entry"][0]
                out[rt["rt-destination"][0]["data"]] = (
                    entry["protocol-name"][0]["data"],
                    int(entry["preference"][0]["data"]),
                )
        return out

    def close(self) -> None:
        self.jet.close()


@pytest.fixture(scope="module")
def bgp_ready(emu: EmulatorProcess) -> None:
    admin = BgpClient(emu.target())
    admin.config("set routing-options autonomous-system 65000\nset protocols bgp group ibgp type internal")
    admin.close()


def legacy_entry(prefix: str, nexthop: str = GW, **fields: Any) -> Any:
    address, _, length = prefix.partition("/")
    return v1_bgp.BgpRouteEntry(
        dest_prefix=v1_common.RoutePrefix(inet=v1_addr.IpAddress(addr_string=address)),
        dest_prefix_len=int(length),
        table=v1_common.RouteTable(rtt_name=v1_common.RouteTableName(name="inet.0")),
        protocol_nexthops=[v1_addr.IpAddress(addr_string=nexthop)],
        **fields,
    )


def v2_match(prefix: str, **fields: Any) -> Any:
    address, _, length = prefix.partition("/")
    return bgp_pb2.RouteMatch(
        dest_prefix=base_pb2.RoutePrefix(inet=addr_pb2.IpAddress(addr_string=address)),
        dest_prefix_len=int(length),
        table=base_pb2.RouteTable(name=base_pb2.RouteTableName(name="inet.0")),
        **fields,
    )


def v2_entry(prefix: str, nexthop: str = GW, **fields: Any) -> Any:
    return bgp_pb2.RouteEntry(
        key=v2_match(prefix), protocol_nexthops=[addr_pb2.IpAddress(addr_string=nexthop)], **fields
    )


def test_bgp_needs_bgp_configured(tmp_path: Any) -> None:
    proc = start_emulator(tmp_path, "--port", "0", "--user", f"{USER}:{PASSWORD}")
    try:
        client = BgpClient(proc.target())
        reply = client.v2.Initialize(bgp_pb2.InitializeRequest(), timeout=10)
        assert reply.status.code == common_pb2.FAILURE and reply.sub_code == bgp_pb2.InitializeResponse.BGP_NOT_READY
        assert "protocols bgp" in reply.status.message
        legacy = client.legacy.BgpRouteInitialize(v1_bgp.BgpRouteInitializeRequest(), timeout=10)
        assert legacy.status == v1_bgp.BgpRouteInitializeReply.BGP_NOT_READY
        add = client.v2.RouteAdd(bgp_pb2.RouteUpdateRequest(routes=[v2_entry("10.9.0.0/16")]), timeout=10)
        assert add.sub_code == bgp_pb2.RouteOperResponse.NOT_INITIALIZED
        client.close()
    finally:
        proc.stop()


def test_legacy_bgp_route_is_bgp_static_for_v2_and_show_route(emu: EmulatorProcess, bgp_ready: None) -> None:
    events: list[str] = []
    ready = threading.Event()
    sub = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bgp-events")
    sub.on_connect = lambda c, *a: c.subscribe("/junos/events/kernel/route/#", 1)
    sub.on_subscribe = lambda *a: ready.set()
    sub.on_message = lambda c, u, m: events.append(m.topic)
    sub.connect("127.0.0.1", int(emu.devices[0]["jet_mqtt_port"]))
    sub.loop_start()
    assert ready.wait(10)

    rr = BgpClient(emu.target())
    assert rr.legacy.BgpRouteInitialize(v1_bgp.BgpRouteInitializeRequest(), timeout=10).status == 0
    again = rr.legacy.BgpRouteInitialize(v1_bgp.BgpRouteInitializeRequest(), timeout=10)
    assert again.status == v1_bgp.BgpRouteInitializeReply.ALREADY_INITIALIZED
    route = legacy_entry(
        "192.168.10.1/32",
        communities=v1_bgp.CommunityList(com_list=[v1_bgp.Community(community_string="100:101")]),
        local_preference=v1_bgp.BgpAttrib32(value=200),
        aspath=v1_bgp.AsPath(aspath_string="65001 65002"),
        path_cookie=5,
    )
    reply = rr.legacy.BgpRouteAdd(v1_bgp.BgpRouteUpdateRequest(bgp_routes=[route]), timeout=10)
    assert (reply.status, reply.operations_completed) == (0, 1)
    assert rr.routes()["192.168.10.1/32"] == ("BGP-Static", 170)
    assert wait_until(lambda: "/junos/events/kernel/route/add/inet/192.168.10.1/32" in events)

    # A v2 client reads the same route (RouteGet walks the table: every client's BGP routes).
    reader = BgpClient(emu.target())
    assert reader.v2.Initialize(bgp_pb2.InitializeRequest(), timeout=10).sub_code == 0
    replies = list(reader.v2.RouteGet(bgp_pb2.RouteGetRequest(route=v2_match("192.168.10.1/32")), timeout=10))
    assert [len(r.routes) for r in replies] == [1, 0]
    got = replies[0].routes[0]
    assert got.key.protocol == base_pb2.PROTO_BGP_STATIC and got.key.cookie == 5
    assert [c.community for c in got.key.communities.communities] == ["100:101"]
    assert got.local_preference.value == 200 and got.route_preference.value == 170
    assert got.aspath.aspath == "65001 65002" and got.protocol_nexthops[0].addr_string == GW
    assert not got.HasField("med")

    # The legacy modify changes the next hop; the legacy get reads it back with both flag forms.
    changed = legacy_entry("192.168.10.1/32", nexthop="172.16.0.253", path_cookie=5, route_oper_flag=v1_bgp.NO_EXPORT)
    assert rr.legacy.BgpRouteModify(v1_bgp.BgpRouteUpdateRequest(bgp_routes=[changed]), timeout=10).status == 0
    request = v1_bgp.BgpRouteGetRequest(bgp_route=v1_bgp.BgpRouteMatch(
        dest_prefix=changed.dest_prefix, dest_prefix_len=32, table=changed.table))  # fmt: skip
    legacy = [r for reply in rr.legacy.BgpRouteGet(request, timeout=10) for r in reply.bgp_routes]
    assert [r.protocol_nexthops[0].addr_string for r in legacy] == ["172.16.0.253"]
    assert legacy[0].route_flags.no_export and legacy[0].route_oper_flag == v1_bgp.NO_EXPORT
    assert wait_until(lambda: "/junos/events/kernel/route/change/inet/192.168.10.1/32" in events)

    removed = rr.legacy.BgpRouteRemove(v1_bgp.BgpRouteRemoveRequest(bgp_routes=[request.bgp_route]), timeout=10)
    assert (removed.status, removed.operations_completed) == (0, 1)
    assert "192.168.10.1/32" not in rr.routes()
    assert wait_until(lambda: "/junos/events/kernel/route/delete/inet/192.168.10.1/32" in events)
    for c in (rr, reader):
        c.close()
    sub.loop_stop()


def test_bgp_refusals_name_the_problem(emu: EmulatorProcess, bgp_ready: None) -> None:
    client = BgpClient(emu.target())
    assert client.v2.Initialize(bgp_pb2.InitializeRequest(), timeout=10).sub_code == 0
    codes = bgp_pb2.RouteOperResponse

    def add(*entries: Any) -> Any:
        return client.v2.RouteAdd(bgp_pb2.RouteUpdateRequest(routes=list(entries)), timeout=10)

    dynamic = v2_entry("10.1.0.0/16")
    dynamic.key.protocol = base_pb2.PROTO_BGP
    assert add(dynamic).sub_code == codes.PROTOCOL_INVALID
    two = v2_entry("10.2.0.0/16")
    two.protocol_nexthops.append(addr_pb2.IpAddress(addr_string="172.16.0.2"))
    assert add(two).sub_code == codes.NEXTHOP_ECMP_LIMIT
    bad_community = v2_entry("10.3.0.0/16")
    bad_community.key.communities.communities.append(base_pb2.Community(community="not a community"))
    reply = add(bad_community)
    assert reply.sub_code == codes.COMMUNITY_LIST_INVALID and "not a community" in reply.status.message
    flags = v2_entry(
        "10.4.0.0/16", route_flags=bgp_pb2.RouteFlags(use_nexthop_reject=True, use_nexthop_fictitious=True)
    )
    assert add(flags).sub_code == codes.MUTUALLY_EXCLUSIVE_RT_FLAGS_ARE_SET
    assert add(v2_entry("10.5.0.1/16")).sub_code == codes.PREFIX_INVALID
    assert add().sub_code == codes.NO_OP
    first = add(v2_entry("10.6.0.0/16"), v2_entry("10.6.0.0/16"))
    assert (first.sub_code, first.operations_completed) == (codes.ROUTE_EXISTS, 1)
    missing = client.v2.RouteModify(bgp_pb2.RouteUpdateRequest(routes=[v2_entry("10.7.0.0/16")]), timeout=10)
    assert missing.sub_code == codes.ROUTE_NOT_FOUND
    # A protocol next hop nothing resolves: the route is there, but hidden (not in show route).
    assert add(v2_entry("10.8.0.0/16", nexthop="203.0.113.77")).sub_code == codes.SUCCESS
    assert "10.8.0.0/16" not in client.routes() and client.routes()["10.6.0.0/16"] == ("BGP-Static", 170)
    reject = v2_entry("10.10.0.0/16", nexthop="203.0.113.77", route_preference=_u32(20))
    reject.route_flags.use_nexthop_reject = True
    assert add(reject).sub_code == codes.SUCCESS
    assert client.routes()["10.10.0.0/16"] == ("BGP-Static", 20)
    cleanup = client.v2.Cleanup(bgp_pb2.CleanupRequest(), timeout=10)
    assert cleanup.sub_code == 0 and cleanup.status.message == "3 route(s) removed"
    assert "10.6.0.0/16" not in client.routes()
    client.close()


def _u32(value: int) -> Any:
    from google.protobuf import wrappers_pb2

    return wrappers_pb2.UInt32Value(value=value)


def test_route_streams_end_of_ribs_refresh_and_unsubscribe(emu: EmulatorProcess, bgp_ready: None) -> None:
    client = BgpClient(emu.target())
    not_yet = list(client.v2.RouteSubscribe(bgp_pb2.RouteSubscribeRequest(), timeout=10))
    assert [r.sub_code for r in not_yet] == [bgp_pb2.RouteSubscribeResponse.NOT_INITIALIZED]
    assert client.v2.Initialize(bgp_pb2.InitializeRequest(), timeout=10).sub_code == 0
    stream = client.v2.RouteSubscribe(bgp_pb2.RouteSubscribeRequest(route_count=10), timeout=30)
    first = next(stream)
    assert [e.operation for e in first.subscribe_entries] == [bgp_pb2.RouteSubscribeEntry.END_OF_RIBS]
    twice = list(client.v2.RouteSubscribe(bgp_pb2.RouteSubscribeRequest(), timeout=10))
    assert [r.sub_code for r in twice] == [bgp_pb2.RouteSubscribeResponse.ALREADY_SUBSCRIBED]
    assert client.v2.RouteRefresh(bgp_pb2.RouteRefreshRequest(), timeout=10).sub_code == 0
    assert [e.operation for e in next(stream).subscribe_entries] == [bgp_pb2.RouteSubscribeEntry.END_OF_RIBS]
    assert client.v2.RouteUnsubscribe(bgp_pb2.RouteUnsubscribeRequest(), timeout=10).sub_code == 0
    assert list(stream) == []  # the stream ends
    gone = client.v2.RouteUnsubscribe(bgp_pb2.RouteUnsubscribeRequest(), timeout=10)
    assert gone.sub_code == bgp_pb2.RouteUnsubscribeResponse.NOT_SUBSCRIBED

    legacy = BgpClient(emu.target())
    assert legacy.legacy.BgpRouteInitialize(v1_bgp.BgpRouteInitializeRequest(), timeout=10).status == 0
    monitor = legacy.legacy.BgpRouteMonitorRegister(v1_bgp.BgpRouteMonitorRegisterRequest(), timeout=30)
    assert [e.operation for e in next(monitor).monitor_entries] == [v1_bgp.BgpRouteMonitorEntry.END_OF_RIBS]
    assert legacy.legacy.BgpRouteMonitorUnregister(v1_bgp.BgpRouteMonitorUnregisterRequest(), timeout=10).status == 0
    assert list(monitor) == []
    for c in (client, legacy):
        c.close()


def test_bgp_routes_go_with_their_client(emu: EmulatorProcess, bgp_ready: None) -> None:
    client = BgpClient(emu.target())
    assert client.v2.Initialize(bgp_pb2.InitializeRequest(), timeout=10).sub_code == 0
    assert client.v2.RouteAdd(bgp_pb2.RouteUpdateRequest(routes=[v2_entry("10.20.0.0/16")]), timeout=10).sub_code == 0
    watcher = BgpClient(emu.target())
    assert "10.20.0.0/16" in watcher.routes()
    client.close()
    assert wait_until(lambda: "10.20.0.0/16" not in watcher.routes())
    watcher.close()
