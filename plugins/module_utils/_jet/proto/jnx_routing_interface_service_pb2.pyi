from . import jnx_common_addr_types_pb2 as _jnx_common_addr_types_pb2
from . import jnx_common_base_types_pb2 as _jnx_common_base_types_pb2
from . import jnx_routing_base_types_pb2 as _jnx_routing_base_types_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class InterfaceStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RT_INTF_CHANGED: _ClassVar[InterfaceStatus]
    RT_INTF_UP: _ClassVar[InterfaceStatus]
    RT_INTF_DOWN: _ClassVar[InterfaceStatus]
    RT_INTF_DELETED: _ClassVar[InterfaceStatus]
RT_INTF_CHANGED: InterfaceStatus
RT_INTF_UP: InterfaceStatus
RT_INTF_DOWN: InterfaceStatus
RT_INTF_DELETED: InterfaceStatus

class InterfaceAddress(_message.Message):
    __slots__ = ("address", "prefix_length", "is_primary")
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    PREFIX_LENGTH_FIELD_NUMBER: _ClassVar[int]
    IS_PRIMARY_FIELD_NUMBER: _ClassVar[int]
    address: _jnx_routing_base_types_pb2.NetworkAddress
    prefix_length: int
    is_primary: bool
    def __init__(self, address: _Optional[_Union[_jnx_routing_base_types_pb2.NetworkAddress, _Mapping]] = ..., prefix_length: _Optional[int] = ..., is_primary: bool = ...) -> None: ...

class InterfaceEntry(_message.Message):
    __slots__ = ("name", "index", "status", "bandwidth", "mtu", "addresses")
    NAME_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    BANDWIDTH_FIELD_NUMBER: _ClassVar[int]
    MTU_FIELD_NUMBER: _ClassVar[int]
    ADDRESSES_FIELD_NUMBER: _ClassVar[int]
    name: str
    index: int
    status: InterfaceStatus
    bandwidth: int
    mtu: int
    addresses: _containers.RepeatedCompositeFieldContainer[InterfaceAddress]
    def __init__(self, name: _Optional[str] = ..., index: _Optional[int] = ..., status: _Optional[_Union[InterfaceStatus, str]] = ..., bandwidth: _Optional[int] = ..., mtu: _Optional[int] = ..., addresses: _Optional[_Iterable[_Union[InterfaceAddress, _Mapping]]] = ...) -> None: ...

class InterfaceInitializeRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class InterfaceInitializeResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceInitializeResponse.StatusCode]
        SUCCESS_REBOUND: _ClassVar[InterfaceInitializeResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[InterfaceInitializeResponse.StatusCode]
        ALREADY_INITIALIZED: _ClassVar[InterfaceInitializeResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceInitializeResponse.StatusCode
    SUCCESS_REBOUND: InterfaceInitializeResponse.StatusCode
    INTERNAL_ERROR: InterfaceInitializeResponse.StatusCode
    ALREADY_INITIALIZED: InterfaceInitializeResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceInitializeResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceInitializeResponse.StatusCode, str]] = ...) -> None: ...

class InterfaceGetRequest(_message.Message):
    __slots__ = ("name", "index", "address_format")
    NAME_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FORMAT_FIELD_NUMBER: _ClassVar[int]
    name: str
    index: int
    address_format: _jnx_common_addr_types_pb2.AddressFormat
    def __init__(self, name: _Optional[str] = ..., index: _Optional[int] = ..., address_format: _Optional[_Union[_jnx_common_addr_types_pb2.AddressFormat, str]] = ...) -> None: ...

class InterfaceGetResponse(_message.Message):
    __slots__ = ("status", "sub_code", "entry")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceGetResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[InterfaceGetResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[InterfaceGetResponse.StatusCode]
        INVALID_INDEX_AND_NAME: _ClassVar[InterfaceGetResponse.StatusCode]
        NOT_FOUND: _ClassVar[InterfaceGetResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceGetResponse.StatusCode
    INTERNAL_ERROR: InterfaceGetResponse.StatusCode
    NOT_INITIALIZED: InterfaceGetResponse.StatusCode
    INVALID_INDEX_AND_NAME: InterfaceGetResponse.StatusCode
    NOT_FOUND: InterfaceGetResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    ENTRY_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceGetResponse.StatusCode
    entry: InterfaceEntry
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceGetResponse.StatusCode, str]] = ..., entry: _Optional[_Union[InterfaceEntry, _Mapping]] = ...) -> None: ...

class InterfaceSubscribeRequest(_message.Message):
    __slots__ = ("address_format",)
    ADDRESS_FORMAT_FIELD_NUMBER: _ClassVar[int]
    address_format: _jnx_common_addr_types_pb2.AddressFormat
    def __init__(self, address_format: _Optional[_Union[_jnx_common_addr_types_pb2.AddressFormat, str]] = ...) -> None: ...

class InterfaceSubscribeResponse(_message.Message):
    __slots__ = ("status", "sub_code", "entries")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceSubscribeResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[InterfaceSubscribeResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[InterfaceSubscribeResponse.StatusCode]
        ALREADY_SUBSCRIBED: _ClassVar[InterfaceSubscribeResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceSubscribeResponse.StatusCode
    INTERNAL_ERROR: InterfaceSubscribeResponse.StatusCode
    NOT_INITIALIZED: InterfaceSubscribeResponse.StatusCode
    ALREADY_SUBSCRIBED: InterfaceSubscribeResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceSubscribeResponse.StatusCode
    entries: _containers.RepeatedCompositeFieldContainer[InterfaceEntry]
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceSubscribeResponse.StatusCode, str]] = ..., entries: _Optional[_Iterable[_Union[InterfaceEntry, _Mapping]]] = ...) -> None: ...

class InterfaceUnsubscribeRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class InterfaceUnsubscribeResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceUnsubscribeResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[InterfaceUnsubscribeResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[InterfaceUnsubscribeResponse.StatusCode]
        NOTIFICATION_NOT_SUBSCRIBED: _ClassVar[InterfaceUnsubscribeResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceUnsubscribeResponse.StatusCode
    INTERNAL_ERROR: InterfaceUnsubscribeResponse.StatusCode
    NOT_INITIALIZED: InterfaceUnsubscribeResponse.StatusCode
    NOTIFICATION_NOT_SUBSCRIBED: InterfaceUnsubscribeResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceUnsubscribeResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceUnsubscribeResponse.StatusCode, str]] = ...) -> None: ...

class InterfaceRefreshRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class InterfaceRefreshResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS_COMPLETED: _ClassVar[InterfaceRefreshResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[InterfaceRefreshResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[InterfaceRefreshResponse.StatusCode]
        NOTIFICATION_NOT_SUBSCRIBED: _ClassVar[InterfaceRefreshResponse.StatusCode]
    SUCCESS_COMPLETED: InterfaceRefreshResponse.StatusCode
    INTERNAL_ERROR: InterfaceRefreshResponse.StatusCode
    NOT_INITIALIZED: InterfaceRefreshResponse.StatusCode
    NOTIFICATION_NOT_SUBSCRIBED: InterfaceRefreshResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InterfaceRefreshResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InterfaceRefreshResponse.StatusCode, str]] = ...) -> None: ...
