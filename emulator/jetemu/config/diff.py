"""Junos ``show | compare`` output.

Shape: a ``[edit <path>]`` header for each container or entry with direct changes, then its changed
statements in text form, each line prefixed ``-`` (removed), ``+`` (added) or ``!`` (only the
``inactive:`` state changed: ``!    inactive: ge-0/0/1 { ... }`` / ``!    active: ...``).
Statements are indented like ``show configuration`` one level below the header, with the first
column replaced by the sign (``+   address 10.0.0.1/24;``). Within a header, removed statements
come first, then changed and added ones in the new configuration's order; nested headers follow
in tree order. Entries whose relative order changed are shown removed and added again.
The cost is linear in the size of both trees, and statements the two trees share (the
unchanged parts of a configuration built from the other, see :class:`.paths.Draft`) cost nothing.
"""

from __future__ import annotations

from .paths import SPILL, Lines, spill
from .schema import SchemaNode
from .textfmt import entry_words, leaf_words, ordered_items, render_item
from .tree import EntryList, EntryName, Item, Leaf, LeafList, Node


def diff_nodes(old: Node, new: Node, root_schema: SchemaNode) -> str:
    out = Lines()
    _diff(old, new, root_schema, [], out)
    if out.empty():
        return ""
    out.append("")  # the last line's newline
    return out.text()


def _render(sign: str, tag: str, item: Item, sch: SchemaNode, lines: list[str], name: EntryName | None = None) -> None:
    """Append ``item`` in text form one level below its header, first column replaced by ``sign``."""
    cs = sch.by_name[tag]
    # A statement one level down is indented by four spaces; the sign takes the first one.
    ind = sign + "   "
    if name is not None:
        assert isinstance(item, Node)
        holder = EntryList(cs.keys[0], True)
        holder.entries[name] = item
        if cs.homogeneous and not cs.nokeyword:
            # one entry of a homogeneous list is shown with its keyword
            from .textfmt import _block

            _block(item, entry_words(cs, name, sch, True), cs, ind, lines)
            return
        render_item(tag, holder, cs, sch, ind, "", lines)
        return
    render_item(tag, item, cs, sch, ind, "", lines)


def _words(tag: str, sch: SchemaNode, name: EntryName | None) -> list[str]:
    cs = sch.by_name[tag]
    if name is None:
        return [sch.keyword(cs)]
    return [entry_words(cs, name, sch, True)]


def _state_line(tag: str, item: Item, sch: SchemaNode, name: EntryName | None) -> str:
    state = "inactive: " if item.inactive else "active: "
    cs = sch.by_name[tag]
    if isinstance(item, Leaf | LeafList):
        return f"!   {state}{leaf_words(None if cs.nokeyword else sch.keyword(cs), item, cs)};"
    assert isinstance(item, Node)
    body = " { ... }" if item.children else ";"
    return f"!   {state}{' '.join(_words(tag, sch, name))}{body}"


_Nested = list[tuple[Node, Node, SchemaNode, list[str]]]


def _diff(old: Node, new: Node, sch: SchemaNode, path: list[str], out: list[str]) -> None:
    lines: list[str] = []
    nested: _Nested = []
    for tag, o in ordered_items(old, sch):
        if tag not in new.children:
            if isinstance(o, EntryList):
                for name, entry in o.entries.items():
                    _render("-", tag, entry, sch, lines, name)
            else:
                _render("-", tag, o, sch, lines)
    for tag, n in ordered_items(new, sch):
        o = old.children.get(tag)
        if o is n:  # shared by both configurations (unchanged by the load that made one of them)
            continue
        cs = sch.by_name[tag]
        if o is None:
            if isinstance(n, EntryList):
                for name, entry in n.entries.items():
                    _render("+", tag, entry, sch, lines, name)
            else:
                _render("+", tag, n, sch, lines)
            continue
        if type(o) is not type(n):
            _render("-", tag, o, sch, lines)
            _render("+", tag, n, sch, lines)
            continue
        if isinstance(n, EntryList):
            assert isinstance(o, EntryList)
            _diff_entries(tag, o, n, sch, cs, path, lines, nested)
        elif isinstance(n, Node):
            assert isinstance(o, Node)
            _diff_meta(tag, o, n, sch, None, lines, nested, cs, path)
        else:
            assert isinstance(o, Leaf | LeafList)
            same_value = (o.value == n.value) if isinstance(n, Leaf) else (list(o.values) == list(n.values))  # type: ignore[union-attr]
            if same_value and (o.comment or None) == (n.comment or None):
                if bool(o.inactive) != bool(n.inactive):
                    lines.append(_state_line(tag, n, sch, None))
            elif not same_value or o.comment != n.comment:
                _render("-", tag, o, sch, lines)
                _render("+", tag, n, sch, lines)
    if lines:
        out.append("[edit" + "".join(" " + word for word in path) + "]")
        out.extend(lines)
        if len(out) >= SPILL:
            spill(out)
    for o_node, n_node, n_sch, n_path in nested:
        _diff(o_node, n_node, n_sch, n_path, out)


def _diff_meta(
    tag: str,
    o: Node,
    n: Node,
    sch: SchemaNode,
    name: EntryName | None,
    lines: list[str],
    nested: _Nested,
    cs: SchemaNode,
    path: list[str],
) -> None:
    if (o.comment or None) != (n.comment or None):
        if o.comment:
            lines.append(f"-   /* {o.comment} */")
        if n.comment:
            lines.append(f"+   /* {n.comment} */")
        lines.append("    " + " ".join(_words(tag, sch, name)) + (" { ... }" if n.children else ";"))
    if bool(o.inactive) != bool(n.inactive):
        lines.append(_state_line(tag, n, sch, name))
    if (o.children or n.children) and cs.kind != "flag":
        nested.append((o, n, cs, [*path, *_words(tag, sch, name)]))


def _diff_entries(
    tag: str,
    o: EntryList,
    n: EntryList,
    sch: SchemaNode,
    cs: SchemaNode,
    path: list[str],
    lines: list[str],
    nested: _Nested,
) -> None:
    for name, entry in o.entries.items():
        if name not in n.entries:
            _render("-", tag, entry, sch, lines, name)
    moved: set[EntryName] = set()
    if cs.user_order:
        old_common = [name for name in o.entries if name in n.entries]
        new_common = [name for name in n.entries if name in o.entries]
        if old_common != new_common:
            first = next(i for i, (a, b) in enumerate(zip(old_common, new_common, strict=True)) if a != b)
            moved = set(new_common[first:])
    for name, entry in n.entries.items():
        before = o.entries.get(name)
        if before is None:
            _render("+", tag, entry, sch, lines, name)
        elif name in moved:
            _render("-", tag, before, sch, lines, name)
            _render("+", tag, entry, sch, lines, name)
        elif before is not entry:
            _diff_meta(tag, before, entry, sch, name, lines, nested, cs, path)
