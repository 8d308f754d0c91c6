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

from .hierarchy import ROOT, S
from .paths import SPILL, Lines, child_schema, quote, quote_name, spill
from .textfmt import leaf_words, render_children
from .tree import EntryList, Item, Leaf, LeafList, Node


def diff_nodes(old: Node, new: Node) -> str:
    out = Lines()
    _diff(old, new, ROOT, [], out)
    if out.empty():
        return ""
    out.append("")  # the last line's newline
    return out.text()


def _render(sign: str, tag: str, item: Item, sch: S | None, lines: list[str], name: str | None = None) -> None:
    """Append ``item`` in text form one level below its header, first column replaced by ``sign``."""
    tmp = Node()
    if name is not None:
        assert isinstance(item, Node)
        holder = EntryList()
        holder.entries[name] = item
        tmp.children[tag] = holder
        # wrapped lists render as blocks in text; show one entry with its keyword instead
        if sch is not None:
            cs = child_schema(sch, tag)
            if cs is not None and cs.wrap and sch.hidden != tag:
                sch = None
    else:
        tmp.children[tag] = item
    # A statement one level down is indented by four spaces; the sign takes the first one.
    render_children(tmp, sch, sign + "   ", "", lines)


def _words(tag: str, sch: S | None, name: str | None) -> list[str]:
    if name is None:
        return [tag]
    if sch is not None and sch.hidden == tag:
        return [quote_name(name, sch)]
    return [tag, quote(name)]


def _state_line(tag: str, item: Item, sch: S | None, name: str | None) -> str:
    state = "inactive: " if item.inactive else "active: "
    if isinstance(item, Leaf | LeafList):
        return f"!   {state}{leaf_words(tag, item, child_schema(sch, tag))};"
    assert isinstance(item, Node)
    body = " { ... }" if item.children else ";"
    return f"!   {state}{' '.join(_words(tag, sch, name))}{body}"


def _diff(old: Node, new: Node, sch: S | None, path: list[str], out: list[str]) -> None:
    lines: list[str] = []
    nested: list[tuple[Node, Node, S | None, list[str]]] = []
    for tag, o in old.children.items():
        if tag not in new.children:
            if isinstance(o, EntryList):
                for name, entry in o.entries.items():
                    _render("-", tag, entry, sch, lines, name)
            else:
                _render("-", tag, o, sch, lines)
    for tag, n in new.children.items():
        o = old.children.get(tag)
        if o is n:  # shared by both configurations (unchanged by the load that made one of them)
            continue
        cs = child_schema(sch, tag)
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
    sch: S | None,
    name: str | None,
    lines: list[str],
    nested: list[tuple[Node, Node, S | None, list[str]]],
    cs: S | None,
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
    if o.children or n.children:
        nested.append((o, n, cs, [*path, *_words(tag, sch, name)]))


def _diff_entries(
    tag: str,
    o: EntryList,
    n: EntryList,
    sch: S | None,
    cs: S | None,
    path: list[str],
    lines: list[str],
    nested: list[tuple[Node, Node, S | None, list[str]]],
) -> None:
    for name, entry in o.entries.items():
        if name not in n.entries:
            _render("-", tag, entry, sch, lines, name)
    old_common = [name for name in o.entries if name in n.entries]
    new_common = [name for name in n.entries if name in o.entries]
    moved: set[str] = set()
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
