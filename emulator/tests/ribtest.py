"""Helpers for the RIB / firewall / interfaces tests: stubs on a logged-in channel."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from emutest import JetClient, connect

from jetemu.proto import jnx_common_addr_types_pb2 as addr_pb2
from jetemu.proto import jnx_management_service_pb2 as mgmt_pb2
from jetemu.proto import jnx_routing_base_service_pb2_grpc as base_grpc
from jetemu.proto import jnx_routing_base_types_pb2 as base_pb2
from jetemu.proto import jnx_routing_rib_service_pb2 as rib_pb2
from jetemu.proto import jnx_routing_rib_service_pb2_grpc as rib_grpc


class RibClient:
    def __init__(self, target: str, client_id: str) -> None:
        self.jet: JetClient = connect(target)
        reply = self.jet.login(client_id=client_id)
        assert reply.status.code == 0, reply.status.message
        self.rib = rib_grpc.RibStub(self.jet.channel)
        self.base = base_grpc.BaseStub(self.jet.channel)

    def init(self, **kwargs: Any) -> Any:
        return self.rib.RouteInitialize(rib_pb2.RouteInitializeRequest(**kwargs), timeout=10)

    def show_routes(self, table: str = "inet.0") -> dict[str, list[dict[str, Any]]]:
        status, text = self.jet.op(cli=f"show route table {table}", fmt=mgmt_pb2.OP_COMMAND_OUTPUT_JSON)
        assert status.code == 0, status.message
        data = json.loads(text) if text.strip() else {}
        out: dict[str, list[dict[str, Any]]] = {}
        for info in data.get("route-information", []):
            for rt_table in info.get("route-table", []):
                for rt in rt_table.get("rt", []):
                    prefix = rt["rt-destination"][0]["data"]
                    out[prefix] = [
                        {
                            "protocol": e["protocol-name"][0]["data"],
                            "preference": int(e["preference"][0]["data"]),
                            "active": "active-tag" in e,
                        }
                        for e in rt["rt-entry"]
                    ]
        return out

    def close(self) -> None:
        self.jet.close()


def net(address: str) -> Any:
    if ":" in address:
        return base_pb2.NetworkAddress(inet6=addr_pb2.IpAddress(addr_string=address))
    return base_pb2.NetworkAddress(inet=addr_pb2.IpAddress(addr_string=address))


def key(prefix: str, table: str = "inet.0") -> Any:
    address, _, length = prefix.partition("/")
    return rib_pb2.RouteMatch(
        dest_prefix=net(address),
        dest_prefix_len=int(length),
        table=base_pb2.RouteTable(name=base_pb2.RouteTableName(name=table)),
    )


def entry(
    prefix: str,
    *gateways: str,
    table: str = "inet.0",
    preference: int | None = None,
    protocol: int = base_pb2.PROTO_STATIC,
    interface: str = "",
) -> Any:
    attributes = rib_pb2.RouteAttributes()
    if preference is not None:
        attributes.preferences[0].value = preference
    gws = [rib_pb2.RouteGateway(gateway_address=net(gw)) for gw in gateways]
    if interface:
        gws.append(rib_pb2.RouteGateway(interface_name=interface))
    return rib_pb2.RouteEntry(
        key=key(prefix, table), nexthop=rib_pb2.RouteNexthop(gateways=gws), protocol=protocol, attributes=attributes
    )


def wait_until(check: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()
