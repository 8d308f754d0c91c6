"""Custom YANG RPCs as Junos loads them with ``request system yang add``: parser and model.

A YANG module's text becomes a tree of :class:`Stmt` (RFC 7950 statement syntax: keywords,
quoted and unquoted arguments, ``+`` concatenation, comments), and its ``rpc`` statements become
:class:`CustomRpc`: the CLI words of ``junos:command``, the action script of
``junos:action-execute { junos:script ...; }``, the ``input`` leaves (name, type, enumeration
values, mandatory, default) and the ``output`` schema with its ``junos-odl`` formatting
statements (used by :mod:`.odl` to render CLI text).

Juniper's extension modules are recognised under both their names: ``junos-extension`` /
``junos-common-ddl-extensions`` (``command``, ``action-execute``, ``script``) and
``junos-extension-odl`` / ``junos-common-odl-extensions`` (the output formatting statements),
whatever prefix the module binds them to. ``grouping``/``uses`` and ``typedef`` within the module
are expanded. Everything else of YANG (augment, deviation, must/when, identities...) is outside
what a custom RPC needs and is rejected or ignored as documented on each function.

Nothing here runs scripts or touches files; errors are :class:`YangError` naming module and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DDL_MODULES = ("junos-extension", "junos-common-ddl-extensions")
ODL_MODULES = ("junos-extension-odl", "junos-common-odl-extensions")
INTEGER_RANGES = {
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "uint8": (0, 2**8 - 1),
    "uint16": (0, 2**16 - 1),
    "uint32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1),
}
_COMMAND_WORD = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


class YangError(ValueError):
    """A module Junos would refuse; the message names the module and the line."""


@dataclass
class Stmt:
    keyword: str
    arg: str | None
    line: int
    children: list[Stmt] = field(default_factory=list)

    def find(self, keyword: str) -> Stmt | None:
        return next((c for c in self.children if c.keyword == keyword), None)

    def findall(self, keyword: str) -> list[Stmt]:
        return [c for c in self.children if c.keyword == keyword]


# -- tokens and statements -----------------------------------------------------------------------
def _tokens(text: str, where: str) -> list[tuple[str, str, int]]:
    """``(kind, value, line)``: kind is ``word``, ``string``, ``{``, ``}``, ``;`` or ``+``."""
    out: list[tuple[str, str, int]] = []
    i, line, n = 0, 1, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise YangError(f"{where}:{line}: unterminated comment")
            line += text.count("\n", i, end)
            i = end + 2
        elif ch in "{};+":
            out.append((ch, ch, line))
            i += 1
        elif ch == '"':
            start_line = line
            j, chunk = i + 1, []
            while True:
                if j >= n:
                    raise YangError(f"{where}:{start_line}: unterminated string")
                c = text[j]
                if c == "\\" and j + 1 < n:
                    nxt = text[j + 1]
                    chunk.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, "\\" + nxt))
                    j += 2
                    continue
                if c == '"':
                    break
                if c == "\n":
                    line += 1
                chunk.append(c)
                j += 1
            out.append(("string", "".join(chunk), start_line))
            i = j + 1
        elif ch == "'":
            end = text.find("'", i + 1)
            if end < 0:
                raise YangError(f"{where}:{line}: unterminated string")
            out.append(("string", text[i + 1 : end], line))
            line += text.count("\n", i, end)
            i = end + 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in "{};" and not text.startswith(("//", "/*"), j):
                j += 1
            out.append(("word", text[i:j], line))
            i = j
    return out


def parse_statements(text: str, where: str = "module") -> list[Stmt]:
    """The top-level statements of YANG text."""
    tokens = _tokens(text, where)
    pos = 0

    def argument() -> str | None:
        nonlocal pos
        if pos >= len(tokens) or tokens[pos][0] not in ("word", "string"):
            return None
        kind, value, _ = tokens[pos]
        pos += 1
        parts = [value]
        while kind == "string" and pos + 1 < len(tokens) and tokens[pos][0] == "+" and tokens[pos + 1][0] == "string":
            parts.append(tokens[pos + 1][1])
            pos += 2
        return "".join(parts)

    def block(depth: int) -> list[Stmt]:
        nonlocal pos
        found: list[Stmt] = []
        while pos < len(tokens):
            kind, value, line = tokens[pos]
            if kind == "}":
                if depth == 0:
                    raise YangError(f"{where}:{line}: unexpected '}}'")
                pos += 1
                return found
            if kind != "word":
                raise YangError(f"{where}:{line}: expected a keyword, found {value!r}")
            pos += 1
            stmt = Stmt(value, argument(), line)
            if pos >= len(tokens):
                raise YangError(f"{where}:{line}: statement '{value}' is not terminated with ';' or '{{'")
            end_kind, end_value, end_line = tokens[pos]
            if end_kind == ";":
                pos += 1
            elif end_kind == "{":
                pos += 1
                stmt.children = block(depth + 1)
            else:
                raise YangError(f"{where}:{end_line}: expected ';' or '{{' after '{value}', found {end_value!r}")
            found.append(stmt)
        if depth:
            raise YangError(f"{where}: missing '}}' at the end")
        return found

    return block(0)


# -- model ------------------------------------------------------------------------------------------
@dataclass
class InputLeaf:
    name: str
    type: str  # base type: string, empty, boolean, enumeration, int*/uint*, decimal64, other
    enums: tuple[str, ...] = ()
    mandatory: bool = False
    default: str | None = None
    nokeyword: bool = False
    description: str = ""


@dataclass
class Format:
    """One ``junos-odl:format``: statements in order (``line`` and ``field`` nested)."""

    name: str
    stmts: list[Stmt]
    style: str | None = None


@dataclass
class OutputNode:
    kind: str  # "root", "container", "list", "leaf", "leaf-list", "anyxml"
    name: str
    children: dict[str, OutputNode] = field(default_factory=dict)
    formats: list[Format] = field(default_factory=list)
    odl: list[Stmt] = field(default_factory=list)  # formatting statements placed under a leaf

    def has_formats(self) -> bool:
        return bool(self.formats) or any(c.has_formats() for c in self.children.values())


@dataclass
class CustomRpc:
    name: str
    module: str
    command: tuple[str, ...] | None
    script: str | None
    inputs: list[InputLeaf]
    output: OutputNode
    description: str = ""


@dataclass
class Module:
    name: str
    namespace: str
    prefix: str
    rpcs: list[CustomRpc]


class _Context:
    def __init__(self, module: Stmt, where: str) -> None:
        self.where = where
        self.module_name = module.arg or ""
        self.prefixes: dict[str, str] = {}
        own_prefix = module.find("prefix")
        if own_prefix is not None and own_prefix.arg:
            self.prefixes[own_prefix.arg] = self.module_name
        for imported in module.findall("import"):
            prefix = imported.find("prefix")
            if prefix is None or not prefix.arg or not imported.arg:
                raise YangError(f"{where}:{imported.line}: import {imported.arg} needs a prefix")
            self.prefixes[prefix.arg] = imported.arg
        self.groupings = {g.arg: g for g in module.findall("grouping") if g.arg}
        self.typedefs = {t.arg: t for t in module.findall("typedef") if t.arg}

    def extension(self, keyword: str) -> tuple[str, str] | None:
        """``("ddl"|"odl", name)`` for a Juniper extension statement, None for plain YANG."""
        prefix, sep, name = keyword.partition(":")
        if not sep:
            return None
        module = self.prefixes.get(prefix)
        if module is None:
            raise YangError(f"{self.where}: prefix '{prefix}' of '{keyword}' is not imported")
        if module in DDL_MODULES:
            return ("ddl", name)
        if module in ODL_MODULES:
            return ("odl", name)
        return ("other", name)

    def expand(self, stmts: list[Stmt], depth: int = 0) -> list[Stmt]:
        """``uses`` replaced by the grouping's statements (same module only)."""
        if depth > 16:
            raise YangError(f"{self.where}: groupings nest too deeply (a 'uses' loop?)")
        out: list[Stmt] = []
        for stmt in stmts:
            if stmt.keyword == "uses":
                name = (stmt.arg or "").split(":")[-1]
                grouping = self.groupings.get(name)
                if grouping is None:
                    raise YangError(f"{self.where}:{stmt.line}: grouping '{stmt.arg}' is not defined in this module")
                out.extend(self.expand(grouping.children, depth + 1))
            else:
                out.append(stmt)
        return out

    def base_type(self, type_stmt: Stmt | None, depth: int = 0) -> tuple[str, tuple[str, ...]]:
        if type_stmt is None or not type_stmt.arg:
            return "string", ()
        name = type_stmt.arg.split(":")[-1] if ":" in type_stmt.arg else type_stmt.arg
        if name == "enumeration":
            values = tuple(e.arg for e in type_stmt.findall("enum") if e.arg is not None)
            if not values:
                raise YangError(f"{self.where}:{type_stmt.line}: enumeration without enum values")
            return "enumeration", values
        if name in ("string", "empty", "boolean", "decimal64", *INTEGER_RANGES):
            return name, ()
        typedef = self.typedefs.get(name)
        if typedef is not None and depth < 16:
            return self.base_type(typedef.find("type"), depth + 1)
        return "other", ()


def _description(stmt: Stmt) -> str:
    found = stmt.find("description")
    return (found.arg or "").strip() if found is not None else ""


def _command_words(text: str, where: str, line: int) -> tuple[str, ...]:
    words = tuple(text.split())
    if not words:
        raise YangError(f"{where}:{line}: junos:command is empty")
    for word in words:
        if not _COMMAND_WORD.match(word):
            raise YangError(f"{where}:{line}: junos:command word '{word}' is not a valid CLI keyword")
    if words[0] not in ("show", "request", "clear", "test", "monitor", "op"):
        raise YangError(
            f"{where}:{line}: junos:command '{text}' must start with an operational verb "
            "(show, request, clear, test, monitor)"
        )
    return words


def _rpc(ctx: _Context, rpc: Stmt) -> CustomRpc:
    where = ctx.where
    name = rpc.arg or ""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", name):
        raise YangError(f"{where}:{rpc.line}: invalid rpc name '{name}'")
    command: tuple[str, ...] | None = None
    script: str | None = None
    action_here: Stmt | None = None
    for stmt in rpc.children:
        ext = ctx.extension(stmt.keyword)
        if ext is None or ext[0] != "ddl":
            continue
        if ext[1] == "command":
            command = _command_words(stmt.arg or "", where, stmt.line)
            for inner in stmt.children:
                inner_ext = ctx.extension(inner.keyword)
                if inner_ext == ("ddl", "action-execute"):
                    action_here = inner
        elif ext[1] == "action-execute":  # before 17.3: beside junos:command
            action_here = stmt
    if action_here is not None:
        for inner in action_here.children:
            if ctx.extension(inner.keyword) == ("ddl", "script"):
                script = inner.arg
    inputs: list[InputLeaf] = []
    input_stmt = rpc.find("input")
    for stmt in ctx.expand(input_stmt.children if input_stmt is not None else []):
        if stmt.keyword in ("description", "reference"):
            continue
        if stmt.keyword != "leaf" or not stmt.arg:
            raise YangError(
                f"{where}:{stmt.line}: rpc {name} input: only leaf statements are supported, found '{stmt.keyword}'"
            )
        base, enums = ctx.base_type(stmt.find("type"))
        mandatory = stmt.find("mandatory")
        default = stmt.find("default")
        nokeyword = any(
            ctx.extension(c.keyword) == ("ddl", "cli-feature") and c.arg == "nokeyword" for c in stmt.children
        )
        inputs.append(
            InputLeaf(
                name=stmt.arg,
                type=base,
                enums=enums,
                mandatory=mandatory is not None and mandatory.arg == "true",
                default=default.arg if default is not None else None,
                nokeyword=nokeyword,
                description=_description(stmt),
            )
        )
    names = [leaf.name for leaf in inputs]
    if len(set(names)) != len(names):
        raise YangError(f"{where}:{rpc.line}: rpc {name}: an input leaf is defined twice")
    output = OutputNode("root", name)
    output_stmt = rpc.find("output")
    if output_stmt is not None:
        _output_children(ctx, output, output_stmt.children)
    return CustomRpc(name, ctx.module_name, command, script, inputs, output, _description(rpc))


def _output_children(ctx: _Context, node: OutputNode, stmts: list[Stmt]) -> None:
    for stmt in ctx.expand(stmts):
        ext = ctx.extension(stmt.keyword)
        if ext is not None:
            if ext[0] != "odl":
                continue
            if ext[1] == "format":
                style = next((c.arg for c in stmt.children if ctx.extension(c.keyword) == ("odl", "style")), None)
                node.formats.append(Format(stmt.arg or "", stmt.children, style))
            else:
                node.odl.append(stmt)
            continue
        if stmt.keyword in ("container", "list", "leaf", "leaf-list", "anyxml", "anydata"):
            child = OutputNode(stmt.keyword, stmt.arg or "")
            _output_children(ctx, child, stmt.children)
            node.children[child.name] = child
        elif stmt.keyword == "choice":
            for case in stmt.findall("case"):
                _output_children(ctx, node, case.children)
            _output_children(ctx, node, [c for c in stmt.children if c.keyword != "case"])


def parse_module(text: str, filename: str = "module.yang") -> Module:
    """A custom-RPC module; raises :class:`YangError` for what Junos would refuse."""
    top = parse_statements(text, filename)
    modules = [s for s in top if s.keyword in ("module", "submodule")]
    if len(modules) != 1 or len(top) != 1:
        raise YangError(f"{filename}: a YANG file holds exactly one module statement")
    module = modules[0]
    if module.keyword == "submodule":
        raise YangError(f"{filename}:{module.line}: submodules are not supported by jetemu")
    if not module.arg or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", module.arg):
        raise YangError(f"{filename}:{module.line}: invalid module name '{module.arg}'")
    stem = filename.rsplit("/", 1)[-1]
    stem = stem[: -len(".yang")] if stem.endswith(".yang") else stem
    if stem.split("@", 1)[0] != module.arg:
        raise YangError(
            f"{filename}: the file name must be the module name ({module.arg}.yang), as RFC 7950 section 5.2 asks"
        )
    namespace = module.find("namespace")
    prefix = module.find("prefix")
    if namespace is None or not namespace.arg:
        raise YangError(f"{filename}:{module.line}: module {module.arg} has no namespace")
    if prefix is None or not prefix.arg:
        raise YangError(f"{filename}:{module.line}: module {module.arg} has no prefix")
    ctx = _Context(module, filename)
    for stmt in module.children:
        if stmt.keyword in ("augment", "deviation"):
            raise YangError(f"{filename}:{stmt.line}: '{stmt.keyword}' is not supported by jetemu (custom RPCs only)")
        if ":" in stmt.keyword:
            ctx.extension(stmt.keyword)  # an unknown prefix is an error
    rpcs = [_rpc(ctx, stmt) for stmt in module.findall("rpc")]
    return Module(module.arg, namespace.arg, prefix.arg, rpcs)


__all__ = [
    "CustomRpc",
    "Format",
    "InputLeaf",
    "Module",
    "OutputNode",
    "Stmt",
    "YangError",
    "parse_module",
    "parse_statements",
]
