from . import jnx_addr_pb2 as _jnx_addr_pb2
from . import prpd_common_pb2 as _prpd_common_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TunnelActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENCAPSULATE: _ClassVar[TunnelActionType]
    DECAPSULATE: _ClassVar[TunnelActionType]
    TRANSLATE: _ClassVar[TunnelActionType]
ENCAPSULATE: TunnelActionType
DECAPSULATE: TunnelActionType
TRANSLATE: TunnelActionType

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
    source_prefix: _prpd_common_pb2.NetworkAddress
    source_prefix_len: int
    source_udp_port_range: _jnx_addr_pb2.NumericRange
    source_mac: _jnx_addr_pb2.MacAddress
    destination_address: _prpd_common_pb2.NetworkAddress
    destination_udp_port: int
    destination_mac: _jnx_addr_pb2.MacAddress
    flags: int
    rfc7348_reserved: Rfc7348VxlanReserved
    def __init__(self, vni: _Optional[int] = ..., source_prefix: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., source_prefix_len: _Optional[int] = ..., source_udp_port_range: _Optional[_Union[_jnx_addr_pb2.NumericRange, _Mapping]] = ..., source_mac: _Optional[_Union[_jnx_addr_pb2.MacAddress, _Mapping]] = ..., destination_address: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., destination_udp_port: _Optional[int] = ..., destination_mac: _Optional[_Union[_jnx_addr_pb2.MacAddress, _Mapping]] = ..., flags: _Optional[int] = ..., rfc7348_reserved: _Optional[_Union[Rfc7348VxlanReserved, _Mapping]] = ...) -> None: ...

class Rfc7348VxlanReserved(_message.Message):
    __slots__ = ("reserved_bits_8_31", "reserved_bits_55_63")
    RESERVED_BITS_8_31_FIELD_NUMBER: _ClassVar[int]
    RESERVED_BITS_55_63_FIELD_NUMBER: _ClassVar[int]
    reserved_bits_8_31: int
    reserved_bits_55_63: int
    def __init__(self, reserved_bits_8_31: _Optional[int] = ..., reserved_bits_55_63: _Optional[int] = ...) -> None: ...

class GreTunnelAttributes(_message.Message):
    __slots__ = ("source_prefix", "source_prefix_len", "destination_address", "inner_source_address", "gre_key", "target_vrf_name")
    SOURCE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    SOURCE_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INNER_SOURCE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    GRE_KEY_FIELD_NUMBER: _ClassVar[int]
    TARGET_VRF_NAME_FIELD_NUMBER: _ClassVar[int]
    source_prefix: _prpd_common_pb2.NetworkAddress
    source_prefix_len: int
    destination_address: _prpd_common_pb2.NetworkAddress
    inner_source_address: _prpd_common_pb2.NetworkAddress
    gre_key: int
    target_vrf_name: str
    def __init__(self, source_prefix: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., source_prefix_len: _Optional[int] = ..., destination_address: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., inner_source_address: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., gre_key: _Optional[int] = ..., target_vrf_name: _Optional[str] = ...) -> None: ...

class Ipv4Ipv6MsbParams(_message.Message):
    __slots__ = ("ipv6_prefix",)
    IPV6_PREFIX_FIELD_NUMBER: _ClassVar[int]
    ipv6_prefix: _jnx_addr_pb2.IpAddress
    def __init__(self, ipv6_prefix: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ...) -> None: ...

class Ipv4Ipv6MappingParams(_message.Message):
    __slots__ = ("ipv6_prefix",)
    IPV6_PREFIX_FIELD_NUMBER: _ClassVar[int]
    ipv6_prefix: _jnx_addr_pb2.IpAddress
    def __init__(self, ipv6_prefix: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ...) -> None: ...

class Ipv6Ipv4StripMsb(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Ipv6Ipv4AddressTranslationParams(_message.Message):
    __slots__ = ("ipv6_ipv4_strip_msb",)
    IPV6_IPV4_STRIP_MSB_FIELD_NUMBER: _ClassVar[int]
    ipv6_ipv4_strip_msb: Ipv6Ipv4StripMsb
    def __init__(self, ipv6_ipv4_strip_msb: _Optional[_Union[Ipv6Ipv4StripMsb, _Mapping]] = ...) -> None: ...

class Ipv4Ipv6AddressTranslationParams(_message.Message):
    __slots__ = ("ipv4_ipv6_msb", "ipv4_ipv6_map")
    IPV4_IPV6_MSB_FIELD_NUMBER: _ClassVar[int]
    IPV4_IPV6_MAP_FIELD_NUMBER: _ClassVar[int]
    ipv4_ipv6_msb: Ipv4Ipv6MsbParams
    ipv4_ipv6_map: Ipv4Ipv6MappingParams
    def __init__(self, ipv4_ipv6_msb: _Optional[_Union[Ipv4Ipv6MsbParams, _Mapping]] = ..., ipv4_ipv6_map: _Optional[_Union[Ipv4Ipv6MappingParams, _Mapping]] = ...) -> None: ...

class Ipv6Ipv4TranslationParams(_message.Message):
    __slots__ = ("source_params", "dest_params")
    SOURCE_PARAMS_FIELD_NUMBER: _ClassVar[int]
    DEST_PARAMS_FIELD_NUMBER: _ClassVar[int]
    source_params: Ipv6Ipv4AddressTranslationParams
    dest_params: Ipv6Ipv4AddressTranslationParams
    def __init__(self, source_params: _Optional[_Union[Ipv6Ipv4AddressTranslationParams, _Mapping]] = ..., dest_params: _Optional[_Union[Ipv6Ipv4AddressTranslationParams, _Mapping]] = ...) -> None: ...

class Ipv4Ipv6TranslationParams(_message.Message):
    __slots__ = ("source_params", "dest_params")
    SOURCE_PARAMS_FIELD_NUMBER: _ClassVar[int]
    DEST_PARAMS_FIELD_NUMBER: _ClassVar[int]
    source_params: Ipv4Ipv6AddressTranslationParams
    dest_params: Ipv4Ipv6AddressTranslationParams
    def __init__(self, source_params: _Optional[_Union[Ipv4Ipv6AddressTranslationParams, _Mapping]] = ..., dest_params: _Optional[_Union[Ipv4Ipv6AddressTranslationParams, _Mapping]] = ...) -> None: ...

class TranslationAttributes(_message.Message):
    __slots__ = ("ipv4_ipv6_xlate", "ipv6_ipv4_xlate", "target_vrf_name")
    IPV4_IPV6_XLATE_FIELD_NUMBER: _ClassVar[int]
    IPV6_IPV4_XLATE_FIELD_NUMBER: _ClassVar[int]
    TARGET_VRF_NAME_FIELD_NUMBER: _ClassVar[int]
    ipv4_ipv6_xlate: Ipv4Ipv6TranslationParams
    ipv6_ipv4_xlate: Ipv6Ipv4TranslationParams
    target_vrf_name: str
    def __init__(self, ipv4_ipv6_xlate: _Optional[_Union[Ipv4Ipv6TranslationParams, _Mapping]] = ..., ipv6_ipv4_xlate: _Optional[_Union[Ipv6Ipv4TranslationParams, _Mapping]] = ..., target_vrf_name: _Optional[str] = ...) -> None: ...

class TunnelAttributes(_message.Message):
    __slots__ = ("vxlan", "gre", "translate")
    VXLAN_FIELD_NUMBER: _ClassVar[int]
    GRE_FIELD_NUMBER: _ClassVar[int]
    TRANSLATE_FIELD_NUMBER: _ClassVar[int]
    vxlan: VxlanTunnelAttributes
    gre: GreTunnelAttributes
    translate: TranslationAttributes
    def __init__(self, vxlan: _Optional[_Union[VxlanTunnelAttributes, _Mapping]] = ..., gre: _Optional[_Union[GreTunnelAttributes, _Mapping]] = ..., translate: _Optional[_Union[TranslationAttributes, _Mapping]] = ...) -> None: ...

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
