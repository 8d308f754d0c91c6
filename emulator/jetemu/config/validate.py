"""Commit check: every value against its type in Junos's schema, mandatory statements, references.

Each error is one block, as Junos prints them::

    [edit interfaces ge-0/0/0 unit 0 family inet]
      'address 10.0.0.300/24'
        invalid prefix: 10.0.0.300/24

(:class:`~.errors.ConfigValidationError` adds the final ``error: configuration check-out failed``).
Inactive statements and ``groups`` (which may hold wildcards; they are checked where they are
applied) are not checked, as on Junos.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

from .paths import quote
from .schema import SchemaNode
from .textfmt import entry_words, leaf_words
from .tree import EntryList, EntryName, Leaf, LeafList, Node

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


_V4_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
# Plain dotted quads (no leading zeros) with an optional plain prefix length: always valid IPv4.
_V4_PLAIN = re.compile(rf"{_V4_OCTET}(?:\.{_V4_OCTET}){{3}}(?:/(?:3[0-2]|[12]?[0-9]))?")
_V6_GROUP = re.compile(r"[0-9A-Fa-f]{1,4}")
_V6_PREFIX = re.compile(r"12[0-8]|1[01][0-9]|[1-9]?[0-9]")


def _plain_ipv6(text: str) -> bool:
    """True for the common IPv6 forms (hex groups, at most one ``::``, plain prefix length), which
    are always valid; False means "ask :mod:`ipaddress`" (embedded IPv4, scopes, odd forms, errors)."""
    addr, slash, length = text.partition("/")
    if slash and not _V6_PREFIX.fullmatch(length):
        return False
    head, gap, tail = addr.partition("::")
    if gap and "::" in tail:
        return False
    groups = (head.split(":") if head else []) + (tail.split(":") if tail else [])
    if len(groups) > 7 if gap else len(groups) != 8:
        return False
    match = _V6_GROUP.fullmatch
    return all(match(group) for group in groups)


def _prefix(text: str, family: str | None, *, host_ok: bool) -> bool:
    if "/" not in text and not host_ok:
        return False
    # An address with ':' can only be IPv6 and one without only IPv4: parse as that family only.
    if ":" in text:
        if family == "inet":
            return False
        if _plain_ipv6(text):
            return True
        parse: type[ipaddress.IPv6Address | ipaddress.IPv6Interface] = (
            ipaddress.IPv6Interface if "/" in text else ipaddress.IPv6Address
        )
    else:
        if family == "inet6":
            return False
        if _V4_PLAIN.fullmatch(text):
            return True
        parse = ipaddress.IPv4Interface if "/" in text else ipaddress.IPv4Address  # type: ignore[assignment]
    try:
        parse(text)
    except ValueError:
        return False
    return True


class _V:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, path: list[str], stmt: str, reason: str) -> None:
        header = "[edit" + "".join(" " + w for w in path) + "]"
        self.errors.append(f"{header}\n  '{stmt}'\n    {reason}")


def validate_node(root: Node, root_schema: SchemaNode) -> list[str]:
    v = _V()
    _walk(root, root_schema, [], v, top=True)
    _check_apply_groups(root, v)
    return v.errors


def _masked(text: str) -> bool:
    addr, slash, mask = text.partition("/")
    if not slash or mask.count(".") != 3:
        return False
    return _prefix(addr, "inet", host_ok=True) and _prefix(mask, "inet", host_ok=True)


def _walk(node: Node, sch: SchemaNode, path: list[str], v: _V, *, top: bool = False, ctx: tuple[str, ...] = ()) -> None:
    by_name = sch.by_name
    children = node.children
    for cs in sch.children:
        if cs.mandatory and cs.name not in children and cs.name not in sch.keys:
            v.err(path, sch.keyword(cs), "missing mandatory statement")
    for tag, item in children.items():
        if top and tag == "groups":
            continue
        found = by_name.get(tag)
        if found is None:  # pragma: no cover - trees are built through the schema
            v.err(path, tag, "syntax error")
            continue
        cs = found
        kind = type(item)
        here = (*ctx, tag)
        if kind is EntryList:
            assert isinstance(item, EntryList)
            rule = _entry_rule(here, path)
            for name, entry in item.entries.items():
                if entry.inactive:
                    continue
                words = entry_words(cs, name, sch, True)
                # the device's own check of these names first: its message is the more specific
                reason = rule(name) if rule is not None and isinstance(name, str) else None
                if reason is None:
                    reason = _check_keys(cs, name)
                if reason is not None:
                    v.err(path, words, reason)
                if entry.children:
                    _walk(entry, cs, [*path, words], v, ctx=here)
        elif kind is Node:
            assert isinstance(item, Node)
            if not item.inactive and item.children:
                _walk(item, cs, [*path, sch.keyword(cs)], v, ctx=here)
        elif not item.inactive:
            assert isinstance(item, Leaf | LeafList)
            typ = cs.type
            if typ is None:
                continue
            word = None if cs.nokeyword else sch.keyword(cs)
            for value in [item.value or ""] if isinstance(item, Leaf) else list(item.values):
                reason = typ.check(value)
                if reason is None and tag in _VALUE_TAGS:
                    reason = _value_rule(here, tag, value)
                if reason is not None:
                    v.err(path, leaf_words(word, Leaf(value), cs), reason)


def _check_keys(ls: SchemaNode, name: EntryName) -> str | None:
    values = name if isinstance(name, tuple) else (name,)
    for key, value in zip(ls.key_nodes, values, strict=False):
        if key.name in ("choice-ident", "choice-value"):
            continue
        typ = key.type
        if typ is not None:
            reason = typ.check(value)
            if reason is not None:
                return reason
    return None


def _family(ctx: tuple[str, ...]) -> str | None:
    for tag in reversed(ctx):
        if tag in ("inet", "inet6"):
            return tag
    return None


_Rule = Callable[[str], str | None]

# Leaf statements with a semantic check besides their type (see _value_rule)
_VALUE_TAGS = frozenset({"host-name", "next-hop", "vlan-id", "local-address", "router-id", "mtu", "peer-as"})


def _entry_rule(ctx: tuple[str, ...], frames: list[str]) -> _Rule | None:
    """The check of the names of the list at ``ctx`` (it ends with the list's tag), or None.

    Every entry of a list gets the same check, so it is chosen once per list; the rule returns
    the reason a name is refused, or None.
    """
    last = ctx[-1]
    if ctx[-2:] == ("interfaces", "interface"):
        return lambda name: None if is_interface_name(name) else f"invalid interface type in '{name}'"
    if last == "unit" and "interface" in ctx:
        return _unit_rule
    if last == "address" and "family" in ctx:
        fam = _family(ctx)
        if fam is None:
            return None
        kind = "IPv4" if fam == "inet" else "IPv6"
        return lambda name: (
            None
            if _prefix(name, fam, host_ok=True)
            else f"invalid prefix: {name} is not an {kind} address with a prefix length"
        )
    if last == "route" and "static" in ctx:
        rib = _rib_family(frames)
        return lambda name: None if _prefix(name, rib, host_ok=False) else f"invalid prefix: {name}"
    if last in ("route-filter", "prefix-list-item", "source-address", "destination-address") or (
        last == "address" and "from" in ctx
    ):
        # firewall filters also take address/mask with any (non-contiguous) mask
        return lambda name: None if _prefix(name, None, host_ok=True) or _masked(name) else f"invalid prefix: {name}"
    if last == "neighbor" and "bgp" in ctx:
        return lambda name: (
            None if _prefix(name, None, host_ok=True) and "/" not in name else f"invalid IP address: {name}"
        )
    if last == "qualified-next-hop":
        return lambda name: (
            None
            if (_prefix(name, None, host_ok=True) and "/" not in name) or is_interface_name(name, logical=True)
            else f"invalid next-hop: {name}"
        )
    if last == "interface" and len(ctx) >= 2 and ctx[-2] in ("instance", "vlan", "domain", "area"):
        # OSPF also names an interface by its address (``area 0 interface 10.0.0.1``)
        by_address = ctx[-2] == "area"
        return lambda name: (
            None
            if name == "all"
            or is_interface_name(name, logical=True)
            or (by_address and _prefix(name, None, host_ok=True) and "/" not in name)
            else f"invalid interface type in '{name}'"
        )
    return None


def _unit_rule(name: str) -> str | None:
    if not name.isdigit() or int(name) > _MAX_UNIT:
        return f"unit number '{name}' is not within range (0..{_MAX_UNIT})"
    return None


def _rib_family(path: list[str]) -> str | None:
    """The family of the table of ``rib NAME`` in ``path``: ``inet6.0``, ``vrf1.inet6.0``, ``:vxlan.inet.0``."""
    for words in path:
        if words.startswith("rib "):
            name = "." + words[4:].strip('"')
            return "inet6" if ".inet6." in name else "inet" if ".inet." in name else None
    return None


def _value_rule(ctx: tuple[str, ...], tag: str, value: str) -> str | None:
    reason: str | None = None
    if ctx == ("system", "host-name"):
        if not _HOSTNAME.match(value):
            reason = f"invalid host-name: {value!r} (letters, digits, '.', '-' and '_' only)"
    elif tag == "next-hop" and "static" in ctx:
        if not (_prefix(value, None, host_ok=True) and "/" not in value) and not is_interface_name(value, logical=True):
            reason = f"invalid next-hop: {value}"
    elif tag == "vlan-id" and ("vlan" in ctx or "unit" in ctx or "domain" in ctx):
        if value not in ("none", "all") and (not value.isdigit() or not 1 <= int(value) <= 4094):
            reason = f"vlan-id '{value}' is not within range (1..4094)"
    elif tag in ("local-address", "router-id"):
        if not _prefix(value, None, host_ok=True) or "/" in value:
            reason = f"invalid IP address: {value}"
    elif tag == "mtu" and "interface" in ctx:
        if not value.isdigit() or not 256 <= int(value) <= 16000:
            reason = f"mtu '{value}' is not within range (256..16000)"
    elif tag == "peer-as" or (tag == "autonomous-system" and "routing-options" in ctx):
        number = value.split(".")
        if not all(p.isdigit() for p in number) or len(number) > 2 or not 1 <= int(number[0]) <= 4294967295:
            reason = f"invalid AS number: {value}"
    return reason


def _check_apply_groups(root: Node, v: _V) -> None:
    applied = root.children.get("apply-groups")
    if not isinstance(applied, LeafList | Leaf) or applied.inactive:
        return
    groups = root.children.get("groups")
    known = set(groups.entries) if isinstance(groups, EntryList) else set()
    names = [applied.value or ""] if isinstance(applied, Leaf) else list(applied.values)
    for name in names:
        if name not in known and not name.startswith("$"):
            v.err([], f"apply-groups {quote(name)}", f"group '{name}' not found")
