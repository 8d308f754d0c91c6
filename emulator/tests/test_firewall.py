"""jnx.jet.firewall.Firewall through real gRPC channels, and `show firewall` / traffic simulation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from emutest import EmulatorProcess, JetClient, connect
from ribtest import wait_until

from jetemu.proto import jnx_common_addr_types_pb2 as addr_pb2
from jetemu.proto import jnx_common_base_types_pb2 as common_pb2
from jetemu.proto import jnx_firewall_service_pb2 as fw
from jetemu.proto import jnx_firewall_service_pb2_grpc as fw_grpc
from jetemu.proto import jnx_management_service_pb2 as mgmt

IFL = "fxp0.0"


class FwClient:
    def __init__(self, target: str, client_id: str) -> None:
        self.jet: JetClient = connect(target)
        assert self.jet.login(client_id=client_id).status.code == 0
        self.fw = fw_grpc.FirewallStub(self.jet.channel)

    def cli(self, command: str, fmt: int = 0) -> tuple[Any, str]:
        return self.jet.op(cli=command, fmt=fmt)

    def firewall(self) -> dict[str, dict[str, tuple[int, int]]]:
        status, text = self.cli("show firewall")
        assert status.code == 0, status.message
        data = json.loads(text) if text.strip() else {}
        out: dict[str, dict[str, tuple[int, int]]] = {}
        for info in data.get("firewall-information", []):
            for flt in info.get("filter-information", []):
                name = flt["filter-name"][0]["data"]
                out[name] = {}
                for tag in ("counter", "policer"):
                    for c in flt.get(tag, []):
                        out[name][c[f"{tag}-name"][0]["data"]] = (
                            int(c["packet-count"][0]["data"]),
                            int(c["byte-count"][0]["data"]),
                        )
        return out

    def traffic(self, **kwargs: Any) -> str:
        words = " ".join(f"{k.replace('_', '-')} {v}" for k, v in kwargs.items())
        status, text = self.cli(f"test firewall traffic {words}", fmt=2)
        assert status.code == 0, status.message
        return text

    def close(self) -> None:
        self.jet.close()


def prefix(address: str, length: int, op: int = fw.OP_EQUAL) -> Any:
    return fw.MatchIpAddress(addr=addr_pb2.IpAddress(addr_string=address), prefix_length=length, operation=op)


def term(
    name: str,
    *,
    dst: str | None = None,
    port: int | None = None,
    proto: int | None = None,
    counter: str | None = None,
    policer: str | None = None,
    action: str = "accept",
    op: int = fw.TERM_OPERATION_INVALID,
    before: str | None = None,
) -> Any:
    matches = fw.FilterTermMatchInet()
    if dst:
        address, _, length = dst.partition("/")
        matches.ipv4_dst_addrs.append(prefix(address, int(length)))
    if port is not None:
        matches.dst_ports.append(fw.MatchPort(min=port, max=port, operation=fw.OP_EQUAL))
    if proto is not None:
        matches.protocols.append(fw.MatchProtocol(min=proto, max=proto, operation=fw.OP_EQUAL))
    nt = fw.FilterTermInetNonTerminatingAction()
    if counter:
        nt.count.counter_name = counter
    if policer:
        nt.policer.policer.name = policer
    t = fw.FilterTermInetTerminatingAction(**{action: True}) if action in ("accept", "discard") else None
    inet = fw.FilterInetTerm(
        term_name=name, term_op=op, matches=matches, actions=fw.FilterTermInetAction(actions_nt=nt, action_t=t)
    )
    if before:
        inet.adjacency.type = fw.TERM_BEFORE
        inet.adjacency.term_name = before
    return fw.FilterTerm(inet_term=inet)


def add_filter(client: FwClient, name: str, *terms: Any) -> Any:
    return client.fw.FilterAdd(
        fw.FilterAddRequest(name=name, type=fw.TYPE_CLASSIC, family=fw.FAMILY_INET, terms_list=list(terms)), timeout=10
    )


def bind(client: FwClient, name: str, interface: str = IFL, add: bool = True) -> Any:
    request = (fw.FilterObjBindAddRequest if add else fw.FilterObjBindDeleteRequest)(
        filter=fw.Filter(name=name, family=fw.FAMILY_INET),
        obj_type=fw.BIND_OBJ_TYPE_INTERFACE,
        bind_object=fw.FilterBindObjPoint(interface_name=interface),
        bind_direction=fw.BIND_DIRECTION_INPUT,
        bind_family=fw.FAMILY_INET,
    )
    return (client.fw.FilterBindAdd if add else client.fw.FilterBindDelete)(request, timeout=10)


@pytest.fixture
def client(emu: EmulatorProcess) -> Iterator[FwClient]:
    c = FwClient(emu.target(), "fw-test")
    yield c
    c.close()


def test_filter_bind_and_counters_move_with_simulated_traffic(client: FwClient) -> None:
    policer = fw.PolicerAddRequest(
        name="p1",
        type=fw.TWO_COLOR_POLICER,
        params=fw.PolicerParameter(two_color_parameter=fw.PolicerTwoColor(bandwidth=1_000_000, burst_size=1500)),
    )
    assert client.fw.PolicerAdd(policer, timeout=10).status.code == common_pb2.SUCCESS
    reply = add_filter(
        client,
        "protect",
        term("ssh", dst="172.16.0.0/16", port=22, proto=6, counter="ssh-hits"),
        term("web", port=80, proto=6, counter="web-hits", policer="p1"),
        term("rest", counter="dropped", action="discard"),
    )
    assert reply.status.code == common_pb2.SUCCESS, reply.status.message
    # a term-specific policer (the default) counts as <policer>-<term>, as the JET IDL and show firewall name it
    assert client.firewall()["protect"] == {
        "ssh-hits": (0, 0),
        "web-hits": (0, 0),
        "dropped": (0, 0),
        "p1-web": (0, 0),
    }
    assert bind(client, "protect").status.code == common_pb2.SUCCESS
    text = client.traffic(
        interface=IFL, destination="172.16.0.1", protocol="tcp", destination_port=22, packets=5, size=200
    )
    assert "Packets accepted: 5" in text
    text = client.traffic(interface=IFL, destination="172.16.0.1", protocol="udp", destination_port=53, packets=3)
    assert "Packets discarded: 3" in text
    client.traffic(interface=IFL, destination="172.16.0.1", protocol="tcp", destination_port=80, packets=20, size=100)
    counters = client.firewall()["protect"]
    assert counters["ssh-hits"] == (5, 1000)
    assert counters["dropped"] == (3, 300)
    assert counters["web-hits"] == (20, 2000)
    assert counters["p1-web"] == (5, 500)  # 2000 bytes against a 1500-byte burst: 5 packets out of spec
    # show policer: the same policer counters, without the filters' own counters
    status, text = client.cli("show policer", fmt=mgmt.OP_COMMAND_OUTPUT_CLI)
    assert status.code == 0, status.message
    assert text.splitlines()[1:4] == ["Filter: protect", "Policers:", f"{'Name':<52}{'Bytes':>20}{'Packets':>21}"]
    assert text.splitlines()[4].split() == ["p1-web", "500", "5"] and "ssh-hits" not in text
    got = client.fw.FilterCounterGet(
        fw.FilterCounterGetRequest(filter_name="protect", counter_name="ssh-hits"), timeout=10
    )
    assert (got.packets, got.bytes, got.counter_name) == (5, 1000, "ssh-hits")
    pol = client.fw.PolicerCounterGet(
        fw.PolicerCounterGetRequest(filter_name="protect", counter_name="p1-web"), timeout=10
    )
    assert pol.packets == 5
    cleared = client.fw.FilterCounterSet(
        fw.FilterCounterSetRequest(filter_name="protect", counter_name="ssh-hits"), timeout=10
    )
    assert cleared.status.code == common_pb2.SUCCESS
    assert client.firewall()["protect"]["ssh-hits"] == (0, 0)
    # an unbound interface does not count
    client.traffic(interface="lo0.0", destination="10.255.0.1", protocol="tcp", destination_port=22, packets=4)
    assert client.firewall()["protect"]["ssh-hits"] == (0, 0)
    missing = client.fw.FilterCounterGet(
        fw.FilterCounterGetRequest(filter_name="protect", counter_name="nope"), timeout=10
    )
    assert missing.status.code == common_pb2.FAILURE and "no counter 'nope'" in missing.status.message


def test_modify_terms_add_before_replace_delete(client: FwClient) -> None:
    assert add_filter(client, "f", term("a", counter="ca"), term("z", counter="cz")).status.code == 0
    modify = fw.FilterModifyRequest(
        name="f",
        type=fw.TYPE_CLASSIC,
        family=fw.FAMILY_INET,
        terms_list=[
            term("b", counter="cb", op=fw.TERM_OPERATION_ADD, before="z"),
            term("a", counter="ca2", op=fw.TERM_OPERATION_REPLACE),
            term("z", op=fw.TERM_OPERATION_DELETE),
        ],
    )
    reply = client.fw.FilterModify(modify, timeout=10)
    assert reply.status.code == common_pb2.SUCCESS, reply.status.message
    assert sorted(client.firewall()["f"]) == ["ca2", "cb"]
    bad = client.fw.FilterModify(
        fw.FilterModifyRequest(name="f", family=fw.FAMILY_INET, terms_list=[term("q", op=fw.TERM_OPERATION_DELETE)]),
        timeout=10,
    )
    assert bad.status.code == common_pb2.FAILURE and "term 'q'" in bad.status.message


@pytest.mark.parametrize(
    ("terms", "words"),
    [
        ([term("a", dst="10.0.0.1/33")], "not a valid prefix"),
        ([term("a", policer="ghost")], "policer 'ghost' does not exist"),
        ([term("a"), term("a")], "duplicate term name"),
        ([fw.FilterTerm(inet6_term=fw.FilterInet6Term(term_name="x"))], "cannot go into a family inet filter"),
    ],
)
def test_bad_filters_are_refused_whole(client: FwClient, terms: list[Any], words: str) -> None:
    reply = add_filter(client, "bad", term("ok", counter="c-ok"), *terms)
    assert reply.status.code == common_pb2.FAILURE
    assert reply.sub_code == fw.FilterAddResponse.EINVALID_MESSAGE
    assert words in reply.status.message
    assert "bad" not in client.firewall()


def test_binding_rules_and_delete(client: FwClient) -> None:
    assert add_filter(client, "f1", term("a", counter="c")).status.code == 0
    assert add_filter(client, "f2", term("a", counter="c")).status.code == 0
    missing = bind(client, "f1", "ge-0/0/7.3")
    assert missing.status.code == common_pb2.FAILURE and "ge-0/0/7.3 does not exist" in missing.status.message
    assert bind(client, "f1").status.code == 0
    clash = bind(client, "f2")
    assert clash.status.code == common_pb2.FAILURE and "already has inet input filter 'f1'" in clash.status.message
    busy = client.fw.FilterDelete(fw.FilterDeleteRequest(name="f1", family=fw.FAMILY_INET), timeout=10)
    assert busy.status.code == common_pb2.FAILURE and "bound to fxp0.0 input" in busy.status.message
    assert bind(client, "f1", add=False).status.code == 0
    assert client.fw.FilterDelete(fw.FilterDeleteRequest(name="f1", family=fw.FAMILY_INET), timeout=10).status.code == 0
    assert "f1" not in client.firewall()


def test_other_clients_cannot_touch_a_filter(emu: EmulatorProcess, client: FwClient) -> None:
    assert add_filter(client, "mine", term("a", counter="c")).status.code == 0
    other = FwClient(emu.target(), "intruder")
    try:
        reply = other.fw.FilterDelete(fw.FilterDeleteRequest(name="mine", family=fw.FAMILY_INET), timeout=10)
        assert reply.status.code == common_pb2.FAILURE and "belongs to client 'fw-test'" in reply.status.message
    finally:
        other.close()


def test_policer_rules(client: FwClient) -> None:
    bad = client.fw.PolicerAdd(fw.PolicerAddRequest(name="p", type=fw.TWO_COLOR_POLICER), timeout=10)
    assert bad.status.code == common_pb2.FAILURE and "two_color_parameter" in bad.status.message
    good = fw.PolicerAddRequest(
        name="p",
        type=fw.TWO_COLOR_POLICER,
        params=fw.PolicerParameter(two_color_parameter=fw.PolicerTwoColor(bandwidth=10, burst_size=10)),
    )
    assert client.fw.PolicerAdd(good, timeout=10).status.code == 0
    assert add_filter(client, "uses-p", term("a", policer="p")).status.code == 0
    busy = client.fw.PolicerDelete(fw.PolicerDeleteRequest(name="p"), timeout=10)
    assert busy.status.code == common_pb2.FAILURE and "used by filter(s) uses-p" in busy.status.message


def test_filters_purged_after_client_loss(emu: EmulatorProcess) -> None:
    owner = FwClient(emu.target(), "fw-leaver")
    timer = owner.fw.FiltersPurgeTimerAdd(fw.FiltersPurgeTimerAddRequest(time=1), timeout=10)
    assert timer.status.code == 0
    assert owner.fw.FiltersPurgeTimerGet(fw.FiltersPurgeTimerGetRequest(), timeout=10).time == 1
    assert add_filter(owner, "temp", term("a", counter="c")).status.code == 0
    assert bind(owner, "temp").status.code == 0
    owner.close()
    watcher = FwClient(emu.target(), "fw-watcher")
    try:
        assert wait_until(lambda: "temp" not in watcher.firewall())
        # the binding went with it: a new filter can take the interface
        assert add_filter(watcher, "next", term("a", counter="c")).status.code == 0
        assert bind(watcher, "next").status.code == 0
    finally:
        watcher.close()


def test_show_firewall_unknown_filter_and_bad_traffic(client: FwClient) -> None:
    status, _ = client.cli("show firewall filter nothere")
    assert status.code == common_pb2.FAILURE and "filter nothere not found" in status.message
    status, _ = client.cli("test firewall traffic interface fxp0.0 destination 300.1.1.1")
    assert status.code == common_pb2.FAILURE and "not an IP address" in status.message
