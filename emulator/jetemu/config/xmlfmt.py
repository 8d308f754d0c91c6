"""Junos XML (``<configuration>...</configuration>``), both ways, and ``get-configuration`` filters.

Load operations: ``operation="replace|delete"`` (also the junoscript forms ``replace="replace"`` and
``delete="delete"``), ``inactive="inactive"`` / ``active="active"``, ``protect="protect"`` /
``unprotect="unprotect"``; annotations are
``<junos:comment>/* text */</junos:comment>`` before the element they describe. ``<configuration-set>``
and ``<configuration-text>`` wrappers carry set commands or curly text.
Reorders and renames (Juniper's "Reorder Elements" and "Rename Objects" for the Junos XML
protocol): ``insert="first"`` or ``insert="before|after"`` with each key of the referent entry as an
attribute named after its element (``<term insert="after" name="t1"><name>t3</name></term>``; a
leaf-list value names its referent in ``name``: ``<import insert="after" name="p1">p3</import>``),
and ``rename="rename"`` with each key's new value as an attribute (``<filter rename="rename"
name="new"><name>old</name></filter>``). They are returned as :class:`~.tree.Move` records that the
load applies after merging the tree.
"""

from __future__ import annotations

import re
from xml.parsers import expat

from .errors import ConfigSyntaxError
from .paths import SPILL, Lines, spill
from .schema import SchemaNode
from .textfmt import ordered_entries, ordered_items
from .tree import EntryList, EntryName, Leaf, LeafList, Move, Node, copy_item, copy_node

JUNOS_NS = "http://xml.juniper.net/junos/*/junos"
_WRAP = "jetemu-wrapper"
_TAG_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
_PROLOG_RE = re.compile(r"^\s*<\?xml[^>]*\?>")


class El:
    __slots__ = ("ns", "tag", "attrs", "text", "children", "line")

    def __init__(self, name: str, attrs: dict[str, str], line: int) -> None:
        ns, _, local = name.rpartition(" ")
        self.ns = ns
        self.tag = local
        self.attrs = {key.rpartition(" ")[2]: value for key, value in attrs.items()}
        self.text: list[str] = []
        self.children: list[El] = []
        self.line = line

    @property
    def value(self) -> str:
        return "".join(self.text)


def _refuse(*_args: object) -> None:
    raise ConfigSyntaxError("syntax error: DTDs and entity declarations are not accepted")


def parse_dom(text: str) -> El:
    """Parse XML into :class:`El` elements with line numbers; the returned element wraps the input."""
    body = _PROLOG_RE.sub("", text, count=1)
    if "<!DOCTYPE" in body or "<!ENTITY" in body:
        _refuse()
    parser = expat.ParserCreate(namespace_separator=" ")
    top = El(_WRAP, {}, 1)
    stack = [top]

    def start(name: str, attrs: dict[str, str]) -> None:
        el = El(name, attrs, parser.CurrentLineNumber)
        stack[-1].children.append(el)
        stack.append(el)

    def end(_name: str) -> None:
        stack.pop()

    def chars(data: str) -> None:
        stack[-1].text.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    try:
        parser.Parse(f'<{_WRAP} xmlns:junos="{JUNOS_NS}">{body}</{_WRAP}>', True)
    except expat.ExpatError as exc:
        raise ConfigSyntaxError(f"syntax error: malformed XML: {expat.errors.messages[exc.code]}", exc.lineno) from None
    return top.children[0]


def _config_root(doc: El) -> El | str:
    """The element holding top-level statements, or the text of a set/text wrapper.

    The output of ``show configuration | display xml`` (an ``<rpc-reply>`` holding the
    ``<configuration>`` and a ``<cli>`` banner) loads as its ``<configuration>``."""
    elements = doc.children
    if len(elements) == 1 and elements[0].tag == "rpc-reply":
        inner = [el for el in elements[0].children if el.tag != "cli"]
        if len(inner) == 1 and inner[0].tag == "configuration":
            elements = inner
    if len(elements) == 1 and elements[0].tag in ("configuration-set", "configuration-text"):
        return elements[0].value
    if len(elements) == 1 and elements[0].tag == "configuration":
        return elements[0]
    for el in elements:
        if el.tag in ("configuration", "configuration-set", "configuration-text"):
            raise ConfigSyntaxError(f"syntax error: <{el.tag}> must be the only top element", el.line)
    return doc


def is_set_wrapper(text: str) -> bool:
    return "<configuration-set" in text.lstrip()[:200]


def parse_xml(text: str, root_schema: SchemaNode, moves: list[Move] | None = None) -> Node | str:
    """Parse a load document; returns a load tree, or the inner text of a set/text wrapper.
    ``moves`` receives the document's ``insert``/``rename`` operations in document order (without
    it, a document holding one is refused)."""
    croot = _config_root(parse_dom(text))
    if isinstance(croot, str):
        return croot
    node = Node()
    _meta(croot, node, "/configuration", croot.line)
    _children(croot, node, root_schema, "/configuration", _Parse(moves))
    return node


class _Parse:
    """State of one document's parse: where the element being read is (``trail``: the tag and
    entry name of each step from the top) and the moves found."""

    __slots__ = ("moves", "trail")

    def __init__(self, moves: list[Move] | None) -> None:
        self.moves = moves
        self.trail: list[tuple[str, EntryName | None]] = []

    def add(self, el: El, tag: str, name: EntryName, op: str, ref: EntryName | None, where: str) -> None:
        if self.moves is None:
            raise ConfigSyntaxError(f"syntax error: {op} is not accepted here, at {where}", el.line)
        self.moves.append(Move(tuple(self.trail), tag, name, op, ref, where, el.line))


def _insert_of(el: El, where: str) -> str | None:
    where_to = el.attrs.get("insert")
    if where_to is not None and where_to not in ("first", "before", "after"):
        raise ConfigSyntaxError(f'syntax error: insert="{where_to}" at {where} (first, before or after)', el.line)
    return where_to


def _is_comment(el: El) -> bool:
    return el.tag == "comment" and el.ns == JUNOS_NS


def _strip_comment(raw: str) -> str:
    text = raw.strip()
    if text.startswith("/*") and text.endswith("*/"):
        text = text[2:-2]
    return text.strip()


def _meta(el: El, item: Node | Leaf | LeafList | EntryList, where: str, line: int) -> None:
    attrs = el.attrs
    op = attrs.get("operation")
    if op is None and attrs.get("replace") == "replace":
        op = "replace"
    if op is None and attrs.get("delete") == "delete":
        op = "delete"
    if op is not None:
        if op not in ("replace", "delete", "merge", "create"):
            raise ConfigSyntaxError(f"syntax error: unsupported operation '{op}' at {where}", line)
        if op in ("replace", "delete"):
            item.op = op
    if "inactive" in attrs:
        item.inactive = True
    if "active" in attrs:
        item.inactive = False
    if "protect" in attrs:
        item.protect = True
    if "unprotect" in attrs:
        item.protect = False


def _children(el: El, node: Node, sch: SchemaNode, where: str, ctx: _Parse, skip: frozenset[str] = frozenset()) -> None:
    comment: str | None = None
    by_name = sch.by_name
    for child in el.children:
        if _is_comment(child):
            comment = _strip_comment(child.value)
            continue
        tag = child.tag
        if tag in skip:
            continue
        here = f"{where}/{tag}"
        cs = by_name.get(tag)
        if cs is None:
            raise ConfigSyntaxError(f"syntax error: <{tag}> at {where}", child.line)
        existing = node.children.get(tag)
        kind = cs.kind
        item: Node | Leaf | LeafList | EntryList
        if kind == "list":
            item = _entry(child, node, cs, existing, here, ctx)
        elif kind in ("container", "presence", "flag"):
            if existing is None:
                existing = Node()
                node.children[tag] = existing
            elif not isinstance(existing, Node):  # pragma: no cover - one kind per tag
                raise ConfigSyntaxError(f"syntax error: <{tag}> at {where}", child.line)
            item = existing
            if kind == "flag":
                if [c for c in child.children if not _is_comment(c)] or child.value.strip():
                    raise ConfigSyntaxError(f"syntax error: <{tag}> at {where} takes no value", child.line)
            else:
                ctx.trail.append((tag, None))
                _children(child, existing, cs, here, ctx)
                ctx.trail.pop()
        else:
            if child.children:
                raise ConfigSyntaxError(f"syntax error: <{tag}> takes a value, not elements, at {where}", child.line)
            value = child.value
            delete_marker = not value and child.attrs.get("operation") == "delete"
            if kind == "leaf":
                item = Leaf(None if delete_marker else value)
                node.children[tag] = item
            elif isinstance(existing, LeafList):
                if not delete_marker:
                    existing.values[value] = None
                item = existing
            else:
                item = LeafList([] if delete_marker else [value])
                node.children[tag] = item
            if "insert" in child.attrs or "rename" in child.attrs:
                _leaf_move(child, tag, kind, value, here, ctx)
        _meta(child, item, here, child.line)
        if comment is not None:
            item.comment = comment
            comment = None


def entry_key_names(ls: SchemaNode) -> list[str]:
    """The key elements of an entry as XML/JSON show them (a key choice by its own name)."""
    return [k for k in ls.keys if k not in ("choice-ident", "choice-value")]


def _leaf_move(el: El, tag: str, kind: str, value: str, here: str, ctx: _Parse) -> None:
    """The ``insert`` of a leaf-list value (its referent in ``name``); leaves and renames of
    values are refused."""
    if kind != "leaflist" or "rename" in el.attrs:
        op = "rename" if "rename" in el.attrs else "insert"
        raise ConfigSyntaxError(
            f"syntax error: {op} applies to list entries and leaf-list values, not <{tag}> at {here}", el.line
        )
    where_to = _insert_of(el, here)
    assert where_to is not None
    ref = el.attrs.get("name") if where_to != "first" else None
    if where_to != "first" and not ref:
        raise ConfigSyntaxError(
            f'syntax error: insert="{where_to}" at {here} needs the referent value in name=', el.line
        )
    ctx.add(el, tag, value, where_to, ref, here)


def _entry_move(el: El, ls: SchemaNode, name: EntryName, here: str, ctx: _Parse) -> None:
    """The ``insert`` and ``rename`` of an entry: the referent's (or the new name's) keys are
    attributes named after the key elements."""
    keys = entry_key_names(ls)
    if len(keys) != len(ls.keys):  # keys chosen among keywords (choice-ident) have no attribute names
        raise ConfigSyntaxError(f"syntax error: insert and rename are not available for <{ls.name}> at {here}", el.line)
    where_to = _insert_of(el, here)
    if where_to is not None:
        ref = None if where_to == "first" else _attr_keys(el, keys, f'insert="{where_to}"', here)
        ctx.add(el, ls.name, name, where_to, ref, here)
    if "rename" in el.attrs:
        if el.attrs["rename"] != "rename":
            raise ConfigSyntaxError(f'syntax error: rename="{el.attrs["rename"]}" at {here}', el.line)
        ctx.add(el, ls.name, name, "rename", _attr_keys(el, keys, 'rename="rename"', here), here)


def _attr_keys(el: El, keys: list[str], op: str, here: str) -> EntryName:
    missing = [key for key in keys if not el.attrs.get(key)]
    if missing:
        raise ConfigSyntaxError(f"syntax error: {op} at {here} needs the attribute {missing[0]}=", el.line)
    values = [el.attrs[key] for key in keys]
    return values[0] if len(values) == 1 else tuple(values)


def _entry(el: El, node: Node, ls: SchemaNode, existing: object, here: str, ctx: _Parse) -> Node | EntryList:
    subs = [c for c in el.children if not _is_comment(c)]
    values: list[str] = []
    used: set[str] = set()
    missing: str | None = None
    schema = ls.schema
    for key in ls.keys:
        if key == "choice-ident":
            ident_node = ls.by_name[key]
            idents = ident_node.type.enums() if ident_node.type is not None else []
            found = next((c for c in subs if c.tag in idents), None)
            if found is None:
                missing = key
                break
            used.add(found.tag)
            values.append(found.tag)
            values.append(found.value.strip() if schema.key_choices.get(found.tag, ("", False))[1] else "")
            continue
        if key == "choice-value":
            continue
        key_el = next((c for c in subs if c.tag == key), None)
        if key_el is None or key_el.children or not key_el.value.strip():
            missing = key
            break
        used.add(key)
        values.append(key_el.value.strip())
    if existing is None:
        existing = EntryList(ls.keys[0], ls.user_order)
        node.children[ls.name] = existing
    assert isinstance(existing, EntryList)
    if missing is not None:
        if el.attrs.get("operation") == "delete" and not subs:
            return existing  # the whole list (meta applied by the caller)
        raise ConfigSyntaxError(f"syntax error: <{ls.name}> at {here} has no <{missing}>", el.line)
    name: EntryName = values[0] if len(values) == 1 else tuple(values)
    entry = existing.entries.get(name)
    if entry is None:
        entry = Node()
        existing.entries[name] = entry
    if "insert" in el.attrs or "rename" in el.attrs:
        _entry_move(el, ls, name, here, ctx)
    ctx.trail.append((ls.name, name))
    _children(el, entry, ls, f"{here}[{name}]", ctx, frozenset(used))
    ctx.trail.pop()
    return entry


# --- rendering -----------------------------------------------------------------------------------


def _esc(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def _has_comments(node: Node) -> bool:
    """Whether an element below ``node`` needs the ``junos`` namespace (annotations, groups)."""
    for item in node.children.values():
        if type(item) is EntryList:
            if any(e.comment or e.group or _has_comments(e) for e in item.entries.values()):
                return True
        elif item.comment or item.group or (type(item) is Node and _has_comments(item)):
            return True
    return False


def render_xml(root: Node, root_schema: SchemaNode) -> str:
    ns = f' xmlns:junos="{JUNOS_NS}"' if _has_comments(root) else ""
    if not root.children:
        return f"<configuration{ns}/>\n"
    out = Lines()
    out.append(f"<configuration{ns}>")
    _render_children(root, root_schema, "    ", out)
    out.append("</configuration>")
    out.append("")  # the last line's newline
    return out.text()


_INACTIVE = ' inactive="inactive"'


def _attrs(item: Node | Leaf | LeafList) -> str:
    """``inactive`` and, in a configuration with groups expanded, ``junos:group``."""
    attrs = _INACTIVE if item.inactive else ""
    if item.protect:
        attrs += ' protect="protect"'
    if item.group:
        attrs += f' junos:group="{_esc(item.group).replace(chr(34), "&quot;")}"'
    return attrs


def key_elements(ls: SchemaNode, name: EntryName) -> list[tuple[str, str | None]]:
    """(element, value or None for an empty element) of the keys of an entry, in key order."""
    values = name if isinstance(name, tuple) else (name,)
    pairs: list[tuple[str, str | None]] = []
    schema = ls.schema
    for index, key in enumerate(ls.keys):
        value = values[index] if index < len(values) else ""
        if key == "choice-ident":
            takes = schema.key_choices.get(value, ("", False))[1]
            pairs.append((value, values[index + 1] if takes and index + 1 < len(values) else None))
        elif key != "choice-value":
            pairs.append((key, value))
    return pairs


def _render_children(node: Node, sch: SchemaNode, ind: str, out: list[str]) -> None:
    """Append the elements of ``node``'s statements indented by ``ind``."""
    inner = ind + "    "
    by_name = sch.by_name
    for tag, item in ordered_items(node, sch):
        kind = type(item)
        cs = by_name.get(tag)
        if cs is None:  # pragma: no cover - trees are built through the schema
            continue
        if kind is EntryList:
            assert isinstance(item, EntryList)
            for name, entry in ordered_entries(item, cs):
                if entry.comment:
                    out.append(f"{ind}<junos:comment>/* {_esc(entry.comment)} */</junos:comment>")
                out.append(f"{ind}<{tag}{_attrs(entry)}>")
                for key, value in key_elements(cs, name):
                    out.append(f"{inner}<{key}/>" if value is None else f"{inner}<{key}>{_esc(value)}</{key}>")
                _render_children(entry, cs, inner, out)
                out.append(f"{ind}</{tag}>")
                if len(out) >= SPILL:
                    spill(out)
            continue
        if item.comment:
            out.append(f"{ind}<junos:comment>/* {_esc(item.comment)} */</junos:comment>")
        attr = _attrs(item)  # type: ignore[arg-type]
        if kind is Node:
            assert isinstance(item, Node)
            if item.children:
                out.append(f"{ind}<{tag}{attr}>")
                _render_children(item, cs, inner, out)
                out.append(f"{ind}</{tag}>")
            else:
                out.append(f"{ind}<{tag}{attr}/>")
            continue
        head = f"{ind}<{tag}{attr}>"
        tail = f"</{tag}>"
        if kind is Leaf:
            assert isinstance(item, Leaf)
            out.append(head + _esc(item.value or "") + tail)
        else:
            assert isinstance(item, LeafList)
            out.extend([head + _esc(value) + tail for value in item.values])


# --- subtree filters -----------------------------------------------------------------------------


def apply_filter(root: Node, filter_text: str) -> Node:
    croot = _config_root(parse_dom(filter_text))
    if isinstance(croot, str):
        raise ConfigSyntaxError("syntax error: a configuration filter must be XML elements")
    out = Node()
    _filter(root, croot, out)
    return out


def _filter(node: Node, fel: El, out: Node) -> None:
    for fchild in fel.children:
        if _is_comment(fchild):
            continue
        tag = fchild.tag
        item = node.children.get(tag)
        if item is None:
            continue
        subs = [c for c in fchild.children if not _is_comment(c)]
        if isinstance(item, EntryList):
            key_el = next((c for c in subs if c.tag == item.key and not c.children and c.value.strip()), None)
            rest = El(fchild.tag, {}, fchild.line)
            rest.children = [c for c in subs if c is not key_el]
            names = [key_el.value.strip()] if key_el is not None else list(item.entries)
            for name in names:
                entry = item.entries.get(name)
                if entry is None:
                    continue
                if rest.children:
                    shell = Node()
                    shell.inactive, shell.comment, shell.protect = entry.inactive, entry.comment, entry.protect
                    _filter(entry, rest, shell)
                    if not shell.children and key_el is None:
                        continue
                else:
                    shell = copy_node(entry)
                holder = out.children.get(tag)
                if not isinstance(holder, EntryList):
                    holder = EntryList(item.key, item.user_order)
                    out.children[tag] = holder
                holder.entries[name] = shell
        elif isinstance(item, Node):
            if not subs:
                out.children[tag] = copy_node(item)
                continue
            shell = Node()
            shell.inactive, shell.comment, shell.protect = item.inactive, item.comment, item.protect
            _filter(item, fchild, shell)
            if shell.children:
                out.children[tag] = shell
        else:
            wanted = fchild.value.strip()
            if isinstance(item, Leaf) and wanted and item.value != wanted:
                continue
            if isinstance(item, LeafList) and wanted and wanted not in item.values:
                continue
            out.children[tag] = copy_item(item)
