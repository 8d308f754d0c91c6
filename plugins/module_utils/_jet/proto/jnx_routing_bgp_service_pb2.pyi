from google.protobuf import wrappers_pb2 as _wrappers_pb2
from . import jnx_common_addr_types_pb2 as _jnx_common_addr_types_pb2
from . import jnx_common_base_types_pb2 as _jnx_common_base_types_pb2
from . import jnx_routing_base_types_pb2 as _jnx_routing_base_types_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PeerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BGP_INTERNAL: _ClassVar[PeerType]
    BGP_EXTERNAL: _ClassVar[PeerType]
BGP_INTERNAL: PeerType
BGP_EXTERNAL: PeerType

class RpfSubtype(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EgressEndpoint(_message.Message):
    __slots__ = ("endpoint_address",)
    ENDPOINT_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    endpoint_address: _jnx_common_addr_types_pb2.IpAddress
    def __init__(self, endpoint_address: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ...) -> None: ...

class AnyEncapTunnel(_message.Message):
    __slots__ = ("egress_endpoint_type", "rpf_sub_type")
    EGRESS_ENDPOINT_TYPE_FIELD_NUMBER: _ClassVar[int]
    RPF_SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    egress_endpoint_type: EgressEndpoint
    rpf_sub_type: RpfSubtype
    def __init__(self, egress_endpoint_type: _Optional[_Union[EgressEndpoint, _Mapping]] = ..., rpf_sub_type: _Optional[_Union[RpfSubtype, _Mapping]] = ...) -> None: ...

class TunnelAttribute(_message.Message):
    __slots__ = ("any_encap_tunnel",)
    ANY_ENCAP_TUNNEL_FIELD_NUMBER: _ClassVar[int]
    any_encap_tunnel: AnyEncapTunnel
    def __init__(self, any_encap_tunnel: _Optional[_Union[AnyEncapTunnel, _Mapping]] = ...) -> None: ...

class TunnelEncapAttribute(_message.Message):
    __slots__ = ("tunnel_list",)
    TUNNEL_LIST_FIELD_NUMBER: _ClassVar[int]
    tunnel_list: _containers.RepeatedCompositeFieldContainer[TunnelAttribute]
    def __init__(self, tunnel_list: _Optional[_Iterable[_Union[TunnelAttribute, _Mapping]]] = ...) -> None: ...

class RouteFlags(_message.Message):
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

class RouteMatch(_message.Message):
    __slots__ = ("dest_prefix", "dest_prefix_len", "table", "protocol", "cookie", "communities")
    DEST_PREFIX_FIELD_NUMBER: _ClassVar[int]
    DEST_PREFIX_LEN_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    COOKIE_FIELD_NUMBER: _ClassVar[int]
    COMMUNITIES_FIELD_NUMBER: _ClassVar[int]
    dest_prefix: _jnx_routing_base_types_pb2.RoutePrefix
    dest_prefix_len: int
    table: _jnx_routing_base_types_pb2.RouteTable
    protocol: _jnx_routing_base_types_pb2.RouteProtoType
    cookie: int
    communities: _jnx_routing_base_types_pb2.Communities
    def __init__(self, dest_prefix: _Optional[_Union[_jnx_routing_base_types_pb2.RoutePrefix, _Mapping]] = ..., dest_prefix_len: _Optional[int] = ..., table: _Optional[_Union[_jnx_routing_base_types_pb2.RouteTable, _Mapping]] = ..., protocol: _Optional[_Union[_jnx_routing_base_types_pb2.RouteProtoType, str]] = ..., cookie: _Optional[int] = ..., communities: _Optional[_Union[_jnx_routing_base_types_pb2.Communities, _Mapping]] = ...) -> None: ...

class RouteEntry(_message.Message):
    __slots__ = ("key", "route_preference", "local_preference", "med", "aigp_distance", "label", "labels", "aspath", "originator_id", "cluster_list", "cluster_id", "protocol_nexthops", "route_type", "route_flags", "addr_family_data", "tunnel_attributes", "peer_address")
    KEY_FIELD_NUMBER: _ClassVar[int]
    ROUTE_PREFERENCE_FIELD_NUMBER: _ClassVar[int]
    LOCAL_PREFERENCE_FIELD_NUMBER: _ClassVar[int]
    MED_FIELD_NUMBER: _ClassVar[int]
    AIGP_DISTANCE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    ASPATH_FIELD_NUMBER: _ClassVar[int]
    ORIGINATOR_ID_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_LIST_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_NEXTHOPS_FIELD_NUMBER: _ClassVar[int]
    ROUTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ROUTE_FLAGS_FIELD_NUMBER: _ClassVar[int]
    ADDR_FAMILY_DATA_FIELD_NUMBER: _ClassVar[int]
    TUNNEL_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    PEER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    key: RouteMatch
    route_preference: _wrappers_pb2.UInt32Value
    local_preference: _wrappers_pb2.UInt32Value
    med: _wrappers_pb2.UInt32Value
    aigp_distance: _wrappers_pb2.UInt64Value
    label: int
    labels: _jnx_routing_base_types_pb2.LabelStack
    aspath: _jnx_routing_base_types_pb2.AsPath
    originator_id: _wrappers_pb2.UInt32Value
    cluster_list: _containers.RepeatedCompositeFieldContainer[_wrappers_pb2.UInt32Value]
    cluster_id: _wrappers_pb2.UInt32Value
    protocol_nexthops: _containers.RepeatedCompositeFieldContainer[_jnx_common_addr_types_pb2.IpAddress]
    route_type: PeerType
    route_flags: RouteFlags
    addr_family_data: _jnx_routing_base_types_pb2.AddressFamilySpecificData
    tunnel_attributes: TunnelEncapAttribute
    peer_address: _jnx_common_addr_types_pb2.IpAddress
    def __init__(self, key: _Optional[_Union[RouteMatch, _Mapping]] = ..., route_preference: _Optional[_Union[_wrappers_pb2.UInt32Value, _Mapping]] = ..., local_preference: _Optional[_Union[_wrappers_pb2.UInt32Value, _Mapping]] = ..., med: _Optional[_Union[_wrappers_pb2.UInt32Value, _Mapping]] = ..., aigp_distance: _Optional[_Union[_wrappers_pb2.UInt64Value, _Mapping]] = ..., label: _Optional[int] = ..., labels: _Optional[_Union[_jnx_routing_base_types_pb2.LabelStack, _Mapping]] = ..., aspath: _Optional[_Union[_jnx_routing_base_types_pb2.AsPath, _Mapping]] = ..., originator_id: _Optional[_Union[_wrappers_pb2.UInt32Value, _Mapping]] = ..., cluster_list: _Optional[_Iterable[_Union[_wrappers_pb2.UInt32Value, _Mapping]]] = ..., cluster_id: _Optional[_Union[_wrappers_pb2.UInt32Value, _Mapping]] = ..., protocol_nexthops: _Optional[_Iterable[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]]] = ..., route_type: _Optional[_Union[PeerType, str]] = ..., route_flags: _Optional[_Union[RouteFlags, _Mapping]] = ..., addr_family_data: _Optional[_Union[_jnx_routing_base_types_pb2.AddressFamilySpecificData, _Mapping]] = ..., tunnel_attributes: _Optional[_Union[TunnelEncapAttribute, _Mapping]] = ..., peer_address: _Optional[_Union[_jnx_common_addr_types_pb2.IpAddress, _Mapping]] = ...) -> None: ...

class RouteSubscribeEntry(_message.Message):
    __slots__ = ("operation", "route")
    class RouteSubscribeOper(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ROUTE_UPDATE: _ClassVar[RouteSubscribeEntry.RouteSubscribeOper]
        ROUTE_DELETE: _ClassVar[RouteSubscribeEntry.RouteSubscribeOper]
        END_OF_RIBS: _ClassVar[RouteSubscribeEntry.RouteSubscribeOper]
    ROUTE_UPDATE: RouteSubscribeEntry.RouteSubscribeOper
    ROUTE_DELETE: RouteSubscribeEntry.RouteSubscribeOper
    END_OF_RIBS: RouteSubscribeEntry.RouteSubscribeOper
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    ROUTE_FIELD_NUMBER: _ClassVar[int]
    operation: RouteSubscribeEntry.RouteSubscribeOper
    route: RouteEntry
    def __init__(self, operation: _Optional[_Union[RouteSubscribeEntry.RouteSubscribeOper, str]] = ..., route: _Optional[_Union[RouteEntry, _Mapping]] = ...) -> None: ...

class InitializeRequest(_message.Message):
    __slots__ = ("default_address_format", "default_table_format")
    DEFAULT_ADDRESS_FORMAT_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_TABLE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    default_address_format: _jnx_common_addr_types_pb2.AddressFormat
    default_table_format: _jnx_routing_base_types_pb2.RouteTableFormat
    def __init__(self, default_address_format: _Optional[_Union[_jnx_common_addr_types_pb2.AddressFormat, str]] = ..., default_table_format: _Optional[_Union[_jnx_routing_base_types_pb2.RouteTableFormat, str]] = ...) -> None: ...

class InitializeResponse(_message.Message):
    __slots__ = ("status", "sub_code", "num_client_routes")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[InitializeResponse.StatusCode]
        SUCCESS_STATE_REBOUND: _ClassVar[InitializeResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[InitializeResponse.StatusCode]
        ALREADY_INITIALIZED: _ClassVar[InitializeResponse.StatusCode]
        GATEWAY_INVALID: _ClassVar[InitializeResponse.StatusCode]
        CLEANUP_PENDING: _ClassVar[InitializeResponse.StatusCode]
        BGP_NOT_READY: _ClassVar[InitializeResponse.StatusCode]
    SUCCESS: InitializeResponse.StatusCode
    SUCCESS_STATE_REBOUND: InitializeResponse.StatusCode
    INTERNAL_ERROR: InitializeResponse.StatusCode
    ALREADY_INITIALIZED: InitializeResponse.StatusCode
    GATEWAY_INVALID: InitializeResponse.StatusCode
    CLEANUP_PENDING: InitializeResponse.StatusCode
    BGP_NOT_READY: InitializeResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    NUM_CLIENT_ROUTES_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: InitializeResponse.StatusCode
    num_client_routes: int
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[InitializeResponse.StatusCode, str]] = ..., num_client_routes: _Optional[int] = ...) -> None: ...

class CleanupRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CleanupResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[CleanupResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[CleanupResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[CleanupResponse.StatusCode]
    SUCCESS: CleanupResponse.StatusCode
    INTERNAL_ERROR: CleanupResponse.StatusCode
    NOT_INITIALIZED: CleanupResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: CleanupResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[CleanupResponse.StatusCode, str]] = ...) -> None: ...

class RouteUpdateRequest(_message.Message):
    __slots__ = ("routes",)
    ROUTES_FIELD_NUMBER: _ClassVar[int]
    routes: _containers.RepeatedCompositeFieldContainer[RouteEntry]
    def __init__(self, routes: _Optional[_Iterable[_Union[RouteEntry, _Mapping]]] = ...) -> None: ...

class RouteDeleteRequest(_message.Message):
    __slots__ = ("or_longer", "routes")
    OR_LONGER_FIELD_NUMBER: _ClassVar[int]
    ROUTES_FIELD_NUMBER: _ClassVar[int]
    or_longer: bool
    routes: _containers.RepeatedCompositeFieldContainer[RouteMatch]
    def __init__(self, or_longer: bool = ..., routes: _Optional[_Iterable[_Union[RouteMatch, _Mapping]]] = ...) -> None: ...

class RouteGetRequest(_message.Message):
    __slots__ = ("route", "or_longer", "active_only", "route_count")
    ROUTE_FIELD_NUMBER: _ClassVar[int]
    OR_LONGER_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_ONLY_FIELD_NUMBER: _ClassVar[int]
    ROUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    route: RouteMatch
    or_longer: bool
    active_only: bool
    route_count: int
    def __init__(self, route: _Optional[_Union[RouteMatch, _Mapping]] = ..., or_longer: bool = ..., active_only: bool = ..., route_count: _Optional[int] = ...) -> None: ...

class RouteOperResponse(_message.Message):
    __slots__ = ("status", "sub_code", "operations_completed")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[RouteOperResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[RouteOperResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[RouteOperResponse.StatusCode]
        NO_OP: _ClassVar[RouteOperResponse.StatusCode]
        TOO_MANY_OPS: _ClassVar[RouteOperResponse.StatusCode]
        TABLE_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        TABLE_NOT_READY: _ClassVar[RouteOperResponse.StatusCode]
        PREFIX_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        PREFIX_LEN_TOO_SHORT: _ClassVar[RouteOperResponse.StatusCode]
        PREFIX_LEN_TOO_LONG: _ClassVar[RouteOperResponse.StatusCode]
        GATEWAY_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        NEXTHOP_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        NEXTHOP_ADDRESS_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        NEXTHOP_ECMP_LIMIT: _ClassVar[RouteOperResponse.StatusCode]
        COMMUNITY_LIST_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        ASPATH_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        LABEL_INFO_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        ROUTE_EXISTS: _ClassVar[RouteOperResponse.StatusCode]
        ROUTE_NOT_FOUND: _ClassVar[RouteOperResponse.StatusCode]
        CLUSTER_LIST_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        PROTOCOL_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        ROUTE_ADD_FAILED: _ClassVar[RouteOperResponse.StatusCode]
        BGP_NOT_READY: _ClassVar[RouteOperResponse.StatusCode]
        REQUEST_NOT_DONE: _ClassVar[RouteOperResponse.StatusCode]
        REQUEST_UNSUPPORTED: _ClassVar[RouteOperResponse.StatusCode]
        PEER_TYPE_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        SEGMENT_LIST_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        SEGMENT_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        SEGMENT_LABEL_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        SEGMENT_ID_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        SEGMENT_LIST_COUNT_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        SEGMENT_COUNT_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        SRTE_ROUTE_DATA_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        FLOWSPEC_ADDR_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        FLOWSPEC_MTCH_FLDS_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        FLOWSPEC_ACTION_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        FLOWSPEC_STATIC_RT_EXISTS: _ClassVar[RouteOperResponse.StatusCode]
        SRTE_PRIORITY_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        TUNNEL_ATTR_LIST_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        TUNNEL_ATTR_EGRESS_ENDPOINT_NOT_IPV4: _ClassVar[RouteOperResponse.StatusCode]
        TUNNEL_ATTR_COLOR_COM_COLOR_MISMATCH: _ClassVar[RouteOperResponse.StatusCode]
        TUNNEL_ATTR_ENDPOINT_NH_MISMATCH: _ClassVar[RouteOperResponse.StatusCode]
        TUNNEL_ATTR_ANYENCAP_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        TUNNEL_ATTR_RPF_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        TUNNEL_ATTR_EGRESS_ENDPOINT_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        SRTE_ENLP_INVALID: _ClassVar[RouteOperResponse.StatusCode]
        MUTUALLY_EXCLUSIVE_RT_FLAGS_ARE_SET: _ClassVar[RouteOperResponse.StatusCode]
    SUCCESS: RouteOperResponse.StatusCode
    INTERNAL_ERROR: RouteOperResponse.StatusCode
    NOT_INITIALIZED: RouteOperResponse.StatusCode
    NO_OP: RouteOperResponse.StatusCode
    TOO_MANY_OPS: RouteOperResponse.StatusCode
    TABLE_INVALID: RouteOperResponse.StatusCode
    TABLE_NOT_READY: RouteOperResponse.StatusCode
    PREFIX_INVALID: RouteOperResponse.StatusCode
    PREFIX_LEN_TOO_SHORT: RouteOperResponse.StatusCode
    PREFIX_LEN_TOO_LONG: RouteOperResponse.StatusCode
    GATEWAY_INVALID: RouteOperResponse.StatusCode
    NEXTHOP_INVALID: RouteOperResponse.StatusCode
    NEXTHOP_ADDRESS_INVALID: RouteOperResponse.StatusCode
    NEXTHOP_ECMP_LIMIT: RouteOperResponse.StatusCode
    COMMUNITY_LIST_INVALID: RouteOperResponse.StatusCode
    ASPATH_INVALID: RouteOperResponse.StatusCode
    LABEL_INFO_INVALID: RouteOperResponse.StatusCode
    ROUTE_EXISTS: RouteOperResponse.StatusCode
    ROUTE_NOT_FOUND: RouteOperResponse.StatusCode
    CLUSTER_LIST_INVALID: RouteOperResponse.StatusCode
    PROTOCOL_INVALID: RouteOperResponse.StatusCode
    ROUTE_ADD_FAILED: RouteOperResponse.StatusCode
    BGP_NOT_READY: RouteOperResponse.StatusCode
    REQUEST_NOT_DONE: RouteOperResponse.StatusCode
    REQUEST_UNSUPPORTED: RouteOperResponse.StatusCode
    PEER_TYPE_INVALID: RouteOperResponse.StatusCode
    SEGMENT_LIST_INVALID: RouteOperResponse.StatusCode
    SEGMENT_INVALID: RouteOperResponse.StatusCode
    SEGMENT_LABEL_INVALID: RouteOperResponse.StatusCode
    SEGMENT_ID_INVALID: RouteOperResponse.StatusCode
    SEGMENT_LIST_COUNT_INVALID: RouteOperResponse.StatusCode
    SEGMENT_COUNT_INVALID: RouteOperResponse.StatusCode
    SRTE_ROUTE_DATA_INVALID: RouteOperResponse.StatusCode
    FLOWSPEC_ADDR_INVALID: RouteOperResponse.StatusCode
    FLOWSPEC_MTCH_FLDS_INVALID: RouteOperResponse.StatusCode
    FLOWSPEC_ACTION_INVALID: RouteOperResponse.StatusCode
    FLOWSPEC_STATIC_RT_EXISTS: RouteOperResponse.StatusCode
    SRTE_PRIORITY_INVALID: RouteOperResponse.StatusCode
    TUNNEL_ATTR_LIST_INVALID: RouteOperResponse.StatusCode
    TUNNEL_ATTR_EGRESS_ENDPOINT_NOT_IPV4: RouteOperResponse.StatusCode
    TUNNEL_ATTR_COLOR_COM_COLOR_MISMATCH: RouteOperResponse.StatusCode
    TUNNEL_ATTR_ENDPOINT_NH_MISMATCH: RouteOperResponse.StatusCode
    TUNNEL_ATTR_ANYENCAP_INVALID: RouteOperResponse.StatusCode
    TUNNEL_ATTR_RPF_INVALID: RouteOperResponse.StatusCode
    TUNNEL_ATTR_EGRESS_ENDPOINT_INVALID: RouteOperResponse.StatusCode
    SRTE_ENLP_INVALID: RouteOperResponse.StatusCode
    MUTUALLY_EXCLUSIVE_RT_FLAGS_ARE_SET: RouteOperResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    OPERATIONS_COMPLETED_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: RouteOperResponse.StatusCode
    operations_completed: int
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[RouteOperResponse.StatusCode, str]] = ..., operations_completed: _Optional[int] = ...) -> None: ...

class RouteGetResponse(_message.Message):
    __slots__ = ("status", "sub_code", "routes")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[RouteGetResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[RouteGetResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[RouteGetResponse.StatusCode]
        TABLE_INVALID: _ClassVar[RouteGetResponse.StatusCode]
        TABLE_NOT_READY: _ClassVar[RouteGetResponse.StatusCode]
        PREFIX_INVALID: _ClassVar[RouteGetResponse.StatusCode]
        PREFIX_LEN_TOO_SHORT: _ClassVar[RouteGetResponse.StatusCode]
        PREFIX_LEN_TOO_LONG: _ClassVar[RouteGetResponse.StatusCode]
        ROUTE_NOT_FOUND: _ClassVar[RouteGetResponse.StatusCode]
        PROTOCOL_INVALID: _ClassVar[RouteGetResponse.StatusCode]
        ROUTE_INVALID: _ClassVar[RouteGetResponse.StatusCode]
        REQUEST_UNSUPPORTED: _ClassVar[RouteGetResponse.StatusCode]
        TRY_AGAIN: _ClassVar[RouteGetResponse.StatusCode]
        ROUTE_COUNT_INVALID: _ClassVar[RouteGetResponse.StatusCode]
        COMMUNITY_LIST_INVALID: _ClassVar[RouteGetResponse.StatusCode]
        FLOWSPEC_ADDR_INVALID: _ClassVar[RouteGetResponse.StatusCode]
        FLOWSPEC_MTCH_FLDS_INVALID: _ClassVar[RouteGetResponse.StatusCode]
        FLOWSPEC_ACTION_INVALID: _ClassVar[RouteGetResponse.StatusCode]
    SUCCESS: RouteGetResponse.StatusCode
    INTERNAL_ERROR: RouteGetResponse.StatusCode
    NOT_INITIALIZED: RouteGetResponse.StatusCode
    TABLE_INVALID: RouteGetResponse.StatusCode
    TABLE_NOT_READY: RouteGetResponse.StatusCode
    PREFIX_INVALID: RouteGetResponse.StatusCode
    PREFIX_LEN_TOO_SHORT: RouteGetResponse.StatusCode
    PREFIX_LEN_TOO_LONG: RouteGetResponse.StatusCode
    ROUTE_NOT_FOUND: RouteGetResponse.StatusCode
    PROTOCOL_INVALID: RouteGetResponse.StatusCode
    ROUTE_INVALID: RouteGetResponse.StatusCode
    REQUEST_UNSUPPORTED: RouteGetResponse.StatusCode
    TRY_AGAIN: RouteGetResponse.StatusCode
    ROUTE_COUNT_INVALID: RouteGetResponse.StatusCode
    COMMUNITY_LIST_INVALID: RouteGetResponse.StatusCode
    FLOWSPEC_ADDR_INVALID: RouteGetResponse.StatusCode
    FLOWSPEC_MTCH_FLDS_INVALID: RouteGetResponse.StatusCode
    FLOWSPEC_ACTION_INVALID: RouteGetResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    ROUTES_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: RouteGetResponse.StatusCode
    routes: _containers.RepeatedCompositeFieldContainer[RouteEntry]
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[RouteGetResponse.StatusCode, str]] = ..., routes: _Optional[_Iterable[_Union[RouteEntry, _Mapping]]] = ...) -> None: ...

class RouteSubscribeRequest(_message.Message):
    __slots__ = ("route_count",)
    ROUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    route_count: int
    def __init__(self, route_count: _Optional[int] = ...) -> None: ...

class RouteSubscribeResponse(_message.Message):
    __slots__ = ("status", "sub_code", "subscribe_entries")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[RouteSubscribeResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[RouteSubscribeResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[RouteSubscribeResponse.StatusCode]
        REGISTRATIONS_EXCEEDED: _ClassVar[RouteSubscribeResponse.StatusCode]
        ALREADY_SUBSCRIBED: _ClassVar[RouteSubscribeResponse.StatusCode]
        ROUTE_COUNT_INVALID: _ClassVar[RouteSubscribeResponse.StatusCode]
        ADDRESS_FORMAT_INVALID: _ClassVar[RouteSubscribeResponse.StatusCode]
        TABLE_FORMAT_INVALID: _ClassVar[RouteSubscribeResponse.StatusCode]
    SUCCESS: RouteSubscribeResponse.StatusCode
    INTERNAL_ERROR: RouteSubscribeResponse.StatusCode
    NOT_INITIALIZED: RouteSubscribeResponse.StatusCode
    REGISTRATIONS_EXCEEDED: RouteSubscribeResponse.StatusCode
    ALREADY_SUBSCRIBED: RouteSubscribeResponse.StatusCode
    ROUTE_COUNT_INVALID: RouteSubscribeResponse.StatusCode
    ADDRESS_FORMAT_INVALID: RouteSubscribeResponse.StatusCode
    TABLE_FORMAT_INVALID: RouteSubscribeResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: RouteSubscribeResponse.StatusCode
    subscribe_entries: _containers.RepeatedCompositeFieldContainer[RouteSubscribeEntry]
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[RouteSubscribeResponse.StatusCode, str]] = ..., subscribe_entries: _Optional[_Iterable[_Union[RouteSubscribeEntry, _Mapping]]] = ...) -> None: ...

class RouteUnsubscribeRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RouteUnsubscribeResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[RouteUnsubscribeResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[RouteUnsubscribeResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[RouteUnsubscribeResponse.StatusCode]
        NOT_SUBSCRIBED: _ClassVar[RouteUnsubscribeResponse.StatusCode]
    SUCCESS: RouteUnsubscribeResponse.StatusCode
    INTERNAL_ERROR: RouteUnsubscribeResponse.StatusCode
    NOT_INITIALIZED: RouteUnsubscribeResponse.StatusCode
    NOT_SUBSCRIBED: RouteUnsubscribeResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: RouteUnsubscribeResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[RouteUnsubscribeResponse.StatusCode, str]] = ...) -> None: ...

class RouteRefreshRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RouteRefreshResponse(_message.Message):
    __slots__ = ("status", "sub_code")
    class StatusCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUCCESS: _ClassVar[RouteRefreshResponse.StatusCode]
        INTERNAL_ERROR: _ClassVar[RouteRefreshResponse.StatusCode]
        NOT_INITIALIZED: _ClassVar[RouteRefreshResponse.StatusCode]
        NOT_SUBSCRIBED: _ClassVar[RouteRefreshResponse.StatusCode]
    SUCCESS: RouteRefreshResponse.StatusCode
    INTERNAL_ERROR: RouteRefreshResponse.StatusCode
    NOT_INITIALIZED: RouteRefreshResponse.StatusCode
    NOT_SUBSCRIBED: RouteRefreshResponse.StatusCode
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_CODE_FIELD_NUMBER: _ClassVar[int]
    status: _jnx_common_base_types_pb2.RpcStatus
    sub_code: RouteRefreshResponse.StatusCode
    def __init__(self, status: _Optional[_Union[_jnx_common_base_types_pb2.RpcStatus, _Mapping]] = ..., sub_code: _Optional[_Union[RouteRefreshResponse.StatusCode, str]] = ...) -> None: ...
