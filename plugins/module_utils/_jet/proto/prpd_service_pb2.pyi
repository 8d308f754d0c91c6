from . import prpd_common_pb2 as _prpd_common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RtPurgeConfigRequest(_message.Message):
    __slots__ = ("time",)
    TIME_FIELD_NUMBER: _ClassVar[int]
    time: int
    def __init__(self, time: _Optional[int] = ...) -> None: ...

class RtEmptyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RtOperReply(_message.Message):
    __slots__ = ("ret_code",)
    RET_CODE_FIELD_NUMBER: _ClassVar[int]
    ret_code: _prpd_common_pb2.ReturnCode
    def __init__(self, ret_code: _Optional[_Union[_prpd_common_pb2.ReturnCode, str]] = ...) -> None: ...

class RtPurgeTimeGetReply(_message.Message):
    __slots__ = ("ret_code", "time")
    RET_CODE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    ret_code: _prpd_common_pb2.ReturnCode
    time: int
    def __init__(self, ret_code: _Optional[_Union[_prpd_common_pb2.ReturnCode, str]] = ..., time: _Optional[int] = ...) -> None: ...

class RtSummaryGetRequest(_message.Message):
    __slots__ = ("addr_family", "instance_name", "all_clients")
    ADDR_FAMILY_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    ALL_CLIENTS_FIELD_NUMBER: _ClassVar[int]
    addr_family: _prpd_common_pb2.NetworkAddressFamily
    instance_name: str
    all_clients: bool
    def __init__(self, addr_family: _Optional[_Union[_prpd_common_pb2.NetworkAddressFamily, str]] = ..., instance_name: _Optional[str] = ..., all_clients: bool = ...) -> None: ...

class RtSummaryGetResponse(_message.Message):
    __slots__ = ("ret_code", "client_rt_summary")
    class ClientRtSummaryEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: ClientRtSummary
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[ClientRtSummary, _Mapping]] = ...) -> None: ...
    RET_CODE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_RT_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    ret_code: _prpd_common_pb2.ReturnCode
    client_rt_summary: _containers.MessageMap[str, ClientRtSummary]
    def __init__(self, ret_code: _Optional[_Union[_prpd_common_pb2.ReturnCode, str]] = ..., client_rt_summary: _Optional[_Mapping[str, ClientRtSummary]] = ...) -> None: ...

class ClientRtSummary(_message.Message):
    __slots__ = ("protocol_rt_summary",)
    class ProtocolRtSummaryEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: RtSummaryList
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[RtSummaryList, _Mapping]] = ...) -> None: ...
    PROTOCOL_RT_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    protocol_rt_summary: _containers.MessageMap[str, RtSummaryList]
    def __init__(self, protocol_rt_summary: _Optional[_Mapping[str, RtSummaryList]] = ...) -> None: ...

class RtSummaryList(_message.Message):
    __slots__ = ("rt_summary",)
    RT_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    rt_summary: _containers.RepeatedCompositeFieldContainer[RtSummaryEntry]
    def __init__(self, rt_summary: _Optional[_Iterable[_Union[RtSummaryEntry, _Mapping]]] = ...) -> None: ...

class RtSummaryEntry(_message.Message):
    __slots__ = ("rt_tbl_name", "primary_rt_count", "secondary_rt_count")
    RT_TBL_NAME_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_RT_COUNT_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_RT_COUNT_FIELD_NUMBER: _ClassVar[int]
    rt_tbl_name: _prpd_common_pb2.RouteTableName
    primary_rt_count: int
    secondary_rt_count: int
    def __init__(self, rt_tbl_name: _Optional[_Union[_prpd_common_pb2.RouteTableName, _Mapping]] = ..., primary_rt_count: _Optional[int] = ..., secondary_rt_count: _Optional[int] = ...) -> None: ...
