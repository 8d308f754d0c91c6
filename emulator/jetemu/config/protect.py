"""Protected statements (``protect``): what a load may not change.

Junos refuses every change to a protected statement or to what it holds: modifying, deleting,
adding a statement inside, renaming, copying into, (de)activating, annotating (Juniper, "Protect or
Unprotect a Configuration Object"); the device warns ``[system login user backdoor] is protected,
'system login user maintenance' cannot be deleted`` and the change fails. ``unprotect`` lifts the
protection, and a load that unprotects a statement may change it.

:func:`violations` compares a configuration with the one a load made from it and names every
change inside a protected statement that is still protected afterwards. Statements the two
configurations share (unchanged by the load) cost nothing, so the check of a small load costs the
size of the change.
"""

from __future__ import annotations

from .schema import SchemaNode
from .textfmt import entry_words
from .tree import EntryList, Item, Leaf, LeafList, Node


def has_protected(root: Node) -> bool:
    """Whether any statement of ``root`` is protected."""
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if node.protect:
            return True
        for item in node.children.values():
            if isinstance(item, EntryList):
                stack.extend(item.entries.values())
            elif isinstance(item, Node):
                stack.append(item)
            elif item.protect:
                return True
    return False


def violations(old: Node, new: Node, root_schema: SchemaNode) -> list[str]:
    """Junos's warnings for the changes from ``old`` to ``new`` inside protected statements."""
    found: list[str] = []
    _node(old, new, root_schema, "", None, found)
    return found


def _words(path: str, word: str) -> str:
    return f"{path} {word}" if path else word


def _warn(found: list[str], protected: str, statement: str, what: str) -> None:
    found.append(f"warning: [{protected}] is protected, '{statement}' cannot be {what}")


def _node(old: Node, new: Node, sch: SchemaNode, path: str, protected: str | None, found: list[str]) -> None:
    by_name = sch.by_name
    for tag in {**old.children, **new.children}:
        o, n = old.children.get(tag), new.children.get(tag)
        if o is n:
            continue
        cs = by_name.get(tag)
        if cs is None:  # pragma: no cover - trees are built through the schema
            continue
        if isinstance(o, EntryList) or isinstance(n, EntryList):
            o_entries = o.entries if isinstance(o, EntryList) else {}
            n_entries = n.entries if isinstance(n, EntryList) else {}
            for name in {**o_entries, **n_entries}:
                oe, ne = o_entries.get(name), n_entries.get(name)
                if oe is not ne:
                    words = _words(path, entry_words(cs, name, sch, True))
                    _item(oe, ne, cs, words, protected, found)
            continue
        _item(o, n, cs, _words(path, sch.keyword(cs)), protected, found)


def _item(o: Item | None, n: Item | None, cs: SchemaNode, words: str, protected: str | None, found: list[str]) -> None:
    if o is not None and o.protect:
        if n is not None and not n.protect:
            protected = None  # unprotected by this load: it may change
        elif protected is None:
            protected = words
    if protected is None:
        if isinstance(o, Node) and isinstance(n, Node):
            _node(o, n, cs, words, None, found)
        return
    if n is None:
        _warn(found, protected, words, "deleted")
        return
    if o is None:
        _warn(found, protected, words, "created")
        return
    if isinstance(o, Leaf | LeafList) or isinstance(n, Leaf | LeafList) or type(o) is not type(n):
        same = (
            type(o) is type(n) and (o.value == n.value if isinstance(o, Leaf) else list(o.values) == list(n.values))  # type: ignore[union-attr]
        )
        if not same or bool(o.inactive) != bool(n.inactive) or (o.comment or None) != (n.comment or None):
            _warn(found, protected, words, "modified")
        return
    assert isinstance(o, Node) and isinstance(n, Node)
    if bool(o.inactive) != bool(n.inactive):
        _warn(found, protected, words, "activated" if o.inactive else "deactivated")
    if (o.comment or None) != (n.comment or None):
        _warn(found, protected, words, "annotated")
    _node(o, n, cs, words, protected, found)
