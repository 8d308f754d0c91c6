from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUCCESS: _ClassVar[StatusCode]
    FAILURE: _ClassVar[StatusCode]
SUCCESS: StatusCode
FAILURE: StatusCode
JAPI_VERSION_FIELD_NUMBER: _ClassVar[int]
japi_version: _descriptor.FieldDescriptor
JUNOS_RELEASE_FIELD_NUMBER: _ClassVar[int]
junos_release: _descriptor.FieldDescriptor

class TimeVal(_message.Message):
    __slots__ = ("seconds", "microseconds")
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    MICROSECONDS_FIELD_NUMBER: _ClassVar[int]
    seconds: int
    microseconds: int
    def __init__(self, seconds: _Optional[int] = ..., microseconds: _Optional[int] = ...) -> None: ...

class RpcStatus(_message.Message):
    __slots__ = ("code", "message")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    code: StatusCode
    message: str
    def __init__(self, code: _Optional[_Union[StatusCode, str]] = ..., message: _Optional[str] = ...) -> None: ...

class NumericRange(_message.Message):
    __slots__ = ("min", "max")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ...) -> None: ...

class NumericRangeList(_message.Message):
    __slots__ = ("range_list",)
    RANGE_LIST_FIELD_NUMBER: _ClassVar[int]
    range_list: _containers.RepeatedCompositeFieldContainer[NumericRange]
    def __init__(self, range_list: _Optional[_Iterable[_Union[NumericRange, _Mapping]]] = ...) -> None: ...
