from . import jnx_addr_pb2 as _jnx_addr_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ReturnCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RET_SUCCESS: _ClassVar[ReturnCode]
    RET_FAILURE: _ClassVar[ReturnCode]
    RET_NOT_FOUND: _ClassVar[ReturnCode]
    RET_INVALID_PARAMS: _ClassVar[ReturnCode]
    RET_INVALID_ADDRESS_FAMILY: _ClassVar[ReturnCode]
    RET_INVALID_INSTANCE: _ClassVar[ReturnCode]

class RouteTableFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TABLE_STRING: _ClassVar[RouteTableFormat]
    TABLE_ID: _ClassVar[RouteTableFormat]

class RouteAfType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RT_AF_UNSPEC: _ClassVar[RouteAfType]
    RT_AF_INET: _ClassVar[RouteAfType]
    RT_AF_INET6: _ClassVar[RouteAfType]
    RT_AF_INETVPN: _ClassVar[RouteAfType]
    RT_AF_INET6VPN: _ClassVar[RouteAfType]
    RT_AF_LABELED_INET: _ClassVar[RouteAfType]
    RT_AF_LABELED_INET6: _ClassVar[RouteAfType]
    RT_AF_INET_SRTE: _ClassVar[RouteAfType]
    RT_AF_INET6_SRTE: _ClassVar[RouteAfType]
    RT_AF_INET_FLOWSPEC: _ClassVar[RouteAfType]
    RT_AF_INET6_FLOWSPEC: _ClassVar[RouteAfType]

class LabelOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NOOP: _ClassVar[LabelOperation]
    POP: _ClassVar[LabelOperation]
    PUSH: _ClassVar[LabelOperation]
    SWAP: _ClassVar[LabelOperation]

class SRTEEnlpOperations(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SRTE_ENLP_INVALID_VAL: _ClassVar[SRTEEnlpOperations]
    PUSH_IPV4_EXP_NULL_LABEL: _ClassVar[SRTEEnlpOperations]
    PUSH_IPV6_EXP_NULL_LABEL: _ClassVar[SRTEEnlpOperations]
    PUSH_IPV4_OR_IPV6_EXP_NULL_LABEL: _ClassVar[SRTEEnlpOperations]
    DO_NOT_PUSH_EXPLICIT_NULL_LABEL: _ClassVar[SRTEEnlpOperations]

class NetworkAddressFamily(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FAMILY_ANY: _ClassVar[NetworkAddressFamily]
    FAMILY_INET: _ClassVar[NetworkAddressFamily]
    FAMILY_INET6: _ClassVar[NetworkAddressFamily]
    FAMILY_MPLS: _ClassVar[NetworkAddressFamily]

class RouteProtoType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ANY: _ClassVar[RouteProtoType]
    DIRECT: _ClassVar[RouteProtoType]
    LOCAL: _ClassVar[RouteProtoType]
    KERNEL: _ClassVar[RouteProtoType]
    REDIRECT: _ClassVar[RouteProtoType]
    OSPF: _ClassVar[RouteProtoType]
    OSPF3: _ClassVar[RouteProtoType]
    OSPF_ANY: _ClassVar[RouteProtoType]
    RIP: _ClassVar[RouteProtoType]
    RIPNG: _ClassVar[RouteProtoType]
    BGP: _ClassVar[RouteProtoType]
    STATIC: _ClassVar[RouteProtoType]
    ISIS: _ClassVar[RouteProtoType]
    IGMP: _ClassVar[RouteProtoType]
    AGGREGATE: _ClassVar[RouteProtoType]
    DVMRP: _ClassVar[RouteProtoType]
    PIM: _ClassVar[RouteProtoType]
    MSDP: _ClassVar[RouteProtoType]
    MPLS: _ClassVar[RouteProtoType]
    RSVP: _ClassVar[RouteProtoType]
    CCC: _ClassVar[RouteProtoType]
    LDP: _ClassVar[RouteProtoType]
    VPN: _ClassVar[RouteProtoType]
    MVPN: _ClassVar[RouteProtoType]
    MCAST: _ClassVar[RouteProtoType]
    L2VPN: _ClassVar[RouteProtoType]
    L2CKT: _ClassVar[RouteProtoType]
    BGP_STATIC: _ClassVar[RouteProtoType]
    RIFT: _ClassVar[RouteProtoType]
    OTHER: _ClassVar[RouteProtoType]
    L2_LEARNED_HOST_ROUTING: _ClassVar[RouteProtoType]
RET_SUCCESS: ReturnCode
RET_FAILURE: ReturnCode
RET_NOT_FOUND: ReturnCode
RET_INVALID_PARAMS: ReturnCode
RET_INVALID_ADDRESS_FAMILY: ReturnCode
RET_INVALID_INSTANCE: ReturnCode
TABLE_STRING: RouteTableFormat
TABLE_ID: RouteTableFormat
RT_AF_UNSPEC: RouteAfType
RT_AF_INET: RouteAfType
RT_AF_INET6: RouteAfType
RT_AF_INETVPN: RouteAfType
RT_AF_INET6VPN: RouteAfType
RT_AF_LABELED_INET: RouteAfType
RT_AF_LABELED_INET6: RouteAfType
RT_AF_INET_SRTE: RouteAfType
RT_AF_INET6_SRTE: RouteAfType
RT_AF_INET_FLOWSPEC: RouteAfType
RT_AF_INET6_FLOWSPEC: RouteAfType
NOOP: LabelOperation
POP: LabelOperation
PUSH: LabelOperation
SWAP: LabelOperation
SRTE_ENLP_INVALID_VAL: SRTEEnlpOperations
PUSH_IPV4_EXP_NULL_LABEL: SRTEEnlpOperations
PUSH_IPV6_EXP_NULL_LABEL: SRTEEnlpOperations
PUSH_IPV4_OR_IPV6_EXP_NULL_LABEL: SRTEEnlpOperations
DO_NOT_PUSH_EXPLICIT_NULL_LABEL: SRTEEnlpOperations
FAMILY_ANY: NetworkAddressFamily
FAMILY_INET: NetworkAddressFamily
FAMILY_INET6: NetworkAddressFamily
FAMILY_MPLS: NetworkAddressFamily
ANY: RouteProtoType
DIRECT: RouteProtoType
LOCAL: RouteProtoType
KERNEL: RouteProtoType
REDIRECT: RouteProtoType
OSPF: RouteProtoType
OSPF3: RouteProtoType
OSPF_ANY: RouteProtoType
RIP: RouteProtoType
RIPNG: RouteProtoType
BGP: RouteProtoType
STATIC: RouteProtoType
ISIS: RouteProtoType
IGMP: RouteProtoType
AGGREGATE: RouteProtoType
DVMRP: RouteProtoType
PIM: RouteProtoType
MSDP: RouteProtoType
MPLS: RouteProtoType
RSVP: RouteProtoType
CCC: RouteProtoType
LDP: RouteProtoType
VPN: RouteProtoType
MVPN: RouteProtoType
MCAST: RouteProtoType
L2VPN: RouteProtoType
L2CKT: RouteProtoType
BGP_STATIC: RouteProtoType
RIFT: RouteProtoType
OTHER: RouteProtoType
L2_LEARNED_HOST_ROUTING: RouteProtoType

class RpcStatus(_message.Message):
    __slots__ = ("code", "message")
    class RpcStatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[RpcStatus.RpcStatusCode]
        FAILURE: _ClassVar[RpcStatus.RpcStatusCode]
    SUCCESS: RpcStatus.RpcStatusCode
    FAILURE: RpcStatus.RpcStatusCode
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    code: RpcStatus.RpcStatusCode
    message: str
    def __init__(self, code: _Optional[_Union[RpcStatus.RpcStatusCode, str]] = ..., message: _Optional[str] = ...) -> None: ...

class RouteTableName(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class RouteTableId(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: int
    def __init__(self, id: _Optional[int] = ...) -> None: ...

class RouteTable(_message.Message):
    __slots__ = ("rtt_id", "rtt_name")
    RTT_ID_FIELD_NUMBER: _ClassVar[int]
    RTT_NAME_FIELD_NUMBER: _ClassVar[int]
    rtt_id: RouteTableId
    rtt_name: RouteTableName
    def __init__(self, rtt_id: _Optional[_Union[RouteTableId, _Mapping]] = ..., rtt_name: _Optional[_Union[RouteTableName, _Mapping]] = ...) -> None: ...

class RdType0(_message.Message):
    __slots__ = ("as_number", "assigned_number")
    AS_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ASSIGNED_NUMBER_FIELD_NUMBER: _ClassVar[int]
    as_number: int
    assigned_number: int
    def __init__(self, as_number: _Optional[int] = ..., assigned_number: _Optional[int] = ...) -> None: ...

class RdType1(_message.Message):
    __slots__ = ("ip_address", "assigned_number")
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ASSIGNED_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ip_address: _jnx_addr_pb2.IpAddress
    assigned_number: int
    def __init__(self, ip_address: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., assigned_number: _Optional[int] = ...) -> None: ...

class RdType2(_message.Message):
    __slots__ = ("as_number", "assigned_number")
    AS_NUMBER_FIELD_NUMBER: _ClassVar[int]
    ASSIGNED_NUMBER_FIELD_NUMBER: _ClassVar[int]
    as_number: int
    assigned_number: int
    def __init__(self, as_number: _Optional[int] = ..., assigned_number: _Optional[int] = ...) -> None: ...

class RouteDistinguisher(_message.Message):
    __slots__ = ("rd0", "rd1", "rd2")
    RD0_FIELD_NUMBER: _ClassVar[int]
    RD1_FIELD_NUMBER: _ClassVar[int]
    RD2_FIELD_NUMBER: _ClassVar[int]
    rd0: RdType0
    rd1: RdType1
    rd2: RdType2
    def __init__(self, rd0: _Optional[_Union[RdType0, _Mapping]] = ..., rd1: _Optional[_Union[RdType1, _Mapping]] = ..., rd2: _Optional[_Union[RdType2, _Mapping]] = ...) -> None: ...

class L3vpnAddress(_message.Message):
    __slots__ = ("rd", "vpn_addr")
    RD_FIELD_NUMBER: _ClassVar[int]
    VPN_ADDR_FIELD_NUMBER: _ClassVar[int]
    rd: RouteDistinguisher
    vpn_addr: _jnx_addr_pb2.IpAddress
    def __init__(self, rd: _Optional[_Union[RouteDistinguisher, _Mapping]] = ..., vpn_addr: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ...) -> None: ...

class LabelEntry(_message.Message):
    __slots__ = ("label", "traffic_class", "ttl", "bottom_of_stack")
    class WellKnownLabels(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        IPV4_EXPLICIT_NULL_LABEL: _ClassVar[LabelEntry.WellKnownLabels]
        ROUTER_ALERT_LABEL: _ClassVar[LabelEntry.WellKnownLabels]
        IPV6_EXPLICIT_NULL_LABEL: _ClassVar[LabelEntry.WellKnownLabels]
        IMPLICIT_NULL_LABEL: _ClassVar[LabelEntry.WellKnownLabels]
    IPV4_EXPLICIT_NULL_LABEL: LabelEntry.WellKnownLabels
    ROUTER_ALERT_LABEL: LabelEntry.WellKnownLabels
    IPV6_EXPLICIT_NULL_LABEL: LabelEntry.WellKnownLabels
    IMPLICIT_NULL_LABEL: LabelEntry.WellKnownLabels
    LABEL_FIELD_NUMBER: _ClassVar[int]
    TRAFFIC_CLASS_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    BOTTOM_OF_STACK_FIELD_NUMBER: _ClassVar[int]
    label: int
    traffic_class: int
    ttl: int
    bottom_of_stack: bool
    def __init__(self, label: _Optional[int] = ..., traffic_class: _Optional[int] = ..., ttl: _Optional[int] = ..., bottom_of_stack: bool = ...) -> None: ...

class LabelStackEntry(_message.Message):
    __slots__ = ("opcode", "label_entry")
    OPCODE_FIELD_NUMBER: _ClassVar[int]
    LABEL_ENTRY_FIELD_NUMBER: _ClassVar[int]
    opcode: LabelOperation
    label_entry: LabelEntry
    def __init__(self, opcode: _Optional[_Union[LabelOperation, str]] = ..., label_entry: _Optional[_Union[LabelEntry, _Mapping]] = ...) -> None: ...

class MplsAddress(_message.Message):
    __slots__ = ("label",)
    LABEL_FIELD_NUMBER: _ClassVar[int]
    label: int
    def __init__(self, label: _Optional[int] = ...) -> None: ...

class LabelStack(_message.Message):
    __slots__ = ("entries",)
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[LabelStackEntry]
    def __init__(self, entries: _Optional[_Iterable[_Union[LabelStackEntry, _Mapping]]] = ...) -> None: ...

class SidEntry(_message.Message):
    __slots__ = ("sid_label_entry",)
    SID_LABEL_ENTRY_FIELD_NUMBER: _ClassVar[int]
    sid_label_entry: LabelEntry
    def __init__(self, sid_label_entry: _Optional[_Union[LabelEntry, _Mapping]] = ...) -> None: ...

class SegmentType1(_message.Message):
    __slots__ = ("sid_label_entry",)
    SID_LABEL_ENTRY_FIELD_NUMBER: _ClassVar[int]
    sid_label_entry: LabelEntry
    def __init__(self, sid_label_entry: _Optional[_Union[LabelEntry, _Mapping]] = ...) -> None: ...

class SRTESegment(_message.Message):
    __slots__ = ("segment_type1",)
    SEGMENT_TYPE1_FIELD_NUMBER: _ClassVar[int]
    segment_type1: SegmentType1
    def __init__(self, segment_type1: _Optional[_Union[SegmentType1, _Mapping]] = ...) -> None: ...

class SRTESegmentList(_message.Message):
    __slots__ = ("weight", "segments")
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    SEGMENTS_FIELD_NUMBER: _ClassVar[int]
    weight: int
    segments: _containers.RepeatedCompositeFieldContainer[SRTESegment]
    def __init__(self, weight: _Optional[int] = ..., segments: _Optional[_Iterable[_Union[SRTESegment, _Mapping]]] = ...) -> None: ...

class SRTEDistinguisher(_message.Message):
    __slots__ = ("distinguisher",)
    DISTINGUISHER_FIELD_NUMBER: _ClassVar[int]
    distinguisher: int
    def __init__(self, distinguisher: _Optional[int] = ...) -> None: ...

class SRTEColor(_message.Message):
    __slots__ = ("color",)
    COLOR_FIELD_NUMBER: _ClassVar[int]
    color: int
    def __init__(self, color: _Optional[int] = ...) -> None: ...

class SRTEBindingSID(_message.Message):
    __slots__ = ("binding_sr_id",)
    BINDING_SR_ID_FIELD_NUMBER: _ClassVar[int]
    binding_sr_id: SidEntry
    def __init__(self, binding_sr_id: _Optional[_Union[SidEntry, _Mapping]] = ...) -> None: ...

class SRTEName(_message.Message):
    __slots__ = ("tunnel_name",)
    TUNNEL_NAME_FIELD_NUMBER: _ClassVar[int]
    tunnel_name: str
    def __init__(self, tunnel_name: _Optional[str] = ...) -> None: ...

class SRTEPriority(_message.Message):
    __slots__ = ("srte_priority",)
    SRTE_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    srte_priority: int
    def __init__(self, srte_priority: _Optional[int] = ...) -> None: ...

class SRTEEnlp(_message.Message):
    __slots__ = ("srte_enlp",)
    SRTE_ENLP_FIELD_NUMBER: _ClassVar[int]
    srte_enlp: SRTEEnlpOperations
    def __init__(self, srte_enlp: _Optional[_Union[SRTEEnlpOperations, str]] = ...) -> None: ...

class SRTEAddress(_message.Message):
    __slots__ = ("destination", "sr_color", "sr_distinguisher")
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    SR_COLOR_FIELD_NUMBER: _ClassVar[int]
    SR_DISTINGUISHER_FIELD_NUMBER: _ClassVar[int]
    destination: _jnx_addr_pb2.IpAddress
    sr_color: SRTEColor
    sr_distinguisher: SRTEDistinguisher
    def __init__(self, destination: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., sr_color: _Optional[_Union[SRTEColor, _Mapping]] = ..., sr_distinguisher: _Optional[_Union[SRTEDistinguisher, _Mapping]] = ...) -> None: ...

class SRTERouteData(_message.Message):
    __slots__ = ("binding_sid", "preference", "segment_lists", "sr_name", "sr_priority", "sr_enlp")
    BINDING_SID_FIELD_NUMBER: _ClassVar[int]
    PREFERENCE_FIELD_NUMBER: _ClassVar[int]
    SEGMENT_LISTS_FIELD_NUMBER: _ClassVar[int]
    SR_NAME_FIELD_NUMBER: _ClassVar[int]
    SR_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    SR_ENLP_FIELD_NUMBER: _ClassVar[int]
    binding_sid: SRTEBindingSID
    preference: int
    segment_lists: _containers.RepeatedCompositeFieldContainer[SRTESegmentList]
    sr_name: SRTEName
    sr_priority: SRTEPriority
    sr_enlp: SRTEEnlp
    def __init__(self, binding_sid: _Optional[_Union[SRTEBindingSID, _Mapping]] = ..., preference: _Optional[int] = ..., segment_lists: _Optional[_Iterable[_Union[SRTESegmentList, _Mapping]]] = ..., sr_name: _Optional[_Union[SRTEName, _Mapping]] = ..., sr_priority: _Optional[_Union[SRTEPriority, _Mapping]] = ..., sr_enlp: _Optional[_Union[SRTEEnlp, _Mapping]] = ...) -> None: ...

class FlowspecRouteData(_message.Message):
    __slots__ = ("discard", "mark_dscp", "rate_limit_val", "redirect_inst_rt_comm", "sample")
    DISCARD_FIELD_NUMBER: _ClassVar[int]
    MARK_DSCP_FIELD_NUMBER: _ClassVar[int]
    RATE_LIMIT_VAL_FIELD_NUMBER: _ClassVar[int]
    REDIRECT_INST_RT_COMM_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_FIELD_NUMBER: _ClassVar[int]
    discard: bool
    mark_dscp: int
    rate_limit_val: int
    redirect_inst_rt_comm: str
    sample: bool
    def __init__(self, discard: bool = ..., mark_dscp: _Optional[int] = ..., rate_limit_val: _Optional[int] = ..., redirect_inst_rt_comm: _Optional[str] = ..., sample: bool = ...) -> None: ...

class AddressFamilySpecificData(_message.Message):
    __slots__ = ("srte_policy_data", "flowspec_data")
    SRTE_POLICY_DATA_FIELD_NUMBER: _ClassVar[int]
    FLOWSPEC_DATA_FIELD_NUMBER: _ClassVar[int]
    srte_policy_data: SRTERouteData
    flowspec_data: FlowspecRouteData
    def __init__(self, srte_policy_data: _Optional[_Union[SRTERouteData, _Mapping]] = ..., flowspec_data: _Optional[_Union[FlowspecRouteData, _Mapping]] = ...) -> None: ...

class FlowspecAddress(_message.Message):
    __slots__ = ("destination", "dest_prefix_len", "source", "source_prefix_len", "ip_protocols", "ports", "dest_ports", "src_ports", "icmp_types", "icmp_codes", "tcp_flags", "pkt_lengths", "dscps", "fragment")
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    DEST_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    IP_PROTOCOLS_FIELD_NUMBER: _ClassVar[int]
    PORTS_FIELD_NUMBER: _ClassVar[int]
    DEST_PORTS_FIELD_NUMBER: _ClassVar[int]
    SRC_PORTS_FIELD_NUMBER: _ClassVar[int]
    ICMP_TYPES_FIELD_NUMBER: _ClassVar[int]
    ICMP_CODES_FIELD_NUMBER: _ClassVar[int]
    TCP_FLAGS_FIELD_NUMBER: _ClassVar[int]
    PKT_LENGTHS_FIELD_NUMBER: _ClassVar[int]
    DSCPS_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_FIELD_NUMBER: _ClassVar[int]
    destination: _jnx_addr_pb2.IpAddress
    dest_prefix_len: int
    source: _jnx_addr_pb2.IpAddress
    source_prefix_len: int
    ip_protocols: _jnx_addr_pb2.NumericRangeList
    ports: _jnx_addr_pb2.NumericRangeList
    dest_ports: _jnx_addr_pb2.NumericRangeList
    src_ports: _jnx_addr_pb2.NumericRangeList
    icmp_types: _jnx_addr_pb2.NumericRangeList
    icmp_codes: _jnx_addr_pb2.NumericRangeList
    tcp_flags: _jnx_addr_pb2.TcpFlags
    pkt_lengths: _jnx_addr_pb2.NumericRangeList
    dscps: _jnx_addr_pb2.NumericRangeList
    fragment: _jnx_addr_pb2.IpFragementFlags
    def __init__(self, destination: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., dest_prefix_len: _Optional[int] = ..., source: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., source_prefix_len: _Optional[int] = ..., ip_protocols: _Optional[_Union[_jnx_addr_pb2.NumericRangeList, _Mapping]] = ..., ports: _Optional[_Union[_jnx_addr_pb2.NumericRangeList, _Mapping]] = ..., dest_ports: _Optional[_Union[_jnx_addr_pb2.NumericRangeList, _Mapping]] = ..., src_ports: _Optional[_Union[_jnx_addr_pb2.NumericRangeList, _Mapping]] = ..., icmp_types: _Optional[_Union[_jnx_addr_pb2.NumericRangeList, _Mapping]] = ..., icmp_codes: _Optional[_Union[_jnx_addr_pb2.NumericRangeList, _Mapping]] = ..., tcp_flags: _Optional[_Union[_jnx_addr_pb2.TcpFlags, str]] = ..., pkt_lengths: _Optional[_Union[_jnx_addr_pb2.NumericRangeList, _Mapping]] = ..., dscps: _Optional[_Union[_jnx_addr_pb2.NumericRangeList, _Mapping]] = ..., fragment: _Optional[_Union[_jnx_addr_pb2.IpFragementFlags, _Mapping]] = ...) -> None: ...

class RoutePrefix(_message.Message):
    __slots__ = ("inet", "inet6", "inetvpn", "inet6vpn", "labeled_inet", "labeled_inet6", "inet_srte_policy", "inet6_srte_policy", "inet_flowspec", "inet6_flowspec")
    INET_FIELD_NUMBER: _ClassVar[int]
    INET6_FIELD_NUMBER: _ClassVar[int]
    INETVPN_FIELD_NUMBER: _ClassVar[int]
    INET6VPN_FIELD_NUMBER: _ClassVar[int]
    LABELED_INET_FIELD_NUMBER: _ClassVar[int]
    LABELED_INET6_FIELD_NUMBER: _ClassVar[int]
    INET_SRTE_POLICY_FIELD_NUMBER: _ClassVar[int]
    INET6_SRTE_POLICY_FIELD_NUMBER: _ClassVar[int]
    INET_FLOWSPEC_FIELD_NUMBER: _ClassVar[int]
    INET6_FLOWSPEC_FIELD_NUMBER: _ClassVar[int]
    inet: _jnx_addr_pb2.IpAddress
    inet6: _jnx_addr_pb2.IpAddress
    inetvpn: L3vpnAddress
    inet6vpn: L3vpnAddress
    labeled_inet: _jnx_addr_pb2.IpAddress
    labeled_inet6: _jnx_addr_pb2.IpAddress
    inet_srte_policy: SRTEAddress
    inet6_srte_policy: SRTEAddress
    inet_flowspec: FlowspecAddress
    inet6_flowspec: FlowspecAddress
    def __init__(self, inet: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., inet6: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., inetvpn: _Optional[_Union[L3vpnAddress, _Mapping]] = ..., inet6vpn: _Optional[_Union[L3vpnAddress, _Mapping]] = ..., labeled_inet: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., labeled_inet6: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., inet_srte_policy: _Optional[_Union[SRTEAddress, _Mapping]] = ..., inet6_srte_policy: _Optional[_Union[SRTEAddress, _Mapping]] = ..., inet_flowspec: _Optional[_Union[FlowspecAddress, _Mapping]] = ..., inet6_flowspec: _Optional[_Union[FlowspecAddress, _Mapping]] = ...) -> None: ...

class NetworkAddress(_message.Message):
    __slots__ = ("inet", "inet6", "mpls")
    INET_FIELD_NUMBER: _ClassVar[int]
    INET6_FIELD_NUMBER: _ClassVar[int]
    MPLS_FIELD_NUMBER: _ClassVar[int]
    inet: _jnx_addr_pb2.IpAddress
    inet6: _jnx_addr_pb2.IpAddress
    mpls: MplsAddress
    def __init__(self, inet: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., inet6: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ..., mpls: _Optional[_Union[MplsAddress, _Mapping]] = ...) -> None: ...
