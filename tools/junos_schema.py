#!/usr/bin/env python3
"""Compile Juniper's published Junos YANG into jetemu's compact configuration schema.

Development tool only: it needs pyang (requirements-dev.txt); jetemu never imports it. It reads
the YANG modules of one Junos release from a copy of the public repository ``Juniper/yang``
(a checkout, or a bare git directory such as a mirror), and writes one compressed data file per
family into ``emulator/jetemu/config/schema_data/`` (``junos.json.gz`` for MX/vMX, ``junos-es.json.gz``
for SRX, ``junos-qfx.json.gz`` for QFX and EX), which
jetemu's :mod:`jetemu.config.schema` loads. Juniper's Apache-2.0 notice goes with the data
(``schema_data/NOTICE``).

Run (one command; the YANG itself is never committed)::

    git clone --depth 1 https://github.com/Juniper/yang /tmp/juniper-yang   # or any mirror
    .venv/bin/python tools/junos_schema.py --yang /tmp/juniper-yang

What it keeps, per node: name, kind (container, presence container, list with its keys, leaf,
flag = leaf of type empty, leaf-list), ``ordered-by user``, ``mandatory``, ``status deprecated``, the choice/case
structure (statements of different cases exclude each other), the Junos CLI features of
``junos:cli-feature`` (``nokeyword``, ``oneliner``, ``oneliner-plus``, ``homogeneous``) that decide
how the text and set forms read and show, and each leaf's type: integer ranges, decimal64,
enumerations, string lengths, YANG patterns, ``junos:posix-pattern`` with its message, unions,
and the semantic Junos types of ``junos-common-types`` (``ipv4prefix``, ``isoaddr``...), kept by name.

How it compiles: pyang parses the modules (its parser only: resolving ``uses`` the way pyang's
validator does copies every grouping at every use, gigabytes for one family); this tool
resolves each grouping once and stores identical subtrees once (nodes are deduplicated by
content), so the result is a DAG that is small to ship and fast to load.

Missing modules: the public copy of a release lacks some modules (for 24.4R1:
``junos-conf-system`` and ``junos-conf-logical-systems``; for junos-es ``-logical-systems``). Each
missing module is taken from the first ``--fallback`` release holding it (default: 23.4R1, then
20.4R1, the newest public release with junos-es logical-systems). Where a module comes without
Junos extensions (plain ``conf/`` models), its CLI features are taken, grouping by grouping, from
the newest release that publishes the module with extensions, and failing that from the same
grouping in the family's other modules (logical systems repeat the top-level hierarchies).

The few places where the CLI keyword differs from the YANG (XML) name are listed in
``KEYWORD_ALIASES`` with where Juniper documents the CLI form.

Beyond the main release (24.4R1), the compiled schema holds, marked ``hidden``:

* the statements of older releases (``DEFAULT_LEGACY``: one release a year from 17.4R1; for
  EX/QFX also the junos-ex family's) that the main release lacks, because Junos keeps accepting
  deprecated statements in the configurations written for those releases; where a statement's
  value type changed, the older type is accepted too;
* a short supplement of hidden statements that no published YANG lists but devices accept
  (``junos_schema_supplement.yang``, each with its source), grafted only where the YANG is silent.

``TYPE_OVERRIDES`` fix the few value types where the YANG is looser than devices (interface unit
numbers). Logical systems and tenants take the CLI features of the top-level hierarchies they
repeat (their module is published without extensions).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

FORMAT = "jetemu-junos-schema/1"
FAMILIES = ("junos", "junos-es", "junos-qfx")
DEFAULT_RELEASE = "24.4R1"
DEFAULT_FALLBACKS = ("23.4R1", "20.4R1")
OUT_DIR = Path(__file__).resolve().parent.parent / "emulator" / "jetemu" / "config" / "schema_data"

# Node flags (bit mask), as the runtime reads them (jetemu.config.schema).
NOKEYWORD, ONELINER, ONELINER_PLUS, HOMOGENEOUS, USER_ORDER, MANDATORY = 1, 2, 4, 8, 16, 32
HIDDEN, INTERFACE_ORDER, DEPRECATED = 64, 128, 256
CLI_FEATURES = {
    "nokeyword": NOKEYWORD,
    "oneliner": ONELINER,
    "oneliner-plus": ONELINER_PLUS,
    "homogeneous": HOMOGENEOUS,
}

# The CLI keyword of a node where it differs from the YANG name (the XML/JSON name), with where
# Juniper documents the CLI form. Key: (parent list or container name, node name) -> keyword; a
# parent "*" means under any parent.
KEYWORD_ALIASES: dict[tuple[str, str], str] = {
    # "policies (Security)": ``policies { from-zone zone-name to-zone zone-name { policy policy-name {``;
    # the YANG names the zone-pair list ``policy`` with keys ``from-zone-name``/``to-zone-name``
    ("policies", "policy"): "from-zone",
    ("policy", "to-zone-name"): "to-zone",
    # "802.3ad": ``[edit interfaces interface-name (ether-options | gigether-options)] 802.3ad aex;``
    # (XML ``<ieee-802.3ad>``: a YANG identifier cannot start with a digit)
    ("*", "ieee-802.3ad"): "802.3ad",
    # "rule (Security Source NAT / Destination NAT / Static NAT)": ``rule rule-name { match { ... }
    # then { ... } }`` (XML ``<src-nat-rule-match>``, ``<dest-nat-rule-match>``, ``<static-nat-rule-match>``)
    ("*", "src-nat-rule-match"): "match",
    ("*", "dest-nat-rule-match"): "match",
    ("*", "static-nat-rule-match"): "match",
    # "member-range": ``member-range starting-name to ending-name;`` (XML ``<end-range>``)
    ("member-range", "end-range"): "to",
    # "name (SNMP)": ``[edit snmp] name name;`` (XML ``<system-name>``)
    ("snmp", "system-name"): "name",
    # "speed (Ethernet)" on EX: ``ether-options { speed (10m | 100m | 1g | 10g | auto-negotiation); }``
    # (XML ``<speed><ethernet-1g/></speed>``)
    ("speed", "ethernet-10m"): "10m",
    ("speed", "ethernet-100m"): "100m",
    ("speed", "ethernet-1g"): "1g",
    ("speed", "ethernet-10g"): "10g",
}

# Older releases whose statements Junos still accepts (deprecated statements stay as hidden
# statements for configurations written for those releases: ``system services ssh
# tcp-forwarding``, SRX ``web-management http``...). Their statements that the main release does
# not have are added, marked hidden; where both define a statement, the main release's definition
# wins. Statements given without keyword are not added (they would take any word).
# ``family:release`` takes another family's release: EX switches (family junos-ex, whose 24.4R1
# copy is incomplete) run the QFX family's schema in jetemu, with the EX statements of older
# releases (``port-mode``...); ``family:release:hierarchy,...`` takes only those top-level
# hierarchies.
_YEARLY = ("23.4R1", "22.4R1", "21.4R1", "20.4R1", "19.4R1", "18.4R1", "17.4R1")
DEFAULT_LEGACY: dict[str, tuple[str, ...]] = {
    # the 24.4R1 junos-conf-system of MX is not public (23.4R1's is used): the system statements of
    # the QFX family's 24.4R1 (``netconf version-1.1``...) come first
    "junos": ("junos-qfx:24.4R1:system", *_YEARLY),
    "junos-es": _YEARLY,
    "junos-qfx": (*_YEARLY, *(f"junos-ex:{release}" for release in _YEARLY[1:])),
}

# Value types where Juniper's YANG is looser than the device: Junos prints these values as numbers
# in JSON (``"unit" : [{"name" : 0, ...``, ``show configuration | display json`` on 18.2R1 and
# later) and refuses other values at commit. Key: path of YANG names from the top -> type.
UNIT_NUMBER_TYPE = ["union", [["var"], ["int", "uint32", "0 .. 1073741823"]]]
TYPE_OVERRIDES: dict[tuple[str, ...], list[Any]] = {
    ("interfaces", "interface", "unit", "name"): UNIT_NUMBER_TYPE,
}

# Lists that Junos shows in its interface order, not by name: interfaces with slot numbers first,
# by FPC/PIC/port/channel (``et-0/0/0``, ``xe-0/0/0``, ``xe-0/0/0:0``, ``et-0/0/1``), then the
# others by name (``ae0``, ``em0``, ``fxp0``, ``irb``, ``lo0``), as devices print them (``show
# configuration | display set`` of vQFX 17.4R1, vSRX and vMX in github batfish/lab-validation).
# Lists that Junos shows in the order they were configured although the YANG does not say
# ``ordered-by user`` (``show configuration | display set`` of vMX, vSRX and vQFX in github
# batfish/lab-validation: syslog files ``messages`` before ``interactive-commands`` on 43 devices,
# prefix lists, policers, and static and aggregate routes in no sorted order, where policy
# statements and communities come sorted).
_CONFIGURED_ORDER = [
    ("system", "syslog", "file"),
    ("policy-options", "prefix-list"),
    ("firewall", "policer"),
    *(
        (*above, "routing-options", *rib, kind, "route")
        for above in ((), ("routing-instances", "instance"))
        for rib in ((), ("rib",))
        for kind in ("static", "aggregate")
    ),
]
FLAG_OVERRIDES: dict[tuple[str, ...], int] = {
    ("interfaces", "interface"): INTERFACE_ORDER,
    **dict.fromkeys(_CONFIGURED_ORDER, USER_ORDER),
}

SUPPLEMENT = Path(__file__).resolve().parent / "junos_schema_supplement.yang"

VARIABLE_PATTERN = "<.*>|$.*"  # union member of most values: group wildcards and variables

# Lists keyed by a CLI choice: ``route-filter 10.0.0.0/8 upto /24`` is the entry (address, choice-ident,
# choice-value) = (10.0.0.0/8, upto, /24). The YANG keeps the choice as an enumeration and an untyped
# value; which choices take a value, and the CLI word of the ``-literal`` choices, are the CLI syntax
# Juniper documents for these statements ("route-filter": ``exact | longer | orlonger | upto
# prefix-length | through destination-prefix | prefix-length-range /a-/b | address-mask mask``;
# "community (Policy Actions)": ``community (add | delete | set | + | - | =) name``; "nexthop-weight",
# "nexthop-ecmp": ``(equal | greater-than | ...) value``; "tunnel-attribute": ``(set | remove) name``).
# choice -> (CLI word, takes a value)
KEY_CHOICES: dict[str, tuple[str, bool]] = {
    "exact": ("exact", False),
    "longer": ("longer", False),
    "orlonger": ("orlonger", False),
    "upto": ("upto", True),
    "through": ("through", True),
    "prefix-length-range": ("prefix-length-range", True),
    "address-mask": ("address-mask", True),
    "equal-literal": ("=", False),
    "plus-literal": ("+", False),
    "minus-literal": ("-", False),
    "set": ("set", False),
    "add": ("add", False),
    "delete": ("delete", False),
    "remove": ("remove", False),
    "equal": ("equal", True),
    "greater-than": ("greater-than", True),
    "less-than": ("less-than", True),
    "greater-than-equal": ("greater-than-equal", True),
    "less-than-equal": ("less-than-equal", True),
}

# Junos shows the top-level hierarchies in the order of its own schema (its DDL), which the YANG,
# split into one module per hierarchy and merged alphabetically, does not keep. The order below is
# the one of ``show configuration`` on devices (Juniper's configuration examples); hierarchies not
# named here follow in YANG order.
TOP_ORDER = (
    "rcsid",
    "version",
    "groups",
    "apply-groups",
    "apply-groups-except",
    "apply-macro",
    "system",
    "logical-systems",
    "tenants",
    "chassis",
    "services",
    "security",
    "interfaces",
    "snmp",
    "forwarding-options",
    "event-options",
    "routing-options",
    "protocols",
    "policy-options",
    "class-of-service",
    "firewall",
    "access",
    "access-profile",
    "routing-instances",
    "applications",
    "bridge-domains",
    "ethernet-switching-options",
    "vlans",
    "poe",
    "switch-options",
    "virtual-chassis",
    "multi-chassis",
)

_POSIX_CLASSES = {
    "[:alpha:]": "A-Za-z",
    "[:digit:]": "0-9",
    "[:alnum:]": "A-Za-z0-9",
    "[:upper:]": "A-Z",
    "[:lower:]": "a-z",
    "[:space:]": " \\t\\n\\r\\f\\v",
    "[:blank:]": " \\t",
    "[:xdigit:]": "0-9A-Fa-f",
    "[:punct:]": "!-/:-@\\[-`{-~",
    "[:print:]": " -~",
    "[:graph:]": "!-~",
    "[:cntrl:]": "\\x00-\\x1f\\x7f",
}


def python_regex(posix: str) -> str | None:
    """A POSIX extended regular expression as Python ``re`` reads it (None when it cannot)."""
    text = posix
    for cls, rng in _POSIX_CLASSES.items():
        text = text.replace(cls, rng)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            re.compile(text)
    except (re.error, FutureWarning):
        return None
    return text


# --------------------------------------------------------------------------------------------
# Reading the repository (checkout or bare git directory)


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.bare = (root / "HEAD").is_file() and (root / "objects").is_dir()
        self._sizes: dict[str, str] | None = None

    def _tree(self) -> dict[str, str]:
        if self._sizes is None:
            sizes: dict[str, str] = {}
            if self.bare:
                out = subprocess.run(
                    ["git", "-C", str(self.root), "ls-tree", "-r", "-l", "HEAD"],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                for line in out.splitlines():
                    meta, _, path = line.partition("\t")
                    size = meta.split()[-1]
                    if path.endswith(".yang"):
                        sizes[path] = size
            else:
                for path in self.root.rglob("*.yang"):
                    rel = str(path.relative_to(self.root))
                    text_head = path.read_bytes()[:64]
                    # a checkout without the large files holds Git LFS-like pointers or nothing
                    sizes[rel] = "BAD" if text_head.startswith(b"version https://") else str(path.stat().st_size)
            self._sizes = sizes
        return self._sizes

    def present(self, path: str) -> bool:
        size = self._tree().get(path)
        return size is not None and size.isdigit() and int(size) > 0

    def listdir(self, folder: str) -> list[str]:
        prefix = folder.rstrip("/") + "/"
        return sorted(p for p in self._tree() if p.startswith(prefix) and "/" not in p[len(prefix) :])

    def read(self, path: str) -> str:
        if self.bare:
            return subprocess.run(
                ["git", "-C", str(self.root), "show", f"HEAD:{path}"], check=True, capture_output=True, text=True
            ).stdout
        return (self.root / path).read_text()


def release_dirs(release: str, family: str, extensions: bool) -> list[str]:
    """Where a release keeps a family's configuration models (new and old layouts)."""
    major = release.split("R")[0]
    kind = "conf-with-extensions" if extensions else "conf"
    return [f"{major}/{release}/native/conf-and-rpcs/{family}/{kind}/models", f"{major}/{release}/{family}/{kind}"]


def module_base(path: str) -> str:
    """``.../junos-conf-system@2024-01-01.yang`` -> ``junos-conf-system``."""
    return Path(path).name.split("@")[0].removesuffix(".yang")


def all_releases(repo: Repo) -> list[str]:
    seen = set()
    for path in repo._tree():
        parts = path.split("/")
        if len(parts) > 2 and re.fullmatch(r"\d+\.\d+R\d+(\.\d+)?", parts[1]):
            seen.add(parts[1])

    def key(rel: str) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", rel))

    return sorted(seen, key=key, reverse=True)


def find_module(repo: Repo, family: str, name: str, releases: list[str], extensions: bool) -> str | None:
    for release in releases:
        for folder in release_dirs(release, family, extensions):
            for path in repo.listdir(folder):
                if module_base(path) == name and repo.present(path):
                    return path
    return None


# --------------------------------------------------------------------------------------------
# Parsing (pyang's parser)


def parse(text: str, where: str) -> Any:
    from pyang import context, repository, yang_parser

    ctx = context.Context(repository.FileRepository("", use_env=False))
    ctx.lax_quote_checks = True
    stmt = yang_parser.YangParser().parse(ctx, where, text)
    if stmt is None:
        raise SystemExit(f"error: pyang could not parse {where}: {ctx.errors[:3]}")
    return stmt


def kw(stmt: Any) -> str:
    """The statement's keyword; extensions as ``prefix:name``."""
    keyword = stmt.keyword
    return f"{keyword[0]}:{keyword[1]}" if isinstance(keyword, tuple) else keyword


class Module:
    def __init__(self, stmt: Any, path: str, extensions: bool) -> None:
        self.stmt = stmt
        self.name = stmt.arg
        self.path = path
        self.extensions = extensions
        self.prefixes = {stmt.search_one("prefix").arg: self.name}
        for imp in stmt.search("import"):
            self.prefixes[imp.search_one("prefix").arg] = imp.arg
        self.groupings = {g.arg: g for g in stmt.search("grouping")}


# --------------------------------------------------------------------------------------------
# Compiling into the node DAG


class Compiler:
    def __init__(
        self,
        modules: dict[str, Module],
        donors: dict[tuple[str, str], int],
        posix_donors: dict[tuple[str, str], list[str]],
    ) -> None:
        self.modules = modules
        self.donors = donors  # (grouping, relative path) -> CLI features, for modules without extensions
        self.posix_donors = posix_donors
        self.nodes: list[list[Any]] = []
        self.node_ids: dict[str, int] = {}
        self.types: list[list[Any]] = []
        self.type_ids: dict[str, int] = {}
        self.grouping_cache: dict[tuple[str, str], tuple[list[int], list[list[list[int]]]]] = {}
        self.unresolved: set[str] = set()
        self.bad_posix = 0

    # -- interning

    def _node(self, record: list[Any]) -> int:
        key = json.dumps(record, separators=(",", ":"))
        found = self.node_ids.get(key)
        if found is None:
            found = self.node_ids[key] = len(self.nodes)
            self.nodes.append(record)
        return found

    def _type(self, record: list[Any]) -> int:
        key = json.dumps(record, separators=(",", ":"))
        found = self.type_ids.get(key)
        if found is None:
            found = self.type_ids[key] = len(self.types)
            self.types.append(record)
        return found

    # -- statements

    def body(self, stmt: Any, module: Module, grouping: str, rel: str) -> tuple[list[int], list[list[list[int]]]]:
        """Children ids and choices (each a list of cases, each a list of child ids) of ``stmt``."""
        children: list[int] = []
        choices: list[list[list[int]]] = []
        for sub in stmt.substmts:
            key = kw(sub)
            if key in ("container", "list", "leaf", "leaf-list"):
                children.append(self.node(sub, module, grouping, rel))
            elif key == "uses":
                ids, chs = self.uses(sub, module)
                children.extend(ids)
                choices.extend(chs)
            elif key == "choice":
                cases: list[list[int]] = []
                for case in sub.substmts:
                    ckey = kw(case)
                    if ckey == "case":
                        ids, chs = self.body(case, module, grouping, rel)
                    elif ckey in ("container", "list", "leaf", "leaf-list"):
                        ids, chs = [self.node(case, module, grouping, rel)], []
                    else:
                        continue
                    children.extend(ids)
                    choices.extend(chs)
                    cases.append(ids)
                if len(cases) > 1:
                    choices.append(cases)
            elif key == "augment":
                pass  # only at module level (handled by the caller)
        return children, choices

    def uses(self, stmt: Any, module: Module) -> tuple[list[int], list[list[list[int]]]]:
        prefix, _, name = stmt.arg.rpartition(":")
        target = module.prefixes.get(prefix, module.name) if prefix else module.name
        owner = self.modules.get(target)
        if owner is None or name not in owner.groupings:
            # a grouping of another module is also looked for in the module itself
            owner = module if name in module.groupings else None
        if owner is None:
            self.unresolved.add(stmt.arg)
            return [], []
        cache_key = (owner.name, name)
        found = self.grouping_cache.get(cache_key)
        if found is None:
            found = self.body(owner.groupings[name], owner, name, "")
            self.grouping_cache[cache_key] = found
        return found

    def features(self, stmt: Any, module: Module, grouping: str, rel: str) -> int:
        flags = 0
        if module.extensions:
            for sub in stmt.substmts:
                if kw(sub).endswith(":cli-feature"):
                    flags |= CLI_FEATURES.get(sub.arg, 0)
        else:
            flags = self.donors.get((grouping, rel), 0)
        return flags

    def node(self, stmt: Any, module: Module, grouping: str, rel: str) -> int:
        key = kw(stmt)
        name = stmt.arg
        here = f"{rel}/{name}"
        flags = self.features(stmt, module, grouping, here)
        ordered = stmt.search_one("ordered-by")
        if ordered is not None and ordered.arg == "user":
            flags |= USER_ORDER
        mandatory = stmt.search_one("mandatory")
        if mandatory is not None and mandatory.arg == "true":
            flags |= MANDATORY
        status = stmt.search_one("status")
        if status is not None and status.arg == "deprecated":
            flags |= DEPRECATED  # devices show "## Warning: '<statement>' is deprecated"
        if key in ("container", "list"):
            children, choices = self.body(stmt, module, grouping, here)
            if key == "container":
                kind = "p" if stmt.search_one("presence") is not None else "c"
                return self._node([name, kind, flags, -1, children, choices, []])
            keys = stmt.search_one("key").arg.split()
            return self._node([name, "l", flags, -1, children, choices, keys])
        type_stmt = stmt.search_one("type")
        if key == "leaf" and type_stmt is not None and type_stmt.arg == "empty":
            return self._node([name, "e", flags, -1, [], [], []])
        type_id = self.type(type_stmt, module, grouping, here) if type_stmt is not None else -1
        extra: list[Any] = []
        default = stmt.search_one("default")
        if default is not None:
            extra = [default.arg]
        return self._node([name, "f" if key == "leaf" else "ll", flags, type_id, [], [], extra])

    def type(self, stmt: Any, module: Module, grouping: str, rel: str) -> int:
        name = stmt.arg
        base = name.rpartition(":")[2]
        if name == "union":
            members = [self.type(sub, module, grouping, rel) for sub in stmt.search("type")]
            return self._type(["union", members])
        if name == "enumeration":
            return self._type(["enum", [e.arg for e in stmt.search("enum")]])
        if name in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"):
            rng = stmt.search_one("range")
            return self._type(["int", name, rng.arg if rng is not None else ""])
        if name == "decimal64":
            digits = stmt.search_one("fraction-digits")
            rng = stmt.search_one("range")
            return self._type(["dec", int(digits.arg) if digits is not None else 1, rng.arg if rng is not None else ""])
        if name == "boolean":
            return self._type(["bool"])
        if name == "string":
            length = stmt.search_one("length")
            patterns = [p.arg for p in stmt.search("pattern")]
            if patterns == [VARIABLE_PATTERN] and length is None:
                return self._type(["var"])
            posix: list[str] = []
            if module.extensions:
                for sub in stmt.substmts:
                    if kw(sub).endswith(":posix-pattern"):
                        posix.append(sub.arg)
                    elif kw(sub).endswith(":pattern-message"):
                        posix.append(sub.arg)
            else:
                posix = self.posix_donors.get((grouping, rel), [])
            posix_pair: list[Any] = []
            if posix:
                # Junos reads a leading '!' as "must not match"
                negate = posix[0].startswith("!")
                regex = python_regex(posix[0][1:] if negate else posix[0])
                if regex is None:
                    self.bad_posix += 1
                else:
                    message = posix[1] if len(posix) > 1 else ""
                    posix_pair = [regex, message.replace("\\'", "'"), negate]
            return self._type(["str", length.arg if length is not None else "", patterns, posix_pair])
        # a typedef: junos-common-types keep their semantic name; others are resolved
        prefix = name.rpartition(":")[0]
        target = module.prefixes.get(prefix, module.name) if prefix else module.name
        owner = self.modules.get(target)
        if target == "junos-common-types" or owner is None:
            return self._type(["jt", base])
        typedef = next((t for t in owner.stmt.search("typedef") if t.arg == base), None)
        if typedef is None:
            return self._type(["jt", base])
        return self.type(typedef.search_one("type"), owner, grouping, rel)


def collect_donors(module_stmt: Any) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], list[str]]]:
    """CLI features and POSIX patterns of a module with extensions, by (grouping, relative path)."""
    flags: dict[tuple[str, str], int] = {}
    posix: dict[tuple[str, str], list[str]] = {}

    def walk(stmt: Any, grouping: str, rel: str) -> None:
        for sub in stmt.substmts:
            key = kw(sub)
            if key in ("container", "list", "leaf", "leaf-list"):
                here = f"{rel}/{sub.arg}"
                bits = 0
                for ext in sub.substmts:
                    if kw(ext).endswith(":cli-feature"):
                        bits |= CLI_FEATURES.get(ext.arg, 0)
                if bits:
                    flags.setdefault((grouping, here), bits)
                type_stmt = sub.search_one("type")
                if type_stmt is not None:
                    found = [
                        x.arg for x in type_stmt.substmts if kw(x).endswith((":posix-pattern", ":pattern-message"))
                    ]
                    if found:
                        posix.setdefault((grouping, here), found)
                walk(sub, grouping, here)
            elif key in ("choice", "case"):
                walk(sub, grouping, rel)

    for grouping in module_stmt.search("grouping"):
        walk(grouping, grouping.arg, "")
    for augment in module_stmt.search("augment"):
        walk(augment, "", "")
    return flags, posix


def compile_release(
    repo: Repo, family: str, release: str, fallbacks: list[str], strict: bool = True
) -> tuple[Compiler, int, dict[str, str]]:
    """Compile one release of a family: (compiler holding the records, id of the top node, sources).

    Not ``strict`` (older releases): a module pyang cannot parse is left out with a warning."""
    wanted: dict[str, None] = {}
    for folder in release_dirs(release, family, False) + release_dirs(release, family, True):
        for path in repo.listdir(folder):
            wanted[module_base(path)] = None
    if not wanted:
        raise SystemExit(f"error: no {family} configuration models for {release} in {repo.root}")
    releases = all_releases(repo)
    newest_first = [r for r in releases]
    modules: dict[str, Module] = {}
    sources: dict[str, str] = {}
    donor_flags: dict[tuple[str, str], int] = {}
    donor_posix: dict[tuple[str, str], list[str]] = {}
    plain: list[str] = []
    for name in wanted:
        path = find_module(repo, family, name, [release], True) or find_module(repo, family, name, [release], False)
        if path is None:
            path = None
            for rel in fallbacks:
                path = find_module(repo, family, name, [rel], True) or find_module(repo, family, name, [rel], False)
                if path is not None:
                    break
        if path is None:
            print(
                f"warning: {family}: module {name} is in no release of {[release, *fallbacks]}; left out",
                file=sys.stderr,
            )
            continue
        extensions = "conf-with-extensions" in path
        try:
            stmt = parse(repo.read(path), path)
        except SystemExit as exc:
            if strict:
                raise
            print(f"warning: {family} {release}: {exc}; module left out", file=sys.stderr)
            continue
        module = Module(stmt, path, extensions)
        modules[module.name] = module
        sources[module.name] = path
        if extensions:
            f, p = collect_donors(stmt)
            for k, v in f.items():
                donor_flags.setdefault(k, v)
            for k, v in p.items():
                donor_posix.setdefault(k, v)
        else:
            plain.append(module.name)
    # Modules without extensions: CLI features of the same module in the newest release that
    # publishes it with extensions take precedence over the family's other modules.
    for name in plain:
        path = find_module(repo, family, name, newest_first, True)
        if path is None:
            continue
        f, p = collect_donors(parse(repo.read(path), path))
        donor_flags.update(f)
        donor_posix.update(p)
        sources[name] += f" (CLI features from {path}"
        # older extension files lack some features (``name-server`` homogeneous): the same module
        # of the sibling family in the requested release fills what they do not say
        for other in FAMILIES:
            if other == family:
                continue
            sibling = name.replace(family + "-conf-", other + "-conf-", 1)
            path = find_module(repo, other, sibling, [release], True)
            if path is not None:
                f, p = collect_donors(parse(repo.read(path), path))
                for key, value in f.items():
                    donor_flags.setdefault(key, value)
                for key, value in p.items():
                    donor_posix.setdefault(key, value)
                sources[name] += f", then {path}"
        sources[name] += ")"
    # junos-conf-root is shared by every family's modules
    root_name = next((n for n in modules if n.endswith("-conf-root")), None)
    if root_name is None:
        raise SystemExit(f"error: {family}: no -conf-root module")
    comp = Compiler(modules, donor_flags, donor_posix)
    root = modules[root_name]
    config_stmt = root.stmt.search_one("container", "configuration")
    children, choices = [], []
    group_children, group_choices = [], []
    ids, chs = comp.body(config_stmt, root, "", "")
    # configuration's own body includes the groups list; rebuild groups with the augments
    groups_index = next(i for i, c in enumerate(ids) if comp.nodes[c][0] == "groups")
    base_ids = [c for c in ids if c != ids[groups_index]]
    children.extend(base_ids)
    choices.extend(chs)
    group_stmt = config_stmt.search_one("list", "groups")
    gids, gchs = comp.body(group_stmt, root, "", "/groups")
    group_children.extend(gids)
    group_choices.extend(gchs)
    for module in modules.values():
        for augment in module.stmt.search("augment"):
            target = augment.arg.strip()
            aids, achs = comp.body(augment, module, "", "")
            if target.endswith(":configuration"):
                children.extend(aids)
                choices.extend(achs)
            elif target.endswith(":configuration/jc:groups") or target.endswith("/groups"):
                group_children.extend(aids)
                group_choices.extend(achs)
            else:
                print(f"warning: {module.name}: augment {target} ignored", file=sys.stderr)
    # groups { name { ... } }: shown as one block holding the groups, as Junos does; a group holds
    # the top-level hierarchies in the order of the top level (the name key stays first)
    rank = {name: i for i, name in enumerate(TOP_ORDER)}
    group_children.sort(key=lambda c: -1 if comp.nodes[c][0] == "name" else rank.get(comp.nodes[c][0], len(rank)))
    groups = comp._node(["groups", "l", USER_ORDER | HOMOGENEOUS, -1, group_children, group_choices, ["name"]])
    children.insert(groups_index, groups)
    # logical-systems and tenants read like groups: ``logical-systems { ls1 { interfaces { ...`` (Juniper,
    # "logical-systems" statement hierarchy); their YANG does not mark them homogeneous (set by
    # adopt_features_below_lists, with the CLI features of what they hold)
    children.sort(key=lambda c: rank.get(comp.nodes[c][0], len(rank)))
    top = comp._node(["configuration", "c", 0, -1, children, choices, []])
    return comp, adopt_features_below_lists(comp, top), sources


CLI_BITS = NOKEYWORD | ONELINER | ONELINER_PLUS | HOMOGENEOUS


def adopt_features_below_lists(comp: Compiler, top: int) -> int:
    """Logical systems and tenants repeat the top-level hierarchies (``logical-systems ls1 {
    routing-instances { vrf1 { ...``), but their module is published without Junos extensions,
    so its CLI features are missing where its groupings differ from the other modules'. Each
    hierarchy below them takes the CLI features of the same statement at the top level."""
    memo: dict[tuple[int, int], int] = {}

    def adopt(node_id: int, donor_id: int) -> int:
        key = (node_id, donor_id)
        found = memo.get(key)
        if found is not None:
            return found
        record, donor = comp.nodes[node_id], comp.nodes[donor_id]
        flags = record[2] | (donor[2] & CLI_BITS) if record[1] == donor[1] else record[2]
        donors = {comp.nodes[c][0]: c for c in donor[4]}
        remap = {c: adopt(c, donors[comp.nodes[c][0]]) for c in record[4] if comp.nodes[c][0] in donors}
        children = [remap.get(c, c) for c in record[4]]
        choices = [[[remap.get(c, c) for c in case] for case in cases] for cases in record[5]]
        found = memo[key] = comp._node([record[0], record[1], flags, record[3], children, choices, record[6]])
        return found

    def fix_lists(container_id: int, top_level: dict[str, int]) -> int:
        record = comp.nodes[container_id]
        remap: dict[int, int] = {}
        for child in record[4]:
            crec = comp.nodes[child]
            if crec[0] in ("logical-systems", "tenants") and crec[1] == "l":
                inner = {c: adopt(c, top_level[comp.nodes[c][0]]) for c in crec[4] if comp.nodes[c][0] in top_level}
                remap[child] = comp._node(
                    [
                        crec[0],
                        "l",
                        crec[2] | HOMOGENEOUS,
                        crec[3],
                        [inner.get(c, c) for c in crec[4]],
                        [[[inner.get(c, c) for c in case] for case in cases] for cases in crec[5]],
                        crec[6],
                    ]
                )
            elif crec[0] == "groups" and crec[1] == "l":
                remap[child] = fix_lists(child, top_level)
        if not remap:
            return container_id
        return comp._node(
            [
                *record[:4],
                [remap.get(c, c) for c in record[4]],
                [[[remap.get(c, c) for c in case] for case in cases] for cases in record[5]],
                record[6],
            ]
        )

    top_level = {
        comp.nodes[c][0]: c for c in comp.nodes[top][4] if comp.nodes[c][0] not in ("logical-systems", "tenants")
    }
    return fix_lists(top, top_level)


def compile_family(
    repo: Repo, family: str, release: str, fallbacks: list[str], legacy: list[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    started = time.time()
    comp, top, sources = compile_release(repo, family, release, fallbacks)
    main_nodes = reachable(comp, top)
    added: dict[str, int] = {}
    for entry in legacy:
        old_family, old_release, hierarchies = parse_legacy(entry, family)
        if not any(repo.listdir(folder) for folder in release_dirs(old_release, old_family, False)):
            print(f"warning: {family}: no models for legacy release {entry}", file=sys.stderr)
            continue
        old, old_top, _ = compile_release(repo, old_family, old_release, [], strict=False)
        if hierarchies:
            old_top = only_hierarchies(old, old_top, hierarchies)
        merger = Merger(comp, old)
        top = merger.merge(top, old_top)
        added[entry] = merger.added
    for path, spec in TYPE_OVERRIDES.items():
        type_id = intern_type(comp, spec)
        for anchor in ((), ("groups",), ("logical-systems",), ("tenants",)):
            top = graft(comp, top, [*anchor, *path], lambda rec, t=type_id: [*rec[:3], t, *rec[4:]])
    for path, bits in FLAG_OVERRIDES.items():
        for anchor in ((), ("groups",), ("logical-systems",), ("tenants",)):
            top = graft(comp, top, [*anchor, *path], lambda rec, b=bits: [rec[0], rec[1], rec[2] | b, *rec[3:]])
    top, supplemented = apply_supplement(comp, top, SUPPLEMENT)
    nodes, types, top = prune(comp, top)
    data = {
        "format": FORMAT,
        "family": family,
        "release": release,
        "legacy_releases": [r for r in legacy if r in added],
        "sources": sources,
        "root": top,
        "aliases": [[parent, name, word] for (parent, name), word in KEYWORD_ALIASES.items()],
        "key_choices": KEY_CHOICES,
        "types": types,
        "nodes": nodes,
    }
    report = {
        "family": family,
        "nodes": len(nodes),
        "main_release_nodes": len(main_nodes),
        "legacy_statements_added": added,
        "supplement": supplemented,
        "types": len(types),
        "unresolved": sorted(comp.unresolved),
        "posix_not_python": comp.bad_posix,
        "seconds": round(time.time() - started, 1),
    }
    return data, report


# --------------------------------------------------------------------------------------------
# Passes over the compiled records: older releases merged in, grafts along a path, pruning


def parse_legacy(entry: str, family: str) -> tuple[str, str, tuple[str, ...]]:
    """``[family:]release[:hierarchy,...]`` -> (family, release, top-level hierarchies or all)."""
    parts = entry.split(":")
    if len(parts) == 1:
        return family, parts[0], ()
    hierarchies = tuple(parts[2].split(",")) if len(parts) > 2 else ()
    return parts[0] or family, parts[1], hierarchies


def only_hierarchies(comp: Compiler, top: int, names: tuple[str, ...]) -> int:
    """The top node with only the top-level hierarchies ``names`` (in the groups too)."""

    def keep(node_id: int, extra: tuple[str, ...]) -> int:
        record = comp.nodes[node_id]
        children = [c for c in record[4] if comp.nodes[c][0] in names or comp.nodes[c][0] in extra]
        kept = set(children)
        choices = [[[c for c in case if c in kept] for case in cases] for cases in record[5]]
        choices = [cases for cases in choices if sum(1 for case in cases if case) > 1]
        return comp._node([*record[:4], children, choices, record[6]])

    record = comp.nodes[top]
    groups = next((c for c in record[4] if comp.nodes[c][0] == "groups"), None)
    children = [c for c in record[4] if comp.nodes[c][0] in names]
    if groups is not None:
        children.insert(0, keep(groups, ("name",)))
    return comp._node([*record[:4], children, [], record[6]])


def reachable(comp: Compiler, top: int) -> set[int]:
    seen: set[int] = set()
    stack = [top]
    while stack:
        node_id = stack.pop()
        if node_id in seen:
            continue
        seen.add(node_id)
        record = comp.nodes[node_id]
        stack.extend(record[4])
        stack.extend(c for cases in record[5] for case in cases for c in case)
    return seen


class Merger:
    """Adds to the main release's tree the statements an older release has and it has not."""

    def __init__(self, comp: Compiler, old: Compiler) -> None:
        self.comp = comp
        self.old = old
        self.memo: dict[tuple[int, int], int] = {}
        self.imported: dict[int, int] = {}
        self.added = 0

    def import_type(self, type_id: int) -> int:
        if type_id < 0:
            return type_id
        record = self.old.types[type_id]
        if record[0] == "union":
            record = ["union", [self.import_type(member) for member in record[1]]]
        return self.comp._type(record)

    def import_node(self, old_id: int) -> int:
        found = self.imported.get(old_id)
        if found is None:
            name, kind, flags, type_id, children, choices, extra = self.old.nodes[old_id]
            found = self.comp._node(
                [
                    name,
                    kind,
                    flags,
                    self.import_type(type_id),
                    [self.import_node(c) for c in children],
                    [[[self.import_node(c) for c in case] for case in cases] for cases in choices],
                    extra,
                ]
            )
            self.imported[old_id] = found
        return found

    def merge(self, new_id: int, old_id: int) -> int:
        key = (new_id, old_id)
        found = self.memo.get(key)
        if found is not None:
            return found
        comp, old = self.comp, self.old
        new, was = comp.nodes[new_id], old.nodes[old_id]
        structural = (new[1] in ("c", "p") and was[1] in ("c", "p")) or (
            new[1] == "l" and was[1] == "l" and new[6] == was[6]
        )
        if structural:
            result = self._merge_children(new, was)
        elif new[1] in ("f", "ll") and new[1] == was[1] and new[3] >= 0 and was[3] >= 0:
            result = self._merge_enum(new_id, new, was)
        else:
            result = new_id
        self.memo[key] = result
        return result

    def _merge_children(self, new: list[Any], was: list[Any]) -> int:
        comp, old = self.comp, self.old
        children = list(new[4])
        index_of = {comp.nodes[c][0]: i for i, c in enumerate(children)}
        remap: dict[int, int] = {}  # the main release's child id -> merged id
        old_to_merged: dict[int, int] = {}
        legacy: set[int] = set()
        at = 0  # old-only statements go after the last statement both releases have
        for old_child in was[4]:
            record = old.nodes[old_child]
            index = index_of.get(record[0])
            if index is not None:
                merged = self.merge(children[index], old_child)
                remap[children[index]] = merged
                children[index] = merged
                old_to_merged[old_child] = merged
                at = index + 1
                continue
            if record[2] & NOKEYWORD:
                continue  # a statement without keyword would take any word: not worth the risk
            imported = self.import_node(old_child)
            flagged = comp.nodes[imported]
            imported = comp._node([*flagged[:2], flagged[2] | HIDDEN, *flagged[3:]])
            children.insert(at, imported)
            index_of = {comp.nodes[c][0]: i for i, c in enumerate(children)}
            old_to_merged[old_child] = imported
            legacy.add(imported)
            at += 1
            self.added += 1
        if not legacy and not remap:
            return comp._node(new)
        choices = [[[remap.get(c, c) for c in case] for case in cases] for cases in new[5]]
        for cases in was[5]:
            mapped = [[old_to_merged[c] for c in case if c in old_to_merged] for case in cases]
            if any(c in legacy for case in mapped for c in case) and sum(1 for case in mapped if case) > 1:
                choices.append([case for case in mapped if case])
        return comp._node([*new[:4], children, choices, new[6]])

    def _merge_enum(self, new_id: int, new: list[Any], was: list[Any]) -> int:
        """A value the older release accepted stays accepted (``session-limit 100`` of 18.4R1,
        where 24.4R1 allows 1..7): enumerations gain the old values, other types become the union
        of both releases' types."""
        new_type = self.comp.types[new[3]]
        old_id = self.import_type(was[3])
        if old_id == new[3]:
            return new_id
        old_type = self.comp.types[old_id]
        if new_type[0] == "enum" and old_type[0] == "enum":
            extra = [value for value in old_type[1] if value not in new_type[1]]
            if not extra:
                return new_id
            type_id = self.comp._type(["enum", [*new_type[1], *extra]])
        else:
            members = self._members(new[3])
            members += [m for m in self._members(old_id) if m not in members]
            type_id = self.comp._type(["union", members])
        self.added += 1
        return self.comp._node([*new[:3], type_id, *new[4:]])

    def _members(self, type_id: int) -> list[int]:
        record = self.comp.types[type_id]
        return list(record[1]) if record[0] == "union" else [type_id]


def graft(comp: Compiler, node_id: int, path: list[str], change: Any) -> int:
    """The node ``node_id`` with ``change(record) -> record`` applied to the node at ``path`` (YANG
    names below it), copying the nodes on the way; unchanged when the path does not exist."""
    record = comp.nodes[node_id]
    if not path:
        return comp._node(change(list(record)))
    children = list(record[4])
    changed = False
    remap: dict[int, int] = {}
    for index, child in enumerate(children):
        if comp.nodes[child][0] == path[0]:
            new = graft(comp, child, path[1:], change)
            if new != child:
                remap[child] = new
                children[index] = new
                changed = True
    if not changed:
        return node_id
    choices = [[[remap.get(c, c) for c in case] for case in cases] for cases in record[5]]
    return comp._node([*record[:4], children, choices, record[6]])


def intern_type(comp: Compiler, spec: list[Any]) -> int:
    """A type given as a nested record (unions hold their members' records)."""
    if spec[0] == "union":
        return comp._type(["union", [intern_type(comp, member) for member in spec[1]]])
    return comp._type(spec)


def apply_supplement(comp: Compiler, top: int, path: Path) -> tuple[int, list[str]]:
    """Graft the statements of the supplement module (hidden statements) where the YANG is silent."""
    stmt = parse(path.read_text(), str(path))
    module = Module(stmt, str(path), False)
    comp.modules.setdefault(module.name, module)
    done: list[str] = []
    for augment in stmt.search("augment"):
        target = [part.rpartition(":")[2] for part in augment.arg.strip("/").split("/")]
        if target[:1] != ["configuration"]:
            raise SystemExit(f"error: {path}: augment {augment.arg} is not under /configuration")
        where = target[1:]
        statements = [sub for sub in augment.substmts if kw(sub) in ("container", "list", "leaf", "leaf-list")]

        def add(record: list[Any], statements: list[Any] = statements, where: list[str] = where) -> list[Any]:
            children = list(record[4])
            choices = [list(cases) for cases in record[5]]
            names = {comp.nodes[c][0]: c for c in children}
            for sub in statements:
                if sub.arg in names:
                    print(f"warning: supplement: {' '.join(where)} {sub.arg} is in the YANG; kept", file=sys.stderr)
                    continue
                node_id = comp.node(sub, module, "", "")
                flagged = comp.nodes[node_id]
                node_id = comp._node([*flagged[:2], flagged[2] | HIDDEN, *flagged[3:]])
                others: list[int] = []
                for ext in sub.substmts:
                    if kw(ext).endswith(":exclusive-with"):
                        others = [names[n] for n in ext.arg.split() if n in names]
                if others:
                    # shown where the statements it excludes are (the cases of one choice)
                    children.insert(max(children.index(o) for o in others) + 1, node_id)
                    choices.append([[node_id], others])
                else:
                    children.append(node_id)
                names[sub.arg] = node_id
            return [*record[:4], children, choices, record[6]]

        before = top
        for anchor in ((), ("groups",)):
            top = graft(comp, top, [*anchor, *where], add)
        if top != before:
            done.append(" ".join(where) + ": " + ", ".join(s.arg for s in statements))
    return top, done


def prune(comp: Compiler, top: int) -> tuple[list[list[Any]], list[list[Any]], int]:
    """The records reachable from ``top``, renumbered (children before parents), and the new top."""
    node_ids: dict[int, int] = {}
    type_ids: dict[int, int] = {}
    nodes: list[list[Any]] = []
    types: list[list[Any]] = []

    def type_id(old: int) -> int:
        if old < 0:
            return old
        found = type_ids.get(old)
        if found is None:
            record = comp.types[old]
            if record[0] == "union":
                record = ["union", [type_id(m) for m in record[1]]]
            found = type_ids[old] = len(types)
            types.append(record)
        return found

    def node_id(old: int) -> int:
        found = node_ids.get(old)
        if found is None:
            name, kind, flags, typ, children, choices, extra = comp.nodes[old]
            record = [
                name,
                kind,
                flags,
                type_id(typ),
                [node_id(c) for c in children],
                [[[node_id(c) for c in case] for case in cases] for cases in choices],
                extra,
            ]
            found = node_ids[old] = len(nodes)
            nodes.append(record)
        return found

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    return nodes, types, node_id(top)


NOTICE = """\
Junos configuration schema data (junos.json.gz, junos-es.json.gz, junos-qfx.json.gz)

These files are derived from the Junos YANG modules published by Juniper Networks, Inc. in the
public repository Juniper/yang (release {release}; modules missing from that release's public
copy are taken from the releases named in each file's "sources"; the statements of the older
releases named in "legacy_releases" are added). They were produced by tools/junos_schema.py,
which keeps each node's name, kind, keys, order, choices, Junos CLI features and types, and drops
everything else (descriptions, must-expressions, ...). A few statements that no published module
lists come from jetkit.junos's own tools/junos_schema_supplement.yang.

The YANG modules carry this notice:

    Copyright (c) 2025 Juniper Networks, Inc.
    All rights reserved.

and the repository Juniper/yang is licensed under the Apache License, Version 2.0:

    Licensed under the Apache License, Version 2.0 (the "License"); you may not use these files
    except in compliance with the License. You may obtain a copy of the License at

        http://www.apache.org/licenses/LICENSE-2.0

    Unless required by applicable law or agreed to in writing, software distributed under the
    License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND,
    either express or implied. See the License for the specific language governing permissions
    and limitations under the License.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--yang", required=True, type=Path, help="checkout or bare git directory of Juniper/yang")
    parser.add_argument("--release", default=DEFAULT_RELEASE)
    parser.add_argument(
        "--fallback", action="append", help=f"release for missing modules (default {DEFAULT_FALLBACKS})"
    )
    parser.add_argument(
        "--legacy", action="append", help="[family:]release whose statements are kept (default: DEFAULT_LEGACY)"
    )
    parser.add_argument("--no-legacy", action="store_true", help="the main release's statements only")
    parser.add_argument("--family", action="append", choices=FAMILIES, help="default: all")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    repo = Repo(args.yang)
    args.out.mkdir(parents=True, exist_ok=True)
    for family in args.family or FAMILIES:
        legacy = [] if args.no_legacy else list(args.legacy or DEFAULT_LEGACY[family])
        data, report = compile_family(repo, family, args.release, args.fallback or list(DEFAULT_FALLBACKS), legacy)
        raw = json.dumps(data, separators=(",", ":")).encode()
        target = args.out / f"{family}.json.gz"
        target.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
        report["bytes"] = target.stat().st_size
        print(json.dumps(report))
    (args.out / "NOTICE").write_text(NOTICE.format(release=args.release))
    return 0


if __name__ == "__main__":
    sys.exit(main())
