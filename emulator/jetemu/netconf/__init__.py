"""NETCONF over SSH for emulated devices (RFC 6241/6242, Junos's flavour).

A device started with a NETCONF port serves NETCONF sessions next to JET, on the same device
object: one configuration database (locks and private candidates shared across both
protocols), the same op RPCs, the same errors. ``service`` starts the listeners, ``ssh`` is the
asyncssh glue, ``session`` the hello exchange and replies, ``operations`` what each RPC does,
``framing`` and ``errors`` the wire details.
"""

from .service import DEFAULT_NETCONF_PORT, NetconfService

__all__ = ["DEFAULT_NETCONF_PORT", "NetconfService"]
