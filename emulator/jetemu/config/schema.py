"""Juniper's configuration schema for Junos, compiled from its published YANG.

The data files in ``schema_data/`` (one per schema family: ``junos`` for MX/vMX/PTX, ``junos-es``
for SRX, ``junos-qfx`` for QFX and EX switches) are made by ``tools/junos_schema.py`` from the YANG
of github ``Juniper/yang`` (see ``schema_data/NOTICE``): the main release's statements, the
statements of older releases that Junos still accepts, and a short supplement of hidden statements
(``tools/junos_schema_supplement.yang``), the latter two marked ``hidden``. Nothing here guesses: a
statement is what the schema says it is, and a statement the schema does not know is a syntax
error.

A schema is loaded once per process and family (:func:`load`) and shared, immutable, by every
device and every configuration of that family. Loading reads the compact records only; a
:class:`SchemaNode` and its keyword table are built the first time the engine walks through that
node, so a process pays for the parts of the schema its configurations use.

Node kinds: ``container``, ``presence`` (a container that means something when empty:
``family inet;``), ``list`` (entries with one or more keys), ``leaf``, ``flag`` (a leaf of type
empty: ``disable;``) and ``leaflist``. The Junos CLI features decide how text and set forms read
and show: ``nokeyword`` (the statement is given without its keyword: an interface name, the value
of ``autonomous-system 65000``), ``oneliner`` / ``oneliner-plus`` (a statement and its children on
one line, always / when it has at most one child), ``homogeneous`` (a list shown as one block
holding its entries: ``source-address { 10.0.0.0/8; }``; a container whose children are shown with
its keyword in front: ``family inet {``).

This module must not import the rest of the engine.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import re
import threading
from functools import cached_property
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "schema_data"
FAMILIES = ("junos", "junos-es", "junos-qfx")
DEFAULT_FAMILY = "junos"
FORMAT = "jetemu-junos-schema/1"

NOKEYWORD, ONELINER, ONELINER_PLUS, HOMOGENEOUS, USER_ORDER, MANDATORY, HIDDEN, INTERFACE_ORDER = (
    1,
    2,
    4,
    8,
    16,
    32,
    64,
    128,
)
DEPRECATED = 256  # YANG "status deprecated": devices show "## Warning: '<statement>' is deprecated"
_KINDS = {"c": "container", "p": "presence", "l": "list", "f": "leaf", "e": "flag", "ll": "leaflist"}


class SchemaNode:
    """One statement of the schema (see the module docstring for kinds and features)."""

    __slots__ = (
        "__dict__",  # cached properties
        "schema",
        "name",
        "kind",
        "flags",
        "type_id",
        "keys",
        "default",
        "_children_ids",
        "_choices",
        "keyword_of_next",
    )

    def __init__(self, schema: Schema, record: list[Any]) -> None:
        name, kind, flags, type_id, children, choices, extra = record
        self.schema = schema
        self.name: str = name
        # A presence container without children is a flag that Junos names by a keyword and then
        # the values of the nokeyword leaves that follow it (``priority 6 5;``, ``aggregator 65000
        # 10.0.0.1;``): it reads and shows as a flag (see ``attached``).
        self.kind: str = "flag" if kind == "p" and not children else _KINDS[kind]
        self.keyword_of_next = kind == "p" and not children
        self.flags: int = flags
        self.type_id: int = type_id
        self.keys: tuple[str, ...] = tuple(extra) if kind == "l" else ()
        self.default: str | None = extra[0] if kind in ("f", "ll") and extra else None
        self._children_ids: list[int] = children
        self._choices: list[list[list[int]]] = choices

    def __repr__(self) -> str:
        return f"SchemaNode({self.name!r}, {self.kind})"

    # -- features

    @property
    def nokeyword(self) -> bool:
        return bool(self.flags & NOKEYWORD)

    @property
    def oneliner(self) -> bool:
        return bool(self.flags & ONELINER)

    @property
    def oneliner_plus(self) -> bool:
        return bool(self.flags & ONELINER_PLUS)

    @property
    def homogeneous(self) -> bool:
        return bool(self.flags & HOMOGENEOUS)

    @property
    def user_order(self) -> bool:
        return bool(self.flags & USER_ORDER)

    @property
    def mandatory(self) -> bool:
        return bool(self.flags & MANDATORY)

    @property
    def interface_order(self) -> bool:
        """A list of interfaces, shown in Junos's interface order (see textfmt.ordered_entries)."""
        return bool(self.flags & INTERFACE_ORDER)

    @property
    def deprecated(self) -> bool:
        return bool(self.flags & DEPRECATED)

    @property
    def hidden(self) -> bool:
        """Junos accepts the statement but the main release's YANG does not list it (an older
        release's statement, or one of the supplement of hidden statements)."""
        return bool(self.flags & HIDDEN)

    @property
    def is_container(self) -> bool:
        return self.kind == "container" or self.kind == "presence"

    # -- children

    @cached_property
    def children(self) -> tuple[SchemaNode, ...]:
        """Child statements in schema order (list keys included)."""
        return tuple(self.schema.node(i) for i in self._children_ids)

    @cached_property
    def by_name(self) -> dict[str, SchemaNode]:
        """Children by their YANG (XML/JSON) name."""
        return {child.name: child for child in self.children}

    @cached_property
    def order(self) -> dict[str, int]:
        return {child.name: index for index, child in enumerate(self.children)}

    @cached_property
    def keywords(self) -> dict[str, SchemaNode]:
        """Children by the word that starts them in text and set forms (not the nokeyword ones,
        not the list keys)."""
        table: dict[str, SchemaNode] = {}
        for child in self.children:
            if child.nokeyword or child.name in self.keys:
                continue
            table[self.keyword(child)] = child
        return table

    @cached_property
    def _renamed(self) -> dict[str, str]:
        """Child name -> CLI word, for the children the CLI names otherwise than the YANG."""
        aliases = self.schema.aliases
        table: dict[str, str] = {}
        for child in self.children:
            word = aliases.get((self.name, child.name)) or aliases.get(("*", child.name))
            if word is not None:
                table[child.name] = word
        return table

    def keyword(self, child: SchemaNode) -> str:
        """The CLI word of ``child`` (its name unless the CLI names it otherwise)."""
        renamed = self._renamed
        return renamed.get(child.name, child.name) if renamed else child.name

    @cached_property
    def positional(self) -> tuple[SchemaNode, ...]:
        """The nokeyword children (not keys, not the values shown after a flag, see
        :attr:`attached`): statements given by their value or name alone."""
        after_flags = self.attached_leaves
        return tuple(c for c in self.children if c.nokeyword and c.name not in self.keys and c.name not in after_flags)

    @cached_property
    def attached(self) -> dict[str, tuple[SchemaNode, ...]]:
        """Flag child name -> the nokeyword leaves shown after it on its line (``priority`` ->
        ``setup-priority``, ``reservation-priority``): in the YANG they follow a presence container
        without children, in the XML they are siblings of its empty element."""
        table: dict[str, tuple[SchemaNode, ...]] = {}
        children = self.children
        for index, child in enumerate(children):
            if not child.keyword_of_next:
                continue
            following: list[SchemaNode] = []
            for after in children[index + 1 :]:
                if not (after.nokeyword and after.kind == "leaf"):
                    break
                following.append(after)
            if following:
                table[child.name] = tuple(following)
        return table

    @cached_property
    def attached_leaves(self) -> frozenset[str]:
        """Names of the leaves shown after a flag (see :attr:`attached`)."""
        return frozenset(leaf.name for leaves in self.attached.values() for leaf in leaves)

    @cached_property
    def key_nodes(self) -> tuple[SchemaNode, ...]:
        by_name = self.by_name
        return tuple(by_name[k] for k in self.keys)

    @cached_property
    def sorted_by_value(self) -> bool:
        """A list whose first key is a number, an address or an interface: Junos sorts its
        entries by value (numbers as numbers, addresses and interface names by their parts),
        other names by plain character order."""
        keys = self.key_nodes
        found = keys[0].type if keys else None
        if found is None:
            return False
        for member in found.members():
            if member.kind in ("int", "dec"):
                return True
            if member.kind == "jt" and any(part in member.record[1] for part in _VALUE_TYPES):
                return True
        return False

    @cached_property
    def key_choice(self) -> bool:
        """A list keyed by a CLI choice (``route-filter 10.0.0.0/8 upto /24``)."""
        return "choice-ident" in self.keys

    @cached_property
    def excludes(self) -> dict[str, tuple[str, ...]]:
        """Child name -> names of the children of other cases of its choices (setting one
        removes the others, as Junos does)."""
        table: dict[str, set[str]] = {}
        nodes = self.schema.node
        for cases in self._choices:
            names = [[nodes(i).name for i in case] for case in cases]
            for index, case in enumerate(names):
                others = {n for j, other in enumerate(names) if j != index for n in other}
                for name in case:
                    table.setdefault(name, set()).update(others)
        return {name: tuple(sorted(others)) for name, others in table.items()}

    @property
    def type(self) -> Type | None:
        return self.schema.type(self.type_id) if self.type_id >= 0 else None

    @cached_property
    def secret(self) -> bool:
        """A statement that Junos shows followed by ``## SECRET-DATA``: a leaf whose type is
        ``jt:unreadable`` or that is one of the secrets the YANG types as plain strings
        (:data:`SECRET_LEAVES`), or an entry of a list named by a secret (:data:`SECRET_KEY_LISTS`)."""
        if self.kind == "list":
            return self.name in SECRET_KEY_LISTS
        if self.kind != "leaf":
            return False
        if self.name in SECRET_LEAVES:
            return True
        found = self.type
        return found is not None and any(m.kind == "jt" and m.record[1] == "unreadable" for m in found.members())

    def child(self, keyword: str) -> SchemaNode | None:
        return self.keywords.get(keyword)


# junos-common-types whose values sort by their parts (see SchemaNode.sorted_by_value)
_VALUE_TYPES = ("ip", "prefix", "addr", "iso", "areaid", "interface", "sysid")

# Secrets that Juniper's YANG types as plain strings but devices show as ``"..."; ## SECRET-DATA``
# (``show configuration`` of devices: ``root-authentication`` and ``login user ... authentication``
# ``encrypted-password``, ``protocols bgp ... authentication-key``).
SECRET_LEAVES = frozenset({"encrypted-password", "authentication-key"})
# Lists whose entries are named by a secret and shown as one statement: SSH public keys of
# ``root-authentication`` and ``login user ... authentication`` (devices: ``ssh-rsa "ssh-rsa
# AAAA... comment"; ## SECRET-DATA``; the other key types are the same statement).
SECRET_KEY_LISTS = frozenset({"ssh-rsa", "ssh-dsa", "ssh-ecdsa", "ssh-ed25519"})


class Type:
    """A leaf type: :meth:`check` returns why a value is refused, or None."""

    __slots__ = ("schema", "kind", "record", "_members", "_regex", "_ranges")

    def __init__(self, schema: Schema, record: list[Any]) -> None:
        self.schema = schema
        self.kind: str = record[0]
        self.record = record
        self._members: list[Type] | None = None
        self._regex: list[tuple[re.Pattern[str], str, bool]] | None = None
        self._ranges: list[tuple[float, float]] | None = None

    def members(self) -> list[Type]:
        if self._members is None:
            self._members = [self.schema.type(i) for i in self.record[1]] if self.kind == "union" else [self]
        return self._members

    @property
    def enum(self) -> list[str]:
        return list(self.record[1]) if self.kind == "enum" else []

    def enums(self) -> list[str]:
        """Every enumeration value this type (or a member of the union) accepts."""
        values: list[str] = []
        for member in self.members():
            if member.kind == "enum":
                values.extend(member.record[1])
        return values

    def is_number(self) -> bool:
        return all(m.kind in ("int", "dec") or m.kind == "var" for m in self.members()) and any(
            m.kind in ("int", "dec") for m in self.members()
        )

    def json_integer(self, value: str) -> bool:
        """Whether Junos's JSON shows ``value`` (decimal digits) as a number: the first member of
        the type that accepts it is an integer type."""
        for member in self.members():
            if member.kind == "var":
                continue
            if member._check_one(value) is None:
                return member.kind == "int"
        return False

    def check(self, value: str) -> str | None:
        reasons = []
        for member in self.members():
            reason = member._check_one(value)
            if reason is None:
                return None
            reasons.append(reason)
        # the most specific reason: a range over a pattern over "not a number"
        return reasons[-1] if len(reasons) == 1 else next((r for r in reasons if "range" in r), reasons[-1])

    def _check_one(self, value: str) -> str | None:
        kind = self.kind
        if kind == "var":
            return None if value.startswith("<") or value.startswith("$") else "invalid value"
        if kind == "enum":
            return None if value in self.record[1] else f"invalid value: {value}"
        if kind == "int":
            text = value
            try:
                number = int(text, 0) if text[:2].lower() == "0x" else int(text)
            except ValueError:
                return f"invalid numeric value: '{value}'"
            low, high = _INT_LIMITS[self.record[1]]
            ranges = self._range_list(self.record[2]) or [(low, high)]
            if any(lo <= number <= hi for lo, hi in ranges):
                return None
            return f"Value {number} is not within range ({_show_ranges(ranges)})"
        if kind == "dec":
            try:
                number_f = float(value)
            except ValueError:
                return f"invalid numeric value: '{value}'"
            ranges = self._range_list(self.record[2])
            if ranges and not any(lo <= number_f <= hi for lo, hi in ranges):
                return f"Value {value} is not within range ({_show_ranges(ranges)})"
            return None
        if kind == "bool":
            return None if value in ("true", "false") else f"invalid value: {value}"
        if kind == "str":
            length, patterns, posix = self.record[1], self.record[2], self.record[3]
            if length:
                ranges = self._range_list(length)
                if ranges and not any(lo <= len(value) <= hi for lo, hi in ranges):
                    return f"Must be a string of length {_show_ranges(ranges)}"
            if patterns and not all(p == _VARIABLE or _yang_match(p, value) for p in patterns):
                return f"invalid value: {value}"
            if posix:
                regex, message, negate = posix
                found = re.search(regex, value) is not None
                if found == negate:
                    return message or f"invalid value: {value}"
            return None
        if kind == "jt":
            return _check_junos_type(self.record[1], value)
        return None

    def _range_list(self, text: str) -> list[tuple[float, float]]:
        if not text:
            return []
        if self._ranges is None:
            ranges: list[tuple[float, float]] = []
            for part in text.split("|"):
                lo, _, hi = part.strip().partition("..")
                ranges.append((_bound(lo.strip()), _bound((hi or lo).strip())))
            self._ranges = ranges
        return self._ranges


_VARIABLE = "<.*>|$.*"  # the union member that lets groups use wildcards: not a constraint
_INT_LIMITS = {
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "uint8": (0, 2**8 - 1),
    "uint16": (0, 2**16 - 1),
    "uint32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1),
}


def _bound(text: str) -> float:
    if text == "min":
        return float("-inf")
    if text == "max":
        return float("inf")
    return float(text) if "." in text else int(text)


def _show_ranges(ranges: list[tuple[float, float]]) -> str:
    def show(x: float) -> str:
        return str(int(x)) if float(x).is_integer() else str(x)

    return " | ".join(f"{show(lo)}..{show(hi)}" if lo != hi else show(lo) for lo, hi in ranges)


_YANG_PATTERNS: dict[str, re.Pattern[str] | None] = {}


def _yang_match(pattern: str, value: str) -> bool:
    """YANG patterns are XML Schema regular expressions, anchored at both ends."""
    compiled = _YANG_PATTERNS.get(pattern, False)
    if compiled is False:
        try:
            compiled = re.compile(pattern)
        except re.error:
            compiled = None
        _YANG_PATTERNS[pattern] = compiled
    return True if compiled is None else compiled.fullmatch(value) is not None  # type: ignore[union-attr]


# --- the Junos semantic types of junos-common-types ------------------------------------------------

_ISO_NET = re.compile(
    r"^[0-9A-Fa-f]{2}(\.[0-9A-Fa-f]{4}){2,9}\.[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{2}(\.[0-9A-Fa-f]{4}){3,9}$"
)
_ISO_SYSID = re.compile(r"^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$")
_MAC = re.compile(r"^([0-9A-Fa-f]{2}[:.-]){5}[0-9A-Fa-f]{2}$|^([0-9A-Fa-f]{4}\.){2}[0-9A-Fa-f]{4}$")


def _v4_address(text: str) -> bool:
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True


def _v6_address(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _prefix(text: str, family: str, *, mandatory: bool) -> bool:
    addr, slash, length = text.partition("/")
    if not slash:
        if mandatory:
            return False
    elif family == "4" and length.count(".") == 3:
        if not _v4_address(length):  # address/mask: Junos takes any mask (filters match on it)
            return False
    elif not length.isdigit() or int(length) > (32 if family == "4" else 128):
        return False
    return _v4_address(addr) if family == "4" else _v6_address(addr)


def _check_junos_type(name: str, value: str) -> str | None:
    """Why ``value`` is not a valid ``name`` (a junos-common-types typedef), or None."""
    if value.startswith("$") or (value.startswith("<") and value.endswith(">")):
        return None  # variables and group wildcards
    ok = True
    if name in ("ipv4addr",):
        ok = _v4_address(value)
        what = "IPv4 address"
    elif name in ("ipv6addr",):
        ok = _v6_address(value)
        what = "IPv6 address"
    elif name in ("ipaddr", "ipaddr-scoped"):
        ok = _v4_address(value) or _v6_address(value)
        what = "IP address"
    elif name in ("ipv4prefix", "ipv4prefix-optional"):
        ok = _prefix(value, "4", mandatory=False)
        what = "prefix"
    elif name in ("ipv4prefix-mandatory", "ipv4prefix-only"):
        ok = _prefix(value, "4", mandatory=True)
        what = "prefix"
    elif name in ("ipv6prefix", "ipv6prefix-optional"):
        ok = _prefix(value, "6", mandatory=False)
        what = "prefix"
    elif name in ("ipv6prefix-mandatory", "ipv6prefix-only"):
        ok = _prefix(value, "6", mandatory=True)
        what = "prefix"
    elif name in ("ipprefix", "ipprefix-optional"):
        ok = _prefix(value, "4", mandatory=False) or _prefix(value, "6", mandatory=False)
        what = "prefix"
    elif name == "ipprefix-only":
        # prefix-list items: devices take an address alone as a host prefix (``7.7.7.0``)
        ok = _prefix(value, "4", mandatory=False) or _prefix(value, "6", mandatory=False)
        what = "prefix"
    elif name == "ipprefix-mandatory":
        ok = _prefix(value, "4", mandatory=True) or _prefix(value, "6", mandatory=True)
        what = "prefix"
    elif name in ("ipv4addr-or-interface", "ipv6addr-or-interface", "ipaddr-or-interface"):
        return None  # an address or an interface name
    elif name in ("isoaddr", "isoprefix"):
        ok = _ISO_NET.match(value) is not None
        what = "ISO address"
    elif name in ("isosysid", "sysid"):
        ok = _ISO_SYSID.match(value) is not None
        what = "ISO system identifier"
    elif name in ("mac-addr", "mac-unicast", "mac-multicast"):
        ok = _MAC.match(value) is not None
        what = "MAC address"
    else:
        return None  # names, hostnames, interface names...: any string
    if ok:
        return None
    if what == "prefix":
        return f"invalid prefix: {value}"
    return f"invalid {what}: {value}" if what != "IP address" else f"invalid IP address: {value}"


class Schema:
    """The compiled schema of one family; ``root`` is the ``configuration`` node."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a Junos schema of format {FORMAT}")
        self.family: str = data["family"]
        self.release: str = data["release"]
        self._records: list[list[Any]] = data["nodes"]
        self._type_records: list[list[Any]] = data["types"]
        self._nodes: list[SchemaNode | None] = [None] * len(self._records)
        self._types: list[Type | None] = [None] * len(self._type_records)
        self.aliases: dict[tuple[str, str], str] = {(p, n): w for p, n, w in data.get("aliases", [])}
        # choice of a key-choice list -> (CLI word, takes a value); and back from the CLI word
        self.key_choices: dict[str, tuple[str, bool]] = {k: (v[0], bool(v[1])) for k, v in data["key_choices"].items()}
        self.key_choice_words: dict[str, str] = {word: name for name, (word, _) in self.key_choices.items()}
        self.root = self.node(data["root"])

    def node(self, index: int) -> SchemaNode:
        found = self._nodes[index]
        if found is None:
            # two threads may build the same node: both results are equal, one is kept
            found = self._nodes[index] = SchemaNode(self, self._records[index])
        return found

    def type(self, index: int) -> Type:
        found = self._types[index]
        if found is None:
            found = self._types[index] = Type(self, self._type_records[index])
        return found

    def __repr__(self) -> str:
        return f"Schema({self.family} {self.release}, {len(self._records)} nodes)"


_loaded: dict[str, Schema] = {}
_load_lock = threading.Lock()


def load(family: str = DEFAULT_FAMILY) -> Schema:
    """The schema of ``family``, read once per process and shared."""
    found = _loaded.get(family)
    if found is not None:
        return found
    if family not in FAMILIES:
        raise ValueError(f"unknown schema family '{family}' (known: {', '.join(FAMILIES)})")
    with _load_lock:
        found = _loaded.get(family)
        if found is None:
            raw = gzip.decompress((DATA_DIR / f"{family}.json.gz").read_bytes())
            found = _loaded[family] = Schema(json.loads(raw))
    return found
