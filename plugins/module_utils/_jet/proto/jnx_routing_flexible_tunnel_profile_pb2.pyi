from google.protobuf import wrappers_pb2 as _wrappers_pb2
from . import jnx_common_addr_types_pb2 as _jnx_common_addr_types_pb2
from . import jnx_common_base_types_pb2 as _jnx_common_base_types_pb2
from . import jnx_routing_base_types_pb2 as _jnx_routing_base_types_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TunnelActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENCAPSULATE: _ClassVar[TunnelActionType]
    DECAPSULATE: _ClassVar[TunnelActionType]
ENCAPSULATE: TunnelActionType
DECAPSULATE: TunnelActionType

class VxlanTunnelAttributes(_message.Message):
    __slots__ = ("vni", "source_prefix", "source_prefix_len", "source_udp_port_range", "source_mac", "destination_address", "destination_udp_port", "destination_mac", "flags", "rfc7348_reserved")
    VNI_FIELD_NUMBER: _ClassVar[int]
    SOURCE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    SOURCE_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    SOURCE_UDP_PORT_RANGE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_MAC_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_UDP_PORT_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_MAC_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    RFC7348_RESERVED_FIELD_NUMBER: _ClassVar[int]
    vni: int
    source_prefix: _jnx_routing_base_types_pb2.NetworkAddress
    source_prefix_len: int
    source_udp_port_range: _jnx_common_base_types_pb2.NumericRange
    source_mac: _jnx_common_addr_types_pb2.MacAddress
    destination_address: _jnx_routing_base_types_pb2.NetworkAddress
    destination_udp_port: int
    destination_mac: _jnx_common_addr_types_pb2.MacAddress
    flags: _wrappers_pb2.UInt32Value
    rfc7348_reserved: Rfc7348VxlanReserved
    def __init__(self, vni: _Optional[int] = ..., source_prefix: _Optional[_Union[_jnx_routing_base_types_pb2.NetworkAddress, _Mapping]] = ..., source_prefix_len: _Optional[int] = ..., source_udp_port_range: _Optional[_Union[_jnx_common_base_types_pb2.NumericRange, _Mapping]] = ..., source_mac: _Optional[_Union[_jnx_common_addr_types_pb2.MacAddress, _Mapping]] = ..., destination_address: _Optional[_Union[_jnx_routing_base_types_pb2.NetworkAddress, _Mapping]] = ..., destination_udp_port: _Optional[int] = ..., destination_mac: _Optional[_Union[_jnx_common_addr_types_pb2.MacAddress, _Mapping]] = ..., flags: _Optional[_Union[_wrappers_pb2.UInt32Value, _Mapping]] = ..., rfc7348_reserved: _Optional[_Union[Rfc7348VxlanReserved, _Mapping]] = ...) -> None: ...

class Rfc7348VxlanReserved(_message.Message):
    __slots__ = ("reserved_bits_8_31", "reserved_bits_55_63")
    RESERVED_BITS_8_31_FIELD_NUMBER: _ClassVar[int]
    RESERVED_BITS_55_63_FIELD_NUMBER: _ClassVar[int]
    reserved_bits_8_31: int
    reserved_bits_55_63: int
    def __init__(self, reserved_bits_8_31: _Optional[int] = ..., reserved_bits_55_63: _Optional[int] = ...) -> None: ...

class TunnelAttributes(_message.Message):
    __slots__ = ("vxlan",)
    VXLAN_FIELD_NUMBER: _ClassVar[int]
    vxlan: VxlanTunnelAttributes
    def __init__(self, vxlan: _Optional[_Union[VxlanTunnelAttributes, _Mapping]] = ...) -> None: ...

class FlexibleTunnelProfile(_message.Message):
    __slots__ = ("name", "action", "interface_name", "attributes")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_NAME_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    name: str
    action: TunnelActionType
    interface_name: str
    attributes: TunnelAttributes
    def __init__(self, name: _Optional[str] = ..., action: _Optional[_Union[TunnelActionType, str]] = ..., interface_name: _Optional[str] = ..., attributes: _Optional[_Union[TunnelAttributes, _Mapping]] = ...) -> None: ...
