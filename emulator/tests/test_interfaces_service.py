"""jnx.jet.interfaces.Interfaces through real gRPC channels."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from emutest import EmulatorProcess, JetClient, connect

from jetemu.proto import jnx_common_addr_types_pb2 as addr_pb2
from jetemu.proto import jnx_common_base_types_pb2 as common_pb2
from jetemu.proto import jnx_interfaces_service_pb2 as ifs
from jetemu.proto import jnx_interfaces_service_pb2_grpc as ifs_grpc


class IfClient:
    def __init__(self, target: str, client_id: str) -> None:
        self.jet: JetClient = connect(target)
        assert self.jet.login(client_id=client_id).status.code == 0
        self.stub = ifs_grpc.InterfacesStub(self.jet.channel)

    def terse(self) -> dict[str, list[str]]:
        status, text = self.jet.op(cli="show interfaces terse", fmt=0)
        assert status.code == 0, status.message
        out: dict[str, list[str]] = {}
        for info in json.loads(text)["interface-information"]:
            for ifd in info["physical-interface"]:
                for ifl in ifd.get("logical-interface", []):
                    name = ifl["name"][0]["data"]
                    out[name] = [
                        a["ifa-local"][0]["data"]
                        for fam in ifl.get("address-family", [])
                        for a in fam.get("interface-address", [])
                    ]
        return out

    def close(self) -> None:
        self.jet.close()


def attrs(**values: Any) -> Any:
    return ifs.InterfaceAttributeList(
        string_attributes=[ifs.StringAttribute(key=k, value=v) for k, v in values.items() if isinstance(v, str)],
        integer_attributes=[ifs.IntegerAttribute(key=k, value=v) for k, v in values.items() if isinstance(v, int)],
    )


def unit(port: str, number: int, **values: Any) -> Any:
    return ifs.InterfaceUnitConfig(port_name=port, unit=ifs.InterfaceUnit(number=number), attributes=attrs(**values))


def family(port: str, number: int, af: int = addr_pb2.AF_INET, **values: Any) -> Any:
    return ifs.InterfaceFamilyConfig(
        port_name=port, unit=ifs.InterfaceUnit(number=number), family=af, attributes=attrs(**values)
    )


def address(port: str, number: int, text: str, af: int = addr_pb2.AF_INET) -> Any:
    return ifs.InterfaceAddressConfig(
        port_name=port,
        unit=ifs.InterfaceUnit(number=number),
        family=af,
        ip_address=addr_pb2.IpAddress(addr_string=text),
    )


@pytest.fixture
def client(emu: EmulatorProcess) -> Iterator[IfClient]:
    c = IfClient(emu.target(), "if-test")
    yield c
    c.close()


def test_unit_family_address_lifecycle(client: IfClient) -> None:
    s = client.stub
    r = s.InterfaceAdd(
        ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("ge-0/0/1", 10, description="jet")),
        timeout=10,
    )
    assert r.status.code == common_pb2.SUCCESS, r.status.message
    r = s.InterfaceAdd(
        ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_FAMILY_OBJECT, family=family("ge-0/0/1", 10)), timeout=10
    )
    assert r.status.code == common_pb2.SUCCESS, r.status.message
    r = s.InterfaceAdd(
        ifs.InterfaceAddRequest(
            type=ifs.TYPE_INTERFACE_ADDRESS_OBJECT, address=address("ge-0/0/1", 10, "192.0.2.1/24")
        ),
        timeout=10,
    )
    assert r.status.code == common_pb2.SUCCESS, r.status.message
    assert client.terse()["ge-0/0/1.10"] == ["192.0.2.1/24"]
    _, routes = client.jet.op(cli="show route 192.0.2.0/24", fmt=2)
    assert "Direct" in routes and "ge-0/0/1.10" in routes
    got = s.InterfaceGet(
        ifs.InterfaceGetRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("ge-0/0/1", 10)), timeout=10
    )
    assert got.status.code == 0 and {a.key: a.value for a in got.unit.attributes.string_attributes} == {
        "description": "jet"
    }
    perm = s.InterfaceUnitPermissionsGet(
        ifs.InterfaceUnitPermissionsGetRequest(port_name="ge-0/0/1", unit=ifs.InterfaceUnit(number=10)), timeout=10
    )
    assert (perm.is_owner, perm.client_created_unit, perm.client_name) == (True, True, "if-test")
    upd = s.InterfaceUpdate(
        ifs.InterfaceUpdateRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("ge-0/0/1", 10, description="new")),
        timeout=10,
    )
    assert upd.status.code == 0
    dup = s.InterfaceAdd(
        ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("ge-0/0/1", 10)), timeout=10
    )
    assert dup.status.code == common_pb2.FAILURE and "already exists" in dup.status.message
    gone = s.InterfaceDelete(
        ifs.InterfaceDeleteRequest(
            type=ifs.TYPE_INTERFACE_UNIT_OBJECT,
            unit=ifs.InterfaceUnitDelete(port_name="ge-0/0/1", unit=ifs.InterfaceUnit(number=10)),
        ),
        timeout=10,
    )
    assert gone.status.code == 0
    assert "ge-0/0/1.10" not in client.terse()
    missing = s.InterfaceGet(
        ifs.InterfaceGetRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("ge-0/0/1", 10)), timeout=10
    )
    assert missing.sub_code == ifs.InterfaceGetResponse.OBJECT_NOT_FOUND


def test_jet_units_survive_a_commit(client: IfClient) -> None:
    s = client.stub
    assert (
        s.InterfaceUpdate(
            ifs.InterfaceUpdateRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("ge-0/0/2", 5)), timeout=10
        ).status.code
        == 0
    )
    from jetemu.proto import jnx_management_service_pb2 as mgmt

    reply = client.jet.mgmt.ConfigSet(
        mgmt.ConfigSetRequest(text_config="set system host-name committed-r1", load_type=mgmt.CONFIG_LOAD_SET),
        timeout=10,
    )
    assert reply.status.code == 0, reply.status.message
    assert "ge-0/0/2.5" in client.terse()


@pytest.mark.parametrize(
    ("request_", "code", "words"),
    [
        (
            ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("fxp0", 0)),
            "NOT_OWNER_OF_OBJECT",
            "the configuration",
        ),
        (
            ifs.InterfaceAddRequest(
                type=ifs.TYPE_INTERFACE_OBJECT, interfaces=ifs.InterfaceConfig(port_name="ge-0/0/3")
            ),
            "NOT_OWNER_OF_OBJECT",
            "physical interface",
        ),
        (
            ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_FAMILY_OBJECT, unit=unit("ge-0/0/3", 1)),
            "INTERFACE_OBJECT_MISMATCH",
            "does not match",
        ),
        (
            ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("ge-9/9/9", 1)),
            "OPERATION_FAILED",
            "ge-9/9/9 does not exist",
        ),
        (
            ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("", 1)),
            "PORT_NAME_NOT_SPECIFIED",
            "port_name",
        ),
        (
            ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("ge-0/0/3", 1, colour="red")),
            "OPERATION_FAILED",
            "colour",
        ),
    ],
)
def test_refusals(client: IfClient, request_: Any, code: str, words: str) -> None:
    reply = client.stub.InterfaceAdd(request_, timeout=10)
    assert reply.status.code == common_pb2.FAILURE
    assert reply.sub_code == ifs.InterfaceAddResponse.StatusCode.Value(code), reply.status.message
    assert words in reply.status.message


def test_other_client_is_not_owner(emu: EmulatorProcess, client: IfClient) -> None:
    assert (
        client.stub.InterfaceAdd(
            ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_UNIT_OBJECT, unit=unit("ge-0/0/4", 7)), timeout=10
        ).status.code
        == 0
    )
    other = IfClient(emu.target(), "if-other")
    try:
        reply = other.stub.InterfaceAdd(
            ifs.InterfaceAddRequest(type=ifs.TYPE_INTERFACE_FAMILY_OBJECT, family=family("ge-0/0/4", 7)), timeout=10
        )
        assert reply.sub_code == ifs.InterfaceAddResponse.NOT_OWNER_OF_OBJECT
        assert "belongs to client 'if-test'" in reply.status.message
        bad_addr = client.stub.InterfaceAdd(
            ifs.InterfaceAddRequest(
                type=ifs.TYPE_INTERFACE_ADDRESS_OBJECT, address=address("ge-0/0/4", 7, "2001:db8::1/64")
            ),
            timeout=10,
        )
        assert bad_addr.status.code == common_pb2.FAILURE and "family inet is not configured" in bad_addr.status.message
    finally:
        other.close()
