from . import jnx_common_base_types_pb2 as _jnx_common_base_types_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ApiRegisterRequest(_message.Message):
    __slots__ = ("json_string", "json_file", "target", "id", "skip_authentication", "logical_system", "routing_instance")
    JSON_STRING_FIELD_NUMBER: _ClassVar[int]
    JSON_FILE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SKIP_AUTHENTICATION_FIELD_NUMBER: _ClassVar[int]
    LOGICAL_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    ROUTING_INSTANCE_FIELD_NUMBER: _ClassVar[int]
    json_string: str
    json_file: str
    target: str
    id: str
    skip_authentication: bool
    logical_system: str
    routing_instance: str
    def __init__(self, json_string: _Optional[str] = ..., json_file: _Optional[str] = ..., target: _Optional[str] = ..., id: _Optional[str] = ..., skip_authentication: bool = ..., logical_system: _Optional[str] = ..., routing_instance: _Optional[str] = ...) -> None: ...

class ApiRegisterResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ...) -> None: ...
