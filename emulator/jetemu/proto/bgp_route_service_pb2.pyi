from . import jnx_addr_pb2 as _jnx_addr_pb2
from . import prpd_common_pb2 as _prpd_common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RouteProtocol(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROTO_UNSPECIFIED: _ClassVar[RouteProtocol]
    PROTO_BGP: _ClassVar[RouteProtocol]
    PROTO_BGP_STATIC: _ClassVar[RouteProtocol]

class RouteOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UNSPECIFIED: _ClassVar[RouteOperation]
    NO_ADVERTISE: _ClassVar[RouteOperation]
    NO_EXPORT: _ClassVar[RouteOperation]
    USE_NH_REJECT: _ClassVar[RouteOperation]

class BgpPeerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BGP_INTERNAL: _ClassVar[BgpPeerType]
    BGP_EXTERNAL: _ClassVar[BgpPeerType]
PROTO_UNSPECIFIED: RouteProtocol
PROTO_BGP: RouteProtocol
PROTO_BGP_STATIC: RouteProtocol
UNSPECIFIED: RouteOperation
NO_ADVERTISE: RouteOperation
NO_EXPORT: RouteOperation
USE_NH_REJECT: RouteOperation
BGP_INTERNAL: BgpPeerType
BGP_EXTERNAL: BgpPeerType

class BgpRouteOperationFlags(_message.Message):
    __slots__ = ("no_advertise", "no_export", "use_nexthop_reject", "use_nexthop_fictitious")
    NO_ADVERTISE_FIELD_NUMBER: _ClassVar[int]
    NO_EXPORT_FIELD_NUMBER: _ClassVar[int]
    USE_NEXTHOP_REJECT_FIELD_NUMBER: _ClassVar[int]
    USE_NEXTHOP_FICTITIOUS_FIELD_NUMBER: _ClassVar[int]
    no_advertise: bool
    no_export: bool
    use_nexthop_reject: bool
    use_nexthop_fictitious: bool
    def __init__(self, no_advertise: bool = ..., no_export: bool = ..., use_nexthop_reject: bool = ..., use_nexthop_fictitious: bool = ...) -> None: ...

class BgpAttrib32(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class BgpAttrib64(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Community(_message.Message):
    __slots__ = ("community_string",)
    COMMUNITY_STRING_FIELD_NUMBER: _ClassVar[int]
    community_string: str
    def __init__(self, community_string: _Optional[str] = ...) -> None: ...

class CommunityList(_message.Message):
    __slots__ = ("com_list",)
    COM_LIST_FIELD_NUMBER: _ClassVar[int]
    com_list: _containers.RepeatedCompositeFieldContainer[Community]
    def __init__(self, com_list: _Optional[_Iterable[_Union[Community, _Mapping]]] = ...) -> None: ...

class AsPath(_message.Message):
    __slots__ = ("aspath_string",)
    ASPATH_STRING_FIELD_NUMBER: _ClassVar[int]
    aspath_string: str
    def __init__(self, aspath_string: _Optional[str] = ...) -> None: ...

class BgpRouteMatch(_message.Message):
    __slots__ = ("dest_prefix", "dest_prefix_len", "table", "protocol", "path_cookie", "communities")
    DEST_PREFIX_FIELD_NUMBER: _ClassVar[int]
    DEST_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    PATH_COOKIE_FIELD_NUMBER: _ClassVar[int]
    COMMUNITIES_FIELD_NUMBER: _ClassVar[int]
    dest_prefix: _prpd_common_pb2.RoutePrefix
    dest_prefix_len: int
    table: _prpd_common_pb2.RouteTable
    protocol: RouteProtocol
    path_cookie: int
    communities: CommunityList
    def __init__(self, dest_prefix: _Optional[_Union[_prpd_common_pb2.RoutePrefix, _Mapping]] = ..., dest_prefix_len: _Optional[int] = ..., table: _Optional[_Union[_prpd_common_pb2.RouteTable, _Mapping]] = ..., protocol: _Optional[_Union[RouteProtocol, str]] = ..., path_cookie: _Optional[int] = ..., communities: _Optional[_Union[CommunityList, _Mapping]] = ...) -> None: ...

class TunnelEncapAttribute(_message.Message):
    __slots__ = ("tunnel_list",)
    TUNNEL_LIST_FIELD_NUMBER: _ClassVar[int]
    tunnel_list: _containers.RepeatedCompositeFieldContainer[TunnelAttribute]
    def __init__(self, tunnel_list: _Optional[_Iterable[_Union[TunnelAttribute, _Mapping]]] = ...) -> None: ...

class TunnelAttribute(_message.Message):
    __slots__ = ("ipip_tunnel",)
    IPIP_TUNNEL_FIELD_NUMBER: _ClassVar[int]
    ipip_tunnel: IpIpTunnelAttributes
    def __init__(self, ipip_tunnel: _Optional[_Union[IpIpTunnelAttributes, _Mapping]] = ...) -> None: ...

class EgressEndpoint(_message.Message):
    __slots__ = ("egress_endpoint_address",)
    EGRESS_ENDPOINT_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    egress_endpoint_address: _jnx_addr_pb2.IpAddress
    def __init__(self, egress_endpoint_address: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ...) -> None: ...

class IpIpTunnelAttributes(_message.Message):
    __slots__ = ("egress_endpoint", "color")
    EGRESS_ENDPOINT_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    egress_endpoint: EgressEndpoint
    color: BgpAttrib32
    def __init__(self, egress_endpoint: _Optional[_Union[EgressEndpoint, _Mapping]] = ..., color: _Optional[_Union[BgpAttrib32, _Mapping]] = ...) -> None: ...

class BgpRouteEntry(_message.Message):
    __slots__ = ("dest_prefix", "dest_prefix_len", "table", "protocol", "path_cookie", "route_preference", "local_preference", "med", "aigp_distance", "vpn_label", "labels", "communities", "aspath", "originator_id", "cluster_list", "cluster_id", "route_oper_flag", "protocol_nexthops", "route_type", "route_flags", "route_data", "tunnel_attributes", "peer_address")
    DEST_PREFIX_FIELD_NUMBER: _ClassVar[int]
    DEST_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    PATH_COOKIE_FIELD_NUMBER: _ClassVar[int]
    ROUTE_PREFERENCE_FIELD_NUMBER: _ClassVar[int]
    LOCAL_PREFERENCE_FIELD_NUMBER: _ClassVar[int]
    MED_FIELD_NUMBER: _ClassVar[int]
    AIGP_DISTANCE_FIELD_NUMBER: _ClassVar[int]
    VPN_LABEL_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    COMMUNITIES_FIELD_NUMBER: _ClassVar[int]
    ASPATH_FIELD_NUMBER: _ClassVar[int]
    ORIGINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_LIST_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    ROUTE_OPER_FLAG_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_NEXTHOPS_FIELD_NUMBER: _ClassVar[int]
    ROUTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ROUTE_FLAGS_FIELD_NUMBER: _ClassVar[int]
    ROUTE_DATA_FIELD_NUMBER: _ClassVar[int]
    TUNNEL_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    PEER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    dest_prefix: _prpd_common_pb2.RoutePrefix
    dest_prefix_len: int
    table: _prpd_common_pb2.RouteTable
    protocol: RouteProtocol
    path_cookie: int
    route_preference: BgpAttrib32
    local_preference: BgpAttrib32
    med: BgpAttrib32
    aigp_distance: BgpAttrib64
    vpn_label: int
    labels: _prpd_common_pb2.LabelStack
    communities: CommunityList
    aspath: AsPath
    originator_id: BgpAttrib32
    cluster_list: _containers.RepeatedCompositeFieldContainer[BgpAttrib32]
    cluster_id: BgpAttrib32
    route_oper_flag: int
    protocol_nexthops: _containers.RepeatedCompositeFieldContainer[_jnx_addr_pb2.IpAddress]
    route_type: BgpPeerType
    route_flags: BgpRouteOperationFlags
    route_data: _prpd_common_pb2.AddressFamilySpecificData
    tunnel_attributes: TunnelEncapAttribute
    peer_address: _jnx_addr_pb2.IpAddress
    def __init__(self, dest_prefix: _Optional[_Union[_prpd_common_pb2.RoutePrefix, _Mapping]] = ..., dest_prefix_len: _Optional[int] = ..., table: _Optional[_Union[_prpd_common_pb2.RouteTable, _Mapping]] = ..., protocol: _Optional[_Union[RouteProtocol, str]] = ..., path_cookie: _Optional[int] = ..., route_preference: _Optional[_Union[BgpAttrib32, _Mapping]] = ..., local_preference: _Optional[_Union[BgpAttrib32, _Mapping]] = ..., med: _Optional[_Union[BgpAttrib32, _Mapping]] = ..., aigp_distance: _Optional[_Union[BgpAttrib64, _Mapping]] = ..., vpn_label: _Optional[int] = ..., labels: _Optional[_Union[_prpd_common_pb2.LabelStack, _Mapping]] = ..., communities: _Optional[_Union[CommunityList, _Mapping]] = ..., aspath: _Optional[_Union[AsPath, _Mapping]] = ..., originator_id: _Optional[_Union[BgpAttrib32, _Mapping]] = ..., cluster_list: _Optional[_Iterable[_Union[BgpAttrib32, _Mapping]]] = ..., cluster_id: _Optional[_Union[BgpAttrib32, _Mapping]] = ..., route_oper_flag: _Optional[int] = ..., protocol_nexthops: _Optional[_Iterable[_Union[_jnx_addr_pb2.IpAddress, _Mapping]]] = ..., route_type: _Optional[_Union[BgpPeerType, str]] = ..., route_flags: _Optional[_Union[BgpRouteOperationFlags, _Mapping]] = ..., route_data: _Optional[_Union[_prpd_common_pb2.AddressFamilySpecificData, _Mapping]] = ..., tunnel_attributes: _Optional[_Union[TunnelEncapAttribute, _Mapping]] = ..., peer_address: _Optional[_Union[_jnx_addr_pb2.IpAddress, _Mapping]] = ...) -> None: ...

class BgpRouteMonitorEntry(_message.Message):
    __slots__ = ("operation", "bgp_route")
    class BgpRouteMonitorOper(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ROUTE_UPDATE: _ClassVar[BgpRouteMonitorEntry.BgpRouteMonitorOper]
        ROUTE_REMOVE: _ClassVar[BgpRouteMonitorEntry.BgpRouteMonitorOper]
        END_OF_RIBS: _ClassVar[BgpRouteMonitorEntry.BgpRouteMonitorOper]
    ROUTE_UPDATE: BgpRouteMonitorEntry.BgpRouteMonitorOper
    ROUTE_REMOVE: BgpRouteMonitorEntry.BgpRouteMonitorOper
    END_OF_RIBS: BgpRouteMonitorEntry.BgpRouteMonitorOper
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    BGP_ROUTE_FIELD_NUMBER: _ClassVar[int]
    operation: BgpRouteMonitorEntry.BgpRouteMonitorOper
    bgp_route: BgpRouteEntry
    def __init__(self, operation: _Optional[_Union[BgpRouteMonitorEntry.BgpRouteMonitorOper, str]] = ..., bgp_route: _Optional[_Union[BgpRouteEntry, _Mapping]] = ...) -> None: ...

class BgpRouteInitializeRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BgpRouteInitializeReply(_message.Message):
    __slots__ = ("status", "gw_n_routes")
    class BgpRouteInitializeStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[BgpRouteInitializeReply.BgpRouteInitializeStatus]
        SUCCESS_STATE_REBOUND: _ClassVar[BgpRouteInitializeReply.BgpRouteInitializeStatus]
        INTERNAL_ERROR: _ClassVar[BgpRouteInitializeReply.BgpRouteInitializeStatus]
        ALREADY_INITIALIZED: _ClassVar[BgpRouteInitializeReply.BgpRouteInitializeStatus]
        GATEWAY_INVALID: _ClassVar[BgpRouteInitializeReply.BgpRouteInitializeStatus]
        CLEANUP_PENDING: _ClassVar[BgpRouteInitializeReply.BgpRouteInitializeStatus]
        BGP_NOT_READY: _ClassVar[BgpRouteInitializeReply.BgpRouteInitializeStatus]
    SUCCESS: BgpRouteInitializeReply.BgpRouteInitializeStatus
    SUCCESS_STATE_REBOUND: BgpRouteInitializeReply.BgpRouteInitializeStatus
    INTERNAL_ERROR: BgpRouteInitializeReply.BgpRouteInitializeStatus
    ALREADY_INITIALIZED: BgpRouteInitializeReply.BgpRouteInitializeStatus
    GATEWAY_INVALID: BgpRouteInitializeReply.BgpRouteInitializeStatus
    CLEANUP_PENDING: BgpRouteInitializeReply.BgpRouteInitializeStatus
    BGP_NOT_READY: BgpRouteInitializeReply.BgpRouteInitializeStatus
    STATUS_FIELD_NUMBER: _ClassVar[int]
    GW_N_ROUTES_FIELD_NUMBER: _ClassVar[int]
    status: BgpRouteInitializeReply.BgpRouteInitializeStatus
    gw_n_routes: int
    def __init__(self, status: _Optional[_Union[BgpRouteInitializeReply.BgpRouteInitializeStatus, str]] = ..., gw_n_routes: _Optional[int] = ...) -> None: ...

class BgpRouteCleanupRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BgpRouteCleanupReply(_message.Message):
    __slots__ = ("status",)
    class BgpRouteCleanupStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[BgpRouteCleanupReply.BgpRouteCleanupStatus]
        INTERNAL_ERROR: _ClassVar[BgpRouteCleanupReply.BgpRouteCleanupStatus]
        NOT_INITIALIZED: _ClassVar[BgpRouteCleanupReply.BgpRouteCleanupStatus]
    SUCCESS: BgpRouteCleanupReply.BgpRouteCleanupStatus
    INTERNAL_ERROR: BgpRouteCleanupReply.BgpRouteCleanupStatus
    NOT_INITIALIZED: BgpRouteCleanupReply.BgpRouteCleanupStatus
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: BgpRouteCleanupReply.BgpRouteCleanupStatus
    def __init__(self, status: _Optional[_Union[BgpRouteCleanupReply.BgpRouteCleanupStatus, str]] = ...) -> None: ...

class BgpRouteUpdateRequest(_message.Message):
    __slots__ = ("bgp_routes",)
    BGP_ROUTES_FIELD_NUMBER: _ClassVar[int]
    bgp_routes: _containers.RepeatedCompositeFieldContainer[BgpRouteEntry]
    def __init__(self, bgp_routes: _Optional[_Iterable[_Union[BgpRouteEntry, _Mapping]]] = ...) -> None: ...

class BgpRouteRemoveRequest(_message.Message):
    __slots__ = ("or_longer", "bgp_routes")
    OR_LONGER_FIELD_NUMBER: _ClassVar[int]
    BGP_ROUTES_FIELD_NUMBER: _ClassVar[int]
    or_longer: bool
    bgp_routes: _containers.RepeatedCompositeFieldContainer[BgpRouteMatch]
    def __init__(self, or_longer: bool = ..., bgp_routes: _Optional[_Iterable[_Union[BgpRouteMatch, _Mapping]]] = ...) -> None: ...

class BgpRouteGetRequest(_message.Message):
    __slots__ = ("bgp_route", "or_longer", "active_only", "reply_address_format", "reply_table_format", "route_count")
    BGP_ROUTE_FIELD_NUMBER: _ClassVar[int]
    OR_LONGER_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_ONLY_FIELD_NUMBER: _ClassVar[int]
    REPLY_ADDRESS_FORMAT_FIELD_NUMBER: _ClassVar[int]
    REPLY_TABLE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    ROUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    bgp_route: BgpRouteMatch
    or_longer: bool
    active_only: bool
    reply_address_format: _jnx_addr_pb2.AddressFormat
    reply_table_format: _prpd_common_pb2.RouteTableFormat
    route_count: int
    def __init__(self, bgp_route: _Optional[_Union[BgpRouteMatch, _Mapping]] = ..., or_longer: bool = ..., active_only: bool = ..., reply_address_format: _Optional[_Union[_jnx_addr_pb2.AddressFormat, str]] = ..., reply_table_format: _Optional[_Union[_prpd_common_pb2.RouteTableFormat, str]] = ..., route_count: _Optional[int] = ...) -> None: ...

class BgpRouteOperReply(_message.Message):
    __slots__ = ("status", "operations_completed")
    class BgpRouteOperStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        INTERNAL_ERROR: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        NOT_INITIALIZED: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        NO_OP: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        TOO_MANY_OPS: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        TABLE_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        TABLE_NOT_READY: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        PREFIX_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        PREFIX_LEN_TOO_SHORT: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        PREFIX_LEN_TOO_LONG: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        GATEWAY_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        NEXTHOP_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        NEXTHOP_ADDRESS_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        NEXTHOP_ECMP_LIMIT: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        COMMUNITY_LIST_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        ASPATH_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        LABEL_INFO_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        ROUTE_EXISTS: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        ROUTE_NOT_FOUND: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        CLUSTER_LIST_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        PROTOCOL_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        ROUTE_ADD_FAILED: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        BGP_NOT_READY: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        TRY_AGAIN: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        REQUEST_UNSUPPORTED: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        PEER_TYPE_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        SEGMENT_LIST_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        SEGMENT_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        SEGMENT_LABEL_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        SEGMENT_ID_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        SEGMENT_LIST_COUNT_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        SEGMENT_COUNT_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        SRTE_ROUTE_DATA_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        FLOWSPEC_ADDR_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        FLOWSPEC_MTCH_FLDS_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        FLOWSPEC_ACTION_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        FLOWSPEC_STATIC_RT_EXISTS: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        SRTE_PRIORITY_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        TUNNEL_ATTR_LIST_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        TUNNEL_ATTR_EGRESS_ENDPOINT_NOT_IPV4: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        TUNNEL_ATTR_COLOR_COM_COLOR_MISMATCH: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        TUNNEL_ATTR_ENDPOINT_NH_MISMATCH: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        SRTE_ENLP_INVALID: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
        MUTUALLY_EXCLUSIVE_RT_FLAGS_ARE_SET: _ClassVar[BgpRouteOperReply.BgpRouteOperStatus]
    SUCCESS: BgpRouteOperReply.BgpRouteOperStatus
    INTERNAL_ERROR: BgpRouteOperReply.BgpRouteOperStatus
    NOT_INITIALIZED: BgpRouteOperReply.BgpRouteOperStatus
    NO_OP: BgpRouteOperReply.BgpRouteOperStatus
    TOO_MANY_OPS: BgpRouteOperReply.BgpRouteOperStatus
    TABLE_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    TABLE_NOT_READY: BgpRouteOperReply.BgpRouteOperStatus
    PREFIX_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    PREFIX_LEN_TOO_SHORT: BgpRouteOperReply.BgpRouteOperStatus
    PREFIX_LEN_TOO_LONG: BgpRouteOperReply.BgpRouteOperStatus
    GATEWAY_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    NEXTHOP_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    NEXTHOP_ADDRESS_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    NEXTHOP_ECMP_LIMIT: BgpRouteOperReply.BgpRouteOperStatus
    COMMUNITY_LIST_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    ASPATH_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    LABEL_INFO_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    ROUTE_EXISTS: BgpRouteOperReply.BgpRouteOperStatus
    ROUTE_NOT_FOUND: BgpRouteOperReply.BgpRouteOperStatus
    CLUSTER_LIST_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    PROTOCOL_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    ROUTE_ADD_FAILED: BgpRouteOperReply.BgpRouteOperStatus
    BGP_NOT_READY: BgpRouteOperReply.BgpRouteOperStatus
    TRY_AGAIN: BgpRouteOperReply.BgpRouteOperStatus
    REQUEST_UNSUPPORTED: BgpRouteOperReply.BgpRouteOperStatus
    PEER_TYPE_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    SEGMENT_LIST_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    SEGMENT_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    SEGMENT_LABEL_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    SEGMENT_ID_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    SEGMENT_LIST_COUNT_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    SEGMENT_COUNT_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    SRTE_ROUTE_DATA_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    FLOWSPEC_ADDR_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    FLOWSPEC_MTCH_FLDS_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    FLOWSPEC_ACTION_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    FLOWSPEC_STATIC_RT_EXISTS: BgpRouteOperReply.BgpRouteOperStatus
    SRTE_PRIORITY_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    TUNNEL_ATTR_LIST_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    TUNNEL_ATTR_EGRESS_ENDPOINT_NOT_IPV4: BgpRouteOperReply.BgpRouteOperStatus
    TUNNEL_ATTR_COLOR_COM_COLOR_MISMATCH: BgpRouteOperReply.BgpRouteOperStatus
    TUNNEL_ATTR_ENDPOINT_NH_MISMATCH: BgpRouteOperReply.BgpRouteOperStatus
    SRTE_ENLP_INVALID: BgpRouteOperReply.BgpRouteOperStatus
    MUTUALLY_EXCLUSIVE_RT_FLAGS_ARE_SET: BgpRouteOperReply.BgpRouteOperStatus
    STATUS_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    status: BgpRouteOperReply.BgpRouteOperStatus
    operations_completed: int
    def __init__(self, status: _Optional[_Union[BgpRouteOperReply.BgpRouteOperStatus, str]] = ..., operations_completed: _Optional[int] = ...) -> None: ...

class BgpRouteGetReply(_message.Message):
    __slots__ = ("status", "bgp_routes")
    class BgpRouteGetStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        INTERNAL_ERROR: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        NOT_INITIALIZED: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        TABLE_INVALID: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        TABLE_NOT_READY: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        PREFIX_INVALID: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        PREFIX_LEN_TOO_SHORT: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        PREFIX_LEN_TOO_LONG: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        ROUTE_NOT_FOUND: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        PROTOCOL_INVALID: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        ROUTE_INVALID: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        REQUEST_UNSUPPORTED: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        TRY_AGAIN: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        ROUTE_COUNT_INVALID: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        COMMUNITY_LIST_INVALID: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        FLOWSPEC_ADDR_INVALID: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        FLOWSPEC_MTCH_FLDS_INVALID: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
        FLOWSPEC_ACTION_INVALID: _ClassVar[BgpRouteGetReply.BgpRouteGetStatus]
    SUCCESS: BgpRouteGetReply.BgpRouteGetStatus
    INTERNAL_ERROR: BgpRouteGetReply.BgpRouteGetStatus
    NOT_INITIALIZED: BgpRouteGetReply.BgpRouteGetStatus
    TABLE_INVALID: BgpRouteGetReply.BgpRouteGetStatus
    TABLE_NOT_READY: BgpRouteGetReply.BgpRouteGetStatus
    PREFIX_INVALID: BgpRouteGetReply.BgpRouteGetStatus
    PREFIX_LEN_TOO_SHORT: BgpRouteGetReply.BgpRouteGetStatus
    PREFIX_LEN_TOO_LONG: BgpRouteGetReply.BgpRouteGetStatus
    ROUTE_NOT_FOUND: BgpRouteGetReply.BgpRouteGetStatus
    PROTOCOL_INVALID: BgpRouteGetReply.BgpRouteGetStatus
    ROUTE_INVALID: BgpRouteGetReply.BgpRouteGetStatus
    REQUEST_UNSUPPORTED: BgpRouteGetReply.BgpRouteGetStatus
    TRY_AGAIN: BgpRouteGetReply.BgpRouteGetStatus
    ROUTE_COUNT_INVALID: BgpRouteGetReply.BgpRouteGetStatus
    COMMUNITY_LIST_INVALID: BgpRouteGetReply.BgpRouteGetStatus
    FLOWSPEC_ADDR_INVALID: BgpRouteGetReply.BgpRouteGetStatus
    FLOWSPEC_MTCH_FLDS_INVALID: BgpRouteGetReply.BgpRouteGetStatus
    FLOWSPEC_ACTION_INVALID: BgpRouteGetReply.BgpRouteGetStatus
    STATUS_FIELD_NUMBER: _ClassVar[int]
    BGP_ROUTES_FIELD_NUMBER: _ClassVar[int]
    status: BgpRouteGetReply.BgpRouteGetStatus
    bgp_routes: _containers.RepeatedCompositeFieldContainer[BgpRouteEntry]
    def __init__(self, status: _Optional[_Union[BgpRouteGetReply.BgpRouteGetStatus, str]] = ..., bgp_routes: _Optional[_Iterable[_Union[BgpRouteEntry, _Mapping]]] = ...) -> None: ...

class BgpRouteMonitorRegisterRequest(_message.Message):
    __slots__ = ("reply_address_format", "reply_table_format", "route_count")
    REPLY_ADDRESS_FORMAT_FIELD_NUMBER: _ClassVar[int]
    REPLY_TABLE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    ROUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    reply_address_format: _jnx_addr_pb2.AddressFormat
    reply_table_format: _prpd_common_pb2.RouteTableFormat
    route_count: int
    def __init__(self, reply_address_format: _Optional[_Union[_jnx_addr_pb2.AddressFormat, str]] = ..., reply_table_format: _Optional[_Union[_prpd_common_pb2.RouteTableFormat, str]] = ..., route_count: _Optional[int] = ...) -> None: ...

class BgpRouteMonitorRegisterReply(_message.Message):
    __slots__ = ("status", "monitor_entries")
    class BgpRouteMonitorRegisterStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus]
        INTERNAL_ERROR: _ClassVar[BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus]
        NOT_INITIALIZED: _ClassVar[BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus]
        REGISTRATIONS_EXCEEDED: _ClassVar[BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus]
        ALREADY_REGISTERED: _ClassVar[BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus]
        ROUTE_COUNT_INVALID: _ClassVar[BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus]
        ADDRESS_FORMAT_INVALID: _ClassVar[BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus]
        TABLE_FORMAT_INVALID: _ClassVar[BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus]
    SUCCESS: BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
    INTERNAL_ERROR: BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
    NOT_INITIALIZED: BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
    REGISTRATIONS_EXCEEDED: BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
    ALREADY_REGISTERED: BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
    ROUTE_COUNT_INVALID: BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
    ADDRESS_FORMAT_INVALID: BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
    TABLE_FORMAT_INVALID: BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MONITOR_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    status: BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus
    monitor_entries: _containers.RepeatedCompositeFieldContainer[BgpRouteMonitorEntry]
    def __init__(self, status: _Optional[_Union[BgpRouteMonitorRegisterReply.BgpRouteMonitorRegisterStatus, str]] = ..., monitor_entries: _Optional[_Iterable[_Union[BgpRouteMonitorEntry, _Mapping]]] = ...) -> None: ...

class BgpRouteMonitorUnregisterRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BgpRouteMonitorUnregisterReply(_message.Message):
    __slots__ = ("status",)
    class BgpRouteMonitorUnregisterStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus]
        INTERNAL_ERROR: _ClassVar[BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus]
        NOT_INITIALIZED: _ClassVar[BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus]
        NOT_REGISTERED: _ClassVar[BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus]
    SUCCESS: BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus
    INTERNAL_ERROR: BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus
    NOT_INITIALIZED: BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus
    NOT_REGISTERED: BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus
    def __init__(self, status: _Optional[_Union[BgpRouteMonitorUnregisterReply.BgpRouteMonitorUnregisterStatus, str]] = ...) -> None: ...

class BgpRouteMonitorRefreshRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BgpRouteMonitorRefreshReply(_message.Message):
    __slots__ = ("status",)
    class BgpRouteMonitorRefreshStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus]
        INTERNAL_ERROR: _ClassVar[BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus]
        NOT_INITIALIZED: _ClassVar[BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus]
        NOT_REGISTERED: _ClassVar[BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus]
    SUCCESS: BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus
    INTERNAL_ERROR: BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus
    NOT_INITIALIZED: BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus
    NOT_REGISTERED: BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus
    def __init__(self, status: _Optional[_Union[BgpRouteMonitorRefreshReply.BgpRouteMonitorRefreshStatus, str]] = ...) -> None: ...
