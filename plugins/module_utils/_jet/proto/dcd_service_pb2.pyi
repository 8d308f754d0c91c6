from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AddressFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ADDRESS_STRING: _ClassVar[AddressFormat]
    ADDRESS_BYTES: _ClassVar[AddressFormat]

class FamilyType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTF_AF_UNKNOWN: _ClassVar[FamilyType]
    INTF_AF_INET: _ClassVar[FamilyType]
    INTF_AF_INET6: _ClassVar[FamilyType]

class InterfaceTaggingType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VLAN_TAGGING: _ClassVar[InterfaceTaggingType]
    INTERFACE_TAGGING_MAX: _ClassVar[InterfaceTaggingType]

class InterfaceEncapsulationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VLAN_BRIDGE: _ClassVar[InterfaceEncapsulationType]
    VLAN_EXTENDED_BRIDGE: _ClassVar[InterfaceEncapsulationType]
    INTERFACE_ENCAP_MAX: _ClassVar[InterfaceEncapsulationType]

class IfStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTF_DOWN: _ClassVar[IfStatus]
    INTF_UP: _ClassVar[IfStatus]

class ret_status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUCCESS: _ClassVar[ret_status]
    FAILURE: _ClassVar[ret_status]
    OWNER: _ClassVar[ret_status]
    NOT_OWNER: _ClassVar[ret_status]
    OBJECT_FOUND: _ClassVar[ret_status]
    OBJECT_NOT_FOUND: _ClassVar[ret_status]
    OBJECT_CLI_OWNER: _ClassVar[ret_status]
    OBJECT_JAPI_OWNER: _ClassVar[ret_status]
    ATTRIBUTE_FOUND: _ClassVar[ret_status]
    ATTRIBUTE_NOT_FOUND: _ClassVar[ret_status]
    NO_PORT_NAME: _ClassVar[ret_status]
    NO_IFL_UNIT: _ClassVar[ret_status]
    NO_IFF_FAMILY: _ClassVar[ret_status]
    NO_IP_ADDR: _ClassVar[ret_status]
    NO_ARP_ADDR: _ClassVar[ret_status]
    NO_ARP_MAC: _ClassVar[ret_status]

class operation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UNKNOWN: _ClassVar[operation]
    ADD_INTERFACE: _ClassVar[operation]
    DELETE_INTERFACE: _ClassVar[operation]
    ADD_AE_MEMBER: _ClassVar[operation]
    DELETE_AE_MEMBER: _ClassVar[operation]
    ADD_INTF_ATTRIBUTES: _ClassVar[operation]
    DELETE_INTF_ATTRIBUTES: _ClassVar[operation]
    DELETE_ALL_INTF_ATTRIBUTES: _ClassVar[operation]
    QUERY_ATTRIBUTES: _ClassVar[operation]
    QUERY_OWNERSHIP: _ClassVar[operation]
    QUERY_PUBLIC_IFL: _ClassVar[operation]
    SET_TIMEOUT: _ClassVar[operation]
ADDRESS_STRING: AddressFormat
ADDRESS_BYTES: AddressFormat
INTF_AF_UNKNOWN: FamilyType
INTF_AF_INET: FamilyType
INTF_AF_INET6: FamilyType
VLAN_TAGGING: InterfaceTaggingType
INTERFACE_TAGGING_MAX: InterfaceTaggingType
VLAN_BRIDGE: InterfaceEncapsulationType
VLAN_EXTENDED_BRIDGE: InterfaceEncapsulationType
INTERFACE_ENCAP_MAX: InterfaceEncapsulationType
INTF_DOWN: IfStatus
INTF_UP: IfStatus
SUCCESS: ret_status
FAILURE: ret_status
OWNER: ret_status
NOT_OWNER: ret_status
OBJECT_FOUND: ret_status
OBJECT_NOT_FOUND: ret_status
OBJECT_CLI_OWNER: ret_status
OBJECT_JAPI_OWNER: ret_status
ATTRIBUTE_FOUND: ret_status
ATTRIBUTE_NOT_FOUND: ret_status
NO_PORT_NAME: ret_status
NO_IFL_UNIT: ret_status
NO_IFF_FAMILY: ret_status
NO_IP_ADDR: ret_status
NO_ARP_ADDR: ret_status
NO_ARP_MAC: ret_status
UNKNOWN: operation
ADD_INTERFACE: operation
DELETE_INTERFACE: operation
ADD_AE_MEMBER: operation
DELETE_AE_MEMBER: operation
ADD_INTF_ATTRIBUTES: operation
DELETE_INTF_ATTRIBUTES: operation
DELETE_ALL_INTF_ATTRIBUTES: operation
QUERY_ATTRIBUTES: operation
QUERY_OWNERSHIP: operation
QUERY_PUBLIC_IFL: operation
SET_TIMEOUT: operation

class IpAddress(_message.Message):
    __slots__ = ("addr_string", "addr_bytes")
    ADDR_STRING_FIELD_NUMBER: _ClassVar[int]
    ADDR_BYTES_FIELD_NUMBER: _ClassVar[int]
    addr_string: str
    addr_bytes: bytes
    def __init__(self, addr_string: _Optional[str] = ..., addr_bytes: _Optional[bytes] = ...) -> None: ...

class MacAddress(_message.Message):
    __slots__ = ("addr_string", "addr_bytes")
    ADDR_STRING_FIELD_NUMBER: _ClassVar[int]
    ADDR_BYTES_FIELD_NUMBER: _ClassVar[int]
    addr_string: str
    addr_bytes: bytes
    def __init__(self, addr_string: _Optional[str] = ..., addr_bytes: _Optional[bytes] = ...) -> None: ...

class string_attr(_message.Message):
    __slots__ = ("attr_name", "attr_value")
    ATTR_NAME_FIELD_NUMBER: _ClassVar[int]
    ATTR_VALUE_FIELD_NUMBER: _ClassVar[int]
    attr_name: str
    attr_value: str
    def __init__(self, attr_name: _Optional[str] = ..., attr_value: _Optional[str] = ...) -> None: ...

class integer_attr(_message.Message):
    __slots__ = ("attr_name", "attr_value")
    ATTR_NAME_FIELD_NUMBER: _ClassVar[int]
    ATTR_VALUE_FIELD_NUMBER: _ClassVar[int]
    attr_name: str
    attr_value: int
    def __init__(self, attr_name: _Optional[str] = ..., attr_value: _Optional[int] = ...) -> None: ...

class InterfaceConfig(_message.Message):
    __slots__ = ("port_name", "tagging", "encap", "aggregate_members", "string_attr_list", "integer_attr_list", "operation", "client_ctx", "request_id")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    TAGGING_FIELD_NUMBER: _ClassVar[int]
    ENCAP_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    STRING_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    INTEGER_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    tagging: InterfaceTaggingType
    encap: InterfaceEncapsulationType
    aggregate_members: _containers.RepeatedScalarFieldContainer[str]
    string_attr_list: _containers.RepeatedCompositeFieldContainer[string_attr]
    integer_attr_list: _containers.RepeatedCompositeFieldContainer[integer_attr]
    operation: int
    client_ctx: int
    request_id: int
    def __init__(self, port_name: _Optional[str] = ..., tagging: _Optional[_Union[InterfaceTaggingType, str]] = ..., encap: _Optional[_Union[InterfaceEncapsulationType, str]] = ..., aggregate_members: _Optional[_Iterable[str]] = ..., string_attr_list: _Optional[_Iterable[_Union[string_attr, _Mapping]]] = ..., integer_attr_list: _Optional[_Iterable[_Union[integer_attr, _Mapping]]] = ..., operation: _Optional[int] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...

class Value32(_message.Message):
    __slots__ = ("unit",)
    UNIT_FIELD_NUMBER: _ClassVar[int]
    unit: int
    def __init__(self, unit: _Optional[int] = ...) -> None: ...

class InterfaceLogicalConfig(_message.Message):
    __slots__ = ("port_name", "ifl_unit", "lr_name", "bd_name", "ri_name", "status", "string_attr_list", "integer_attr_list", "operation", "client_ctx", "request_id")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    IFL_UNIT_FIELD_NUMBER: _ClassVar[int]
    LR_NAME_FIELD_NUMBER: _ClassVar[int]
    BD_NAME_FIELD_NUMBER: _ClassVar[int]
    RI_NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STRING_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    INTEGER_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    ifl_unit: Value32
    lr_name: str
    bd_name: str
    ri_name: str
    status: IfStatus
    string_attr_list: _containers.RepeatedCompositeFieldContainer[string_attr]
    integer_attr_list: _containers.RepeatedCompositeFieldContainer[integer_attr]
    operation: int
    client_ctx: int
    request_id: int
    def __init__(self, port_name: _Optional[str] = ..., ifl_unit: _Optional[_Union[Value32, _Mapping]] = ..., lr_name: _Optional[str] = ..., bd_name: _Optional[str] = ..., ri_name: _Optional[str] = ..., status: _Optional[_Union[IfStatus, str]] = ..., string_attr_list: _Optional[_Iterable[_Union[string_attr, _Mapping]]] = ..., integer_attr_list: _Optional[_Iterable[_Union[integer_attr, _Mapping]]] = ..., operation: _Optional[int] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...

class InterfaceFamilyConfig(_message.Message):
    __slots__ = ("port_name", "ifl_unit", "family", "string_attr_list", "integer_attr_list", "operation", "client_ctx", "request_id")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    IFL_UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    STRING_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    INTEGER_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    ifl_unit: Value32
    family: FamilyType
    string_attr_list: _containers.RepeatedCompositeFieldContainer[string_attr]
    integer_attr_list: _containers.RepeatedCompositeFieldContainer[integer_attr]
    operation: int
    client_ctx: int
    request_id: int
    def __init__(self, port_name: _Optional[str] = ..., ifl_unit: _Optional[_Union[Value32, _Mapping]] = ..., family: _Optional[_Union[FamilyType, str]] = ..., string_attr_list: _Optional[_Iterable[_Union[string_attr, _Mapping]]] = ..., integer_attr_list: _Optional[_Iterable[_Union[integer_attr, _Mapping]]] = ..., operation: _Optional[int] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...

class InterfaceAddressConfig(_message.Message):
    __slots__ = ("port_name", "ifl_unit", "family", "interface_address", "string_attr_list", "integer_attr_list", "operation", "client_ctx", "request_id")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    IFL_UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    STRING_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    INTEGER_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    ifl_unit: Value32
    family: FamilyType
    interface_address: IpAddress
    string_attr_list: _containers.RepeatedCompositeFieldContainer[string_attr]
    integer_attr_list: _containers.RepeatedCompositeFieldContainer[integer_attr]
    operation: int
    client_ctx: int
    request_id: int
    def __init__(self, port_name: _Optional[str] = ..., ifl_unit: _Optional[_Union[Value32, _Mapping]] = ..., family: _Optional[_Union[FamilyType, str]] = ..., interface_address: _Optional[_Union[IpAddress, _Mapping]] = ..., string_attr_list: _Optional[_Iterable[_Union[string_attr, _Mapping]]] = ..., integer_attr_list: _Optional[_Iterable[_Union[integer_attr, _Mapping]]] = ..., operation: _Optional[int] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...

class RTConfig(_message.Message):
    __slots__ = ("port_name", "ifl_unit", "family", "interface_address", "arp_address", "string_attr_list", "integer_attr_list", "operation", "client_ctx", "request_id")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    IFL_UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ARP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    STRING_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    INTEGER_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    ifl_unit: Value32
    family: FamilyType
    interface_address: IpAddress
    arp_address: IpAddress
    string_attr_list: _containers.RepeatedCompositeFieldContainer[string_attr]
    integer_attr_list: _containers.RepeatedCompositeFieldContainer[integer_attr]
    operation: int
    client_ctx: int
    request_id: int
    def __init__(self, port_name: _Optional[str] = ..., ifl_unit: _Optional[_Union[Value32, _Mapping]] = ..., family: _Optional[_Union[FamilyType, str]] = ..., interface_address: _Optional[_Union[IpAddress, _Mapping]] = ..., arp_address: _Optional[_Union[IpAddress, _Mapping]] = ..., string_attr_list: _Optional[_Iterable[_Union[string_attr, _Mapping]]] = ..., integer_attr_list: _Optional[_Iterable[_Union[integer_attr, _Mapping]]] = ..., operation: _Optional[int] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...

class ConfigResp(_message.Message):
    __slots__ = ("status", "error_message", "request_id", "client_ctx")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    status: ret_status
    error_message: str
    request_id: int
    client_ctx: int
    def __init__(self, status: _Optional[_Union[ret_status, str]] = ..., error_message: _Optional[str] = ..., request_id: _Optional[int] = ..., client_ctx: _Optional[int] = ...) -> None: ...

class AttributeRequestInfo(_message.Message):
    __slots__ = ("port_name", "ifl_unit", "family", "interface_address", "arp_address", "string_attr_list", "integer_attr_list", "client_ctx", "request_id")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    IFL_UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ARP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    STRING_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    INTEGER_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    ifl_unit: Value32
    family: FamilyType
    interface_address: IpAddress
    arp_address: IpAddress
    string_attr_list: _containers.RepeatedCompositeFieldContainer[string_attr]
    integer_attr_list: _containers.RepeatedCompositeFieldContainer[integer_attr]
    client_ctx: int
    request_id: int
    def __init__(self, port_name: _Optional[str] = ..., ifl_unit: _Optional[_Union[Value32, _Mapping]] = ..., family: _Optional[_Union[FamilyType, str]] = ..., interface_address: _Optional[_Union[IpAddress, _Mapping]] = ..., arp_address: _Optional[_Union[IpAddress, _Mapping]] = ..., string_attr_list: _Optional[_Iterable[_Union[string_attr, _Mapping]]] = ..., integer_attr_list: _Optional[_Iterable[_Union[integer_attr, _Mapping]]] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...

class AttributeResponseInfo(_message.Message):
    __slots__ = ("status", "error_message", "string_attr_list", "integer_attr_list", "client_ctx", "request_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    STRING_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    INTEGER_ATTR_LIST_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    status: ret_status
    error_message: str
    string_attr_list: _containers.RepeatedCompositeFieldContainer[string_attr]
    integer_attr_list: _containers.RepeatedCompositeFieldContainer[integer_attr]
    client_ctx: int
    request_id: int
    def __init__(self, status: _Optional[_Union[ret_status, str]] = ..., error_message: _Optional[str] = ..., string_attr_list: _Optional[_Iterable[_Union[string_attr, _Mapping]]] = ..., integer_attr_list: _Optional[_Iterable[_Union[integer_attr, _Mapping]]] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...

class ObjectOwnershipQuery(_message.Message):
    __slots__ = ("port_name", "ifl_unit", "family", "interface_address", "arp_address", "client_ctx", "request_id")
    PORT_NAME_FIELD_NUMBER: _ClassVar[int]
    IFL_UNIT_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ARP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    port_name: str
    ifl_unit: Value32
    family: FamilyType
    interface_address: IpAddress
    arp_address: IpAddress
    client_ctx: int
    request_id: int
    def __init__(self, port_name: _Optional[str] = ..., ifl_unit: _Optional[_Union[Value32, _Mapping]] = ..., family: _Optional[_Union[FamilyType, str]] = ..., interface_address: _Optional[_Union[IpAddress, _Mapping]] = ..., arp_address: _Optional[_Union[IpAddress, _Mapping]] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...

class ObjectOwnershipResp(_message.Message):
    __slots__ = ("status", "error_message", "client_ctx", "request_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    status: ret_status
    error_message: str
    client_ctx: int
    request_id: int
    def __init__(self, status: _Optional[_Union[ret_status, str]] = ..., error_message: _Optional[str] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...

class TimeoutInfo(_message.Message):
    __slots__ = ("timeout",)
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    timeout: int
    def __init__(self, timeout: _Optional[int] = ...) -> None: ...

class TimeoutResp(_message.Message):
    __slots__ = ("status", "error_message")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    status: ret_status
    error_message: str
    def __init__(self, status: _Optional[_Union[ret_status, str]] = ..., error_message: _Optional[str] = ...) -> None: ...

class PublicIflResp(_message.Message):
    __slots__ = ("status", "error_message", "client_ctx", "request_id")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_CTX_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    status: ret_status
    error_message: str
    client_ctx: int
    request_id: int
    def __init__(self, status: _Optional[_Union[ret_status, str]] = ..., error_message: _Optional[str] = ..., client_ctx: _Optional[int] = ..., request_id: _Optional[int] = ...) -> None: ...
