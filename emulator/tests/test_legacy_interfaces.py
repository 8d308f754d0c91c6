"""Legacy ``interface`` (dcd) services and v2 ``jnx.jet.routing.interfaces`` through real gRPC.

The dcd services act on the units of v2 ``jnx.jet.interfaces.Interfaces``; the routing interface
service shows rpd's view of the same interfaces and follows their changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator
from ribtest import wait_until

from jetemu.proto import dcd_service_pb2 as dcd
from jetemu.proto import dcd_service_pb2_grpc as dcd_grpc
from jetemu.proto import jnx_common_addr_types_pb2 as addr_pb2
from jetemu.proto import jnx_interfaces_service_pb2 as if_pb2
from jetemu.proto import jnx_interfaces_service_pb2_grpc as if_grpc
from jetemu.proto import jnx_management_service_pb2 as mgmt_pb2
from jetemu.proto import jnx_routing_interface_service_pb2 as rtif
from jetemu.proto import jnx_routing_interface_service_pb2_grpc as rtif_grpc


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    proc = start_emulator(tmp_path_factory.mktemp("dcd"), "--port", "0", "--user", f"{USER}:{PASSWORD}")
    yield proc
    proc.stop()


_ids = iter(range(10_000))


class DcdClient:
    def __init__(self, target: str, client_id: str | None = None) -> None:
        self.client_id = client_id or f"dcd-{next(_ids)}"
        self.jet: JetClient = connect(target)
        assert self.jet.login_v1(client_id=self.client_id).result
        channel = self.jet.channel
        self.interfaces = dcd_grpc.InterfacesServiceStub(channel)
        self.attributes = dcd_grpc.AttrQueryServiceStub(channel)
        self.owner = dcd_grpc.ObjectQueryServiceStub(channel)
        self.timeout = dcd_grpc.TimeoutServiceStub(channel)
        self.public = dcd_grpc.PublicIflServiceStub(channel)
        self.v2 = if_grpc.InterfacesStub(channel)
        self.rt = rtif_grpc.InterfacesStub(channel)

    def terse(self) -> dict[str, Any]:
        status, text = self.jet.op(cli="show interfaces terse ge-0/0/2", fmt=mgmt_pb2.OP_COMMAND_OUTPUT_JSON)
        assert status.code == 0, status.message
        out: dict[str, Any] = {}
        for ifd in json.loads(text)["interface-information"][0]["physical-interface"]:
            for ifl in ifd.get("logical-interface", []):
                families = {
                    f["address-family-name"][0]["data"]: [
                        a["ifa-local"][0]["data"] for a in f.get("interface-address", [])
                    ]
                    for f in ifl.get("address-family", [])
                }
                out[ifl["name"][0]["data"]] = families
        return out

    def close(self) -> None:
        self.jet.close()


def unit(port: str, number: int, **fields: Any) -> Any:
    return dcd.InterfaceLogicalConfig(port_name=port, ifl_unit=dcd.Value32(unit=number), **fields)


def test_dcd_objects_are_the_v2_units(emu: EmulatorProcess) -> None:
    client = DcdClient(emu.target())
    made = client.interfaces.InterfaceLogicalCreate(
        unit(
            "ge-0/0/2",
            10,
            string_attr_list=[dcd.string_attr(attr_name="description", attr_value="from dcd")],
            request_id=77,
            client_ctx=5,
        ),
        timeout=10,
    )
    assert (made.status, made.request_id, made.client_ctx) == (dcd.SUCCESS, 77, 5), made.error_message
    family = dcd.InterfaceFamilyConfig(port_name="ge-0/0/2", ifl_unit=dcd.Value32(unit=10), family=dcd.INTF_AF_INET)
    assert client.interfaces.InterfaceFamilyCreate(family, timeout=10).status == dcd.SUCCESS
    address = dcd.InterfaceAddressConfig(
        port_name="ge-0/0/2",
        ifl_unit=dcd.Value32(unit=10),
        family=dcd.INTF_AF_INET,
        interface_address=dcd.IpAddress(addr_string="192.0.2.10/24"),
    )
    assert client.interfaces.InterfaceAddressCreate(address, timeout=10).status == dcd.SUCCESS
    assert client.terse()["ge-0/0/2.10"] == {"inet": ["192.0.2.10/24"]}

    # The v2 service reads the same unit; the v2 permission check names this client as owner.
    got = client.v2.InterfaceGet(
        if_pb2.InterfaceGetRequest(
            type=if_pb2.TYPE_INTERFACE_UNIT_OBJECT,
            unit=if_pb2.InterfaceUnitConfig(port_name="ge-0/0/2", unit=if_pb2.InterfaceUnit(number=10)),
        ),
        timeout=10,
    )
    assert got.status.code == 0 and got.unit.attributes.string_attributes[0].value == "from dcd"
    permissions = client.v2.InterfaceUnitPermissionsGet(
        if_pb2.InterfaceUnitPermissionsGetRequest(port_name="ge-0/0/2", unit=if_pb2.InterfaceUnit(number=10)),
        timeout=10,
    )
    assert permissions.is_owner and permissions.client_name == client.client_id

    # Queries: attributes, owner, public.
    query = dcd.AttributeRequestInfo(
        port_name="ge-0/0/2",
        ifl_unit=dcd.Value32(unit=10),
        string_attr_list=[dcd.string_attr(attr_name="description")],
    )
    attrs = client.attributes.InterfacesQueryAttribute(query, timeout=10)
    assert attrs.status == dcd.ATTRIBUTE_FOUND and attrs.string_attr_list[0].attr_value == "from dcd"
    query.string_attr_list[0].attr_name = "color"
    assert client.attributes.InterfacesQueryAttribute(query, timeout=10).status == dcd.ATTRIBUTE_NOT_FOUND
    owner = dcd.ObjectOwnershipQuery(port_name="ge-0/0/2", ifl_unit=dcd.Value32(unit=10))
    assert client.owner.isObjectOwner(owner, timeout=10).status == dcd.OWNER
    other = DcdClient(emu.target())
    assert other.owner.isObjectOwner(owner, timeout=10).status == dcd.OBJECT_JAPI_OWNER
    configured = dcd.ObjectOwnershipQuery(port_name="fxp0", ifl_unit=dcd.Value32(unit=0))
    assert other.owner.isObjectOwner(configured, timeout=10).status == dcd.OBJECT_CLI_OWNER
    missing = dcd.ObjectOwnershipQuery(port_name="ge-0/0/2", ifl_unit=dcd.Value32(unit=99))
    assert other.owner.isObjectOwner(missing, timeout=10).status == dcd.OBJECT_NOT_FOUND
    assert other.public.isPublicIfl(unit("fxp0", 0), timeout=10).status == dcd.SUCCESS
    private = other.public.isPublicIfl(unit("ge-0/0/2", 10), timeout=10)
    assert private.status == dcd.FAILURE and client.client_id in private.error_message

    # Permissions: another client cannot delete it; configuration objects are not anyone's.
    refused = other.interfaces.InterfaceLogicalDelete(unit("ge-0/0/2", 10), timeout=10)
    assert refused.status == dcd.NOT_OWNER and client.client_id in refused.error_message
    physical = other.interfaces.InterfaceCreate(dcd.InterfaceConfig(port_name="ge-0/0/3"), timeout=10)
    assert physical.status == dcd.NOT_OWNER
    assert other.interfaces.InterfaceLogicalCreate(unit("", 1), timeout=10).status == dcd.NO_PORT_NAME
    no_unit = other.interfaces.InterfaceLogicalCreate(dcd.InterfaceLogicalConfig(port_name="ge-0/0/2"), timeout=10)
    assert no_unit.status == dcd.NO_IFL_UNIT
    no_family = dcd.InterfaceFamilyConfig(port_name="ge-0/0/2", ifl_unit=dcd.Value32(unit=10))
    assert client.interfaces.InterfaceFamilyCreate(no_family, timeout=10).status == dcd.NO_IFF_FAMILY
    arp = dcd.RTConfig(port_name="ge-0/0/2", ifl_unit=dcd.Value32(unit=10), family=dcd.INTF_AF_INET)
    assert client.interfaces.InterfaceRTAddressCreate(arp, timeout=10).status == dcd.FAILURE

    assert client.interfaces.InterfaceLogicalDelete(unit("ge-0/0/2", 10), timeout=10).status == dcd.SUCCESS
    assert "ge-0/0/2.10" not in client.terse()
    other.close()
    client.close()


def test_client_timeout_deletes_units_after_the_client_left(emu: EmulatorProcess) -> None:
    client = DcdClient(emu.target())
    assert client.timeout.setClientTimeout(dcd.TimeoutInfo(timeout=-1), timeout=10).status == dcd.FAILURE
    assert client.timeout.setClientTimeout(dcd.TimeoutInfo(timeout=1), timeout=10).status == dcd.SUCCESS
    assert client.interfaces.InterfaceLogicalCreate(unit("ge-0/0/2", 20), timeout=10).status == dcd.SUCCESS
    keeper = DcdClient(emu.target())  # no timeout: its unit stays after it left
    assert keeper.interfaces.InterfaceLogicalCreate(unit("ge-0/0/2", 21), timeout=10).status == dcd.SUCCESS
    watcher = DcdClient(emu.target())
    client.close()
    keeper.close()
    assert "ge-0/0/2.20" in watcher.terse()
    assert wait_until(lambda: "ge-0/0/2.20" not in watcher.terse(), timeout=10)
    assert "ge-0/0/2.21" in watcher.terse()
    watcher.close()


def test_routing_interfaces_get_and_subscribe(emu: EmulatorProcess) -> None:
    client = DcdClient(emu.target())
    early = client.rt.InterfaceGet(rtif.InterfaceGetRequest(name="fxp0.0"), timeout=10)
    assert early.sub_code == rtif.InterfaceGetResponse.NOT_INITIALIZED
    assert client.rt.InterfaceInitialize(rtif.InterfaceInitializeRequest(), timeout=10).sub_code == 0
    again = client.rt.InterfaceInitialize(rtif.InterfaceInitializeRequest(), timeout=10)
    assert again.sub_code == rtif.InterfaceInitializeResponse.ALREADY_INITIALIZED
    fxp = client.rt.InterfaceGet(rtif.InterfaceGetRequest(name="fxp0.0"), timeout=10)
    assert fxp.sub_code == 0 and fxp.entry.status == rtif.RT_INTF_UP and fxp.entry.bandwidth == 1_000_000_000
    assert [(a.address.inet.addr_string, a.prefix_length, a.is_primary) for a in fxp.entry.addresses] == [
        ("172.16.0.1", 16, True)
    ]
    by_index = client.rt.InterfaceGet(rtif.InterfaceGetRequest(index=fxp.entry.index), timeout=10)
    assert by_index.entry.name == "fxp0.0"
    as_bytes = client.rt.InterfaceGet(
        rtif.InterfaceGetRequest(name="fxp0.0", address_format=addr_pb2.ADDRESS_BYTES), timeout=10
    )
    assert as_bytes.entry.addresses[0].address.inet.addr_bytes == bytes([172, 16, 0, 1])
    assert client.rt.InterfaceGet(rtif.InterfaceGetRequest(name="ge-9/9/9.0"), timeout=10).sub_code == (
        rtif.InterfaceGetResponse.NOT_FOUND
    )
    assert client.rt.InterfaceGet(rtif.InterfaceGetRequest(), timeout=10).sub_code == (
        rtif.InterfaceGetResponse.INVALID_INDEX_AND_NAME
    )

    stream = client.rt.InterfaceSubscribe(rtif.InterfaceSubscribeRequest(), timeout=30)
    first = next(stream)
    assert "fxp0.0" in {e.name for e in first.entries}
    # A unit made through dcd appears, then is deleted.
    assert client.interfaces.InterfaceLogicalCreate(unit("ge-0/0/2", 30), timeout=10).status == dcd.SUCCESS
    assert [(e.name, e.status) for e in next(stream).entries] == [("ge-0/0/2.30", rtif.RT_INTF_UP)]
    assert client.interfaces.InterfaceLogicalDelete(unit("ge-0/0/2", 30), timeout=10).status == dcd.SUCCESS
    assert [(e.name, e.status) for e in next(stream).entries] == [("ge-0/0/2.30", rtif.RT_INTF_DELETED)]
    assert client.rt.InterfaceRefresh(rtif.InterfaceRefreshRequest(), timeout=10).sub_code == 0
    assert {e.name for e in next(stream).entries} == {e.name for e in first.entries}
    twice = list(client.rt.InterfaceSubscribe(rtif.InterfaceSubscribeRequest(), timeout=10))
    assert [r.sub_code for r in twice] == [rtif.InterfaceSubscribeResponse.ALREADY_SUBSCRIBED]
    assert client.rt.InterfaceUnsubscribe(rtif.InterfaceUnsubscribeRequest(), timeout=10).sub_code == 0
    assert list(stream) == []
    gone = client.rt.InterfaceUnsubscribe(rtif.InterfaceUnsubscribeRequest(), timeout=10)
    assert gone.sub_code == rtif.InterfaceUnsubscribeResponse.NOTIFICATION_NOT_SUBSCRIBED
    client.close()
