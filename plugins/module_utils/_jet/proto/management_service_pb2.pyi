from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class OperationFormatType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OPERATION_FORMAT_JSON: _ClassVar[OperationFormatType]
    OPERATION_FORMAT_XML: _ClassVar[OperationFormatType]
    OPERATION_FORMAT_CLI: _ClassVar[OperationFormatType]

class JunosRpcResponseTypes(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUCCESS: _ClassVar[JunosRpcResponseTypes]
    NOK: _ClassVar[JunosRpcResponseTypes]
    UNSUPPORTED_PATH: _ClassVar[JunosRpcResponseTypes]
    INVALID_PATH: _ClassVar[JunosRpcResponseTypes]
    INVALID_CONFIGURATION: _ClassVar[JunosRpcResponseTypes]
    UNSUPPORTED_ENCODING: _ClassVar[JunosRpcResponseTypes]

class JunosDataEncodingTypes(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENCODING_XML: _ClassVar[JunosDataEncodingTypes]
    ENCODING_JSON: _ClassVar[JunosDataEncodingTypes]

class ConfigCommands(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UPDATE_CONFIG: _ClassVar[ConfigCommands]
    REPLACE_CONFIG: _ClassVar[ConfigCommands]
    DELETE_CONFIG: _ClassVar[ConfigCommands]

class ConfigLoadType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONFIG_LOAD_REPLACE: _ClassVar[ConfigLoadType]
    CONFIG_LOAD_MERGE: _ClassVar[ConfigLoadType]
    CONFIG_LOAD_OVERRIDE: _ClassVar[ConfigLoadType]
    CONFIG_LOAD_UPDATE: _ClassVar[ConfigLoadType]
    CONFIG_LOAD_SET: _ClassVar[ConfigLoadType]

class ConfigCommitType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONFIG_COMMIT_SYNCHRONIZE: _ClassVar[ConfigCommitType]
    CONFIG_COMMIT: _ClassVar[ConfigCommitType]
OPERATION_FORMAT_JSON: OperationFormatType
OPERATION_FORMAT_XML: OperationFormatType
OPERATION_FORMAT_CLI: OperationFormatType
SUCCESS: JunosRpcResponseTypes
NOK: JunosRpcResponseTypes
UNSUPPORTED_PATH: JunosRpcResponseTypes
INVALID_PATH: JunosRpcResponseTypes
INVALID_CONFIGURATION: JunosRpcResponseTypes
UNSUPPORTED_ENCODING: JunosRpcResponseTypes
ENCODING_XML: JunosDataEncodingTypes
ENCODING_JSON: JunosDataEncodingTypes
UPDATE_CONFIG: ConfigCommands
REPLACE_CONFIG: ConfigCommands
DELETE_CONFIG: ConfigCommands
CONFIG_LOAD_REPLACE: ConfigLoadType
CONFIG_LOAD_MERGE: ConfigLoadType
CONFIG_LOAD_OVERRIDE: ConfigLoadType
CONFIG_LOAD_UPDATE: ConfigLoadType
CONFIG_LOAD_SET: ConfigLoadType
CONFIG_COMMIT_SYNCHRONIZE: ConfigCommitType
CONFIG_COMMIT: ConfigCommitType

class ExecuteOpCommandRequest(_message.Message):
    __slots__ = ("request_id", "cli_command", "xml_command", "json_command", "out_format")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CLI_COMMAND_FIELD_NUMBER: _ClassVar[int]
    XML_COMMAND_FIELD_NUMBER: _ClassVar[int]
    JSON_COMMAND_FIELD_NUMBER: _ClassVar[int]
    OUT_FORMAT_FIELD_NUMBER: _ClassVar[int]
    request_id: int
    cli_command: str
    xml_command: str
    json_command: str
    out_format: OperationFormatType
    def __init__(self, request_id: _Optional[int] = ..., cli_command: _Optional[str] = ..., xml_command: _Optional[str] = ..., json_command: _Optional[str] = ..., out_format: _Optional[_Union[OperationFormatType, str]] = ...) -> None: ...

class ExecuteOpCommandResponse(_message.Message):
    __slots__ = ("request_id", "data", "status", "message")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    request_id: int
    data: str
    status: JunosRpcResponseTypes
    message: str
    def __init__(self, request_id: _Optional[int] = ..., data: _Optional[str] = ..., status: _Optional[_Union[JunosRpcResponseTypes, str]] = ..., message: _Optional[str] = ...) -> None: ...

class EphConfigRequestList(_message.Message):
    __slots__ = ("operation_id", "path")
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    operation_id: str
    path: str
    def __init__(self, operation_id: _Optional[str] = ..., path: _Optional[str] = ...) -> None: ...

class GetEphemeralConfigRequest(_message.Message):
    __slots__ = ("request_id", "encoding", "eph_config_requests", "eph_instance_name", "merge_view")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    EPH_CONFIG_REQUESTS_FIELD_NUMBER: _ClassVar[int]
    EPH_INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    MERGE_VIEW_FIELD_NUMBER: _ClassVar[int]
    request_id: int
    encoding: JunosDataEncodingTypes
    eph_config_requests: _containers.RepeatedCompositeFieldContainer[EphConfigRequestList]
    eph_instance_name: str
    merge_view: bool
    def __init__(self, request_id: _Optional[int] = ..., encoding: _Optional[_Union[JunosDataEncodingTypes, str]] = ..., eph_config_requests: _Optional[_Iterable[_Union[EphConfigRequestList, _Mapping]]] = ..., eph_instance_name: _Optional[str] = ..., merge_view: bool = ...) -> None: ...

class GetEphemeralConfigResponse(_message.Message):
    __slots__ = ("request_id", "response")
    class ResponseList(_message.Message):
        __slots__ = ("operation_id", "path", "value", "status", "message")
        OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
        PATH_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        STATUS_FIELD_NUMBER: _ClassVar[int]
        MESSAGE_FIELD_NUMBER: _ClassVar[int]
        operation_id: str
        path: str
        value: str
        status: JunosRpcResponseTypes
        message: str
        def __init__(self, operation_id: _Optional[str] = ..., path: _Optional[str] = ..., value: _Optional[str] = ..., status: _Optional[_Union[JunosRpcResponseTypes, str]] = ..., message: _Optional[str] = ...) -> None: ...
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    request_id: int
    response: _containers.RepeatedCompositeFieldContainer[GetEphemeralConfigResponse.ResponseList]
    def __init__(self, request_id: _Optional[int] = ..., response: _Optional[_Iterable[_Union[GetEphemeralConfigResponse.ResponseList, _Mapping]]] = ...) -> None: ...

class EditEphemeralConfigRequest(_message.Message):
    __slots__ = ("request_id", "eph_config_operations", "eph_instance_name", "enable_config_validation", "load_only")
    class ConfigOperationList(_message.Message):
        __slots__ = ("operation_id", "operation", "path", "xml_config", "json_config")
        OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
        OPERATION_FIELD_NUMBER: _ClassVar[int]
        PATH_FIELD_NUMBER: _ClassVar[int]
        XML_CONFIG_FIELD_NUMBER: _ClassVar[int]
        JSON_CONFIG_FIELD_NUMBER: _ClassVar[int]
        operation_id: str
        operation: ConfigCommands
        path: str
        xml_config: str
        json_config: str
        def __init__(self, operation_id: _Optional[str] = ..., operation: _Optional[_Union[ConfigCommands, str]] = ..., path: _Optional[str] = ..., xml_config: _Optional[str] = ..., json_config: _Optional[str] = ...) -> None: ...
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    EPH_CONFIG_OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    EPH_INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    ENABLE_CONFIG_VALIDATION_FIELD_NUMBER: _ClassVar[int]
    LOAD_ONLY_FIELD_NUMBER: _ClassVar[int]
    request_id: int
    eph_config_operations: _containers.RepeatedCompositeFieldContainer[EditEphemeralConfigRequest.ConfigOperationList]
    eph_instance_name: str
    enable_config_validation: bool
    load_only: bool
    def __init__(self, request_id: _Optional[int] = ..., eph_config_operations: _Optional[_Iterable[_Union[EditEphemeralConfigRequest.ConfigOperationList, _Mapping]]] = ..., eph_instance_name: _Optional[str] = ..., enable_config_validation: bool = ..., load_only: bool = ...) -> None: ...

class EditEphemeralConfigResponse(_message.Message):
    __slots__ = ("request_id", "response")
    class ResponseList(_message.Message):
        __slots__ = ("operation_id", "status", "message")
        OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
        STATUS_FIELD_NUMBER: _ClassVar[int]
        MESSAGE_FIELD_NUMBER: _ClassVar[int]
        operation_id: str
        status: JunosRpcResponseTypes
        message: str
        def __init__(self, operation_id: _Optional[str] = ..., status: _Optional[_Union[JunosRpcResponseTypes, str]] = ..., message: _Optional[str] = ...) -> None: ...
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    request_id: int
    response: _containers.RepeatedCompositeFieldContainer[EditEphemeralConfigResponse.ResponseList]
    def __init__(self, request_id: _Optional[int] = ..., response: _Optional[_Iterable[_Union[EditEphemeralConfigResponse.ResponseList, _Mapping]]] = ...) -> None: ...

class ConfigCommit(_message.Message):
    __slots__ = ("commit_type", "comment")
    COMMIT_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    commit_type: ConfigCommitType
    comment: str
    def __init__(self, commit_type: _Optional[_Union[ConfigCommitType, str]] = ..., comment: _Optional[str] = ...) -> None: ...

class ExecuteCfgCommandRequest(_message.Message):
    __slots__ = ("request_id", "xml_config", "json_config", "text_config", "load_type", "commit")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    XML_CONFIG_FIELD_NUMBER: _ClassVar[int]
    JSON_CONFIG_FIELD_NUMBER: _ClassVar[int]
    TEXT_CONFIG_FIELD_NUMBER: _ClassVar[int]
    LOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMIT_FIELD_NUMBER: _ClassVar[int]
    request_id: int
    xml_config: str
    json_config: str
    text_config: str
    load_type: ConfigLoadType
    commit: ConfigCommit
    def __init__(self, request_id: _Optional[int] = ..., xml_config: _Optional[str] = ..., json_config: _Optional[str] = ..., text_config: _Optional[str] = ..., load_type: _Optional[_Union[ConfigLoadType, str]] = ..., commit: _Optional[_Union[ConfigCommit, _Mapping]] = ...) -> None: ...

class ExecuteCfgCommandResponse(_message.Message):
    __slots__ = ("request_id", "status", "message")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    request_id: int
    status: JunosRpcResponseTypes
    message: str
    def __init__(self, request_id: _Optional[int] = ..., status: _Optional[_Union[JunosRpcResponseTypes, str]] = ..., message: _Optional[str] = ...) -> None: ...
