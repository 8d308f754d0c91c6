from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class RegisterRequest(_message.Message):
    __slots__ = ("json_input", "file_input", "target", "register_id", "skip_authentication", "logical_system", "routing_instance")
    JSON_INPUT_FIELD_NUMBER: _ClassVar[int]
    FILE_INPUT_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    REGISTER_ID_FIELD_NUMBER: _ClassVar[int]
    SKIP_AUTHENTICATION_FIELD_NUMBER: _ClassVar[int]
    LOGICAL_SYSTEM_FIELD_NUMBER: _ClassVar[int]
    ROUTING_INSTANCE_FIELD_NUMBER: _ClassVar[int]
    json_input: str
    file_input: str
    target: str
    register_id: str
    skip_authentication: bool
    logical_system: str
    routing_instance: str
    def __init__(self, json_input: _Optional[str] = ..., file_input: _Optional[str] = ..., target: _Optional[str] = ..., register_id: _Optional[str] = ..., skip_authentication: bool = ..., logical_system: _Optional[str] = ..., routing_instance: _Optional[str] = ...) -> None: ...

class RegisterReply(_message.Message):
    __slots__ = ("result", "error")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    result: bool
    error: str
    def __init__(self, result: bool = ..., error: _Optional[str] = ...) -> None: ...
