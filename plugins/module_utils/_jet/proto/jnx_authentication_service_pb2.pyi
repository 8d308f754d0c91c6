from . import jnx_common_base_types_pb2 as _jnx_common_base_types_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LoginRequest(_message.Message):
    __slots__ = ("username", "password", "client_id", "group_id")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    username: str
    password: str
    client_id: str
    group_id: str
    def __init__(self, username: _Optional[str] = ..., password: _Optional[str] = ..., client_id: _Optional[str] = ..., group_id: _Optional[str] = ...) -> None: ...

class LoginResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ...) -> None: ...
