"""Load semantics: merge, replace, override, update (tree inputs), and the moves (reorders and
renames) a load carries beside its tree."""

from __future__ import annotations

from .errors import ConfigError
from .schema import SchemaNode
from .tree import EntryList, EntryName, Item, Leaf, LeafList, Move, Node, moved_in, renamed_in


def merge_tree(dst: Node, src: Node, *, honor_replace: bool, sch: SchemaNode | None = None) -> bool:
    """Merge load tree ``src`` into ``dst`` in place (``dst`` must be a private copy).

    ``op="delete"`` statements are removed from ``dst``; ``op="replace"`` statements replace the
    existing one when ``honor_replace`` (``load replace``); metadata given in ``src`` wins
    (``inactive`` True/False, annotations); everything else merges: leaves take the new value,
    leaf-lists gain the new values, containers and entries merge recursively. With ``sch`` (the
    schema of ``dst``), containers that deletes leave empty are removed, as :mod:`.setfmt` does;
    returns whether something was deleted.
    """
    deleted = False
    by_name = sch.by_name if sch is not None else {}
    _meta(dst, src)
    for tag, s in src.children.items():
        d = dst.children.get(tag)
        cs = by_name.get(tag)
        if s.op == "delete":
            _delete(dst, tag, d, s)
            deleted = True
            continue
        if isinstance(s, EntryList):
            if not isinstance(d, EntryList):
                d = EntryList(s.key, s.user_order)
                dst.children[tag] = d
            for name, se in s.entries.items():
                de = d.entries.get(name)
                if se.op == "delete":
                    d.entries.pop(name, None)
                    deleted = True
                elif de is None or (honor_replace and se.op == "replace"):
                    d.entries[name] = clean_node(se)
                else:
                    deleted = merge_tree(de, se, honor_replace=honor_replace, sch=cs) or deleted
            if not d.entries:
                del dst.children[tag]
        elif isinstance(s, Node):
            if isinstance(d, Node) and not (honor_replace and s.op == "replace"):
                if merge_tree(d, s, honor_replace=honor_replace, sch=cs):
                    deleted = True
                    if cs is not None and cs.kind == "container" and not d.children and _plain(d):
                        del dst.children[tag]
            else:
                dst.children[tag] = clean_node(s)
        elif isinstance(s, Leaf):
            if s.value is None:
                if isinstance(d, Leaf):
                    _meta(d, s)
            elif isinstance(d, Leaf):
                d.value = s.value
                _meta(d, s)
            else:
                dst.children[tag] = _clean_leaf(s)
        else:
            if isinstance(d, LeafList) and not (honor_replace and s.op == "replace"):
                d.values.update(s.values)
                _meta(d, s)
            elif s.values:
                dst.children[tag] = _clean_leaf(s)
            elif isinstance(d, LeafList):
                _meta(d, s)
    return deleted


def _plain(node: Node) -> bool:
    return not (node.protect or node.inactive or node.comment)


def _delete(dst: Node, tag: str, d: Item | None, s: Item) -> None:
    if d is None:
        return
    if isinstance(s, LeafList) and s.values and isinstance(d, LeafList):
        for value in s.values:
            d.values.pop(value, None)
        if not d.values:
            del dst.children[tag]
        return
    del dst.children[tag]


def _meta(d: Node | Leaf | LeafList, s: Node | Leaf | LeafList) -> None:
    if s.inactive is not None:
        d.inactive = True if s.inactive else None
    if s.protect is not None:
        d.protect = True if s.protect else None
    if s.comment is not None:
        d.comment = s.comment or None


def _clean_leaf(s: Leaf | LeafList) -> Leaf | LeafList:
    new: Leaf | LeafList = Leaf(s.value) if isinstance(s, Leaf) else LeafList(list(s.values))
    new.inactive = True if s.inactive else None
    new.protect = True if s.protect else None
    new.comment = s.comment or None
    return new


def clean_node(s: Node) -> Node:
    """A copy of load tree ``s`` as plain configuration: operations applied to nothing, meta normalized."""
    new = Node()
    new.inactive = True if s.inactive else None
    new.protect = True if s.protect else None
    new.comment = s.comment or None
    for tag, child in s.children.items():
        if child.op == "delete":
            continue
        if isinstance(child, EntryList):
            entries = {name: clean_node(e) for name, e in child.entries.items() if e.op != "delete"}
            if entries:
                el = EntryList(child.key, child.user_order)
                el.entries = entries
                new.children[tag] = el
        elif isinstance(child, Node):
            new.children[tag] = clean_node(child)
        elif isinstance(child, Leaf):
            if child.value is not None:
                new.children[tag] = _clean_leaf(child)
        elif child.values:
            new.children[tag] = _clean_leaf(child)
    return new


def _holder(root: Node, move: Move) -> EntryList | LeafList | None:
    node: Node | None = root
    for tag, name in move.steps:
        assert node is not None
        item = node.children.get(tag)
        if name is None:
            node = item if isinstance(item, Node) else None
        else:
            node = item.entries.get(name) if isinstance(item, EntryList) else None
        if node is None:
            return None
    assert node is not None
    found = node.children.get(move.tag)
    return found if isinstance(found, EntryList | LeafList) else None


def _shown(name: EntryName | None) -> str:
    return " ".join(name) if isinstance(name, tuple) else str(name)


def check_renames(base: Node, moves: list[Move]) -> None:
    """Raise :class:`ConfigError` for a rename of an entry that ``base`` (the configuration the
    load applies to) does not hold: the load would otherwise create it under its old name."""
    for move in moves:
        if move.op != "rename":
            continue
        holder = _holder(base, move)
        if not isinstance(holder, EntryList) or move.name not in holder.entries:
            raise ConfigError(f"error: statement not found: {move.where}[{_shown(move.name)}] (line {move.line})")


def apply_moves(root: Node, moves: list[Move]) -> None:
    """Apply the reorders, then the renames (innermost first, so that the steps of each still
    name what is there), of a load to its merged result ``root`` in place (a private tree)."""
    inserts = [move for move in moves if move.op != "rename"]
    renames = [move for move in reversed(moves) if move.op == "rename"]
    for move in [*inserts, *renames]:
        holder = _holder(root, move)
        order: dict[EntryName, Node] | dict[str, None] | None = None
        if isinstance(holder, EntryList):
            order = holder.entries
        elif isinstance(holder, LeafList):
            order = holder.values
        if order is None or move.name not in order:
            raise ConfigError(f"error: statement not found: {move.where}[{_shown(move.name)}] (line {move.line})")
        if move.op == "rename":
            assert isinstance(holder, EntryList) and move.ref is not None
            if move.ref in holder.entries and move.ref != move.name:
                raise ConfigError(f"error: {move.where}[{_shown(move.ref)}] already exists (line {move.line})")
            holder.entries = renamed_in(holder.entries, move.name, move.ref)
            continue
        if move.op != "first" and move.ref not in order:
            raise ConfigError(f"error: statement not found: {move.where}[{_shown(move.ref)}] (line {move.line})")
        if move.ref == move.name:
            continue
        if isinstance(holder, EntryList):
            holder.entries = moved_in(holder.entries, move.name, move.op, move.ref)
        else:
            assert isinstance(holder, LeafList) and isinstance(move.name, str)
            holder.values = moved_in(holder.values, move.name, move.op, move.ref if isinstance(move.ref, str) else None)
