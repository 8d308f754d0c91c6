"""Configuration groups: ``apply-groups`` and ``apply-groups-except`` expanded as Junos does.

Junos daemons never see groups: at commit the CLI hands them the configuration with every applied
group's statements inherited where they are applied (Juniper, "Configuration Groups Overview",
inheritance model). This module makes that expanded configuration, for commit check and for
``show configuration | display inheritance``:

* ``apply-groups [ g1 g2 ]`` at any level (the top or any container or entry) inherits the
  statements of each group found at the same place of the group's hierarchy;
* statements configured in the configuration itself win over inherited ones; between groups the
  one listed first wins, and groups applied at a deeper level win over those applied above;
* ``apply-groups-except [ g ]`` stops the named groups (applied above) from reaching this level and
  the levels below;
* group entries named by a wildcard in angle brackets (``<*>``, ``<ge-*>``, ``<*.0>``: shell-style
  ``*``, ``?`` and ``[...]``) apply to the entries of the configuration whose names match and never
  create entries; other group entries are created when the configuration lacks them. For one
  entry, a group's exact entry comes before its wildcard entries, which apply in group order;
* inactive groups and inactive statements of groups are not inherited; ``${node}`` (chassis
  cluster) is this device's node, ``node0``; the groups ``re0`` and ``re1`` apply only on that
  Routing Engine (Juniper, "Using Routing Engine-specific configuration groups"): jetemu is
  ``re0``, so ``re1`` is not inherited.

Inherited statements carry the name of their group in ``group`` (shown as ``## 'x' was inherited
from group 'g'`` by ``display inheritance`` and as ``junos:group`` in XML). The ``groups`` hierarchy
and the ``apply-groups`` statements stay in the expanded configuration, as Junos shows them. The
expansion never changes the tree it is given; a configuration without groups is returned as is.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from .schema import SchemaNode
from .tree import EntryList, EntryName, Item, Leaf, LeafList, Node

NODE_VARIABLE = "${node}"
THIS_NODE = "node0"  # a standalone jetemu device answers ${node} as cluster node 0 would
OTHER_ROUTING_ENGINE = "re1"  # jetemu is re0: the group of the other Routing Engine never applies

# A group applied at a level: (group name, the group's node at this level)
_Context = tuple[str, Node]


def has_groups(root: Node) -> bool:
    groups = root.children.get("groups")
    return isinstance(groups, EntryList) and bool(groups.entries)


def expand(root: Node, root_schema: SchemaNode, *, mark: bool = True) -> Node:
    """``root`` with every applied group inherited (see the module docstring); ``mark``: inherited
    statements name their group (``group``)."""
    if not has_groups(root):
        return root
    groups = root.children["groups"]
    assert isinstance(groups, EntryList)
    table: dict[EntryName, Node] = {
        name: entry for name, entry in groups.entries.items() if isinstance(name, str) and not entry.inactive
    }
    return _Expander(table, _applying(root), mark).node(root, root_schema, [], [], top=True)


def _is_wildcard(name: EntryName) -> bool:
    return isinstance(name, str) and len(name) > 2 and name[0] == "<" and name[-1] == ">"


def _matches(pattern: str, name: EntryName) -> bool:
    if not isinstance(name, str):
        return False
    return fnmatchcase(name, pattern[1:-1])


def group_entries(holder: EntryList, name: EntryName) -> list[Node]:
    """The entries of a group's list that apply to the configuration's entry ``name``: the exact
    entry first, then the wildcard entries that match, in the group's order."""
    found: list[Node] = []
    exact = holder.entries.get(name)
    if exact is not None and not exact.inactive:
        found.append(exact)
    for pattern, entry in holder.entries.items():
        if not entry.inactive and _is_wildcard(pattern) and _matches(pattern, name):  # type: ignore[arg-type]
            found.append(entry)
    return found


def _names(item: Item | None) -> list[str]:
    if isinstance(item, LeafList):
        return list(item.values)
    if isinstance(item, Leaf) and item.value is not None:
        return [item.value]
    return []


class _Expander:
    def __init__(self, groups: dict[EntryName, Node], applying: set[int], mark: bool) -> None:
        self.groups = groups
        self.mark = mark
        self.applying = applying  # ids of the configuration's nodes that apply groups at or below them

    def _applied(self, node: Node, steps: list[tuple[str, EntryName | None]]) -> list[_Context]:
        """The groups ``node`` applies itself, each at ``node``'s place of the group's hierarchy."""
        contexts: list[_Context] = []
        applied = node.children.get("apply-groups")
        if applied is None or applied.inactive:
            return contexts
        for name in _names(applied):
            if name == NODE_VARIABLE:
                name = THIS_NODE
            group = self.groups.get(name) if name != OTHER_ROUTING_ENGINE else None
            if group is None:
                continue
            level = [group]
            for tag, entry_name in steps:
                below: list[Node] = []
                for at in level:
                    item = at.children.get(tag)
                    if item is None or item.inactive:
                        continue
                    if entry_name is None:
                        if isinstance(item, Node):
                            below.append(item)
                    elif isinstance(item, EntryList):
                        below.extend(group_entries(item, entry_name))
                level = below
                if not level:
                    break
            contexts.extend((name, at) for at in level)
        return contexts

    def node(
        self,
        node: Node,
        sch: SchemaNode,
        inherited: list[_Context],
        steps: list[tuple[str, EntryName | None]],
        *,
        top: bool = False,
        group: str | None = None,
    ) -> Node:
        """``node`` (a configuration node, or a new one made for inherited statements when
        ``group`` is set) with the statements of ``inherited`` and of its own ``apply-groups``."""
        contexts = self._applied(node, steps) + inherited
        excepted = node.children.get("apply-groups-except")
        if excepted is not None and not excepted.inactive:
            skip = set(_names(excepted))
            contexts = [c for c in contexts if c[0] not in skip]
        if not contexts and id(node) not in self.applying:
            return node
        new = Node()
        new.inactive, new.comment, new.protect = node.inactive, node.comment, node.protect
        new.group = group if self.mark else None
        by_name = sch.by_name
        children = new.children
        for tag, item in node.children.items():
            cs = by_name.get(tag)
            if top and tag == "groups" or cs is None:
                children[tag] = item
                continue
            children[tag] = self._item(tag, item, cs, contexts, steps, None)
        for gname, gnode in contexts:
            for tag, gitem in gnode.children.items():
                if tag in children or gitem.inactive or tag in ("apply-groups", "apply-groups-except"):
                    continue
                if top and tag == "groups":
                    continue
                cs = by_name.get(tag)
                if cs is None:  # pragma: no cover - groups are parsed through the schema
                    continue
                children[tag] = self._item(tag, None, cs, contexts, steps, gname)
        return new

    def _item(
        self,
        tag: str,
        item: Item | None,
        cs: SchemaNode,
        contexts: list[_Context],
        steps: list[tuple[str, EntryName | None]],
        group: str | None,
    ) -> Item:
        """Statement ``tag`` of the expanded node: the configuration's ``item`` (None: made from
        the groups, ``group`` being the first that has it) with what the groups add below it."""
        if isinstance(item, Leaf | LeafList):
            return item
        gitems = [(g, gn.children[tag]) for g, gn in contexts if tag in gn.children and not gn.children[tag].inactive]
        if item is None:
            first = gitems[0][1]
            if isinstance(first, Leaf | LeafList):
                return _inherited_leaf(first, (group or gitems[0][0]) if self.mark else None)
        if isinstance(item, EntryList) or (item is None and isinstance(gitems[0][1], EntryList)):
            return self._entries(tag, item, cs, gitems, steps, group)
        below = [(g, gi) for g, gi in gitems if isinstance(gi, Node)]
        if item is None:
            made = Node()
            return self.node(made, cs, below, [*steps, (tag, None)], group=group)
        assert isinstance(item, Node)
        return self.node(item, cs, below, [*steps, (tag, None)])

    def _entries(
        self,
        tag: str,
        item: EntryList | None,
        cs: SchemaNode,
        gitems: list[tuple[str, Item]],
        steps: list[tuple[str, EntryName | None]],
        group: str | None,
    ) -> EntryList:
        holders = [(g, gi) for g, gi in gitems if isinstance(gi, EntryList)]
        new = EntryList(cs.keys[0] if cs.keys else "name", cs.user_order)
        if item is not None:
            new.op = item.op
            for name, entry in item.entries.items():
                contexts = [(g, ge) for g, holder in holders for ge in group_entries(holder, name)]
                new.entries[name] = self.node(entry, cs, contexts, [*steps, (tag, name)])
        for gname, holder in holders:
            for name, gentry in holder.entries.items():
                if name in new.entries or gentry.inactive or _is_wildcard(name):
                    continue
                contexts = [(g, ge) for g, h in holders for ge in group_entries(h, name)]
                new.entries[name] = self.node(Node(), cs, contexts, [*steps, (tag, name)], group=gname)
        return new


def _applying(root: Node) -> set[int]:
    """Ids of the nodes of the configuration (not of ``groups``) with an ``apply-groups`` at or
    below them: the expansion walks these even where no group reaches them yet."""
    found: set[int] = set()

    def walk(node: Node) -> bool:
        applies = "apply-groups" in node.children
        for tag, item in node.children.items():
            if node is root and tag == "groups":
                continue
            if isinstance(item, EntryList):
                for entry in item.entries.values():
                    applies = walk(entry) or applies
            elif isinstance(item, Node) and item.children:
                applies = walk(item) or applies
        if applies:
            found.add(id(node))
        return applies

    walk(root)
    return found


def _inherited_leaf(item: Leaf | LeafList, group: str | None) -> Leaf | LeafList:
    new: Leaf | LeafList = Leaf(item.value) if isinstance(item, Leaf) else LeafList(list(item.values))
    new.group = group
    return new
