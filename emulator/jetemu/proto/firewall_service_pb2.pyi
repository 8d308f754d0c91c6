from . import jnx_addr_pb2 as _jnx_addr_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AclBooleanType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_FALSE: _ClassVar[AclBooleanType]
    ACL_TRUE: _ClassVar[AclBooleanType]

class AclMatchOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_MATCH_OP_INVALID: _ClassVar[AclMatchOperation]
    ACL_MATCH_OP_EQUAL: _ClassVar[AclMatchOperation]
    ACL_MATCH_OP_NOT_EQUAL: _ClassVar[AclMatchOperation]

class AclPolicerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_POLICER_INVALID: _ClassVar[AclPolicerType]
    ACL_TWO_COLOR_POLICER: _ClassVar[AclPolicerType]
    ACL_SINGLE_RATE_THREE_COLOR_POLICER: _ClassVar[AclPolicerType]
    ACL_TWO_RATE_THREE_COLOR_POLICER: _ClassVar[AclPolicerType]
    ACL_HIERARCHICAL_POLICER: _ClassVar[AclPolicerType]

class AclPolicerFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_POLICER_FLAG_INVALID: _ClassVar[AclPolicerFlags]
    ACL_POLICER_FLAG_TERM_SPECIFIC: _ClassVar[AclPolicerFlags]
    ACL_POLICER_FLAG_FILTER_SPECIFIC: _ClassVar[AclPolicerFlags]

class AclPolicerRate(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_POLICER_RATE_INVALID: _ClassVar[AclPolicerRate]
    ACL_POLICER_RATE_BPS: _ClassVar[AclPolicerRate]
    ACL_POLICER_RATE_KBPS: _ClassVar[AclPolicerRate]
    ACL_POLICER_RATE_MBPS: _ClassVar[AclPolicerRate]
    ACL_POLICER_RATE_GBPS: _ClassVar[AclPolicerRate]

class AclPolicerBurstSize(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_POLICER_BURST_SIZE_INVALID: _ClassVar[AclPolicerBurstSize]
    ACL_POLICER_BURST_SIZE_BYTE: _ClassVar[AclPolicerBurstSize]
    ACL_POLICER_BURST_SIZE_KBYTE: _ClassVar[AclPolicerBurstSize]
    ACL_POLICER_BURST_SIZE_MBYTE: _ClassVar[AclPolicerBurstSize]
    ACL_POLICER_BURST_SIZE_GBYTE: _ClassVar[AclPolicerBurstSize]

class AclColorModeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_COLOR_MODE_INVALID: _ClassVar[AclColorModeType]
    ACL_COLOR_MODE_COLOR_BLIND: _ClassVar[AclColorModeType]
    ACL_COLOR_MODE_COLOR_AWARE: _ClassVar[AclColorModeType]

class AclLossPriority(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_LOSS_PRIORITY_INVALID: _ClassVar[AclLossPriority]
    ACL_LOSS_PRIORITY_HIGH: _ClassVar[AclLossPriority]
    ACL_LOSS_PRIORITY_MEDIUM_HIGH: _ClassVar[AclLossPriority]
    ACL_LOSS_PRIORITY_MEDIUM_LOW: _ClassVar[AclLossPriority]
    ACL_LOSS_PRIORITY_LOW: _ClassVar[AclLossPriority]

class AclForwardingClass(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_FORWARDING_CLASS_INVALID: _ClassVar[AclForwardingClass]
    ACL_FORWARDING_CLASS_ASSURED: _ClassVar[AclForwardingClass]
    ACL_FORWARDING_CLASS_BEST_EFFORT: _ClassVar[AclForwardingClass]
    ACL_FORWARDING_CLASS_EXPEDITED: _ClassVar[AclForwardingClass]
    ACL_FORWARDING_CLASS_NETWORK_CONTROL: _ClassVar[AclForwardingClass]

class AclStpMatchFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_MATCH_STP_FLAG_INVALID: _ClassVar[AclStpMatchFlags]
    ACL_MATCH_STP_FLAG_BLOCKING: _ClassVar[AclStpMatchFlags]
    ACL_MATCH_STP_FLAG_FORWARDING: _ClassVar[AclStpMatchFlags]

class AclEntryActionRejectReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_ACTION_REJECT_ADMINISTRATIVELY_PROHIBITED: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_BAD_HOST_TOS: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_BAD_NETWORK_TOS: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_FRAGMENTATION_NEEDED: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_HOST_PROHIBITED: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_HOST_UNKNOWN: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_HOST_UNREACHABLE: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_NETWORK_PROHIBITED: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_NETWORK_UNKNOWN: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_NETWORK_UNREACHABLE: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_PORT_UNREACHABLE: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_PRECEDENCE_CUTOFF: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_PRECEDENCE_VIOLATION: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_PROTOCOL_UNREACHABLE: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_SOURCE_HOST_ISOLATED: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_SOURCE_ROUTE_FAILED: _ClassVar[AclEntryActionRejectReason]
    ACL_ACTION_REJECT_TCP_RESET: _ClassVar[AclEntryActionRejectReason]

class AclFragmentFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_FRAGMENT_NONE: _ClassVar[AclFragmentFlags]
    ACL_DONT_FRAGMENT: _ClassVar[AclFragmentFlags]
    ACL_IS_FRAGMENT: _ClassVar[AclFragmentFlags]
    ACL_FIRST_FRAGMENT: _ClassVar[AclFragmentFlags]
    ACL_LAST_FRAGMENT: _ClassVar[AclFragmentFlags]

class Precedence(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_PRECENCE_ROUTINE: _ClassVar[Precedence]
    ACL_PRECENCE_PRIORITY: _ClassVar[Precedence]
    ACL_PRECENCE_IMMEDIATE: _ClassVar[Precedence]
    ACL_PRECENCE_FLASH: _ClassVar[Precedence]
    ACL_PRECENCE_FLASH_OVERRIDE: _ClassVar[Precedence]
    ACL_PRECENCE_CRITICAL_ECP: _ClassVar[Precedence]
    ACL_PRECENCE_INTERNET_CONTROL: _ClassVar[Precedence]
    ACL_PRECENCE_NET_CONTROL: _ClassVar[Precedence]

class AclEntryOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_ENTRY_OPERATION_INVALID: _ClassVar[AclEntryOperation]
    ACL_ENTRY_OPERATION_ADD: _ClassVar[AclEntryOperation]
    ACL_ENTRY_OPERATION_DELETE: _ClassVar[AclEntryOperation]
    ACL_ENTRY_OPERATION_REPLACE: _ClassVar[AclEntryOperation]

class AclAdjacencyType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_ADJACENCY_NONE: _ClassVar[AclAdjacencyType]
    ACL_ADJACENCY_AFTER: _ClassVar[AclAdjacencyType]
    ACL_ADJACENCY_BEFORE: _ClassVar[AclAdjacencyType]

class AclEntryMatchFlexStartOffest(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_FLEX_MATCH_OFFSET_INVALID: _ClassVar[AclEntryMatchFlexStartOffest]
    ACL_FLEX_MATCH_OFFSET_LAYER_THREE: _ClassVar[AclEntryMatchFlexStartOffest]
    ACL_FLEX_MATCH_OFFSET_LAYER_FOUR: _ClassVar[AclEntryMatchFlexStartOffest]
    ACL_FLEX_MATCH_OFFSET_PAYLOAD: _ClassVar[AclEntryMatchFlexStartOffest]

class AccessListTypes(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_TYPE_INVALID: _ClassVar[AccessListTypes]
    ACL_TYPE_CLASSIC: _ClassVar[AccessListTypes]

class AccessListFamilies(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_FAMILY_INVALID: _ClassVar[AccessListFamilies]
    ACL_FAMILY_INET: _ClassVar[AccessListFamilies]
    ACL_FAMILY_INET6: _ClassVar[AccessListFamilies]
    ACL_FAMILY_ES: _ClassVar[AccessListFamilies]
    ACL_FAMILY_VPLS: _ClassVar[AccessListFamilies]
    ACL_FAMILY_MULTISERVICE: _ClassVar[AccessListFamilies]
    ACL_FAMILY_CCC: _ClassVar[AccessListFamilies]
    ACL_FAMILY_MPLS: _ClassVar[AccessListFamilies]

class AccessListFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_FLAGS_NONE: _ClassVar[AccessListFlags]

class AclBindDirection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_BIND_DIRECTION_INVALID: _ClassVar[AclBindDirection]
    ACL_BIND_DIRECTION_INPUT: _ClassVar[AclBindDirection]
    ACL_BIND_DIRECTION_OUTPUT: _ClassVar[AclBindDirection]

class AccessListReturnVal(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_STATUS_EOK: _ClassVar[AccessListReturnVal]
    ACL_STATUS_NULL_MESSAGE: _ClassVar[AccessListReturnVal]
    ACL_STATUS_EINVALID_MESSAGE: _ClassVar[AccessListReturnVal]
    ACL_STATUS_EINTERNAL: _ClassVar[AccessListReturnVal]
    ACL_STATUS_EUNSUPPORTED_OP: _ClassVar[AccessListReturnVal]
    ACL_STATUS_NO_RESOURCE: _ClassVar[AccessListReturnVal]
    ACL_STATUS_BS_TIMEOUT: _ClassVar[AccessListReturnVal]

class AccessListBindObjType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACL_BIND_OBJ_TYPE_INVALID: _ClassVar[AccessListBindObjType]
    ACL_BIND_OBJ_TYPE_INTERFACE: _ClassVar[AccessListBindObjType]
    ACL_BIND_OBJ_TYPE_FWD_TABLE: _ClassVar[AccessListBindObjType]
    ACL_BIND_OBJ_TYPE_VLAN: _ClassVar[AccessListBindObjType]
    ACL_BIND_OBJ_TYPE_BRG_DOMAIN: _ClassVar[AccessListBindObjType]
ACL_FALSE: AclBooleanType
ACL_TRUE: AclBooleanType
ACL_MATCH_OP_INVALID: AclMatchOperation
ACL_MATCH_OP_EQUAL: AclMatchOperation
ACL_MATCH_OP_NOT_EQUAL: AclMatchOperation
ACL_POLICER_INVALID: AclPolicerType
ACL_TWO_COLOR_POLICER: AclPolicerType
ACL_SINGLE_RATE_THREE_COLOR_POLICER: AclPolicerType
ACL_TWO_RATE_THREE_COLOR_POLICER: AclPolicerType
ACL_HIERARCHICAL_POLICER: AclPolicerType
ACL_POLICER_FLAG_INVALID: AclPolicerFlags
ACL_POLICER_FLAG_TERM_SPECIFIC: AclPolicerFlags
ACL_POLICER_FLAG_FILTER_SPECIFIC: AclPolicerFlags
ACL_POLICER_RATE_INVALID: AclPolicerRate
ACL_POLICER_RATE_BPS: AclPolicerRate
ACL_POLICER_RATE_KBPS: AclPolicerRate
ACL_POLICER_RATE_MBPS: AclPolicerRate
ACL_POLICER_RATE_GBPS: AclPolicerRate
ACL_POLICER_BURST_SIZE_INVALID: AclPolicerBurstSize
ACL_POLICER_BURST_SIZE_BYTE: AclPolicerBurstSize
ACL_POLICER_BURST_SIZE_KBYTE: AclPolicerBurstSize
ACL_POLICER_BURST_SIZE_MBYTE: AclPolicerBurstSize
ACL_POLICER_BURST_SIZE_GBYTE: AclPolicerBurstSize
ACL_COLOR_MODE_INVALID: AclColorModeType
ACL_COLOR_MODE_COLOR_BLIND: AclColorModeType
ACL_COLOR_MODE_COLOR_AWARE: AclColorModeType
ACL_LOSS_PRIORITY_INVALID: AclLossPriority
ACL_LOSS_PRIORITY_HIGH: AclLossPriority
ACL_LOSS_PRIORITY_MEDIUM_HIGH: AclLossPriority
ACL_LOSS_PRIORITY_MEDIUM_LOW: AclLossPriority
ACL_LOSS_PRIORITY_LOW: AclLossPriority
ACL_FORWARDING_CLASS_INVALID: AclForwardingClass
ACL_FORWARDING_CLASS_ASSURED: AclForwardingClass
ACL_FORWARDING_CLASS_BEST_EFFORT: AclForwardingClass
ACL_FORWARDING_CLASS_EXPEDITED: AclForwardingClass
ACL_FORWARDING_CLASS_NETWORK_CONTROL: AclForwardingClass
ACL_MATCH_STP_FLAG_INVALID: AclStpMatchFlags
ACL_MATCH_STP_FLAG_BLOCKING: AclStpMatchFlags
ACL_MATCH_STP_FLAG_FORWARDING: AclStpMatchFlags
ACL_ACTION_REJECT_ADMINISTRATIVELY_PROHIBITED: AclEntryActionRejectReason
ACL_ACTION_REJECT_BAD_HOST_TOS: AclEntryActionRejectReason
ACL_ACTION_REJECT_BAD_NETWORK_TOS: AclEntryActionRejectReason
ACL_ACTION_REJECT_FRAGMENTATION_NEEDED: AclEntryActionRejectReason
ACL_ACTION_REJECT_HOST_PROHIBITED: AclEntryActionRejectReason
ACL_ACTION_REJECT_HOST_UNKNOWN: AclEntryActionRejectReason
ACL_ACTION_REJECT_HOST_UNREACHABLE: AclEntryActionRejectReason
ACL_ACTION_REJECT_NETWORK_PROHIBITED: AclEntryActionRejectReason
ACL_ACTION_REJECT_NETWORK_UNKNOWN: AclEntryActionRejectReason
ACL_ACTION_REJECT_NETWORK_UNREACHABLE: AclEntryActionRejectReason
ACL_ACTION_REJECT_PORT_UNREACHABLE: AclEntryActionRejectReason
ACL_ACTION_REJECT_PRECEDENCE_CUTOFF: AclEntryActionRejectReason
ACL_ACTION_REJECT_PRECEDENCE_VIOLATION: AclEntryActionRejectReason
ACL_ACTION_REJECT_PROTOCOL_UNREACHABLE: AclEntryActionRejectReason
ACL_ACTION_REJECT_SOURCE_HOST_ISOLATED: AclEntryActionRejectReason
ACL_ACTION_REJECT_SOURCE_ROUTE_FAILED: AclEntryActionRejectReason
ACL_ACTION_REJECT_TCP_RESET: AclEntryActionRejectReason
ACL_FRAGMENT_NONE: AclFragmentFlags
ACL_DONT_FRAGMENT: AclFragmentFlags
ACL_IS_FRAGMENT: AclFragmentFlags
ACL_FIRST_FRAGMENT: AclFragmentFlags
ACL_LAST_FRAGMENT: AclFragmentFlags
ACL_PRECENCE_ROUTINE: Precedence
ACL_PRECENCE_PRIORITY: Precedence
ACL_PRECENCE_IMMEDIATE: Precedence
ACL_PRECENCE_FLASH: Precedence
ACL_PRECENCE_FLASH_OVERRIDE: Precedence
ACL_PRECENCE_CRITICAL_ECP: Precedence
ACL_PRECENCE_INTERNET_CONTROL: Precedence
ACL_PRECENCE_NET_CONTROL: Precedence
ACL_ENTRY_OPERATION_INVALID: AclEntryOperation
ACL_ENTRY_OPERATION_ADD: AclEntryOperation
ACL_ENTRY_OPERATION_DELETE: AclEntryOperation
ACL_ENTRY_OPERATION_REPLACE: AclEntryOperation
ACL_ADJACENCY_NONE: AclAdjacencyType
ACL_ADJACENCY_AFTER: AclAdjacencyType
ACL_ADJACENCY_BEFORE: AclAdjacencyType
ACL_FLEX_MATCH_OFFSET_INVALID: AclEntryMatchFlexStartOffest
ACL_FLEX_MATCH_OFFSET_LAYER_THREE: AclEntryMatchFlexStartOffest
ACL_FLEX_MATCH_OFFSET_LAYER_FOUR: AclEntryMatchFlexStartOffest
ACL_FLEX_MATCH_OFFSET_PAYLOAD: AclEntryMatchFlexStartOffest
ACL_TYPE_INVALID: AccessListTypes
ACL_TYPE_CLASSIC: AccessListTypes
ACL_FAMILY_INVALID: AccessListFamilies
ACL_FAMILY_INET: AccessListFamilies
ACL_FAMILY_INET6: AccessListFamilies
ACL_FAMILY_ES: AccessListFamilies
ACL_FAMILY_VPLS: AccessListFamilies
ACL_FAMILY_MULTISERVICE: AccessListFamilies
ACL_FAMILY_CCC: AccessListFamilies
ACL_FAMILY_MPLS: AccessListFamilies
ACL_FLAGS_NONE: AccessListFlags
ACL_BIND_DIRECTION_INVALID: AclBindDirection
ACL_BIND_DIRECTION_INPUT: AclBindDirection
ACL_BIND_DIRECTION_OUTPUT: AclBindDirection
ACL_STATUS_EOK: AccessListReturnVal
ACL_STATUS_NULL_MESSAGE: AccessListReturnVal
ACL_STATUS_EINVALID_MESSAGE: AccessListReturnVal
ACL_STATUS_EINTERNAL: AccessListReturnVal
ACL_STATUS_EUNSUPPORTED_OP: AccessListReturnVal
ACL_STATUS_NO_RESOURCE: AccessListReturnVal
ACL_STATUS_BS_TIMEOUT: AccessListReturnVal
ACL_BIND_OBJ_TYPE_INVALID: AccessListBindObjType
ACL_BIND_OBJ_TYPE_INTERFACE: AccessListBindObjType
ACL_BIND_OBJ_TYPE_FWD_TABLE: AccessListBindObjType
ACL_BIND_OBJ_TYPE_VLAN: AccessListBindObjType
ACL_BIND_OBJ_TYPE_BRG_DOMAIN: AccessListBindObjType

class AccessListVoid(_message.Message):
    __slots__ = ("void",)
    VOID_FIELD_NUMBER: _ClassVar[int]
    void: str
    def __init__(self, void: _Optional[str] = ...) -> None: ...

class AclPolicerTwoColor(_message.Message):
    __slots__ = ("bw_unit", "bandwidth", "burst_unit", "burst_size", "lp", "fc_string", "discard")
    BW_UNIT_FIELD_NUMBER: _ClassVar[int]
    BANDWIDTH_FIELD_NUMBER: _ClassVar[int]
    BURST_UNIT_FIELD_NUMBER: _ClassVar[int]
    BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    LP_FIELD_NUMBER: _ClassVar[int]
    FC_STRING_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    bw_unit: AclPolicerRate
    bandwidth: int
    burst_unit: AclPolicerBurstSize
    burst_size: int
    lp: AclLossPriority
    fc_string: str
    discard: AclBooleanType
    def __init__(self, bw_unit: _Optional[_Union[AclPolicerRate, str]] = ..., bandwidth: _Optional[int] = ..., burst_unit: _Optional[_Union[AclPolicerBurstSize, str]] = ..., burst_size: _Optional[int] = ..., lp: _Optional[_Union[AclLossPriority, str]] = ..., fc_string: _Optional[str] = ..., discard: _Optional[_Union[AclBooleanType, str]] = ...) -> None: ...

class AclPolicerSingleRateThreeColor(_message.Message):
    __slots__ = ("committed_rate_unit", "committed_rate", "committed_burst_unit", "committed_burst_size", "excess_burst_size", "excess_burst_unit", "discard", "color_mode")
    COMMITTED_RATE_UNIT_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_RATE_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_BURST_UNIT_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    EXCESS_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    EXCESS_BURST_UNIT_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    COLOR_MODE_FIELD_NUMBER: _ClassVar[int]
    committed_rate_unit: AclPolicerRate
    committed_rate: int
    committed_burst_unit: AclPolicerBurstSize
    committed_burst_size: int
    excess_burst_size: int
    excess_burst_unit: AclPolicerBurstSize
    discard: AclBooleanType
    color_mode: AclColorModeType
    def __init__(self, committed_rate_unit: _Optional[_Union[AclPolicerRate, str]] = ..., committed_rate: _Optional[int] = ..., committed_burst_unit: _Optional[_Union[AclPolicerBurstSize, str]] = ..., committed_burst_size: _Optional[int] = ..., excess_burst_size: _Optional[int] = ..., excess_burst_unit: _Optional[_Union[AclPolicerBurstSize, str]] = ..., discard: _Optional[_Union[AclBooleanType, str]] = ..., color_mode: _Optional[_Union[AclColorModeType, str]] = ...) -> None: ...

class AclPolicerTwoRateThreeColor(_message.Message):
    __slots__ = ("committed_rate_unit", "committed_rate", "committed_burst_unit", "committed_burst_size", "excess_rate_unit", "excess_rate", "excess_burst_unit", "excess_burst_size", "discard", "color_mode")
    COMMITTED_RATE_UNIT_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_RATE_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_BURST_UNIT_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    EXCESS_RATE_UNIT_FIELD_NUMBER: _ClassVar[int]
    EXCESS_RATE_FIELD_NUMBER: _ClassVar[int]
    EXCESS_BURST_UNIT_FIELD_NUMBER: _ClassVar[int]
    EXCESS_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    COLOR_MODE_FIELD_NUMBER: _ClassVar[int]
    committed_rate_unit: AclPolicerRate
    committed_rate: int
    committed_burst_unit: AclPolicerBurstSize
    committed_burst_size: int
    excess_rate_unit: AclPolicerRate
    excess_rate: int
    excess_burst_unit: AclPolicerBurstSize
    excess_burst_size: int
    discard: AclBooleanType
    color_mode: AclColorModeType
    def __init__(self, committed_rate_unit: _Optional[_Union[AclPolicerRate, str]] = ..., committed_rate: _Optional[int] = ..., committed_burst_unit: _Optional[_Union[AclPolicerBurstSize, str]] = ..., committed_burst_size: _Optional[int] = ..., excess_rate_unit: _Optional[_Union[AclPolicerRate, str]] = ..., excess_rate: _Optional[int] = ..., excess_burst_unit: _Optional[_Union[AclPolicerBurstSize, str]] = ..., excess_burst_size: _Optional[int] = ..., discard: _Optional[_Union[AclBooleanType, str]] = ..., color_mode: _Optional[_Union[AclColorModeType, str]] = ...) -> None: ...

class AclPolicerHierarchical(_message.Message):
    __slots__ = ("aggregate_rate_unit", "aggregate_rate", "aggregate_burst_size_unit", "aggregate_burst_size", "premium_rate_unit", "premium_rate", "premium_burst_size_unit", "premium_burst_size", "discard")
    AGGREGATE_RATE_UNIT_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_RATE_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_BURST_SIZE_UNIT_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    PREMIUM_RATE_UNIT_FIELD_NUMBER: _ClassVar[int]
    PREMIUM_RATE_FIELD_NUMBER: _ClassVar[int]
    PREMIUM_BURST_SIZE_UNIT_FIELD_NUMBER: _ClassVar[int]
    PREMIUM_BURST_SIZE_FIELD_NUMBER: _ClassVar[int]
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    aggregate_rate_unit: AclPolicerRate
    aggregate_rate: int
    aggregate_burst_size_unit: AclPolicerBurstSize
    aggregate_burst_size: int
    premium_rate_unit: AclPolicerRate
    premium_rate: int
    premium_burst_size_unit: AclPolicerBurstSize
    premium_burst_size: int
    discard: AclBooleanType
    def __init__(self, aggregate_rate_unit: _Optional[_Union[AclPolicerRate, str]] = ..., aggregate_rate: _Optional[int] = ..., aggregate_burst_size_unit: _Optional[_Union[AclPolicerBurstSize, str]] = ..., aggregate_burst_size: _Optional[int] = ..., premium_rate_unit: _Optional[_Union[AclPolicerRate, str]] = ..., premium_rate: _Optional[int] = ..., premium_burst_size_unit: _Optional[_Union[AclPolicerBurstSize, str]] = ..., premium_burst_size: _Optional[int] = ..., discard: _Optional[_Union[AclBooleanType, str]] = ...) -> None: ...

class AclPolicerParameter(_message.Message):
    __slots__ = ("two_color_parameter", "sr_three_color_parameter", "tr_three_color_parameter", "hierarchical_parameter")
    TWO_COLOR_PARAMETER_FIELD_NUMBER: _ClassVar[int]
    SR_THREE_COLOR_PARAMETER_FIELD_NUMBER: _ClassVar[int]
    TR_THREE_COLOR_PARAMETER_FIELD_NUMBER: _ClassVar[int]
    HIERARCHICAL_PARAMETER_FIELD_NUMBER: _ClassVar[int]
    two_color_parameter: AclPolicerTwoColor
    sr_three_color_parameter: AclPolicerSingleRateThreeColor
    tr_three_color_parameter: AclPolicerTwoRateThreeColor
    hierarchical_parameter: AclPolicerHierarchical
    def __init__(self, two_color_parameter: _Optional[_Union[AclPolicerTwoColor, _Mapping]] = ..., sr_three_color_parameter: _Optional[_Union[AclPolicerSingleRateThreeColor, _Mapping]] = ..., tr_three_color_parameter: _Optional[_Union[AclPolicerTwoRateThreeColor, _Mapping]] = ..., hierarchical_parameter: _Optional[_Union[AclPolicerHierarchical, _Mapping]] = ...) -> None: ...

class AccessListPolicer(_message.Message):
    __slots__ = ("policer_name", "policer_type", "policer_flag", "policer_params")
    POLICER_NAME_FIELD_NUMBER: _ClassVar[int]
    POLICER_TYPE_FIELD_NUMBER: _ClassVar[int]
    POLICER_FLAG_FIELD_NUMBER: _ClassVar[int]
    POLICER_PARAMS_FIELD_NUMBER: _ClassVar[int]
    policer_name: str
    policer_type: AclPolicerType
    policer_flag: AclPolicerFlags
    policer_params: AclPolicerParameter
    def __init__(self, policer_name: _Optional[str] = ..., policer_type: _Optional[_Union[AclPolicerType, str]] = ..., policer_flag: _Optional[_Union[AclPolicerFlags, str]] = ..., policer_params: _Optional[_Union[AclPolicerParameter, _Mapping]] = ...) -> None: ...

class AclMatchIpAddress(_message.Message):
    __slots__ = ("addr", "prefix_len", "match_op")
    ADDR_FIELD_NUMBER: _ClassVar[int]
    PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    addr: _jnx_addr_pb2.IpAddress
    prefix_len: int
    match_op: AclMatchOperation
    def __init__(self, addr: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., prefix_len: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchPort(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchIpPrecedence(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: Precedence
    max: Precedence
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[_Union[Precedence, str]] = ..., max: _Optional[_Union[Precedence, str]] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchTrafficClass(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchDscpCode(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchProtocol(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchIcmpType(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchIcmpCode(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchPktLen(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchLossPriority(_message.Message):
    __slots__ = ("lp", "match_op")
    LP_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    lp: AclLossPriority
    match_op: AclMatchOperation
    def __init__(self, lp: _Optional[_Union[AclLossPriority, str]] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchForwardingClass(_message.Message):
    __slots__ = ("fwd_class", "match_op")
    FWD_CLASS_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    fwd_class: AclForwardingClass
    match_op: AclMatchOperation
    def __init__(self, fwd_class: _Optional[_Union[AclForwardingClass, str]] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchNextHeader(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchMplsLabel(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchVlanId(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchMeshGroup(_message.Message):
    __slots__ = ("mesh_group_id", "match_op")
    MESH_GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    mesh_group_id: int
    match_op: AclMatchOperation
    def __init__(self, mesh_group_id: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchL2Token(_message.Message):
    __slots__ = ("token", "match_op")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    token: int
    match_op: AclMatchOperation
    def __init__(self, token: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchCfmLevel(_message.Message):
    __slots__ = ("cfm_level", "match_op")
    CFM_LEVEL_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    cfm_level: int
    match_op: AclMatchOperation
    def __init__(self, cfm_level: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchCfmOpcode(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchTtl(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchFragmentOffset(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclActionPolicer(_message.Message):
    __slots__ = ("policer",)
    POLICER_FIELD_NUMBER: _ClassVar[int]
    policer: AccessListPolicer
    def __init__(self, policer: _Optional[_Union[AccessListPolicer, _Mapping]] = ...) -> None: ...

class AclActionCounter(_message.Message):
    __slots__ = ("counter_name",)
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    counter_name: str
    def __init__(self, counter_name: _Optional[str] = ...) -> None: ...

class AclActionSendToClient(_message.Message):
    __slots__ = ("client_name",)
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    client_name: str
    def __init__(self, client_name: _Optional[str] = ...) -> None: ...

class AclActionCopyToHost(_message.Message):
    __slots__ = ("client_name",)
    CLIENT_NAME_FIELD_NUMBER: _ClassVar[int]
    client_name: str
    def __init__(self, client_name: _Optional[str] = ...) -> None: ...

class AclActionRoutingInstance(_message.Message):
    __slots__ = ("rt_instance_name",)
    RT_INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    rt_instance_name: str
    def __init__(self, rt_instance_name: _Optional[str] = ...) -> None: ...

class AclActionPolicerInstance(_message.Message):
    __slots__ = ("policer", "policer_instance")
    POLICER_FIELD_NUMBER: _ClassVar[int]
    POLICER_INSTANCE_FIELD_NUMBER: _ClassVar[int]
    policer: AccessListPolicer
    policer_instance: str
    def __init__(self, policer: _Optional[_Union[AccessListPolicer, _Mapping]] = ..., policer_instance: _Optional[str] = ...) -> None: ...

class AclActionTopologyRedirect(_message.Message):
    __slots__ = ("rt_instance_name", "topology_name")
    RT_INSTANCE_NAME_FIELD_NUMBER: _ClassVar[int]
    TOPOLOGY_NAME_FIELD_NUMBER: _ClassVar[int]
    rt_instance_name: str
    topology_name: str
    def __init__(self, rt_instance_name: _Optional[str] = ..., topology_name: _Optional[str] = ...) -> None: ...

class AclActionSetNexthop(_message.Message):
    __slots__ = ("nh_idx",)
    NH_IDX_FIELD_NUMBER: _ClassVar[int]
    nh_idx: int
    def __init__(self, nh_idx: _Optional[int] = ...) -> None: ...

class AclActionLossPriority(_message.Message):
    __slots__ = ("lp",)
    LP_FIELD_NUMBER: _ClassVar[int]
    lp: AclLossPriority
    def __init__(self, lp: _Optional[_Union[AclLossPriority, str]] = ...) -> None: ...

class AclActionForwardingPriority(_message.Message):
    __slots__ = ("priority",)
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    priority: int
    def __init__(self, priority: _Optional[int] = ...) -> None: ...

class AclActionForwardingClass(_message.Message):
    __slots__ = ("fc",)
    FC_FIELD_NUMBER: _ClassVar[int]
    fc: AclForwardingClass
    def __init__(self, fc: _Optional[_Union[AclForwardingClass, str]] = ...) -> None: ...

class AclActionSetIpDscp(_message.Message):
    __slots__ = ("dscp",)
    DSCP_FIELD_NUMBER: _ClassVar[int]
    dscp: int
    def __init__(self, dscp: _Optional[int] = ...) -> None: ...

class AclActionIflNameIndex(_message.Message):
    __slots__ = ("ifl_name", "ifl_index")
    IFL_NAME_FIELD_NUMBER: _ClassVar[int]
    IFL_INDEX_FIELD_NUMBER: _ClassVar[int]
    ifl_name: str
    ifl_index: int
    def __init__(self, ifl_name: _Optional[str] = ..., ifl_index: _Optional[int] = ...) -> None: ...

class AclActionNextInterface(_message.Message):
    __slots__ = ("rti_name", "ifl")
    RTI_NAME_FIELD_NUMBER: _ClassVar[int]
    IFL_FIELD_NUMBER: _ClassVar[int]
    rti_name: str
    ifl: AclActionIflNameIndex
    def __init__(self, rti_name: _Optional[str] = ..., ifl: _Optional[_Union[AclActionIflNameIndex, _Mapping]] = ...) -> None: ...

class AclActionNextIp(_message.Message):
    __slots__ = ("rti_name", "addr", "prefix_len")
    RTI_NAME_FIELD_NUMBER: _ClassVar[int]
    ADDR_FIELD_NUMBER: _ClassVar[int]
    PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    rti_name: str
    addr: _jnx_addr_pb2.IpAddress
    prefix_len: int
    def __init__(self, rti_name: _Optional[str] = ..., addr: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., prefix_len: _Optional[int] = ...) -> None: ...

class AclAdjacency(_message.Message):
    __slots__ = ("type", "ace_name")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ACE_NAME_FIELD_NUMBER: _ClassVar[int]
    type: AclAdjacencyType
    ace_name: str
    def __init__(self, type: _Optional[_Union[AclAdjacencyType, str]] = ..., ace_name: _Optional[str] = ...) -> None: ...

class AclMatchIflNameIndex(_message.Message):
    __slots__ = ("ifl_name", "ifl_index")
    IFL_NAME_FIELD_NUMBER: _ClassVar[int]
    IFL_INDEX_FIELD_NUMBER: _ClassVar[int]
    ifl_name: str
    ifl_index: int
    def __init__(self, ifl_name: _Optional[str] = ..., ifl_index: _Optional[int] = ...) -> None: ...

class AclMatchFlexOffset(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchFlexibleRange(_message.Message):
    __slots__ = ("start_offset", "bit_length", "bit_offset", "byte_offset", "range")
    START_OFFSET_FIELD_NUMBER: _ClassVar[int]
    BIT_LENGTH_FIELD_NUMBER: _ClassVar[int]
    BIT_OFFSET_FIELD_NUMBER: _ClassVar[int]
    BYTE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    start_offset: AclEntryMatchFlexStartOffest
    bit_length: int
    bit_offset: int
    byte_offset: int
    range: AclMatchFlexOffset
    def __init__(self, start_offset: _Optional[_Union[AclEntryMatchFlexStartOffest, str]] = ..., bit_length: _Optional[int] = ..., bit_offset: _Optional[int] = ..., byte_offset: _Optional[int] = ..., range: _Optional[_Union[AclMatchFlexOffset, _Mapping]] = ...) -> None: ...

class AclMatchFlexibleOffsetRange(_message.Message):
    __slots__ = ("flex_range_match",)
    FLEX_RANGE_MATCH_FIELD_NUMBER: _ClassVar[int]
    flex_range_match: AclMatchFlexibleRange
    def __init__(self, flex_range_match: _Optional[_Union[AclMatchFlexibleRange, _Mapping]] = ...) -> None: ...

class AclMatchFlexibleMask(_message.Message):
    __slots__ = ("start_offset", "bit_length", "bit_offset", "byte_offset", "mask", "prefix_string")
    START_OFFSET_FIELD_NUMBER: _ClassVar[int]
    BIT_LENGTH_FIELD_NUMBER: _ClassVar[int]
    BIT_OFFSET_FIELD_NUMBER: _ClassVar[int]
    BYTE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    MASK_FIELD_NUMBER: _ClassVar[int]
    PREFIX_STRING_FIELD_NUMBER: _ClassVar[int]
    start_offset: AclEntryMatchFlexStartOffest
    bit_length: int
    bit_offset: int
    byte_offset: int
    mask: int
    prefix_string: str
    def __init__(self, start_offset: _Optional[_Union[AclEntryMatchFlexStartOffest, str]] = ..., bit_length: _Optional[int] = ..., bit_offset: _Optional[int] = ..., byte_offset: _Optional[int] = ..., mask: _Optional[int] = ..., prefix_string: _Optional[str] = ...) -> None: ...

class AclMatchFlexibleOffsetMask(_message.Message):
    __slots__ = ("flex_mask_match",)
    FLEX_MASK_MATCH_FIELD_NUMBER: _ClassVar[int]
    flex_mask_match: AclMatchFlexibleMask
    def __init__(self, flex_mask_match: _Optional[_Union[AclMatchFlexibleMask, _Mapping]] = ...) -> None: ...

class AclMatchMacAddress(_message.Message):
    __slots__ = ("addr", "addr_len", "match_op")
    ADDR_FIELD_NUMBER: _ClassVar[int]
    ADDR_LEN_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    addr: _jnx_addr_pb2.MacAddress
    addr_len: int
    match_op: AclMatchOperation
    def __init__(self, addr: _Optional[_Union[_jnx_addr_pb2.MacAddress, _Mapping]] = ..., addr_len: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchEtherType(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchLearnVlanId(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclMatchLearnVlanPriority(_message.Message):
    __slots__ = ("min", "max", "match_op")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    MATCH_OP_FIELD_NUMBER: _ClassVar[int]
    min: int
    max: int
    match_op: AclMatchOperation
    def __init__(self, min: _Optional[int] = ..., max: _Optional[int] = ..., match_op: _Optional[_Union[AclMatchOperation, str]] = ...) -> None: ...

class AclActionNextHop(_message.Message):
    __slots__ = ("nh_idx",)
    NH_IDX_FIELD_NUMBER: _ClassVar[int]
    nh_idx: int
    def __init__(self, nh_idx: _Optional[int] = ...) -> None: ...

class AclEntryMatchInet(_message.Message):
    __slots__ = ("match_dst_addrs", "match_src_addrs", "match_dst_ports", "match_src_ports", "match_dscp_code", "match_protocols", "match_icmp_type", "match_icmp_code", "match_pkt_len", "match_ttl", "fragment_flags", "match_frag_offset", "ifl_names", "match_ip_precedence", "match_addrs", "match_ports", "match_flex_range", "match_flex_mask")
    MATCH_DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DSCP_CODE_FIELD_NUMBER: _ClassVar[int]
    MATCH_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_CODE_FIELD_NUMBER: _ClassVar[int]
    MATCH_PKT_LEN_FIELD_NUMBER: _ClassVar[int]
    MATCH_TTL_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_FLAGS_FIELD_NUMBER: _ClassVar[int]
    MATCH_FRAG_OFFSET_FIELD_NUMBER: _ClassVar[int]
    IFL_NAMES_FIELD_NUMBER: _ClassVar[int]
    MATCH_IP_PRECEDENCE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    match_dst_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_src_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_dst_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_src_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_dscp_code: _containers.RepeatedCompositeFieldContainer[AclMatchDscpCode]
    match_protocols: _containers.RepeatedCompositeFieldContainer[AclMatchProtocol]
    match_icmp_type: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpType]
    match_icmp_code: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpCode]
    match_pkt_len: _containers.RepeatedCompositeFieldContainer[AclMatchPktLen]
    match_ttl: _containers.RepeatedCompositeFieldContainer[AclMatchTtl]
    fragment_flags: AclFragmentFlags
    match_frag_offset: _containers.RepeatedCompositeFieldContainer[AclMatchFragmentOffset]
    ifl_names: _containers.RepeatedCompositeFieldContainer[AclMatchIflNameIndex]
    match_ip_precedence: _containers.RepeatedCompositeFieldContainer[AclMatchIpPrecedence]
    match_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_flex_range: AclMatchFlexibleOffsetRange
    match_flex_mask: AclMatchFlexibleOffsetMask
    def __init__(self, match_dst_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_src_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_dst_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_src_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_dscp_code: _Optional[_Iterable[_Union[AclMatchDscpCode, _Mapping]]] = ..., match_protocols: _Optional[_Iterable[_Union[AclMatchProtocol, _Mapping]]] = ..., match_icmp_type: _Optional[_Iterable[_Union[AclMatchIcmpType, _Mapping]]] = ..., match_icmp_code: _Optional[_Iterable[_Union[AclMatchIcmpCode, _Mapping]]] = ..., match_pkt_len: _Optional[_Iterable[_Union[AclMatchPktLen, _Mapping]]] = ..., match_ttl: _Optional[_Iterable[_Union[AclMatchTtl, _Mapping]]] = ..., fragment_flags: _Optional[_Union[AclFragmentFlags, str]] = ..., match_frag_offset: _Optional[_Iterable[_Union[AclMatchFragmentOffset, _Mapping]]] = ..., ifl_names: _Optional[_Iterable[_Union[AclMatchIflNameIndex, _Mapping]]] = ..., match_ip_precedence: _Optional[_Iterable[_Union[AclMatchIpPrecedence, _Mapping]]] = ..., match_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_flex_range: _Optional[_Union[AclMatchFlexibleOffsetRange, _Mapping]] = ..., match_flex_mask: _Optional[_Union[AclMatchFlexibleOffsetMask, _Mapping]] = ...) -> None: ...

class AclEntryInetTerminatingAction(_message.Message):
    __slots__ = ("action_accept", "action_discard", "action_reject", "action_rt_inst")
    ACTION_ACCEPT_FIELD_NUMBER: _ClassVar[int]
    ACTION_DISCARD_FIELD_NUMBER: _ClassVar[int]
    ACTION_REJECT_FIELD_NUMBER: _ClassVar[int]
    ACTION_RT_INST_FIELD_NUMBER: _ClassVar[int]
    action_accept: AclBooleanType
    action_discard: AclBooleanType
    action_reject: AclEntryActionRejectReason
    action_rt_inst: AclActionRoutingInstance
    def __init__(self, action_accept: _Optional[_Union[AclBooleanType, str]] = ..., action_discard: _Optional[_Union[AclBooleanType, str]] = ..., action_reject: _Optional[_Union[AclEntryActionRejectReason, str]] = ..., action_rt_inst: _Optional[_Union[AclActionRoutingInstance, _Mapping]] = ...) -> None: ...

class AclEntryInetNonTerminatingAction(_message.Message):
    __slots__ = ("action_count", "action_log", "action_syslog", "action_policer", "action_sample", "action_next_term")
    ACTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTION_LOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_SYSLOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_POLICER_FIELD_NUMBER: _ClassVar[int]
    ACTION_SAMPLE_FIELD_NUMBER: _ClassVar[int]
    ACTION_NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    action_count: AclActionCounter
    action_log: AclBooleanType
    action_syslog: AclBooleanType
    action_policer: AclActionPolicer
    action_sample: AclBooleanType
    action_next_term: AclBooleanType
    def __init__(self, action_count: _Optional[_Union[AclActionCounter, _Mapping]] = ..., action_log: _Optional[_Union[AclBooleanType, str]] = ..., action_syslog: _Optional[_Union[AclBooleanType, str]] = ..., action_policer: _Optional[_Union[AclActionPolicer, _Mapping]] = ..., action_sample: _Optional[_Union[AclBooleanType, str]] = ..., action_next_term: _Optional[_Union[AclBooleanType, str]] = ...) -> None: ...

class AclEntryInetAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: AclEntryInetNonTerminatingAction
    action_t: AclEntryInetTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[AclEntryInetNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[AclEntryInetTerminatingAction, _Mapping]] = ...) -> None: ...

class AclInetEntry(_message.Message):
    __slots__ = ("ace_name", "ace_op", "adjacency", "matches", "actions")
    ACE_NAME_FIELD_NUMBER: _ClassVar[int]
    ACE_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    ace_name: str
    ace_op: AclEntryOperation
    adjacency: AclAdjacency
    matches: AclEntryMatchInet
    actions: AclEntryInetAction
    def __init__(self, ace_name: _Optional[str] = ..., ace_op: _Optional[_Union[AclEntryOperation, str]] = ..., adjacency: _Optional[_Union[AclAdjacency, _Mapping]] = ..., matches: _Optional[_Union[AclEntryMatchInet, _Mapping]] = ..., actions: _Optional[_Union[AclEntryInetAction, _Mapping]] = ...) -> None: ...

class AclEntryMatchEs(_message.Message):
    __slots__ = ("match_dst_mac_addrs", "match_src_mac_addrs", "match_dst_ports", "match_src_ports", "match_dscp_code", "match_protocols", "match_icmp_type", "match_icmp_code", "ifl_names", "match_ether_type", "match_learn_vlan_id", "match_learn_vlan_priority")
    MATCH_DST_MAC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_MAC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DSCP_CODE_FIELD_NUMBER: _ClassVar[int]
    MATCH_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_CODE_FIELD_NUMBER: _ClassVar[int]
    IFL_NAMES_FIELD_NUMBER: _ClassVar[int]
    MATCH_ETHER_TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_LEARN_VLAN_ID_FIELD_NUMBER: _ClassVar[int]
    MATCH_LEARN_VLAN_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    match_dst_mac_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchMacAddress]
    match_src_mac_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchMacAddress]
    match_dst_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_src_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_dscp_code: _containers.RepeatedCompositeFieldContainer[AclMatchDscpCode]
    match_protocols: _containers.RepeatedCompositeFieldContainer[AclMatchProtocol]
    match_icmp_type: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpType]
    match_icmp_code: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpCode]
    ifl_names: _containers.RepeatedCompositeFieldContainer[AclMatchIflNameIndex]
    match_ether_type: _containers.RepeatedCompositeFieldContainer[AclMatchEtherType]
    match_learn_vlan_id: _containers.RepeatedCompositeFieldContainer[AclMatchLearnVlanId]
    match_learn_vlan_priority: _containers.RepeatedCompositeFieldContainer[AclMatchLearnVlanPriority]
    def __init__(self, match_dst_mac_addrs: _Optional[_Iterable[_Union[AclMatchMacAddress, _Mapping]]] = ..., match_src_mac_addrs: _Optional[_Iterable[_Union[AclMatchMacAddress, _Mapping]]] = ..., match_dst_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_src_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_dscp_code: _Optional[_Iterable[_Union[AclMatchDscpCode, _Mapping]]] = ..., match_protocols: _Optional[_Iterable[_Union[AclMatchProtocol, _Mapping]]] = ..., match_icmp_type: _Optional[_Iterable[_Union[AclMatchIcmpType, _Mapping]]] = ..., match_icmp_code: _Optional[_Iterable[_Union[AclMatchIcmpCode, _Mapping]]] = ..., ifl_names: _Optional[_Iterable[_Union[AclMatchIflNameIndex, _Mapping]]] = ..., match_ether_type: _Optional[_Iterable[_Union[AclMatchEtherType, _Mapping]]] = ..., match_learn_vlan_id: _Optional[_Iterable[_Union[AclMatchLearnVlanId, _Mapping]]] = ..., match_learn_vlan_priority: _Optional[_Iterable[_Union[AclMatchLearnVlanPriority, _Mapping]]] = ...) -> None: ...

class AclEntryEsTerminatingAction(_message.Message):
    __slots__ = ("action_accept", "action_discard", "action_nh", "action_send_to_host")
    ACTION_ACCEPT_FIELD_NUMBER: _ClassVar[int]
    ACTION_DISCARD_FIELD_NUMBER: _ClassVar[int]
    ACTION_NH_FIELD_NUMBER: _ClassVar[int]
    ACTION_SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    action_accept: AclBooleanType
    action_discard: AclBooleanType
    action_nh: AclActionNextHop
    action_send_to_host: AclBooleanType
    def __init__(self, action_accept: _Optional[_Union[AclBooleanType, str]] = ..., action_discard: _Optional[_Union[AclBooleanType, str]] = ..., action_nh: _Optional[_Union[AclActionNextHop, _Mapping]] = ..., action_send_to_host: _Optional[_Union[AclBooleanType, str]] = ...) -> None: ...

class AclEntryEsNonTerminatingAction(_message.Message):
    __slots__ = ("action_count", "action_log", "action_syslog", "action_policer", "action_next_term", "action_lp")
    ACTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTION_LOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_SYSLOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_POLICER_FIELD_NUMBER: _ClassVar[int]
    ACTION_NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    ACTION_LP_FIELD_NUMBER: _ClassVar[int]
    action_count: AclActionCounter
    action_log: AclBooleanType
    action_syslog: AclBooleanType
    action_policer: AclActionPolicer
    action_next_term: AclBooleanType
    action_lp: AclActionLossPriority
    def __init__(self, action_count: _Optional[_Union[AclActionCounter, _Mapping]] = ..., action_log: _Optional[_Union[AclBooleanType, str]] = ..., action_syslog: _Optional[_Union[AclBooleanType, str]] = ..., action_policer: _Optional[_Union[AclActionPolicer, _Mapping]] = ..., action_next_term: _Optional[_Union[AclBooleanType, str]] = ..., action_lp: _Optional[_Union[AclActionLossPriority, _Mapping]] = ...) -> None: ...

class AclEntryEsAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: AclEntryEsNonTerminatingAction
    action_t: AclEntryEsTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[AclEntryEsNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[AclEntryEsTerminatingAction, _Mapping]] = ...) -> None: ...

class AclEsEntry(_message.Message):
    __slots__ = ("ace_name", "ace_op", "adjacency", "matches", "actions")
    ACE_NAME_FIELD_NUMBER: _ClassVar[int]
    ACE_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    ace_name: str
    ace_op: AclEntryOperation
    adjacency: AclAdjacency
    matches: AclEntryMatchEs
    actions: AclEntryEsAction
    def __init__(self, ace_name: _Optional[str] = ..., ace_op: _Optional[_Union[AclEntryOperation, str]] = ..., adjacency: _Optional[_Union[AclAdjacency, _Mapping]] = ..., matches: _Optional[_Union[AclEntryMatchEs, _Mapping]] = ..., actions: _Optional[_Union[AclEntryEsAction, _Mapping]] = ...) -> None: ...

class AclEntryMatchInet6(_message.Message):
    __slots__ = ("match_dst_addrs", "match_src_addrs", "match_dst_ports", "match_src_ports", "match_dscp_code", "payload_protocols", "match_icmp_type", "match_icmp_code", "match_pkt_len", "fragment_flags", "ifl_names", "match_traffic_classes", "match_addrs", "match_flex_range", "match_flex_mask", "ipv6_next_headers", "match_loss_priority", "match_fwd_class", "match_ports")
    MATCH_DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DSCP_CODE_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_CODE_FIELD_NUMBER: _ClassVar[int]
    MATCH_PKT_LEN_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_FLAGS_FIELD_NUMBER: _ClassVar[int]
    IFL_NAMES_FIELD_NUMBER: _ClassVar[int]
    MATCH_TRAFFIC_CLASSES_FIELD_NUMBER: _ClassVar[int]
    MATCH_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    IPV6_NEXT_HEADERS_FIELD_NUMBER: _ClassVar[int]
    MATCH_LOSS_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    MATCH_FWD_CLASS_FIELD_NUMBER: _ClassVar[int]
    MATCH_PORTS_FIELD_NUMBER: _ClassVar[int]
    match_dst_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_src_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_dst_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_src_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_dscp_code: _containers.RepeatedCompositeFieldContainer[AclMatchDscpCode]
    payload_protocols: _containers.RepeatedCompositeFieldContainer[AclMatchProtocol]
    match_icmp_type: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpType]
    match_icmp_code: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpCode]
    match_pkt_len: _containers.RepeatedCompositeFieldContainer[AclMatchPktLen]
    fragment_flags: AclFragmentFlags
    ifl_names: _containers.RepeatedCompositeFieldContainer[AclMatchIflNameIndex]
    match_traffic_classes: _containers.RepeatedCompositeFieldContainer[AclMatchTrafficClass]
    match_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_flex_range: AclMatchFlexibleOffsetRange
    match_flex_mask: AclMatchFlexibleOffsetMask
    ipv6_next_headers: _containers.RepeatedCompositeFieldContainer[AclMatchNextHeader]
    match_loss_priority: _containers.RepeatedCompositeFieldContainer[AclMatchLossPriority]
    match_fwd_class: _containers.RepeatedCompositeFieldContainer[AclMatchForwardingClass]
    match_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    def __init__(self, match_dst_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_src_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_dst_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_src_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_dscp_code: _Optional[_Iterable[_Union[AclMatchDscpCode, _Mapping]]] = ..., payload_protocols: _Optional[_Iterable[_Union[AclMatchProtocol, _Mapping]]] = ..., match_icmp_type: _Optional[_Iterable[_Union[AclMatchIcmpType, _Mapping]]] = ..., match_icmp_code: _Optional[_Iterable[_Union[AclMatchIcmpCode, _Mapping]]] = ..., match_pkt_len: _Optional[_Iterable[_Union[AclMatchPktLen, _Mapping]]] = ..., fragment_flags: _Optional[_Union[AclFragmentFlags, str]] = ..., ifl_names: _Optional[_Iterable[_Union[AclMatchIflNameIndex, _Mapping]]] = ..., match_traffic_classes: _Optional[_Iterable[_Union[AclMatchTrafficClass, _Mapping]]] = ..., match_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_flex_range: _Optional[_Union[AclMatchFlexibleOffsetRange, _Mapping]] = ..., match_flex_mask: _Optional[_Union[AclMatchFlexibleOffsetMask, _Mapping]] = ..., ipv6_next_headers: _Optional[_Iterable[_Union[AclMatchNextHeader, _Mapping]]] = ..., match_loss_priority: _Optional[_Iterable[_Union[AclMatchLossPriority, _Mapping]]] = ..., match_fwd_class: _Optional[_Iterable[_Union[AclMatchForwardingClass, _Mapping]]] = ..., match_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ...) -> None: ...

class AclEntryInet6TerminatingAction(_message.Message):
    __slots__ = ("action_accept", "action_discard", "action_reject", "action_rt_inst", "action_topo_redirect", "action_send_to_client", "action_send_to_host", "action_nh")
    ACTION_ACCEPT_FIELD_NUMBER: _ClassVar[int]
    ACTION_DISCARD_FIELD_NUMBER: _ClassVar[int]
    ACTION_REJECT_FIELD_NUMBER: _ClassVar[int]
    ACTION_RT_INST_FIELD_NUMBER: _ClassVar[int]
    ACTION_TOPO_REDIRECT_FIELD_NUMBER: _ClassVar[int]
    ACTION_SEND_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    ACTION_SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    ACTION_NH_FIELD_NUMBER: _ClassVar[int]
    action_accept: AclBooleanType
    action_discard: AclBooleanType
    action_reject: AclEntryActionRejectReason
    action_rt_inst: AclActionRoutingInstance
    action_topo_redirect: AclActionTopologyRedirect
    action_send_to_client: AclActionSendToClient
    action_send_to_host: AclBooleanType
    action_nh: AclActionSetNexthop
    def __init__(self, action_accept: _Optional[_Union[AclBooleanType, str]] = ..., action_discard: _Optional[_Union[AclBooleanType, str]] = ..., action_reject: _Optional[_Union[AclEntryActionRejectReason, str]] = ..., action_rt_inst: _Optional[_Union[AclActionRoutingInstance, _Mapping]] = ..., action_topo_redirect: _Optional[_Union[AclActionTopologyRedirect, _Mapping]] = ..., action_send_to_client: _Optional[_Union[AclActionSendToClient, _Mapping]] = ..., action_send_to_host: _Optional[_Union[AclBooleanType, str]] = ..., action_nh: _Optional[_Union[AclActionSetNexthop, _Mapping]] = ...) -> None: ...

class AclEntryInet6NonTerminatingAction(_message.Message):
    __slots__ = ("action_count", "action_log", "action_syslog", "action_policer", "action_sample", "action_next_term", "action_port_mirror", "action_lp", "action_fwd_class", "action_fwd_priority", "action_next_intf", "action_next_ip", "action_ip_dscp", "action_copy_to_host", "action_policer_inst")
    ACTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTION_LOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_SYSLOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_POLICER_FIELD_NUMBER: _ClassVar[int]
    ACTION_SAMPLE_FIELD_NUMBER: _ClassVar[int]
    ACTION_NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    ACTION_PORT_MIRROR_FIELD_NUMBER: _ClassVar[int]
    ACTION_LP_FIELD_NUMBER: _ClassVar[int]
    ACTION_FWD_CLASS_FIELD_NUMBER: _ClassVar[int]
    ACTION_FWD_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    ACTION_NEXT_INTF_FIELD_NUMBER: _ClassVar[int]
    ACTION_NEXT_IP_FIELD_NUMBER: _ClassVar[int]
    ACTION_IP_DSCP_FIELD_NUMBER: _ClassVar[int]
    ACTION_COPY_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    ACTION_POLICER_INST_FIELD_NUMBER: _ClassVar[int]
    action_count: AclActionCounter
    action_log: AclBooleanType
    action_syslog: AclBooleanType
    action_policer: AclActionPolicer
    action_sample: AclBooleanType
    action_next_term: AclBooleanType
    action_port_mirror: AclBooleanType
    action_lp: AclActionLossPriority
    action_fwd_class: AclActionForwardingClass
    action_fwd_priority: AclActionForwardingPriority
    action_next_intf: AclActionNextInterface
    action_next_ip: AclActionNextIp
    action_ip_dscp: AclActionSetIpDscp
    action_copy_to_host: AclActionCopyToHost
    action_policer_inst: AclActionPolicerInstance
    def __init__(self, action_count: _Optional[_Union[AclActionCounter, _Mapping]] = ..., action_log: _Optional[_Union[AclBooleanType, str]] = ..., action_syslog: _Optional[_Union[AclBooleanType, str]] = ..., action_policer: _Optional[_Union[AclActionPolicer, _Mapping]] = ..., action_sample: _Optional[_Union[AclBooleanType, str]] = ..., action_next_term: _Optional[_Union[AclBooleanType, str]] = ..., action_port_mirror: _Optional[_Union[AclBooleanType, str]] = ..., action_lp: _Optional[_Union[AclActionLossPriority, _Mapping]] = ..., action_fwd_class: _Optional[_Union[AclActionForwardingClass, _Mapping]] = ..., action_fwd_priority: _Optional[_Union[AclActionForwardingPriority, _Mapping]] = ..., action_next_intf: _Optional[_Union[AclActionNextInterface, _Mapping]] = ..., action_next_ip: _Optional[_Union[AclActionNextIp, _Mapping]] = ..., action_ip_dscp: _Optional[_Union[AclActionSetIpDscp, _Mapping]] = ..., action_copy_to_host: _Optional[_Union[AclActionCopyToHost, _Mapping]] = ..., action_policer_inst: _Optional[_Union[AclActionPolicerInstance, _Mapping]] = ...) -> None: ...

class AclEntryInet6Action(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: AclEntryInet6NonTerminatingAction
    action_t: AclEntryInet6TerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[AclEntryInet6NonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[AclEntryInet6TerminatingAction, _Mapping]] = ...) -> None: ...

class AclEntryMatchVpls(_message.Message):
    __slots__ = ("match_dst_addrs", "match_src_addrs", "match_dst_v6_addrs", "match_src_v6_addrs", "match_dst_ports", "match_src_ports", "match_dscp_code", "match_ip_protocols", "payload_protocols", "match_icmp_type", "match_icmp_code", "ifl_names", "match_traffic_classes", "ipv6_next_headers", "ether_types", "match_src_macs", "match_dst_macs", "vlan_ether_types", "learn_vlan_ids", "user_vlan_ids", "learn_vlan_priority", "stp_state", "mesh_group_ids", "cfm_opcodes", "cfm_levels", "l2_tokens", "match_v6_addrs", "match_flex_range", "match_flex_mask", "match_pkt_len")
    MATCH_DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DST_V6_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_V6_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DSCP_CODE_FIELD_NUMBER: _ClassVar[int]
    MATCH_IP_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_CODE_FIELD_NUMBER: _ClassVar[int]
    IFL_NAMES_FIELD_NUMBER: _ClassVar[int]
    MATCH_TRAFFIC_CLASSES_FIELD_NUMBER: _ClassVar[int]
    IPV6_NEXT_HEADERS_FIELD_NUMBER: _ClassVar[int]
    ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_MACS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DST_MACS_FIELD_NUMBER: _ClassVar[int]
    VLAN_ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    LEARN_VLAN_IDS_FIELD_NUMBER: _ClassVar[int]
    USER_VLAN_IDS_FIELD_NUMBER: _ClassVar[int]
    LEARN_VLAN_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    STP_STATE_FIELD_NUMBER: _ClassVar[int]
    MESH_GROUP_IDS_FIELD_NUMBER: _ClassVar[int]
    CFM_OPCODES_FIELD_NUMBER: _ClassVar[int]
    CFM_LEVELS_FIELD_NUMBER: _ClassVar[int]
    L2_TOKENS_FIELD_NUMBER: _ClassVar[int]
    MATCH_V6_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    MATCH_PKT_LEN_FIELD_NUMBER: _ClassVar[int]
    match_dst_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_src_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_dst_v6_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_src_v6_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_dst_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_src_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_dscp_code: _containers.RepeatedCompositeFieldContainer[AclMatchDscpCode]
    match_ip_protocols: _containers.RepeatedCompositeFieldContainer[AclMatchProtocol]
    payload_protocols: _containers.RepeatedCompositeFieldContainer[AclMatchProtocol]
    match_icmp_type: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpType]
    match_icmp_code: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpCode]
    ifl_names: _containers.RepeatedCompositeFieldContainer[AclMatchIflNameIndex]
    match_traffic_classes: _containers.RepeatedCompositeFieldContainer[AclMatchTrafficClass]
    ipv6_next_headers: _containers.RepeatedCompositeFieldContainer[AclMatchNextHeader]
    ether_types: _containers.RepeatedCompositeFieldContainer[AclMatchEtherType]
    match_src_macs: _containers.RepeatedCompositeFieldContainer[AclMatchMacAddress]
    match_dst_macs: _containers.RepeatedCompositeFieldContainer[AclMatchMacAddress]
    vlan_ether_types: _containers.RepeatedCompositeFieldContainer[AclMatchEtherType]
    learn_vlan_ids: _containers.RepeatedCompositeFieldContainer[AclMatchVlanId]
    user_vlan_ids: _containers.RepeatedCompositeFieldContainer[AclMatchVlanId]
    learn_vlan_priority: _containers.RepeatedCompositeFieldContainer[AclMatchLearnVlanPriority]
    stp_state: AclStpMatchFlags
    mesh_group_ids: _containers.RepeatedCompositeFieldContainer[AclMatchMeshGroup]
    cfm_opcodes: _containers.RepeatedCompositeFieldContainer[AclMatchCfmOpcode]
    cfm_levels: _containers.RepeatedCompositeFieldContainer[AclMatchCfmLevel]
    l2_tokens: _containers.RepeatedCompositeFieldContainer[AclMatchL2Token]
    match_v6_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_flex_range: AclMatchFlexibleOffsetRange
    match_flex_mask: AclMatchFlexibleOffsetMask
    match_pkt_len: _containers.RepeatedCompositeFieldContainer[AclMatchPktLen]
    def __init__(self, match_dst_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_src_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_dst_v6_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_src_v6_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_dst_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_src_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_dscp_code: _Optional[_Iterable[_Union[AclMatchDscpCode, _Mapping]]] = ..., match_ip_protocols: _Optional[_Iterable[_Union[AclMatchProtocol, _Mapping]]] = ..., payload_protocols: _Optional[_Iterable[_Union[AclMatchProtocol, _Mapping]]] = ..., match_icmp_type: _Optional[_Iterable[_Union[AclMatchIcmpType, _Mapping]]] = ..., match_icmp_code: _Optional[_Iterable[_Union[AclMatchIcmpCode, _Mapping]]] = ..., ifl_names: _Optional[_Iterable[_Union[AclMatchIflNameIndex, _Mapping]]] = ..., match_traffic_classes: _Optional[_Iterable[_Union[AclMatchTrafficClass, _Mapping]]] = ..., ipv6_next_headers: _Optional[_Iterable[_Union[AclMatchNextHeader, _Mapping]]] = ..., ether_types: _Optional[_Iterable[_Union[AclMatchEtherType, _Mapping]]] = ..., match_src_macs: _Optional[_Iterable[_Union[AclMatchMacAddress, _Mapping]]] = ..., match_dst_macs: _Optional[_Iterable[_Union[AclMatchMacAddress, _Mapping]]] = ..., vlan_ether_types: _Optional[_Iterable[_Union[AclMatchEtherType, _Mapping]]] = ..., learn_vlan_ids: _Optional[_Iterable[_Union[AclMatchVlanId, _Mapping]]] = ..., user_vlan_ids: _Optional[_Iterable[_Union[AclMatchVlanId, _Mapping]]] = ..., learn_vlan_priority: _Optional[_Iterable[_Union[AclMatchLearnVlanPriority, _Mapping]]] = ..., stp_state: _Optional[_Union[AclStpMatchFlags, str]] = ..., mesh_group_ids: _Optional[_Iterable[_Union[AclMatchMeshGroup, _Mapping]]] = ..., cfm_opcodes: _Optional[_Iterable[_Union[AclMatchCfmOpcode, _Mapping]]] = ..., cfm_levels: _Optional[_Iterable[_Union[AclMatchCfmLevel, _Mapping]]] = ..., l2_tokens: _Optional[_Iterable[_Union[AclMatchL2Token, _Mapping]]] = ..., match_v6_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_flex_range: _Optional[_Union[AclMatchFlexibleOffsetRange, _Mapping]] = ..., match_flex_mask: _Optional[_Union[AclMatchFlexibleOffsetMask, _Mapping]] = ..., match_pkt_len: _Optional[_Iterable[_Union[AclMatchPktLen, _Mapping]]] = ...) -> None: ...

class AclEntryVplsTerminatingAction(_message.Message):
    __slots__ = ("action_accept", "action_discard", "action_send_to_client", "action_send_to_host", "action_nh")
    ACTION_ACCEPT_FIELD_NUMBER: _ClassVar[int]
    ACTION_DISCARD_FIELD_NUMBER: _ClassVar[int]
    ACTION_SEND_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    ACTION_SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    ACTION_NH_FIELD_NUMBER: _ClassVar[int]
    action_accept: AclBooleanType
    action_discard: AclBooleanType
    action_send_to_client: AclActionSendToClient
    action_send_to_host: AclBooleanType
    action_nh: AclActionSetNexthop
    def __init__(self, action_accept: _Optional[_Union[AclBooleanType, str]] = ..., action_discard: _Optional[_Union[AclBooleanType, str]] = ..., action_send_to_client: _Optional[_Union[AclActionSendToClient, _Mapping]] = ..., action_send_to_host: _Optional[_Union[AclBooleanType, str]] = ..., action_nh: _Optional[_Union[AclActionSetNexthop, _Mapping]] = ...) -> None: ...

class AclEntryVplsNonTerminatingAction(_message.Message):
    __slots__ = ("action_count", "action_log", "action_syslog", "action_policer", "action_sample", "action_next_term", "action_no_mac_learn", "action_copy_to_host")
    ACTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTION_LOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_SYSLOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_POLICER_FIELD_NUMBER: _ClassVar[int]
    ACTION_SAMPLE_FIELD_NUMBER: _ClassVar[int]
    ACTION_NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    ACTION_NO_MAC_LEARN_FIELD_NUMBER: _ClassVar[int]
    ACTION_COPY_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    action_count: AclActionCounter
    action_log: AclBooleanType
    action_syslog: AclBooleanType
    action_policer: AclActionPolicer
    action_sample: AclBooleanType
    action_next_term: AclBooleanType
    action_no_mac_learn: AclBooleanType
    action_copy_to_host: AclActionCopyToHost
    def __init__(self, action_count: _Optional[_Union[AclActionCounter, _Mapping]] = ..., action_log: _Optional[_Union[AclBooleanType, str]] = ..., action_syslog: _Optional[_Union[AclBooleanType, str]] = ..., action_policer: _Optional[_Union[AclActionPolicer, _Mapping]] = ..., action_sample: _Optional[_Union[AclBooleanType, str]] = ..., action_next_term: _Optional[_Union[AclBooleanType, str]] = ..., action_no_mac_learn: _Optional[_Union[AclBooleanType, str]] = ..., action_copy_to_host: _Optional[_Union[AclActionCopyToHost, _Mapping]] = ...) -> None: ...

class AclEntryVplsAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: AclEntryVplsNonTerminatingAction
    action_t: AclEntryVplsTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[AclEntryVplsNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[AclEntryVplsTerminatingAction, _Mapping]] = ...) -> None: ...

class AclEntryMatchCcc(_message.Message):
    __slots__ = ("match_pkt_len", "ifl_names", "ether_types", "match_src_macs", "match_dst_macs", "cfm_opcodes", "cfm_levels", "match_flex_range", "match_flex_mask")
    MATCH_PKT_LEN_FIELD_NUMBER: _ClassVar[int]
    IFL_NAMES_FIELD_NUMBER: _ClassVar[int]
    ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_MACS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DST_MACS_FIELD_NUMBER: _ClassVar[int]
    CFM_OPCODES_FIELD_NUMBER: _ClassVar[int]
    CFM_LEVELS_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    match_pkt_len: _containers.RepeatedCompositeFieldContainer[AclMatchPktLen]
    ifl_names: _containers.RepeatedCompositeFieldContainer[AclMatchIflNameIndex]
    ether_types: _containers.RepeatedCompositeFieldContainer[AclMatchEtherType]
    match_src_macs: _containers.RepeatedCompositeFieldContainer[AclMatchMacAddress]
    match_dst_macs: _containers.RepeatedCompositeFieldContainer[AclMatchMacAddress]
    cfm_opcodes: _containers.RepeatedCompositeFieldContainer[AclMatchCfmOpcode]
    cfm_levels: _containers.RepeatedCompositeFieldContainer[AclMatchCfmLevel]
    match_flex_range: AclMatchFlexibleOffsetRange
    match_flex_mask: AclMatchFlexibleOffsetMask
    def __init__(self, match_pkt_len: _Optional[_Iterable[_Union[AclMatchPktLen, _Mapping]]] = ..., ifl_names: _Optional[_Iterable[_Union[AclMatchIflNameIndex, _Mapping]]] = ..., ether_types: _Optional[_Iterable[_Union[AclMatchEtherType, _Mapping]]] = ..., match_src_macs: _Optional[_Iterable[_Union[AclMatchMacAddress, _Mapping]]] = ..., match_dst_macs: _Optional[_Iterable[_Union[AclMatchMacAddress, _Mapping]]] = ..., cfm_opcodes: _Optional[_Iterable[_Union[AclMatchCfmOpcode, _Mapping]]] = ..., cfm_levels: _Optional[_Iterable[_Union[AclMatchCfmLevel, _Mapping]]] = ..., match_flex_range: _Optional[_Union[AclMatchFlexibleOffsetRange, _Mapping]] = ..., match_flex_mask: _Optional[_Union[AclMatchFlexibleOffsetMask, _Mapping]] = ...) -> None: ...

class AclEntryCccTerminatingAction(_message.Message):
    __slots__ = ("action_accept", "action_discard", "action_send_to_client", "action_send_to_host")
    ACTION_ACCEPT_FIELD_NUMBER: _ClassVar[int]
    ACTION_DISCARD_FIELD_NUMBER: _ClassVar[int]
    ACTION_SEND_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    ACTION_SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    action_accept: AclBooleanType
    action_discard: AclBooleanType
    action_send_to_client: AclActionSendToClient
    action_send_to_host: AclBooleanType
    def __init__(self, action_accept: _Optional[_Union[AclBooleanType, str]] = ..., action_discard: _Optional[_Union[AclBooleanType, str]] = ..., action_send_to_client: _Optional[_Union[AclActionSendToClient, _Mapping]] = ..., action_send_to_host: _Optional[_Union[AclBooleanType, str]] = ...) -> None: ...

class AclEntryCccNonTerminatingAction(_message.Message):
    __slots__ = ("action_count", "action_log", "action_syslog", "action_policer", "action_sample", "action_copy_to_host")
    ACTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTION_LOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_SYSLOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_POLICER_FIELD_NUMBER: _ClassVar[int]
    ACTION_SAMPLE_FIELD_NUMBER: _ClassVar[int]
    ACTION_COPY_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    action_count: AclActionCounter
    action_log: AclBooleanType
    action_syslog: AclBooleanType
    action_policer: AclActionPolicer
    action_sample: AclBooleanType
    action_copy_to_host: AclActionCopyToHost
    def __init__(self, action_count: _Optional[_Union[AclActionCounter, _Mapping]] = ..., action_log: _Optional[_Union[AclBooleanType, str]] = ..., action_syslog: _Optional[_Union[AclBooleanType, str]] = ..., action_policer: _Optional[_Union[AclActionPolicer, _Mapping]] = ..., action_sample: _Optional[_Union[AclBooleanType, str]] = ..., action_copy_to_host: _Optional[_Union[AclActionCopyToHost, _Mapping]] = ...) -> None: ...

class AclEntryCccAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: AclEntryCccNonTerminatingAction
    action_t: AclEntryCccTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[AclEntryCccNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[AclEntryCccTerminatingAction, _Mapping]] = ...) -> None: ...

class AclEntryMatchMultiService(_message.Message):
    __slots__ = ("match_dst_addrs", "match_src_addrs", "match_addrs", "match_dst_ports", "match_src_ports", "match_ip_protocols", "payload_protocols", "match_icmp_type", "match_icmp_code", "ifl_names", "ipv6_next_headers", "ether_types", "match_src_macs", "match_dst_macs", "vlan_ether_types", "stp_state", "mesh_group_ids", "l2_tokens", "match_pkt_len")
    MATCH_DST_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_ADDRS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DST_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    MATCH_IP_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ICMP_CODE_FIELD_NUMBER: _ClassVar[int]
    IFL_NAMES_FIELD_NUMBER: _ClassVar[int]
    IPV6_NEXT_HEADERS_FIELD_NUMBER: _ClassVar[int]
    ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    MATCH_SRC_MACS_FIELD_NUMBER: _ClassVar[int]
    MATCH_DST_MACS_FIELD_NUMBER: _ClassVar[int]
    VLAN_ETHER_TYPES_FIELD_NUMBER: _ClassVar[int]
    STP_STATE_FIELD_NUMBER: _ClassVar[int]
    MESH_GROUP_IDS_FIELD_NUMBER: _ClassVar[int]
    L2_TOKENS_FIELD_NUMBER: _ClassVar[int]
    MATCH_PKT_LEN_FIELD_NUMBER: _ClassVar[int]
    match_dst_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_src_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_addrs: _containers.RepeatedCompositeFieldContainer[AclMatchIpAddress]
    match_dst_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_src_ports: _containers.RepeatedCompositeFieldContainer[AclMatchPort]
    match_ip_protocols: _containers.RepeatedCompositeFieldContainer[AclMatchProtocol]
    payload_protocols: _containers.RepeatedCompositeFieldContainer[AclMatchProtocol]
    match_icmp_type: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpType]
    match_icmp_code: _containers.RepeatedCompositeFieldContainer[AclMatchIcmpCode]
    ifl_names: _containers.RepeatedCompositeFieldContainer[AclMatchIflNameIndex]
    ipv6_next_headers: _containers.RepeatedCompositeFieldContainer[AclMatchNextHeader]
    ether_types: _containers.RepeatedCompositeFieldContainer[AclMatchEtherType]
    match_src_macs: _containers.RepeatedCompositeFieldContainer[AclMatchMacAddress]
    match_dst_macs: _containers.RepeatedCompositeFieldContainer[AclMatchMacAddress]
    vlan_ether_types: _containers.RepeatedCompositeFieldContainer[AclMatchEtherType]
    stp_state: AclStpMatchFlags
    mesh_group_ids: _containers.RepeatedCompositeFieldContainer[AclMatchMeshGroup]
    l2_tokens: _containers.RepeatedCompositeFieldContainer[AclMatchL2Token]
    match_pkt_len: _containers.RepeatedCompositeFieldContainer[AclMatchPktLen]
    def __init__(self, match_dst_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_src_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_addrs: _Optional[_Iterable[_Union[AclMatchIpAddress, _Mapping]]] = ..., match_dst_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_src_ports: _Optional[_Iterable[_Union[AclMatchPort, _Mapping]]] = ..., match_ip_protocols: _Optional[_Iterable[_Union[AclMatchProtocol, _Mapping]]] = ..., payload_protocols: _Optional[_Iterable[_Union[AclMatchProtocol, _Mapping]]] = ..., match_icmp_type: _Optional[_Iterable[_Union[AclMatchIcmpType, _Mapping]]] = ..., match_icmp_code: _Optional[_Iterable[_Union[AclMatchIcmpCode, _Mapping]]] = ..., ifl_names: _Optional[_Iterable[_Union[AclMatchIflNameIndex, _Mapping]]] = ..., ipv6_next_headers: _Optional[_Iterable[_Union[AclMatchNextHeader, _Mapping]]] = ..., ether_types: _Optional[_Iterable[_Union[AclMatchEtherType, _Mapping]]] = ..., match_src_macs: _Optional[_Iterable[_Union[AclMatchMacAddress, _Mapping]]] = ..., match_dst_macs: _Optional[_Iterable[_Union[AclMatchMacAddress, _Mapping]]] = ..., vlan_ether_types: _Optional[_Iterable[_Union[AclMatchEtherType, _Mapping]]] = ..., stp_state: _Optional[_Union[AclStpMatchFlags, str]] = ..., mesh_group_ids: _Optional[_Iterable[_Union[AclMatchMeshGroup, _Mapping]]] = ..., l2_tokens: _Optional[_Iterable[_Union[AclMatchL2Token, _Mapping]]] = ..., match_pkt_len: _Optional[_Iterable[_Union[AclMatchPktLen, _Mapping]]] = ...) -> None: ...

class AclEntryMultiServiceTerminatingAction(_message.Message):
    __slots__ = ("action_accept", "action_discard", "action_send_to_client", "action_send_to_host")
    ACTION_ACCEPT_FIELD_NUMBER: _ClassVar[int]
    ACTION_DISCARD_FIELD_NUMBER: _ClassVar[int]
    ACTION_SEND_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    ACTION_SEND_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    action_accept: AclBooleanType
    action_discard: AclBooleanType
    action_send_to_client: AclActionSendToClient
    action_send_to_host: AclBooleanType
    def __init__(self, action_accept: _Optional[_Union[AclBooleanType, str]] = ..., action_discard: _Optional[_Union[AclBooleanType, str]] = ..., action_send_to_client: _Optional[_Union[AclActionSendToClient, _Mapping]] = ..., action_send_to_host: _Optional[_Union[AclBooleanType, str]] = ...) -> None: ...

class AclEntryMultiServiceNonTerminatingAction(_message.Message):
    __slots__ = ("action_count", "action_log", "action_syslog", "action_policer", "action_sample", "action_next_term", "action_copy_to_host")
    ACTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTION_LOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_SYSLOG_FIELD_NUMBER: _ClassVar[int]
    ACTION_POLICER_FIELD_NUMBER: _ClassVar[int]
    ACTION_SAMPLE_FIELD_NUMBER: _ClassVar[int]
    ACTION_NEXT_TERM_FIELD_NUMBER: _ClassVar[int]
    ACTION_COPY_TO_HOST_FIELD_NUMBER: _ClassVar[int]
    action_count: AclActionCounter
    action_log: AclBooleanType
    action_syslog: AclBooleanType
    action_policer: AclActionPolicer
    action_sample: AclBooleanType
    action_next_term: AclBooleanType
    action_copy_to_host: AclActionCopyToHost
    def __init__(self, action_count: _Optional[_Union[AclActionCounter, _Mapping]] = ..., action_log: _Optional[_Union[AclBooleanType, str]] = ..., action_syslog: _Optional[_Union[AclBooleanType, str]] = ..., action_policer: _Optional[_Union[AclActionPolicer, _Mapping]] = ..., action_sample: _Optional[_Union[AclBooleanType, str]] = ..., action_next_term: _Optional[_Union[AclBooleanType, str]] = ..., action_copy_to_host: _Optional[_Union[AclActionCopyToHost, _Mapping]] = ...) -> None: ...

class AclEntryMultiServiceAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: AclEntryMultiServiceNonTerminatingAction
    action_t: AclEntryMultiServiceTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[AclEntryMultiServiceNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[AclEntryMultiServiceTerminatingAction, _Mapping]] = ...) -> None: ...

class AclEntryMatchMpls(_message.Message):
    __slots__ = ("match_label1", "match_label2", "match_label3", "match_flex_range", "match_flex_mask")
    MATCH_LABEL1_FIELD_NUMBER: _ClassVar[int]
    MATCH_LABEL2_FIELD_NUMBER: _ClassVar[int]
    MATCH_LABEL3_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_RANGE_FIELD_NUMBER: _ClassVar[int]
    MATCH_FLEX_MASK_FIELD_NUMBER: _ClassVar[int]
    match_label1: _containers.RepeatedCompositeFieldContainer[AclMatchMplsLabel]
    match_label2: _containers.RepeatedCompositeFieldContainer[AclMatchMplsLabel]
    match_label3: _containers.RepeatedCompositeFieldContainer[AclMatchMplsLabel]
    match_flex_range: AclMatchFlexibleOffsetRange
    match_flex_mask: AclMatchFlexibleOffsetMask
    def __init__(self, match_label1: _Optional[_Iterable[_Union[AclMatchMplsLabel, _Mapping]]] = ..., match_label2: _Optional[_Iterable[_Union[AclMatchMplsLabel, _Mapping]]] = ..., match_label3: _Optional[_Iterable[_Union[AclMatchMplsLabel, _Mapping]]] = ..., match_flex_range: _Optional[_Union[AclMatchFlexibleOffsetRange, _Mapping]] = ..., match_flex_mask: _Optional[_Union[AclMatchFlexibleOffsetMask, _Mapping]] = ...) -> None: ...

class AclEntryMplsTerminatingAction(_message.Message):
    __slots__ = ("action_accept", "action_discard")
    ACTION_ACCEPT_FIELD_NUMBER: _ClassVar[int]
    ACTION_DISCARD_FIELD_NUMBER: _ClassVar[int]
    action_accept: AclBooleanType
    action_discard: AclBooleanType
    def __init__(self, action_accept: _Optional[_Union[AclBooleanType, str]] = ..., action_discard: _Optional[_Union[AclBooleanType, str]] = ...) -> None: ...

class AclEntryMplsNonTerminatingAction(_message.Message):
    __slots__ = ("action_count", "action_policer")
    ACTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTION_POLICER_FIELD_NUMBER: _ClassVar[int]
    action_count: AclActionCounter
    action_policer: AclActionPolicer
    def __init__(self, action_count: _Optional[_Union[AclActionCounter, _Mapping]] = ..., action_policer: _Optional[_Union[AclActionPolicer, _Mapping]] = ...) -> None: ...

class AclEntryMplsAction(_message.Message):
    __slots__ = ("actions_nt", "action_t")
    ACTIONS_NT_FIELD_NUMBER: _ClassVar[int]
    ACTION_T_FIELD_NUMBER: _ClassVar[int]
    actions_nt: AclEntryMplsNonTerminatingAction
    action_t: AclEntryMplsTerminatingAction
    def __init__(self, actions_nt: _Optional[_Union[AclEntryMplsNonTerminatingAction, _Mapping]] = ..., action_t: _Optional[_Union[AclEntryMplsTerminatingAction, _Mapping]] = ...) -> None: ...

class AclInet6Entry(_message.Message):
    __slots__ = ("ace_name", "ace_op", "adjacency", "matches", "actions")
    ACE_NAME_FIELD_NUMBER: _ClassVar[int]
    ACE_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    ace_name: str
    ace_op: AclEntryOperation
    adjacency: AclAdjacency
    matches: AclEntryMatchInet6
    actions: AclEntryInet6Action
    def __init__(self, ace_name: _Optional[str] = ..., ace_op: _Optional[_Union[AclEntryOperation, str]] = ..., adjacency: _Optional[_Union[AclAdjacency, _Mapping]] = ..., matches: _Optional[_Union[AclEntryMatchInet6, _Mapping]] = ..., actions: _Optional[_Union[AclEntryInet6Action, _Mapping]] = ...) -> None: ...

class AclVplsEntry(_message.Message):
    __slots__ = ("ace_name", "ace_op", "adjacency", "matches", "actions")
    ACE_NAME_FIELD_NUMBER: _ClassVar[int]
    ACE_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    ace_name: str
    ace_op: AclEntryOperation
    adjacency: AclAdjacency
    matches: AclEntryMatchVpls
    actions: AclEntryVplsAction
    def __init__(self, ace_name: _Optional[str] = ..., ace_op: _Optional[_Union[AclEntryOperation, str]] = ..., adjacency: _Optional[_Union[AclAdjacency, _Mapping]] = ..., matches: _Optional[_Union[AclEntryMatchVpls, _Mapping]] = ..., actions: _Optional[_Union[AclEntryVplsAction, _Mapping]] = ...) -> None: ...

class AclCccEntry(_message.Message):
    __slots__ = ("ace_name", "ace_op", "adjacency", "matches", "actions")
    ACE_NAME_FIELD_NUMBER: _ClassVar[int]
    ACE_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    ace_name: str
    ace_op: AclEntryOperation
    adjacency: AclAdjacency
    matches: AclEntryMatchCcc
    actions: AclEntryCccAction
    def __init__(self, ace_name: _Optional[str] = ..., ace_op: _Optional[_Union[AclEntryOperation, str]] = ..., adjacency: _Optional[_Union[AclAdjacency, _Mapping]] = ..., matches: _Optional[_Union[AclEntryMatchCcc, _Mapping]] = ..., actions: _Optional[_Union[AclEntryCccAction, _Mapping]] = ...) -> None: ...

class AclMultiServiceEntry(_message.Message):
    __slots__ = ("ace_name", "ace_op", "adjacency", "matches", "actions")
    ACE_NAME_FIELD_NUMBER: _ClassVar[int]
    ACE_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    ace_name: str
    ace_op: AclEntryOperation
    adjacency: AclAdjacency
    matches: AclEntryMatchMultiService
    actions: AclEntryMultiServiceAction
    def __init__(self, ace_name: _Optional[str] = ..., ace_op: _Optional[_Union[AclEntryOperation, str]] = ..., adjacency: _Optional[_Union[AclAdjacency, _Mapping]] = ..., matches: _Optional[_Union[AclEntryMatchMultiService, _Mapping]] = ..., actions: _Optional[_Union[AclEntryMultiServiceAction, _Mapping]] = ...) -> None: ...

class AclMplsEntry(_message.Message):
    __slots__ = ("ace_name", "ace_op", "adjacency", "matches", "actions")
    ACE_NAME_FIELD_NUMBER: _ClassVar[int]
    ACE_OP_FIELD_NUMBER: _ClassVar[int]
    ADJACENCY_FIELD_NUMBER: _ClassVar[int]
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    ace_name: str
    ace_op: AclEntryOperation
    adjacency: AclAdjacency
    matches: AclEntryMatchMpls
    actions: AclEntryMplsAction
    def __init__(self, ace_name: _Optional[str] = ..., ace_op: _Optional[_Union[AclEntryOperation, str]] = ..., adjacency: _Optional[_Union[AclAdjacency, _Mapping]] = ..., matches: _Optional[_Union[AclEntryMatchMpls, _Mapping]] = ..., actions: _Optional[_Union[AclEntryMplsAction, _Mapping]] = ...) -> None: ...

class AclEntry(_message.Message):
    __slots__ = ("inet_entry", "es_entry", "inet6_entry", "vpls_entry", "ccc_entry", "mservice_entry", "mpls_entry")
    INET_ENTRY_FIELD_NUMBER: _ClassVar[int]
    ES_ENTRY_FIELD_NUMBER: _ClassVar[int]
    INET6_ENTRY_FIELD_NUMBER: _ClassVar[int]
    VPLS_ENTRY_FIELD_NUMBER: _ClassVar[int]
    CCC_ENTRY_FIELD_NUMBER: _ClassVar[int]
    MSERVICE_ENTRY_FIELD_NUMBER: _ClassVar[int]
    MPLS_ENTRY_FIELD_NUMBER: _ClassVar[int]
    inet_entry: AclInetEntry
    es_entry: AclEsEntry
    inet6_entry: AclInet6Entry
    vpls_entry: AclVplsEntry
    ccc_entry: AclCccEntry
    mservice_entry: AclMultiServiceEntry
    mpls_entry: AclMplsEntry
    def __init__(self, inet_entry: _Optional[_Union[AclInetEntry, _Mapping]] = ..., es_entry: _Optional[_Union[AclEsEntry, _Mapping]] = ..., inet6_entry: _Optional[_Union[AclInet6Entry, _Mapping]] = ..., vpls_entry: _Optional[_Union[AclVplsEntry, _Mapping]] = ..., ccc_entry: _Optional[_Union[AclCccEntry, _Mapping]] = ..., mservice_entry: _Optional[_Union[AclMultiServiceEntry, _Mapping]] = ..., mpls_entry: _Optional[_Union[AclMplsEntry, _Mapping]] = ...) -> None: ...

class AccessList(_message.Message):
    __slots__ = ("acl_name", "acl_type", "acl_family", "acl_flag", "ace_list")
    ACL_NAME_FIELD_NUMBER: _ClassVar[int]
    ACL_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACL_FAMILY_FIELD_NUMBER: _ClassVar[int]
    ACL_FLAG_FIELD_NUMBER: _ClassVar[int]
    ACE_LIST_FIELD_NUMBER: _ClassVar[int]
    acl_name: str
    acl_type: AccessListTypes
    acl_family: AccessListFamilies
    acl_flag: AccessListFlags
    ace_list: _containers.RepeatedCompositeFieldContainer[AclEntry]
    def __init__(self, acl_name: _Optional[str] = ..., acl_type: _Optional[_Union[AccessListTypes, str]] = ..., acl_family: _Optional[_Union[AccessListFamilies, str]] = ..., acl_flag: _Optional[_Union[AccessListFlags, str]] = ..., ace_list: _Optional[_Iterable[_Union[AclEntry, _Mapping]]] = ...) -> None: ...

class AccessListCounter(_message.Message):
    __slots__ = ("acl", "counter_name")
    ACL_FIELD_NUMBER: _ClassVar[int]
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    acl: AccessList
    counter_name: str
    def __init__(self, acl: _Optional[_Union[AccessList, _Mapping]] = ..., counter_name: _Optional[str] = ...) -> None: ...

class AccessListCounterBulk(_message.Message):
    __slots__ = ("acl", "starting_index")
    ACL_FIELD_NUMBER: _ClassVar[int]
    STARTING_INDEX_FIELD_NUMBER: _ClassVar[int]
    acl: AccessList
    starting_index: int
    def __init__(self, acl: _Optional[_Union[AccessList, _Mapping]] = ..., starting_index: _Optional[int] = ...) -> None: ...

class AccessListReturnStatus(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: AccessListReturnVal
    def __init__(self, status: _Optional[_Union[AccessListReturnVal, str]] = ...) -> None: ...

class AccessListCounterVal(_message.Message):
    __slots__ = ("counter_name", "status", "bytes", "packets")
    COUNTER_NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    PACKETS_FIELD_NUMBER: _ClassVar[int]
    counter_name: str
    status: AccessListReturnVal
    bytes: int
    packets: int
    def __init__(self, counter_name: _Optional[str] = ..., status: _Optional[_Union[AccessListReturnVal, str]] = ..., bytes: _Optional[int] = ..., packets: _Optional[int] = ...) -> None: ...

class AclBindObjVlan(_message.Message):
    __slots__ = ("vlan_name", "rtb_name")
    VLAN_NAME_FIELD_NUMBER: _ClassVar[int]
    RTB_NAME_FIELD_NUMBER: _ClassVar[int]
    vlan_name: str
    rtb_name: str
    def __init__(self, vlan_name: _Optional[str] = ..., rtb_name: _Optional[str] = ...) -> None: ...

class AclBindObjBridgeDomain(_message.Message):
    __slots__ = ("bd_name", "rtb_name")
    BD_NAME_FIELD_NUMBER: _ClassVar[int]
    RTB_NAME_FIELD_NUMBER: _ClassVar[int]
    bd_name: str
    rtb_name: str
    def __init__(self, bd_name: _Optional[str] = ..., rtb_name: _Optional[str] = ...) -> None: ...

class AccessListBindObjPoint(_message.Message):
    __slots__ = ("intf", "fwd_table", "vlan", "bd")
    INTF_FIELD_NUMBER: _ClassVar[int]
    FWD_TABLE_FIELD_NUMBER: _ClassVar[int]
    VLAN_FIELD_NUMBER: _ClassVar[int]
    BD_FIELD_NUMBER: _ClassVar[int]
    intf: str
    fwd_table: str
    vlan: AclBindObjVlan
    bd: AclBindObjBridgeDomain
    def __init__(self, intf: _Optional[str] = ..., fwd_table: _Optional[str] = ..., vlan: _Optional[_Union[AclBindObjVlan, _Mapping]] = ..., bd: _Optional[_Union[AclBindObjBridgeDomain, _Mapping]] = ...) -> None: ...

class AccessListObjBind(_message.Message):
    __slots__ = ("acl", "obj_type", "bind_object", "bind_direction", "bind_family")
    ACL_FIELD_NUMBER: _ClassVar[int]
    OBJ_TYPE_FIELD_NUMBER: _ClassVar[int]
    BIND_OBJECT_FIELD_NUMBER: _ClassVar[int]
    BIND_DIRECTION_FIELD_NUMBER: _ClassVar[int]
    BIND_FAMILY_FIELD_NUMBER: _ClassVar[int]
    acl: AccessList
    obj_type: AccessListBindObjType
    bind_object: AccessListBindObjPoint
    bind_direction: AclBindDirection
    bind_family: AccessListFamilies
    def __init__(self, acl: _Optional[_Union[AccessList, _Mapping]] = ..., obj_type: _Optional[_Union[AccessListBindObjType, str]] = ..., bind_object: _Optional[_Union[AccessListBindObjPoint, _Mapping]] = ..., bind_direction: _Optional[_Union[AclBindDirection, str]] = ..., bind_family: _Optional[_Union[AccessListFamilies, str]] = ...) -> None: ...
