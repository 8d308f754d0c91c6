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
from collections.abc import Callable

from .hierarchy import ROOT, TOP_LEVEL, S
from .paths import quote, quote_name
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


# The walk keeps two stacks instead of building a path per statement: ``ctx``, the tag trail
# (hidden keywords included) used to recognise statements, and ``frames``, from which the
# ``[edit ...]`` words are built only when an error is reported: a container's tag, or
# ``(tag, name, schema)`` for an entry (``schema`` set when the list keyword is hidden).
_Frame = str | tuple[str, str, S | None]

# Leaf statements with a value check (see _check_value); others are not looked at.
_VALUE_TAGS = frozenset(
    {"host-name", "next-hop", "vlan-id", "local-address", "router-id", "mtu", "peer-as", "autonomous-system"}
)


def _path(frames: list[_Frame]) -> list[str]:
    words: list[str] = []
    for frame in frames:
        if isinstance(frame, str):
            words.append(frame)
        else:
            tag, name, hidden = frame
            if hidden is not None:
                words.append(quote_name(name, hidden))
            else:
                words.append(tag)
                words.append(quote(name))
    return words


def validate_node(root: Node) -> list[str]:
    v = _V()
    for tag in root.children:
        if tag not in TOP_LEVEL:
            v.err([], tag, "syntax error")
    _walk(root, ROOT, [], [], v)
    _check_apply_groups(root, v)
    return v.errors


def _walk(node: Node, sch: S | None, frames: list[_Frame], ctx: list[str], v: _V) -> None:
    top = not ctx
    for tag, item in node.children.items():
        if top and tag == "groups":
            continue
        kind = type(item)
        if kind is EntryList:
            assert isinstance(item, EntryList)
            cs = sch.child(tag) if sch is not None else None
            hidden = sch if sch is not None and sch.hidden == tag else None
            ctx.append(tag)
            rule = _entry_rule(tuple(ctx), frames)
            for name, entry in item.entries.items():
                if entry.inactive:
                    continue
                if rule is not None:
                    reason = rule(name)
                    if reason is not None:
                        shown = quote_name(name, hidden) if hidden is not None else f"{tag} {quote(name)}"
                        v.err(_path(frames), shown, reason)
                if entry.children:
                    frames.append((tag, name, hidden))
                    _walk(entry, cs, frames, ctx, v)
                    frames.pop()
            ctx.pop()
        elif kind is Node:
            assert isinstance(item, Node)
            if not item.inactive and item.children:
                ctx.append(tag)
                frames.append(tag)
                _walk(item, sch.child(tag) if sch is not None else None, frames, ctx, v)
                frames.pop()
                ctx.pop()
        elif tag in _VALUE_TAGS and not item.inactive:
            assert isinstance(item, Leaf | LeafList)
            here = (*ctx, tag)
            for value in [item.value or ""] if isinstance(item, Leaf) else list(item.values):
                _check_value(here, tag, value, frames, v)


def _family(ctx: tuple[str, ...]) -> str | None:
    for tag in reversed(ctx):
        if tag in ("inet", "inet6"):
            return tag
    return None


_Rule = Callable[[str], str | None]


def _entry_rule(ctx: tuple[str, ...], frames: list[_Frame]) -> _Rule | None:
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
        rib = _rib_family(_path(frames))
        return lambda name: None if _prefix(name, rib, host_ok=False) else f"invalid prefix: {name}"
    if last in ("route-filter", "prefix-list-item", "source-address", "destination-address") or (
        last == "address" and "from" in ctx
    ):
        return lambda name: None if _prefix(name, None, host_ok=True) else f"invalid prefix: {name}"
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
        return lambda name: (
            None if name == "all" or is_interface_name(name, logical=True) else f"invalid interface type in '{name}'"
        )
    return None


def _unit_rule(name: str) -> str | None:
    if not name.isdigit() or int(name) > _MAX_UNIT:
        return f"unit number '{name}' is not within range (0..{_MAX_UNIT})"
    return None


def _rib_family(path: list[str]) -> str | None:
    if "rib" in path:
        rib = path[path.index("rib") + 1] if path.index("rib") + 1 < len(path) else ""
        return "inet6" if rib.startswith("inet6") else "inet"
    return None


def _check_value(ctx: tuple[str, ...], tag: str, value: str, frames: list[_Frame], v: _V) -> None:
    reason: str | None = None
    if ctx == ("system", "host-name"):
        if not _HOSTNAME.match(value):
            reason = f"invalid host-name: {value!r} (letters, digits, '.', '-' and '_' only)"
    elif tag == "next-hop" and "static" in ctx:
        if not (_prefix(value, None, host_ok=True) and "/" not in value) and not is_interface_name(value, logical=True):
            reason = f"invalid next-hop: {value}"
    elif tag == "vlan-id" and ("vlan" in ctx or "unit" in ctx or "domain" in ctx):
        if value != "none" and (not value.isdigit() or not 1 <= int(value) <= 4094):
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
    if reason is not None:
        v.err(_path(frames), f"{tag} {quote(value)}", reason)


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
