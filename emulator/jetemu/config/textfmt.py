"""The curly-brace text format (``show configuration``), both ways."""

from __future__ import annotations

from .errors import ConfigSyntaxError
from .paths import PREFIXES, Loc, Tok, child_schema, meta_target, quote, quote_name, tokenize, walk
from .schema import ROOT, S
from .tree import EntryList, Item, Leaf, LeafList, Node

INDENT = "    "


class _Ctx:
    __slots__ = ("node", "sch", "pending", "line")

    def __init__(self, node: Node, sch: S | None, pending: tuple[str, S | None] | None, line: int) -> None:
        self.node = node
        self.sch = sch
        self.pending = pending
        self.line = line


def parse_text(text: str) -> Node:
    """Parse curly-brace text into a load tree (metadata: inactive/active, replace:/delete: ops, comments)."""
    root = Node()
    stack = [_Ctx(root, ROOT, None, 0)]
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
            stack.append(_Ctx(last.parent, last.pschema, (last.tag, last.schema), end.line))
        elif last.kind in ("container", "entry"):
            inner = last.item()
            assert isinstance(inner, Node)
            stack.append(_Ctx(inner, last.schema, None, end.line))
        else:
            raise ConfigSyntaxError(f"syntax error: '{last.tag}' takes a value, not a block", end.line)


def _target_item(loc: Loc) -> Item | None:
    return loc.item()


# --- rendering -----------------------------------------------------------------------------------


def render_text(root: Node) -> str:
    out: list[str] = []
    _children(root, ROOT, 0, [], out)
    return "".join(line + "\n" for line in out)


def _head(item: Node | Leaf | LeafList) -> str:
    return "inactive: " if item.inactive else ""


def _comment(item: Node | Leaf | LeafList, ind: str, out: list[str]) -> None:
    if item.comment:
        out.append(f"{ind}/* {item.comment} */")


def leaf_words(tag: str, item: Leaf | LeafList, sch: S | None) -> str:
    if isinstance(item, Leaf):
        return f"{tag} {quote(item.value or '')}"
    values = list(item.values)
    if len(values) == 1 and sch is not None and sch.kind == "leaflist":
        return f"{tag} {quote(values[0])}"
    return f"{tag} [ {' '.join(quote(v) for v in values)} ]"


def _children(node: Node, sch: S | None, depth: int, prefix: list[str], out: list[str]) -> None:
    ind = INDENT * depth
    for tag, item in node.children.items():
        cs = child_schema(sch, tag)
        if isinstance(item, EntryList):
            if sch is not None and sch.hidden == tag:
                for name, entry in item.entries.items():
                    _block(entry, [*prefix, quote_name(name, sch)], cs, depth, out, unknown_entry=cs is None)
            elif cs is not None and cs.wrap and not prefix:
                if not item.entries:
                    continue
                out.append(f"{ind}{tag} {{")
                for name, entry in item.entries.items():
                    _block(entry, [quote(name)], cs, depth + 1, out, unknown_entry=False)
                out.append(f"{ind}}}")
            else:
                for name, entry in item.entries.items():
                    _block(entry, [*prefix, tag, quote(name)], cs, depth, out, unknown_entry=cs is None)
        elif isinstance(item, Node):
            if cs is not None and cs.flat and item.children and not item.inactive and not item.comment:
                _children(item, cs, depth, [*prefix, tag], out)
            else:
                _block(item, [*prefix, tag], cs, depth, out, unknown_entry=False)
        else:
            _comment(item, ind, out)
            out.append(f"{ind}{_head(item)}{' '.join([*prefix, leaf_words(tag, item, cs)])};")


def _block(node: Node, words: list[str], sch: S | None, depth: int, out: list[str], *, unknown_entry: bool) -> None:
    ind = INDENT * depth
    _comment(node, ind, out)
    head = f"{ind}{_head(node)}{' '.join(words)}"
    if not node.children:
        out.append(f"{head} {{ }}" if unknown_entry else f"{head};")
        return
    if sch is not None and sch.oneliner and len(node.children) == 1:
        ((tag, only),) = node.children.items()
        if not only.inactive and not only.comment:
            cs = child_schema(sch, tag)
            if isinstance(only, Leaf | LeafList):
                out.append(f"{head} {leaf_words(tag, only, cs)};")
                return
            if isinstance(only, Node) and not only.children:
                out.append(f"{head} {tag};")
                return
    out.append(f"{head} {{")
    _children(node, sch, depth + 1, [], out)
    out.append(f"{ind}}}")
