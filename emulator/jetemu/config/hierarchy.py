"""A compact schema table of common Junos hierarchies.

Text and set forms do not say which tokens are names of list entries and which are values; this
table does, for the hierarchies people configure most. Anything not in the table is still accepted
(see the fallbacks in :mod:`.paths`). Only the top level is closed: an unknown top-level statement is
a syntax error, as on Junos.

Kinds: ``container`` (also presence flags: an empty container), ``list`` (named entries; ``key`` is
the XML element holding the name), ``leaf``, ``leaflist``, ``flag`` (a presence statement).
Display hints: ``hidden`` (a container or entry whose children that are not keywords are entries of
that list, shown without keyword: ``interfaces { ge-0/0/0 {``), ``wrap`` (a list shown as one block
holding the names: ``name-server { 8.8.8.8; }``, ``groups { g1 { ... } }``), ``flat`` (a container
whose children are shown with its keyword in front: ``family inet {``), ``oneliner`` (an entry or
container with one simple child is shown on one line: ``route 0.0.0.0/0 next-hop 10.0.0.1;``).
"""

from __future__ import annotations


class S:
    __slots__ = ("kind", "children", "hidden", "key", "wrap", "flat", "oneliner")

    def __init__(
        self,
        kind: str,
        children: dict[str, S] | None = None,
        *,
        hidden: str | None = None,
        key: str = "name",
        wrap: bool = False,
        flat: bool = False,
        oneliner: bool = False,
    ) -> None:
        self.kind = kind
        self.children: dict[str, S] = children if children is not None else {}
        self.hidden = hidden
        self.key = key
        self.wrap = wrap
        self.flat = flat
        self.oneliner = oneliner

    def child(self, keyword: str) -> S | None:
        found = self.children.get(keyword)
        if found is None:
            return GLOBAL.get(keyword)
        return found


def c(children: dict[str, S] | None = None, **kw: bool | str) -> S:
    return S("container", children, **kw)  # type: ignore[arg-type]


def lst(children: dict[str, S] | None = None, **kw: bool | str) -> S:
    return S("list", children, **kw)  # type: ignore[arg-type]


def hidden(tag: str, entry: S, others: dict[str, S] | None = None, **kw: bool | str) -> S:
    """A container whose non-keyword children are entries of list ``tag``."""
    return S("container", {tag: entry, **(others or {})}, hidden=tag, **kw)  # type: ignore[arg-type]


LEAF = S("leaf")
LLIST = S("leaflist")
FLAG = S("flag")

# Statements valid at any level.
GLOBAL: dict[str, S] = {"apply-groups": LLIST, "apply-groups-except": LLIST}

# --- interfaces ------------------------------------------------------------------------------

_ADDRESS = lst(
    {
        "primary": FLAG,
        "preferred": FLAG,
        "destination": LEAF,
        "broadcast": LEAF,
        "vrrp-group": lst({"virtual-address": LLIST, "priority": LEAF, "preempt": FLAG}),
        "arp": lst({"mac": LEAF, "publish": FLAG}),
    }
)
_FILTER_REF = c({"input": LEAF, "output": LEAF, "input-list": LLIST, "output-list": LLIST, "group": LEAF})
_INET = c({"address": _ADDRESS, "filter": _FILTER_REF, "mtu": LEAF, "dhcp": c(), "sampling": c()})
_FAMILY_IF = c(
    {
        "inet": _INET,
        "inet6": c({"address": _ADDRESS, "filter": _FILTER_REF, "mtu": LEAF}),
        "iso": c({"address": lst()}),
        "mpls": c({"mtu": LEAF, "filter": _FILTER_REF}),
        "ethernet-switching": c(
            {
                "interface-mode": LEAF,
                "port-mode": LEAF,
                "vlan": c({"members": LLIST}),
                "native-vlan-id": LEAF,
                "filter": _FILTER_REF,
            }
        ),
        "bridge": c({"interface-mode": LEAF, "vlan-id": LEAF, "vlan-id-list": LLIST}),
        "vpls": c(),
        "ccc": c(),
    },
    flat=True,
)
_UNIT = lst(
    {
        "description": LEAF,
        "disable": FLAG,
        "vlan-id": LEAF,
        "vlan-id-list": LLIST,
        "vlan-tags": c({"outer": LEAF, "inner": LEAF}),
        "encapsulation": LEAF,
        "family": _FAMILY_IF,
        "mtu": LEAF,
    }
)
_IFACE_BODY: dict[str, S] = {
    "description": LEAF,
    "disable": FLAG,
    "mtu": LEAF,
    "speed": LEAF,
    "vlan-tagging": FLAG,
    "flexible-vlan-tagging": FLAG,
    "native-vlan-id": LEAF,
    "encapsulation": LEAF,
    "unit": _UNIT,
    "ether-options": c({"auto-negotiation": FLAG, "no-auto-negotiation": FLAG, "link-mode": LEAF}),
    "gigether-options": c({"auto-negotiation": FLAG, "no-auto-negotiation": FLAG}),
    "aggregated-ether-options": c(
        {"minimum-links": LEAF, "link-speed": LEAF, "lacp": c({"active": FLAG, "passive": FLAG, "periodic": LEAF})}
    ),
}
_INTERFACES = hidden(
    "interface",
    lst(_IFACE_BODY),
    {
        "interface-range": lst({"member": lst(), "member-range": lst({"to": LEAF}), **_IFACE_BODY}),
        "traceoptions": c({"file": c(), "flag": lst()}),
    },
)

# --- routing ------------------------------------------------------------------------------------

_ROUTE = lst(
    {
        "next-hop": LLIST,
        "qualified-next-hop": lst({"preference": LEAF, "metric": LEAF}),
        "discard": FLAG,
        "reject": FLAG,
        "receive": FLAG,
        "next-table": LEAF,
        "preference": LEAF,
        "metric": LEAF,
        "tag": LEAF,
        "community": LLIST,
        "no-readvertise": FLAG,
        "resolve": FLAG,
        "retain": FLAG,
        "install": FLAG,
        "active": FLAG,
        "passive": FLAG,
    },
    oneliner=True,
)
_STATIC = c({"route": _ROUTE, "defaults": c({"preference": LEAF})})
_ROUTING_OPTIONS_BODY: dict[str, S] = {
    "static": _STATIC,
    "rib": lst({"static": _STATIC, "aggregate": c({"route": lst()}), "generate": c({"route": lst()})}),
    "aggregate": c({"route": lst(oneliner=True)}),
    "generate": c({"route": lst(oneliner=True)}),
    "router-id": LEAF,
    "autonomous-system": LEAF,
    "forwarding-table": c({"export": LLIST}),
    "interface-routes": c({"rib-group": c()}),
    "rib-groups": lst({"import-rib": LLIST, "export-rib": LLIST, "import-policy": LLIST}),
    "instance-import": LLIST,
    "instance-export": LLIST,
}
_ROUTING_OPTIONS = c(_ROUTING_OPTIONS_BODY)

_BGP_PEER_BODY: dict[str, S] = {
    "description": LEAF,
    "type": LEAF,
    "local-address": LEAF,
    "local-as": LEAF,
    "peer-as": LEAF,
    "import": LLIST,
    "export": LLIST,
    "authentication-key": LEAF,
    "hold-time": LEAF,
    "multihop": c({"ttl": LEAF}),
    "family": c(
        {
            "inet": c({"unicast": c(), "flow": c(), "labeled-unicast": c()}),
            "inet6": c({"unicast": c(), "labeled-unicast": c()}),
            "inet-vpn": c({"unicast": c()}),
            "inet6-vpn": c({"unicast": c()}),
            "evpn": c({"signaling": c()}),
            "l2vpn": c({"signaling": c()}),
        },
        flat=True,
    ),
    "bfd-liveness-detection": c({"minimum-interval": LEAF, "multiplier": LEAF}),
    "cluster": LEAF,
    "multipath": c({"multiple-as": FLAG}),
    "passive": FLAG,
}
_BGP = c(
    {
        "group": lst({**_BGP_PEER_BODY, "neighbor": lst(_BGP_PEER_BODY), "allow": LLIST}),
        **_BGP_PEER_BODY,
    }
)
_OSPF_IF = lst(
    {
        "passive": FLAG,
        "metric": LEAF,
        "interface-type": LEAF,
        "priority": LEAF,
        "hello-interval": LEAF,
        "dead-interval": LEAF,
        "authentication": c(),
        "bfd-liveness-detection": c({"minimum-interval": LEAF, "multiplier": LEAF}),
        "disable": FLAG,
    }
)
_OSPF = c(
    {
        "area": lst({"interface": _OSPF_IF, "stub": c(), "nssa": c(), "area-range": lst()}),
        "export": LLIST,
        "import": LLIST,
        "reference-bandwidth": LEAF,
    }
)
_IF_LIST_PROTO = c({"interface": lst({"disable": FLAG})})
_PROTOCOLS_BODY: dict[str, S] = {
    "bgp": _BGP,
    "ospf": _OSPF,
    "ospf3": _OSPF,
    "isis": c({"interface": lst({"passive": FLAG, "point-to-point": FLAG, "level": lst()}), "level": lst()}),
    "mpls": c({"interface": lst({"disable": FLAG}), "label-switched-path": lst({"to": LEAF, "from": LEAF})}),
    "ldp": _IF_LIST_PROTO,
    "rsvp": _IF_LIST_PROTO,
    "lldp": c({"interface": lst({"disable": FLAG}), "port-id-subtype": LEAF}),
    "lldp-med": _IF_LIST_PROTO,
    "pim": c({"interface": lst({"mode": LEAF}), "rp": c()}),
    "igmp": _IF_LIST_PROTO,
    "igmp-snooping": c({"vlan": lst()}),
    "rstp": c({"interface": lst({"edge": FLAG, "disable": FLAG}), "bridge-priority": LEAF}),
    "mstp": c({"interface": lst({"edge": FLAG}), "msti": lst()}),
    "vstp": c({"vlan": lst(), "interface": lst()}),
    "router-advertisement": c({"interface": lst({"prefix": lst()})}),
    "bfd": c(),
    "evpn": c({"encapsulation": LEAF, "extended-vni-list": LLIST}),
    "l2circuit": c({"neighbor": lst({"interface": lst()})}),
    "vrrp": c(),
}
_PROTOCOLS = c(_PROTOCOLS_BODY)

# --- policy and firewall ------------------------------------------------------------------------

_POLICY_FROM = c(
    {
        "protocol": LLIST,
        "route-filter": lst(
            {
                "exact": FLAG,
                "longer": FLAG,
                "orlonger": FLAG,
                "upto": LEAF,
                "prefix-length-range": LEAF,
                "through": LEAF,
                "accept": FLAG,
                "reject": FLAG,
            },
            key="address",
            oneliner=True,
        ),
        "prefix-list": lst(),
        "prefix-list-filter": lst({"exact": FLAG, "longer": FLAG, "orlonger": FLAG}, oneliner=True),
        "community": LLIST,
        "neighbor": LLIST,
        "interface": LLIST,
        "as-path": LLIST,
        "tag": LEAF,
        "family": LEAF,
        "instance": LEAF,
        "rib": LLIST,
        "next-hop": LLIST,
        "policy": LLIST,
        "area": LEAF,
        "metric": LEAF,
        "local-preference": LEAF,
    },
    oneliner=True,
)
_POLICY_THEN = c(
    {
        "accept": FLAG,
        "reject": FLAG,
        "next": LEAF,
        "metric": LEAF,
        "local-preference": LEAF,
        "preference": LEAF,
        "tag": LEAF,
        "next-hop": LEAF,
        "origin": LEAF,
        "load-balance": LEAF,
        "as-path-prepend": LEAF,
        "community": c({"add": LLIST, "set": LLIST, "delete": LLIST}),
    },
    oneliner=True,
)
_POLICY_TERM_BODY: dict[str, S] = {"from": _POLICY_FROM, "to": _POLICY_FROM, "then": _POLICY_THEN}
_POLICY_OPTIONS = c(
    {
        "policy-statement": lst({"term": lst(_POLICY_TERM_BODY), **_POLICY_TERM_BODY}),
        "prefix-list": lst({"prefix-list-item": lst(), "apply-path": LEAF}, hidden="prefix-list-item"),
        "community": lst({"members": LLIST, "invert-match": FLAG}),
        "as-path": lst(),
        "as-path-group": lst(),
        "route-filter-list": lst(
            {"address": lst({"exact": FLAG, "orlonger": FLAG, "longer": FLAG, "upto": LEAF}, oneliner=True)},
            hidden="address",
        ),
        "condition": lst(),
    }
)
_ADDR_WITH_EXCEPT = lst({"except": FLAG}, wrap=True, oneliner=True)
_FW_FROM = c(
    {
        "source-address": _ADDR_WITH_EXCEPT,
        "destination-address": _ADDR_WITH_EXCEPT,
        "address": _ADDR_WITH_EXCEPT,
        "source-prefix-list": _ADDR_WITH_EXCEPT,
        "destination-prefix-list": _ADDR_WITH_EXCEPT,
        "prefix-list": _ADDR_WITH_EXCEPT,
        "protocol": LLIST,
        "protocol-except": LLIST,
        "next-header": LLIST,
        "port": LLIST,
        "source-port": LLIST,
        "destination-port": LLIST,
        "destination-port-except": LLIST,
        "icmp-type": LLIST,
        "icmp-code": LLIST,
        "tcp-flags": LEAF,
        "tcp-established": FLAG,
        "tcp-initial": FLAG,
        "dscp": LLIST,
        "forwarding-class": LLIST,
        "interface": LLIST,
        "packet-length": LLIST,
        "ttl": LLIST,
        "is-fragment": FLAG,
        "first-fragment": FLAG,
    },
    oneliner=True,
)
_FW_THEN = c(
    {
        "accept": FLAG,
        "discard": FLAG,
        "reject": FLAG,
        "count": LEAF,
        "log": FLAG,
        "syslog": FLAG,
        "policer": LEAF,
        "forwarding-class": LEAF,
        "loss-priority": LEAF,
        "next": LEAF,
        "routing-instance": LEAF,
        "sample": FLAG,
        "port-mirror": FLAG,
    },
    oneliner=True,
)
_FW_FILTER = lst(
    {
        "term": lst({"from": _FW_FROM, "then": _FW_THEN, "filter": LEAF}),
        "interface-specific": FLAG,
        "physical-interface-filter": FLAG,
    }
)
_FW_FAMILY_BODY = c({"filter": _FW_FILTER})
_FIREWALL = c(
    {
        "family": c(
            {
                "inet": _FW_FAMILY_BODY,
                "inet6": _FW_FAMILY_BODY,
                "ethernet-switching": _FW_FAMILY_BODY,
                "bridge": _FW_FAMILY_BODY,
                "mpls": _FW_FAMILY_BODY,
                "any": _FW_FAMILY_BODY,
                "vpls": _FW_FAMILY_BODY,
                "ccc": _FW_FAMILY_BODY,
            },
            flat=True,
        ),
        "filter": _FW_FILTER,
        "policer": lst(
            {
                "if-exceeding": c({"bandwidth-limit": LEAF, "burst-size-limit": LEAF, "bandwidth-percent": LEAF}),
                "then": c({"discard": FLAG, "forwarding-class": LEAF, "loss-priority": LEAF}, oneliner=True),
                "filter-specific": FLAG,
            }
        ),
        "three-color-policer": lst(),
    }
)

# --- system and the rest ------------------------------------------------------------------------

_SYSLOG_DEST = lst(
    {
        "contents": lst(oneliner=True),
        "archive": c({"size": LEAF, "files": LEAF, "world-readable": FLAG, "no-world-readable": FLAG}),
        "structured-data": c(),
        "match": LEAF,
        "match-strings": LLIST,
        "explicit-priority": FLAG,
        "port": LEAF,
        "source-address": LEAF,
        "facility-override": LEAF,
        "routing-instance": LEAF,
    },
    hidden="contents",
)
_SYSLOG = c(
    {
        "user": _SYSLOG_DEST,
        "file": _SYSLOG_DEST,
        "host": _SYSLOG_DEST,
        "console": c({"contents": lst(oneliner=True)}, hidden="contents"),
        "archive": c({"size": LEAF, "files": LEAF}),
        "time-format": c(),
        "source-address": LEAF,
    }
)
_SSH_KEYS: dict[str, S] = {"ssh-rsa": lst(), "ssh-ecdsa": lst(), "ssh-ed25519": lst(), "ssh-dsa": lst()}
_SYSTEM = c(
    {
        "host-name": LEAF,
        "domain-name": LEAF,
        "domain-search": LLIST,
        "time-zone": LEAF,
        "name-server": lst({"routing-instance": LEAF}, wrap=True, oneliner=True),
        "root-authentication": c({"encrypted-password": LEAF, "plain-text-password": FLAG, **_SSH_KEYS}),
        "login": c(
            {
                "user": lst(
                    {
                        "uid": LEAF,
                        "class": LEAF,
                        "full-name": LEAF,
                        "authentication": c({"encrypted-password": LEAF, "plain-text-password": FLAG, **_SSH_KEYS}),
                    }
                ),
                "class": lst(
                    {
                        "permissions": LLIST,
                        "allow-commands": LEAF,
                        "deny-commands": LEAF,
                        "idle-timeout": LEAF,
                        "login-alarms": FLAG,
                    }
                ),
                "message": LEAF,
                "announcement": LEAF,
            }
        ),
        "services": c(
            {
                "ssh": c(
                    {"root-login": LEAF, "protocol-version": LLIST, "port": LEAF, "max-sessions-per-connection": LEAF}
                ),
                "telnet": c(),
                "ftp": c(),
                "netconf": c({"ssh": c({"port": LEAF}), "rfc-compliant": FLAG}),
                "web-management": c({"http": c({"interface": LLIST}), "https": c({"interface": LLIST})}),
                "dhcp-local-server": c({"group": lst({"interface": lst()})}),
                "extension-service": c(
                    {
                        "request-response": c(
                            {
                                "grpc": c(
                                    {
                                        "clear-text": c({"address": LEAF, "port": LEAF}),
                                        "ssl": c(
                                            {
                                                "address": LEAF,
                                                "port": LEAF,
                                                "local-certificate": LEAF,
                                                "hot-reloading": FLAG,
                                                "use-pki": FLAG,
                                                "mutual-authentication": c(
                                                    {"certificate-authority": LEAF, "client-certificate-request": LEAF}
                                                ),
                                            }
                                        ),
                                        "max-connections": LEAF,
                                        "skip-authentication": FLAG,
                                        "routing-instance": LEAF,
                                    }
                                )
                            }
                        ),
                        "notification": c(
                            {"allow-clients": c({"address": LLIST}), "port": LEAF, "max-connections": LEAF}
                        ),
                    }
                ),
            }
        ),
        "syslog": _SYSLOG,
        "ntp": c({"server": lst({"prefer": FLAG, "version": LEAF, "key": LEAF}, oneliner=True), "boot-server": LEAF}),
        "scripts": c({"language": LEAF, "op": c({"file": lst()}), "commit": c({"file": lst()})}),
        "extensions": c(
            {
                "extension-service": c({"application": c({"file": lst({"arguments": LEAF, "daemonize": FLAG})})}),
                "providers": lst(),
            }
        ),
        "location": c({"building": LEAF, "floor": LEAF, "country-code": LEAF}),
        "radius-server": lst({"secret": LEAF, "port": LEAF, "source-address": LEAF}),
        "tacplus-server": lst({"secret": LEAF, "port": LEAF, "source-address": LEAF}),
        "authentication-order": LLIST,
        "archival": c(),
        "commit": c({"synchronize": FLAG}),
        "static-host-mapping": lst({"inet": LLIST, "inet6": LLIST}),
    }
)

_VLAN = lst(
    {
        "vlan-id": LEAF,
        "vlan-id-list": LLIST,
        "description": LEAF,
        "l3-interface": LEAF,
        "interface": lst(),
        "vxlan": c({"vni": LEAF}),
        "routing-interface": LEAF,
    }
)
_SNMP = c(
    {
        "community": lst(
            {"authorization": LEAF, "clients": lst({"restrict": FLAG}, wrap=True, oneliner=True), "view": LEAF}
        ),
        "location": LEAF,
        "contact": LEAF,
        "description": LEAF,
        "trap-group": lst({"targets": lst(wrap=True), "version": LEAF, "categories": c()}),
        "interface": LLIST,
        "view": lst({"oid": lst()}),
    }
)
_SECURITY_IF = lst(
    {
        "host-inbound-traffic": c(
            {"system-services": lst({"except": FLAG}, wrap=True), "protocols": lst({"except": FLAG}, wrap=True)}
        )
    },
    wrap=True,
)
_SECURITY = c(
    {
        "zones": c(
            {
                "security-zone": lst(
                    {
                        "interfaces": _SECURITY_IF,
                        "host-inbound-traffic": c(
                            {
                                "system-services": lst({"except": FLAG}, wrap=True),
                                "protocols": lst({"except": FLAG}, wrap=True),
                            }
                        ),
                        "address-book": c({"address": lst(), "address-set": lst()}),
                        "screen": LEAF,
                        "tcp-rst": FLAG,
                    }
                ),
                "functional-zone": c(),
            }
        ),
        "address-book": lst({"address": lst(), "address-set": lst({"address": lst()})}),
        "certificates": c({"local": lst({"load-key-file": LEAF})}),
        "pki": c({"ca-profile": lst({"ca-identity": LEAF})}),
        "nat": c(),
        "screen": c(),
        "ike": c({"proposal": lst(), "policy": lst(), "gateway": lst()}),
        "ipsec": c({"proposal": lst(), "policy": lst(), "vpn": lst()}),
    }
)
_COS = c(
    {
        "interfaces": hidden(
            "interface",
            lst({"unit": lst({"classifiers": c(), "rewrite-rules": c()}), "scheduler-map": LEAF}),
        ),
        "forwarding-classes": c({"class": lst({"queue-num": LEAF}), "queue": lst()}),
        "schedulers": lst({"transmit-rate": LEAF, "buffer-size": LEAF, "priority": LEAF}, wrap=True),
        "scheduler-maps": lst({"forwarding-class": lst({"scheduler": LEAF}, oneliner=True)}, wrap=True),
        "classifiers": c({"dscp": lst(), "ieee-802.1": lst(), "exp": lst()}),
        "rewrite-rules": c({"dscp": lst(), "ieee-802.1": lst(), "exp": lst()}),
    }
)
_INSTANCE = lst(
    {
        "instance-type": LEAF,
        "description": LEAF,
        "interface": lst(),
        "route-distinguisher": LEAF,
        "vrf-target": LEAF,
        "vrf-import": LLIST,
        "vrf-export": LLIST,
        "vrf-table-label": FLAG,
        "routing-options": _ROUTING_OPTIONS,
        "protocols": _PROTOCOLS,
        "vlans": c(),  # filled below
        "bridge-domains": c(),  # filled below
        "forwarding-options": c(),
    }
)
_VLANS = hidden("vlan", _VLAN)
_BRIDGE_DOMAINS = hidden(
    "domain", lst({"vlan-id": LEAF, "interface": lst(), "routing-interface": LEAF, "domain-type": LEAF})
)
_INSTANCE.children["vlans"] = _VLANS
_INSTANCE.children["bridge-domains"] = _BRIDGE_DOMAINS

_EVENT_OPTIONS = c(
    {
        "policy": lst(
            {
                "events": LLIST,
                "within": lst(),
                "attributes-match": c(),
                "then": c({"execute-commands": c(), "event-script": lst(), "raise-trap": FLAG, "ignore": FLAG}),
            }
        ),
        "generate-event": lst({"time-interval": LEAF, "time-of-day": LEAF}, oneliner=True),
        "event-script": c({"file": lst()}),
        "destinations": lst(),
    }
)

TOP_LEVEL: dict[str, S] = {
    "version": LEAF,
    "system": _SYSTEM,
    "chassis": c(
        {
            "aggregated-devices": c({"ethernet": c({"device-count": LEAF})}),
            "fpc": lst({"pic": lst({"port": lst({"speed": LEAF}), "tunnel-services": c()})}),
            "cluster": c(),
            "alarm": c(),
        }
    ),
    "services": c(),
    "security": _SECURITY,
    "interfaces": _INTERFACES,
    "snmp": _SNMP,
    "forwarding-options": c(),
    "event-options": _EVENT_OPTIONS,
    "routing-options": _ROUTING_OPTIONS,
    "protocols": _PROTOCOLS,
    "policy-options": _POLICY_OPTIONS,
    "class-of-service": _COS,
    "firewall": _FIREWALL,
    "routing-instances": hidden("instance", _INSTANCE),
    "applications": c(
        {
            "application": lst({"protocol": LEAF, "destination-port": LEAF, "source-port": LEAF}),
            "application-set": lst({"application": lst()}),
        }
    ),
    "vlans": _VLANS,
    "bridge-domains": _BRIDGE_DOMAINS,
    "access": c(),
    "poe": c({"interface": lst()}),
    "virtual-chassis": c({"member": lst({"role": LEAF, "serial-number": LEAF})}),
    "switch-options": c({"vtep-source-interface": LEAF, "route-distinguisher": LEAF, "vrf-target": LEAF}),
    "multi-chassis": c(),
    "ethernet-switching-options": c(),
    "schedulers": c(),
    "smtp": c(),
    "dynamic-profiles": c(),
    "jsrc": c(),
    "jsrc-partition": c(),
    "accounting-options": c(),
    "diameter": c(),
    "fabric": c(),
    "wlan": c(),
    "protocols-ext": c(),
    "access-profile": LEAF,
    "apply-groups": LLIST,
    "apply-groups-except": LLIST,
    "groups": lst(wrap=True),  # children filled below: a group holds any top-level statement
    "logical-systems": lst(wrap=True),
    "tenants": lst(wrap=True),
    "unified-edge": c(),
    "chassis-ext": c(),
}

ROOT = c(TOP_LEVEL)
_GROUP_BODY = {tag: sch for tag, sch in TOP_LEVEL.items() if tag not in ("version", "groups")}
TOP_LEVEL["groups"].children.update({**_GROUP_BODY, "when": c()})
TOP_LEVEL["logical-systems"].children.update(
    {
        tag: TOP_LEVEL[tag]
        for tag in (
            "interfaces",
            "routing-options",
            "protocols",
            "policy-options",
            "firewall",
            "routing-instances",
            "security",
            "system",
            "class-of-service",
            "bridge-domains",
            "vlans",
        )
    }
)
TOP_LEVEL["tenants"].children.update(
    {tag: TOP_LEVEL[tag] for tag in ("routing-instances", "security", "system", "interfaces", "firewall")}
)
