from . import jnx_common_addr_types_pb2 as _jnx_common_addr_types_pb2
from . import jnx_common_base_types_pb2 as _jnx_common_base_types_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class InterfaceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TYPE_INTERFACE_OBJECT: _ClassVar[InterfaceType]
    TYPE_INTERFACE_UNIT_OBJECT: _ClassVar[InterfaceType]
    TYPE_INTERFACE_FAMILY_OBJECT: _ClassVar[InterfaceType]
    TYPE_INTERFACE_ADDRESS_OBJECT: _ClassVar[InterfaceType]
    TYPE_INTERFACE_ARP_OBJECT: _ClassVar[InterfaceType]
TYPE_INTERFACE_OBJECT: InterfaceType
TYPE_INTERFACE_UNIT_OBJECT: InterfaceType
TYPE_INTERFACE_FAMILY_OBJECT: InterfaceType
TYPE_INTERFACE_ADDRESS_OBJECT: InterfaceType
TYPE_INTERFACE_ARP_OBJECT: InterfaceType

class StringAttribute(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: str
    def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class IntegerAttribute(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: int
    def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...

class AggregateOptions(_message.Message):
    __slots__ = ("aggregate_members",)
    AGGREGATE_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    aggregate_members: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, aggregate_members: _Optional[_Iterable[str]] = ...) -> None: ...

class InterfaceSpecificOptions(_message.Message):
    __slots__ = ("aggregate_options",)
    AGGREGATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    aggregate_options: AggregateOptions
    def __init__(self, aggregate_options: _Optional[_Union[AggregateOptions, _Mapping]] = ...) -> None: ...

class InterfaceAttributeList(_message.Message):
    __slots__ = ("string_attributes", "integer_attributes")
    STRING_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    INTEGER_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    string_attributes: _containers.RepeatedCompositeFieldContainer[StringAttribute]
    integer_attributes: _containers.RepeatedCompositeFieldContainer[IntegerAttribute]
    def __init__(self, string_attributes: _Optional[_Iterable[_Union[StringAttribute, _Mapping]]] = ..., integer_attributes: _Optional[_Iterable[_Union[IntegerAttribute, _Mapping]]] = ...) -> None: ...

class InterfaceUnit(_message.Message):
    __slots__ = ("number",)
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    number: int
    def __init__(self, number: _Optional[int] = ...) -> None: ...

class InterfaceConfig(_message.Message):
    __slots__ = ("port_name", "interface_options", "attributes")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    interface_options: InterfaceSpecificOptions
    attributes: InterfaceAttributeList
    def __init__(self, port_name: _Optional[str] = ..., interface_options: _Optional[_Union[InterfaceSpecificOptions, _Mapping]] = ..., attributes: _Optional[_Union[InterfaceAttributeList, _Mapping]] = ...) -> None: ...

class NetworkAddress(_message.Message):
    __slots__ = ("inet", "inet6")
    INET_FIELD_NUMBER: _ClassVar[int]
    INET6_FIELD_NUMBER: _ClassVar[int]
    inet: _jnx_common_addr_types_pb2.IpNetwork
    inet6: _jnx_common_addr_types_pb2.IpNetwork
    def __init__(self, inet: _Optional[_Union[_jnx_common_addr_types_pb2.IpNetwork, _Mapping]] = ..., inet6: _Optional[_Union[_jnx_common_addr_types_pb2.IpNetwork, _Mapping]] = ...) -> None: ...

class SourceOptionsVxlangpe(_message.Message):
    __slots__ = ("mac_address", "address", "interface")
    MAC_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_FIELD_NUMBER: _ClassVar[int]
    mac_address: _jnx_common_addr_types_pb2.MacAddress
    address: NetworkAddress
    interface: str
    def __init__(self, mac_address: _Optional[_Union[_jnx_common_addr_types_pb2.MacAddress, _Mapping]] = ..., address: _Optional[_Union[NetworkAddress, _Mapping]] = ..., interface: _Optional[str] = ...) -> None: ...

class SourceOptions(_message.Message):
    __slots__ = ("address", "interface")
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_FIELD_NUMBER: _ClassVar[int]
    address: NetworkAddress
    interface: str
    def __init__(self, address: _Optional[_Union[NetworkAddress, _Mapping]] = ..., interface: _Optional[str] = ...) -> None: ...

class DestinationOptionsVxlangpe(_message.Message):
    __slots__ = ("address", "mac_address")
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    MAC_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    address: NetworkAddress
    mac_address: _jnx_common_addr_types_pb2.MacAddress
    def __init__(self, address: _Optional[_Union[NetworkAddress, _Mapping]] = ..., mac_address: _Optional[_Union[_jnx_common_addr_types_pb2.MacAddress, _Mapping]] = ...) -> None: ...

class DestinationOptions(_message.Message):
    __slots__ = ("address",)
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    address: NetworkAddress
    def __init__(self, address: _Optional[_Union[NetworkAddress, _Mapping]] = ...) -> None: ...

class FtiEncapVxlanGpeOptions(_message.Message):
    __slots__ = ("source", "destination", "tunnel_endpoint", "destination_udp_port", "vni")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    TUNNEL_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_UDP_PORT_FIELD_NUMBER: _ClassVar[int]
    VNI_FIELD_NUMBER: _ClassVar[int]
    source: SourceOptionsVxlangpe
    destination: DestinationOptionsVxlangpe
    tunnel_endpoint: str
    destination_udp_port: int
    vni: int
    def __init__(self, source: _Optional[_Union[SourceOptionsVxlangpe, _Mapping]] = ..., destination: _Optional[_Union[DestinationOptionsVxlangpe, _Mapping]] = ..., tunnel_endpoint: _Optional[str] = ..., destination_udp_port: _Optional[int] = ..., vni: _Optional[int] = ...) -> None: ...

class FtiEncapIpipOptions(_message.Message):
    __slots__ = ("source", "destination", "ttl", "bypass_or_terminate", "tunnel_ri")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    BYPASS_OR_TERMINATE_FIELD_NUMBER: _ClassVar[int]
    TUNNEL_RI_FIELD_NUMBER: _ClassVar[int]
    source: SourceOptions
    destination: DestinationOptions
    ttl: int
    bypass_or_terminate: _jnx_common_addr_types_pb2.BypassOrTerminate
    tunnel_ri: str
    def __init__(self, source: _Optional[_Union[SourceOptions, _Mapping]] = ..., destination: _Optional[_Union[DestinationOptions, _Mapping]] = ..., ttl: _Optional[int] = ..., bypass_or_terminate: _Optional[_Union[_jnx_common_addr_types_pb2.BypassOrTerminate, _Mapping]] = ..., tunnel_ri: _Optional[str] = ...) -> None: ...

class FtiEncapUdpOptions(_message.Message):
    __slots__ = ("source", "destination", "ttl", "bypass_or_terminate", "payload_port_profile", "tunnel_ri")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    BYPASS_OR_TERMINATE_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_PORT_PROFILE_FIELD_NUMBER: _ClassVar[int]
    TUNNEL_RI_FIELD_NUMBER: _ClassVar[int]
    source: SourceOptions
    destination: DestinationOptions
    ttl: int
    bypass_or_terminate: _jnx_common_addr_types_pb2.BypassOrTerminate
    payload_port_profile: str
    tunnel_ri: str
    def __init__(self, source: _Optional[_Union[SourceOptions, _Mapping]] = ..., destination: _Optional[_Union[DestinationOptions, _Mapping]] = ..., ttl: _Optional[int] = ..., bypass_or_terminate: _Optional[_Union[_jnx_common_addr_types_pb2.BypassOrTerminate, _Mapping]] = ..., payload_port_profile: _Optional[str] = ..., tunnel_ri: _Optional[str] = ...) -> None: ...

class FtiEncapGreOptions(_message.Message):
    __slots__ = ("source", "destination", "ttl", "key", "tunnel_ri", "bypass_or_terminate")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    TUNNEL_RI_FIELD_NUMBER: _ClassVar[int]
    BYPASS_OR_TERMINATE_FIELD_NUMBER: _ClassVar[int]
    source: SourceOptions
    destination: DestinationOptions
    ttl: int
    key: int
    tunnel_ri: str
    bypass_or_terminate: _jnx_common_addr_types_pb2.BypassOrTerminate
    def __init__(self, source: _Optional[_Union[SourceOptions, _Mapping]] = ..., destination: _Optional[_Union[DestinationOptions, _Mapping]] = ..., ttl: _Optional[int] = ..., key: _Optional[int] = ..., tunnel_ri: _Optional[str] = ..., bypass_or_terminate: _Optional[_Union[_jnx_common_addr_types_pb2.BypassOrTerminate, _Mapping]] = ...) -> None: ...

class FtiEncapOptions(_message.Message):
    __slots__ = ("vxlan_gpe", "ipip", "udp", "gre")
    VXLAN_GPE_FIELD_NUMBER: _ClassVar[int]
    IPIP_FIELD_NUMBER: _ClassVar[int]
    UDP_FIELD_NUMBER: _ClassVar[int]
    GRE_FIELD_NUMBER: _ClassVar[int]
    vxlan_gpe: FtiEncapVxlanGpeOptions
    ipip: FtiEncapIpipOptions
    udp: FtiEncapUdpOptions
    gre: FtiEncapGreOptions
    def __init__(self, vxlan_gpe: _Optional[_Union[FtiEncapVxlanGpeOptions, _Mapping]] = ..., ipip: _Optional[_Union[FtiEncapIpipOptions, _Mapping]] = ..., udp: _Optional[_Union[FtiEncapUdpOptions, _Mapping]] = ..., gre: _Optional[_Union[FtiEncapGreOptions, _Mapping]] = ...) -> None: ...

class TunnelOptions(_message.Message):
    __slots__ = ("encapsulation", "fragmentation")
    ENCAPSULATION_FIELD_NUMBER: _ClassVar[int]
    FRAGMENTATION_FIELD_NUMBER: _ClassVar[int]
    encapsulation: FtiEncapOptions
    fragmentation: int
    def __init__(self, encapsulation: _Optional[_Union[FtiEncapOptions, _Mapping]] = ..., fragmentation: _Optional[int] = ...) -> None: ...

class InterfaceUnitConfig(_message.Message):
    __slots__ = ("port_name", "unit", "attributes", "tunnel")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    TUNNEL_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    unit: InterfaceUnit
    attributes: InterfaceAttributeList
    tunnel: TunnelOptions
    def __init__(self, port_name: _Optional[str] = ..., unit: _Optional[_Union[InterfaceUnit, _Mapping]] = ..., attributes: _Optional[_Union[InterfaceAttributeList, _Mapping]] = ..., tunnel: _Optional[_Union[TunnelOptions, _Mapping]] = ...) -> None: ...

class InterfaceFamilyConfig(_message.Message):
    __slots__ = ("port_name", "unit", "family", "attributes")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    unit: InterfaceUnit
    family: _jnx_common_addr_types_pb2.AfType
    attributes: InterfaceAttributeList
    def __init__(self, port_name: _Optional[str] = ..., unit: _Optional[_Union[InterfaceUnit, _Mapping]] = ..., family: _Optional[_Union[_jnx_common_addr_types_pb2.AfType, str]] = ..., attributes: _Optional[_Union[InterfaceAttributeList, _Mapping]] = ...) -> None: ...

class InterfaceAddressConfig(_message.Message):
    __slots__ = ("port_name", "unit", "family", "ip_address", "attributes", "destination_udp_port")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_UDP_PORT_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    unit: InterfaceUnit
    family: _jnx_common_addr_types_pb2.AfType
    ip_address: _jnx_common_addr_types_pb2.IpAddress
    attributes: InterfaceAttributeList
    destination_udp_port: int
    def __init__(self, port_name: _Optional[str] = ..., unit: _Optional[_Union[InterfaceUnit, _Mapping]] = ..., family: _Optional[_Union[_jnx_common_addr_types_pb2.AfType, str]] = ..., ip_address: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ..., attributes: _Optional[_Union[InterfaceAttributeList, _Mapping]] = ..., destination_udp_port: _Optional[int] = ...) -> None: ...

class InterfaceArpConfig(_message.Message):
    __slots__ = ("port_name", "unit", "family", "ip_address", "neighbor_address", "attributes")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    NEIGHBOR_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    unit: InterfaceUnit
    family: _jnx_common_addr_types_pb2.AfType
    ip_address: _jnx_common_addr_types_pb2.IpAddress
    neighbor_address: _jnx_common_addr_types_pb2.IpAddress
    attributes: InterfaceAttributeList
    def __init__(self, port_name: _Optional[str] = ..., unit: _Optional[_Union[InterfaceUnit, _Mapping]] = ..., family: _Optional[_Union[_jnx_common_addr_types_pb2.AfType, str]] = ..., ip_address: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ..., neighbor_address: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ..., attributes: _Optional[_Union[InterfaceAttributeList, _Mapping]] = ...) -> None: ...

class InterfaceAddResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceAddResponse.StatusCode]
        NOT_OWNER_OF_OBJECT: _ClassVar[InterfaceAddResponse.StatusCode]
        PORT_NAME_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        UNIT_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        FAMILY_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        IP_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        ARP_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        ARP_MAC_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        INTERFACE_OBJECT_MISMATCH: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_NOT_SUPPORTED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_NOT_SUPPORTED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_SOURCE_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_SRC_IPV6_ADDR_NOT_SUPPORTED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_SRC_ADDR_SUBNET_MASK_NOT_ALLOWED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_DEST_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_DEST_IPV6_ADDR_NOT_SUPPORTED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_DEST_ADDR_SUBNET_MASK_NOT_ALLOWED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_VNI_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_TUNNEL_ENDPOINT_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_DEST_UDP_PORT_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_TYPE_NOT_SUPPORTED_ON_PLATFORM: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_SRC_DEST_ADDR_SAME: _ClassVar[InterfaceAddResponse.StatusCode]
        OPERATION_FAILED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_DEST_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_UDP_PORT_PROFILE_MISSING: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_UDP_FAIMLY_NOT_SUPPORTED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_SRC_ADDR_SUBNET_NOT_SUPPORTED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_DEST_ADDR_SUBNET_NOT_SUPPORTED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_SRC_AND_INTF_ADDR_SAME_SUBNET: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_DEST_AND_INTF_ADDR_SAME_SUBNET: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ROUTING_INSTANCE_NOT_PRESENT: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_SRC_DEST_ADDR_NOT_UNIQUE: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_SRC_DEST_DIFF_TYPE: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_SRC_ADDR_FAMILY_NOT_SUPPORTED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_DEST_ADDR_FAMILY_NOT_SUPPORTED: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_ENCAP_ADDR_SUBNET_NOT_MATCHING: _ClassVar[InterfaceAddResponse.StatusCode]
        INTERFACE_PORT_MISMATCH: _ClassVar[InterfaceAddResponse.StatusCode]
        INTERFACE_FAMILY_MISMATCH: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_FRAGMENTATION_TUNNEL_TERMINATE_MISMATCH: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_FRAGMENTATION_SRC_DEST_TYPE_MISMATCH: _ClassVar[InterfaceAddResponse.StatusCode]
        TUNNEL_CLEAR_DF_BIT_TUNNEL_TERMINATE_MISMATCH: _ClassVar[InterfaceAddResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceAddResponse.StatusCode
    NOT_OWNER_OF_OBJECT: InterfaceAddResponse.StatusCode
    PORT_NAME_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    UNIT_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    FAMILY_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    IP_ADDR_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    ARP_ADDR_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    ARP_MAC_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    INTERFACE_OBJECT_MISMATCH: InterfaceAddResponse.StatusCode
    TUNNEL_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    TUNNEL_NOT_SUPPORTED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_NOT_SUPPORTED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_SOURCE_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_SRC_IPV6_ADDR_NOT_SUPPORTED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_SRC_ADDR_SUBNET_MASK_NOT_ALLOWED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_DEST_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_DEST_IPV6_ADDR_NOT_SUPPORTED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_DEST_ADDR_SUBNET_MASK_NOT_ALLOWED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_VNI_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_TUNNEL_ENDPOINT_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_DEST_UDP_PORT_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_TYPE_NOT_SUPPORTED_ON_PLATFORM: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_SRC_DEST_ADDR_SAME: InterfaceAddResponse.StatusCode
    OPERATION_FAILED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_DEST_ADDR_NOT_SPECIFIED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_UDP_PORT_PROFILE_MISSING: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_UDP_FAIMLY_NOT_SUPPORTED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_SRC_ADDR_SUBNET_NOT_SUPPORTED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_DEST_ADDR_SUBNET_NOT_SUPPORTED: InterfaceAddResponse.StatusCode
    TUNNEL_SRC_AND_INTF_ADDR_SAME_SUBNET: InterfaceAddResponse.StatusCode
    TUNNEL_DEST_AND_INTF_ADDR_SAME_SUBNET: InterfaceAddResponse.StatusCode
    TUNNEL_ROUTING_INSTANCE_NOT_PRESENT: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_SRC_DEST_ADDR_NOT_UNIQUE: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_SRC_DEST_DIFF_TYPE: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_SRC_ADDR_FAMILY_NOT_SUPPORTED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_DEST_ADDR_FAMILY_NOT_SUPPORTED: InterfaceAddResponse.StatusCode
    TUNNEL_ENCAP_ADDR_SUBNET_NOT_MATCHING: InterfaceAddResponse.StatusCode
    INTERFACE_PORT_MISMATCH: InterfaceAddResponse.StatusCode
    INTERFACE_FAMILY_MISMATCH: InterfaceAddResponse.StatusCode
    TUNNEL_FRAGMENTATION_TUNNEL_TERMINATE_MISMATCH: InterfaceAddResponse.StatusCode
    TUNNEL_FRAGMENTATION_SRC_DEST_TYPE_MISMATCH: InterfaceAddResponse.StatusCode
    TUNNEL_CLEAR_DF_BIT_TUNNEL_TERMINATE_MISMATCH: InterfaceAddResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceAddResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceAddResponse.StatusCode, str]] = ...) -> None: ...

class InterfaceAddRequest(_message.Message):
    __slots__ = ("type", "interfaces", "unit", "family", "address", "arp")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    INTERFACES_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ARP_FIELD_NUMBER: _ClassVar[int]
    type: InterfaceType
    interfaces: InterfaceConfig
    unit: InterfaceUnitConfig
    family: InterfaceFamilyConfig
    address: InterfaceAddressConfig
    arp: InterfaceArpConfig
    def __init__(self, type: _Optional[_Union[InterfaceType, str]] = ..., interfaces: _Optional[_Union[InterfaceConfig, _Mapping]] = ..., unit: _Optional[_Union[InterfaceUnitConfig, _Mapping]] = ..., family: _Optional[_Union[InterfaceFamilyConfig, _Mapping]] = ..., address: _Optional[_Union[InterfaceAddressConfig, _Mapping]] = ..., arp: _Optional[_Union[InterfaceArpConfig, _Mapping]] = ...) -> None: ...

class InterfaceUpdateResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        NOT_OWNER_OF_OBJECT: _ClassVar[InterfaceUpdateResponse.StatusCode]
        PORT_NAME_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        UNIT_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        FAMILY_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        IP_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        ARP_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        ARP_MAC_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        INTERFACE_OBJECT_MISMATCH: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_NOT_SUPPORTED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_NOT_SUPPORTED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_SOURCE_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_SRC_IPV6_ADDR_NOT_SUPPORTED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_SRC_ADDR_SUBNET_MASK_NOT_ALLOWED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_DEST_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_DEST_IPV6_ADDR_NOT_SUPPORTED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_DEST_ADDR_SUBNET_MASK_NOT_ALLOWED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_VNI_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_TUNNEL_ENDPOINT_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_DEST_UDP_PORT_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_TYPE_NOT_SUPPORTED_ON_PLATFORM: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_SRC_DEST_ADDR_SAME: _ClassVar[InterfaceUpdateResponse.StatusCode]
        OPERATION_FAILED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_DEST_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_UDP_PORT_PROFILE_MISSING: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_UDP_FAIMLY_NOT_SUPPORTED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_SRC_ADDR_SUBNET_NOT_SUPPORTED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_DEST_ADDR_SUBNET_NOT_SUPPORTED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_SRC_AND_INTF_ADDR_SAME_SUBNET: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_DEST_AND_INTF_ADDR_SAME_SUBNET: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ROUTING_INSTANCE_NOT_PRESENT: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_SRC_DEST_ADDR_NOT_UNIQUE: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_SRC_DEST_DIFF_TYPE: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_SRC_ADDR_FAMILY_NOT_SUPPORTED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_DEST_ADDR_FAMILY_NOT_SUPPORTED: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_ENCAP_ADDR_SUBNET_NOT_MATCHING: _ClassVar[InterfaceUpdateResponse.StatusCode]
        INTERFACE_PORT_MISMATCH: _ClassVar[InterfaceUpdateResponse.StatusCode]
        INTERFACE_FAMILY_MISMATCH: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_FRAGMENTATION_TUNNEL_TERMINATE_MISMATCH: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_FRAGMENTATION_SRC_DEST_TYPE_MISMATCH: _ClassVar[InterfaceUpdateResponse.StatusCode]
        TUNNEL_CLEAR_DF_BIT_TUNNEL_TERMINATE_MISMATCH: _ClassVar[InterfaceUpdateResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceUpdateResponse.StatusCode
    NOT_OWNER_OF_OBJECT: InterfaceUpdateResponse.StatusCode
    PORT_NAME_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    UNIT_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    FAMILY_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    IP_ADDR_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    ARP_ADDR_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    ARP_MAC_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    INTERFACE_OBJECT_MISMATCH: InterfaceUpdateResponse.StatusCode
    TUNNEL_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    TUNNEL_NOT_SUPPORTED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_NOT_SUPPORTED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_SOURCE_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_SRC_IPV6_ADDR_NOT_SUPPORTED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_SRC_ADDR_SUBNET_MASK_NOT_ALLOWED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_DEST_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_DEST_IPV6_ADDR_NOT_SUPPORTED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_DEST_ADDR_SUBNET_MASK_NOT_ALLOWED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_VNI_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_TUNNEL_ENDPOINT_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_DEST_UDP_PORT_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_TYPE_NOT_SUPPORTED_ON_PLATFORM: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_SRC_DEST_ADDR_SAME: InterfaceUpdateResponse.StatusCode
    OPERATION_FAILED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_DEST_ADDR_NOT_SPECIFIED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_UDP_PORT_PROFILE_MISSING: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_UDP_FAIMLY_NOT_SUPPORTED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_SRC_ADDR_SUBNET_NOT_SUPPORTED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_DEST_ADDR_SUBNET_NOT_SUPPORTED: InterfaceUpdateResponse.StatusCode
    TUNNEL_SRC_AND_INTF_ADDR_SAME_SUBNET: InterfaceUpdateResponse.StatusCode
    TUNNEL_DEST_AND_INTF_ADDR_SAME_SUBNET: InterfaceUpdateResponse.StatusCode
    TUNNEL_ROUTING_INSTANCE_NOT_PRESENT: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_SRC_DEST_ADDR_NOT_UNIQUE: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_SRC_DEST_DIFF_TYPE: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_SRC_ADDR_FAMILY_NOT_SUPPORTED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_DEST_ADDR_FAMILY_NOT_SUPPORTED: InterfaceUpdateResponse.StatusCode
    TUNNEL_ENCAP_ADDR_SUBNET_NOT_MATCHING: InterfaceUpdateResponse.StatusCode
    INTERFACE_PORT_MISMATCH: InterfaceUpdateResponse.StatusCode
    INTERFACE_FAMILY_MISMATCH: InterfaceUpdateResponse.StatusCode
    TUNNEL_FRAGMENTATION_TUNNEL_TERMINATE_MISMATCH: InterfaceUpdateResponse.StatusCode
    TUNNEL_FRAGMENTATION_SRC_DEST_TYPE_MISMATCH: InterfaceUpdateResponse.StatusCode
    TUNNEL_CLEAR_DF_BIT_TUNNEL_TERMINATE_MISMATCH: InterfaceUpdateResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceUpdateResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceUpdateResponse.StatusCode, str]] = ...) -> None: ...

class InterfaceUpdateRequest(_message.Message):
    __slots__ = ("type", "interfaces", "unit", "family", "address", "arp")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    INTERFACES_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ARP_FIELD_NUMBER: _ClassVar[int]
    type: InterfaceType
    interfaces: InterfaceConfig
    unit: InterfaceUnitConfig
    family: InterfaceFamilyConfig
    address: InterfaceAddressConfig
    arp: InterfaceArpConfig
    def __init__(self, type: _Optional[_Union[InterfaceType, str]] = ..., interfaces: _Optional[_Union[InterfaceConfig, _Mapping]] = ..., unit: _Optional[_Union[InterfaceUnitConfig, _Mapping]] = ..., family: _Optional[_Union[InterfaceFamilyConfig, _Mapping]] = ..., address: _Optional[_Union[InterfaceAddressConfig, _Mapping]] = ..., arp: _Optional[_Union[InterfaceArpConfig, _Mapping]] = ...) -> None: ...

class InterfaceDeleteResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceDeleteResponse.StatusCode]
        NOT_OWNER_OF_OBJECT: _ClassVar[InterfaceDeleteResponse.StatusCode]
        PORT_NAME_NOT_SPECIFIED: _ClassVar[InterfaceDeleteResponse.StatusCode]
        UNIT_NOT_SPECIFIED: _ClassVar[InterfaceDeleteResponse.StatusCode]
        FAMILY_NOT_SPECIFIED: _ClassVar[InterfaceDeleteResponse.StatusCode]
        IP_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceDeleteResponse.StatusCode]
        ARP_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceDeleteResponse.StatusCode]
        ARP_MAC_NOT_SPECIFIED: _ClassVar[InterfaceDeleteResponse.StatusCode]
        INTERFACE_OBJECT_MISMATCH: _ClassVar[InterfaceDeleteResponse.StatusCode]
        OBJECT_NOT_FOUND: _ClassVar[InterfaceDeleteResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceDeleteResponse.StatusCode
    NOT_OWNER_OF_OBJECT: InterfaceDeleteResponse.StatusCode
    PORT_NAME_NOT_SPECIFIED: InterfaceDeleteResponse.StatusCode
    UNIT_NOT_SPECIFIED: InterfaceDeleteResponse.StatusCode
    FAMILY_NOT_SPECIFIED: InterfaceDeleteResponse.StatusCode
    IP_ADDR_NOT_SPECIFIED: InterfaceDeleteResponse.StatusCode
    ARP_ADDR_NOT_SPECIFIED: InterfaceDeleteResponse.StatusCode
    ARP_MAC_NOT_SPECIFIED: InterfaceDeleteResponse.StatusCode
    INTERFACE_OBJECT_MISMATCH: InterfaceDeleteResponse.StatusCode
    OBJECT_NOT_FOUND: InterfaceDeleteResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceDeleteResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceDeleteResponse.StatusCode, str]] = ...) -> None: ...

class InterfaceDelete(_message.Message):
    __slots__ = ("port_name", "interface_options")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    interface_options: InterfaceSpecificOptions
    def __init__(self, port_name: _Optional[str] = ..., interface_options: _Optional[_Union[InterfaceSpecificOptions, _Mapping]] = ...) -> None: ...

class InterfaceUnitDelete(_message.Message):
    __slots__ = ("port_name", "unit")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    unit: InterfaceUnit
    def __init__(self, port_name: _Optional[str] = ..., unit: _Optional[_Union[InterfaceUnit, _Mapping]] = ...) -> None: ...

class InterfaceFamilyDelete(_message.Message):
    __slots__ = ("port_name", "unit", "family")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    unit: InterfaceUnit
    family: _jnx_common_addr_types_pb2.AfType
    def __init__(self, port_name: _Optional[str] = ..., unit: _Optional[_Union[InterfaceUnit, _Mapping]] = ..., family: _Optional[_Union[_jnx_common_addr_types_pb2.AfType, str]] = ...) -> None: ...

class InterfaceAddressDelete(_message.Message):
    __slots__ = ("port_name", "unit", "family", "ip_address")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    unit: InterfaceUnit
    family: _jnx_common_addr_types_pb2.AfType
    ip_address: _jnx_common_addr_types_pb2.IpAddress
    def __init__(self, port_name: _Optional[str] = ..., unit: _Optional[_Union[InterfaceUnit, _Mapping]] = ..., family: _Optional[_Union[_jnx_common_addr_types_pb2.AfType, str]] = ..., ip_address: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ...) -> None: ...

class InterfaceArpDelete(_message.Message):
    __slots__ = ("port_name", "unit", "family", "ip_address", "neighbor_address", "attributes")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    NEIGHBOR_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    unit: InterfaceUnit
    family: _jnx_common_addr_types_pb2.AfType
    ip_address: _jnx_common_addr_types_pb2.IpAddress
    neighbor_address: _jnx_common_addr_types_pb2.IpAddress
    attributes: InterfaceAttributeList
    def __init__(self, port_name: _Optional[str] = ..., unit: _Optional[_Union[InterfaceUnit, _Mapping]] = ..., family: _Optional[_Union[_jnx_common_addr_types_pb2.AfType, str]] = ..., ip_address: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ..., neighbor_address: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ..., attributes: _Optional[_Union[InterfaceAttributeList, _Mapping]] = ...) -> None: ...

class InterfaceDeleteRequest(_message.Message):
    __slots__ = ("type", "interfaces", "unit", "family", "address", "arp")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    INTERFACES_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ARP_FIELD_NUMBER: _ClassVar[int]
    type: InterfaceType
    interfaces: InterfaceDelete
    unit: InterfaceUnitDelete
    family: InterfaceFamilyDelete
    address: InterfaceAddressDelete
    arp: InterfaceArpDelete
    def __init__(self, type: _Optional[_Union[InterfaceType, str]] = ..., interfaces: _Optional[_Union[InterfaceDelete, _Mapping]] = ..., unit: _Optional[_Union[InterfaceUnitDelete, _Mapping]] = ..., family: _Optional[_Union[InterfaceFamilyDelete, _Mapping]] = ..., address: _Optional[_Union[InterfaceAddressDelete, _Mapping]] = ..., arp: _Optional[_Union[InterfaceArpDelete, _Mapping]] = ...) -> None: ...

class InterfaceGetResponse(_message.Message):
    __slots__ = ("type", "interfaces", "unit", "family", "address", "arp", "status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceGetResponse.StatusCode]
        OBJECT_NOT_FOUND: _ClassVar[InterfaceGetResponse.StatusCode]
        PORT_NAME_NOT_SPECIFIED: _ClassVar[InterfaceGetResponse.StatusCode]
        UNIT_NOT_SPECIFIED: _ClassVar[InterfaceGetResponse.StatusCode]
        FAMILY_NOT_SPECIFIED: _ClassVar[InterfaceGetResponse.StatusCode]
        IP_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceGetResponse.StatusCode]
        ARP_ADDR_NOT_SPECIFIED: _ClassVar[InterfaceGetResponse.StatusCode]
        ARP_MAC_NOT_SPECIFIED: _ClassVar[InterfaceGetResponse.StatusCode]
        INTERFACE_OBJECT_MISMATCH: _ClassVar[InterfaceGetResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceGetResponse.StatusCode
    OBJECT_NOT_FOUND: InterfaceGetResponse.StatusCode
    PORT_NAME_NOT_SPECIFIED: InterfaceGetResponse.StatusCode
    UNIT_NOT_SPECIFIED: InterfaceGetResponse.StatusCode
    FAMILY_NOT_SPECIFIED: InterfaceGetResponse.StatusCode
    IP_ADDR_NOT_SPECIFIED: InterfaceGetResponse.StatusCode
    ARP_ADDR_NOT_SPECIFIED: InterfaceGetResponse.StatusCode
    ARP_MAC_NOT_SPECIFIED: InterfaceGetResponse.StatusCode
    INTERFACE_OBJECT_MISMATCH: InterfaceGetResponse.StatusCode
    TYPE_FIELD_NUMBER: _ClassVar[int]
    INTERFACES_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ARP_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    type: InterfaceType
    interfaces: InterfaceConfig
    unit: InterfaceUnitConfig
    family: InterfaceFamilyConfig
    address: InterfaceAddressConfig
    arp: InterfaceArpConfig
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceGetResponse.StatusCode
    def __init__(self, type: _Optional[_Union[InterfaceType, str]] = ..., interfaces: _Optional[_Union[InterfaceConfig, _Mapping]] = ..., unit: _Optional[_Union[InterfaceUnitConfig, _Mapping]] = ..., family: _Optional[_Union[InterfaceFamilyConfig, _Mapping]] = ..., address: _Optional[_Union[InterfaceAddressConfig, _Mapping]] = ..., arp: _Optional[_Union[InterfaceArpConfig, _Mapping]] = ..., status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceGetResponse.StatusCode, str]] = ...) -> None: ...

class InterfaceGetRequest(_message.Message):
    __slots__ = ("type", "interfaces", "unit", "family", "address", "arp")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    INTERFACES_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ARP_FIELD_NUMBER: _ClassVar[int]
    type: InterfaceType
    interfaces: InterfaceConfig
    unit: InterfaceUnitConfig
    family: InterfaceFamilyConfig
    address: InterfaceAddressConfig
    arp: InterfaceArpConfig
    def __init__(self, type: _Optional[_Union[InterfaceType, str]] = ..., interfaces: _Optional[_Union[InterfaceConfig, _Mapping]] = ..., unit: _Optional[_Union[InterfaceUnitConfig, _Mapping]] = ..., family: _Optional[_Union[InterfaceFamilyConfig, _Mapping]] = ..., address: _Optional[_Union[InterfaceAddressConfig, _Mapping]] = ..., arp: _Optional[_Union[InterfaceArpConfig, _Mapping]] = ...) -> None: ...

class InterfaceUnitPermissionsGetRequest(_message.Message):
    __slots__ = ("port_name", "unit")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    unit: InterfaceUnit
    def __init__(self, port_name: _Optional[str] = ..., unit: _Optional[_Union[InterfaceUnit, _Mapping]] = ...) -> None: ...

class InterfaceUnitPermissionsGetResponse(_message.Message):
    __slots__ = ("status", "sub_code", "is_owner", "client_created_unit", "client_name")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceUnitPermissionsGetResponse.StatusCode]
        OBJECT_NOT_FOUND: _ClassVar[InterfaceUnitPermissionsGetResponse.StatusCode]
        PORT_NAME_NOT_SPECIFIED: _ClassVar[InterfaceUnitPermissionsGetResponse.StatusCode]
        UNIT_NOT_SPECIFIED: _ClassVar[InterfaceUnitPermissionsGetResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceUnitPermissionsGetResponse.StatusCode
    OBJECT_NOT_FOUND: InterfaceUnitPermissionsGetResponse.StatusCode
    PORT_NAME_NOT_SPECIFIED: InterfaceUnitPermissionsGetResponse.StatusCode
    UNIT_NOT_SPECIFIED: InterfaceUnitPermissionsGetResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    IS_OWNER_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CREATED_UNIT_FIELD_NUMBER: _ClassVar[int]
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceUnitPermissionsGetResponse.StatusCode
    is_owner: bool
    client_created_unit: bool
    client_name: str
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceUnitPermissionsGetResponse.StatusCode, str]] = ..., is_owner: bool = ..., client_created_unit: bool = ..., client_name: _Optional[str] = ...) -> None: ...
