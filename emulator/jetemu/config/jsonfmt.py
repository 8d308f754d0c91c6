"""Junos JSON (``{"configuration": {...}}``), both ways.

Named entries are lists of objects holding their key (``"interface": [{"name": "ge-0/0/0"}]``),
presence flags are ``[null]``, leaf-lists are lists of strings. Metadata: ``"@": {...}`` inside an
object describes that object (container or entry), ``"@tag": {...}`` next to a leaf, leaf-list or flag
describes it; keys ``inactive`` (true), ``active`` (true), ``protect`` (true), ``unprotect`` (true),
``comment`` (``"/* text */"``) and ``operation`` (``"replace"``/``"delete"``).
"""

from __future__ import annotations

import json
from typing import Any

from .errors import ConfigSyntaxError
from .paths import SPILL, Lines, spill
from .schema import SchemaNode
from .textfmt import ordered_entries, ordered_items
from .tree import EntryList, EntryName, Leaf, LeafList, Node
from .xmlfmt import key_elements


class _Dup(Exception):
    pass


class _Obj(list):
    """A JSON object as its ordered (key, value) pairs."""


def _pairs(pairs: list[tuple[str, Any]]) -> _Obj:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _Dup(key)
        seen.add(key)
    return _Obj(pairs)


def parse_json(text: str, root_schema: SchemaNode) -> Node:
    try:
        data = json.loads(text, object_pairs_hook=_pairs)
    except _Dup as dup:
        raise ConfigSyntaxError(f"syntax error: duplicate key '{dup.args[0]}' in JSON") from None
    except json.JSONDecodeError as exc:
        raise ConfigSyntaxError(f"syntax error: malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    if not isinstance(data, _Obj):
        raise ConfigSyntaxError("syntax error: JSON configuration must be an object")
    if len(data) == 1 and data[0][0] == "configuration":
        data = data[0][1]
        if not isinstance(data, _Obj):
            raise ConfigSyntaxError('syntax error: "configuration" must be an object')
    node = Node()
    _object(data, node, root_schema, "configuration")
    return node


def _meta(raw: Any, item: Node | Leaf | LeafList | EntryList, where: str) -> None:
    if not isinstance(raw, _Obj):
        raise ConfigSyntaxError(f"syntax error: metadata at {where} must be an object")
    for key, value in raw:
        if key == "inactive":
            if value not in (True, "inactive"):
                raise ConfigSyntaxError(f'syntax error: "inactive" at {where} must be true')
            item.inactive = True
        elif key == "active":
            if value not in (True, "active"):
                raise ConfigSyntaxError(f'syntax error: "active" at {where} must be true')
            item.inactive = False
        elif key in ("protect", "unprotect"):
            if value not in (True, key):
                raise ConfigSyntaxError(f'syntax error: "{key}" at {where} must be true')
            item.protect = key == "protect"
        elif key in ("comment", "annotate"):  # Junos prints "comment"; "annotate" is accepted on load
            if not isinstance(value, str):
                raise ConfigSyntaxError(f'syntax error: "{key}" at {where} must be a string')
            text = value.strip()
            if text.startswith("/*") and text.endswith("*/"):
                text = text[2:-2].strip()
            item.comment = text
        elif key == "operation":
            if value not in ("replace", "delete", "merge", "create"):
                raise ConfigSyntaxError(f"syntax error: unsupported operation {value!r} at {where}")
            if value in ("replace", "delete"):
                item.op = value
        # other metadata (junos:changed-seconds, ...) is ignored


def _scalar(value: Any, where: str) -> str:
    if isinstance(value, bool) or value is None:
        raise ConfigSyntaxError(f"syntax error: invalid value {json.dumps(value)} at {where}")
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    raise ConfigSyntaxError(f"syntax error: expected a value at {where}")


def _object(pairs: _Obj, node: Node, sch: SchemaNode, where: str, skip: frozenset[str] = frozenset()) -> None:
    metas: dict[str, Any] = {}
    by_name = sch.by_name
    for key, value in pairs:
        if key in skip:
            continue
        if key == "@":
            _meta(value, node, where)
            continue
        if key.startswith("@"):
            metas[key[1:]] = value
            continue
        here = f"{where}.{key}"
        cs = by_name.get(key)
        if cs is None:
            raise ConfigSyntaxError(f"syntax error: {key} at {where}")
        if key in node.children:
            raise ConfigSyntaxError(f"syntax error: duplicate statement '{key}' at {where}")
        node.children[key] = _value(value, cs, here)
    for tag, raw in metas.items():
        item = node.children.get(tag)
        if item is None:
            if tag not in by_name:
                raise ConfigSyntaxError(f"syntax error: metadata '@{tag}' at {where} names no statement")
            item = Leaf(None)  # metadata alone: only meaningful as a delete marker
            _meta(raw, item, f"{where}.@{tag}")
            if item.op != "delete":
                raise ConfigSyntaxError(f"syntax error: metadata '@{tag}' at {where} names no statement")
            node.children[tag] = item
            continue
        if isinstance(item, EntryList) or (isinstance(item, Node) and item.children):
            raise ConfigSyntaxError(f"syntax error: '@{tag}' at {where}: put metadata of '{tag}' in its \"@\"")
        _meta(raw, item, f"{where}.@{tag}")


def _value(value: Any, cs: SchemaNode, where: str) -> Node | Leaf | LeafList | EntryList:
    kind = cs.kind
    if kind == "list":
        objs = value if isinstance(value, list) else [value]
        if not objs or not all(isinstance(v, _Obj) for v in objs):
            raise ConfigSyntaxError(f"syntax error: '{where}' takes a list of entries")
        return _entries(objs, cs, where)
    if kind in ("container", "presence"):
        if value == [None]:
            return Node()
        if not isinstance(value, _Obj):
            raise ConfigSyntaxError(f"syntax error: '{where}' takes an object")
        node = Node()
        _object(value, node, cs, where)
        return node
    if kind == "flag":
        if value != [None]:
            raise ConfigSyntaxError(f"syntax error: '{where}' takes no value ([null])")
        return Node()
    if isinstance(value, _Obj) or value == [None]:
        raise ConfigSyntaxError(f"syntax error: '{where}' takes a value")
    if isinstance(value, list):
        if not value:
            raise ConfigSyntaxError(f"syntax error: empty list at {where}")
        values = [_scalar(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if kind == "leaf":
            if len(values) != 1:
                raise ConfigSyntaxError(f"syntax error: '{where}' takes a single value")
            return Leaf(values[0])
        return LeafList(values)
    scalar = _scalar(value, where)
    return LeafList([scalar]) if kind == "leaflist" else Leaf(scalar)


def _entries(objs: list[Any], ls: SchemaNode, where: str) -> EntryList:
    result = EntryList(ls.keys[0], ls.user_order)
    schema = ls.schema
    for index, pairs in enumerate(objs):
        here = f"{where}[{index}]"
        members = dict(pairs)
        values: list[str] = []
        used: set[str] = set()
        for key in ls.keys:
            if key == "choice-ident":
                ident_node = ls.by_name[key]
                idents = ident_node.type.enums() if ident_node.type is not None else []
                ident = next((k for k, _ in pairs if k in idents), None)
                if ident is None:
                    raise ConfigSyntaxError(f"syntax error: entry {here} has no {' or '.join(idents)}")
                used.add(ident)
                values.append(ident)
                raw = members[ident]
                takes = schema.key_choices.get(ident, ("", False))[1]
                values.append(_scalar(raw, f"{here}.{ident}") if takes else "")
                continue
            if key == "choice-value":
                continue
            if key not in members:
                raise ConfigSyntaxError(f'syntax error: entry {here} has no "{key}"')
            used.add(key)
            values.append(_scalar(members[key], f"{here}.{key}"))
        name: EntryName = values[0] if len(values) == 1 else tuple(values)
        if name in result.entries:
            raise ConfigSyntaxError(f"syntax error: duplicate entry '{name}' at {where}")
        entry = Node()
        result.entries[name] = entry
        _object(pairs, entry, ls, f"{where}[{name}]", skip=frozenset(used))
    return result


# --- rendering -----------------------------------------------------------------------------------


def _meta_obj(item: Node | Leaf | LeafList) -> dict[str, Any] | None:
    meta: dict[str, Any] = {}
    if item.comment:
        meta["comment"] = f"/* {item.comment} */"
    if item.inactive:
        meta["inactive"] = True
    return meta or None


def render_json(root: Node, root_schema: SchemaNode) -> str:
    """``{"configuration": ...}`` laid out as Junos prints ``| display json``: four-space indent,
    ``"name" : value``, the entries of a list as objects at the list's own indent, leaf-lists
    on one line (``["a", "b"]``), flags and empty presence containers as ``[null]``, and
    integer values (leaves typed as integers by the schema, Junos 16.1R4 and later) unquoted.
    Written straight from the tree (no intermediate objects)."""
    out: Lines = Lines(sep="")
    out.append('{\n    "configuration" : ')
    _write_object(root, root_schema, None, 1, out)
    out.append("\n}\n")
    return out.text()


_esc = json.encoder.encode_basestring_ascii
_NL = tuple("\n" + "    " * depth for depth in range(48))
_NULL = "[null]"


def _nl(depth: int) -> str:
    return _NL[depth] if depth < len(_NL) else "\n" + "    " * depth


def scalar_json(value: str, sch: SchemaNode | None) -> str:
    """A leaf value as Junos's JSON shows it: a number when the schema types it as an integer
    (and the text is the number's own spelling), a string otherwise."""
    if sch is not None and value.isdigit() and (value == "0" or value[0] != "0"):
        typ = sch.type
        if typ is not None and typ.json_integer(value):
            return value
    return _esc(value)


def _write_object(
    node: Node,
    sch: SchemaNode,
    keys: list[tuple[str, str | None, SchemaNode | None]] | None,
    depth: int,
    out: list[str],
) -> None:
    """Append the object of ``node`` (an entry when its ``keys`` are given) at indent ``depth``."""
    inner = _nl(depth + 1)
    # the separator before the next member: Junos ends a member with ", " (",", after a leaf-list)
    first = "{" + inner
    rest = ", " + inner
    after_list = "," + inner
    sep = first
    for key, value, ksch in keys or ():
        out.append(f"{sep}{_esc(key)} : {_NULL if value is None else scalar_json(value, ksch)}")
        sep = rest
    if node.comment or node.inactive or node.protect:
        out.append(sep + '"@" : ')
        _write_meta(node, depth + 1, out)
        sep = rest
    by_name = sch.by_name
    for tag, item in ordered_items(node, sch):
        cs = by_name.get(tag)
        if cs is None:  # pragma: no cover - trees are built through the schema
            continue
        out.append(f"{sep}{_esc(tag)} : ")
        sep = rest
        kind = type(item)
        if kind is EntryList:
            assert isinstance(item, EntryList)
            if not item.entries:
                out.append("[]")
                continue
            entry_sep = "[" + _nl(depth + 1)
            for name, entry in ordered_entries(item, cs):
                out.append(entry_sep)
                entry_sep = ", " + _nl(depth + 1)
                _write_object(entry, cs, entry_keys(cs, name), depth + 1, out)
                if len(out) >= SPILL:
                    spill(out)
            out.append(_nl(depth + 1) + "]")
            continue
        if kind is Node:
            assert isinstance(item, Node)
            if item.children:
                _write_object(item, cs, None, depth + 1, out)
                continue
            out.append(_NULL)
        elif kind is Leaf:
            assert isinstance(item, Leaf)
            out.append(scalar_json(item.value or "", cs))
        else:
            assert isinstance(item, LeafList)
            out.append("[" + ", ".join([scalar_json(v, cs) for v in item.values]) + "]")
            sep = after_list
        if item.comment or item.inactive or item.protect:
            out.append(f"{sep}{_esc('@' + tag)} : ")
            _write_meta(item, depth + 1, out)
            sep = rest
    out.append("{}" if sep is first else _nl(depth) + "}")


def entry_keys(ls: SchemaNode, name: EntryName) -> list[tuple[str, str | None, SchemaNode | None]]:
    """The key members of an entry's object: (name, value or None for ``[null]``, its schema)."""
    by_name = ls.by_name
    return [(key, value, by_name.get(key)) for key, value in key_elements(ls, name)]


def _write_meta(item: Node | Leaf | LeafList, depth: int, out: list[str]) -> None:
    inner = _nl(depth + 1)
    members: list[str] = []
    if item.comment:
        members.append(f'"comment" : {_esc(f"/* {item.comment} */")}')
    if item.inactive:
        members.append('"inactive" : true')
    if item.protect:
        members.append('"protect" : true')
    out.append("{" + inner + (", " + inner).join(members) + _nl(depth) + "}")
