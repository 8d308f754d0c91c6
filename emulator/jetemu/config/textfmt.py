"""The curly-brace text format (``show configuration``), both ways."""

from __future__ import annotations

import re

from .errors import ConfigSyntaxError
from .paths import (
    PREFIXES,
    SPILL,
    Lines,
    Loc,
    Tok,
    meta_target,
    quote,
    quote_name,
    spill,
    tokenize,
    walk,
)
from .schema import SchemaNode
from .tree import EntryList, EntryName, Item, Leaf, LeafList, Node

INDENT = "    "
_DIGITS = re.compile(r"(\d+)")


class _Ctx:
    __slots__ = ("node", "sch", "pending", "line")

    def __init__(self, node: Node, sch: SchemaNode, pending: SchemaNode | None, line: int) -> None:
        self.node = node
        self.sch = sch
        self.pending = pending
        self.line = line


def parse_text(text: str, root_schema: SchemaNode) -> Node:
    """Parse curly-brace text into a load tree (metadata: inactive/active, replace:/delete: ops, comments)."""
    root = Node()
    stack = [_Ctx(root, root_schema, None, 0)]
    stmt: list[Tok] = []
    prefixes: list[Tok] = []
    comment: str | None = None
    for tok in tokenize(text):
        if tok.kind == "comment":
            if not stmt and not prefixes:
                comment = tok.text if comment is None else f"{comment}\n{tok.text}"
            continue
        if tok.kind == "punct":
            if tok.text == "}":
                if stmt or prefixes:
                    raise ConfigSyntaxError("syntax error: missing ';' before '}'", tok.line)
                if len(stack) == 1:
                    raise ConfigSyntaxError("syntax error: unexpected '}'", tok.line)
                stack.pop()
                comment = None
                continue
            block = tok.text == "{"
            if not stmt:
                if prefixes or block:
                    raise ConfigSyntaxError(f"syntax error: missing statement before '{tok.text}'", tok.line)
                continue  # a lone ';'
            ctx = stack[-1]
            _statement(ctx, stmt, prefixes, comment, block, stack, tok)
            stmt, prefixes, comment = [], [], None
            continue
        if not stmt and tok.kind == "word" and not tok.quoted and tok.text in PREFIXES:
            prefixes.append(tok)
            continue
        stmt.append(tok)
    if stmt or prefixes:
        last = (stmt or prefixes)[-1]
        raise ConfigSyntaxError("syntax error: missing ';' at end of input", last.line)
    if len(stack) > 1:
        raise ConfigSyntaxError("syntax error: missing '}' for the block opened here", stack[-1].line)
    return root


def _statement(
    ctx: _Ctx,
    stmt: list[Tok],
    prefixes: list[Tok],
    comment: str | None,
    block: bool,
    stack: list[_Ctx],
    end: Tok,
) -> None:
    words = {p.text for p in prefixes}
    if "active:" in words and "inactive:" in words:
        raise ConfigSyntaxError("syntax error: both 'active:' and 'inactive:'", prefixes[0].line)
    if "protect:" in words and "unprotect:" in words:
        raise ConfigSyntaxError("syntax error: both 'protect:' and 'unprotect:'", prefixes[0].line)
    deleting = "delete:" in words
    if deleting and block:
        raise ConfigSyntaxError("syntax error: 'delete:' statements end with ';'", end.line)
    locs = walk(ctx.node, ctx.sch, stmt, create=True, block=block, partial=deleting, pending=ctx.pending)
    if not locs:
        raise ConfigSyntaxError("syntax error: missing statement", end.line)
    target = meta_target(locs)
    item = _target_item(target)
    if item is None:  # pragma: no cover - walk(create=True) always creates
        raise ConfigSyntaxError("syntax error", end.line)
    if "inactive:" in words:
        item.inactive = True
    if "active:" in words:
        item.inactive = False
    if "protect:" in words:
        item.protect = True
    if "unprotect:" in words:
        item.protect = False
    if "replace:" in words:
        item.op = "replace"
    if deleting:
        item.op = "delete"
    if comment is not None:
        item.comment = comment
    if block:
        last = locs[-1]
        if last.kind == "list":
            assert last.parent is not None
            stack.append(_Ctx(last.parent, last.pschema, last.schema, end.line))
        elif last.kind in ("container", "entry"):
            inner = last.item()
            assert isinstance(inner, Node)
            stack.append(_Ctx(inner, last.schema, None, end.line))
        else:
            raise ConfigSyntaxError(f"syntax error: '{last.tag}' takes a value, not a block", end.line)


def _target_item(loc: Loc) -> Item | None:
    return loc.item()


# --- rendering -----------------------------------------------------------------------------------
#
# One pass over the tree appending finished lines to one list, joined once at the end. Indentation
# and the words in front of a statement (``family inet``) are passed down as strings, so that each
# line costs one string build.


def render_text(root: Node, root_schema: SchemaNode) -> str:
    out = Lines()
    render_children(root, root_schema, "", "", out)
    if out.empty():
        return ""
    out.append("")  # the last line's newline
    return out.text()


def ordered_items(node: Node, sch: SchemaNode) -> list[tuple[str, Item]]:
    """``node``'s statements in schema order."""
    children = node.children
    if len(children) < 2:
        return list(children.items())
    order = sch.order
    return sorted(children.items(), key=lambda pair: order.get(pair[0], 1 << 30))


def _natural(name: EntryName) -> tuple[object, ...]:
    parts = name if isinstance(name, tuple) else (name,)
    key: list[object] = []
    for part in parts:
        for chunk in _DIGITS.split(part):
            key.append((0, int(chunk), "") if chunk.isdigit() else (1, 0, chunk))
    return tuple(key)


_SLOT_INTERFACE = re.compile(r"^([a-z][a-z0-9]*)-(\d+)/(\d+)/(\d+)(?::(\d+))?(.*)$")


def _interface_order(name: EntryName) -> tuple[object, ...]:
    """Junos's order of interfaces: those with slot numbers first, by FPC, PIC, port and channel
    (then type: ``et-0/0/0``, ``xe-0/0/0``, ``xe-0/0/0:0``, ``et-0/0/1``), then the others by name."""
    if isinstance(name, str):
        slot = _SLOT_INTERFACE.match(name)
        if slot is not None:
            kind, fpc, pic, port, channel, rest = slot.groups()
            return (0, int(fpc), int(pic), int(port), int(channel) if channel else -1, kind, rest)
    return (1, *_natural(name))


def ordered_entries(item: EntryList, ls: SchemaNode | None = None) -> list[tuple[EntryName, Node]]:
    """Entries of a list in Junos order (``ls``, the list's schema, tells which): user order
    (also the lists Junos keeps in configured order), interface order for the interfaces, by value
    for keys that are numbers or addresses (``unit 2`` before ``unit 10``, prefix list items by
    address), and by plain character order for names (devices show communities ``MARK-1``,
    ``MARK-10``, ``MARK-1001``, ``MARK-2``)."""
    if item.user_order or len(item.entries) < 2:
        return list(item.entries.items())
    if ls is not None and ls.interface_order:
        return sorted(item.entries.items(), key=lambda pair: _interface_order(pair[0]))
    if ls is None or ls.sorted_by_value:
        return sorted(item.entries.items(), key=lambda pair: _natural(pair[0]))
    return sorted(item.entries.items(), key=lambda pair: _plain(pair[0]))


def _plain(name: EntryName) -> tuple[str, ...]:
    return name if isinstance(name, tuple) else (name,)


def key_keyword_shown(ls: SchemaNode, key: SchemaNode) -> bool:
    """Whether the first key of an entry reads with its keyword: a key other than ``name`` that
    is not ``nokeyword``, in a list that has a keyword (``drop-profile-map loss-priority high
    protocol any``, ``virtual-link neighbor-id 10.0.0.2 transit-area 0.0.0.1``)."""
    return key.name != "name" and not key.nokeyword and not ls.nokeyword


def entry_words(ls: SchemaNode, name: EntryName, parent: SchemaNode | None, with_keyword: bool) -> str:
    """The words naming an entry: ``unit 0``, ``ge-0/0/0``, ``from-zone a to-zone b``, ``10.0.0.0/8 upto /24``."""
    values = name if isinstance(name, tuple) else (name,)
    words: list[str] = []
    if with_keyword and not ls.nokeyword and parent is not None:
        words.append(parent.keyword(ls))
    schema = ls.schema
    for index, key in enumerate(ls.key_nodes):
        value = values[index] if index < len(values) else ""
        if key.name == "choice-ident":
            words.append(schema.key_choices.get(value, (value, False))[0])
        elif key.name == "choice-value":
            if value:
                words.append(quote(value))
        elif index == 0:
            if key_keyword_shown(ls, key):
                words.append(ls.keyword(key))
            words.append(quote_name(value, parent) if ls.nokeyword else quote(value))
        else:
            if not key.nokeyword:
                words.append(ls.keyword(key))
            words.append(quote(value))
    return " ".join(words)


def leaf_words(word: str | None, item: Leaf | LeafList, sch: SchemaNode | None) -> str:
    """``kw value`` (``value`` alone when ``word`` is None: nokeyword), ``kw [ a b ]``."""
    head = f"{word} " if word is not None else ""
    if type(item) is Leaf:
        return f"{head}{quote(item.value or '')}"
    values = item.values  # type: ignore[union-attr]
    if len(values) == 1:
        return f"{head}{quote(next(iter(values)))}"
    return f"{head}[ {' '.join([quote(v) for v in values])} ]"


def with_attached(word: str, node: Node, tag: str, sch: SchemaNode) -> str:
    """A flag's words followed by the values of the nokeyword leaves shown with it (``priority 6 5``)."""
    leaves = sch.attached.get(tag)
    if not leaves:
        return word
    words = [word]
    for leaf in leaves:
        item = node.children.get(leaf.name)
        if type(item) is Leaf and not item.inactive and not item.comment:
            words.append(quote(item.value or ""))
    return " ".join(words)


def shown_with_flag(node: Node, tag: str, sch: SchemaNode) -> bool:
    """Whether the leaf ``tag`` of ``node`` is shown on the line of the flag it follows."""
    if tag not in sch.attached_leaves:
        return False
    item = node.children.get(tag)
    if type(item) is not Leaf or item.inactive or item.comment:
        return False
    return any(
        flag in node.children and any(leaf.name == tag for leaf in leaves) for flag, leaves in sch.attached.items()
    )


def _inline(item: Item, cs: SchemaNode, parent: SchemaNode) -> str | None:
    """``item`` as words on its parent's line (oneliner), or None when it needs a block."""
    if item.inactive or item.comment or item.group or item.protect:
        return None
    word = None if cs.nokeyword else parent.keyword(cs)
    kind = type(item)
    if kind is Leaf or kind is LeafList:
        return leaf_words(word, item, cs)  # type: ignore[arg-type]
    if kind is Node:
        if not item.children:  # type: ignore[union-attr]
            return word
        if cs.oneliner or (cs.oneliner_plus and len(item.children) == 1):  # type: ignore[union-attr]
            inner = _inline_children(item, cs)  # type: ignore[arg-type]
            if inner is not None:
                return f"{word} {inner}" if word else inner
    return None


def _inline_children(node: Node, sch: SchemaNode) -> str | None:
    parts: list[str] = []
    by_name = sch.by_name
    attached = sch.attached
    for tag, child in ordered_items(node, sch):
        cs = by_name.get(tag)
        if cs is None or type(child) is EntryList:
            return None
        if attached and shown_with_flag(node, tag, sch):
            continue
        words = _inline(child, cs, sch)
        if words is None:
            return None
        if attached and tag in attached and words == sch.keyword(cs):
            words = with_attached(words, node, tag, sch)
        parts.append(words)
    return " ".join(parts)


def render_children(node: Node, sch: SchemaNode, ind: str, prefix: str, out: list[str]) -> None:
    """Append the lines of ``node``'s statements indented by ``ind``.

    ``prefix`` is the words (with a trailing space) shown in front of each statement, for the
    children of a homogeneous container (``family inet {``).
    """
    by_name = sch.by_name
    attached = sch.attached
    for tag, item in ordered_items(node, sch):
        cs = by_name.get(tag)
        if cs is None:  # pragma: no cover - trees are built through the schema
            continue
        if attached and shown_with_flag(node, tag, sch):
            continue
        render_item(tag, item, cs, sch, ind, prefix, out, node)


# What Junos prints after a secret's statement (see SchemaNode.secret)
SECRET_MARK = " ## SECRET-DATA"


def deprecated_mark(cs: SchemaNode, word: str) -> str:
    """What Junos prints after a deprecated statement's ``;`` or ``{``: `` ## Warning: 'word' is
    deprecated`` (``word`` is the statement's keyword)."""
    return f" ## Warning: '{word}' is deprecated" if cs.deprecated else ""


def render_item(
    tag: str,
    item: Item,
    cs: SchemaNode,
    sch: SchemaNode,
    ind: str,
    prefix: str,
    out: list[str],
    parent: Node | None = None,
) -> None:
    """Append the lines of statement ``tag`` (``item``, schema ``cs``) of a container of schema
    ``sch``; ``parent`` is that container (for the values shown after a flag)."""
    kind = type(item)
    if kind is EntryList:
        assert isinstance(item, EntryList)
        if cs.homogeneous and not cs.nokeyword and not prefix:
            if not item.entries:
                return
            out.append(f"{ind}{sch.keyword(cs)} {{")
            inner = ind + INDENT
            for name, entry in ordered_entries(item, cs):
                _block(entry, entry_words(cs, name, sch, False), cs, inner, out, sch.keyword(cs))
            out.append(ind + "}")
            return
        for name, entry in ordered_entries(item, cs):
            _block(entry, prefix + entry_words(cs, name, sch, True), cs, ind, out, sch.keyword(cs))
            if len(out) >= SPILL:
                spill(out)
        return
    word = sch.keyword(cs)
    if kind is Node:
        assert isinstance(item, Node)
        if (
            cs.homogeneous
            and item.children
            and not item.inactive
            and not item.comment
            and not item.group
            and not item.protect
            and cs.is_container
        ):
            render_children(item, cs, ind, f"{prefix}{word} ", out)
        else:
            if parent is not None and tag in sch.attached:
                word = with_attached(word, parent, tag, sch)
            _block(item, prefix + word, cs, ind, out, sch.keyword(cs))
        return
    assert isinstance(item, Leaf | LeafList)
    if item.group:
        inherited_from(ind, quote(item.value or "") if type(item) is Leaf else word, item.group, out)
    if item.comment:
        out.append(f"{ind}/* {item.comment} */")
    head = _state(item)
    tail = SECRET_MARK if cs.secret else deprecated_mark(cs, word)
    if cs.nokeyword and type(item) is Leaf:
        out.append(f"{ind}{head}{prefix}{quote_name(item.value or '', sch)};{tail}")
        return
    out.append(f"{ind}{head}{prefix}{leaf_words(None if cs.nokeyword else word, item, cs)};{tail}")


def _state(item: Node | Leaf | LeafList) -> str:
    """``protect: `` and ``inactive: `` in front of a statement."""
    return ("protect: " if item.protect else "") + ("inactive: " if item.inactive else "")


def inherited_from(ind: str, word: str, group: str, out: list[str]) -> None:
    """The lines ``| display inheritance`` shows above a statement inherited from ``group``:
    ``## 'word' was inherited from group 'group'`` between two ``##`` lines."""
    out.append(f"{ind}##")
    out.append(f"{ind}## '{word}' was inherited from group '{group}'")
    out.append(f"{ind}##")


def _block(node: Node, words: str, sch: SchemaNode, ind: str, out: list[str], keyword: str | None = None) -> None:
    """Append container or entry ``node`` (schema ``sch``) shown as ``words``; ``keyword`` is its
    statement's keyword, named by the warning after a deprecated statement."""
    if node.group:
        inherited_from(ind, words.rsplit(" ", 1)[-1], node.group, out)
    if node.comment:
        out.append(f"{ind}/* {node.comment} */")
    head = f"{ind}{_state(node)}{words}" if node.inactive or node.protect else ind + words
    mark = deprecated_mark(sch, keyword or sch.name)
    children = node.children
    if not children:
        out.append(f"{head};{SECRET_MARK if sch.secret else mark}")
        return
    if sch.oneliner or (sch.oneliner_plus and len(children) == 1):
        inner = _inline_children(node, sch)
        if inner is not None:
            by_name = sch.by_name
            secret = any(cs is not None and cs.secret for cs in map(by_name.get, children))
            out.append(f"{head} {inner};{SECRET_MARK if secret else mark}")
            return
    out.append(f"{head} {{{mark}")
    render_children(node, sch, ind + INDENT, "", out)
    out.append(ind + "}")
