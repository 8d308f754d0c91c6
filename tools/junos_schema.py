#!/usr/bin/env python3
"""Compile Juniper's published Junos YANG into jetemu's compact configuration schema.

Development tool only: it needs pyang (requirements-dev.txt); jetemu never imports it. It reads
the YANG modules of one Junos release from a copy of the public repository ``Juniper/yang``
(a checkout, or a bare git directory such as a mirror), and writes one compressed data file per
family into ``emulator/jetemu/config/schema_data/`` (``junos.json.gz``, ``junos-es.json.gz``), which
jetemu's :mod:`jetemu.config.schema` loads. Juniper's Apache-2.0 notice goes with the data
(``schema_data/NOTICE``).

Run (one command; the YANG itself is never committed)::

    git clone --depth 1 https://github.com/Juniper/yang /tmp/juniper-yang   # or any mirror
    .venv/bin/python tools/junos_schema.py --yang /tmp/juniper-yang

What it keeps, per node: name, kind (container, presence container, list with its keys, leaf,
flag = leaf of type empty, leaf-list), ``ordered-by user``, ``mandatory``, the choice/case
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

The few places where the YANG renames a CLI keyword are listed in ``KEYWORD_ALIASES`` with where
Juniper documents the CLI form.
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
FAMILIES = ("junos", "junos-es")
DEFAULT_RELEASE = "24.4R1"
DEFAULT_FALLBACKS = ("23.4R1", "20.4R1")
OUT_DIR = Path(__file__).resolve().parent.parent / "emulator" / "jetemu" / "config" / "schema_data"

# Node flags (bit mask), as the runtime reads them (jetemu.config.schema).
NOKEYWORD, ONELINER, ONELINER_PLUS, HOMOGENEOUS, USER_ORDER, MANDATORY = 1, 2, 4, 8, 16, 32
CLI_FEATURES = {
    "nokeyword": NOKEYWORD,
    "oneliner": ONELINER,
    "oneliner-plus": ONELINER_PLUS,
    "homogeneous": HOMOGENEOUS,
}

# The CLI keyword of a node where it differs from the YANG name (the XML/JSON name). The YANG of
# ``security policies`` names the zone-pair list ``policy`` with keys ``from-zone-name``/``to-zone-name``
# while the CLI reads ``from-zone trust to-zone untrust`` (Juniper, "policies (Security)" statement:
# ``policies { from-zone zone-name to-zone zone-name { policy policy-name {``).
# Key: (parent list or container name, node name) -> keyword.
KEYWORD_ALIASES: dict[tuple[str, str], str] = {
    ("policies", "policy"): "from-zone",
    ("policy", "to-zone-name"): "to-zone",
}

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


def compile_family(
    repo: Repo, family: str, release: str, fallbacks: list[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    started = time.time()
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
        stmt = parse(repo.read(path), path)
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
    # groups { name { ... } }: shown as one block holding the groups, as Junos does
    groups = comp._node(["groups", "l", USER_ORDER | HOMOGENEOUS, -1, group_children, group_choices, ["name"]])
    children.insert(groups_index, groups)
    # logical-systems and tenants read like groups: ``logical-systems { ls1 { interfaces { ...`` (Juniper,
    # "logical-systems" statement hierarchy); their YANG does not mark them homogeneous
    for index, child in enumerate(children):
        record = comp.nodes[child]
        if record[0] in ("logical-systems", "tenants") and record[1] == "l":
            children[index] = comp._node([record[0], "l", record[2] | HOMOGENEOUS, *record[3:]])
    rank = {name: i for i, name in enumerate(TOP_ORDER)}
    children.sort(key=lambda c: rank.get(comp.nodes[c][0], len(rank)))
    top = comp._node(["configuration", "c", 0, -1, children, choices, []])
    data = {
        "format": FORMAT,
        "family": family,
        "release": release,
        "sources": sources,
        "root": top,
        "aliases": [[parent, name, word] for (parent, name), word in KEYWORD_ALIASES.items()],
        "key_choices": KEY_CHOICES,
        "types": comp.types,
        "nodes": comp.nodes,
    }
    report = {
        "family": family,
        "nodes": len(comp.nodes),
        "types": len(comp.types),
        "unresolved": sorted(comp.unresolved),
        "posix_not_python": comp.bad_posix,
        "seconds": round(time.time() - started, 1),
    }
    return data, report


NOTICE = """\
Junos configuration schema data (junos.json.gz, junos-es.json.gz)

These files are derived from the Junos YANG modules published by Juniper Networks, Inc. in the
public repository Juniper/yang (release {release}; modules missing from that release's public
copy are taken from the releases named in each file's "sources"). They were produced by
tools/junos_schema.py, which keeps each node's name, kind, keys, order, choices, Junos CLI
features and types, and drops everything else (descriptions, must-expressions, ...).

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
    parser.add_argument("--family", action="append", choices=FAMILIES, help="default: all")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    repo = Repo(args.yang)
    args.out.mkdir(parents=True, exist_ok=True)
    for family in args.family or FAMILIES:
        data, report = compile_family(repo, family, args.release, args.fallback or list(DEFAULT_FALLBACKS))
        raw = json.dumps(data, separators=(",", ":")).encode()
        target = args.out / f"{family}.json.gz"
        target.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
        report["bytes"] = target.stat().st_size
        print(json.dumps(report))
    (args.out / "NOTICE").write_text(NOTICE.format(release=args.release))
    return 0


if __name__ == "__main__":
    sys.exit(main())
