from . import jnx_common_base_types_pb2 as _jnx_common_base_types_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OpCommandOutputFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OP_COMMAND_OUTPUT_JSON: _ClassVar[OpCommandOutputFormat]
    OP_COMMAND_OUTPUT_XML: _ClassVar[OpCommandOutputFormat]
    OP_COMMAND_OUTPUT_CLI: _ClassVar[OpCommandOutputFormat]

class ConfigGetOutputFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONFIG_GET_OUTPUT_JSON: _ClassVar[ConfigGetOutputFormat]
    CONFIG_GET_OUTPUT_XML: _ClassVar[ConfigGetOutputFormat]

class ConfigOperationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONFIG_OPERATION_UPDATE: _ClassVar[ConfigOperationType]

class ConfigLoadType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONFIG_LOAD_MERGE: _ClassVar[ConfigLoadType]
    CONFIG_LOAD_REPLACE: _ClassVar[ConfigLoadType]
    CONFIG_LOAD_OVERRIDE: _ClassVar[ConfigLoadType]
    CONFIG_LOAD_UPDATE: _ClassVar[ConfigLoadType]
    CONFIG_LOAD_SET: _ClassVar[ConfigLoadType]

class ConfigCommitType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONFIG_COMMIT: _ClassVar[ConfigCommitType]
    CONFIG_COMMIT_SYNCHRONIZE: _ClassVar[ConfigCommitType]
OP_COMMAND_OUTPUT_JSON: OpCommandOutputFormat
OP_COMMAND_OUTPUT_XML: OpCommandOutputFormat
OP_COMMAND_OUTPUT_CLI: OpCommandOutputFormat
CONFIG_GET_OUTPUT_JSON: ConfigGetOutputFormat
CONFIG_GET_OUTPUT_XML: ConfigGetOutputFormat
CONFIG_OPERATION_UPDATE: ConfigOperationType
CONFIG_LOAD_MERGE: ConfigLoadType
CONFIG_LOAD_REPLACE: ConfigLoadType
CONFIG_LOAD_OVERRIDE: ConfigLoadType
CONFIG_LOAD_UPDATE: ConfigLoadType
CONFIG_LOAD_SET: ConfigLoadType
CONFIG_COMMIT: ConfigCommitType
CONFIG_COMMIT_SYNCHRONIZE: ConfigCommitType

class ConfigPathRequest(_message.Message):
    __slots__ = ("id", "path")
    ID_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    id: str
    path: str
    def __init__(self, id: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class ConfigCommit(_message.Message):
    __slots__ = ("type", "comment")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    type: ConfigCommitType
    comment: str
    def __init__(self, type: _Optional[_Union[ConfigCommitType, str]] = ..., comment: _Optional[str] = ...) -> None: ...

class OpCommandGetRequest(_message.Message):
    __slots__ = ("cli_command", "xml_command", "out_format")
    CLI_COMMAND_FIELD_NUMBER: _ClassVar[int]
    XML_COMMAND_FIELD_NUMBER: _ClassVar[int]
    OUT_FORMAT_FIELD_NUMBER: _ClassVar[int]
    cli_command: str
    xml_command: str
    out_format: OpCommandOutputFormat
    def __init__(self, cli_command: _Optional[str] = ..., xml_command: _Optional[str] = ..., out_format: _Optional[_Union[OpCommandOutputFormat, str]] = ...) -> None: ...

class OpCommandGetResponse(_message.Message):
    __slots__ = ("status", "data")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    data: str
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., data: _Optional[str] = ...) -> None: ...

class EphemeralConfigGetRequest(_message.Message):
    __slots__ = ("encoding", "config_requests", "instance_name")
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    CONFIG_REQUESTS_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    encoding: ConfigGetOutputFormat
    config_requests: _containers.RepeatedCompositeFieldContainer[ConfigPathRequest]
    instance_name: str
    def __init__(self, encoding: _Optional[_Union[ConfigGetOutputFormat, str]] = ..., config_requests: _Optional[_Iterable[_Union[ConfigPathRequest, _Mapping]]] = ..., instance_name: _Optional[str] = ...) -> None: ...

class EphemeralConfigGetResponse(_message.Message):
    __slots__ = ("status", "config_responses")
    class ConfigPathResponse(_message.Message):
        __slots__ = ("status", "id", "path", "value")
        STATUS_FIELD_NUMBER: _ClassVar[int]
        ID_FIELD_NUMBER: _ClassVar[int]
        PATH_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        status: _jnx_common_base_types_pb2.RpcStatus
        id: str
        path: str
        value: str
        def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., id: _Optional[str] = ..., path: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CONFIG_RESPONSES_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    config_responses: _containers.RepeatedCompositeFieldContainer[EphemeralConfigGetResponse.ConfigPathResponse]
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., config_responses: _Optional[_Iterable[_Union[EphemeralConfigGetResponse.ConfigPathResponse, _Mapping]]] = ...) -> None: ...

class EphemeralConfigSetRequest(_message.Message):
    __slots__ = ("config_operations", "instance_name", "validate_config", "load_only")
    class ConfigOperation(_message.Message):
        __slots__ = ("id", "operation", "path", "xml_config", "json_config")
        ID_FIELD_NUMBER: _ClassVar[int]
        OPERATION_FIELD_NUMBER: _ClassVar[int]
        PATH_FIELD_NUMBER: _ClassVar[int]
        XML_CONFIG_FIELD_NUMBER: _ClassVar[int]
        JSON_CONFIG_FIELD_NUMBER: _ClassVar[int]
        id: str
        operation: ConfigOperationType
        path: str
        xml_config: str
        json_config: str
        def __init__(self, id: _Optional[str] = ..., operation: _Optional[_Union[ConfigOperationType, str]] = ..., path: _Optional[str] = ..., xml_config: _Optional[str] = ..., json_config: _Optional[str] = ...) -> None: ...
    CONFIG_OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    LOAD_ONLY_FIELD_NUMBER: _ClassVar[int]
    config_operations: _containers.RepeatedCompositeFieldContainer[EphemeralConfigSetRequest.ConfigOperation]
    instance_name: str
    validate_config: bool
    load_only: bool
    def __init__(self, config_operations: _Optional[_Iterable[_Union[EphemeralConfigSetRequest.ConfigOperation, _Mapping]]] = ..., instance_name: _Optional[str] = ..., validate_config: bool = ..., load_only: bool = ...) -> None: ...

class EphemeralConfigSetResponse(_message.Message):
    __slots__ = ("status", "operation_responses")
    class ConfigOperationResponse(_message.Message):
        __slots__ = ("status", "id")
        STATUS_FIELD_NUMBER: _ClassVar[int]
        ID_FIELD_NUMBER: _ClassVar[int]
        status: _jnx_common_base_types_pb2.RpcStatus
        id: str
        def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., id: _Optional[str] = ...) -> None: ...
    STATUS_FIELD_NUMBER: _ClassVar[int]
    OPERATION_RESPONSES_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    operation_responses: _containers.RepeatedCompositeFieldContainer[EphemeralConfigSetResponse.ConfigOperationResponse]
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., operation_responses: _Optional[_Iterable[_Union[EphemeralConfigSetResponse.ConfigOperationResponse, _Mapping]]] = ...) -> None: ...

class ConfigSetRequest(_message.Message):
    __slots__ = ("xml_config", "json_config", "text_config", "load_type", "commit")
    XML_CONFIG_FIELD_NUMBER: _ClassVar[int]
    JSON_CONFIG_FIELD_NUMBER: _ClassVar[int]
    TEXT_CONFIG_FIELD_NUMBER: _ClassVar[int]
    LOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMIT_FIELD_NUMBER: _ClassVar[int]
    xml_config: str
    json_config: str
    text_config: str
    load_type: ConfigLoadType
    commit: ConfigCommit
    def __init__(self, xml_config: _Optional[str] = ..., json_config: _Optional[str] = ..., text_config: _Optional[str] = ..., load_type: _Optional[_Union[ConfigLoadType, str]] = ..., commit: _Optional[_Union[ConfigCommit, _Mapping]] = ...) -> None: ...

class ConfigSetResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ...) -> None: ...
