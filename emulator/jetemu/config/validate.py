"""Commit check: refuse obviously invalid values with Junos-like messages.

Each error is one block, as Junos prints them::

    [edit interfaces ge-0/0/0 unit 0 family inet]
      'address 10.0.0.300/24'
        invalid prefix: 10.0.0.300/24 is not an IPv4 address with a prefix length

(:class:`~.errors.ConfigValidationError` adds the final ``error: configuration check-out failed``).
Inactive statements and ``groups`` (which may hold wildcards) are not checked, as on Junos.
"""

from __future__ import annotations

import ipaddress
import re

from .paths import quote, quote_name
from .schema import ROOT, TOP_LEVEL, S
from .tree import EntryList, Leaf, LeafList, Node

_IFD_FPC = re.compile(
    r"^(ge|xe|et|fe|mge|xle|fte|so|at|t1|t3|e1|e3|ce1|ct1|ce3|ct3|gr|ip|lt|vt|mt|pe|pd|pfe|pfh|sp|ms|"
    r"rms|ams|lc|lsq|si|ut|cp|fc|ls|ve|xt|vc4|oc3|stm1|stm4|se|ds|sxe|vtep|mo|rlsq|bcm|ps)"
    r"-\d{1,3}/\d{1,3}/\d{1,3}(:\d{1,3})?$"
)
_IFD_NAMED = re.compile(
    r"^(ae\d{1,4}|reth\d{1,4}|as\d+|rlsq\d+|lsq\d*|ps\d+|pp\d+|st\d+|irb|vlan|lo\d+|em\d+|fxp\d+|me\d+|vme|"
    r"bme\d+|jsrv|dsc|gre|ipip|lsi|mtun|pimd|pime|tap|cbp\d+|pip\d+|rbeb|esi|fti\d+|vtep|demux\d+|fab\d+|"
    r"swfab\d+|vcp-\d+(/\d+)*|gr-\d+/\d+/\d+|ip-\d+/\d+/\d+|jsrv|pfh-\d+/\d+/\d+|eth\d+|fxp\d+)$"
)
_HOSTNAME = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]{0,254})$")
_MAX_UNIT = 1073741823


def is_interface_name(name: str, *, logical: bool = False) -> bool:
    """Junos physical (``ge-0/0/0``) or, with ``logical``, logical (``ge-0/0/0.0``) interface names."""
    base = name
    if logical and "." in name:
        base, _, unit = name.rpartition(".")
        if not unit.isdigit() or int(unit) > _MAX_UNIT:
            return False
    return bool(_IFD_FPC.match(base) or _IFD_NAMED.match(base))


def _prefix(text: str, family: str | None, *, host_ok: bool) -> bool:
    try:
        if "/" not in text:
            if not host_ok:
                return False
            addr = ipaddress.ip_address(text)
        else:
            addr = ipaddress.ip_interface(text)
    except ValueError:
        return False
    if family == "inet":
        return addr.version == 4
    if family == "inet6":
        return addr.version == 6
    return True


class _V:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, path: list[str], stmt: str, reason: str) -> None:
        header = "[edit" + "".join(" " + w for w in path) + "]"
        self.errors.append(f"{header}\n  '{stmt}'\n    {reason}")


def validate_node(root: Node) -> list[str]:
    v = _V()
    for tag in root.children:
        if tag not in TOP_LEVEL:
            v.err([], tag, "syntax error")
    _walk(root, ROOT, [], v, ())
    _check_apply_groups(root, v)
    return v.errors


def _walk(node: Node, sch: S | None, path: list[str], v: _V, ctx: tuple[str, ...]) -> None:
    """``ctx`` is the tag trail (hidden keywords included) used to recognise statements."""
    for tag, item in node.children.items():
        cs = sch.child(tag) if sch is not None else None
        here = (*ctx, tag)
        if tag == "groups" and not ctx:
            continue
        if isinstance(item, EntryList):
            hidden = sch is not None and sch.hidden == tag
            for name, entry in item.entries.items():
                if entry.inactive:
                    continue
                shown = quote_name(name, sch) if hidden else f"{tag} {quote(name)}"
                _check_entry(here, name, shown, path, v)
                words = [quote_name(name, sch)] if hidden else [tag, quote(name)]
                _walk(entry, cs, [*path, *words], v, here)
        elif isinstance(item, Node):
            if not item.inactive:
                _walk(item, cs, [*path, tag], v, here)
        elif not item.inactive:
            values = [item.value or ""] if isinstance(item, Leaf) else list(item.values)
            for value in values:
                _check_value(here, tag, value, path, v)


def _family(ctx: tuple[str, ...]) -> str | None:
    for tag in reversed(ctx):
        if tag in ("inet", "inet6"):
            return tag
    return None


def _check_entry(ctx: tuple[str, ...], name: str, shown: str, path: list[str], v: _V) -> None:
    tail = ctx[-2:] if len(ctx) >= 2 else ctx
    if tail == ("interfaces", "interface") and not is_interface_name(name):
        v.err(path, shown, f"invalid interface type in '{name}'")
    elif ctx[-1] == "unit" and "interface" in ctx:
        if not name.isdigit() or int(name) > _MAX_UNIT:
            v.err(path, shown, f"unit number '{name}' is not within range (0..{_MAX_UNIT})")
    elif ctx[-1] == "address" and "family" in ctx:
        fam = _family(ctx)
        if fam is not None and not _prefix(name, fam, host_ok=True):
            kind = "IPv4" if fam == "inet" else "IPv6"
            v.err(path, shown, f"invalid prefix: {name} is not an {kind} address with a prefix length")
    elif ctx[-1] == "route" and "static" in ctx:
        if not _prefix(name, _rib_family(path), host_ok=False):
            v.err(path, shown, f"invalid prefix: {name}")
    elif ctx[-1] in ("route-filter", "prefix-list-item", "source-address", "destination-address") or (
        ctx[-1] == "address" and "from" in ctx
    ):
        if not _prefix(name, None, host_ok=True):
            v.err(path, shown, f"invalid prefix: {name}")
    elif ctx[-1] == "neighbor" and "bgp" in ctx:
        if not _prefix(name, None, host_ok=True) or "/" in name:
            v.err(path, shown, f"invalid IP address: {name}")
    elif ctx[-1] == "qualified-next-hop":
        if not (_prefix(name, None, host_ok=True) and "/" not in name) and not is_interface_name(name, logical=True):
            v.err(path, shown, f"invalid next-hop: {name}")
    elif ctx[-1] == "interface" and len(ctx) >= 2 and ctx[-2] in ("instance", "vlan", "domain", "area"):
        if name != "all" and not is_interface_name(name, logical=True):
            v.err(path, shown, f"invalid interface type in '{name}'")


def _rib_family(path: list[str]) -> str | None:
    if "rib" in path:
        rib = path[path.index("rib") + 1] if path.index("rib") + 1 < len(path) else ""
        return "inet6" if rib.startswith("inet6") else "inet"
    return None


def _check_value(ctx: tuple[str, ...], tag: str, value: str, path: list[str], v: _V) -> None:
    stmt = f"{tag} {quote(value)}"
    if ctx == ("system", "host-name"):
        if not _HOSTNAME.match(value):
            v.err(path, stmt, f"invalid host-name: {value!r} (letters, digits, '.', '-' and '_' only)")
    elif tag == "next-hop" and "static" in ctx:
        if not (_prefix(value, None, host_ok=True) and "/" not in value) and not is_interface_name(value, logical=True):
            v.err(path, stmt, f"invalid next-hop: {value}")
    elif tag == "vlan-id" and ("vlan" in ctx or "unit" in ctx or "domain" in ctx):
        if value != "none" and (not value.isdigit() or not 1 <= int(value) <= 4094):
            v.err(path, stmt, f"vlan-id '{value}' is not within range (1..4094)")
    elif tag in ("local-address", "router-id"):
        if not _prefix(value, None, host_ok=True) or "/" in value:
            v.err(path, stmt, f"invalid IP address: {value}")
    elif tag == "mtu" and "interface" in ctx:
        if not value.isdigit() or not 256 <= int(value) <= 16000:
            v.err(path, stmt, f"mtu '{value}' is not within range (256..16000)")
    elif tag == "peer-as" or (tag == "autonomous-system" and "routing-options" in ctx):
        number = value.split(".")
        if not all(p.isdigit() for p in number) or len(number) > 2 or not 1 <= int(number[0]) <= 4294967295:
            v.err(path, stmt, f"invalid AS number: {value}")


def _check_apply_groups(root: Node, v: _V) -> None:
    applied = root.children.get("apply-groups")
    if not isinstance(applied, LeafList | Leaf) or applied.inactive:
        return
    groups = root.children.get("groups")
    known = set(groups.entries) if isinstance(groups, EntryList) else set()
    names = [applied.value or ""] if isinstance(applied, Leaf) else list(applied.values)
    for name in names:
        if name not in known:
            v.err([], f"apply-groups {quote(name)}", f"group '{name}' not found")
