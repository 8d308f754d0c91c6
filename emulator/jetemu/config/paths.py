"""Tokens and the statement walker shared by the text and set formats.

A text statement (``unit 0 family inet address 10.0.0.1/24;``) and a set command
(``set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24``) are both a run of tokens walked
down the tree with the schema table. Where the table does not know a keyword, the walker uses what
the tree already holds under that keyword, and otherwise these fallbacks:

* ``kw [ a b ]`` is a leaf-list;
* ``kw`` alone is a presence flag (an empty container);
* ``kw value`` is a leaf (``kw value { ... }`` in text, with a block, is a named entry);
* ``kw more tokens...`` is a container holding the rest.

After a leaf value the walk goes on in the same container, so one line may set several leaves
(``grpc clear-text address 127.0.0.1 port 50051``).
"""

from __future__ import annotations

import re

from .errors import ConfigSyntaxError
from .schema import GLOBAL, ROOT, S
from .tree import EntryList, Item, Leaf, LeafList, Node

PREFIXES = ("inactive:", "active:", "replace:", "delete:")


class Tok:
    __slots__ = ("text", "quoted", "line", "kind", "items")

    def __init__(self, text: str, line: int, kind: str = "word", quoted: bool = False) -> None:
        self.text = text
        self.quoted = quoted
        self.line = line
        self.kind = kind  # word | punct | comment | list
        self.items: list[str] = []

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.kind}, line {self.line})"


_TOKEN_RE = re.compile(
    r"""(?P<ws>\s+)|(?P<comment>/\*.*?\*/)|(?P<quoted>"(?:[^"\\]|\\.)*")|(?P<punct>[{};])"""
    r"""|(?P<lopen>\[)|(?P<lclose>\])|(?P<hash>\#[^\n]*)|(?P<word>[^\s;{}\[\]"]+)""",
    re.S,
)
_UNESCAPE_RE = re.compile(r"\\(.)", re.S)
_PLAIN_SAFE = re.compile(r"""["\[\]{};#]|/\*""")


def tokenize(text: str, first_line: int = 1, *, allow_punct: bool = True) -> list[Tok]:
    """Split text into words, quoted strings, ``{ } ;`` punctuation, ``/* */`` comments and ``[ ]`` lists."""
    if "\n" not in text and not _PLAIN_SAFE.search(text):  # the common set line: plain words only
        return [Tok(word, first_line) for word in text.split()]
    toks: list[Tok] = []
    pos, n, line = 0, len(text), first_line
    open_list: Tok | None = None
    match = _TOKEN_RE.match
    while pos < n:
        m = match(text, pos)
        if m is None:  # a lone '"': unterminated string
            raise ConfigSyntaxError("syntax error: unterminated quoted string", line)
        kind = m.lastgroup
        raw = m.group()
        pos = m.end()
        if kind == "ws" or kind == "hash":
            line += raw.count("\n")
            continue
        if kind == "comment":
            if open_list is not None:
                raise ConfigSyntaxError("syntax error: comment inside '[ ]'", line)
            toks.append(Tok(raw[2:-2].strip(), line, "comment"))
            line += raw.count("\n")
        elif kind == "quoted":
            word = _UNESCAPE_RE.sub(r"\1", raw[1:-1])
            if open_list is not None:
                open_list.items.append(word)
            else:
                toks.append(Tok(word, line, "word", quoted=True))
            line += raw.count("\n")
        elif kind == "lopen":
            if open_list is not None:
                raise ConfigSyntaxError("syntax error: nested '['", line)
            open_list = Tok("[", line, "list")
        elif kind == "lclose":
            if open_list is None:
                raise ConfigSyntaxError("syntax error: unexpected ']'", line)
            if not open_list.items:
                raise ConfigSyntaxError("syntax error: empty list '[ ]'", line)
            toks.append(open_list)
            open_list = None
        elif kind == "punct":
            if open_list is not None:
                raise ConfigSyntaxError(f"syntax error: '{raw}' inside '[ ]' (missing ']')", line)
            if not allow_punct:
                raise ConfigSyntaxError(f"syntax error: unexpected '{raw}'", line)
            toks.append(Tok(raw, line, "punct"))
        else:
            if raw.startswith("/*"):
                raise ConfigSyntaxError("syntax error: unterminated comment '/*'", line)
            if open_list is not None:
                open_list.items.append(raw)
            else:
                toks.append(Tok(raw, line))
    if open_list is not None:
        raise ConfigSyntaxError("syntax error: missing ']'", open_list.line)
    return toks


class Loc:
    """One statement met by the walker: ``parent.children[tag]`` (or its entry ``name``)."""

    __slots__ = ("parent", "pschema", "tag", "kind", "schema", "name", "values", "start")

    def __init__(
        self,
        parent: Node | None,
        pschema: S | None,
        tag: str,
        kind: str,
        schema: S | None,
        start: int,
        name: str | None = None,
        values: list[str] | None = None,
    ) -> None:
        self.parent = parent
        self.pschema = pschema
        self.tag = tag
        self.kind = kind  # container | entry | list | leaf | leaflist
        self.schema = schema
        self.name = name
        self.values = values
        self.start = start  # index of the statement's first token

    def item(self) -> Item | None:
        if self.parent is None:
            return None
        found = self.parent.children.get(self.tag)
        if self.kind == "entry":
            if isinstance(found, EntryList) and self.name is not None:
                return found.entries.get(self.name)
            return None
        return found


def _kind_of(item: Item) -> str:
    if isinstance(item, Node):
        return "container"
    if isinstance(item, EntryList):
        return "list"
    if isinstance(item, LeafList):
        return "leaflist"
    return "leaf"


def _conflict(tag: str, tok: Tok) -> ConfigSyntaxError:
    return ConfigSyntaxError(f"syntax error: '{tag}' conflicts with an earlier statement of another kind", tok.line)


def child_schema(sch: S | None, tag: str) -> S | None:
    if sch is None:
        return GLOBAL.get(tag)
    return sch.child(tag)


def walk(
    node: Node | None,
    sch: S | None,
    toks: list[Tok],
    *,
    create: bool,
    block: bool = False,
    partial: bool = False,
    pending: tuple[str, S | None] | None = None,
) -> list[Loc]:
    """Walk ``toks`` from ``node``; returns one :class:`Loc` per statement met.

    ``create``: build missing containers and entries and apply leaf values (``set`` semantics).
    Without it the walk only looks (``node`` becomes None past a missing statement).
    ``partial``: the last statement may come without its value or name (``delete system host-name``).
    ``block``: the statement ends with ``{`` (text), which makes ``kw value`` a named entry.
    ``pending``: the first token is an entry name of that list (inside ``groups {``).
    """
    locs: list[Loc] = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if tok.kind != "word":
            raise ConfigSyntaxError(f"syntax error: unexpected '{tok.text}'", tok.line)
        rem = n - i - 1
        if pending is not None:
            tag, ls = pending
            pending = None
            node = _entry(node, sch, tag, ls, tok, create, locs, i, tok)
            sch = ls
            i += 1
            continue
        kw = tok.text
        cs = None if tok.quoted else child_schema(sch, kw)
        if cs is None and sch is not None and sch.hidden is not None:
            # not a keyword here: the name of an entry of the hidden list (interfaces { ge-0/0/0 {)
            pending = (sch.hidden, sch.children.get(sch.hidden))
            continue
        if cs is None and sch is ROOT:
            raise ConfigSyntaxError(f"syntax error: '{kw}' is not a valid top-level statement", tok.line)
        existing = node.children.get(kw) if node is not None else None
        if cs is not None:
            kind = "container" if cs.kind == "flag" else cs.kind
        elif existing is not None:
            kind = _kind_of(existing)
        elif rem >= 1 and toks[i + 1].kind == "list":
            kind = "leaflist"
        elif rem == 0:
            kind = "container"
        elif rem == 1:
            kind = "list" if block else "leaf"
        else:
            kind = "container"
        if existing is not None and _kind_of(existing) != kind:
            raise _conflict(kw, tok)

        if kind == "container":
            locs.append(Loc(node, sch, kw, "container", cs, i))
            if node is not None:
                if existing is None and create:
                    existing = Node()
                    node.children[kw] = existing
                node = existing if isinstance(existing, Node) else None
            sch = cs
            i += 1
        elif kind == "list":
            if rem == 0:
                if not (partial or (block and (cs is None or cs.wrap))):
                    raise ConfigSyntaxError(f"syntax error: missing name after '{kw}'", tok.line)
                locs.append(Loc(node, sch, kw, "list", cs, i))
                if block and create and node is not None and existing is None:
                    node.children[kw] = EntryList(cs.key if cs is not None else "name")
                i += 1
                break
            name_tok = toks[i + 1]
            if name_tok.kind != "word":
                raise ConfigSyntaxError(
                    f"syntax error: '{name_tok.text}' is not a valid name for '{kw}'", name_tok.line
                )
            node = _entry(node, sch, kw, cs, name_tok, create, locs, i, tok)
            sch = cs
            i += 2
        else:  # leaf or leaflist
            if rem == 0:
                if not partial:
                    raise ConfigSyntaxError(f"syntax error: missing value for '{kw}'", tok.line)
                locs.append(Loc(node, sch, kw, kind, cs, i))
                if create and node is not None and existing is None:
                    node.children[kw] = Leaf(None) if kind == "leaf" else LeafList()
                i += 1
                break
            vtok = toks[i + 1]
            if vtok.kind == "list":
                if kind == "leaf":
                    raise ConfigSyntaxError(f"syntax error: '{kw}' takes a single value, not a list", vtok.line)
                values = list(vtok.items)
            elif vtok.kind == "word":
                values = [vtok.text]
            else:
                raise ConfigSyntaxError(f"syntax error: unexpected '{vtok.text}' after '{kw}'", vtok.line)
            if create and node is not None:
                if kind == "leaf":
                    if isinstance(existing, Leaf):
                        existing.value = values[0]
                    else:
                        node.children[kw] = Leaf(values[0])
                elif isinstance(existing, LeafList):
                    existing.values.update(dict.fromkeys(values))
                else:
                    node.children[kw] = LeafList(values)
            locs.append(Loc(node, sch, kw, kind, cs, i, values=values))
            i += 2
    if pending is not None and not (block or partial):
        raise ConfigSyntaxError("syntax error: missing name", toks[-1].line if toks else None)
    if pending is not None:
        tag, ls = pending
        locs.append(Loc(node, sch, tag, "list", ls, n))
    return locs


def _entry(
    node: Node | None,
    sch: S | None,
    tag: str,
    ls: S | None,
    name_tok: Tok,
    create: bool,
    locs: list[Loc],
    start: int,
    kw_tok: Tok,
) -> Node | None:
    name = name_tok.text
    locs.append(Loc(node, sch, tag, "entry", ls, start, name=name))
    if node is None:
        return None
    lst_item = node.children.get(tag)
    if lst_item is None:
        if not create:
            return None
        lst_item = EntryList(ls.key if ls is not None else "name")
        node.children[tag] = lst_item
    elif not isinstance(lst_item, EntryList):
        raise _conflict(tag, kw_tok)
    entry = lst_item.entries.get(name)
    if entry is None and create:
        entry = Node()
        lst_item.entries[name] = entry
    return entry


def meta_target(locs: list[Loc]) -> Loc:
    """The statement that ``inactive:``/annotations on a text line refer to (see text rendering)."""
    last = locs[-1]
    if len(locs) >= 2 and last.kind in ("leaf", "leaflist", "container"):
        prev = locs[-2]
        if prev.kind in ("entry", "container") and prev.schema is not None and prev.schema.oneliner:
            return prev
    return last


_QUOTE_CHARS = set(" \t\r\n;{}[]\"'#\\")


def quote(value: str) -> str:
    if value == "" or any(ch in _QUOTE_CHARS for ch in value) or value.startswith("/*") or value in PREFIXES:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def quote_name(name: str, container: S | None) -> str:
    """An entry name shown without keyword is quoted when it would read as a keyword."""
    if container is not None and container.child(name) is not None:
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return quote(name)
