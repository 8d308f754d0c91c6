from . import jnx_common_base_types_pb2 as _jnx_common_base_types_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class AddressFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ADDRESS_STRING: _ClassVar[AddressFormat]
    ADDRESS_BYTES: _ClassVar[AddressFormat]

class AfType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AF_UNSPECIFIED: _ClassVar[AfType]
    AF_INET: _ClassVar[AfType]
    AF_INET6: _ClassVar[AfType]
    AF_MAC: _ClassVar[AfType]
    AF_MPLS: _ClassVar[AfType]
    AF_ISO: _ClassVar[AfType]

class TcpFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TCP_FLAG_INVALID: _ClassVar[TcpFlags]
    TCP_FLAG_FIN: _ClassVar[TcpFlags]
    TCP_FLAG_SYN: _ClassVar[TcpFlags]
    TCP_FLAG_RST: _ClassVar[TcpFlags]
    TCP_FLAG_PUSH: _ClassVar[TcpFlags]
    TCP_FLAG_ACK: _ClassVar[TcpFlags]
    TCP_FLAG_URGENT: _ClassVar[TcpFlags]
ADDRESS_STRING: AddressFormat
ADDRESS_BYTES: AddressFormat
AF_UNSPECIFIED: AfType
AF_INET: AfType
AF_INET6: AfType
AF_MAC: AfType
AF_MPLS: AfType
AF_ISO: AfType
TCP_FLAG_INVALID: TcpFlags
TCP_FLAG_FIN: TcpFlags
TCP_FLAG_SYN: TcpFlags
TCP_FLAG_RST: TcpFlags
TCP_FLAG_PUSH: TcpFlags
TCP_FLAG_ACK: TcpFlags
TCP_FLAG_URGENT: TcpFlags

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

class IpNetwork(_message.Message):
    __slots__ = ("host_addr_string", "host_addr_bytes", "prefix_len")
    HOST_ADDR_STRING_FIELD_NUMBER: _ClassVar[int]
    HOST_ADDR_BYTES_FIELD_NUMBER: _ClassVar[int]
    PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    host_addr_string: str
    host_addr_bytes: bytes
    prefix_len: int
    def __init__(self, host_addr_string: _Optional[str] = ..., host_addr_bytes: _Optional[bytes] = ..., prefix_len: _Optional[int] = ...) -> None: ...

class IpFragementFlags(_message.Message):
    __slots__ = ("not_match", "match", "dont_fragement", "is_a_fragement", "first_fragement", "last_fragement")
    NOT_MATCH_FIELD_NUMBER: _ClassVar[int]
    MATCH_FIELD_NUMBER: _ClassVar[int]
    DONT_FRAGEMENT_FIELD_NUMBER: _ClassVar[int]
    IS_A_FRAGEMENT_FIELD_NUMBER: _ClassVar[int]
    FIRST_FRAGEMENT_FIELD_NUMBER: _ClassVar[int]
    LAST_FRAGEMENT_FIELD_NUMBER: _ClassVar[int]
    not_match: bool
    match: bool
    dont_fragement: bool
    is_a_fragement: bool
    first_fragement: bool
    last_fragement: bool
    def __init__(self, not_match: bool = ..., match: bool = ..., dont_fragement: bool = ..., is_a_fragement: bool = ..., first_fragement: bool = ..., last_fragement: bool = ...) -> None: ...

class BypassOrTerminate(_message.Message):
    __slots__ = ("bypass_loopback", "tunnel_terminate")
    BYPASS_LOOPBACK_FIELD_NUMBER: _ClassVar[int]
    TUNNEL_TERMINATE_FIELD_NUMBER: _ClassVar[int]
    bypass_loopback: bool
    tunnel_terminate: bool
    def __init__(self, bypass_loopback: bool = ..., tunnel_terminate: bool = ...) -> None: ...
