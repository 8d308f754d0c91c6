from . import flexible_tunnel_profile_pb2 as _flexible_tunnel_profile_pb2
from . import jnx_addr_pb2 as _jnx_addr_pb2
from . import prpd_common_pb2 as _prpd_common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WeightConstants(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WEIGHT_NONE: _ClassVar[WeightConstants]
    WEIGHT_PRIMARY: _ClassVar[WeightConstants]
    WEIGHT_BACKUP: _ClassVar[WeightConstants]

class RoutePreference(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RTPREF_DIRECT: _ClassVar[RoutePreference]
    RTPREF_STATIC: _ClassVar[RoutePreference]
    RTPREF_OSPF: _ClassVar[RoutePreference]
    RTPREF_LABELED_ISIS: _ClassVar[RoutePreference]
    RTPREF_ISIS_L1: _ClassVar[RoutePreference]
    RTPREF_ISIS_L2: _ClassVar[RoutePreference]
    RTPREF_RIP: _ClassVar[RoutePreference]
    RTPREF_RIPNG: _ClassVar[RoutePreference]
    RTPREF_IGMP: _ClassVar[RoutePreference]
    RTPREF_OSPF_ASE: _ClassVar[RoutePreference]
    RTPREF_BGP_EXT: _ClassVar[RoutePreference]

class StatsReportType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TELEMETRY: _ClassVar[StatsReportType]
    CLI: _ClassVar[StatsReportType]

class RouteMatchType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BEST: _ClassVar[RouteMatchType]
    EXACT: _ClassVar[RouteMatchType]
    EXACT_OR_LONGER: _ClassVar[RouteMatchType]

class RouteOperStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUCCESS: _ClassVar[RouteOperStatus]
    INTERNAL_ERROR: _ClassVar[RouteOperStatus]
    NOT_INITIALIZED: _ClassVar[RouteOperStatus]
    NO_OP: _ClassVar[RouteOperStatus]
    TOO_MANY_OPS: _ClassVar[RouteOperStatus]
    TABLE_INVALID: _ClassVar[RouteOperStatus]
    TABLE_NOT_READY: _ClassVar[RouteOperStatus]
    PREFIX_INVALID: _ClassVar[RouteOperStatus]
    PREFIX_LEN_TOO_SHORT: _ClassVar[RouteOperStatus]
    PREFIX_LEN_TOO_LONG: _ClassVar[RouteOperStatus]
    GATEWAY_INVALID: _ClassVar[RouteOperStatus]
    NEXTHOP_INVALID: _ClassVar[RouteOperStatus]
    NEXTHOP_ADDRESS_INVALID: _ClassVar[RouteOperStatus]
    NEXTHOP_LIMIT_EXCEED: _ClassVar[RouteOperStatus]
    ROUTE_EXISTS: _ClassVar[RouteOperStatus]
    ROUTE_NOT_FOUND: _ClassVar[RouteOperStatus]
    PROTOCOL_INVALID: _ClassVar[RouteOperStatus]
    ROUTE_ADD_FAILED: _ClassVar[RouteOperStatus]
    NOT_READY: _ClassVar[RouteOperStatus]
    TRY_AGAIN: _ClassVar[RouteOperStatus]
    ROUTE_COUNT_INVALID: _ClassVar[RouteOperStatus]
    REQUEST_UNSUPPORTED: _ClassVar[RouteOperStatus]
    REQUEST_INVALID: _ClassVar[RouteOperStatus]
    INTERFACE_INVALID: _ClassVar[RouteOperStatus]
    ROUTE_MONITOR_REGISTER_OPERATION_INVALID: _ClassVar[RouteOperStatus]
    ROUTE_MONITOR_REGISTER_ENOENT: _ClassVar[RouteOperStatus]
    ROUTE_MONITOR_REGISTER_POLICY_INVALID: _ClassVar[RouteOperStatus]
    ROUTE_MONITOR_REGISTER_REPLY_ROUTE_COUNT_INVALID: _ClassVar[RouteOperStatus]
    ROUTE_MONITOR_REGISTER_EXISTS: _ClassVar[RouteOperStatus]
    MPLS_LABEL_INVALID: _ClassVar[RouteOperStatus]
    MPLS_ACTION_INVALID: _ClassVar[RouteOperStatus]
    FLEXIBLE_TUNNEL_INVALID: _ClassVar[RouteOperStatus]
    BANDWIDTH_USAGE_INVALID: _ClassVar[RouteOperStatus]
    ROUTE_API_VERSION_MISMATCH: _ClassVar[RouteOperStatus]
    ROUTE_WITH_STATS_NOT_FOUND: _ClassVar[RouteOperStatus]

class RouteMonitorOp(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REGISTER_NONE: _ClassVar[RouteMonitorOp]
    REGISTER_ADD: _ClassVar[RouteMonitorOp]
    REGISTER_DELETE: _ClassVar[RouteMonitorOp]

class RouteMonitorRouteOp(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ROUTE_MONITOR_ROUTE_OP_NONE: _ClassVar[RouteMonitorRouteOp]
    ROUTE_MONITOR_ROUTE_OP_ADD: _ClassVar[RouteMonitorRouteOp]
    ROUTE_MONITOR_ROUTE_OP_MODIFY: _ClassVar[RouteMonitorRouteOp]
    ROUTE_MONITOR_ROUTE_OP_DELETE: _ClassVar[RouteMonitorRouteOp]
    ROUTE_MONITOR_ROUTE_OP_NO_ADVERTISE: _ClassVar[RouteMonitorRouteOp]
    ROUTE_MONITOR_ROUTE_OP_END_OF_TABLE: _ClassVar[RouteMonitorRouteOp]
WEIGHT_NONE: WeightConstants
WEIGHT_PRIMARY: WeightConstants
WEIGHT_BACKUP: WeightConstants
RTPREF_DIRECT: RoutePreference
RTPREF_STATIC: RoutePreference
RTPREF_OSPF: RoutePreference
RTPREF_LABELED_ISIS: RoutePreference
RTPREF_ISIS_L1: RoutePreference
RTPREF_ISIS_L2: RoutePreference
RTPREF_RIP: RoutePreference
RTPREF_RIPNG: RoutePreference
RTPREF_IGMP: RoutePreference
RTPREF_OSPF_ASE: RoutePreference
RTPREF_BGP_EXT: RoutePreference
TELEMETRY: StatsReportType
CLI: StatsReportType
BEST: RouteMatchType
EXACT: RouteMatchType
EXACT_OR_LONGER: RouteMatchType
SUCCESS: RouteOperStatus
INTERNAL_ERROR: RouteOperStatus
NOT_INITIALIZED: RouteOperStatus
NO_OP: RouteOperStatus
TOO_MANY_OPS: RouteOperStatus
TABLE_INVALID: RouteOperStatus
TABLE_NOT_READY: RouteOperStatus
PREFIX_INVALID: RouteOperStatus
PREFIX_LEN_TOO_SHORT: RouteOperStatus
PREFIX_LEN_TOO_LONG: RouteOperStatus
GATEWAY_INVALID: RouteOperStatus
NEXTHOP_INVALID: RouteOperStatus
NEXTHOP_ADDRESS_INVALID: RouteOperStatus
NEXTHOP_LIMIT_EXCEED: RouteOperStatus
ROUTE_EXISTS: RouteOperStatus
ROUTE_NOT_FOUND: RouteOperStatus
PROTOCOL_INVALID: RouteOperStatus
ROUTE_ADD_FAILED: RouteOperStatus
NOT_READY: RouteOperStatus
TRY_AGAIN: RouteOperStatus
ROUTE_COUNT_INVALID: RouteOperStatus
REQUEST_UNSUPPORTED: RouteOperStatus
REQUEST_INVALID: RouteOperStatus
INTERFACE_INVALID: RouteOperStatus
ROUTE_MONITOR_REGISTER_OPERATION_INVALID: RouteOperStatus
ROUTE_MONITOR_REGISTER_ENOENT: RouteOperStatus
ROUTE_MONITOR_REGISTER_POLICY_INVALID: RouteOperStatus
ROUTE_MONITOR_REGISTER_REPLY_ROUTE_COUNT_INVALID: RouteOperStatus
ROUTE_MONITOR_REGISTER_EXISTS: RouteOperStatus
MPLS_LABEL_INVALID: RouteOperStatus
MPLS_ACTION_INVALID: RouteOperStatus
FLEXIBLE_TUNNEL_INVALID: RouteOperStatus
BANDWIDTH_USAGE_INVALID: RouteOperStatus
ROUTE_API_VERSION_MISMATCH: RouteOperStatus
ROUTE_WITH_STATS_NOT_FOUND: RouteOperStatus
REGISTER_NONE: RouteMonitorOp
REGISTER_ADD: RouteMonitorOp
REGISTER_DELETE: RouteMonitorOp
ROUTE_MONITOR_ROUTE_OP_NONE: RouteMonitorRouteOp
ROUTE_MONITOR_ROUTE_OP_ADD: RouteMonitorRouteOp
ROUTE_MONITOR_ROUTE_OP_MODIFY: RouteMonitorRouteOp
ROUTE_MONITOR_ROUTE_OP_DELETE: RouteMonitorRouteOp
ROUTE_MONITOR_ROUTE_OP_NO_ADVERTISE: RouteMonitorRouteOp
ROUTE_MONITOR_ROUTE_OP_END_OF_TABLE: RouteMonitorRouteOp

class RouteAttributeUint32(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class RouteMatchFields(_message.Message):
    __slots__ = ("dest_prefix", "dest_prefix_len", "table", "cookie")
    DEST_PREFIX_FIELD_NUMBER: _ClassVar[int]
    DEST_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    COOKIE_FIELD_NUMBER: _ClassVar[int]
    dest_prefix: _prpd_common_pb2.NetworkAddress
    dest_prefix_len: int
    table: _prpd_common_pb2.RouteTable
    cookie: int
    def __init__(self, dest_prefix: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., dest_prefix_len: _Optional[int] = ..., table: _Optional[_Union[_prpd_common_pb2.RouteTable, _Mapping]] = ..., cookie: _Optional[int] = ...) -> None: ...

class RouteExtendedMatchFields(_message.Message):
    __slots__ = ("tags",)
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: RouteAttributeUint32
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[RouteAttributeUint32, _Mapping]] = ...) -> None: ...
    TAGS_FIELD_NUMBER: _ClassVar[int]
    tags: _containers.MessageMap[int, RouteAttributeUint32]
    def __init__(self, tags: _Optional[_Mapping[int, RouteAttributeUint32]] = ...) -> None: ...

class RouteGateway(_message.Message):
    __slots__ = ("gateway_address", "interface_name", "local_address", "label_stack", "flexible_tunnel_profile", "bandwidth", "weight", "table", "enable_stats")
    GATEWAY_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_NAME_FIELD_NUMBER: _ClassVar[int]
    LOCAL_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    LABEL_STACK_FIELD_NUMBER: _ClassVar[int]
    FLEXIBLE_TUNNEL_PROFILE_FIELD_NUMBER: _ClassVar[int]
    BANDWIDTH_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_STATS_FIELD_NUMBER: _ClassVar[int]
    gateway_address: _prpd_common_pb2.NetworkAddress
    interface_name: str
    local_address: _prpd_common_pb2.NetworkAddress
    label_stack: _prpd_common_pb2.LabelStack
    flexible_tunnel_profile: _flexible_tunnel_profile_pb2.FlexibleTunnelProfile
    bandwidth: float
    weight: int
    table: _prpd_common_pb2.RouteTable
    enable_stats: bool
    def __init__(self, gateway_address: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., interface_name: _Optional[str] = ..., local_address: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., label_stack: _Optional[_Union[_prpd_common_pb2.LabelStack, _Mapping]] = ..., flexible_tunnel_profile: _Optional[_Union[_flexible_tunnel_profile_pb2.FlexibleTunnelProfile, _Mapping]] = ..., bandwidth: _Optional[float] = ..., weight: _Optional[int] = ..., table: _Optional[_Union[_prpd_common_pb2.RouteTable, _Mapping]] = ..., enable_stats: bool = ...) -> None: ...

class RouteNexthop(_message.Message):
    __slots__ = ("gateways",)
    GATEWAYS_FIELD_NUMBER: _ClassVar[int]
    gateways: _containers.RepeatedCompositeFieldContainer[RouteGateway]
    def __init__(self, gateways: _Optional[_Iterable[_Union[RouteGateway, _Mapping]]] = ...) -> None: ...

class RouteAttributes(_message.Message):
    __slots__ = ("preferences", "tags", "colors", "no_advertise", "metrics")
    class PreferencesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: RouteAttributeUint32
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[RouteAttributeUint32, _Mapping]] = ...) -> None: ...
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: RouteAttributeUint32
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[RouteAttributeUint32, _Mapping]] = ...) -> None: ...
    class ColorsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: RouteAttributeUint32
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[RouteAttributeUint32, _Mapping]] = ...) -> None: ...
    class MetricsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: RouteAttributeUint32
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[RouteAttributeUint32, _Mapping]] = ...) -> None: ...
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    COLORS_FIELD_NUMBER: _ClassVar[int]
    NO_ADVERTISE_FIELD_NUMBER: _ClassVar[int]
    METRICS_FIELD_NUMBER: _ClassVar[int]
    preferences: _containers.MessageMap[int, RouteAttributeUint32]
    tags: _containers.MessageMap[int, RouteAttributeUint32]
    colors: _containers.MessageMap[int, RouteAttributeUint32]
    no_advertise: bool
    metrics: _containers.MessageMap[int, RouteAttributeUint32]
    def __init__(self, preferences: _Optional[_Mapping[int, RouteAttributeUint32]] = ..., tags: _Optional[_Mapping[int, RouteAttributeUint32]] = ..., colors: _Optional[_Mapping[int, RouteAttributeUint32]] = ..., no_advertise: bool = ..., metrics: _Optional[_Mapping[int, RouteAttributeUint32]] = ...) -> None: ...

class TrafficStats(_message.Message):
    __slots__ = ("packets_count", "bytes_count", "packets_per_second", "bytes_per_second")
    PACKETS_COUNT_FIELD_NUMBER: _ClassVar[int]
    BYTES_COUNT_FIELD_NUMBER: _ClassVar[int]
    PACKETS_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    BYTES_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    packets_count: int
    bytes_count: int
    packets_per_second: int
    bytes_per_second: int
    def __init__(self, packets_count: _Optional[int] = ..., bytes_count: _Optional[int] = ..., packets_per_second: _Optional[int] = ..., bytes_per_second: _Optional[int] = ...) -> None: ...

class RouteEntry(_message.Message):
    __slots__ = ("key", "nexthop", "protocol", "attributes", "enable_stats", "enable_bfd", "stats_type", "persist", "traffic_stats")
    KEY_FIELD_NUMBER: _ClassVar[int]
    NEXTHOP_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    ENABLE_STATS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_BFD_FIELD_NUMBER: _ClassVar[int]
    STATS_TYPE_FIELD_NUMBER: _ClassVar[int]
    PERSIST_FIELD_NUMBER: _ClassVar[int]
    TRAFFIC_STATS_FIELD_NUMBER: _ClassVar[int]
    key: RouteMatchFields
    nexthop: RouteNexthop
    protocol: _prpd_common_pb2.RouteProtoType
    attributes: RouteAttributes
    enable_stats: bool
    enable_bfd: bool
    stats_type: StatsReportType
    persist: bool
    traffic_stats: TrafficStats
    def __init__(self, key: _Optional[_Union[RouteMatchFields, _Mapping]] = ..., nexthop: _Optional[_Union[RouteNexthop, _Mapping]] = ..., protocol: _Optional[_Union[_prpd_common_pb2.RouteProtoType, str]] = ..., attributes: _Optional[_Union[RouteAttributes, _Mapping]] = ..., enable_stats: bool = ..., enable_bfd: bool = ..., stats_type: _Optional[_Union[StatsReportType, str]] = ..., persist: bool = ..., traffic_stats: _Optional[_Union[TrafficStats, _Mapping]] = ...) -> None: ...

class RouteGetStatsRequest(_message.Message):
    __slots__ = ("dest_prefix", "dest_prefix_len", "table", "route_count")
    DEST_PREFIX_FIELD_NUMBER: _ClassVar[int]
    DEST_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    ROUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    dest_prefix: _prpd_common_pb2.NetworkAddress
    dest_prefix_len: int
    table: _prpd_common_pb2.RouteTable
    route_count: int
    def __init__(self, dest_prefix: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., dest_prefix_len: _Optional[int] = ..., table: _Optional[_Union[_prpd_common_pb2.RouteTable, _Mapping]] = ..., route_count: _Optional[int] = ...) -> None: ...

class RouteUpdateRequest(_message.Message):
    __slots__ = ("routes",)
    ROUTES_FIELD_NUMBER: _ClassVar[int]
    routes: _containers.RepeatedCompositeFieldContainer[RouteEntry]
    def __init__(self, routes: _Optional[_Iterable[_Union[RouteEntry, _Mapping]]] = ...) -> None: ...

class RouteRemoveRequest(_message.Message):
    __slots__ = ("keys",)
    KEYS_FIELD_NUMBER: _ClassVar[int]
    keys: _containers.RepeatedCompositeFieldContainer[RouteMatchFields]
    def __init__(self, keys: _Optional[_Iterable[_Union[RouteMatchFields, _Mapping]]] = ...) -> None: ...

class RouteRemoveMatchingRequest(_message.Message):
    __slots__ = ("key", "extended_match", "match_type")
    KEY_FIELD_NUMBER: _ClassVar[int]
    EXTENDED_MATCH_FIELD_NUMBER: _ClassVar[int]
    MATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    key: RouteMatchFields
    extended_match: RouteExtendedMatchFields
    match_type: RouteMatchType
    def __init__(self, key: _Optional[_Union[RouteMatchFields, _Mapping]] = ..., extended_match: _Optional[_Union[RouteExtendedMatchFields, _Mapping]] = ..., match_type: _Optional[_Union[RouteMatchType, str]] = ...) -> None: ...

class RouteGetRequest(_message.Message):
    __slots__ = ("key", "match_type", "active_only", "reply_address_format", "reply_table_format", "route_count", "extended_match")
    KEY_FIELD_NUMBER: _ClassVar[int]
    MATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_ONLY_FIELD_NUMBER: _ClassVar[int]
    REPLY_ADDRESS_FORMAT_FIELD_NUMBER: _ClassVar[int]
    REPLY_TABLE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    ROUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXTENDED_MATCH_FIELD_NUMBER: _ClassVar[int]
    key: RouteMatchFields
    match_type: RouteMatchType
    active_only: bool
    reply_address_format: _jnx_addr_pb2.AddressFormat
    reply_table_format: _prpd_common_pb2.RouteTableFormat
    route_count: int
    extended_match: RouteExtendedMatchFields
    def __init__(self, key: _Optional[_Union[RouteMatchFields, _Mapping]] = ..., match_type: _Optional[_Union[RouteMatchType, str]] = ..., active_only: bool = ..., reply_address_format: _Optional[_Union[_jnx_addr_pb2.AddressFormat, str]] = ..., reply_table_format: _Optional[_Union[_prpd_common_pb2.RouteTableFormat, str]] = ..., route_count: _Optional[int] = ..., extended_match: _Optional[_Union[RouteExtendedMatchFields, _Mapping]] = ...) -> None: ...

class RouteOperReply(_message.Message):
    __slots__ = ("status", "operations_completed")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    status: RouteOperStatus
    operations_completed: int
    def __init__(self, status: _Optional[_Union[RouteOperStatus, str]] = ..., operations_completed: _Optional[int] = ...) -> None: ...

class RouteGetReply(_message.Message):
    __slots__ = ("status", "routes")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ROUTES_FIELD_NUMBER: _ClassVar[int]
    status: RouteOperStatus
    routes: _containers.RepeatedCompositeFieldContainer[RouteEntry]
    def __init__(self, status: _Optional[_Union[RouteOperStatus, str]] = ..., routes: _Optional[_Iterable[_Union[RouteEntry, _Mapping]]] = ...) -> None: ...

class RouteGetStatsReply(_message.Message):
    __slots__ = ("status", "routes")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ROUTES_FIELD_NUMBER: _ClassVar[int]
    status: RouteOperStatus
    routes: _containers.RepeatedCompositeFieldContainer[RouteEntryStats]
    def __init__(self, status: _Optional[_Union[RouteOperStatus, str]] = ..., routes: _Optional[_Iterable[_Union[RouteEntryStats, _Mapping]]] = ...) -> None: ...

class RouteEntryStats(_message.Message):
    __slots__ = ("dest_prefix", "dest_prefix_len", "table", "traffic_stats")
    DEST_PREFIX_FIELD_NUMBER: _ClassVar[int]
    DEST_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    TRAFFIC_STATS_FIELD_NUMBER: _ClassVar[int]
    dest_prefix: _prpd_common_pb2.NetworkAddress
    dest_prefix_len: int
    table: _prpd_common_pb2.RouteTable
    traffic_stats: TrafficStats
    def __init__(self, dest_prefix: _Optional[_Union[_prpd_common_pb2.NetworkAddress, _Mapping]] = ..., dest_prefix_len: _Optional[int] = ..., table: _Optional[_Union[_prpd_common_pb2.RouteTable, _Mapping]] = ..., traffic_stats: _Optional[_Union[TrafficStats, _Mapping]] = ...) -> None: ...

class RouteMonitorPolicy(_message.Message):
    __slots__ = ("rt_monitor_policy",)
    RT_MONITOR_POLICY_FIELD_NUMBER: _ClassVar[int]
    rt_monitor_policy: str
    def __init__(self, rt_monitor_policy: _Optional[str] = ...) -> None: ...

class RouteMonitorRegFlags(_message.Message):
    __slots__ = ("request_eor", "no_eor_to_client", "request_no_withdrawal", "request_from_eswd", "request_from_mcsnoopd", "request_from_vrrpd", "request_force_re_notif")
    REQUEST_EOR_FIELD_NUMBER: _ClassVar[int]
    NO_EOR_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_NO_WITHDRAWAL_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FROM_ESWD_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FROM_MCSNOOPD_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FROM_VRRPD_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FORCE_RE_NOTIF_FIELD_NUMBER: _ClassVar[int]
    request_eor: bool
    no_eor_to_client: bool
    request_no_withdrawal: bool
    request_from_eswd: bool
    request_from_mcsnoopd: bool
    request_from_vrrpd: bool
    request_force_re_notif: bool
    def __init__(self, request_eor: bool = ..., no_eor_to_client: bool = ..., request_no_withdrawal: bool = ..., request_from_eswd: bool = ..., request_from_mcsnoopd: bool = ..., request_from_vrrpd: bool = ..., request_force_re_notif: bool = ...) -> None: ...

class RouteMonitorRegRequest(_message.Message):
    __slots__ = ("rt_tbl_name", "monitor_op", "monitor_flag", "monitor_policy", "monitor_ctx", "monitor_reply_route_count")
    RT_TBL_NAME_FIELD_NUMBER: _ClassVar[int]
    MONITOR_OP_FIELD_NUMBER: _ClassVar[int]
    MONITOR_FLAG_FIELD_NUMBER: _ClassVar[int]
    MONITOR_POLICY_FIELD_NUMBER: _ClassVar[int]
    MONITOR_CTX_FIELD_NUMBER: _ClassVar[int]
    MONITOR_REPLY_ROUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    rt_tbl_name: _prpd_common_pb2.RouteTableName
    monitor_op: RouteMonitorOp
    monitor_flag: RouteMonitorRegFlags
    monitor_policy: RouteMonitorPolicy
    monitor_ctx: int
    monitor_reply_route_count: int
    def __init__(self, rt_tbl_name: _Optional[_Union[_prpd_common_pb2.RouteTableName, _Mapping]] = ..., monitor_op: _Optional[_Union[RouteMonitorOp, str]] = ..., monitor_flag: _Optional[_Union[RouteMonitorRegFlags, _Mapping]] = ..., monitor_policy: _Optional[_Union[RouteMonitorPolicy, _Mapping]] = ..., monitor_ctx: _Optional[int] = ..., monitor_reply_route_count: _Optional[int] = ...) -> None: ...

class RouteMonitorEntry(_message.Message):
    __slots__ = ("monitor_rt_op", "route")
    MONITOR_RT_OP_FIELD_NUMBER: _ClassVar[int]
    ROUTE_FIELD_NUMBER: _ClassVar[int]
    monitor_rt_op: RouteMonitorRouteOp
    route: RouteEntry
    def __init__(self, monitor_rt_op: _Optional[_Union[RouteMonitorRouteOp, str]] = ..., route: _Optional[_Union[RouteEntry, _Mapping]] = ...) -> None: ...

class RouteMonitorReply(_message.Message):
    __slots__ = ("status", "monitor_ctx", "rt_tbl_name", "monitor_routes")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MONITOR_CTX_FIELD_NUMBER: _ClassVar[int]
    RT_TBL_NAME_FIELD_NUMBER: _ClassVar[int]
    MONITOR_ROUTES_FIELD_NUMBER: _ClassVar[int]
    status: RouteOperStatus
    monitor_ctx: int
    rt_tbl_name: _prpd_common_pb2.RouteTableName
    monitor_routes: _containers.RepeatedCompositeFieldContainer[RouteMonitorEntry]
    def __init__(self, status: _Optional[_Union[RouteOperStatus, str]] = ..., monitor_ctx: _Optional[int] = ..., rt_tbl_name: _Optional[_Union[_prpd_common_pb2.RouteTableName, _Mapping]] = ..., monitor_routes: _Optional[_Iterable[_Union[RouteMonitorEntry, _Mapping]]] = ...) -> None: ...
