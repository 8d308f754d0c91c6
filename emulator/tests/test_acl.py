"""Legacy ``acl.AclService`` (19.2R1) through real gRPC: access lists are v2 firewall filters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator
from ribtest import wait_until

from jetemu.proto import firewall_service_pb2 as acl
from jetemu.proto import firewall_service_pb2_grpc as acl_grpc
from jetemu.proto import jnx_addr_pb2 as v1_addr
from jetemu.proto import jnx_common_base_types_pb2 as common_pb2
from jetemu.proto import jnx_firewall_service_pb2 as fw_pb2
from jetemu.proto import jnx_firewall_service_pb2_grpc as fw_grpc
from jetemu.proto import jnx_management_service_pb2 as mgmt_pb2

OK = acl.ACL_STATUS_EOK


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    proc = start_emulator(tmp_path_factory.mktemp("acl"), "--port", "0", "--user", f"{USER}:{PASSWORD}")
    yield proc
    proc.stop()


_ids = iter(range(10_000))


class AclClient:
    def __init__(self, target: str) -> None:
        self.client_id = f"acl-{next(_ids)}"
        self.jet: JetClient = connect(target)
        assert self.jet.login_v1(client_id=self.client_id).result
        self.acl = acl_grpc.AclServiceStub(self.jet.channel)
        self.v2 = fw_grpc.FirewallStub(self.jet.channel)

    def traffic(self, words: str) -> str:
        status, text = self.jet.op(cli=f"test firewall traffic {words}", fmt=mgmt_pb2.OP_COMMAND_OUTPUT_CLI)
        assert status.code == 0, status.message
        return text

    def close(self) -> None:
        self.jet.close()


@pytest.fixture
def client(emu: EmulatorProcess) -> Iterator[AclClient]:
    c = AclClient(emu.target())
    yield c
    c.close()


def inet_entry(name: str, *, counter: str, accept: bool, prefix: str = "", port: int = 0, **extra: Any) -> Any:
    matches = acl.AclEntryMatchInet()
    if prefix:
        address, _, length = prefix.partition("/")
        matches.match_dst_addrs.add(
            addr=v1_addr.IpAddress(addr_string=address), prefix_len=int(length), match_op=acl.ACL_MATCH_OP_EQUAL
        )
    if port:
        matches.match_dst_ports.add(min=port, max=port, match_op=acl.ACL_MATCH_OP_EQUAL)
        matches.match_protocols.add(min=6, max=6, match_op=acl.ACL_MATCH_OP_EQUAL)
    actions = acl.AclEntryInetAction(
        actions_nt=acl.AclEntryInetNonTerminatingAction(action_count=acl.AclActionCounter(counter_name=counter)),
        action_t=acl.AclEntryInetTerminatingAction(action_accept=acl.ACL_TRUE)
        if accept
        else acl.AclEntryInetTerminatingAction(action_discard=acl.ACL_TRUE),
    )
    entry = acl.AclInetEntry(ace_name=name, ace_op=acl.ACL_ENTRY_OPERATION_ADD, matches=matches, actions=actions)
    for key, value in extra.items():
        setattr(entry, key, value) if not hasattr(value, "CopyFrom") else getattr(entry, key).CopyFrom(value)
    return acl.AclEntry(inet_entry=entry)


def access_list(name: str, *entries: Any, family: int = acl.ACL_FAMILY_INET) -> Any:
    return acl.AccessList(acl_name=name, acl_type=acl.ACL_TYPE_CLASSIC, acl_family=family, ace_list=list(entries))


def bind(name: str) -> Any:
    return acl.AccessListObjBind(
        acl=access_list(name),
        obj_type=acl.ACL_BIND_OBJ_TYPE_INTERFACE,
        bind_object=acl.AccessListBindObjPoint(intf="fxp0.0"),
        bind_direction=acl.ACL_BIND_DIRECTION_INPUT,
    )


def test_access_list_counters_are_v2_filter_counters(client: AclClient) -> None:
    web = inet_entry("web", counter="web-hits", accept=True, prefix="172.16.0.0/16", port=80)
    rest = inet_entry("rest", counter="dropped", accept=False)
    assert client.acl.AccessListAdd(access_list("protect", web, rest), timeout=10).status == OK
    assert client.acl.AccessListBindAdd(bind("protect"), timeout=10).status == OK
    text = client.traffic("interface fxp0.0 destination 172.16.0.1 protocol 6 destination-port 80 packets 5")
    assert "Packets accepted: 5" in text
    assert "Packets discarded: 2" in client.traffic("interface fxp0.0 destination 172.16.0.1 protocol 17 packets 2")

    # v2 FilterCounterGet reads the access list's counters (same filter, same counters).
    v2 = client.v2.FilterCounterGet(fw_pb2.FilterCounterGetRequest(filter_name="protect", counter_name="web-hits"))
    assert (v2.status.code, v2.packets, v2.bytes) == (common_pb2.SUCCESS, 5, 500)
    legacy = client.acl.AccessListCounterGet(acl.AccessListCounter(acl=access_list("protect"), counter_name="dropped"))
    assert (legacy.status, legacy.packets, legacy.counter_name) == (OK, 2, "dropped")
    bulk = list(client.acl.AccessListCounterBulkGet(acl.AccessListCounterBulk(acl=access_list("protect")), timeout=10))
    assert [(c.counter_name, c.packets) for c in bulk] == [("dropped", 2), ("web-hits", 5)]
    skip = acl.AccessListCounterBulk(acl=access_list("protect"), starting_index=1)
    assert [c.counter_name for c in client.acl.AccessListCounterBulkGet(skip, timeout=10)] == ["web-hits"]
    clear = acl.AccessListCounter(acl=access_list("protect"), counter_name="web-hits")
    assert client.acl.AccessListCounterClear(clear, timeout=10).status == OK
    assert client.acl.AccessListCounterGet(clear, timeout=10).packets == 0

    # Change: replace the rest entry so it accepts; the simulated packets follow.
    change = access_list("protect", inet_entry("rest", counter="dropped", accept=True))
    change.ace_list[0].inet_entry.ace_op = acl.ACL_ENTRY_OPERATION_REPLACE
    assert client.acl.AccessListChange(change, timeout=10).status == OK
    assert "Packets accepted: 1" in client.traffic("interface fxp0.0 destination 172.16.0.9 protocol 17")

    # Deleting a bound access list is refused; unbound, it goes.
    assert client.acl.AccessListDelete(access_list("protect"), timeout=10).status == acl.ACL_STATUS_EINVALID_MESSAGE
    assert client.acl.AccessListBindDelete(bind("protect"), timeout=10).status == OK
    assert client.acl.AccessListDelete(access_list("protect"), timeout=10).status == OK
    gone = client.v2.FilterCounterGet(fw_pb2.FilterCounterGetRequest(filter_name="protect", counter_name="dropped"))
    assert gone.status.code == common_pb2.FAILURE


def test_policer_with_units_and_its_counter(client: AclClient) -> None:
    policer = acl.AccessListPolicer(
        policer_name="p1",
        policer_type=acl.ACL_TWO_COLOR_POLICER,
        policer_params=acl.AclPolicerParameter(
            two_color_parameter=acl.AclPolicerTwoColor(
                bw_unit=acl.ACL_POLICER_RATE_KBPS,
                bandwidth=64,
                burst_unit=acl.ACL_POLICER_BURST_SIZE_BYTE,
                burst_size=150,
                discard=acl.ACL_TRUE,
            )
        ),
    )
    assert client.acl.AccessListPolicerAdd(policer, timeout=10).status == OK
    assert client.acl.AccessListPolicerAdd(policer, timeout=10).status == acl.ACL_STATUS_EINVALID_MESSAGE
    limited = inet_entry("limit", counter="all", accept=True)
    limited.inet_entry.actions.actions_nt.action_policer.policer.policer_name = "p1"
    assert client.acl.AccessListAdd(access_list("shaped", limited), timeout=10).status == OK
    assert client.acl.AccessListBindAdd(bind("shaped"), timeout=10).status == OK
    client.traffic("interface fxp0.0 destination 172.16.0.1 packets 4 size 100")
    # term-specific (the default): the counter is <policer>-<term>, "fully resolved" as the IDL says
    counter = acl.AccessListCounter(acl=access_list("shaped"), counter_name="p1-limit")
    policed = client.acl.AccessListPolicerCounterGet(counter, timeout=10)
    assert policed.status == OK and policed.packets == 2  # 400 bytes against a 150-byte burst
    v2 = client.v2.PolicerCounterGet(fw_pb2.PolicerCounterGetRequest(filter_name="shaped", counter_name="p1-limit"))
    assert v2.packets == 2
    bare = acl.AccessListCounter(acl=access_list("shaped"), counter_name="p1")
    assert client.acl.AccessListPolicerCounterGet(bare, timeout=10).status == acl.ACL_STATUS_EINVALID_MESSAGE
    # filter-specific: one instance for the filter, counted under the policer's own name
    policer.policer_flag = acl.ACL_POLICER_FLAG_FILTER_SPECIFIC
    assert client.acl.AccessListPolicerReplace(policer, timeout=10).status == OK
    client.traffic("interface fxp0.0 destination 172.16.0.1 packets 4 size 100")
    assert client.acl.AccessListPolicerCounterGet(bare, timeout=10).packets == 2
    assert client.acl.AccessListPolicerDelete(policer, timeout=10).status == acl.ACL_STATUS_EINVALID_MESSAGE
    assert client.acl.AccessListBindDelete(bind("shaped"), timeout=10).status == OK
    assert client.acl.AccessListDelete(access_list("shaped"), timeout=10).status == OK
    assert client.acl.AccessListPolicerDelete(policer, timeout=10).status == OK


def test_unsupported_and_bad_requests(client: AclClient) -> None:
    es = access_list("l2", acl.AclEntry(es_entry=acl.AclEsEntry(ace_name="x")), family=acl.ACL_FAMILY_ES)
    assert client.acl.AccessListAdd(es, timeout=10).status == acl.ACL_STATUS_EUNSUPPORTED_OP
    flex = inet_entry("f", counter="c", accept=True)
    flex.inet_entry.matches.match_flex_range.flex_range_match.bit_length = 8
    assert client.acl.AccessListAdd(access_list("flex", flex), timeout=10).status == acl.ACL_STATUS_EUNSUPPORTED_OP
    wrong = access_list("mixed", acl.AclEntry(inet6_entry=acl.AclInet6Entry(ace_name="v6")))
    assert client.acl.AccessListAdd(wrong, timeout=10).status == acl.ACL_STATUS_EINVALID_MESSAGE
    vlan = bind("none")
    vlan.obj_type = acl.ACL_BIND_OBJ_TYPE_VLAN
    assert client.acl.AccessListBindAdd(vlan, timeout=10).status == acl.ACL_STATUS_EUNSUPPORTED_OP
    assert client.acl.AccessListPileupEnd(acl.AccessListVoid(), timeout=10).status == acl.ACL_STATUS_EINVALID_MESSAGE
    assert client.acl.AccessListPileupStart(acl.AccessListVoid(), timeout=10).status == OK
    assert client.acl.AccessListPileupEnd(acl.AccessListVoid(), timeout=10).status == OK
    missing = acl.AccessListCounter(acl=access_list("nope"), counter_name="x")
    assert client.acl.AccessListCounterGet(missing, timeout=10).status == acl.ACL_STATUS_EINVALID_MESSAGE


def test_inet6_access_list_and_purge_with_the_client(emu: EmulatorProcess) -> None:
    owner = AclClient(emu.target())
    matches = acl.AclEntryMatchInet6()
    matches.match_src_addrs.add(addr=v1_addr.IpAddress(addr_string="2001:db8::"), prefix_len=32)
    entry = acl.AclInet6Entry(
        ace_name="v6",
        matches=matches,
        actions=acl.AclEntryInet6Action(
            actions_nt=acl.AclEntryInet6NonTerminatingAction(action_count=acl.AclActionCounter(counter_name="v6c")),
            action_t=acl.AclEntryInet6TerminatingAction(action_reject=acl.ACL_ACTION_REJECT_PORT_UNREACHABLE),
        ),
    )
    v6 = access_list("six", acl.AclEntry(inet6_entry=entry), family=acl.ACL_FAMILY_INET6)
    assert owner.acl.AccessListAdd(v6, timeout=10).status == OK
    watcher = AclClient(emu.target())
    request = fw_pb2.FilterCounterGetRequest(filter_name="six", counter_name="v6c")
    assert watcher.v2.FilterCounterGet(request, timeout=10).status.code == common_pb2.SUCCESS
    owner.close()  # no purge timer: the client's filters go with it, as for v2
    assert wait_until(lambda: watcher.v2.FilterCounterGet(request, timeout=10).status.code == common_pb2.FAILURE)
    watcher.close()
