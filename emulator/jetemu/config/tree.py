"""The configuration tree.

The tree follows the Junos XML view of a configuration, because that is the only view that says
everything: a node's children are keyed by their XML tag, and

* :class:`Node` is a container (``<system>``) or a presence flag (``<disable/>``, an empty node);
* :class:`Leaf` is a statement with one value (``<host-name>r1</host-name>``);
* :class:`LeafList` is a statement with several values (``<members>a</members><members>b</members>``);
* :class:`EntryList` holds the named entries of a list (``<unit><name>0</name>...</unit>``), keyed by
  name in a dict so that every lookup is O(1): the key's value for a list with one key, the tuple of
  the key values for a list with several (``from-zone trust to-zone untrust``).

Tags are the statements' YANG (XML) names; the schema (:mod:`.schema`) says how text and set forms
show them (``interfaces { ge-0/0/0 {`` is ``<interface><name>ge-0/0/0``).

Order: the tree keeps the order in which statements, entries and values were first configured;
renderers show statements in schema order and the entries of lists that are not ``ordered-by
user`` sorted, as Junos does. Equality therefore ignores the order of distinct statements and of
the entries of such lists, but not the order of user-ordered entries or of leaf-list values.

Metadata: ``inactive`` (True, or None meaning active; load trees also use False for an explicit
``active:``), ``comment`` (annotation text without ``/* */``), ``op`` (load trees only:
``"replace"`` or ``"delete"``), ``protect`` (True: the statement and what it holds cannot be
changed; load trees also use False for ``unprotect``) and ``group`` (configurations with groups
expanded only, see :mod:`.groups`: the group the statement was inherited from).

Sharing: configuration trees may share nodes (a ``set`` load shares what it leaves unchanged with
its base), so a tree is never changed in place once built; :func:`copy_node` makes a private copy.
Comparisons take identical (shared) nodes as equal without walking them.
"""

from __future__ import annotations

from typing import Any, TypeVar


class Node:
    __slots__ = ("children", "inactive", "comment", "op", "group", "protect")

    def __init__(self) -> None:
        self.children: dict[str, Item] = {}
        self.inactive: bool | None = None
        self.comment: str | None = None
        self.op: str | None = None
        self.group: str | None = None  # expanded trees only: inherited from this group
        self.protect: bool | None = None  # protected (load trees: False for unprotect)


class Leaf:
    __slots__ = ("value", "inactive", "comment", "op", "group", "protect")

    def __init__(self, value: str | None) -> None:
        self.value = value
        self.inactive: bool | None = None
        self.comment: str | None = None
        self.op: str | None = None
        self.group: str | None = None
        self.protect: bool | None = None


class LeafList:
    __slots__ = ("values", "inactive", "comment", "op", "group", "protect")

    def __init__(self, values: list[str] | None = None) -> None:
        self.values: dict[str, None] = dict.fromkeys(values or [])
        self.inactive: bool | None = None
        self.comment: str | None = None
        self.op: str | None = None
        self.group: str | None = None
        self.protect: bool | None = None


EntryName = str | tuple[str, ...]


class EntryList:
    __slots__ = ("entries", "key", "user_order", "inactive", "comment", "op", "group", "protect")

    def __init__(self, key: str = "name", user_order: bool = True) -> None:
        self.entries: dict[EntryName, Node] = {}
        self.key = key  # the first key's name
        self.user_order = user_order
        self.inactive: bool | None = None  # unused: metadata lives on the entries
        self.comment: str | None = None
        self.op: str | None = None
        self.group: str | None = None  # unused: entries carry their group
        self.protect: bool | None = None  # unused


Item = Node | Leaf | LeafList | EntryList


def copy_item(item: Item) -> Item:
    if isinstance(item, Node):
        return copy_node(item)
    if isinstance(item, Leaf):
        new_leaf = Leaf(item.value)
        _copy_meta(item, new_leaf)
        return new_leaf
    if isinstance(item, LeafList):
        new_ll = LeafList()
        new_ll.values = dict(item.values)
        _copy_meta(item, new_ll)
        return new_ll
    new_el = EntryList(item.key, item.user_order)
    new_el.op = item.op
    new_el.entries = {name: copy_node(entry) for name, entry in item.entries.items()}
    return new_el


def copy_node(node: Node) -> Node:
    new = Node()
    _copy_meta(node, new)
    new.children = {tag: copy_item(child) for tag, child in node.children.items()}
    return new


def _copy_meta(src: Node | Leaf | LeafList, dst: Node | Leaf | LeafList) -> None:
    dst.inactive = src.inactive
    dst.comment = src.comment
    dst.op = src.op
    dst.group = src.group
    dst.protect = src.protect


def _meta_equal(a: Item, b: Item) -> bool:
    return (
        bool(a.inactive) == bool(b.inactive)
        and (a.comment or None) == (b.comment or None)
        and bool(a.protect) == bool(b.protect)
    )


def items_equal(a: Item, b: Item) -> bool:
    if a is b:  # trees share what a load left unchanged
        return True
    if type(a) is not type(b) or not _meta_equal(a, b):
        return False
    if isinstance(a, Node):
        assert isinstance(b, Node)
        return nodes_equal(a, b)
    if isinstance(a, Leaf):
        assert isinstance(b, Leaf)
        return a.value == b.value
    if isinstance(a, LeafList):
        assert isinstance(b, LeafList)
        return list(a.values) == list(b.values)
    assert isinstance(a, EntryList) and isinstance(b, EntryList)
    if a.user_order or b.user_order:
        if list(a.entries) != list(b.entries):
            return False
    elif a.entries.keys() != b.entries.keys():
        return False
    other = b.entries
    return all(
        ea is other[name] or (_meta_equal(ea, other[name]) and nodes_equal(ea, other[name]))
        for name, ea in a.entries.items()
    )


# --- reordering and renaming (``insert``/``rename`` commands and XML attributes) ---------------

_K = TypeVar("_K")
_V = TypeVar("_V")


def moved_in(order: dict[_K, _V], key: _K, where: str, ref: _K | None) -> dict[_K, _V]:
    """``order`` (entries of a list or values of a leaf-list) with ``key`` moved ``first``, or
    ``before``/``after`` ``ref``; both must be in ``order``."""
    value = order[key]
    if where == "first":
        return {key: value, **{k: v for k, v in order.items() if k != key}}
    out: dict[_K, _V] = {}
    for name, other in order.items():
        if name == key:
            continue
        if name == ref and where == "before":
            out[key] = value
        out[name] = other
        if name == ref and where == "after":
            out[key] = value
    return out


def renamed_in(order: dict[_K, _V], old: _K, new: _K) -> dict[_K, _V]:
    """``order`` with key ``old`` named ``new`` in the same place."""
    return {(new if name == old else name): value for name, value in order.items()}


class Move:
    """A reorder or a rename that a load carries beside its tree (Junos XML ``insert="first|
    before|after"`` with the referent's keys as attributes, ``rename="rename"`` with the new keys as
    attributes): applied after the tree is merged. ``steps`` lead from the top to the node holding
    the list or leaf-list ``tag`` (each a tag and, for an entry, its name); ``name`` is the entry or
    value that moves or is renamed; ``op`` is ``first``, ``before``, ``after`` or ``rename``; ``ref``
    the referent (``before``/``after``) or the new name (``rename``); ``where`` names the element."""

    __slots__ = ("steps", "tag", "name", "op", "ref", "where", "line")

    def __init__(
        self,
        steps: tuple[tuple[str, EntryName | None], ...],
        tag: str,
        name: EntryName,
        op: str,
        ref: EntryName | None,
        where: str,
        line: int,
    ) -> None:
        self.steps = steps
        self.tag = tag
        self.name = name
        self.op = op
        self.ref = ref
        self.where = where
        self.line = line


def nodes_equal(a: Node, b: Node) -> bool:
    if a is b:
        return True
    if a.children.keys() != b.children.keys():
        return False
    return all(items_equal(child, b.children[tag]) for tag, child in a.children.items())


def count_statements(node: Node) -> int:
    total = 0
    for child in node.children.values():
        if isinstance(child, EntryList):
            total += sum(1 + count_statements(entry) for entry in child.entries.values())
        elif isinstance(child, Node):
            total += 1 + count_statements(child)
        elif isinstance(child, LeafList):
            total += len(child.values)
        else:
            total += 1
    return total


# --- lossless JSON-able data (persistence) -----------------------------------------------------

DATA_FORMAT = "jetemu-config/1"


def _meta_data(item: Node | Leaf | LeafList, out: dict[str, Any]) -> dict[str, Any]:
    if item.inactive:
        out["i"] = True
    if item.protect:
        out["p"] = True
    if item.comment:
        out["a"] = item.comment
    return out


def node_to_data(node: Node) -> dict[str, Any]:
    children: list[list[Any]] = []
    for tag, child in node.children.items():
        if isinstance(child, Node):
            children.append([tag, node_to_data(child)])
        elif isinstance(child, Leaf):
            children.append([tag, _meta_data(child, {"v": child.value})])
        elif isinstance(child, LeafList):
            children.append([tag, _meta_data(child, {"l": list(child.values)})])
        else:
            entries = [
                [name if isinstance(name, str) else list(name), node_to_data(entry)]
                for name, entry in child.entries.items()
            ]
            children.append([tag, {"e": entries, "k": child.key, "u": child.user_order}])
    return _meta_data(node, {"c": children})


def node_from_data(data: Any, where: str = "") -> Node:
    if not isinstance(data, dict) or not isinstance(data.get("c"), list):
        raise ValueError(f"bad configuration data at '{where or '/'}'")
    node = Node()
    _meta_from_data(node, data)
    for pair in data["c"]:
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
            raise ValueError(f"bad configuration data at '{where}/'")
        tag, body = pair
        here = f"{where}/{tag}"
        if not isinstance(body, dict):
            raise ValueError(f"bad configuration data at '{here}'")
        item: Item
        if "c" in body:
            item = node_from_data(body, here)
        elif "v" in body:
            if not isinstance(body["v"], str):
                raise ValueError(f"bad configuration data at '{here}'")
            item = Leaf(body["v"])
            _meta_from_data(item, body)
        elif "l" in body:
            values = body["l"]
            if not (isinstance(values, list) and all(isinstance(v, str) for v in values)):
                raise ValueError(f"bad configuration data at '{here}'")
            item = LeafList(values)
            _meta_from_data(item, body)
        elif "e" in body:
            item = EntryList(str(body.get("k", "name")), bool(body.get("u", True)))
            for entry in body["e"]:
                if not (isinstance(entry, list) and len(entry) == 2):
                    raise ValueError(f"bad configuration data at '{here}'")
                name = entry[0]
                if isinstance(name, list) and all(isinstance(part, str) for part in name):
                    name = tuple(name)
                elif not isinstance(name, str):
                    raise ValueError(f"bad configuration data at '{here}'")
                item.entries[name] = node_from_data(entry[1], f"{here}[{name}]")
        else:
            raise ValueError(f"bad configuration data at '{here}'")
        node.children[tag] = item
    return node


def _meta_from_data(item: Node | Leaf | LeafList, data: dict[str, Any]) -> None:
    if data.get("i"):
        item.inactive = True
    if data.get("p"):
        item.protect = True
    comment = data.get("a")
    if isinstance(comment, str) and comment:
        item.comment = comment
