"""The curly-brace text format (``show configuration``), both ways."""

from __future__ import annotations

from .errors import ConfigSyntaxError
from .hierarchy import ROOT, S
from .paths import (
    PREFIXES,
    SPILL,
    Lines,
    Loc,
    Tok,
    child_schema,
    meta_target,
    quote,
    quote_name,
    spill,
    tokenize,
    walk,
)
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
#
# One pass over the tree appending finished lines to one list, joined once at the end. Indentation
# and the words in front of a statement (``family inet``) are passed down as strings, so that each
# line costs one string build.


def render_text(root: Node) -> str:
    out = Lines()
    render_children(root, ROOT, "", "", out)
    if out.empty():
        return ""
    out.append("")  # the last line's newline
    return out.text()


def leaf_words(tag: str, item: Leaf | LeafList, sch: S | None) -> str:
    if type(item) is Leaf:
        return f"{tag} {quote(item.value or '')}"
    values = item.values
    if len(values) == 1 and sch is not None and sch.kind == "leaflist":
        return f"{tag} {quote(next(iter(values)))}"
    return f"{tag} [ {' '.join([quote(v) for v in values])} ]"


def render_children(node: Node, sch: S | None, ind: str, prefix: str, out: list[str]) -> None:
    """Append the lines of ``node``'s statements indented by ``ind``.

    ``prefix`` is the words (with a trailing space) shown in front of each statement, for the
    children of a ``flat`` container (``family inet {``).
    """
    for tag, item in node.children.items():
        cs = child_schema(sch, tag)
        kind = type(item)
        if kind is EntryList:
            assert isinstance(item, EntryList)
            if sch is not None and sch.hidden == tag:
                unknown = cs is None
                for name, entry in item.entries.items():
                    _block(entry, prefix + quote_name(name, sch), cs, ind, out, unknown)
                    if len(out) >= SPILL:
                        spill(out)
            elif cs is not None and cs.wrap and not prefix:
                if not item.entries:
                    continue
                out.append(f"{ind}{tag} {{")
                inner = ind + INDENT
                for name, entry in item.entries.items():
                    _block(entry, quote(name), cs, inner, out, False)
                out.append(ind + "}")
            else:
                unknown = cs is None
                head = f"{prefix}{tag} "
                for name, entry in item.entries.items():
                    _block(entry, head + quote(name), cs, ind, out, unknown)
                    if len(out) >= SPILL:
                        spill(out)
        elif kind is Node:
            assert isinstance(item, Node)
            if cs is not None and cs.flat and item.children and not item.inactive and not item.comment:
                render_children(item, cs, ind, f"{prefix}{tag} ", out)
            else:
                _block(item, prefix + tag, cs, ind, out, False)
        else:
            assert isinstance(item, Leaf | LeafList)
            if item.comment:
                out.append(f"{ind}/* {item.comment} */")
            head = "inactive: " if item.inactive else ""
            out.append(f"{ind}{head}{prefix}{leaf_words(tag, item, cs)};")


def _block(node: Node, words: str, sch: S | None, ind: str, out: list[str], unknown_entry: bool) -> None:
    if node.comment:
        out.append(f"{ind}/* {node.comment} */")
    head = f"{ind}inactive: {words}" if node.inactive else ind + words
    children = node.children
    if not children:
        out.append(head + " { }" if unknown_entry else head + ";")
        return
    if sch is not None and sch.oneliner and len(children) == 1:
        ((tag, only),) = children.items()
        if not only.inactive and not only.comment:
            if type(only) is Leaf or type(only) is LeafList:
                assert isinstance(only, Leaf | LeafList)
                out.append(f"{head} {leaf_words(tag, only, child_schema(sch, tag))};")
                return
            if type(only) is Node and not only.children:  # type: ignore[union-attr]
                out.append(f"{head} {tag};")
                return
    out.append(head + " {")
    render_children(node, sch, ind + INDENT, "", out)
    out.append(ind + "}")
