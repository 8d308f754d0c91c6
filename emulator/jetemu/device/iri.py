"""The internal routing instance (IRI) of a Junos chassis: what tells a client which RE it is on.

Junos numbers its Routing Engines on a private network (``__juniper_private1__``): the master RE
answers on 128.0.0.1 (``master``) and on its slot's address (128.0.0.4 for ``re0``), which
``/etc/hosts.junos`` names (the device's files have it). PyEZ reads both (``file show
/etc/hosts.junos`` and ``show interfaces terse routing-instance __juniper_private1__``) to tell its
``current_re``; the emulated device, always its chassis' master ``re0``, shows the same.
"""

from __future__ import annotations

import ipaddress

from .tree import Node

PRIVATE_INSTANCE = "__juniper_private1__"
LOCAL_ADDRESSES = ("128.0.0.1/2", "128.0.0.4/2")  # master, re0 (named in /etc/hosts.junos)


def private_interfaces(terse: bool) -> list[Node]:
    """``em0`` with the RE's private addresses, as the private instance shows it."""
    ifd = Node("physical-interface")
    ifd.add("name", "em0")
    ifd.add("admin-status", "up")
    ifd.add("oper-status", "up")
    ifl = ifd.add("logical-interface")
    ifl.add("name", "em0.0")
    ifl.add("admin-status", "up")
    ifl.add("oper-status", "up")
    family = ifl.add("address-family")
    family.add("address-family-name", "inet")
    for address in LOCAL_ADDRESSES:
        entry = family.add("interface-address")
        entry.add("ifa-local", address)
        if not terse:
            entry.add("ifa-destination", str(ipaddress.ip_interface(address).network))
    return [ifd]
