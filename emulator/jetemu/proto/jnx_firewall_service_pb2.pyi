from . import jnx_common_addr_types_pb2 as _jnx_common_addr_types_pb2
from . import jnx_common_base_types_pb2 as _jnx_common_base_types_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MatchOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OP_INVALID: _ClassVar[MatchOperation]
    OP_EQUAL: _ClassVar[MatchOperation]
    OP_NOT_EQUAL: _ClassVar[MatchOperation]

class PolicerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POLICER_INVALID: _ClassVar[PolicerType]
    TWO_COLOR_POLICER: _ClassVar[PolicerType]
    SINGLE_RATE_THREE_COLOR_POLICER: _ClassVar[PolicerType]
    TWO_RATE_THREE_COLOR_POLICER: _ClassVar[PolicerType]
    HIERARCHICAL_POLICER: _ClassVar[PolicerType]

class PolicerFlag(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POLICER_FLAG_INVALID: _ClassVar[PolicerFlag]
    POLICER_FLAG_TERM_SPECIFIC: _ClassVar[PolicerFlag]
    POLICER_FLAG_FILTER_SPECIFIC: _ClassVar[PolicerFlag]

class PolicerColorModeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COLOR_MODE_INVALID: _ClassVar[PolicerColorModeType]
    COLOR_MODE_COLOR_BLIND: _ClassVar[PolicerColorModeType]
    COLOR_MODE_COLOR_AWARE: _ClassVar[PolicerColorModeType]

class FilterLossPriority(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LOSS_PRIORITY_INVALID: _ClassVar[FilterLossPriority]
    LOSS_PRIORITY_HIGH: _ClassVar[FilterLossPriority]
    LOSS_PRIORITY_MEDIUM_HIGH: _ClassVar[FilterLossPriority]
    LOSS_PRIORITY_MEDIUM_LOW: _ClassVar[FilterLossPriority]
    LOSS_PRIORITY_LOW: _ClassVar[FilterLossPriority]

class FilterForwardingClass(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FORWARDING_CLASS_INVALID: _ClassVar[FilterForwardingClass]
    FORWARDING_CLASS_ASSURED: _ClassVar[FilterForwardingClass]
    FORWARDING_CLASS_BEST_EFFORT: _ClassVar[FilterForwardingClass]
    FORWARDING_CLASS_EXPEDITED: _ClassVar[FilterForwardingClass]
    FORWARDING_CLASS_NETWORK_CONTROL: _ClassVar[FilterForwardingClass]

class FilterStpMatchFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STP_FLAG_INVALID: _ClassVar[FilterStpMatchFlags]
    STP_FLAG_BLOCKING: _ClassVar[FilterStpMatchFlags]
    STP_FLAG_FORWARDING: _ClassVar[FilterStpMatchFlags]

class ActionIcmpRejectReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ICMP_ADMINISTRATIVELY_PROHIBITED: _ClassVar[ActionIcmpRejectReason]
    ICMP_BAD_HOST_TOS: _ClassVar[ActionIcmpRejectReason]
    ICMP_BAD_NETWORK_TOS: _ClassVar[ActionIcmpRejectReason]
    ICMP_FRAGMENTATION_NEEDED: _ClassVar[ActionIcmpRejectReason]
    ICMP_HOST_PROHIBITED: _ClassVar[ActionIcmpRejectReason]
    ICMP_HOST_UNKNOWN: _ClassVar[ActionIcmpRejectReason]
    ICMP_HOST_UNREACHABLE: _ClassVar[ActionIcmpRejectReason]
    ICMP_NETWORK_PROHIBITED: _ClassVar[ActionIcmpRejectReason]
    ICMP_NETWORK_UNKNOWN: _ClassVar[ActionIcmpRejectReason]
    ICMP_NETWORK_UNREACHABLE: _ClassVar[ActionIcmpRejectReason]
    ICMP_PORT_UNREACHABLE: _ClassVar[ActionIcmpRejectReason]
    ICMP_PRECEDENCE_CUTOFF: _ClassVar[ActionIcmpRejectReason]
    ICMP_PRECEDENCE_VIOLATION: _ClassVar[ActionIcmpRejectReason]
    ICMP_PROTOCOL_UNREACHABLE: _ClassVar[ActionIcmpRejectReason]
    ICMP_SOURCE_HOST_ISOLATED: _ClassVar[ActionIcmpRejectReason]
    ICMP_SOURCE_ROUTE_FAILED: _ClassVar[ActionIcmpRejectReason]
    ICMP_TCP_RESET: _ClassVar[ActionIcmpRejectReason]

class ActionIcmp6RejectReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ICMP6_ADMINISTRATIVELY_PROHIBITED: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_NO_ROUTE_TO_DESTINATION: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_BEYOND_SCOPE: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_ADDRESS_UNREACHABLE: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_PORT_UNREACHABLE: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_TTL_EQUAL_TO_ZERO_DURING_TRANSIT: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_TTL_EQUAL_TO_ZERO_DURING_REASSEMBLY: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_IP6_HEADER_BAD: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_UNRECOGNIZED_OPTION: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_UNRECOGNIZED_NEXT_HEADER: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_ROUTER_RENUMBERING_COMMAND: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_ROUTER_RENUMBERING_RESULT: _ClassVar[ActionIcmp6RejectReason]
    ICMP6_SEQUENCE_NUMBER_RESET: _ClassVar[ActionIcmp6RejectReason]

class FilterFragmentFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FRAGMENT_NONE: _ClassVar[FilterFragmentFlags]
    DONT_FRAGMENT: _ClassVar[FilterFragmentFlags]
    IS_FRAGMENT: _ClassVar[FilterFragmentFlags]
    FIRST_FRAGMENT: _ClassVar[FilterFragmentFlags]
    LAST_FRAGMENT: _ClassVar[FilterFragmentFlags]

class FilterPrecedence(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PRECEDENCE_ROUTINE: _ClassVar[FilterPrecedence]
    PRECENCE_PRIORITY: _ClassVar[FilterPrecedence]
    PRECENCE_IMMEDIATE: _ClassVar[FilterPrecedence]
    PRECENCE_FLASH: _ClassVar[FilterPrecedence]
    PRECENCE_FLASH_OVERRIDE: _ClassVar[FilterPrecedence]
    PRECENCE_CRITICAL_ECP: _ClassVar[FilterPrecedence]
    PRECENCE_INTERNET_CONTROL: _ClassVar[FilterPrecedence]
    PRECENCE_NET_CONTROL: _ClassVar[FilterPrecedence]

class FilterTermOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TERM_OPERATION_INVALID: _ClassVar[FilterTermOperation]
    TERM_OPERATION_ADD: _ClassVar[FilterTermOperation]
    TERM_OPERATION_DELETE: _ClassVar[FilterTermOperation]
    TERM_OPERATION_REPLACE: _ClassVar[FilterTermOperation]

class FilterAdjacencyType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TERM_AFTER: _ClassVar[FilterAdjacencyType]
    TERM_BEFORE: _ClassVar[FilterAdjacencyType]

class FilterTermMatchFlexStartOffest(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FLEX_OFFSET_INVALID: _ClassVar[FilterTermMatchFlexStartOffest]
    FLEX_OFFSET_LAYER_THREE: _ClassVar[FilterTermMatchFlexStartOffest]
    FLEX_OFFSET_LAYER_FOUR: _ClassVar[FilterTermMatchFlexStartOffest]
    FLEX_OFFSET_PAYLOAD: _ClassVar[FilterTermMatchFlexStartOffest]

class FilterTypes(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TYPE_INVALID: _ClassVar[FilterTypes]
    TYPE_CLASSIC: _ClassVar[FilterTypes]

class FilterFamilies(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FAMILY_INVALID: _ClassVar[FilterFamilies]
    FAMILY_INET: _ClassVar[FilterFamilies]
    FAMILY_INET6: _ClassVar[FilterFamilies]
    FAMILY_ES: _ClassVar[FilterFamilies]
    FAMILY_VPLS: _ClassVar[FilterFamilies]
    FAMILY_MULTISERVICE: _ClassVar[FilterFamilies]
    FAMILY_CCC: _ClassVar[FilterFamilies]
    FAMILY_MPLS: _ClassVar[FilterFamilies]

class FilterFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FLAGS_NONE: _ClassVar[FilterFlags]

class FilterBindDirection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BIND_DIRECTION_INVALID: _ClassVar[FilterBindDirection]
    BIND_DIRECTION_INPUT: _ClassVar[FilterBindDirection]
    BIND_DIRECTION_OUTPUT: _ClassVar[FilterBindDirection]

class FilterBindObjType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BIND_OBJ_TYPE_INVALID: _ClassVar[FilterBindObjType]
    BIND_OBJ_TYPE_INTERFACE: _ClassVar[FilterBindObjType]
    BIND_OBJ_TYPE_FWD_TABLE: _ClassVar[FilterBindObjType]
    BIND_OBJ_TYPE_VLAN: _ClassVar[FilterBindObjType]
    BIND_OBJ_TYPE_BRG_DOMAIN: _ClassVar[FilterBindObjType]
OP_INVALID: MatchOperation
OP_EQUAL: MatchOperation
OP_NOT_EQUAL: MatchOperation
POLICER_INVALID: PolicerType
TWO_COLOR_POLICER: PolicerType
SINGLE_RATE_THREE_COLOR_POLICER: PolicerType
TWO_RATE_THREE_COLOR_POLICER: PolicerType
HIERARCHICAL_POLICER: PolicerType
POLICER_FLAG_INVALID: PolicerFlag
POLICER_FLAG_TERM_SPECIFIC: PolicerFlag
POLICER_FLAG_FILTER_SPECIFIC: PolicerFlag
COLOR_MODE_INVALID: PolicerColorModeType
COLOR_MODE_COLOR_BLIND: PolicerColorModeType
COLOR_MODE_COLOR_AWARE: PolicerColorModeType
LOSS_PRIORITY_INVALID: FilterLossPriority
LOSS_PRIORITY_HIGH: FilterLossPriority
LOSS_PRIORITY_MEDIUM_HIGH: FilterLossPriority
LOSS_PRIORITY_MEDIUM_LOW: FilterLossPriority
LOSS_PRIORITY_LOW: FilterLossPriority
FORWARDING_CLASS_INVALID: FilterForwardingClass
FORWARDING_CLASS_ASSURED: FilterForwardingClass
FORWARDING_CLASS_BEST_EFFORT: FilterForwardingClass
FORWARDING_CLASS_EXPEDITED: FilterForwardingClass
FORWARDING_CLASS_NETWORK_CONTROL: FilterForwardingClass
STP_FLAG_INVALID: FilterStpMatchFlags
STP_FLAG_BLOCKING: FilterStpMatchFlags
STP_FLAG_FORWARDING: FilterStpMatchFlags
ICMP_ADMINISTRATIVELY_PROHIBITED: ActionIcmpRejectReason
ICMP_BAD_HOST_TOS: ActionIcmpRejectReason
ICMP_BAD_NETWORK_TOS: ActionIcmpRejectReason
ICMP_FRAGMENTATION_NEEDED: ActionIcmpRejectReason
ICMP_HOST_PROHIBITED: ActionIcmpRejectReason
ICMP_HOST_UNKNOWN: ActionIcmpRejectReason
ICMP_HOST_UNREACHABLE: ActionIcmpRejectReason
ICMP_NETWORK_PROHIBITED: ActionIcmpRejectReason
ICMP_NETWORK_UNKNOWN: ActionIcmpRejectReason
ICMP_NETWORK_UNREACHABLE: ActionIcmpRejectReason
ICMP_PORT_UNREACHABLE: ActionIcmpRejectReason
ICMP_PRECEDENCE_CUTOFF: ActionIcmpRejectReason
ICMP_PRECEDENCE_VIOLATION: ActionIcmpRejectReason
ICMP_PROTOCOL_UNREACHABLE: ActionIcmpRejectReason
ICMP_SOURCE_HOST_ISOLATED: ActionIcmpRejectReason
ICMP_SOURCE_ROUTE_FAILED: ActionIcmpRejectReason
ICMP_TCP_RESET: ActionIcmpRejectReason
ICMP6_ADMINISTRATIVELY_PROHIBITED: ActionIcmp6RejectReason
ICMP6_NO_ROUTE_TO_DESTINATION: ActionIcmp6RejectReason
ICMP6_BEYOND_SCOPE: ActionIcmp6RejectReason
ICMP6_ADDRESS_UNREACHABLE: ActionIcmp6RejectReason
ICMP6_PORT_UNREACHABLE: ActionIcmp6RejectReason
ICMP6_TTL_EQUAL_TO_ZERO_DURING_TRANSIT: ActionIcmp6RejectReason
ICMP6_TTL_EQUAL_TO_ZERO_DURING_REASSEMBLY: ActionIcmp6RejectReason
ICMP6_IP6_HEADER_BAD: ActionIcmp6RejectReason
ICMP6_UNRECOGNIZED_OPTION: ActionIcmp6RejectReason
ICMP6_UNRECOGNIZED_NEXT_HEADER: ActionIcmp6RejectReason
ICMP6_ROUTER_RENUMBERING_COMMAND: ActionIcmp6RejectReason
ICMP6_ROUTER_RENUMBERING_RESULT: ActionIcmp6RejectReason
ICMP6_SEQUENCE_NUMBER_RESET: ActionIcmp6RejectReason
FRAGMENT_NONE: FilterFragmentFlags
DONT_FRAGMENT: FilterFragmentFlags
IS_FRAGMENT: FilterFragmentFlags
FIRST_FRAGMENT: FilterFragmentFlags
LAST_FRAGMENT: FilterFragmentFlags
PRECEDENCE_ROUTINE: FilterPrecedence
PRECENCE_PRIORITY: FilterPrecedence
PRECENCE_IMMEDIATE: FilterPrecedence
PRECENCE_FLASH: FilterPrecedence
PRECENCE_FLASH_OVERRIDE: FilterPrecedence
PRECENCE_CRITICAL_ECP: FilterPrecedence
PRECENCE_INTERNET_CONTROL: FilterPrecedence
PRECENCE_NET_CONTROL: FilterPrecedence
TERM_OPERATION_INVALID: FilterTermOperation
TERM_OPERATION_ADD: FilterTermOperation
TERM_OPERATION_DELETE: FilterTermOperation
TERM_OPERATION_REPLACE: FilterTermOperation
TERM_AFTER: FilterAdjacencyType
TERM_BEFORE: FilterAdjacencyType
FLEX_OFFSET_INVALID: FilterTermMatchFlexStartOffest
FLEX_OFFSET_LAYER_THREE: FilterTermMatchFlexStartOffest
FLEX_OFFSET_LAYER_FOUR: FilterTermMatchFlexStartOffest
FLEX_OFFSET_PAYLOAD: FilterTermMatchFlexStartOffest
TYPE_INVALID: FilterTypes
TYPE_CLASSIC: FilterTypes
FAMILY_INVALID: FilterFamilies
FAMILY_INET: FilterFamilies
FAMILY_INET6: FilterFamilies
FAMILY_ES: FilterFamilies
FAMILY_VPLS: FilterFamilies
FAMILY_MULTISERVICE: FilterFamilies
FAMILY_CCC: FilterFamilies
FAMILY_MPLS: FilterFamilies
FLAGS_NONE: FilterFlags
BIND_DIRECTION_INVALID: FilterBindDirection
BIND_DIRECTION_INPUT: FilterBindDirection
BIND_DIRECTION_OUTPUT: FilterBindDirection
BIND_OBJ_TYPE_INVALID: FilterBindObjType
BIND_OBJ_TYPE_INTERFACE: FilterBindObjType
BIND_OBJ_TYPE_FWD_TABLE: FilterBindObjType
BIND_OBJ_TYPE_VLAN: FilterBindObjType
BIND_OBJ_TYPE_BRG_DOMAIN: FilterBindObjType

class PolicerTwoColor(_message.Message):
    __slots__ = ("bandwidth", "burst_size", "loss_priority", "forwarding_class_name", "discard")
    BANDWIDTH_FIELD_NUMBER: _ClassVar[int]
    BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    LOSS_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    FORWARDING_CLASS_NAME_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    bandwidth: int
    burst_size: int
    loss_priority: FilterLossPriority
    forwarding_class_name: str
    discard: bool
    def __init__(self, bandwidth: _Optional[int] = ..., burst_size: _Optional[int] = ..., loss_priority: _Optional[_Union[FilterLossPriority, str]] = ..., forwarding_class_name: _Optional[str] = ..., discard: bool = ...) -> None: ...

class PolicerSingleRateThreeColor(_message.Message):
    __slots__ = ("committed_rate", "committed_burst_size", "excess_burst_size", "discard", "color_mode")
    COMMITTED_RATE_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    EXCESS_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    COLOR_MODE_FIELD_NUMBER: _ClassVar[int]
    committed_rate: int
    committed_burst_size: int
    excess_burst_size: int
    discard: bool
    color_mode: PolicerColorModeType
    def __init__(self, committed_rate: _Optional[int] = ..., committed_burst_size: _Optional[int] = ..., excess_burst_size: _Optional[int] = ..., discard: bool = ..., color_mode: _Optional[_Union[PolicerColorModeType, str]] = ...) -> None: ...

class PolicerTwoRateThreeColor(_message.Message):
    __slots__ = ("committed_rate", "committed_burst_size", "excess_rate", "excess_burst_size", "discard", "color_mode")
    COMMITTED_RATE_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    EXCESS_RATE_FIELD_NUMBER: _ClassVar[int]
    EXCESS_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    COLOR_MODE_FIELD_NUMBER: _ClassVar[int]
    committed_rate: int
    committed_burst_size: int
    excess_rate: int
    excess_burst_size: int
    discard: bool
    color_mode: PolicerColorModeType
    def __init__(self, committed_rate: _Optional[int] = ..., committed_burst_size: _Optional[int] = ..., excess_rate: _Optional[int] = ..., excess_burst_size: _Optional[int] = ..., discard: bool = ..., color_mode: _Optional[_Union[PolicerColorModeType, str]] = ...) -> None: ...

class PolicerHierarchical(_message.Message):
    __slots__ = ("aggregate_rate", "aggregate_burst_size", "premium_rate", "premium_burst_size", "discard")
    AGGREGATE_RATE_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    PREMIUM_RATE_FIELD_NUMBER: _ClassVar[int]
    PREMIUM_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    aggregate_rate: int
    aggregate_burst_size: int
    premium_rate: int
    premium_burst_size: int
    discard: bool
    def __init__(self, aggregate_rate: _Optional[int] = ..., aggregate_burst_size: _Optional[int] = ..., premium_rate: _Optional[int] = ..., premium_burst_size: _Optional[int] = ..., discard: bool = ...) -> None: ...

class PolicerParameter(_message.Message):
    __slots__ = ("two_color_parameter", "single_rate_tricolor_parameter", "two_rate_tricolor_parameter", "hierarchical_parameter")
    TWO_COLOR_PARAMETER_FIELD_NUMBER: _ClassVar[int]
    SINGLE_RATE_TRICOLOR_PARAMETER_FIELD_NUMBER: _ClassVar[int]
    TWO_RATE_TRICOLOR_PARAMETER_FIELD_NUMBER: _ClassVar[int]
    HIERARCHICAL_PARAMETER_FIELD_NUMBER: _ClassVar[int]
    two_color_parameter: PolicerTwoColor
    single_rate_tricolor_parameter: PolicerSingleRateThreeColor
    two_rate_tricolor_parameter: PolicerTwoRateThreeColor
    hierarchical_parameter: PolicerHierarchical
    def __init__(self, two_color_parameter: _Optional[_Union[PolicerTwoColor, _Mapping]] = ..., single_rate_tricolor_parameter: _Optional[_Union[PolicerSingleRateThreeColor, _Mapping]] = ..., two_rate_tricolor_parameter: _Optional[_Union[PolicerTwoRateThreeColor, _Mapping]] = ..., hierarchical_parameter: _Optional[_Union[PolicerHierarchical, _Mapping]] = ...) -> None: ...

class Policer(_message.Message):
    __slots__ = ("name", "type", "flag", "params")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FLAG_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: PolicerType
    flag: PolicerFlag
    params: PolicerParameter
    def __init__(self, name: _Optional[str] = ..., type: _Optional[_Union[PolicerType, str]] = ..., flag: _Optional[_Union[PolicerFlag, str]] = ..., params: _Optional[_Union[PolicerParameter, _Mapping]] = ...) -> None: ...

class PolicerAddRequest(_message.Message):
    __slots__ = ("name", "type", "flag", "params")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FLAG_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: PolicerType
    flag: PolicerFlag
    params: PolicerParameter
    def __init__(self, name: _Optional[str] = ..., type: _Optional[_Union[PolicerType, str]] = ..., flag: _Optional[_Union[PolicerFlag, str]] = ..., params: _Optional[_Union[PolicerParameter, _Mapping]] = ...) -> None: ...

class PolicerModifyRequest(_message.Message):
    __slots__ = ("name", "type", "flag", "params")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FLAG_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: PolicerType
    flag: PolicerFlag
    params: PolicerParameter
    def __init__(self, name: _Optional[str] = ..., type: _Optional[_Union[PolicerType, str]] = ..., flag: _Optional[_Union[PolicerFlag, str]] = ..., params: _Optional[_Union[PolicerParameter, _Mapping]] = ...) -> None: ...

class PolicerDeleteRequest(_message.Message):
    __slots__ = ("name", "type", "flag")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FLAG_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: PolicerType
    flag: PolicerFlag
    def __init__(self, name: _Optional[str] = ..., type: _Optional[_Union[PolicerType, str]] = ..., flag: _Optional[_Union[PolicerFlag, str]] = ...) -> None: ...

class MatchIpAddress(_message.Message):
    __slots__ = ("addr", "prefix_length", "operation")
    ADDR_FIELD_NUMBER: _ClassVar[int]
    PREFIX_LENGTH_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    addr: _jnx_common_addr_types_pb2.IpAddress
    prefix_length: int
    operation: MatchOperation
    def __init__(self, addr: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ..., prefix_length: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchPort(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchIpPrecedence(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: FilterPrecedence
    max: FilterPrecedence
    operation: MatchOperation
    def __init__(self, min: _Optional[_Union[FilterPrecedence, str]] = ..., max: _Optional[_Union[FilterPrecedence, str]] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchTrafficClass(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchDscpCode(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchProtocol(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchIcmpType(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchIcmpCode(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchPacketLength(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchLossPriority(_message.Message):
    __slots__ = ("priority", "operation")
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    priority: FilterLossPriority
    operation: MatchOperation
    def __init__(self, priority: _Optional[_Union[FilterLossPriority, str]] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchForwardingClass(_message.Message):
    __slots__ = ("forwarding_class", "operation")
    FORWARDING_CLASS_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    forwarding_class: FilterForwardingClass
    operation: MatchOperation
    def __init__(self, forwarding_class: _Optional[_Union[FilterForwardingClass, str]] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchNextHeader(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchMplsLabel(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchVlanId(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchMeshGroup(_message.Message):
    __slots__ = ("mesh_group_id", "operation")
    MESH_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    mesh_group_id: int
    operation: MatchOperation
    def __init__(self, mesh_group_id: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchL2Token(_message.Message):
    __slots__ = ("token", "operation")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    token: int
    operation: MatchOperation
    def __init__(self, token: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchCfmLevel(_message.Message):
    __slots__ = ("cfm_level", "operation")
    CFM_LEVEL_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    cfm_level: int
    operation: MatchOperation
    def __init__(self, cfm_level: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchCfmOpcode(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchTtl(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchFragmentOffset(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class ActionPolicer(_message.Message):
    __slots__ = ("policer",)
    POLICER_FIELD_NUMBER: _ClassVar[int]
    policer: Policer
    def __init__(self, policer: _Optional[_Union[Policer, _Mapping]] = ...) -> None: ...

class ActionCounter(_message.Message):
    __slots__ = ("counter_name",)
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    counter_name: str
    def __init__(self, counter_name: _Optional[str] = ...) -> None: ...

class ActionSendToClient(_message.Message):
    __slots__ = ("client_name",)
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    client_name: str
    def __init__(self, client_name: _Optional[str] = ...) -> None: ...

class ActionCopyToHost(_message.Message):
    __slots__ = ("client_name",)
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    client_name: str
    def __init__(self, client_name: _Optional[str] = ...) -> None: ...

class ActionPolicerInstance(_message.Message):
    __slots__ = ("policer", "policer_instance")
    POLICER_FIELD_NUMBER: _ClassVar[int]
    POLICER_INSTANCE_FIELD_NUMBER: _ClassVar[int]
    policer: Policer
    policer_instance: str
    def __init__(self, policer: _Optional[_Union[Policer, _Mapping]] = ..., policer_instance: _Optional[str] = ...) -> None: ...

class ActionTopologyRedirect(_message.Message):
    __slots__ = ("routing_instance_name", "topology_name")
    ROUTING_INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    TOPOLOGY_NAME_FIELD_NUMBER: _ClassVar[int]
    routing_instance_name: str
    topology_name: str
    def __init__(self, routing_instance_name: _Optional[str] = ..., topology_name: _Optional[str] = ...) -> None: ...

class ActionSetNexthop(_message.Message):
    __slots__ = ("index",)
    INDEX_FIELD_NUMBER: _ClassVar[int]
    index: int
    def __init__(self, index: _Optional[int] = ...) -> None: ...

class ActionLossPriority(_message.Message):
    __slots__ = ("priority",)
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    priority: FilterLossPriority
    def __init__(self, priority: _Optional[_Union[FilterLossPriority, str]] = ...) -> None: ...

class ActionForwardingPriority(_message.Message):
    __slots__ = ("priority",)
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    priority: int
    def __init__(self, priority: _Optional[int] = ...) -> None: ...

class ActionForwardingClass(_message.Message):
    __slots__ = ("fc",)
    FC_FIELD_NUMBER: _ClassVar[int]
    fc: FilterForwardingClass
    def __init__(self, fc: _Optional[_Union[FilterForwardingClass, str]] = ...) -> None: ...

class ActionSetIpDscp(_message.Message):
    __slots__ = ("dscp",)
    DSCP_FIELD_NUMBER: _ClassVar[int]
    dscp: int
    def __init__(self, dscp: _Optional[int] = ...) -> None: ...

class ActionInterfaceUnit(_message.Message):
    __slots__ = ("unit_name", "unit_index")
    UNIT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_INDEX_FIELD_NUMBER: _ClassVar[int]
    unit_name: str
    unit_index: int
    def __init__(self, unit_name: _Optional[str] = ..., unit_index: _Optional[int] = ...) -> None: ...

class ActionNextInterface(_message.Message):
    __slots__ = ("routing_instance_name", "unit")
    ROUTING_INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    routing_instance_name: str
    unit: ActionInterfaceUnit
    def __init__(self, routing_instance_name: _Optional[str] = ..., unit: _Optional[_Union[ActionInterfaceUnit, _Mapping]] = ...) -> None: ...

class ActionNextIp(_message.Message):
    __slots__ = ("routing_instance_name", "addr", "prefix_length")
    ROUTING_INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    ADDR_FIELD_NUMBER: _ClassVar[int]
    PREFIX_LENGTH_FIELD_NUMBER: _ClassVar[int]
    routing_instance_name: str
    addr: _jnx_common_addr_types_pb2.IpAddress
    prefix_length: int
    def __init__(self, routing_instance_name: _Optional[str] = ..., addr: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ..., prefix_length: _Optional[int] = ...) -> None: ...

class FilterAdjacency(_message.Message):
    __slots__ = ("type", "term_name")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    TERM_NAME_FIELD_NUMBER: _ClassVar[int]
    type: FilterAdjacencyType
    term_name: str
    def __init__(self, type: _Optional[_Union[FilterAdjacencyType, str]] = ..., term_name: _Optional[str] = ...) -> None: ...

class MatchInterfaceUnit(_message.Message):
    __slots__ = ("unit_name", "unit_index")
    UNIT_NAME_FIELD_NUMBER: _ClassVar[int]
    UNIT_INDEX_FIELD_NUMBER: _ClassVar[int]
    unit_name: str
    unit_index: int
    def __init__(self, unit_name: _Optional[str] = ..., unit_index: _Optional[int] = ...) -> None: ...

class MatchFlexOffset(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchFlexibleRange(_message.Message):
    __slots__ = ("start_offset", "bit_length", "bit_offset", "byte_offset", "range")
    START_OFFSET_FIELD_NUMBER: _ClassVar[int]
    BIT_LENGTH_FIELD_NUMBER: _ClassVar[int]
    BIT_OFFSET_FIELD_NUMBER: _ClassVar[int]
    BYTE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    start_offset: FilterTermMatchFlexStartOffest
    bit_length: int
    bit_offset: int
    byte_offset: int
    range: MatchFlexOffset
    def __init__(self, start_offset: _Optional[_Union[FilterTermMatchFlexStartOffest, str]] = ..., bit_length: _Optional[int] = ..., bit_offset: _Optional[int] = ..., byte_offset: _Optional[int] = ..., range: _Optional[_Union[MatchFlexOffset, _Mapping]] = ...) -> None: ...

class MatchFlexibleOffsetRange(_message.Message):
    __slots__ = ("flex_range_match",)
    FLEX_RANGE_MATCH_FIELD_NUMBER: _ClassVar[int]
    flex_range_match: MatchFlexibleRange
    def __init__(self, flex_range_match: _Optional[_Union[MatchFlexibleRange, _Mapping]] = ...) -> None: ...

class MatchFlexibleMask(_message.Message):
    __slots__ = ("start_offset", "bit_length", "bit_offset", "byte_offset", "mask", "prefix_string")
    START_OFFSET_FIELD_NUMBER: _ClassVar[int]
    BIT_LENGTH_FIELD_NUMBER: _ClassVar[int]
    BIT_OFFSET_FIELD_NUMBER: _ClassVar[int]
    BYTE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    MASK_FIELD_NUMBER: _ClassVar[int]
    PREFIX_STRING_FIELD_NUMBER: _ClassVar[int]
    start_offset: FilterTermMatchFlexStartOffest
    bit_length: int
    bit_offset: int
    byte_offset: int
    mask: int
    prefix_string: str
    def __init__(self, start_offset: _Optional[_Union[FilterTermMatchFlexStartOffest, str]] = ..., bit_length: _Optional[int] = ..., bit_offset: _Optional[int] = ..., byte_offset: _Optional[int] = ..., mask: _Optional[int] = ..., prefix_string: _Optional[str] = ...) -> None: ...

class MatchFlexibleOffsetMask(_message.Message):
    __slots__ = ("flex_mask_match",)
    FLEX_MASK_MATCH_FIELD_NUMBER: _ClassVar[int]
    flex_mask_match: MatchFlexibleMask
    def __init__(self, flex_mask_match: _Optional[_Union[MatchFlexibleMask, _Mapping]] = ...) -> None: ...

class MatchMacAddress(_message.Message):
    __slots__ = ("addr", "addr_length", "operation")
    ADDR_FIELD_NUMBER: _ClassVar[int]
    ADDR_LENGTH_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    addr: _jnx_common_addr_types_pb2.MacAddress
    addr_length: int
    operation: MatchOperation
    def __init__(self, addr: _Optional[_Union[_jnx_common_addr_types_pb2.MacAddress, _Mapping]] = ..., addr_length: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchEtherType(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchLearnVlanId(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchLearnVlanPriority(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchGtpTeid(_message.Message):
    __slots__ = ("min", "max", "operation")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    operation: MatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., operation: _Optional[_Union[MatchOperation, str]] = ...) -> None: ...

class MatchGtpHeader(_message.Message):
    __slots__ = ("payload", "teid")
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    TEID_FIELD_NUMBER: _ClassVar[int]
    payload: MatchGtpPayload
    teid: _containers.RepeatedCompositeFieldContainer[MatchGtpTeid]
    def __init__(self, payload: _Optional[_Union[MatchGtpPayload, _Mapping]] = ..., teid: _Optional[_Iterable[_Union[MatchGtpTeid, _Mapping]]] = ...) -> None: ...

class MatchGtpPayload(_message.Message):
    __slots__ = ("ipv4", "ipv6")
    IPV4_FIELD_NUMBER: _ClassVar[int]
    IPV6_FIELD_NUMBER: _ClassVar[int]
    ipv4: MatchInnerHeader
    ipv6: MatchInnerHeader
    def __init__(self, ipv4: _Optional[_Union[MatchInnerHeader, _Mapping]] = ..., ipv6: _Optional[_Union[MatchInnerHeader, _Mapping]] = ...) -> None: ...

class MatchInnerHeader(_message.Message):
    __slots__ = ("dst_addrs", "src_addrs", "dst_ports", "src_ports", "protocols")
    DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    dst_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    src_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    dst_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    src_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    protocols: _containers.RepeatedCompositeFieldContainer[MatchProtocol]
    def __init__(self, dst_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., src_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., dst_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., src_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., protocols: _Optional[_Iterable[_Union[MatchProtocol, _Mapping]]] = ...) -> None: ...

class MatchFiveTupleExact(_message.Message):
    __slots__ = ("dst_addr", "src_addr", "dst_port", "src_port", "protocol")
    DST_ADDR_FIELD_NUMBER: _ClassVar[int]
    SRC_ADDR_FIELD_NUMBER: _ClassVar[int]
    DST_PORT_FIELD_NUMBER: _ClassVar[int]
    SRC_PORT_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    dst_addr: MatchIpAddress
    src_addr: MatchIpAddress
    dst_port: MatchPort
    src_port: MatchPort
    protocol: MatchProtocol
    def __init__(self, dst_addr: _Optional[_Union[MatchIpAddress, _Mapping]] = ..., src_addr: _Optional[_Union[MatchIpAddress, _Mapping]] = ..., dst_port: _Optional[_Union[MatchPort, _Mapping]] = ..., src_port: _Optional[_Union[MatchPort, _Mapping]] = ..., protocol: _Optional[_Union[MatchProtocol, _Mapping]] = ...) -> None: ...

class FilterTermMatchInet(_message.Message):
    __slots__ = ("ipv4_dst_addrs", "ipv4_src_addrs", "dst_ports", "src_ports", "dscp_codes", "protocols", "icmp_types", "icmp_codes", "packet_lengths", "ttls", "fragment_flag", "frag_offsets", "interface_units", "ip_precedences", "ipv4_addrs", "ports", "flex_range", "flex_mask", "gtp_header", "five_tuple_exact")
    IPV4_DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    IPV4_SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    DSCP_CODES_FIELD_NUMBER: _ClassVar[int]
    PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    ICMP_TYPES_FIELD_NUMBER: _ClassVar[int]
    ICMP_CODES_FIELD_NUMBER: _ClassVar[int]
    PACKET_LENGTHS_FIELD_NUMBER: _ClassVar[int]
    TTLS_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_FLAG_FIELD_NUMBER: _ClassVar[int]
    FRAG_OFFSETS_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_UNITS_FIELD_NUMBER: _ClassVar[int]
    IP_PRECEDENCES_FIELD_NUMBER: _ClassVar[int]
    IPV4_ADDRS_FIELD_NUMBER: _ClassVar[int]
    PORTS_FIELD_NUMBER: _ClassVar[int]
    FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    GTP_HEADER_FIELD_NUMBER: _ClassVar[int]
    FIVE_TUPLE_EXACT_FIELD_NUMBER: _ClassVar[int]
    ipv4_dst_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    ipv4_src_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    dst_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    src_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    dscp_codes: _containers.RepeatedCompositeFieldContainer[MatchDscpCode]
    protocols: _containers.RepeatedCompositeFieldContainer[MatchProtocol]
    icmp_types: _containers.RepeatedCompositeFieldContainer[MatchIcmpType]
    icmp_codes: _containers.RepeatedCompositeFieldContainer[MatchIcmpCode]
    packet_lengths: _containers.RepeatedCompositeFieldContainer[MatchPacketLength]
    ttls: _containers.RepeatedCompositeFieldContainer[MatchTtl]
    fragment_flag: FilterFragmentFlags
    frag_offsets: _containers.RepeatedCompositeFieldContainer[MatchFragmentOffset]
    interface_units: _containers.RepeatedCompositeFieldContainer[MatchInterfaceUnit]
    ip_precedences: _containers.RepeatedCompositeFieldContainer[MatchIpPrecedence]
    ipv4_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    flex_range: MatchFlexibleOffsetRange
    flex_mask: MatchFlexibleOffsetMask
    gtp_header: MatchGtpHeader
    five_tuple_exact: _containers.RepeatedCompositeFieldContainer[MatchFiveTupleExact]
    def __init__(self, ipv4_dst_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., ipv4_src_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., dst_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., src_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., dscp_codes: _Optional[_Iterable[_Union[MatchDscpCode, _Mapping]]] = ..., protocols: _Optional[_Iterable[_Union[MatchProtocol, _Mapping]]] = ..., icmp_types: _Optional[_Iterable[_Union[MatchIcmpType, _Mapping]]] = ..., icmp_codes: _Optional[_Iterable[_Union[MatchIcmpCode, _Mapping]]] = ..., packet_lengths: _Optional[_Iterable[_Union[MatchPacketLength, _Mapping]]] = ..., ttls: _Optional[_Iterable[_Union[MatchTtl, _Mapping]]] = ..., fragment_flag: _Optional[_Union[FilterFragmentFlags, str]] = ..., frag_offsets: _Optional[_Iterable[_Union[MatchFragmentOffset, _Mapping]]] = ..., interface_units: _Optional[_Iterable[_Union[MatchInterfaceUnit, _Mapping]]] = ..., ip_precedences: _Optional[_Iterable[_Union[MatchIpPrecedence, _Mapping]]] = ..., ipv4_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., flex_range: _Optional[_Union[MatchFlexibleOffsetRange, _Mapping]] = ..., flex_mask: _Optional[_Union[MatchFlexibleOffsetMask, _Mapping]] = ..., gtp_header: _Optional[_Union[MatchGtpHeader, _Mapping]] = ..., five_tuple_exact: _Optional[_Iterable[_Union[MatchFiveTupleExact, _Mapping]]] = ...) -> None: ...

class FilterTermInetTerminatingAction(_message.Message):
    __slots__ = ("accept", "discard", "reject", "routing_instance_name")
    ACCEPT_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    REJECT_FIELD_NUMBER: _ClassVar[int]
    ROUTING_INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    accept: bool
    discard: bool
    reject: ActionIcmpRejectReason
    routing_instance_name: str
    def __init__(self, accept: bool = ..., discard: bool = ..., reject: _Optional[_Union[ActionIcmpRejectReason, str]] = ..., routing_instance_name: _Optional[str] = ...) -> None: ...

class FilterTermInetNonTerminatingAction(_message.Message):
    __slots__ = ("count", "log", "syslog", "policer", "sample", "next_term")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    LOG_FIELD_NUMBER: _ClassVar[int]
    SYSLOG_FIELD_NUMBER: _ClassVar[int]
    POLICER_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_FIELD_NUMBER: _ClassVar[int]
    NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    count: ActionCounter
    log: bool
    syslog: bool
    policer: ActionPolicer
    sample: bool
    next_term: bool
    def __init__(self, count: _Optional[_Union[ActionCounter, _Mapping]] = ..., log: bool = ..., syslog: bool = ..., policer: _Optional[_Union[ActionPolicer, _Mapping]] = ..., sample: bool = ..., next_term: bool = ...) -> None: ...

class FilterTermInetAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: FilterTermInetNonTerminatingAction
    action_t: FilterTermInetTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[FilterTermInetNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[FilterTermInetTerminatingAction, _Mapping]] = ...) -> None: ...

class FilterInetTerm(_message.Message):
    __slots__ = ("term_name", "term_op", "adjacency", "matches", "actions")
    TERM_NAME_FIELD_NUMBER: _ClassVar[int]
    TERM_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    term_name: str
    term_op: FilterTermOperation
    adjacency: FilterAdjacency
    matches: FilterTermMatchInet
    actions: FilterTermInetAction
    def __init__(self, term_name: _Optional[str] = ..., term_op: _Optional[_Union[FilterTermOperation, str]] = ..., adjacency: _Optional[_Union[FilterAdjacency, _Mapping]] = ..., matches: _Optional[_Union[FilterTermMatchInet, _Mapping]] = ..., actions: _Optional[_Union[FilterTermInetAction, _Mapping]] = ...) -> None: ...

class FilterTermMatchEthernetSwitching(_message.Message):
    __slots__ = ("dst_macs", "src_macs", "dst_ports", "src_ports", "dscp_codes", "protocols", "icmp_types", "icmp_codes", "interface_units", "ether_types", "learn_vlan_ids", "learn_vlan_priorities")
    DST_MACS_FIELD_NUMBER: _ClassVar[int]
    SRC_MACS_FIELD_NUMBER: _ClassVar[int]
    DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    DSCP_CODES_FIELD_NUMBER: _ClassVar[int]
    PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    ICMP_TYPES_FIELD_NUMBER: _ClassVar[int]
    ICMP_CODES_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_UNITS_FIELD_NUMBER: _ClassVar[int]
    ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    LEARN_VLAN_IDS_FIELD_NUMBER: _ClassVar[int]
    LEARN_VLAN_PRIORITIES_FIELD_NUMBER: _ClassVar[int]
    dst_macs: _containers.RepeatedCompositeFieldContainer[MatchMacAddress]
    src_macs: _containers.RepeatedCompositeFieldContainer[MatchMacAddress]
    dst_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    src_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    dscp_codes: _containers.RepeatedCompositeFieldContainer[MatchDscpCode]
    protocols: _containers.RepeatedCompositeFieldContainer[MatchProtocol]
    icmp_types: _containers.RepeatedCompositeFieldContainer[MatchIcmpType]
    icmp_codes: _containers.RepeatedCompositeFieldContainer[MatchIcmpCode]
    interface_units: _containers.RepeatedCompositeFieldContainer[MatchInterfaceUnit]
    ether_types: _containers.RepeatedCompositeFieldContainer[MatchEtherType]
    learn_vlan_ids: _containers.RepeatedCompositeFieldContainer[MatchLearnVlanId]
    learn_vlan_priorities: _containers.RepeatedCompositeFieldContainer[MatchLearnVlanPriority]
    def __init__(self, dst_macs: _Optional[_Iterable[_Union[MatchMacAddress, _Mapping]]] = ..., src_macs: _Optional[_Iterable[_Union[MatchMacAddress, _Mapping]]] = ..., dst_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., src_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., dscp_codes: _Optional[_Iterable[_Union[MatchDscpCode, _Mapping]]] = ..., protocols: _Optional[_Iterable[_Union[MatchProtocol, _Mapping]]] = ..., icmp_types: _Optional[_Iterable[_Union[MatchIcmpType, _Mapping]]] = ..., icmp_codes: _Optional[_Iterable[_Union[MatchIcmpCode, _Mapping]]] = ..., interface_units: _Optional[_Iterable[_Union[MatchInterfaceUnit, _Mapping]]] = ..., ether_types: _Optional[_Iterable[_Union[MatchEtherType, _Mapping]]] = ..., learn_vlan_ids: _Optional[_Iterable[_Union[MatchLearnVlanId, _Mapping]]] = ..., learn_vlan_priorities: _Optional[_Iterable[_Union[MatchLearnVlanPriority, _Mapping]]] = ...) -> None: ...

class FilterTermEsTerminatingAction(_message.Message):
    __slots__ = ("accept", "discard", "nh", "send_to_host")
    ACCEPT_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    NH_FIELD_NUMBER: _ClassVar[int]
    SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    accept: bool
    discard: bool
    nh: ActionSetNexthop
    send_to_host: bool
    def __init__(self, accept: bool = ..., discard: bool = ..., nh: _Optional[_Union[ActionSetNexthop, _Mapping]] = ..., send_to_host: bool = ...) -> None: ...

class FilterTermEsNonTerminatingAction(_message.Message):
    __slots__ = ("count", "log", "syslog", "policer", "next_term", "lp")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    LOG_FIELD_NUMBER: _ClassVar[int]
    SYSLOG_FIELD_NUMBER: _ClassVar[int]
    POLICER_FIELD_NUMBER: _ClassVar[int]
    NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    LP_FIELD_NUMBER: _ClassVar[int]
    count: ActionCounter
    log: bool
    syslog: bool
    policer: ActionPolicer
    next_term: bool
    lp: ActionLossPriority
    def __init__(self, count: _Optional[_Union[ActionCounter, _Mapping]] = ..., log: bool = ..., syslog: bool = ..., policer: _Optional[_Union[ActionPolicer, _Mapping]] = ..., next_term: bool = ..., lp: _Optional[_Union[ActionLossPriority, _Mapping]] = ...) -> None: ...

class FilterTermEsAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: FilterTermEsNonTerminatingAction
    action_t: FilterTermEsTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[FilterTermEsNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[FilterTermEsTerminatingAction, _Mapping]] = ...) -> None: ...

class FilterEsTerm(_message.Message):
    __slots__ = ("term_name", "term_op", "adjacency", "matches", "actions")
    TERM_NAME_FIELD_NUMBER: _ClassVar[int]
    TERM_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    term_name: str
    term_op: FilterTermOperation
    adjacency: FilterAdjacency
    matches: FilterTermMatchEthernetSwitching
    actions: FilterTermEsAction
    def __init__(self, term_name: _Optional[str] = ..., term_op: _Optional[_Union[FilterTermOperation, str]] = ..., adjacency: _Optional[_Union[FilterAdjacency, _Mapping]] = ..., matches: _Optional[_Union[FilterTermMatchEthernetSwitching, _Mapping]] = ..., actions: _Optional[_Union[FilterTermEsAction, _Mapping]] = ...) -> None: ...

class FilterTermMatchInet6(_message.Message):
    __slots__ = ("ipv6_dst_addrs", "ipv6_src_addrs", "dst_ports", "src_ports", "dscp_codes", "payload_protocols", "icmp_types", "icmp_codes", "packet_lengths", "fragment_flag", "interface_units", "traffic_classes", "ipv6_addrs", "flex_range", "flex_mask", "ipv6_next_headers", "loss_priorities", "forwarding_class", "ports", "gtp_header")
    IPV6_DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    IPV6_SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    DSCP_CODES_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    ICMP_TYPES_FIELD_NUMBER: _ClassVar[int]
    ICMP_CODES_FIELD_NUMBER: _ClassVar[int]
    PACKET_LENGTHS_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_FLAG_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_UNITS_FIELD_NUMBER: _ClassVar[int]
    TRAFFIC_CLASSES_FIELD_NUMBER: _ClassVar[int]
    IPV6_ADDRS_FIELD_NUMBER: _ClassVar[int]
    FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    IPV6_NEXT_HEADERS_FIELD_NUMBER: _ClassVar[int]
    LOSS_PRIORITIES_FIELD_NUMBER: _ClassVar[int]
    FORWARDING_CLASS_FIELD_NUMBER: _ClassVar[int]
    PORTS_FIELD_NUMBER: _ClassVar[int]
    GTP_HEADER_FIELD_NUMBER: _ClassVar[int]
    ipv6_dst_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    ipv6_src_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    dst_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    src_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    dscp_codes: _containers.RepeatedCompositeFieldContainer[MatchDscpCode]
    payload_protocols: _containers.RepeatedCompositeFieldContainer[MatchProtocol]
    icmp_types: _containers.RepeatedCompositeFieldContainer[MatchIcmpType]
    icmp_codes: _containers.RepeatedCompositeFieldContainer[MatchIcmpCode]
    packet_lengths: _containers.RepeatedCompositeFieldContainer[MatchPacketLength]
    fragment_flag: FilterFragmentFlags
    interface_units: _containers.RepeatedCompositeFieldContainer[MatchInterfaceUnit]
    traffic_classes: _containers.RepeatedCompositeFieldContainer[MatchTrafficClass]
    ipv6_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    flex_range: MatchFlexibleOffsetRange
    flex_mask: MatchFlexibleOffsetMask
    ipv6_next_headers: _containers.RepeatedCompositeFieldContainer[MatchNextHeader]
    loss_priorities: _containers.RepeatedCompositeFieldContainer[MatchLossPriority]
    forwarding_class: _containers.RepeatedCompositeFieldContainer[MatchForwardingClass]
    ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    gtp_header: MatchGtpHeader
    def __init__(self, ipv6_dst_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., ipv6_src_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., dst_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., src_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., dscp_codes: _Optional[_Iterable[_Union[MatchDscpCode, _Mapping]]] = ..., payload_protocols: _Optional[_Iterable[_Union[MatchProtocol, _Mapping]]] = ..., icmp_types: _Optional[_Iterable[_Union[MatchIcmpType, _Mapping]]] = ..., icmp_codes: _Optional[_Iterable[_Union[MatchIcmpCode, _Mapping]]] = ..., packet_lengths: _Optional[_Iterable[_Union[MatchPacketLength, _Mapping]]] = ..., fragment_flag: _Optional[_Union[FilterFragmentFlags, str]] = ..., interface_units: _Optional[_Iterable[_Union[MatchInterfaceUnit, _Mapping]]] = ..., traffic_classes: _Optional[_Iterable[_Union[MatchTrafficClass, _Mapping]]] = ..., ipv6_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., flex_range: _Optional[_Union[MatchFlexibleOffsetRange, _Mapping]] = ..., flex_mask: _Optional[_Union[MatchFlexibleOffsetMask, _Mapping]] = ..., ipv6_next_headers: _Optional[_Iterable[_Union[MatchNextHeader, _Mapping]]] = ..., loss_priorities: _Optional[_Iterable[_Union[MatchLossPriority, _Mapping]]] = ..., forwarding_class: _Optional[_Iterable[_Union[MatchForwardingClass, _Mapping]]] = ..., ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., gtp_header: _Optional[_Union[MatchGtpHeader, _Mapping]] = ...) -> None: ...

class FilterTermInet6TerminatingAction(_message.Message):
    __slots__ = ("accept", "discard", "reject", "routing_instance_name", "topo_redirect", "send_to_client", "send_to_host", "nh")
    ACCEPT_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    REJECT_FIELD_NUMBER: _ClassVar[int]
    ROUTING_INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    TOPO_REDIRECT_FIELD_NUMBER: _ClassVar[int]
    SEND_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    NH_FIELD_NUMBER: _ClassVar[int]
    accept: bool
    discard: bool
    reject: ActionIcmp6RejectReason
    routing_instance_name: str
    topo_redirect: ActionTopologyRedirect
    send_to_client: ActionSendToClient
    send_to_host: bool
    nh: ActionSetNexthop
    def __init__(self, accept: bool = ..., discard: bool = ..., reject: _Optional[_Union[ActionIcmp6RejectReason, str]] = ..., routing_instance_name: _Optional[str] = ..., topo_redirect: _Optional[_Union[ActionTopologyRedirect, _Mapping]] = ..., send_to_client: _Optional[_Union[ActionSendToClient, _Mapping]] = ..., send_to_host: bool = ..., nh: _Optional[_Union[ActionSetNexthop, _Mapping]] = ...) -> None: ...

class FilterTermInet6NonTerminatingAction(_message.Message):
    __slots__ = ("count", "log", "syslog", "policer", "sample", "next_term", "port_mirror", "loss_priority", "forwarding_class", "forwarding_priority", "next_interface", "next_ip", "ip_dscp", "copy_to_host", "policer_inst")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    LOG_FIELD_NUMBER: _ClassVar[int]
    SYSLOG_FIELD_NUMBER: _ClassVar[int]
    POLICER_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_FIELD_NUMBER: _ClassVar[int]
    NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    PORT_MIRROR_FIELD_NUMBER: _ClassVar[int]
    LOSS_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    FORWARDING_CLASS_FIELD_NUMBER: _ClassVar[int]
    FORWARDING_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    NEXT_INTERFACE_FIELD_NUMBER: _ClassVar[int]
    NEXT_IP_FIELD_NUMBER: _ClassVar[int]
    IP_DSCP_FIELD_NUMBER: _ClassVar[int]
    COPY_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    POLICER_INST_FIELD_NUMBER: _ClassVar[int]
    count: ActionCounter
    log: bool
    syslog: bool
    policer: ActionPolicer
    sample: bool
    next_term: bool
    port_mirror: bool
    loss_priority: ActionLossPriority
    forwarding_class: ActionForwardingClass
    forwarding_priority: ActionForwardingPriority
    next_interface: ActionNextInterface
    next_ip: ActionNextIp
    ip_dscp: ActionSetIpDscp
    copy_to_host: ActionCopyToHost
    policer_inst: ActionPolicerInstance
    def __init__(self, count: _Optional[_Union[ActionCounter, _Mapping]] = ..., log: bool = ..., syslog: bool = ..., policer: _Optional[_Union[ActionPolicer, _Mapping]] = ..., sample: bool = ..., next_term: bool = ..., port_mirror: bool = ..., loss_priority: _Optional[_Union[ActionLossPriority, _Mapping]] = ..., forwarding_class: _Optional[_Union[ActionForwardingClass, _Mapping]] = ..., forwarding_priority: _Optional[_Union[ActionForwardingPriority, _Mapping]] = ..., next_interface: _Optional[_Union[ActionNextInterface, _Mapping]] = ..., next_ip: _Optional[_Union[ActionNextIp, _Mapping]] = ..., ip_dscp: _Optional[_Union[ActionSetIpDscp, _Mapping]] = ..., copy_to_host: _Optional[_Union[ActionCopyToHost, _Mapping]] = ..., policer_inst: _Optional[_Union[ActionPolicerInstance, _Mapping]] = ...) -> None: ...

class FilterTermInet6Action(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: FilterTermInet6NonTerminatingAction
    action_t: FilterTermInet6TerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[FilterTermInet6NonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[FilterTermInet6TerminatingAction, _Mapping]] = ...) -> None: ...

class FilterTermMatchVpls(_message.Message):
    __slots__ = ("ipv4_dst_addrs", "ipv4_src_addrs", "ipv6_dst_addrs", "ipv6_src_addrs", "dst_ports", "src_ports", "dscp_codes", "ip_protocols", "payload_protocols", "icmp_types", "icmp_codes", "interface_units", "traffic_classes", "ipv6_next_headers", "ether_types", "src_macs", "dst_macs", "vlan_ether_types", "learn_vlan_ids", "user_vlan_ids", "learn_vlan_priorities", "stp_state", "mesh_group_ids", "cfm_opcodes", "cfm_levels", "l2_tokens", "ipv6_addrs", "flex_range", "flex_mask", "packet_lengths")
    IPV4_DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    IPV4_SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    IPV6_DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    IPV6_SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    DSCP_CODES_FIELD_NUMBER: _ClassVar[int]
    IP_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    ICMP_TYPES_FIELD_NUMBER: _ClassVar[int]
    ICMP_CODES_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_UNITS_FIELD_NUMBER: _ClassVar[int]
    TRAFFIC_CLASSES_FIELD_NUMBER: _ClassVar[int]
    IPV6_NEXT_HEADERS_FIELD_NUMBER: _ClassVar[int]
    ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    SRC_MACS_FIELD_NUMBER: _ClassVar[int]
    DST_MACS_FIELD_NUMBER: _ClassVar[int]
    VLAN_ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    LEARN_VLAN_IDS_FIELD_NUMBER: _ClassVar[int]
    USER_VLAN_IDS_FIELD_NUMBER: _ClassVar[int]
    LEARN_VLAN_PRIORITIES_FIELD_NUMBER: _ClassVar[int]
    STP_STATE_FIELD_NUMBER: _ClassVar[int]
    MESH_GROUP_IDS_FIELD_NUMBER: _ClassVar[int]
    CFM_OPCODES_FIELD_NUMBER: _ClassVar[int]
    CFM_LEVELS_FIELD_NUMBER: _ClassVar[int]
    L2_TOKENS_FIELD_NUMBER: _ClassVar[int]
    IPV6_ADDRS_FIELD_NUMBER: _ClassVar[int]
    FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    PACKET_LENGTHS_FIELD_NUMBER: _ClassVar[int]
    ipv4_dst_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    ipv4_src_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    ipv6_dst_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    ipv6_src_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    dst_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    src_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    dscp_codes: _containers.RepeatedCompositeFieldContainer[MatchDscpCode]
    ip_protocols: _containers.RepeatedCompositeFieldContainer[MatchProtocol]
    payload_protocols: _containers.RepeatedCompositeFieldContainer[MatchProtocol]
    icmp_types: _containers.RepeatedCompositeFieldContainer[MatchIcmpType]
    icmp_codes: _containers.RepeatedCompositeFieldContainer[MatchIcmpCode]
    interface_units: _containers.RepeatedCompositeFieldContainer[MatchInterfaceUnit]
    traffic_classes: _containers.RepeatedCompositeFieldContainer[MatchTrafficClass]
    ipv6_next_headers: _containers.RepeatedCompositeFieldContainer[MatchNextHeader]
    ether_types: _containers.RepeatedCompositeFieldContainer[MatchEtherType]
    src_macs: _containers.RepeatedCompositeFieldContainer[MatchMacAddress]
    dst_macs: _containers.RepeatedCompositeFieldContainer[MatchMacAddress]
    vlan_ether_types: _containers.RepeatedCompositeFieldContainer[MatchEtherType]
    learn_vlan_ids: _containers.RepeatedCompositeFieldContainer[MatchVlanId]
    user_vlan_ids: _containers.RepeatedCompositeFieldContainer[MatchVlanId]
    learn_vlan_priorities: _containers.RepeatedCompositeFieldContainer[MatchLearnVlanPriority]
    stp_state: FilterStpMatchFlags
    mesh_group_ids: _containers.RepeatedCompositeFieldContainer[MatchMeshGroup]
    cfm_opcodes: _containers.RepeatedCompositeFieldContainer[MatchCfmOpcode]
    cfm_levels: _containers.RepeatedCompositeFieldContainer[MatchCfmLevel]
    l2_tokens: _containers.RepeatedCompositeFieldContainer[MatchL2Token]
    ipv6_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    flex_range: MatchFlexibleOffsetRange
    flex_mask: MatchFlexibleOffsetMask
    packet_lengths: _containers.RepeatedCompositeFieldContainer[MatchPacketLength]
    def __init__(self, ipv4_dst_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., ipv4_src_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., ipv6_dst_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., ipv6_src_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., dst_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., src_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., dscp_codes: _Optional[_Iterable[_Union[MatchDscpCode, _Mapping]]] = ..., ip_protocols: _Optional[_Iterable[_Union[MatchProtocol, _Mapping]]] = ..., payload_protocols: _Optional[_Iterable[_Union[MatchProtocol, _Mapping]]] = ..., icmp_types: _Optional[_Iterable[_Union[MatchIcmpType, _Mapping]]] = ..., icmp_codes: _Optional[_Iterable[_Union[MatchIcmpCode, _Mapping]]] = ..., interface_units: _Optional[_Iterable[_Union[MatchInterfaceUnit, _Mapping]]] = ..., traffic_classes: _Optional[_Iterable[_Union[MatchTrafficClass, _Mapping]]] = ..., ipv6_next_headers: _Optional[_Iterable[_Union[MatchNextHeader, _Mapping]]] = ..., ether_types: _Optional[_Iterable[_Union[MatchEtherType, _Mapping]]] = ..., src_macs: _Optional[_Iterable[_Union[MatchMacAddress, _Mapping]]] = ..., dst_macs: _Optional[_Iterable[_Union[MatchMacAddress, _Mapping]]] = ..., vlan_ether_types: _Optional[_Iterable[_Union[MatchEtherType, _Mapping]]] = ..., learn_vlan_ids: _Optional[_Iterable[_Union[MatchVlanId, _Mapping]]] = ..., user_vlan_ids: _Optional[_Iterable[_Union[MatchVlanId, _Mapping]]] = ..., learn_vlan_priorities: _Optional[_Iterable[_Union[MatchLearnVlanPriority, _Mapping]]] = ..., stp_state: _Optional[_Union[FilterStpMatchFlags, str]] = ..., mesh_group_ids: _Optional[_Iterable[_Union[MatchMeshGroup, _Mapping]]] = ..., cfm_opcodes: _Optional[_Iterable[_Union[MatchCfmOpcode, _Mapping]]] = ..., cfm_levels: _Optional[_Iterable[_Union[MatchCfmLevel, _Mapping]]] = ..., l2_tokens: _Optional[_Iterable[_Union[MatchL2Token, _Mapping]]] = ..., ipv6_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., flex_range: _Optional[_Union[MatchFlexibleOffsetRange, _Mapping]] = ..., flex_mask: _Optional[_Union[MatchFlexibleOffsetMask, _Mapping]] = ..., packet_lengths: _Optional[_Iterable[_Union[MatchPacketLength, _Mapping]]] = ...) -> None: ...

class FilterTermVplsTerminatingAction(_message.Message):
    __slots__ = ("accept", "discard", "send_to_client", "send_to_host", "nh")
    ACCEPT_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    SEND_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    NH_FIELD_NUMBER: _ClassVar[int]
    accept: bool
    discard: bool
    send_to_client: ActionSendToClient
    send_to_host: bool
    nh: ActionSetNexthop
    def __init__(self, accept: bool = ..., discard: bool = ..., send_to_client: _Optional[_Union[ActionSendToClient, _Mapping]] = ..., send_to_host: bool = ..., nh: _Optional[_Union[ActionSetNexthop, _Mapping]] = ...) -> None: ...

class FilterTermVplsNonTerminatingAction(_message.Message):
    __slots__ = ("count", "log", "syslog", "policer", "sample", "next_term", "no_mac_learn", "copy_to_host")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    LOG_FIELD_NUMBER: _ClassVar[int]
    SYSLOG_FIELD_NUMBER: _ClassVar[int]
    POLICER_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_FIELD_NUMBER: _ClassVar[int]
    NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    NO_MAC_LEARN_FIELD_NUMBER: _ClassVar[int]
    COPY_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    count: ActionCounter
    log: bool
    syslog: bool
    policer: ActionPolicer
    sample: bool
    next_term: bool
    no_mac_learn: bool
    copy_to_host: ActionCopyToHost
    def __init__(self, count: _Optional[_Union[ActionCounter, _Mapping]] = ..., log: bool = ..., syslog: bool = ..., policer: _Optional[_Union[ActionPolicer, _Mapping]] = ..., sample: bool = ..., next_term: bool = ..., no_mac_learn: bool = ..., copy_to_host: _Optional[_Union[ActionCopyToHost, _Mapping]] = ...) -> None: ...

class FilterTermVplsAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: FilterTermVplsNonTerminatingAction
    action_t: FilterTermVplsTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[FilterTermVplsNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[FilterTermVplsTerminatingAction, _Mapping]] = ...) -> None: ...

class FilterTermMatchCcc(_message.Message):
    __slots__ = ("packet_lengths", "interface_units", "ether_types", "src_macs", "dst_macs", "cfm_opcodes", "cfm_levels", "flex_range", "flex_mask")
    PACKET_LENGTHS_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_UNITS_FIELD_NUMBER: _ClassVar[int]
    ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    SRC_MACS_FIELD_NUMBER: _ClassVar[int]
    DST_MACS_FIELD_NUMBER: _ClassVar[int]
    CFM_OPCODES_FIELD_NUMBER: _ClassVar[int]
    CFM_LEVELS_FIELD_NUMBER: _ClassVar[int]
    FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    packet_lengths: _containers.RepeatedCompositeFieldContainer[MatchPacketLength]
    interface_units: _containers.RepeatedCompositeFieldContainer[MatchInterfaceUnit]
    ether_types: _containers.RepeatedCompositeFieldContainer[MatchEtherType]
    src_macs: _containers.RepeatedCompositeFieldContainer[MatchMacAddress]
    dst_macs: _containers.RepeatedCompositeFieldContainer[MatchMacAddress]
    cfm_opcodes: _containers.RepeatedCompositeFieldContainer[MatchCfmOpcode]
    cfm_levels: _containers.RepeatedCompositeFieldContainer[MatchCfmLevel]
    flex_range: MatchFlexibleOffsetRange
    flex_mask: MatchFlexibleOffsetMask
    def __init__(self, packet_lengths: _Optional[_Iterable[_Union[MatchPacketLength, _Mapping]]] = ..., interface_units: _Optional[_Iterable[_Union[MatchInterfaceUnit, _Mapping]]] = ..., ether_types: _Optional[_Iterable[_Union[MatchEtherType, _Mapping]]] = ..., src_macs: _Optional[_Iterable[_Union[MatchMacAddress, _Mapping]]] = ..., dst_macs: _Optional[_Iterable[_Union[MatchMacAddress, _Mapping]]] = ..., cfm_opcodes: _Optional[_Iterable[_Union[MatchCfmOpcode, _Mapping]]] = ..., cfm_levels: _Optional[_Iterable[_Union[MatchCfmLevel, _Mapping]]] = ..., flex_range: _Optional[_Union[MatchFlexibleOffsetRange, _Mapping]] = ..., flex_mask: _Optional[_Union[MatchFlexibleOffsetMask, _Mapping]] = ...) -> None: ...

class FilterTermCccTerminatingAction(_message.Message):
    __slots__ = ("accept", "discard", "send_to_client", "send_to_host")
    ACCEPT_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    SEND_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    accept: bool
    discard: bool
    send_to_client: ActionSendToClient
    send_to_host: bool
    def __init__(self, accept: bool = ..., discard: bool = ..., send_to_client: _Optional[_Union[ActionSendToClient, _Mapping]] = ..., send_to_host: bool = ...) -> None: ...

class FilterTermCccNonTerminatingAction(_message.Message):
    __slots__ = ("count", "log", "syslog", "policer", "sample", "copy_to_host")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    LOG_FIELD_NUMBER: _ClassVar[int]
    SYSLOG_FIELD_NUMBER: _ClassVar[int]
    POLICER_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_FIELD_NUMBER: _ClassVar[int]
    COPY_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    count: ActionCounter
    log: bool
    syslog: bool
    policer: ActionPolicer
    sample: bool
    copy_to_host: ActionCopyToHost
    def __init__(self, count: _Optional[_Union[ActionCounter, _Mapping]] = ..., log: bool = ..., syslog: bool = ..., policer: _Optional[_Union[ActionPolicer, _Mapping]] = ..., sample: bool = ..., copy_to_host: _Optional[_Union[ActionCopyToHost, _Mapping]] = ...) -> None: ...

class FilterTermCccAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: FilterTermCccNonTerminatingAction
    action_t: FilterTermCccTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[FilterTermCccNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[FilterTermCccTerminatingAction, _Mapping]] = ...) -> None: ...

class FilterTermMatchMultiService(_message.Message):
    __slots__ = ("ipv4_dst_addrs", "ipv4_src_addrs", "ipv4_addrs", "dst_ports", "src_ports", "ip_protocols", "payload_protocols", "icmp_types", "icmp_codes", "interface_units", "ipv6_next_headers", "ether_types", "src_macs", "dst_macs", "vlan_ether_types", "stp_state", "mesh_group_ids", "l2_tokens", "packet_lengths")
    IPV4_DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    IPV4_SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    IPV4_ADDRS_FIELD_NUMBER: _ClassVar[int]
    DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    IP_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    ICMP_TYPES_FIELD_NUMBER: _ClassVar[int]
    ICMP_CODES_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_UNITS_FIELD_NUMBER: _ClassVar[int]
    IPV6_NEXT_HEADERS_FIELD_NUMBER: _ClassVar[int]
    ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    SRC_MACS_FIELD_NUMBER: _ClassVar[int]
    DST_MACS_FIELD_NUMBER: _ClassVar[int]
    VLAN_ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    STP_STATE_FIELD_NUMBER: _ClassVar[int]
    MESH_GROUP_IDS_FIELD_NUMBER: _ClassVar[int]
    L2_TOKENS_FIELD_NUMBER: _ClassVar[int]
    PACKET_LENGTHS_FIELD_NUMBER: _ClassVar[int]
    ipv4_dst_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    ipv4_src_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    ipv4_addrs: _containers.RepeatedCompositeFieldContainer[MatchIpAddress]
    dst_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    src_ports: _containers.RepeatedCompositeFieldContainer[MatchPort]
    ip_protocols: _containers.RepeatedCompositeFieldContainer[MatchProtocol]
    payload_protocols: _containers.RepeatedCompositeFieldContainer[MatchProtocol]
    icmp_types: _containers.RepeatedCompositeFieldContainer[MatchIcmpType]
    icmp_codes: _containers.RepeatedCompositeFieldContainer[MatchIcmpCode]
    interface_units: _containers.RepeatedCompositeFieldContainer[MatchInterfaceUnit]
    ipv6_next_headers: _containers.RepeatedCompositeFieldContainer[MatchNextHeader]
    ether_types: _containers.RepeatedCompositeFieldContainer[MatchEtherType]
    src_macs: _containers.RepeatedCompositeFieldContainer[MatchMacAddress]
    dst_macs: _containers.RepeatedCompositeFieldContainer[MatchMacAddress]
    vlan_ether_types: _containers.RepeatedCompositeFieldContainer[MatchEtherType]
    stp_state: FilterStpMatchFlags
    mesh_group_ids: _containers.RepeatedCompositeFieldContainer[MatchMeshGroup]
    l2_tokens: _containers.RepeatedCompositeFieldContainer[MatchL2Token]
    packet_lengths: _containers.RepeatedCompositeFieldContainer[MatchPacketLength]
    def __init__(self, ipv4_dst_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., ipv4_src_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., ipv4_addrs: _Optional[_Iterable[_Union[MatchIpAddress, _Mapping]]] = ..., dst_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., src_ports: _Optional[_Iterable[_Union[MatchPort, _Mapping]]] = ..., ip_protocols: _Optional[_Iterable[_Union[MatchProtocol, _Mapping]]] = ..., payload_protocols: _Optional[_Iterable[_Union[MatchProtocol, _Mapping]]] = ..., icmp_types: _Optional[_Iterable[_Union[MatchIcmpType, _Mapping]]] = ..., icmp_codes: _Optional[_Iterable[_Union[MatchIcmpCode, _Mapping]]] = ..., interface_units: _Optional[_Iterable[_Union[MatchInterfaceUnit, _Mapping]]] = ..., ipv6_next_headers: _Optional[_Iterable[_Union[MatchNextHeader, _Mapping]]] = ..., ether_types: _Optional[_Iterable[_Union[MatchEtherType, _Mapping]]] = ..., src_macs: _Optional[_Iterable[_Union[MatchMacAddress, _Mapping]]] = ..., dst_macs: _Optional[_Iterable[_Union[MatchMacAddress, _Mapping]]] = ..., vlan_ether_types: _Optional[_Iterable[_Union[MatchEtherType, _Mapping]]] = ..., stp_state: _Optional[_Union[FilterStpMatchFlags, str]] = ..., mesh_group_ids: _Optional[_Iterable[_Union[MatchMeshGroup, _Mapping]]] = ..., l2_tokens: _Optional[_Iterable[_Union[MatchL2Token, _Mapping]]] = ..., packet_lengths: _Optional[_Iterable[_Union[MatchPacketLength, _Mapping]]] = ...) -> None: ...

class FilterTermMultiServiceTerminatingAction(_message.Message):
    __slots__ = ("accept", "discard", "send_to_client", "send_to_host")
    ACCEPT_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    SEND_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    accept: bool
    discard: bool
    send_to_client: ActionSendToClient
    send_to_host: bool
    def __init__(self, accept: bool = ..., discard: bool = ..., send_to_client: _Optional[_Union[ActionSendToClient, _Mapping]] = ..., send_to_host: bool = ...) -> None: ...

class FilterTermMultiServiceNonTerminatingAction(_message.Message):
    __slots__ = ("count", "log", "syslog", "policer", "sample", "next_term", "copy_to_host")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    LOG_FIELD_NUMBER: _ClassVar[int]
    SYSLOG_FIELD_NUMBER: _ClassVar[int]
    POLICER_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_FIELD_NUMBER: _ClassVar[int]
    NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    COPY_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    count: ActionCounter
    log: bool
    syslog: bool
    policer: ActionPolicer
    sample: bool
    next_term: bool
    copy_to_host: ActionCopyToHost
    def __init__(self, count: _Optional[_Union[ActionCounter, _Mapping]] = ..., log: bool = ..., syslog: bool = ..., policer: _Optional[_Union[ActionPolicer, _Mapping]] = ..., sample: bool = ..., next_term: bool = ..., copy_to_host: _Optional[_Union[ActionCopyToHost, _Mapping]] = ...) -> None: ...

class FilterTermMultiServiceAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: FilterTermMultiServiceNonTerminatingAction
    action_t: FilterTermMultiServiceTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[FilterTermMultiServiceNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[FilterTermMultiServiceTerminatingAction, _Mapping]] = ...) -> None: ...

class FilterTermMatchMpls(_message.Message):
    __slots__ = ("labels1", "labels2", "labels3", "flex_range", "flex_mask")
    LABELS1_FIELD_NUMBER: _ClassVar[int]
    LABELS2_FIELD_NUMBER: _ClassVar[int]
    LABELS3_FIELD_NUMBER: _ClassVar[int]
    FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    labels1: _containers.RepeatedCompositeFieldContainer[MatchMplsLabel]
    labels2: _containers.RepeatedCompositeFieldContainer[MatchMplsLabel]
    labels3: _containers.RepeatedCompositeFieldContainer[MatchMplsLabel]
    flex_range: MatchFlexibleOffsetRange
    flex_mask: MatchFlexibleOffsetMask
    def __init__(self, labels1: _Optional[_Iterable[_Union[MatchMplsLabel, _Mapping]]] = ..., labels2: _Optional[_Iterable[_Union[MatchMplsLabel, _Mapping]]] = ..., labels3: _Optional[_Iterable[_Union[MatchMplsLabel, _Mapping]]] = ..., flex_range: _Optional[_Union[MatchFlexibleOffsetRange, _Mapping]] = ..., flex_mask: _Optional[_Union[MatchFlexibleOffsetMask, _Mapping]] = ...) -> None: ...

class FilterTermMplsTerminatingAction(_message.Message):
    __slots__ = ("accept", "discard")
    ACCEPT_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    accept: bool
    discard: bool
    def __init__(self, accept: bool = ..., discard: bool = ...) -> None: ...

class FilterTermMplsNonTerminatingAction(_message.Message):
    __slots__ = ("count", "policer")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    POLICER_FIELD_NUMBER: _ClassVar[int]
    count: ActionCounter
    policer: ActionPolicer
    def __init__(self, count: _Optional[_Union[ActionCounter, _Mapping]] = ..., policer: _Optional[_Union[ActionPolicer, _Mapping]] = ...) -> None: ...

class FilterTermMplsAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: FilterTermMplsNonTerminatingAction
    action_t: FilterTermMplsTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[FilterTermMplsNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[FilterTermMplsTerminatingAction, _Mapping]] = ...) -> None: ...

class FilterInet6Term(_message.Message):
    __slots__ = ("term_name", "term_op", "adjacency", "matches", "actions")
    TERM_NAME_FIELD_NUMBER: _ClassVar[int]
    TERM_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    term_name: str
    term_op: FilterTermOperation
    adjacency: FilterAdjacency
    matches: FilterTermMatchInet6
    actions: FilterTermInet6Action
    def __init__(self, term_name: _Optional[str] = ..., term_op: _Optional[_Union[FilterTermOperation, str]] = ..., adjacency: _Optional[_Union[FilterAdjacency, _Mapping]] = ..., matches: _Optional[_Union[FilterTermMatchInet6, _Mapping]] = ..., actions: _Optional[_Union[FilterTermInet6Action, _Mapping]] = ...) -> None: ...

class FilterVplsTerm(_message.Message):
    __slots__ = ("term_name", "term_op", "adjacency", "matches", "actions")
    TERM_NAME_FIELD_NUMBER: _ClassVar[int]
    TERM_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    term_name: str
    term_op: FilterTermOperation
    adjacency: FilterAdjacency
    matches: FilterTermMatchVpls
    actions: FilterTermVplsAction
    def __init__(self, term_name: _Optional[str] = ..., term_op: _Optional[_Union[FilterTermOperation, str]] = ..., adjacency: _Optional[_Union[FilterAdjacency, _Mapping]] = ..., matches: _Optional[_Union[FilterTermMatchVpls, _Mapping]] = ..., actions: _Optional[_Union[FilterTermVplsAction, _Mapping]] = ...) -> None: ...

class FilterCccTerm(_message.Message):
    __slots__ = ("term_name", "term_op", "adjacency", "matches", "actions")
    TERM_NAME_FIELD_NUMBER: _ClassVar[int]
    TERM_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    term_name: str
    term_op: FilterTermOperation
    adjacency: FilterAdjacency
    matches: FilterTermMatchCcc
    actions: FilterTermCccAction
    def __init__(self, term_name: _Optional[str] = ..., term_op: _Optional[_Union[FilterTermOperation, str]] = ..., adjacency: _Optional[_Union[FilterAdjacency, _Mapping]] = ..., matches: _Optional[_Union[FilterTermMatchCcc, _Mapping]] = ..., actions: _Optional[_Union[FilterTermCccAction, _Mapping]] = ...) -> None: ...

class FilterMultiServiceTerm(_message.Message):
    __slots__ = ("term_name", "term_op", "adjacency", "matches", "actions")
    TERM_NAME_FIELD_NUMBER: _ClassVar[int]
    TERM_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    term_name: str
    term_op: FilterTermOperation
    adjacency: FilterAdjacency
    matches: FilterTermMatchMultiService
    actions: FilterTermMultiServiceAction
    def __init__(self, term_name: _Optional[str] = ..., term_op: _Optional[_Union[FilterTermOperation, str]] = ..., adjacency: _Optional[_Union[FilterAdjacency, _Mapping]] = ..., matches: _Optional[_Union[FilterTermMatchMultiService, _Mapping]] = ..., actions: _Optional[_Union[FilterTermMultiServiceAction, _Mapping]] = ...) -> None: ...

class FilterMplsTerm(_message.Message):
    __slots__ = ("term_name", "term_op", "adjacency", "matches", "actions")
    TERM_NAME_FIELD_NUMBER: _ClassVar[int]
    TERM_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    term_name: str
    term_op: FilterTermOperation
    adjacency: FilterAdjacency
    matches: FilterTermMatchMpls
    actions: FilterTermMplsAction
    def __init__(self, term_name: _Optional[str] = ..., term_op: _Optional[_Union[FilterTermOperation, str]] = ..., adjacency: _Optional[_Union[FilterAdjacency, _Mapping]] = ..., matches: _Optional[_Union[FilterTermMatchMpls, _Mapping]] = ..., actions: _Optional[_Union[FilterTermMplsAction, _Mapping]] = ...) -> None: ...

class FilterTerm(_message.Message):
    __slots__ = ("inet_term", "es_term", "inet6_term", "vpls_term", "ccc_term", "mservice_term", "mpls_term")
    INET_TERM_FIELD_NUMBER: _ClassVar[int]
    ES_TERM_FIELD_NUMBER: _ClassVar[int]
    INET6_TERM_FIELD_NUMBER: _ClassVar[int]
    VPLS_TERM_FIELD_NUMBER: _ClassVar[int]
    CCC_TERM_FIELD_NUMBER: _ClassVar[int]
    MSERVICE_TERM_FIELD_NUMBER: _ClassVar[int]
    MPLS_TERM_FIELD_NUMBER: _ClassVar[int]
    inet_term: FilterInetTerm
    es_term: FilterEsTerm
    inet6_term: FilterInet6Term
    vpls_term: FilterVplsTerm
    ccc_term: FilterCccTerm
    mservice_term: FilterMultiServiceTerm
    mpls_term: FilterMplsTerm
    def __init__(self, inet_term: _Optional[_Union[FilterInetTerm, _Mapping]] = ..., es_term: _Optional[_Union[FilterEsTerm, _Mapping]] = ..., inet6_term: _Optional[_Union[FilterInet6Term, _Mapping]] = ..., vpls_term: _Optional[_Union[FilterVplsTerm, _Mapping]] = ..., ccc_term: _Optional[_Union[FilterCccTerm, _Mapping]] = ..., mservice_term: _Optional[_Union[FilterMultiServiceTerm, _Mapping]] = ..., mpls_term: _Optional[_Union[FilterMplsTerm, _Mapping]] = ...) -> None: ...

class Filter(_message.Message):
    __slots__ = ("name", "family")
    NAME_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    name: str
    family: FilterFamilies
    def __init__(self, name: _Optional[str] = ..., family: _Optional[_Union[FilterFamilies, str]] = ...) -> None: ...

class FilterAddRequest(_message.Message):
    __slots__ = ("name", "type", "family", "flag", "terms_list")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    FLAG_FIELD_NUMBER: _ClassVar[int]
    TERMS_LIST_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: FilterTypes
    family: FilterFamilies
    flag: FilterFlags
    terms_list: _containers.RepeatedCompositeFieldContainer[FilterTerm]
    def __init__(self, name: _Optional[str] = ..., type: _Optional[_Union[FilterTypes, str]] = ..., family: _Optional[_Union[FilterFamilies, str]] = ..., flag: _Optional[_Union[FilterFlags, str]] = ..., terms_list: _Optional[_Iterable[_Union[FilterTerm, _Mapping]]] = ...) -> None: ...

class FilterModifyRequest(_message.Message):
    __slots__ = ("name", "type", "family", "flag", "terms_list")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    FLAG_FIELD_NUMBER: _ClassVar[int]
    TERMS_LIST_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: FilterTypes
    family: FilterFamilies
    flag: FilterFlags
    terms_list: _containers.RepeatedCompositeFieldContainer[FilterTerm]
    def __init__(self, name: _Optional[str] = ..., type: _Optional[_Union[FilterTypes, str]] = ..., family: _Optional[_Union[FilterFamilies, str]] = ..., flag: _Optional[_Union[FilterFlags, str]] = ..., terms_list: _Optional[_Iterable[_Union[FilterTerm, _Mapping]]] = ...) -> None: ...

class FilterDeleteRequest(_message.Message):
    __slots__ = ("name", "family")
    NAME_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    name: str
    family: FilterFamilies
    def __init__(self, name: _Optional[str] = ..., family: _Optional[_Union[FilterFamilies, str]] = ...) -> None: ...

class FilterCounterGetRequest(_message.Message):
    __slots__ = ("filter_name", "counter_name")
    FILTER_NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    filter_name: str
    counter_name: str
    def __init__(self, filter_name: _Optional[str] = ..., counter_name: _Optional[str] = ...) -> None: ...

class PolicerCounterGetRequest(_message.Message):
    __slots__ = ("filter_name", "counter_name")
    FILTER_NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    filter_name: str
    counter_name: str
    def __init__(self, filter_name: _Optional[str] = ..., counter_name: _Optional[str] = ...) -> None: ...

class FilterCounterSetRequest(_message.Message):
    __slots__ = ("filter_name", "counter_name")
    FILTER_NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    filter_name: str
    counter_name: str
    def __init__(self, filter_name: _Optional[str] = ..., counter_name: _Optional[str] = ...) -> None: ...

class FilterCounterSetResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FilterCounterSetResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FilterCounterSetResponse.StatusCode]
        EINTERNAL: _ClassVar[FilterCounterSetResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FilterCounterSetResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FilterCounterSetResponse.StatusCode]
    EOK: FilterCounterSetResponse.StatusCode
    EINVALID_MESSAGE: FilterCounterSetResponse.StatusCode
    EINTERNAL: FilterCounterSetResponse.StatusCode
    EUNSUPPORTED_OP: FilterCounterSetResponse.StatusCode
    NO_RESOURCE: FilterCounterSetResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FilterCounterSetResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FilterCounterSetResponse.StatusCode, str]] = ...) -> None: ...

class PolicerCounterSetRequest(_message.Message):
    __slots__ = ("filter_name", "counter_name")
    FILTER_NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    filter_name: str
    counter_name: str
    def __init__(self, filter_name: _Optional[str] = ..., counter_name: _Optional[str] = ...) -> None: ...

class PolicerCounterSetResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[PolicerCounterSetResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[PolicerCounterSetResponse.StatusCode]
        EINTERNAL: _ClassVar[PolicerCounterSetResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[PolicerCounterSetResponse.StatusCode]
        NO_RESOURCE: _ClassVar[PolicerCounterSetResponse.StatusCode]
    EOK: PolicerCounterSetResponse.StatusCode
    EINVALID_MESSAGE: PolicerCounterSetResponse.StatusCode
    EINTERNAL: PolicerCounterSetResponse.StatusCode
    EUNSUPPORTED_OP: PolicerCounterSetResponse.StatusCode
    NO_RESOURCE: PolicerCounterSetResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: PolicerCounterSetResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[PolicerCounterSetResponse.StatusCode, str]] = ...) -> None: ...

class FilterAddResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FilterAddResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FilterAddResponse.StatusCode]
        EINTERNAL: _ClassVar[FilterAddResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FilterAddResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FilterAddResponse.StatusCode]
    EOK: FilterAddResponse.StatusCode
    EINVALID_MESSAGE: FilterAddResponse.StatusCode
    EINTERNAL: FilterAddResponse.StatusCode
    EUNSUPPORTED_OP: FilterAddResponse.StatusCode
    NO_RESOURCE: FilterAddResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FilterAddResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FilterAddResponse.StatusCode, str]] = ...) -> None: ...

class FilterDeleteResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FilterDeleteResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FilterDeleteResponse.StatusCode]
        EINTERNAL: _ClassVar[FilterDeleteResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FilterDeleteResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FilterDeleteResponse.StatusCode]
    EOK: FilterDeleteResponse.StatusCode
    EINVALID_MESSAGE: FilterDeleteResponse.StatusCode
    EINTERNAL: FilterDeleteResponse.StatusCode
    EUNSUPPORTED_OP: FilterDeleteResponse.StatusCode
    NO_RESOURCE: FilterDeleteResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FilterDeleteResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FilterDeleteResponse.StatusCode, str]] = ...) -> None: ...

class FilterModifyResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FilterModifyResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FilterModifyResponse.StatusCode]
        EINTERNAL: _ClassVar[FilterModifyResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FilterModifyResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FilterModifyResponse.StatusCode]
    EOK: FilterModifyResponse.StatusCode
    EINVALID_MESSAGE: FilterModifyResponse.StatusCode
    EINTERNAL: FilterModifyResponse.StatusCode
    EUNSUPPORTED_OP: FilterModifyResponse.StatusCode
    NO_RESOURCE: FilterModifyResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FilterModifyResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FilterModifyResponse.StatusCode, str]] = ...) -> None: ...

class FilterBindAddResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FilterBindAddResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FilterBindAddResponse.StatusCode]
        EINTERNAL: _ClassVar[FilterBindAddResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FilterBindAddResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FilterBindAddResponse.StatusCode]
    EOK: FilterBindAddResponse.StatusCode
    EINVALID_MESSAGE: FilterBindAddResponse.StatusCode
    EINTERNAL: FilterBindAddResponse.StatusCode
    EUNSUPPORTED_OP: FilterBindAddResponse.StatusCode
    NO_RESOURCE: FilterBindAddResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FilterBindAddResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FilterBindAddResponse.StatusCode, str]] = ...) -> None: ...

class FilterBindDeleteResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FilterBindDeleteResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FilterBindDeleteResponse.StatusCode]
        EINTERNAL: _ClassVar[FilterBindDeleteResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FilterBindDeleteResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FilterBindDeleteResponse.StatusCode]
    EOK: FilterBindDeleteResponse.StatusCode
    EINVALID_MESSAGE: FilterBindDeleteResponse.StatusCode
    EINTERNAL: FilterBindDeleteResponse.StatusCode
    EUNSUPPORTED_OP: FilterBindDeleteResponse.StatusCode
    NO_RESOURCE: FilterBindDeleteResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FilterBindDeleteResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FilterBindDeleteResponse.StatusCode, str]] = ...) -> None: ...

class PolicerAddResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[PolicerAddResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[PolicerAddResponse.StatusCode]
        EINTERNAL: _ClassVar[PolicerAddResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[PolicerAddResponse.StatusCode]
        NO_RESOURCE: _ClassVar[PolicerAddResponse.StatusCode]
    EOK: PolicerAddResponse.StatusCode
    EINVALID_MESSAGE: PolicerAddResponse.StatusCode
    EINTERNAL: PolicerAddResponse.StatusCode
    EUNSUPPORTED_OP: PolicerAddResponse.StatusCode
    NO_RESOURCE: PolicerAddResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: PolicerAddResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[PolicerAddResponse.StatusCode, str]] = ...) -> None: ...

class PolicerDeleteResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[PolicerDeleteResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[PolicerDeleteResponse.StatusCode]
        EINTERNAL: _ClassVar[PolicerDeleteResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[PolicerDeleteResponse.StatusCode]
        NO_RESOURCE: _ClassVar[PolicerDeleteResponse.StatusCode]
    EOK: PolicerDeleteResponse.StatusCode
    EINVALID_MESSAGE: PolicerDeleteResponse.StatusCode
    EINTERNAL: PolicerDeleteResponse.StatusCode
    EUNSUPPORTED_OP: PolicerDeleteResponse.StatusCode
    NO_RESOURCE: PolicerDeleteResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: PolicerDeleteResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[PolicerDeleteResponse.StatusCode, str]] = ...) -> None: ...

class PolicerModifyResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[PolicerModifyResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[PolicerModifyResponse.StatusCode]
        EINTERNAL: _ClassVar[PolicerModifyResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[PolicerModifyResponse.StatusCode]
        NO_RESOURCE: _ClassVar[PolicerModifyResponse.StatusCode]
    EOK: PolicerModifyResponse.StatusCode
    EINVALID_MESSAGE: PolicerModifyResponse.StatusCode
    EINTERNAL: PolicerModifyResponse.StatusCode
    EUNSUPPORTED_OP: PolicerModifyResponse.StatusCode
    NO_RESOURCE: PolicerModifyResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: PolicerModifyResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[PolicerModifyResponse.StatusCode, str]] = ...) -> None: ...

class FilterCounterGetResponse(_message.Message):
    __slots__ = ("status", "sub_code", "counter_name", "bytes", "packets")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FilterCounterGetResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FilterCounterGetResponse.StatusCode]
        EINTERNAL: _ClassVar[FilterCounterGetResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FilterCounterGetResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FilterCounterGetResponse.StatusCode]
        TIMEOUT: _ClassVar[FilterCounterGetResponse.StatusCode]
    EOK: FilterCounterGetResponse.StatusCode
    EINVALID_MESSAGE: FilterCounterGetResponse.StatusCode
    EINTERNAL: FilterCounterGetResponse.StatusCode
    EUNSUPPORTED_OP: FilterCounterGetResponse.StatusCode
    NO_RESOURCE: FilterCounterGetResponse.StatusCode
    TIMEOUT: FilterCounterGetResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    PACKETS_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FilterCounterGetResponse.StatusCode
    counter_name: str
    bytes: int
    packets: int
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FilterCounterGetResponse.StatusCode, str]] = ..., counter_name: _Optional[str] = ..., bytes: _Optional[int] = ..., packets: _Optional[int] = ...) -> None: ...

class PolicerCounterGetResponse(_message.Message):
    __slots__ = ("status", "sub_code", "counter_name", "bytes", "packets")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[PolicerCounterGetResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[PolicerCounterGetResponse.StatusCode]
        EINTERNAL: _ClassVar[PolicerCounterGetResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[PolicerCounterGetResponse.StatusCode]
        NO_RESOURCE: _ClassVar[PolicerCounterGetResponse.StatusCode]
        TIMEOUT: _ClassVar[PolicerCounterGetResponse.StatusCode]
    EOK: PolicerCounterGetResponse.StatusCode
    EINVALID_MESSAGE: PolicerCounterGetResponse.StatusCode
    EINTERNAL: PolicerCounterGetResponse.StatusCode
    EUNSUPPORTED_OP: PolicerCounterGetResponse.StatusCode
    NO_RESOURCE: PolicerCounterGetResponse.StatusCode
    TIMEOUT: PolicerCounterGetResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    PACKETS_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: PolicerCounterGetResponse.StatusCode
    counter_name: str
    bytes: int
    packets: int
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[PolicerCounterGetResponse.StatusCode, str]] = ..., counter_name: _Optional[str] = ..., bytes: _Optional[int] = ..., packets: _Optional[int] = ...) -> None: ...

class FilterBindObjVlan(_message.Message):
    __slots__ = ("vlan_name", "route_table")
    VLAN_NAME_FIELD_NUMBER: _ClassVar[int]
    ROUTE_TABLE_FIELD_NUMBER: _ClassVar[int]
    vlan_name: str
    route_table: str
    def __init__(self, vlan_name: _Optional[str] = ..., route_table: _Optional[str] = ...) -> None: ...

class FilterBindObjBridgeDomain(_message.Message):
    __slots__ = ("bridge_domain", "route_table")
    BRIDGE_DOMAIN_FIELD_NUMBER: _ClassVar[int]
    ROUTE_TABLE_FIELD_NUMBER: _ClassVar[int]
    bridge_domain: str
    route_table: str
    def __init__(self, bridge_domain: _Optional[str] = ..., route_table: _Optional[str] = ...) -> None: ...

class FilterBindObjPoint(_message.Message):
    __slots__ = ("interface_name", "forwarding_table", "vlan", "bridge_domain")
    INTERFACE_NAME_FIELD_NUMBER: _ClassVar[int]
    FORWARDING_TABLE_FIELD_NUMBER: _ClassVar[int]
    VLAN_FIELD_NUMBER: _ClassVar[int]
    BRIDGE_DOMAIN_FIELD_NUMBER: _ClassVar[int]
    interface_name: str
    forwarding_table: str
    vlan: FilterBindObjVlan
    bridge_domain: FilterBindObjBridgeDomain
    def __init__(self, interface_name: _Optional[str] = ..., forwarding_table: _Optional[str] = ..., vlan: _Optional[_Union[FilterBindObjVlan, _Mapping]] = ..., bridge_domain: _Optional[_Union[FilterBindObjBridgeDomain, _Mapping]] = ...) -> None: ...

class FilterObjBindAddRequest(_message.Message):
    __slots__ = ("filter", "obj_type", "bind_object", "bind_direction", "bind_family")
    FILTER_FIELD_NUMBER: _ClassVar[int]
    OBJ_TYPE_FIELD_NUMBER: _ClassVar[int]
    BIND_OBJECT_FIELD_NUMBER: _ClassVar[int]
    BIND_DIRECTION_FIELD_NUMBER: _ClassVar[int]
    BIND_FAMILY_FIELD_NUMBER: _ClassVar[int]
    filter: Filter
    obj_type: FilterBindObjType
    bind_object: FilterBindObjPoint
    bind_direction: FilterBindDirection
    bind_family: FilterFamilies
    def __init__(self, filter: _Optional[_Union[Filter, _Mapping]] = ..., obj_type: _Optional[_Union[FilterBindObjType, str]] = ..., bind_object: _Optional[_Union[FilterBindObjPoint, _Mapping]] = ..., bind_direction: _Optional[_Union[FilterBindDirection, str]] = ..., bind_family: _Optional[_Union[FilterFamilies, str]] = ...) -> None: ...

class FilterObjBindDeleteRequest(_message.Message):
    __slots__ = ("filter", "obj_type", "bind_object", "bind_direction", "bind_family")
    FILTER_FIELD_NUMBER: _ClassVar[int]
    OBJ_TYPE_FIELD_NUMBER: _ClassVar[int]
    BIND_OBJECT_FIELD_NUMBER: _ClassVar[int]
    BIND_DIRECTION_FIELD_NUMBER: _ClassVar[int]
    BIND_FAMILY_FIELD_NUMBER: _ClassVar[int]
    filter: Filter
    obj_type: FilterBindObjType
    bind_object: FilterBindObjPoint
    bind_direction: FilterBindDirection
    bind_family: FilterFamilies
    def __init__(self, filter: _Optional[_Union[Filter, _Mapping]] = ..., obj_type: _Optional[_Union[FilterBindObjType, str]] = ..., bind_object: _Optional[_Union[FilterBindObjPoint, _Mapping]] = ..., bind_direction: _Optional[_Union[FilterBindDirection, str]] = ..., bind_family: _Optional[_Union[FilterFamilies, str]] = ...) -> None: ...

class FiltersPurgeTimerAddRequest(_message.Message):
    __slots__ = ("time",)
    TIME_FIELD_NUMBER: _ClassVar[int]
    time: int
    def __init__(self, time: _Optional[int] = ...) -> None: ...

class FiltersPurgeTimerGetRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FiltersPurgeTimerDeleteRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class FiltersPurgeTimerAddResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FiltersPurgeTimerAddResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FiltersPurgeTimerAddResponse.StatusCode]
        EINTERNAL: _ClassVar[FiltersPurgeTimerAddResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FiltersPurgeTimerAddResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FiltersPurgeTimerAddResponse.StatusCode]
    EOK: FiltersPurgeTimerAddResponse.StatusCode
    EINVALID_MESSAGE: FiltersPurgeTimerAddResponse.StatusCode
    EINTERNAL: FiltersPurgeTimerAddResponse.StatusCode
    EUNSUPPORTED_OP: FiltersPurgeTimerAddResponse.StatusCode
    NO_RESOURCE: FiltersPurgeTimerAddResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FiltersPurgeTimerAddResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FiltersPurgeTimerAddResponse.StatusCode, str]] = ...) -> None: ...

class FiltersPurgeTimerDeleteResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FiltersPurgeTimerDeleteResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FiltersPurgeTimerDeleteResponse.StatusCode]
        EINTERNAL: _ClassVar[FiltersPurgeTimerDeleteResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FiltersPurgeTimerDeleteResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FiltersPurgeTimerDeleteResponse.StatusCode]
    EOK: FiltersPurgeTimerDeleteResponse.StatusCode
    EINVALID_MESSAGE: FiltersPurgeTimerDeleteResponse.StatusCode
    EINTERNAL: FiltersPurgeTimerDeleteResponse.StatusCode
    EUNSUPPORTED_OP: FiltersPurgeTimerDeleteResponse.StatusCode
    NO_RESOURCE: FiltersPurgeTimerDeleteResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FiltersPurgeTimerDeleteResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FiltersPurgeTimerDeleteResponse.StatusCode, str]] = ...) -> None: ...

class FiltersPurgeTimerGetResponse(_message.Message):
    __slots__ = ("status", "sub_code", "time")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EOK: _ClassVar[FiltersPurgeTimerGetResponse.StatusCode]
        EINVALID_MESSAGE: _ClassVar[FiltersPurgeTimerGetResponse.StatusCode]
        EINTERNAL: _ClassVar[FiltersPurgeTimerGetResponse.StatusCode]
        EUNSUPPORTED_OP: _ClassVar[FiltersPurgeTimerGetResponse.StatusCode]
        NO_RESOURCE: _ClassVar[FiltersPurgeTimerGetResponse.StatusCode]
    EOK: FiltersPurgeTimerGetResponse.StatusCode
    EINVALID_MESSAGE: FiltersPurgeTimerGetResponse.StatusCode
    EINTERNAL: FiltersPurgeTimerGetResponse.StatusCode
    EUNSUPPORTED_OP: FiltersPurgeTimerGetResponse.StatusCode
    NO_RESOURCE: FiltersPurgeTimerGetResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: FiltersPurgeTimerGetResponse.StatusCode
    time: int
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[FiltersPurgeTimerGetResponse.StatusCode, str]] = ..., time: _Optional[int] = ...) -> None: ...
