from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AddressFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ADDRESS_STRING: _ClassVar[AddressFormat]
    ADDRESS_BYTES: _ClassVar[AddressFormat]

class AfType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AF_UNSPECIFIED: _ClassVar[AfType]
    AF_INET: _ClassVar[AfType]
    AF_INET6: _ClassVar[AfType]
    AF_MAC: _ClassVar[AfType]

class IpProtocols(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IPPROT_INVALID: _ClassVar[IpProtocols]
    IPPROT_ICMP: _ClassVar[IpProtocols]
    IPPROT_IGMP: _ClassVar[IpProtocols]
    IPPROT_IPIP: _ClassVar[IpProtocols]
    IPPROT_TCP: _ClassVar[IpProtocols]
    IPPROT_EGP: _ClassVar[IpProtocols]
    IPPROT_UDP: _ClassVar[IpProtocols]
    IPPROT_RSVP: _ClassVar[IpProtocols]
    IPPROT_GRE: _ClassVar[IpProtocols]
    IPPROT_ESP: _ClassVar[IpProtocols]
    IPPROT_AH: _ClassVar[IpProtocols]
    IPPROT_ICMP6: _ClassVar[IpProtocols]
    IPPROT_OSPF: _ClassVar[IpProtocols]
    IPPROT_PIM: _ClassVar[IpProtocols]
    IPPROT_SCTP: _ClassVar[IpProtocols]

class IpPorts(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IPPRT_INVALID: _ClassVar[IpPorts]
    IPPRT_FTP_DATA: _ClassVar[IpPorts]
    IPPRT_FTP: _ClassVar[IpPorts]
    IPPRT_SSH: _ClassVar[IpPorts]
    IPPRT_TELNET: _ClassVar[IpPorts]
    IPPRT_SMTP: _ClassVar[IpPorts]
    IPPRT_TACACS: _ClassVar[IpPorts]
    IPPRT_TACACS_DS: _ClassVar[IpPorts]
    IPPRT_DOMAIN: _ClassVar[IpPorts]
    IPPRT_DHCP: _ClassVar[IpPorts]
    IPPRT_BOOTPS: _ClassVar[IpPorts]
    IPPRT_BOOTPC: _ClassVar[IpPorts]
    IPPRT_TFTP: _ClassVar[IpPorts]
    IPPRT_FINGER: _ClassVar[IpPorts]
    IPPRT_HTTP: _ClassVar[IpPorts]
    IPPRT_KERBEROS_SEC: _ClassVar[IpPorts]
    IPPRT_POP3: _ClassVar[IpPorts]
    IPPRT_SUNRPC: _ClassVar[IpPorts]
    IPPRT_IDENT: _ClassVar[IpPorts]
    IPPRT_NNTP: _ClassVar[IpPorts]
    IPPRT_NTP: _ClassVar[IpPorts]
    IPPRT_NETBIOS_NS: _ClassVar[IpPorts]
    IPPRT_NETBIOS_DGM: _ClassVar[IpPorts]
    IPPRT_NETBIOS_SSN: _ClassVar[IpPorts]
    IPPRT_IMAP: _ClassVar[IpPorts]
    IPPRT_SNMP: _ClassVar[IpPorts]
    IPPRT_SNMPTRAP: _ClassVar[IpPorts]
    IPPRT_XDMCP: _ClassVar[IpPorts]
    IPPRT_BGP: _ClassVar[IpPorts]
    IPPRT_LDAP: _ClassVar[IpPorts]
    IPPRT_MOBILEIP_AGENT: _ClassVar[IpPorts]
    IPPRT_MOBILIP_MN: _ClassVar[IpPorts]
    IPPRT_MSDP: _ClassVar[IpPorts]
    IPPRT_HTTPS: _ClassVar[IpPorts]
    IPPRT_SNPP: _ClassVar[IpPorts]
    IPPRT_BIFF: _ClassVar[IpPorts]
    IPPRT_EXEC: _ClassVar[IpPorts]
    IPPRT_LOGIN: _ClassVar[IpPorts]
    IPPRT_WHO: _ClassVar[IpPorts]
    IPPRT_CMD: _ClassVar[IpPorts]
    IPPRT_SYSLOG: _ClassVar[IpPorts]
    IPPRT_PRINTER: _ClassVar[IpPorts]
    IPPRT_TALK: _ClassVar[IpPorts]
    IPPRT_NTALK: _ClassVar[IpPorts]
    IPPRT_RIP: _ClassVar[IpPorts]
    IPPRT_TIMED: _ClassVar[IpPorts]
    IPPRT_KLOGIN: _ClassVar[IpPorts]
    IPPRT_KSHELL: _ClassVar[IpPorts]
    IPPRT_LDP: _ClassVar[IpPorts]
    IPPRT_KRB_PROP: _ClassVar[IpPorts]
    IPPRT_KRBUPDATE: _ClassVar[IpPorts]
    IPPRT_KPASSWD: _ClassVar[IpPorts]
    IPPRT_SOCKS: _ClassVar[IpPorts]
    IPPRT_AFS: _ClassVar[IpPorts]
    IPPRT_PPTP: _ClassVar[IpPorts]
    IPPRT_RADIUS: _ClassVar[IpPorts]
    IPPRT_RADACCT: _ClassVar[IpPorts]
    IPPRT_ZEPHYR_SRV: _ClassVar[IpPorts]
    IPPRT_ZEPHYR_CLT: _ClassVar[IpPorts]
    IPPRT_ZEPHYR_HM: _ClassVar[IpPorts]
    IPPRT_NFSD: _ClassVar[IpPorts]
    IPPRT_EKLOGIN: _ClassVar[IpPorts]
    IPPRT_EKSHELL: _ClassVar[IpPorts]
    IPPRT_RKINIT: _ClassVar[IpPorts]
    IPPRT_CVSPSERVER: _ClassVar[IpPorts]

class IcmpType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ICMP_TYP_ECHO_REPLY: _ClassVar[IcmpType]
    ICMP_TYP_ECHO_REQUEST: _ClassVar[IcmpType]
    ICMP_TYP_UNREACHABLE: _ClassVar[IcmpType]
    ICMP_TYP_SOURCE_QUENCH: _ClassVar[IcmpType]
    ICMP_TYP_REDIRECT: _ClassVar[IcmpType]
    ICMP_TYP_ROUTER_ADVERTISEMENT: _ClassVar[IcmpType]
    ICMP_TYP_ROUTER_SOLICIT: _ClassVar[IcmpType]
    ICMP_TYP_TIME_EXCEEDED: _ClassVar[IcmpType]
    ICMP_TYP_PARAMETER_PROBLEM: _ClassVar[IcmpType]
    ICMP_TYP_TIMESTAMP: _ClassVar[IcmpType]
    ICMP_TYP_TIMESTAMP_REPLY: _ClassVar[IcmpType]
    ICMP_TYP_INFO_REQUEST: _ClassVar[IcmpType]
    ICMP_TYP_INFO_REPLY: _ClassVar[IcmpType]
    ICMP_TYP_MASK_REQUEST: _ClassVar[IcmpType]
    ICMP_TYP_MASK_REPLY: _ClassVar[IcmpType]

class IcmpCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ICMP_CODE_NETWORK_UNREACHABLE: _ClassVar[IcmpCode]
    ICMP_CODE_HOST_UNREACHABLE: _ClassVar[IcmpCode]
    ICMP_CODE_PROTOCOL_UNREACHABLE: _ClassVar[IcmpCode]
    ICMP_CODE_PORT_UNREACHABLE: _ClassVar[IcmpCode]
    ICMP_CODE_FRAGMENTATION_NEEDED: _ClassVar[IcmpCode]
    ICMP_CODE_SOURCE_ROUTE_FAILED: _ClassVar[IcmpCode]
    ICMP_CODE_DESTINATION_NETWORK_UNKNOWN: _ClassVar[IcmpCode]
    ICMP_CODE_DESTINATION_HOST_UNKNOWN: _ClassVar[IcmpCode]
    ICMP_CODE_SOURCE_HOST_ISOLATED: _ClassVar[IcmpCode]
    ICMP_CODE_DESTINATION_NETWORK_PROHIBITED: _ClassVar[IcmpCode]
    ICMP_CODE_DESTINATION_HOST_PROHIBITED: _ClassVar[IcmpCode]
    ICMP_CODE_NETWORK_UNREACHABLE_FOR_TOS: _ClassVar[IcmpCode]
    ICMP_CODE_HOST_UNREACHABLE_FOR_TOS: _ClassVar[IcmpCode]
    ICMP_CODE_COMMUNICATION_PROHIBITED_BY_FILTERING: _ClassVar[IcmpCode]
    ICMP_CODE_HOST_PRECEDENCE_VIOLATION: _ClassVar[IcmpCode]
    ICMP_CODE_PRECEDENCE_CUTOFF_IN_EFFECT: _ClassVar[IcmpCode]
    ICMP_CODE_REDIRECT_FOR_NETWORK: _ClassVar[IcmpCode]
    ICMP_CODE_REDIRECT_FOR_HOST: _ClassVar[IcmpCode]
    ICMP_CODE_REDIRECT_FOR_TOS_AND_NET: _ClassVar[IcmpCode]
    ICMP_CODE_REDIRECT_FOR_TOS_AND_HOST: _ClassVar[IcmpCode]
    ICMP_CODE_TTL_EQ_ZERO_DURING_TRANSIT: _ClassVar[IcmpCode]
    ICMP_CODE_TTL_EQ_ZERO_DURING_REASSEMBLY: _ClassVar[IcmpCode]
    ICMP_CODE_IP_HEADER_BAD: _ClassVar[IcmpCode]
    ICMP_CODE_REQUIRED_OPTION_MISSING: _ClassVar[IcmpCode]

class TcpFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TCP_FLG_INVALID: _ClassVar[TcpFlags]
    TCP_FLG_FIN: _ClassVar[TcpFlags]
    TCP_FLG_SYN: _ClassVar[TcpFlags]
    TCP_FLG_RST: _ClassVar[TcpFlags]
    TCP_FLG_PUSH: _ClassVar[TcpFlags]
    TCP_FLG_ACK: _ClassVar[TcpFlags]
    TCP_FLG_URGENT: _ClassVar[TcpFlags]

class IpFragment(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IP_FRAG_FLOW_DONT_FRAGMENT: _ClassVar[IpFragment]
    IP_FRAG_FLOW_IS_FRAGMENT: _ClassVar[IpFragment]
    IP_FRAG_FLOW_FIRST_FRAGMENT: _ClassVar[IpFragment]
    IP_FRAG_FLOW_LAST_FRAGMENT: _ClassVar[IpFragment]
    IP_FRAG_FLOW_IS_NOT_FRAGMENT: _ClassVar[IpFragment]
ADDRESS_STRING: AddressFormat
ADDRESS_BYTES: AddressFormat
AF_UNSPECIFIED: AfType
AF_INET: AfType
AF_INET6: AfType
AF_MAC: AfType
IPPROT_INVALID: IpProtocols
IPPROT_ICMP: IpProtocols
IPPROT_IGMP: IpProtocols
IPPROT_IPIP: IpProtocols
IPPROT_TCP: IpProtocols
IPPROT_EGP: IpProtocols
IPPROT_UDP: IpProtocols
IPPROT_RSVP: IpProtocols
IPPROT_GRE: IpProtocols
IPPROT_ESP: IpProtocols
IPPROT_AH: IpProtocols
IPPROT_ICMP6: IpProtocols
IPPROT_OSPF: IpProtocols
IPPROT_PIM: IpProtocols
IPPROT_SCTP: IpProtocols
IPPRT_INVALID: IpPorts
IPPRT_FTP_DATA: IpPorts
IPPRT_FTP: IpPorts
IPPRT_SSH: IpPorts
IPPRT_TELNET: IpPorts
IPPRT_SMTP: IpPorts
IPPRT_TACACS: IpPorts
IPPRT_TACACS_DS: IpPorts
IPPRT_DOMAIN: IpPorts
IPPRT_DHCP: IpPorts
IPPRT_BOOTPS: IpPorts
IPPRT_BOOTPC: IpPorts
IPPRT_TFTP: IpPorts
IPPRT_FINGER: IpPorts
IPPRT_HTTP: IpPorts
IPPRT_KERBEROS_SEC: IpPorts
IPPRT_POP3: IpPorts
IPPRT_SUNRPC: IpPorts
IPPRT_IDENT: IpPorts
IPPRT_NNTP: IpPorts
IPPRT_NTP: IpPorts
IPPRT_NETBIOS_NS: IpPorts
IPPRT_NETBIOS_DGM: IpPorts
IPPRT_NETBIOS_SSN: IpPorts
IPPRT_IMAP: IpPorts
IPPRT_SNMP: IpPorts
IPPRT_SNMPTRAP: IpPorts
IPPRT_XDMCP: IpPorts
IPPRT_BGP: IpPorts
IPPRT_LDAP: IpPorts
IPPRT_MOBILEIP_AGENT: IpPorts
IPPRT_MOBILIP_MN: IpPorts
IPPRT_MSDP: IpPorts
IPPRT_HTTPS: IpPorts
IPPRT_SNPP: IpPorts
IPPRT_BIFF: IpPorts
IPPRT_EXEC: IpPorts
IPPRT_LOGIN: IpPorts
IPPRT_WHO: IpPorts
IPPRT_CMD: IpPorts
IPPRT_SYSLOG: IpPorts
IPPRT_PRINTER: IpPorts
IPPRT_TALK: IpPorts
IPPRT_NTALK: IpPorts
IPPRT_RIP: IpPorts
IPPRT_TIMED: IpPorts
IPPRT_KLOGIN: IpPorts
IPPRT_KSHELL: IpPorts
IPPRT_LDP: IpPorts
IPPRT_KRB_PROP: IpPorts
IPPRT_KRBUPDATE: IpPorts
IPPRT_KPASSWD: IpPorts
IPPRT_SOCKS: IpPorts
IPPRT_AFS: IpPorts
IPPRT_PPTP: IpPorts
IPPRT_RADIUS: IpPorts
IPPRT_RADACCT: IpPorts
IPPRT_ZEPHYR_SRV: IpPorts
IPPRT_ZEPHYR_CLT: IpPorts
IPPRT_ZEPHYR_HM: IpPorts
IPPRT_NFSD: IpPorts
IPPRT_EKLOGIN: IpPorts
IPPRT_EKSHELL: IpPorts
IPPRT_RKINIT: IpPorts
IPPRT_CVSPSERVER: IpPorts
ICMP_TYP_ECHO_REPLY: IcmpType
ICMP_TYP_ECHO_REQUEST: IcmpType
ICMP_TYP_UNREACHABLE: IcmpType
ICMP_TYP_SOURCE_QUENCH: IcmpType
ICMP_TYP_REDIRECT: IcmpType
ICMP_TYP_ROUTER_ADVERTISEMENT: IcmpType
ICMP_TYP_ROUTER_SOLICIT: IcmpType
ICMP_TYP_TIME_EXCEEDED: IcmpType
ICMP_TYP_PARAMETER_PROBLEM: IcmpType
ICMP_TYP_TIMESTAMP: IcmpType
ICMP_TYP_TIMESTAMP_REPLY: IcmpType
ICMP_TYP_INFO_REQUEST: IcmpType
ICMP_TYP_INFO_REPLY: IcmpType
ICMP_TYP_MASK_REQUEST: IcmpType
ICMP_TYP_MASK_REPLY: IcmpType
ICMP_CODE_NETWORK_UNREACHABLE: IcmpCode
ICMP_CODE_HOST_UNREACHABLE: IcmpCode
ICMP_CODE_PROTOCOL_UNREACHABLE: IcmpCode
ICMP_CODE_PORT_UNREACHABLE: IcmpCode
ICMP_CODE_FRAGMENTATION_NEEDED: IcmpCode
ICMP_CODE_SOURCE_ROUTE_FAILED: IcmpCode
ICMP_CODE_DESTINATION_NETWORK_UNKNOWN: IcmpCode
ICMP_CODE_DESTINATION_HOST_UNKNOWN: IcmpCode
ICMP_CODE_SOURCE_HOST_ISOLATED: IcmpCode
ICMP_CODE_DESTINATION_NETWORK_PROHIBITED: IcmpCode
ICMP_CODE_DESTINATION_HOST_PROHIBITED: IcmpCode
ICMP_CODE_NETWORK_UNREACHABLE_FOR_TOS: IcmpCode
ICMP_CODE_HOST_UNREACHABLE_FOR_TOS: IcmpCode
ICMP_CODE_COMMUNICATION_PROHIBITED_BY_FILTERING: IcmpCode
ICMP_CODE_HOST_PRECEDENCE_VIOLATION: IcmpCode
ICMP_CODE_PRECEDENCE_CUTOFF_IN_EFFECT: IcmpCode
ICMP_CODE_REDIRECT_FOR_NETWORK: IcmpCode
ICMP_CODE_REDIRECT_FOR_HOST: IcmpCode
ICMP_CODE_REDIRECT_FOR_TOS_AND_NET: IcmpCode
ICMP_CODE_REDIRECT_FOR_TOS_AND_HOST: IcmpCode
ICMP_CODE_TTL_EQ_ZERO_DURING_TRANSIT: IcmpCode
ICMP_CODE_TTL_EQ_ZERO_DURING_REASSEMBLY: IcmpCode
ICMP_CODE_IP_HEADER_BAD: IcmpCode
ICMP_CODE_REQUIRED_OPTION_MISSING: IcmpCode
TCP_FLG_INVALID: TcpFlags
TCP_FLG_FIN: TcpFlags
TCP_FLG_SYN: TcpFlags
TCP_FLG_RST: TcpFlags
TCP_FLG_PUSH: TcpFlags
TCP_FLG_ACK: TcpFlags
TCP_FLG_URGENT: TcpFlags
IP_FRAG_FLOW_DONT_FRAGMENT: IpFragment
IP_FRAG_FLOW_IS_FRAGMENT: IpFragment
IP_FRAG_FLOW_FIRST_FRAGMENT: IpFragment
IP_FRAG_FLOW_LAST_FRAGMENT: IpFragment
IP_FRAG_FLOW_IS_NOT_FRAGMENT: IpFragment

class IpAddress(_message.Message):
    __slots__ = ("addr_string", "addr_bytes")
    ADDR_STRING_FIELD_NUMBER: _ClassVar[int]
    ADDR_BYTES_FIELD_NUMBER: _ClassVar[int]
    addr_string: str
    addr_bytes: bytes
    def __init__(self, addr_string: _Optional[str] = ..., addr_bytes: _Optional[bytes] = ...) -> None: ...

class MacAddress(_message.Message):
    __slots__ = ("addr_string", "addr_bytes")
    ADDR_STRING_FIELD_NUMBER: _ClassVar[int]
    ADDR_BYTES_FIELD_NUMBER: _ClassVar[int]
    addr_string: str
    addr_bytes: bytes
    def __init__(self, addr_string: _Optional[str] = ..., addr_bytes: _Optional[bytes] = ...) -> None: ...

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

class IpFragementFlags(_message.Message):
    __slots__ = ("not_match", "match", "dont_fragement", "is_a_fragement", "first_fragement", "last_fragement")
    NOT_MATCH_FIELD_NUMBER: _ClassVar[int]
    MATCH_FIELD_NUMBER: _ClassVar[int]
    DONT_FRAGEMENT_FIELD_NUMBER: _ClassVar[int]
    IS_A_FRAGEMENT_FIELD_NUMBER: _ClassVar[int]
    FIRST_FRAGEMENT_FIELD_NUMBER: _ClassVar[int]
    LAST_FRAGEMENT_FIELD_NUMBER: _ClassVar[int]
    not_match: bool
    match: bool
    dont_fragement: bool
    is_a_fragement: bool
    first_fragement: bool
    last_fragement: bool
    def __init__(self, not_match: bool = ..., match: bool = ..., dont_fragement: bool = ..., is_a_fragement: bool = ..., first_fragement: bool = ..., last_fragement: bool = ...) -> None: ...
