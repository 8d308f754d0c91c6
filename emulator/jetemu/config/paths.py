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
import sys
from typing import TypeVar

from .errors import ConfigSyntaxError
from .hierarchy import GLOBAL, ROOT, S
from .tree import EntryList, Item, Leaf, LeafList, Node, copy_item, copy_node

PREFIXES = ("inactive:", "active:", "replace:", "delete:")
_intern = sys.intern
_NO_ITEMS: list[str] = []  # shared by every token that is not a list: never appended to


class Tok:
    __slots__ = ("text", "quoted", "line", "kind", "items")

    def __init__(self, text: str, line: int, kind: str = "word", quoted: bool = False) -> None:
        self.text = text
        self.quoted = quoted
        self.line = line
        self.kind = kind  # word | punct | comment | list
        self.items: list[str] = [] if kind == "list" else _NO_ITEMS

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


_KIND_OF: dict[type, str] = {Node: "container", EntryList: "list", LeafList: "leaflist", Leaf: "leaf"}


def _kind_of(item: Item) -> str:
    return _KIND_OF[type(item)]


def _conflict(tag: str, tok: Tok) -> ConfigSyntaxError:
    return ConfigSyntaxError(f"syntax error: '{tag}' conflicts with an earlier statement of another kind", tok.line)


def child_schema(sch: S | None, tag: str) -> S | None:
    if sch is None:
        return GLOBAL.get(tag)
    return sch.children.get(tag) or GLOBAL.get(tag)


def walk(
    node: Node | None,
    sch: S | None,
    toks: list[Tok],
    *,
    create: bool,
    block: bool = False,
    partial: bool = False,
    pending: tuple[str, S | None] | None = None,
    track: bool = True,
) -> list[Loc]:
    """Walk ``toks`` from ``node``; returns one :class:`Loc` per statement met.

    ``create``: build missing containers and entries and apply leaf values (``set`` semantics).
    Without it the walk only looks (``node`` becomes None past a missing statement).
    ``partial``: the last statement may come without its value or name (``delete system host-name``).
    ``block``: the statement ends with ``{`` (text), which makes ``kw value`` a named entry.
    ``pending``: the first token is an entry name of that list (inside ``groups {``).
    ``track``: False when the caller only wants the effect (``set``): no locations are recorded and
    the returned list is empty.

    Statement keywords put in the tree are interned: every ``unit`` or ``family`` of a large
    configuration shares one string.
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
            node = _entry(node, sch, tag, ls, tok, create, locs if track else None, i, tok)
            sch = ls
            i += 1
            continue
        kw = tok.text
        if tok.quoted:
            cs = None
        elif sch is None:
            cs = GLOBAL.get(kw)
        else:
            cs = sch.children.get(kw) or GLOBAL.get(kw)
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
            kind = _KIND_OF[type(existing)]
        elif rem >= 1 and toks[i + 1].kind == "list":
            kind = "leaflist"
        elif rem == 0:
            kind = "container"
        elif rem == 1:
            kind = "list" if block else "leaf"
        else:
            kind = "container"
        if existing is not None and _KIND_OF[type(existing)] != kind:
            raise _conflict(kw, tok)

        if kind == "container":
            if track:
                locs.append(Loc(node, sch, kw, "container", cs, i))
            if node is not None:
                if existing is None and create:
                    existing = Node()
                    node.children[_intern(kw)] = existing
                node = existing if type(existing) is Node else None  # type: ignore[assignment]
            sch = cs
            i += 1
        elif kind == "list":
            if rem == 0:
                if not (partial or (block and (cs is None or cs.wrap))):
                    raise ConfigSyntaxError(f"syntax error: missing name after '{kw}'", tok.line)
                if track:
                    locs.append(Loc(node, sch, kw, "list", cs, i))
                if block and create and node is not None and existing is None:
                    node.children[_intern(kw)] = EntryList(cs.key if cs is not None else "name")
                i += 1
                break
            name_tok = toks[i + 1]
            if name_tok.kind != "word":
                raise ConfigSyntaxError(
                    f"syntax error: '{name_tok.text}' is not a valid name for '{kw}'", name_tok.line
                )
            node = _entry(node, sch, kw, cs, name_tok, create, locs if track else None, i, tok)
            sch = cs
            i += 2
        else:  # leaf or leaflist
            if rem == 0:
                if not partial:
                    raise ConfigSyntaxError(f"syntax error: missing value for '{kw}'", tok.line)
                if track:
                    locs.append(Loc(node, sch, kw, kind, cs, i))
                if create and node is not None and existing is None:
                    node.children[_intern(kw)] = Leaf(None) if kind == "leaf" else LeafList()
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
                    if type(existing) is Leaf:
                        existing.value = values[0]
                    else:
                        node.children[_intern(kw)] = Leaf(values[0])
                elif type(existing) is LeafList:
                    existing.values.update(dict.fromkeys(values))
                else:
                    node.children[_intern(kw)] = LeafList(values)
            if track:
                locs.append(Loc(node, sch, kw, kind, cs, i, values=values))
            i += 2
    if pending is not None and not (block or partial):
        raise ConfigSyntaxError("syntax error: missing name", toks[-1].line if toks else None)
    if pending is not None and track:
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
    locs: list[Loc] | None,
    start: int,
    kw_tok: Tok,
) -> Node | None:
    name = name_tok.text
    if locs is not None:
        locs.append(Loc(node, sch, tag, "entry", ls, start, name=name))
    if node is None:
        return None
    lst_item = node.children.get(tag)
    if lst_item is None:
        if not create:
            return None
        lst_item = EntryList(ls.key if ls is not None else "name")
        node.children[_intern(tag)] = lst_item
    elif type(lst_item) is not EntryList:
        raise _conflict(tag, kw_tok)
    entry = lst_item.entries.get(name)  # type: ignore[union-attr]
    if entry is None and create:
        entry = Node()
        lst_item.entries[name] = entry  # type: ignore[union-attr]
    return entry


class Draft:
    """A new configuration built from ``base`` by commands, sharing what they leave unchanged.

    ``root`` starts as a shallow copy of ``base``'s top. Containers, entries and lists are copied
    only when a command changes them (and then with their parents up to the top), so a load that
    changes a few statements of a large configuration costs the size of the change, not of the
    configuration, and the unchanged parts are the very objects of ``base``. Trees are never changed
    in place once built, so the sharing is safe. Commands that change statements through
    :func:`walk` locations (``delete``, ``deactivate``, ``edit`` contexts, lists in ``[ ]``...) call
    :meth:`own_all` first, which copies whatever is still shared: from then on the draft is private.
    """

    __slots__ = ("root", "owned", "private")

    def __init__(self, base: Node) -> None:
        self.root = Node()
        self.root.inactive, self.root.comment = base.inactive, base.comment
        self.root.children = dict(base.children)
        self.owned: set[Node | EntryList] = {self.root}
        self.private = False

    def own_all(self) -> None:
        if not self.private:
            _own_tree(self.root, self.owned)
            self.private = True
            self.owned.clear()

    def owns(self, item: Node | EntryList) -> bool:
        return self.private or item in self.owned


def _own_tree(node: Node, owned: set[Node | EntryList]) -> None:
    """Make everything under ``node`` (owned) private: shared parts are replaced by copies."""
    children = node.children
    for tag, child in children.items():
        kind = type(child)
        if kind is Node:
            if child in owned:
                _own_tree(child, owned)  # type: ignore[arg-type]
            else:
                children[tag] = copy_node(child)  # type: ignore[arg-type]
        elif kind is EntryList:
            if child in owned:
                entries = child.entries  # type: ignore[union-attr]
                for name, entry in entries.items():
                    if entry in owned:
                        _own_tree(entry, owned)
                    else:
                        entries[name] = copy_node(entry)
            else:
                children[tag] = copy_item(child)
        else:
            children[tag] = copy_item(child)  # leaves are replaced, never changed, by set_words


def _shallow(node: Node) -> Node:
    new = Node()
    new.inactive, new.comment, new.op = node.inactive, node.comment, node.op
    new.children = dict(node.children)
    return new


# A position of set_words: (index in words, container there, its schema, and how that container
# hangs from the previous position's: its tag, and its entry name or None; a tag None means the
# same container, after a leaf).
_State = tuple[int, Node, S | None, str | None, str | None]


class SetResume:
    """Where the last ``set`` of :func:`set_words` passed.

    Consecutive lines of a set configuration share their first words (``set interfaces ge-0/0/0
    unit 0 ...``), and the walk of a line can start where it parts from the previous one instead of
    at the top. That is sound while only :func:`set_words` runs, because ``set`` never removes a
    container or entry and set_words keeps the remembered ones up to date when it copies them. The
    caller calls :meth:`reset` before any other command.
    """

    __slots__ = ("draft", "words", "quoted", "states")

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.words: list[str] = []
        self.quoted = 0  # index of the first quoted word of ``words`` (its length when none)
        # After "set", the walk stands at the top.
        self.states: list[_State] = [(1, draft.root, ROOT, "", None)]

    def reset(self) -> None:
        self.words = []
        self.quoted = 0
        self.states[0] = (1, self.draft.root, ROOT, "", None)
        del self.states[1:]


def set_words(words: list[str], resume: SetResume, quoted: frozenset[int] = frozenset()) -> bool:
    """``set`` of words (``words[0]`` is the verb; ``quoted`` are the indexes of quoted words).

    Does to ``resume.draft`` what ``walk(root, ROOT, tokens, create=True)`` does to a private tree,
    without token objects, starting where the previous set parted from this one, and copying only
    what changes (:class:`Draft`). Returns False when the statement is in error, having only
    created containers or entries a correct prefix would create: the caller then makes the draft
    private and walks the statement with :func:`walk`, which reports the error.
    """
    prev, states = resume.words, resume.states
    first_quoted = min(quoted) if quoted else len(words)
    common, limit = 1, min(len(prev), len(words), resume.quoted, first_quoted)
    while common < limit and prev[common] == words[common]:
        common += 1
    top = len(states) - 1
    while states[top][0] > common:
        top -= 1
    del states[top + 1 :]
    resume.words, resume.quoted = words, first_quoted
    i, node, sch = states[top][:3]
    n = len(words)
    pending: tuple[str, S | None] | None = None
    while i < n:
        kw = words[i]
        if pending is not None:
            tag, ls = pending
            pending = None
            entry = _plain_entry(node, tag, ls, kw, resume)
            if entry is None:
                resume.reset()
                return False
            node, sch = entry, ls
            i += 1
            states.append((i, node, sch, tag, kw))
            continue
        rem = n - i - 1
        if quoted and i in quoted:
            cs = None
        elif sch is None:
            cs = GLOBAL.get(kw)
        else:
            cs = sch.children.get(kw) or GLOBAL.get(kw)
        if cs is None and sch is not None:
            if sch.hidden is not None:
                pending = (sch.hidden, sch.children.get(sch.hidden))
                continue
            if sch is ROOT:
                resume.reset()
                return False
        existing = node.children.get(kw)
        if cs is not None:
            kind = "container" if cs.kind == "flag" else cs.kind
        elif existing is not None:
            kind = _KIND_OF[type(existing)]
        elif rem == 1:
            kind = "leaf"
        else:
            kind = "container"
        if (existing is not None and _KIND_OF[type(existing)] != kind) or (rem == 0 and kind != "container"):
            resume.reset()
            return False
        if kind == "container":
            if existing is None:
                existing = Node()
                _own(resume).children[_intern(kw)] = _mine(resume, existing)
            node, sch = existing, cs  # type: ignore[assignment]
            i += 1
            states.append((i, node, sch, kw, None))
        elif kind == "list":
            name = words[i + 1]
            entry = _plain_entry(node, kw, cs, name, resume)
            if entry is None:  # pragma: no cover - the kind check above already refused
                resume.reset()
                return False
            node, sch = entry, cs
            i += 2
            states.append((i, node, sch, kw, name))
        else:
            value = words[i + 1]
            new: Leaf | LeafList | None = None
            if kind == "leaf":
                if existing is None or existing.value != value:  # type: ignore[union-attr]
                    new = Leaf(value)
            elif existing is None:
                new = LeafList([value])
            elif value not in existing.values:  # type: ignore[union-attr]
                new = LeafList()
                new.values = dict(existing.values)  # type: ignore[union-attr]
                new.values[value] = None
            if new is not None:  # leaves are replaced, never changed: they may be shared
                if existing is not None:
                    new.inactive, new.comment, new.op = existing.inactive, existing.comment, existing.op
                node = _own(resume)
                node.children[_intern(kw)] = new
            i += 2
            states.append((i, node, sch, None, None))  # still in the same container
    if pending is not None:
        resume.reset()
        return False
    return True


def _own(resume: SetResume) -> Node:
    """The container of the last state, made the draft's own (with its parents): it is to change."""
    draft, states = resume.draft, resume.states
    if draft.private:
        return states[-1][1]
    owned = draft.owned
    deepest = len(states) - 1
    while states[deepest][1] not in owned:
        deepest -= 1
    parent = states[deepest][1]
    for index in range(deepest + 1, len(states)):
        pos, node, sch, tag, name = states[index]
        if tag is None:
            node = parent
        elif node not in owned:
            copy = _shallow(node)
            if name is None:
                parent.children[tag] = copy
            else:
                holder = parent.children[tag]
                assert isinstance(holder, EntryList)
                if holder not in owned:
                    holder = _copy_list(holder)
                    owned.add(holder)
                    parent.children[tag] = holder
                holder.entries[name] = copy
            owned.add(copy)
            node = copy
        states[index] = (pos, node, sch, tag, name)
        parent = node
    return parent


_I = TypeVar("_I", Node, EntryList)


def _copy_list(holder: EntryList) -> EntryList:
    new = EntryList(holder.key)
    new.op = holder.op
    new.entries = dict(holder.entries)
    return new


def _mine(resume: SetResume, item: _I) -> _I:
    """``item``, new in the draft, recorded as its own."""
    if not resume.draft.private:
        resume.draft.owned.add(item)
    return item


def _plain_entry(node: Node, tag: str, ls: S | None, name: str, resume: SetResume) -> Node | None:
    """Entry ``name`` of list ``tag`` in ``node`` (the container of the last state), made if missing."""
    lst_item = node.children.get(tag)
    if lst_item is None:
        lst_item = EntryList(ls.key if ls is not None else "name")
        _own(resume).children[_intern(tag)] = _mine(resume, lst_item)
    elif type(lst_item) is not EntryList:
        return None
    entry = lst_item.entries.get(name)  # type: ignore[union-attr]
    if entry is None:
        parent = _own(resume)
        holder = parent.children[tag]
        assert isinstance(holder, EntryList)
        if not resume.draft.owns(holder):
            holder = _mine(resume, _copy_list(holder))
            parent.children[tag] = holder
        entry = _mine(resume, Node())
        holder.entries[name] = entry
    return entry


def meta_target(locs: list[Loc]) -> Loc:
    """The statement that ``inactive:``/annotations on a text line refer to (see text rendering)."""
    last = locs[-1]
    if len(locs) >= 2 and last.kind in ("leaf", "leaflist", "container"):
        prev = locs[-2]
        if prev.kind in ("entry", "container") and prev.schema is not None and prev.schema.oneliner:
            return prev
    return last


SPILL = 512  # lines (or pieces) a renderer holds before joining them into a chunk


class Lines(list[str]):
    """The output of a renderer: lines (or pieces) appended as they come, joined in chunks.

    A large configuration renders to hundreds of thousands of lines. Holding each as its own
    string until one final join takes memory proportional to the output several times over, and
    with it fresh pages and CPU cache misses that grow faster than the configuration. Renderers
    call :func:`spill` as they go: every :data:`SPILL` lines are joined into one chunk, so the
    line strings are freed and their memory reused while it is still in the caches.
    """

    __slots__ = ("chunks", "sep")

    def __init__(self, sep: str = "\n") -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.sep = sep

    def text(self) -> str:
        """Everything joined by ``sep``."""
        if not self.chunks:
            return self.sep.join(self)
        if self:
            self.chunks.append(self.sep.join(self))
            self.clear()
        return self.sep.join(self.chunks)

    def empty(self) -> bool:
        return not self and not self.chunks


def spill(out: list[str]) -> None:
    """Join what ``out`` holds into a chunk (call when ``len(out) >= SPILL``; plain lists are left)."""
    if type(out) is Lines:
        out.chunks.append(out.sep.join(out))
        out.clear()


_QUOTE_CHARS = frozenset(" \t\r\n;{}[]\"'#\\")


def quote(value: str) -> str:
    if value and _QUOTE_CHARS.isdisjoint(value) and not value.startswith("/*") and value not in PREFIXES:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def quote_name(name: str, container: S | None) -> str:
    """An entry name shown without keyword is quoted when it would read as a keyword."""
    if container is not None and container.child(name) is not None:
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return quote(name)
