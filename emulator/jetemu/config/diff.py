"""Junos ``show | compare`` output.

Shape: the changes in schema order, each under the ``[edit <path>]`` header of the container or
entry it is in (a header is written again when changes at its level follow changes below it), in
text form, each line prefixed ``-`` (removed), ``+`` (added) or ``!`` (only the
``inactive:`` or ``protect:`` state changed: ``!    inactive: ge-0/0/1 { ... }`` / ``!    active:
...``, ``!    protect: ...`` / ``!    unprotect: ...``).
Statements are indented like ``show configuration`` one level below the header, with the first
column replaced by the sign (``+   address 10.0.0.1/24;``). A changed value shows its old statement
then its new one; entries come in the order of their list (sorted lists: both lists' entries
sorted; user-ordered lists: the new order, then the removed entries). In a user-ordered list,
the entries after the first place where the order changed (an entry moved, or one added before
old ones) are shown removed and added again, so that ``load patch`` of the output rebuilds the
order (it appends what it adds).
The cost is linear in the size of both trees, and statements the two trees share (the
unchanged parts of a configuration built from the other, see :class:`.paths.Draft`) cost nothing.
"""

from __future__ import annotations

from .paths import SPILL, Lines, spill
from .schema import SchemaNode
from .textfmt import _block, entry_words, leaf_words, ordered_entries, render_item
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
        if _listed_block(cs):
            # an entry of ``groups { ... }``-like lists: under the list's own header, no keyword
            _block(item, entry_words(cs, name, sch, False), cs, ind, lines)
            return
        render_item(tag, holder, cs, sch, ind, "", lines)
        return
    render_item(tag, item, cs, sch, ind, "", lines)


def _listed_block(cs: SchemaNode) -> bool:
    """A list shown as one block of its entries under its keyword (``groups { g1 {``,
    ``logical-systems { ls1 {``): Junos's compare shows its entries under ``[edit groups]``."""
    return cs.homogeneous and not cs.nokeyword


def _entries_path(path: list[str], tag: str, sch: SchemaNode) -> list[str]:
    cs = sch.by_name[tag]
    return [*path, sch.keyword(cs)] if _listed_block(cs) else path


def _words(tag: str, sch: SchemaNode, name: EntryName | None) -> list[str]:
    cs = sch.by_name[tag]
    if name is None:
        return [sch.keyword(cs)]
    return [entry_words(cs, name, sch, True)]


def _state_line(tag: str, item: Item, sch: SchemaNode, name: EntryName | None, protect: bool = False) -> str:
    if protect:
        state = "protect: " if item.protect else "unprotect: "
    else:
        state = "inactive: " if item.inactive else "active: "
    cs = sch.by_name[tag]
    if isinstance(item, Leaf | LeafList):
        return f"!   {state}{leaf_words(None if cs.nokeyword else sch.keyword(cs), item, cs)};"
    assert isinstance(item, Node)
    body = " { ... }" if item.children else ";"
    return f"!   {state}{' '.join(_words(tag, sch, name))}{body}"


class _Out:
    """The lines of the compare and the last header written (a header is repeated when changes
    at its level come again after changes below it, as Junos does)."""

    __slots__ = ("lines", "header")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.header: str | None = None

    def at(self, path: list[str]) -> list[str]:
        """The output, positioned under the header of ``path``."""
        header = "[edit" + "".join(" " + word for word in path) + "]"
        if header != self.header:
            self.lines.append(header)
            self.header = header
        if len(self.lines) >= SPILL:
            spill(self.lines)
        return self.lines


def _diff(old: Node, new: Node, sch: SchemaNode, path: list[str], out: list[str] | _Out) -> None:
    """The changes from ``old`` to ``new`` (containers at ``path``) in schema order: each statement
    changed at this level under this level's header, the changes below a statement where it is."""
    if not isinstance(out, _Out):
        out = _Out(out)
    for tag, o, n in _merged_items(old, new, sch):
        if o is n:  # shared by both configurations (unchanged by the load that made one of them)
            continue
        cs = sch.by_name[tag]
        if o is None or n is None or type(o) is not type(n):
            if isinstance(o, EntryList):
                for name, entry in ordered_entries(o, cs):
                    _render("-", tag, entry, sch, out.at(_entries_path(path, tag, sch)), name)
            elif o is not None:
                _render("-", tag, o, sch, out.at(path))
            if isinstance(n, EntryList):
                for name, entry in ordered_entries(n, cs):
                    _render("+", tag, entry, sch, out.at(_entries_path(path, tag, sch)), name)
            elif n is not None:
                _render("+", tag, n, sch, out.at(path))
            continue
        if isinstance(n, EntryList):
            assert isinstance(o, EntryList)
            _diff_entries(tag, o, n, sch, cs, path, out)
        elif isinstance(n, Node):
            assert isinstance(o, Node)
            _diff_meta(tag, o, n, sch, None, cs, path, out)
        else:
            assert isinstance(o, Leaf | LeafList)
            same_value = (o.value == n.value) if isinstance(n, Leaf) else (list(o.values) == list(n.values))  # type: ignore[union-attr]
            if same_value and (o.comment or None) == (n.comment or None):
                if bool(o.inactive) != bool(n.inactive):
                    out.at(path).append(_state_line(tag, n, sch, None))
                if bool(o.protect) != bool(n.protect):
                    out.at(path).append(_state_line(tag, n, sch, None, protect=True))
            else:
                _render("-", tag, o, sch, out.at(path))
                _render("+", tag, n, sch, out.at(path))


def _merged_items(old: Node, new: Node, sch: SchemaNode) -> list[tuple[str, Item | None, Item | None]]:
    """The statements of both nodes in schema order: (tag, old item or None, new item or None)."""
    order = sch.order
    tags = {**old.children, **new.children}
    return [
        (tag, old.children.get(tag), new.children.get(tag))
        for tag in sorted(tags, key=lambda tag: order.get(tag, 1 << 30))
    ]


def _diff_meta(
    tag: str,
    o: Node,
    n: Node,
    sch: SchemaNode,
    name: EntryName | None,
    cs: SchemaNode,
    path: list[str],
    out: _Out,
) -> None:
    if (o.comment or None) != (n.comment or None):
        lines = out.at(path)
        if o.comment:
            lines.append(f"-   /* {o.comment} */")
        if n.comment:
            lines.append(f"+   /* {n.comment} */")
        lines.append("    " + " ".join(_words(tag, sch, name)) + (" { ... }" if n.children else ";"))
    if bool(o.inactive) != bool(n.inactive):
        out.at(path).append(_state_line(tag, n, sch, name))
    if bool(o.protect) != bool(n.protect):
        out.at(path).append(_state_line(tag, n, sch, name, protect=True))
    if (o.children or n.children) and cs.kind != "flag":
        _diff(o, n, cs, [*path, *_words(tag, sch, name)], out)


def _diff_entries(
    tag: str,
    o: EntryList,
    n: EntryList,
    sch: SchemaNode,
    cs: SchemaNode,
    path: list[str],
    out: _Out,
) -> None:
    """Entries in the order Junos shows them: a sorted list in the sorted order of both lists'
    entries; a user-ordered one in its new order, then the entries it lost. Entries whose place
    among the others changed are shown removed and added again."""
    moved: set[EntryName] = set()
    if cs.user_order:
        # The entries that keep their place come first; every old entry after the first one
        # that does not (moved, or with a new entry before it) is shown removed and added again,
        # so that the compare applied as a patch (removals, then additions appended) gives the
        # new order back.
        old_common = [name for name in o.entries if name in n.entries]
        new_order = list(n.entries)
        kept = 0
        while kept < len(old_common) and new_order[kept] == old_common[kept]:
            kept += 1
        moved = {name for name in new_order[kept:] if name in o.entries}
        names = [*n.entries, *(name for name in o.entries if name not in n.entries)]
    else:
        merged = EntryList(cs.keys[0], False)
        merged.entries = {**o.entries, **n.entries}
        names = [name for name, _ in ordered_entries(merged, cs)]
    here = _entries_path(path, tag, sch)
    for name in names:
        before, entry = o.entries.get(name), n.entries.get(name)
        if entry is None:
            assert before is not None
            _render("-", tag, before, sch, out.at(here), name)
        elif before is None:
            _render("+", tag, entry, sch, out.at(here), name)
        elif name in moved:
            _render("-", tag, before, sch, out.at(here), name)
            _render("+", tag, entry, sch, out.at(here), name)
        elif before is not entry:
            _diff_meta(tag, before, entry, sch, name, cs, path, out)
