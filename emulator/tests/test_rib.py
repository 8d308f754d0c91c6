"""jnx.jet.routing.rib.Rib and jnx.jet.routing.base.Base through real gRPC channels."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from emutest import PASSWORD, USER, EmulatorProcess, start_emulator
from ribtest import RibClient, entry, key, wait_until

from jetemu.proto import jnx_common_addr_types_pb2 as addr_pb2
from jetemu.proto import jnx_common_base_types_pb2 as common_pb2
from jetemu.proto import jnx_routing_base_service_pb2 as base_svc_pb2
from jetemu.proto import jnx_routing_base_types_pb2 as base_pb2
from jetemu.proto import jnx_routing_rib_service_pb2 as rib_pb2

GW = "172.16.0.254"  # inside fxp0.0 (172.16.0.1/16) of device 1


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    proc = start_emulator(tmp_path_factory.mktemp("rib"), "--port", "0", "--user", f"{USER}:{PASSWORD}")
    yield proc
    proc.stop()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[EmulatorProcess]:
    proc = start_emulator(tmp_path, "--port", "0", "--user", f"{USER}:{PASSWORD}")
    yield proc
    proc.stop()


_counter = iter(range(10_000))


@pytest.fixture
def rib(emu: EmulatorProcess) -> Iterator[RibClient]:
    client = RibClient(emu.target(), f"rib-test-{next(_counter)}")
    assert client.init().status.code == common_pb2.SUCCESS
    yield client
    client.rib.RouteCleanup(rib_pb2.RouteCleanupRequest(), timeout=10)
    client.close()


def add(client: RibClient, *entries: Any) -> Any:
    return client.rib.RouteAdd(rib_pb2.RouteUpdateRequest(routes=list(entries)), timeout=30)


def get_all(client: RibClient, table: str = "inet.0", prefix: str = "0.0.0.0/0", **kwargs: Any) -> list[Any]:
    request = rib_pb2.RouteGetRequest(key=key(prefix, table), match_type=rib_pb2.EXACT_OR_LONGER, **kwargs)
    return list(client.rib.RouteGet(request, timeout=30))


def prefixes(replies: list[Any]) -> list[str]:
    out = []
    for reply in replies:
        assert reply.status.code == common_pb2.SUCCESS, reply.status.message
        for route in reply.routes:
            k = route.key
            which = k.dest_prefix.WhichOneof("af")
            out.append(f"{getattr(k.dest_prefix, which).addr_string}/{k.dest_prefix_len}")
    return out


def test_calls_before_route_initialize_are_refused(emu: EmulatorProcess) -> None:
    client = RibClient(emu.target(), "never-initialized")
    try:
        reply = add(client, entry("10.99.0.0/24", GW))
        assert reply.status.code == common_pb2.FAILURE
        assert reply.sub_code == rib_pb2.NOT_INITIALIZED
        assert "RouteInitialize" in reply.status.message
        assert "10.99.0.0/24" not in client.show_routes()
    finally:
        client.close()


def test_add_shows_in_show_route_with_own_protocol_and_preference(rib: RibClient) -> None:
    reply = add(
        rib, entry("10.1.0.0/24", GW, preference=7), entry("10.2.0.0/16", GW, protocol=base_pb2.PROTO_BGP_STATIC)
    )
    assert reply.status.code == common_pb2.SUCCESS, reply.status.message
    assert reply.operations_completed == 2
    routes = rib.show_routes()
    assert routes["10.1.0.0/24"] == [{"protocol": "Static", "preference": 7, "active": True}]
    assert routes["10.2.0.0/16"] == [{"protocol": "BGP-Static", "preference": 170, "active": True}]
    _, text = rib.jet.op(cli="show route 10.1.0.0/24", fmt=2)
    assert "[Static/7]" in text and f"to {GW} via fxp0.0" in text


def test_route_initialize_default_preference_applies(emu: EmulatorProcess) -> None:
    client = RibClient(emu.target(), "defaults-client")
    try:
        request: Any = rib_pb2.RouteInitializeRequest()
        request.default_preferences[0].value = 12
        assert client.rib.RouteInitialize(request, timeout=10).status.code == common_pb2.SUCCESS
        assert add(client, entry("10.12.0.0/24", GW)).status.code == common_pb2.SUCCESS
        assert client.show_routes()["10.12.0.0/24"][0]["preference"] == 12
        again = client.init()
        assert again.status.code == common_pb2.SUCCESS and again.sub_code == rib_pb2.ALREADY_INITIALIZED
        assert again.num_client_routes == 1
    finally:
        client.rib.RouteCleanup(rib_pb2.RouteCleanupRequest(), timeout=10)
        client.close()


def test_modify_update_delete_semantics(rib: RibClient) -> None:
    assert add(rib, entry("10.3.0.0/24", GW)).status.code == common_pb2.SUCCESS
    again = add(rib, entry("10.3.0.0/24", GW))
    assert again.sub_code == rib_pb2.ROUTE_EXISTS and "10.3.0.0/24" in again.status.message
    missing = rib.rib.RouteModify(rib_pb2.RouteUpdateRequest(routes=[entry("10.4.0.0/24", GW)]), timeout=10)
    assert missing.sub_code == rib_pb2.ROUTE_NOT_FOUND
    modified = rib.rib.RouteModify(
        rib_pb2.RouteUpdateRequest(routes=[entry("10.3.0.0/24", "172.16.0.253", preference=9)]), timeout=10
    )
    assert modified.status.code == common_pb2.SUCCESS
    assert rib.show_routes()["10.3.0.0/24"][0]["preference"] == 9
    upsert = rib.rib.RouteUpdate(
        rib_pb2.RouteUpdateRequest(routes=[entry("10.3.0.0/24", GW), entry("10.4.0.0/24", GW)]), timeout=10
    )
    assert upsert.status.code == common_pb2.SUCCESS and upsert.operations_completed == 2
    deleted = rib.rib.RouteDelete(rib_pb2.RouteDeleteRequest(keys=[key("10.3.0.0/24"), key("10.4.0.0/24")]), timeout=10)
    assert deleted.status.code == common_pb2.SUCCESS and deleted.operations_completed == 2
    routes = rib.show_routes()
    assert "10.3.0.0/24" not in routes and "10.4.0.0/24" not in routes
    gone = rib.rib.RouteDelete(rib_pb2.RouteDeleteRequest(keys=[key("10.3.0.0/24")]), timeout=10)
    assert gone.sub_code == rib_pb2.ROUTE_NOT_FOUND and "10.3.0.0/24" in gone.status.message


@pytest.mark.parametrize(
    ("bad", "code", "words"),
    [
        (entry("10.5.0.1/24", GW), rib_pb2.PREFIX_INVALID, "host bits"),
        (entry("10.5.0.0/33", GW), rib_pb2.PREFIX_LEN_TOO_LONG, "33"),
        (entry("2001:db8::/64", GW), rib_pb2.PREFIX_INVALID, "inet6"),
        (entry("10.5.0.0/24", "2001:db8::1"), rib_pb2.NEXTHOP_ADDRESS_INVALID, "2001:db8::1"),
        (entry("10.5.0.0/24"), rib_pb2.NEXTHOP_INVALID, "no next hop"),
        (entry("10.5.0.0/24", GW, table="vrf9.inet.0"), rib_pb2.TABLE_INVALID, "vrf9.inet.0"),
        (entry("10.5.0.0/24", GW, protocol=base_pb2.PROTO_OSPF), rib_pb2.PROTOCOL_INVALID, "PROTO_OSPF"),
        (entry("10.5.0.0/24", interface="ge-0/0/9.7"), rib_pb2.INTERFACE_INVALID, "ge-0/0/9.7"),
    ],
)
def test_failed_batch_reports_the_route_and_keeps_those_before_it(
    rib: RibClient, bad: Any, code: int, words: str
) -> None:
    good = [entry(f"10.6.{n}.0/24", GW) for n in range(3)]
    after = entry("10.7.0.0/24", GW)
    reply = add(rib, *good, bad, after)
    assert reply.status.code == common_pb2.FAILURE
    assert reply.sub_code == code, reply.status.message
    assert reply.operations_completed == 3
    assert "route 4 of 5" in reply.status.message and words in reply.status.message
    routes = rib.show_routes()
    assert all(f"10.6.{n}.0/24" in routes for n in range(3))
    assert "10.7.0.0/24" not in routes


def test_more_than_1000_routes_is_refused_whole(rib: RibClient) -> None:
    many = [
        entry(str(ipaddress.ip_network("10.128.0.0/24").network_address + 256 * n) + "/24", GW) for n in range(1001)
    ]
    reply = add(rib, *many)
    assert reply.sub_code == rib_pb2.TOO_MANY_OPS and "1001" in reply.status.message
    assert reply.operations_completed == 0
    assert "10.128.0.0/24" not in rib.show_routes()


def test_route_get_streams_in_bulks_then_a_final_empty_message(rib: RibClient) -> None:
    batch = [entry(f"10.20.{n}.0/24", GW) for n in range(25)]
    assert add(rib, *batch).status.code == common_pb2.SUCCESS
    replies = get_all(rib, route_count=10)
    assert [len(r.routes) for r in replies] == [10, 10, 5, 0]
    assert prefixes(replies) == [f"10.20.{n}.0/24" for n in range(25)]
    exact = list(
        rib.rib.RouteGet(rib_pb2.RouteGetRequest(key=key("10.20.3.0/24"), match_type=rib_pb2.EXACT), timeout=10)
    )
    assert prefixes(exact) == ["10.20.3.0/24"]
    best = list(rib.rib.RouteGet(rib_pb2.RouteGetRequest(key=key("10.20.3.7/32"), match_type=rib_pb2.BEST), timeout=10))
    assert prefixes(best) == ["10.20.3.0/24"]
    route = exact[0].routes[0]
    assert route.nexthop.gateways[0].gateway_address.inet.addr_string == GW
    assert route.protocol == base_pb2.PROTO_STATIC and route.attributes.preferences[0].value == 5
    miss = list(
        rib.rib.RouteGet(rib_pb2.RouteGetRequest(key=key("10.21.0.0/24"), match_type=rib_pb2.EXACT), timeout=10)
    )
    assert len(miss) == 1 and miss[0].sub_code == rib_pb2.ROUTE_NOT_FOUND


def test_route_get_only_returns_the_callers_routes_and_bytes_format(emu: EmulatorProcess, rib: RibClient) -> None:
    assert add(rib, entry("10.30.0.0/24", GW)).status.code == common_pb2.SUCCESS
    other = RibClient(emu.target(), "other-reader")
    try:
        other.init(default_response_address_format=addr_pb2.ADDRESS_BYTES)
        assert add(other, entry("10.31.0.0/24", GW)).status.code == common_pb2.SUCCESS
        replies = get_all(other)
        routes = [r for reply in replies for r in reply.routes]
        assert len(routes) == 1
        assert routes[0].key.dest_prefix.inet.addr_bytes == ipaddress.ip_address("10.31.0.0").packed
        assert "10.30.0.0/24" not in prefixes(get_all(other))
    finally:
        other.rib.RouteCleanup(rib_pb2.RouteCleanupRequest(), timeout=10)
        other.close()


def test_inet6_routes(rib: RibClient) -> None:
    reply = add(rib, entry("2001:db8:1::/48", "2001:db8::1", table="inet6.0"))
    assert reply.status.code == common_pb2.SUCCESS, reply.status.message
    assert rib.show_routes("inet6.0")["2001:db8:1::/48"][0]["protocol"] == "Static"


def test_route_subscribe_streams_table_then_changes(emu: EmulatorProcess, rib: RibClient) -> None:
    request = rib_pb2.RouteSubscribeRequest(
        table_name=base_pb2.RouteTableName(name="inet.0"),
        operation=rib_pb2.SUBSCRIBE_ADD,
        flag=rib_pb2.RouteSubscribeFlags(request_eor=True),
        context=42,
    )
    stream = rib.rib.RouteSubscribe(request, timeout=30)
    seen_eor = False
    initial: list[str] = []
    for reply in stream:
        assert reply.context == 42
        for item in reply.routes:
            if item.operation == rib_pb2.ROUTE_SUBSCRIBE_OP_END_OF_TABLE:
                seen_eor = True
            else:
                initial.append(f"{item.route.key.dest_prefix.inet.addr_string}/{item.route.key.dest_prefix_len}")
        if seen_eor:
            break
    assert "172.16.0.0/16" in initial  # the Direct route of fxp0.0
    writer = RibClient(emu.target(), "sub-writer")
    try:
        writer.init()
        assert add(writer, entry("10.40.0.0/24", GW)).status.code == common_pb2.SUCCESS
        writer.rib.RouteDelete(rib_pb2.RouteDeleteRequest(keys=[key("10.40.0.0/24")]), timeout=10)
        events: list[tuple[int, str]] = []
        for reply in stream:
            for item in reply.routes:
                events.append(
                    (item.operation, f"{item.route.key.dest_prefix.inet.addr_string}/{item.route.key.dest_prefix_len}")
                )
            if len(events) >= 2:
                break
        assert events[:2] == [
            (rib_pb2.ROUTE_SUBSCRIBE_OP_ADD, "10.40.0.0/24"),
            (rib_pb2.ROUTE_SUBSCBIBE_OP_DELETE, "10.40.0.0/24"),
        ]
    finally:
        stream.cancel()
        writer.close()


def test_cleanup_removes_all_routes_of_the_client(rib: RibClient) -> None:
    assert add(rib, entry("10.50.0.0/24", GW), entry("10.50.1.0/24", GW)).status.code == common_pb2.SUCCESS
    reply = rib.rib.RouteCleanup(rib_pb2.RouteCleanupRequest(), timeout=10)
    assert reply.status.code == common_pb2.SUCCESS
    routes = rib.show_routes()
    assert "10.50.0.0/24" not in routes and "10.50.1.0/24" not in routes


def test_purge_timer_calls_and_summary(rib: RibClient) -> None:
    assert rib.base.RoutePurgeTimerGet(base_svc_pb2.RoutePurgeTimerGetRequest(), timeout=10).time == 0
    bad = rib.base.RoutePurgeTimerAdd(base_svc_pb2.RoutePurgeTimerAddRequest(time=0), timeout=10)
    assert bad.sub_code == base_svc_pb2.INVALID_PARAMS and "out of range" in bad.status.message
    assert rib.base.RoutePurgeTimerAdd(base_svc_pb2.RoutePurgeTimerAddRequest(time=30), timeout=10).status.code == 0
    assert rib.base.RoutePurgeTimerGet(base_svc_pb2.RoutePurgeTimerGetRequest(), timeout=10).time == 30
    assert rib.base.RoutePurgeTimerDelete(base_svc_pb2.RoutePurgeTimerDeleteRequest(), timeout=10).status.code == 0
    assert rib.base.RoutePurgeTimerGet(base_svc_pb2.RoutePurgeTimerGetRequest(), timeout=10).time == 0
    add(
        rib,
        entry("10.60.0.0/24", GW),
        entry("10.60.1.0/24", GW),
        entry("2001:db8:60::/48", "2001:db8::1", table="inet6.0"),
    )
    summary = rib.base.RouteSummaryGet(base_svc_pb2.RtSummaryGetRequest(), timeout=10)
    assert summary.status.code == 0
    ((client_id, per_client),) = summary.client_rt_summary.items()
    counts = {e.rt_tbl_name.name: e.primary_rt_count for e in per_client.protocol_rt_summary["Static"].rt_summary}
    assert counts == {"inet.0": 2, "inet6.0": 1}
    inet6 = rib.base.RouteSummaryGet(base_svc_pb2.RtSummaryGetRequest(addr_family=base_pb2.FAMILY_INET6), timeout=10)
    only = inet6.client_rt_summary[client_id].protocol_rt_summary["Static"].rt_summary
    assert [(e.rt_tbl_name.name, e.primary_rt_count) for e in only] == [("inet6.0", 1)]
    bad_instance = rib.base.RouteSummaryGet(base_svc_pb2.RtSummaryGetRequest(instance_name="nope"), timeout=10)
    assert bad_instance.sub_code == base_svc_pb2.INVALID_INSTANCE


def test_routes_are_purged_at_once_without_purge_timer(fresh: EmulatorProcess) -> None:
    owner = RibClient(fresh.target(), "leaver")
    owner.init()
    assert add(owner, entry("10.70.0.0/24", GW)).status.code == common_pb2.SUCCESS
    watcher = RibClient(fresh.target(), "watcher")
    try:
        assert "10.70.0.0/24" in watcher.show_routes()
        owner.close()
        assert wait_until(lambda: "10.70.0.0/24" not in watcher.show_routes())
    finally:
        watcher.close()


def test_purge_after_purge_time_and_rebound_before_it(fresh: EmulatorProcess) -> None:
    owner = RibClient(fresh.target(), "keeper")
    owner.init()
    owner.base.RoutePurgeTimerAdd(base_svc_pb2.RoutePurgeTimerAddRequest(time=2), timeout=10)
    assert add(owner, entry("10.80.0.0/24", GW), entry("10.80.1.0/24", GW)).status.code == common_pb2.SUCCESS
    owner.close()
    back = RibClient(fresh.target(), "keeper")
    try:
        reply = back.init()
        assert reply.sub_code == rib_pb2.SUCCESS_REBOUND and reply.num_client_routes == 2
        assert "10.80.0.0/24" in back.show_routes()
    finally:
        back.close()
    watcher = RibClient(fresh.target(), "watcher")
    try:
        # still there right after the loss (kept for the purge time) ...
        assert "10.80.1.0/24" in watcher.show_routes()
        # ... and gone once it has passed
        assert wait_until(lambda: "10.80.1.0/24" not in watcher.show_routes())
    finally:
        watcher.close()
