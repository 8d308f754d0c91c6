"""Junos JSON (``{"configuration": {...}}``), both ways.

Named entries are lists of objects holding their key (``"interface": [{"name": "ge-0/0/0"}]``),
presence flags are ``[null]``, leaf-lists are lists of strings. Metadata: ``"@": {...}`` inside an
object describes that object (container or entry), ``"@tag": {...}`` next to a leaf, leaf-list or flag
describes it; keys ``inactive`` (true), ``active`` (true), ``comment`` (``"/* text */"``) and
``operation`` (``"replace"``/``"delete"``).
"""

from __future__ import annotations

import json
from typing import Any

from .errors import ConfigSyntaxError
from .hierarchy import ROOT, S
from .paths import SPILL, Lines, child_schema, spill
from .tree import EntryList, Leaf, LeafList, Node
from .xmlfmt import _TAG_RE


class _Dup(Exception):
    pass


class _Obj(list):  # type: ignore[type-arg]
    """A JSON object as its ordered (key, value) pairs."""


def _pairs(pairs: list[tuple[str, Any]]) -> _Obj:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _Dup(key)
        seen.add(key)
    return _Obj(pairs)


def parse_json(text: str) -> Node:
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
    _object(data, node, ROOT, "configuration")
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
        elif key == "comment":
            if not isinstance(value, str):
                raise ConfigSyntaxError(f'syntax error: "comment" at {where} must be a string')
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


def _object(pairs: _Obj, node: Node, sch: S | None, where: str, skip: str | None = None) -> None:
    metas: dict[str, Any] = {}
    for key, value in pairs:
        if key == skip:
            continue
        if key == "@":
            _meta(value, node, where)
            continue
        if key.startswith("@"):
            metas[key[1:]] = value
            continue
        here = f"{where}.{key}"
        if not _TAG_RE.match(key):
            raise ConfigSyntaxError(f"syntax error: invalid statement name {key!r} at {where}")
        cs = child_schema(sch, key)
        if sch is ROOT and cs is None:
            raise ConfigSyntaxError(f"syntax error: '{key}' is not a valid top-level statement")
        if key in node.children:
            raise ConfigSyntaxError(f"syntax error: duplicate statement '{key}' at {where}")
        node.children[key] = _value(value, cs, here)
    for tag, raw in metas.items():
        item = node.children.get(tag)
        if item is None:
            item = Leaf(None)  # metadata alone: only meaningful as a delete marker
            _meta(raw, item, f"{where}.@{tag}")
            if item.op != "delete":
                raise ConfigSyntaxError(f"syntax error: metadata '@{tag}' at {where} names no statement")
            node.children[tag] = item
            continue
        if isinstance(item, EntryList) or (isinstance(item, Node) and item.children):
            raise ConfigSyntaxError(f"syntax error: '@{tag}' at {where}: put metadata of '{tag}' in its \"@\"")
        _meta(raw, item, f"{where}.@{tag}")


def _value(value: Any, cs: S | None, where: str) -> Node | Leaf | LeafList | EntryList:
    kind = cs.kind if cs is not None else None
    if isinstance(value, _Obj):
        if kind == "list":
            return _entries([value], cs, where)
        if kind not in (None, "container", "flag"):
            raise ConfigSyntaxError(f"syntax error: '{where}' takes a value, not an object")
        node = Node()
        _object(value, node, cs, where)
        return node
    if isinstance(value, list):
        if not value:
            raise ConfigSyntaxError(f"syntax error: empty list at {where}")
        if value == [None]:
            if kind not in (None, "container", "flag"):
                raise ConfigSyntaxError(f"syntax error: '{where}' needs a value")
            return Node()
        if all(isinstance(v, _Obj) for v in value):
            if kind not in (None, "list"):
                raise ConfigSyntaxError(f"syntax error: '{where}' does not take named entries")
            return _entries(value, cs, where)
        if any(isinstance(v, list) for v in value):
            raise ConfigSyntaxError(f"syntax error: mixed values and objects at {where}")
        values = [_scalar(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if kind == "leaf":
            if len(values) != 1:
                raise ConfigSyntaxError(f"syntax error: '{where}' takes a single value")
            return Leaf(values[0])
        if kind in ("list", "container", "flag"):
            raise ConfigSyntaxError(f"syntax error: '{where}' does not take a list of values")
        return LeafList(values)
    scalar = _scalar(value, where)
    if kind == "leaflist":
        return LeafList([scalar])
    if kind in ("list", "container", "flag"):
        raise ConfigSyntaxError(f"syntax error: '{where}' does not take a value")
    return Leaf(scalar)


def _entries(objs: list[Any], cs: S | None, where: str) -> EntryList:
    key = cs.key if cs is not None else "name"
    result = EntryList(key)
    for index, pairs in enumerate(objs):
        here = f"{where}[{index}]"
        found = [v for k, v in pairs if k == key]
        if not found:
            raise ConfigSyntaxError(f'syntax error: entry {here} has no "{key}"')
        name = _scalar(found[0], f"{here}.{key}")
        entry = result.entries.get(name)
        if entry is not None:
            raise ConfigSyntaxError(f"syntax error: duplicate entry '{name}' at {where}")
        entry = Node()
        result.entries[name] = entry
        _object(pairs, entry, cs, f"{where}[{key}='{name}']", skip=key)
    return result


# --- rendering -----------------------------------------------------------------------------------


def _meta_obj(item: Node | Leaf | LeafList) -> dict[str, Any] | None:
    meta: dict[str, Any] = {}
    if item.comment:
        meta["comment"] = f"/* {item.comment} */"
    if item.inactive:
        meta["inactive"] = True
    return meta or None


def _node_obj(node: Node, key_pair: tuple[str, str] | None = None) -> dict[str, Any]:
    """The JSON object of ``node`` as Python data (the reference for :func:`render_json`)."""
    obj: dict[str, Any] = {}
    if key_pair is not None:
        obj[key_pair[0]] = key_pair[1]
    meta = _meta_obj(node)
    if meta:
        obj["@"] = meta
    for tag, item in node.children.items():
        if isinstance(item, EntryList):
            obj[tag] = [_node_obj(entry, (item.key, name)) for name, entry in item.entries.items()]
            continue
        if isinstance(item, Node):
            if item.children:
                obj[tag] = _node_obj(item)
                continue
            obj[tag] = [None]
        elif isinstance(item, Leaf):
            obj[tag] = item.value or ""
        else:
            obj[tag] = list(item.values)
        meta = _meta_obj(item)
        if meta:
            obj[f"@{tag}"] = meta
    return obj


def render_json(root: Node) -> str:
    """``{"configuration": ...}`` indented by four spaces, as ``json.dumps(data, indent=4)`` prints
    :func:`_node_obj`'s data, written straight from the tree (no intermediate objects)."""
    out: list[str] = Lines(sep="")
    try:
        out.append('{\n    "configuration": ')
        _write_object(root, None, 1, out)
    except _Restart:  # a statement named like metadata, after output was joined: start again unjoined
        out = ['{\n    "configuration": ']
        _write_object(root, None, 1, out)
    out.append("\n}\n")
    return out.text() if isinstance(out, Lines) else "".join(out)


class _Restart(Exception):
    pass


_esc = json.encoder.encode_basestring_ascii  # type: ignore[attr-defined]
_NL = tuple("\n" + "    " * depth for depth in range(48))


def _nl(depth: int) -> str:
    return _NL[depth] if depth < len(_NL) else "\n" + "    " * depth


def _write_object(node: Node, key_pair: tuple[str, str] | None, depth: int, out: list[str]) -> None:
    """Append the object of ``node`` (an entry when ``key_pair`` is given) at indent ``depth``."""
    children = node.children
    if key_pair is not None and (key_pair[0] in children or key_pair[0][:1] == "@"):
        _write_data(_node_obj(node, key_pair), depth, out)  # keys collide: let a dict decide
        return
    mark = len(out)
    inner = _nl(depth + 1)
    first = "{" + inner
    rest = "," + inner
    sep = first
    if key_pair is not None:
        out.append(f"{sep}{_esc(key_pair[0])}: {_esc(key_pair[1])}")
        sep = rest
    if node.comment or node.inactive:
        out.append(sep + '"@": ')
        _write_meta(node, depth + 1, out)
        sep = rest
    for tag, item in children.items():
        if tag[:1] == "@":  # a statement named like metadata: let a dict decide
            if isinstance(out, Lines) and out.chunks:
                raise _Restart  # what this object wrote may be joined already
            del out[mark:]
            _write_data(_node_obj(node, key_pair), depth, out)
            return
        out.append(f"{sep}{_esc(tag)}: ")
        sep = rest
        kind = type(item)
        if kind is EntryList:
            assert isinstance(item, EntryList)
            if not item.entries:
                out.append("[]")
                continue
            entry_first = "[" + _nl(depth + 2)
            entry_rest = "," + _nl(depth + 2)
            entry_sep = entry_first
            key = item.key
            for name, entry in item.entries.items():
                out.append(entry_sep)
                entry_sep = entry_rest
                _write_object(entry, (key, name), depth + 2, out)
                if len(out) >= SPILL:
                    spill(out)
            out.append(_nl(depth + 1) + "]")
            continue
        if kind is Node:
            assert isinstance(item, Node)
            if item.children:
                _write_object(item, None, depth + 1, out)
                continue
            out.append(f"[{_nl(depth + 2)}null{_nl(depth + 1)}]")
        elif kind is Leaf:
            assert isinstance(item, Leaf)
            out.append(_esc(item.value or ""))
        else:
            assert isinstance(item, LeafList)
            if item.values:
                item_sep = "," + _nl(depth + 2)
                out.append(f"[{_nl(depth + 2)}{item_sep.join([_esc(v) for v in item.values])}{_nl(depth + 1)}]")
            else:
                out.append("[]")
        if item.comment or item.inactive:
            out.append(f"{rest}{_esc('@' + tag)}: ")
            _write_meta(item, depth + 1, out)
    out.append("{}" if sep is first else _nl(depth) + "}")


def _write_meta(item: Node | Leaf | LeafList, depth: int, out: list[str]) -> None:
    inner = _nl(depth + 1)
    if item.comment:
        out.append(f'{{{inner}"comment": {_esc(f"/* {item.comment} */")}')
        if item.inactive:
            out.append(f',{inner}"inactive": true')
    else:
        out.append(f'{{{inner}"inactive": true')
    out.append(_nl(depth) + "}")


def _write_data(value: Any, depth: int, out: list[str]) -> None:
    """Python data (dicts, lists, strings, None, True) as ``json.dumps(indent=4)`` prints it."""
    if isinstance(value, str):
        out.append(_esc(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        sep = "{" + _nl(depth + 1)
        for key, inner in value.items():
            out.append(f"{sep}{_esc(key)}: ")
            sep = "," + _nl(depth + 1)
            _write_data(inner, depth + 1, out)
        out.append(_nl(depth) + "}")
    else:
        if not value:
            out.append("[]")
            return
        sep = "[" + _nl(depth + 1)
        for inner in value:
            out.append(sep)
            sep = "," + _nl(depth + 1)
            _write_data(inner, depth + 1, out)
        out.append(_nl(depth) + "]")
