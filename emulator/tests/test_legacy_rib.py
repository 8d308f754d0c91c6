"""Legacy ``routing.Rib`` and ``routing.Base`` through real gRPC, sharing state with the v2 services."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator
from ribtest import RibClient, wait_until

from jetemu.proto import jnx_addr_pb2 as v1_addr
from jetemu.proto import jnx_common_base_types_pb2 as common_pb2
from jetemu.proto import jnx_routing_base_service_pb2 as base_svc_pb2
from jetemu.proto import jnx_routing_base_types_pb2 as base_pb2
from jetemu.proto import jnx_routing_rib_service_pb2 as rib_pb2
from jetemu.proto import prpd_common_pb2 as v1_common
from jetemu.proto import prpd_service_pb2 as v1_base
from jetemu.proto import prpd_service_pb2_grpc as v1_base_grpc
from jetemu.proto import rib_service_pb2 as v1_rib
from jetemu.proto import rib_service_pb2_grpc as v1_rib_grpc

GW = "172.16.0.254"  # inside fxp0.0 (172.16.0.1/16) of device 1


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    proc = start_emulator(tmp_path_factory.mktemp("legacy-rib"), "--port", "0", "--user", f"{USER}:{PASSWORD}")
    yield proc
    proc.stop()


_ids = iter(range(10_000))


class LegacyClient(RibClient):
    """A client logged in with the legacy LoginCheck, with the legacy and v2 routing stubs."""

    def __init__(self, target: str, client_id: str) -> None:
        self.jet: JetClient = connect(target)
        assert self.jet.login_v1(client_id=client_id).result
        self.client_id = client_id
        self.legacy = v1_rib_grpc.RibStub(self.jet.channel)
        self.legacy_base = v1_base_grpc.BaseStub(self.jet.channel)
        from jetemu.proto import jnx_routing_base_service_pb2_grpc as base_grpc
        from jetemu.proto import jnx_routing_rib_service_pb2_grpc as rib_grpc

        self.rib = rib_grpc.RibStub(self.jet.channel)
        self.base = base_grpc.BaseStub(self.jet.channel)


@pytest.fixture
def client(emu: EmulatorProcess) -> Iterator[LegacyClient]:
    c = LegacyClient(emu.target(), f"legacy-{next(_ids)}")
    yield c
    c.close()


def net(address: str) -> Any:
    ip = v1_addr.IpAddress(addr_string=address)
    return v1_common.NetworkAddress(inet6=ip) if ":" in address else v1_common.NetworkAddress(inet=ip)


def key(prefix: str, table: str = "inet.0", cookie: int = 0) -> Any:
    address, _, length = prefix.partition("/")
    return v1_rib.RouteMatchFields(
        dest_prefix=net(address),
        dest_prefix_len=int(length),
        table=v1_common.RouteTable(rtt_name=v1_common.RouteTableName(name=table)),
        cookie=cookie,
    )


def entry(prefix: str, gateway: str = GW, protocol: int = v1_common.STATIC, **attrs: dict[int, int]) -> Any:
    route = v1_rib.RouteEntry(
        key=key(prefix, cookie=7),
        nexthop=v1_rib.RouteNexthop(gateways=[v1_rib.RouteGateway(gateway_address=net(gateway))]),
        protocol=protocol,
    )
    for name, values in attrs.items():
        for number, value in values.items():
            getattr(route.attributes, name)[number].value = value
    return route


def legacy_get(client: LegacyClient, prefix: str = "0.0.0.0/0", **kwargs: Any) -> list[Any]:
    request = v1_rib.RouteGetRequest(key=key(prefix), match_type=v1_rib.EXACT_OR_LONGER, **kwargs)
    return list(client.legacy.RouteGet(request, timeout=30))


def test_legacy_route_is_the_v2_route_in_show_route_and_route_get(client: LegacyClient) -> None:
    reply = client.legacy.RouteAdd(
        v1_rib.RouteUpdateRequest(
            routes=[
                entry("198.51.100.0/24", tags={0: 42}, metrics={0: 9}),
                entry("203.0.113.0/24", protocol=v1_common.BGP_STATIC),
            ]
        ),
        timeout=10,
    )
    assert (reply.status, reply.operations_completed) == (v1_rib.SUCCESS, 2)
    routes = client.show_routes()
    assert routes["198.51.100.0/24"][0] == {"protocol": "Static", "preference": 5, "active": True}
    assert routes["203.0.113.0/24"][0] == {"protocol": "BGP-Static", "preference": 170, "active": True}

    # v2 RouteGet of the same client id sees the same routes (after the v2 RouteInitialize).
    init = client.init()
    assert init.sub_code == rib_pb2.SUCCESS and init.num_client_routes == 2
    request = rib_pb2.RouteGetRequest(
        key=rib_pb2.RouteMatch(
            dest_prefix=base_pb2.NetworkAddress(inet=v2_ip("198.51.100.0")),
            dest_prefix_len=24,
            table=base_pb2.RouteTable(name=base_pb2.RouteTableName(name="inet.0")),
        ),
        match_type=rib_pb2.EXACT,
    )
    v2_routes = [route for reply in client.rib.RouteGet(request, timeout=10) for route in reply.routes]
    assert len(v2_routes) == 1
    assert v2_routes[0].protocol == base_pb2.PROTO_STATIC and v2_routes[0].key.cookie == 7
    assert v2_routes[0].attributes.tags[0].value == 42

    # ... and legacy RouteGet reads what was sent, with the final empty reply.
    replies = legacy_get(client)
    assert [r.status for r in replies] == [v1_rib.SUCCESS, v1_rib.SUCCESS] and not replies[-1].routes
    got = {f"{r.key.dest_prefix.inet.addr_string}/{r.key.dest_prefix_len}": r for r in replies[0].routes}
    assert set(got) == {"198.51.100.0/24", "203.0.113.0/24"}
    first = got["198.51.100.0/24"]
    assert first.protocol == v1_common.STATIC and first.key.cookie == 7
    assert first.attributes.tags[0].value == 42 and first.attributes.metrics[0].value == 9
    assert first.attributes.preferences[0].value == 5
    assert first.nexthop.gateways[0].gateway_address.inet.addr_string == GW
    assert got["203.0.113.0/24"].protocol == v1_common.BGP_STATIC
    as_bytes = legacy_get(client, reply_address_format=v1_addr.ADDRESS_BYTES)[0].routes[0]
    assert as_bytes.key.dest_prefix.inet.addr_bytes == bytes([198, 51, 100, 0])


def v2_ip(text: str) -> Any:
    from jetemu.proto import jnx_common_addr_types_pb2 as addr_pb2

    return addr_pb2.IpAddress(addr_string=text)


def test_legacy_errors_are_status_codes(client: LegacyClient) -> None:
    add = client.legacy.RouteAdd
    assert add(v1_rib.RouteUpdateRequest(routes=[entry("192.0.2.0/24")]), timeout=10).status == v1_rib.SUCCESS
    again = add(v1_rib.RouteUpdateRequest(routes=[entry("192.0.2.0/24")]), timeout=10)
    assert (again.status, again.operations_completed) == (v1_rib.ROUTE_EXISTS, 0)
    ospf = add(v1_rib.RouteUpdateRequest(routes=[entry("192.0.3.0/24", protocol=v1_common.OSPF)]), timeout=10)
    assert ospf.status == v1_rib.PROTOCOL_INVALID
    bad_table = entry("192.0.4.0/24")
    bad_table.key.table.rtt_name.name = "nope.0"
    assert add(v1_rib.RouteUpdateRequest(routes=[bad_table]), timeout=10).status == v1_rib.TABLE_INVALID
    assert add(v1_rib.RouteUpdateRequest(), timeout=10).status == v1_rib.NO_OP
    modify = client.legacy.RouteModify(v1_rib.RouteUpdateRequest(routes=[entry("192.0.5.0/24")]), timeout=10)
    assert modify.status == v1_rib.ROUTE_NOT_FOUND
    missing = list(
        client.legacy.RouteGet(v1_rib.RouteGetRequest(key=key("192.0.9.0/24"), match_type=v1_rib.EXACT), timeout=10)
    )
    assert [r.status for r in missing] == [v1_rib.ROUTE_NOT_FOUND]
    removed = client.legacy.RouteRemove(v1_rib.RouteRemoveRequest(keys=[key("192.0.2.0/24")]), timeout=10)
    assert (removed.status, removed.operations_completed) == (v1_rib.SUCCESS, 1)
    assert "192.0.2.0/24" not in client.show_routes()


def test_best_lookup_without_a_prefix_length_matches_the_address(client: LegacyClient) -> None:
    """Juniper's TrafficManagement sample reads its /32 back with RouteGet(192.168.20.1, len 0, BEST)."""
    added = client.legacy.RouteAdd(v1_rib.RouteUpdateRequest(routes=[entry("192.168.20.1/32")]), timeout=10)
    assert added.status == v1_rib.SUCCESS
    replies = list(client.legacy.RouteGet(v1_rib.RouteGetRequest(key=key("192.168.20.1/0")), timeout=10))
    assert replies[0].status == v1_rib.SUCCESS
    assert [f"{r.key.dest_prefix.inet.addr_string}/{r.key.dest_prefix_len}" for r in replies[0].routes] == [
        "192.168.20.1/32"
    ]
    exact = v1_rib.RouteGetRequest(key=key("192.168.20.1/0"), match_type=v1_rib.EXACT)
    assert [r.status for r in client.legacy.RouteGet(exact, timeout=10)] == [v1_rib.PREFIX_INVALID]
    client.legacy.RouteRemove(v1_rib.RouteRemoveRequest(keys=[key("192.168.20.1/32")]), timeout=10)


def test_remove_matching_by_prefix_and_tags(client: LegacyClient) -> None:
    routes = [entry(f"10.{n}.0.0/16", tags={1: n % 2}) for n in range(1, 5)]
    assert client.legacy.RouteAdd(v1_rib.RouteUpdateRequest(routes=routes), timeout=10).status == v1_rib.SUCCESS
    request = v1_rib.RouteRemoveMatchingRequest(key=key("10.0.0.0/8"), match_type=v1_rib.EXACT_OR_LONGER)
    request.extended_match.tags[1].value = 1
    reply = client.legacy.RouteRemoveMatching(request, timeout=10)
    assert (reply.status, reply.operations_completed) == (v1_rib.SUCCESS, 2)
    left = {f"{r.key.dest_prefix.inet.addr_string}/{r.key.dest_prefix_len}" for r in legacy_get(client)[0].routes}
    assert left == {"10.2.0.0/16", "10.4.0.0/16"}
    no_table = v1_rib.RouteRemoveMatchingRequest(match_type=v1_rib.EXACT_OR_LONGER)
    assert client.legacy.RouteRemoveMatching(no_table, timeout=10).status == v1_rib.TABLE_INVALID


def test_route_monitor_streams_the_table_then_changes(client: LegacyClient, emu: EmulatorProcess) -> None:
    flag = v1_rib.RouteMonitorRegFlags(request_eor=True)
    stream = client.legacy.RouteMonitorRegister(
        v1_rib.RouteMonitorRegRequest(
            rt_tbl_name=v1_common.RouteTableName(name="inet.0"),
            monitor_op=v1_rib.REGISTER_ADD,
            monitor_flag=flag,
            monitor_ctx=11,
        ),
        timeout=30,
    )
    seen: list[tuple[int, str, int]] = []
    for reply in stream:
        assert reply.status == v1_rib.SUCCESS and reply.monitor_ctx == 11
        for item in reply.monitor_routes:
            prefix = f"{item.route.key.dest_prefix.inet.addr_string}/{item.route.key.dest_prefix_len}"
            seen.append((item.monitor_rt_op, prefix, item.route.protocol))
        if seen and seen[-1][0] == v1_rib.ROUTE_MONITOR_ROUTE_OP_END_OF_TABLE:
            break
    assert (v1_rib.ROUTE_MONITOR_ROUTE_OP_ADD, "172.16.0.0/16", v1_common.DIRECT) in seen
    other = LegacyClient(emu.target(), f"legacy-{next(_ids)}")
    added = other.legacy.RouteAdd(v1_rib.RouteUpdateRequest(routes=[entry("100.64.1.0/24")]), timeout=10)
    assert added.status == v1_rib.SUCCESS
    reply = next(stream)
    assert [(m.monitor_rt_op, m.route.protocol) for m in reply.monitor_routes] == [
        (v1_rib.ROUTE_MONITOR_ROUTE_OP_ADD, v1_common.STATIC)
    ]
    stream.cancel()
    other.close()
    bad = client.legacy.RouteMonitorRegister(
        v1_rib.RouteMonitorRegRequest(rt_tbl_name=v1_common.RouteTableName(name="inet.0")), timeout=10
    )
    assert [r.status for r in bad] == [v1_rib.ROUTE_MONITOR_REGISTER_OPERATION_INVALID]


def test_route_stats_of_routes_with_enable_stats(client: LegacyClient) -> None:
    with_stats = entry("100.65.0.0/24")
    with_stats.enable_stats = True
    request = v1_rib.RouteUpdateRequest(routes=[with_stats, entry("100.65.1.0/24")])
    assert client.legacy.RouteAdd(request, timeout=10).status == v1_rib.SUCCESS
    replies = list(client.legacy.RouteGetStats(v1_rib.RouteGetStatsRequest(table=key("0/0").table), timeout=10))
    stats = [r for reply in replies for r in reply.routes]
    assert [s.dest_prefix.inet.addr_string for s in stats] == ["100.65.0.0"]
    assert stats[0].traffic_stats.packets_count == 0
    none = v1_rib.RouteGetStatsRequest(dest_prefix=net("100.65.1.0"), dest_prefix_len=24, table=key("0/0").table)
    assert [r.status for r in client.legacy.RouteGetStats(none, timeout=10)] == [v1_rib.ROUTE_WITH_STATS_NOT_FOUND]


def test_legacy_purge_time_is_the_v2_purge_timer(emu: EmulatorProcess) -> None:
    client = LegacyClient(emu.target(), f"legacy-{next(_ids)}")
    base = client.legacy_base
    assert base.RoutePurgeTimeConfig(v1_base.RtPurgeConfigRequest(time=0), timeout=10).ret_code == (
        v1_common.RET_INVALID_PARAMS
    )
    assert base.RoutePurgeTimeConfig(v1_base.RtPurgeConfigRequest(time=2), timeout=10).ret_code == (
        v1_common.RET_SUCCESS
    )
    assert base.RoutePurgeTimeGet(v1_base.RtEmptyRequest(), timeout=10).time == 2
    v2 = client.base.RoutePurgeTimerGet(base_svc_pb2.RoutePurgeTimerGetRequest(), timeout=10)
    assert (v2.status.code, v2.time) == (common_pb2.SUCCESS, 2)
    assert client.legacy.RouteAdd(v1_rib.RouteUpdateRequest(routes=[entry("100.66.0.0/24")]), timeout=10).status == 0
    summary = base.RouteSummaryGet(v1_base.RtSummaryGetRequest(addr_family=v1_common.FAMILY_INET), timeout=10)
    assert summary.ret_code == v1_common.RET_SUCCESS
    counts = summary.client_rt_summary[client.client_id].protocol_rt_summary["Static"].rt_summary
    assert [(c.rt_tbl_name.name, c.primary_rt_count) for c in counts] == [("inet.0", 1)]
    bad = base.RouteSummaryGet(v1_base.RtSummaryGetRequest(instance_name="blue"), timeout=10)
    assert bad.ret_code == v1_common.RET_INVALID_INSTANCE
    watcher = LegacyClient(emu.target(), f"legacy-{next(_ids)}")
    client.close()
    # Kept for the purge time after the client went away, then purged.
    time.sleep(0.5)
    assert "100.66.0.0/24" in watcher.show_routes()
    assert wait_until(lambda: "100.66.0.0/24" not in watcher.show_routes(), timeout=10)
    watcher.close()


def test_without_purge_time_routes_go_with_the_client(emu: EmulatorProcess) -> None:
    client = LegacyClient(emu.target(), f"legacy-{next(_ids)}")
    assert client.legacy.RouteAdd(v1_rib.RouteUpdateRequest(routes=[entry("100.67.0.0/24")]), timeout=10).status == 0
    watcher = LegacyClient(emu.target(), f"legacy-{next(_ids)}")
    assert "100.67.0.0/24" in watcher.show_routes()
    client.close()
    assert wait_until(lambda: "100.67.0.0/24" not in watcher.show_routes(), timeout=10)
    watcher.close()


def test_legacy_calls_need_a_login(emu: EmulatorProcess) -> None:
    anonymous = connect(emu.target())
    with pytest.raises(grpc.RpcError) as raised:
        v1_rib_grpc.RibStub(anonymous.channel).RouteAdd(v1_rib.RouteUpdateRequest(), timeout=10)
    assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED
    anonymous.close()
