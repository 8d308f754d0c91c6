"""Tokens and the statement walker shared by the text and set formats.

A text statement (``unit 0 family inet address 10.0.0.1/24;``) and a set command
(``set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24``) are both a run of tokens walked
down the tree with Junos's schema (:mod:`.schema`): a word is the keyword of a child statement, or
else the name of an entry of the container's nokeyword list (``ge-0/0/0``), or the value of its
nokeyword leaf (``autonomous-system 65000``); anything else is a syntax error naming the word.
After a leaf value or a flag the walk goes on in the same container, so one line may set several
statements (``route 0.0.0.0/0 next-hop 10.0.0.1 preference 5``).

In the tree, statements are keyed by their YANG (XML) name; entries of a list with one key by that
key, entries of a list with several keys by the tuple of their values.
"""

from __future__ import annotations

import re
import sys
from typing import TypeVar

from .errors import ConfigSyntaxError
from .schema import SchemaNode
from .tree import EntryList, EntryName, Item, Leaf, LeafList, Node, copy_item, copy_node

PREFIXES = ("inactive:", "active:", "replace:", "delete:", "protect:", "unprotect:")
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
        pschema: SchemaNode,
        tag: str,
        kind: str,
        schema: SchemaNode,
        start: int,
        name: EntryName | None = None,
        values: list[str] | None = None,
    ) -> None:
        self.parent = parent
        self.pschema = pschema
        self.tag = tag
        self.kind = kind  # container | flag | entry | list | leaf | leaflist
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


def _syntax(word: str, tok: Tok | None) -> ConfigSyntaxError:
    return ConfigSyntaxError(f"syntax error: {word}", tok.line if tok is not None else None)


def positional_for(sch: SchemaNode, word: str, used: set[str] | None = None) -> SchemaNode | None:
    """The nokeyword child of ``sch`` that ``word`` gives a value or a name to, or None.

    With several candidates, the first not ``used`` yet by the statement whose type accepts
    ``word`` wins (``priority 6 5``: setup, then reservation priority).
    """
    candidates = sch.positional
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    free = [cand for cand in candidates if not used or cand.name not in used] or list(candidates)
    for cand in free:
        typ = cand.key_nodes[0].type if cand.kind == "list" else cand.type
        if typ is None or typ.check(word) is None:
            return cand
    return free[0]


def _apply_excludes(node: Node, sch: SchemaNode, name: str) -> None:
    """Setting ``name`` removes the statements of the other cases of its choices."""
    others = sch.excludes.get(name)
    if others:
        children = node.children
        for other in others:
            if other in children:
                del children[other]


def read_keys(
    ls: SchemaNode, toks: list[Tok], i: int, *, first_given: bool = False
) -> tuple[EntryName | None, int, list[str]]:
    """Read the keys of an entry of list ``ls`` from ``toks[i:]``; (name, next index, missing).

    ``first_given``: ``toks[i]`` is the first key's value (nokeyword lists, pending blocks). The
    name is the key's value for one key, the tuple of values for several; ``missing`` names the
    keys that were not given (then the name is None).
    """
    keys = ls.key_nodes
    values: list[str] = []
    n = len(toks)
    schema = ls.schema
    for index, key in enumerate(keys):
        if key.name == "choice-ident":
            if i >= n or toks[i].kind != "word":
                return None, i, [key.name]
            word = toks[i].text
            ident = schema.key_choice_words.get(word, word)
            if ident not in (key.type.enums() if key.type is not None else []):
                raise _syntax(word, toks[i])
            values.append(ident)
            i += 1
            continue
        if key.name == "choice-value":
            ident = values[-1] if values else ""
            if schema.key_choices.get(ident, ("", False))[1]:
                if i >= n or toks[i].kind != "word":
                    return None, i, [key.name]
                values.append(toks[i].text)
                i += 1
            else:
                values.append("")
            continue
        if index == 0 and first_given and key.name != "name" and not key.nokeyword and not ls.nokeyword:
            # an entry of a list shown as a block of its entries (``control-ports { fpc 1 port 0; }``)
            if i < n and toks[i].kind == "word" and not toks[i].quoted and toks[i].text == ls.keyword(key):
                i += 1
        elif index > 0 or not first_given:
            needs_keyword = not key.nokeyword and not (index == 0 and ls.nokeyword)
            if (
                needs_keyword
                and i < n
                and toks[i].kind == "word"
                and not toks[i].quoted
                and toks[i].text == ls.keyword(key)
            ):
                i += 1
            elif needs_keyword and (index > 0 or key.name != "name"):
                # a first key other than ``name`` reads with its keyword too (see
                # textfmt.key_keyword_shown): ``drop-profile-map loss-priority high ...``
                return None, i, [key.name]
        if i >= n or toks[i].kind != "word":
            return None, i, [key.name]
        values.append(toks[i].text)
        i += 1
    if len(values) == 1:
        return values[0], i, []
    return tuple(values), i, []


def walk(
    node: Node | None,
    sch: SchemaNode,
    toks: list[Tok],
    *,
    create: bool,
    block: bool = False,
    partial: bool = False,
    pending: SchemaNode | None = None,
    track: bool = True,
) -> list[Loc]:
    """Walk ``toks`` from ``node`` (whose schema is ``sch``); returns one :class:`Loc` per statement met.

    ``create``: build missing containers and entries and apply leaf values (``set`` semantics).
    Without it the walk only looks (``node`` becomes None past a missing statement).
    ``partial``: the last statement may come without its value or name (``delete system host-name``).
    ``block``: the statement ends with ``{`` (text): a list keyword alone opens a block of its entries.
    ``pending``: the first tokens are the keys of an entry of that list (inside ``groups {``).
    ``track``: False when the caller only wants the effect (``set``): no locations are recorded.

    Statement keywords put in the tree are interned: every ``unit`` or ``family`` of a large
    configuration shares one string.
    """
    locs: list[Loc] = []
    i, n = 0, len(toks)
    used: set[str] | None = None  # nokeyword statements of the current container given so far
    after_flag: list[SchemaNode] | None = None  # leaves whose values follow the last flag
    while i < n:
        tok = toks[i]
        if tok.kind != "word":
            raise ConfigSyntaxError(f"syntax error: unexpected '{tok.text}'", tok.line)
        if pending is not None:
            ls, pending = pending, None
            node, i = _entry_at(node, sch, ls, toks, i, True, create, partial, locs if track else None, i)
            sch, used = ls, None
            continue
        word = tok.text
        cs = None if tok.quoted else sch.keywords.get(word)
        if after_flag:
            # the values a flag takes after it (``priority 6 5``)
            if cs is None:
                cs = after_flag.pop(0)
                if cs.kind == "leaf":
                    i = _attached_value(node, cs, tok, create, track, locs, sch, i)
                    continue
            after_flag = None
        if cs is None:
            cs = positional_for(sch, word, used)
            if cs is None:
                raise _syntax(word, tok)
            positional = True
            if used is None:
                used = set()
            used.add(cs.name)
        else:
            positional = False
        tag = cs.name
        kind = cs.kind
        existing = node.children.get(tag) if node is not None else None
        if kind == "list":
            if positional:
                node, i = _entry_at(node, sch, cs, toks, i, True, create, partial, locs if track else None, i)
                sch, used = cs, None
                continue
            if i + 1 >= n:
                if not (partial or (block and cs.homogeneous)):
                    raise ConfigSyntaxError(f"syntax error: missing name after '{word}'", tok.line)
                if track:
                    locs.append(Loc(node, sch, tag, "list", cs, i))
                if block and create and node is not None and existing is None:
                    node.children[_intern(tag)] = EntryList(cs.keys[0], cs.user_order)
                i += 1
                break
            node, i = _entry_at(node, sch, cs, toks, i + 1, False, create, partial, locs if track else None, i)
            sch, used = cs, None
            continue
        if existing is not None and _KIND_OF[type(existing)] != _ITEM_KIND[kind]:
            raise ConfigSyntaxError(f"syntax error: '{word}' conflicts with an earlier statement", tok.line)
        if kind == "container" or kind == "presence":
            if track:
                locs.append(Loc(node, sch, tag, "container", cs, i))
            if node is not None:
                if existing is None and create:
                    _apply_excludes(node, sch, tag)
                    existing = Node()
                    node.children[_intern(tag)] = existing
                node = existing  # type: ignore[assignment]
            sch, used = cs, None
            i += 1
        elif kind == "flag":
            if track:
                locs.append(Loc(node, sch, tag, "flag", cs, i))
            if create and node is not None and existing is None:
                _apply_excludes(node, sch, tag)
                node.children[_intern(tag)] = Node()
            attached = sch.attached.get(tag)
            after_flag = list(attached) if attached else None
            i += 1
        else:  # leaf or leaflist
            vi = i if positional else i + 1
            if vi >= n:
                if not partial:
                    raise ConfigSyntaxError(f"syntax error: missing value for '{word}'", tok.line)
                if track:
                    locs.append(Loc(node, sch, tag, kind, cs, i))
                if create and node is not None and existing is None:  # a delete: marker
                    node.children[_intern(tag)] = Leaf(None) if kind == "leaf" else LeafList()
                i = vi
                break
            vtok = toks[vi]
            if vtok.kind == "list":
                if kind == "leaf":
                    raise ConfigSyntaxError(f"syntax error: '{word}' takes a single value, not a list", vtok.line)
                values = list(vtok.items)
            elif vtok.kind == "word":
                values = [vtok.text]
            else:
                raise ConfigSyntaxError(f"syntax error: unexpected '{vtok.text}' after '{word}'", vtok.line)
            if create and node is not None:
                if existing is None:
                    _apply_excludes(node, sch, tag)
                if kind == "leaf":
                    if type(existing) is Leaf:
                        existing.value = values[0]
                    else:
                        node.children[_intern(tag)] = Leaf(values[0])
                elif type(existing) is LeafList:
                    existing.values.update(dict.fromkeys(values))
                else:
                    node.children[_intern(tag)] = LeafList(values)
            if track:
                locs.append(Loc(node, sch, tag, kind, cs, i, values=values))
            i = vi + 1
    if pending is not None:
        if not (block or partial):
            raise ConfigSyntaxError("syntax error: missing name", toks[-1].line if toks else None)
        if track:
            locs.append(Loc(node, sch, pending.name, "list", pending, n))
    return locs


def _attached_value(
    node: Node | None,
    cs: SchemaNode,
    tok: Tok,
    create: bool,
    track: bool,
    locs: list[Loc],
    sch: SchemaNode,
    i: int,
) -> int:
    """The value ``tok`` of leaf ``cs`` given after its flag; returns the next index."""
    if create and node is not None:
        node.children[_intern(cs.name)] = Leaf(tok.text)
    if track:
        locs.append(Loc(node, sch, cs.name, "leaf", cs, i, values=[tok.text]))
    return i + 1


_KIND_OF: dict[type, str] = {Node: "node", EntryList: "list", LeafList: "leaflist", Leaf: "leaf"}
_ITEM_KIND = {"container": "node", "presence": "node", "flag": "node", "leaf": "leaf", "leaflist": "leaflist"}


def _entry_at(
    node: Node | None,
    sch: SchemaNode,
    ls: SchemaNode,
    toks: list[Tok],
    i: int,
    first_given: bool,
    create: bool,
    partial: bool,
    locs: list[Loc] | None,
    start: int,
) -> tuple[Node | None, int]:
    name, after, missing = read_keys(ls, toks, i, first_given=first_given)
    if name is None:
        if partial and after >= len(toks):
            if locs is not None:
                locs.append(Loc(node, sch, ls.name, "list", ls, start))
            return None, len(toks)
        tok = toks[min(after, len(toks) - 1)]
        raise ConfigSyntaxError(f"syntax error: missing {missing[0]} for '{ls.name}'", tok.line)
    if locs is not None:
        locs.append(Loc(node, sch, ls.name, "entry", ls, start, name=name))
    if node is None:
        return None, after
    holder = node.children.get(ls.name)
    if holder is None:
        if not create:
            return None, after
        _apply_excludes(node, sch, ls.name)
        holder = EntryList(ls.keys[0], ls.user_order)
        node.children[_intern(ls.name)] = holder
    elif type(holder) is not EntryList:
        raise ConfigSyntaxError(f"syntax error: '{ls.name}' conflicts with an earlier statement", toks[start].line)
    entry = holder.entries.get(name)
    if entry is None and create:
        entry = Node()
        holder.entries[name] = entry
    return entry, after


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
        self.root.inactive, self.root.comment, self.root.protect = base.inactive, base.comment, base.protect
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
    new.inactive, new.comment, new.op, new.protect = node.inactive, node.comment, node.op, node.protect
    new.children = dict(node.children)
    return new


# A position of set_words: (index in words, container there, its schema, and how that container
# hangs from the previous position's: its tag, and its entry name or None; a tag None means the
# same container, after a leaf or a flag).
_State = tuple[int, Node, SchemaNode, str | None, str | None]


class SetResume:
    """Where the last ``set`` of :func:`set_words` passed.

    Consecutive lines of a set configuration share their first words (``set interfaces ge-0/0/0
    unit 0 ...``), and the walk of a line can start where it parts from the previous one instead of
    at the top. That is sound while only :func:`set_words` runs, because ``set`` never removes a
    container or entry and set_words keeps the remembered ones up to date when it copies them. The
    caller calls :meth:`reset` before any other command.
    """

    __slots__ = ("draft", "words", "quoted", "states", "root_schema")

    def __init__(self, draft: Draft, root_schema: SchemaNode) -> None:
        self.draft = draft
        self.root_schema = root_schema
        self.words: list[str] = []
        self.quoted = 0  # index of the first quoted word of ``words`` (its length when none)
        # After "set", the walk stands at the top.
        self.states: list[_State] = [(1, draft.root, root_schema, "", None)]

    def reset(self) -> None:
        self.words = []
        self.quoted = 0
        self.states[0] = (1, self.draft.root, self.root_schema, "", None)
        del self.states[1:]


def set_words(words: list[str], resume: SetResume, quoted: frozenset[int] = frozenset()) -> bool:
    """``set`` of words (``words[0]`` is the verb; ``quoted`` are the indexes of quoted words).

    Does to ``resume.draft`` what :func:`walk` with ``create`` does to a private tree, for the
    common statements (keywords, single-key lists, leaves, flags), without token objects,
    starting where the previous set parted from this one, and copying only what changes
    (:class:`Draft`). Returns False when the statement needs more (several keys, choices to
    clear, an error...) having only created containers or entries a correct prefix would create:
    the caller then makes the draft private and walks the statement with :func:`walk`.
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
    while i < n:
        word = words[i]
        keyword = None if (quoted and i in quoted) else sch.keywords.get(word)
        positional = keyword is None
        if keyword is None:
            pos = sch.positional
            if len(pos) != 1:
                resume.reset()
                return False
            keyword = pos[0]
        cs = keyword
        kind = cs.kind
        tag = cs.name
        if tag in sch.excludes:
            resume.reset()
            return False
        existing = node.children.get(tag)
        if kind == "list":
            if len(cs.keys) != 1:
                resume.reset()
                return False
            if not positional:
                i += 1
                if i >= n:
                    resume.reset()
                    return False
            name = words[i]
            entry = _plain_entry(node, tag, cs, name, resume)
            if entry is None:
                resume.reset()
                return False
            node, sch = entry, cs
            i += 1
            states.append((i, node, sch, tag, name))
            continue
        if kind == "container" or kind == "presence":
            if existing is None:
                existing = Node()
                _own(resume).children[_intern(tag)] = _mine(resume, existing)
            elif type(existing) is not Node:
                resume.reset()
                return False
            node, sch = existing, cs
            i += 1
            states.append((i, node, sch, tag, None))
            continue
        if kind == "flag":
            if tag in sch.attached:
                resume.reset()
                return False
            if existing is None:
                node = _own(resume)
                node.children[_intern(tag)] = Node()
            elif type(existing) is not Node:
                resume.reset()
                return False
            i += 1
            states.append((i, node, sch, None, None))
            continue
        vi = i if positional else i + 1
        if vi >= n:
            resume.reset()
            return False
        value = words[vi]
        new: Leaf | LeafList | None = None
        if kind == "leaf":
            if existing is None or (type(existing) is Leaf and existing.value != value):
                new = Leaf(value)
            elif type(existing) is not Leaf:
                resume.reset()
                return False
        elif existing is None:
            new = LeafList([value])
        elif type(existing) is not LeafList:
            resume.reset()
            return False
        elif value not in existing.values:
            new = LeafList()
            new.values = dict(existing.values)
            new.values[value] = None
        if new is not None:  # leaves are replaced, never changed: they may be shared
            if existing is not None:
                new.inactive, new.comment, new.op = existing.inactive, existing.comment, existing.op
                new.protect = existing.protect
            node = _own(resume)
            node.children[_intern(tag)] = new
        i = vi + 1
        states.append((i, node, sch, None, None))  # still in the same container
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
    new = EntryList(holder.key, holder.user_order)
    new.op = holder.op
    new.entries = dict(holder.entries)
    return new


def _mine(resume: SetResume, item: _I) -> _I:
    """``item``, new in the draft, recorded as its own."""
    if not resume.draft.private:
        resume.draft.owned.add(item)
    return item


def _plain_entry(node: Node, tag: str, ls: SchemaNode, name: str, resume: SetResume) -> Node | None:
    """Entry ``name`` of list ``tag`` in ``node`` (the container of the last state), made if missing."""
    lst_item = node.children.get(tag)
    if lst_item is None:
        lst_item = EntryList(ls.keys[0], ls.user_order)
        _own(resume).children[_intern(tag)] = _mine(resume, lst_item)
    elif type(lst_item) is not EntryList:
        return None
    entry = lst_item.entries.get(name)
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
    """The statement that ``inactive:``/annotations on a text line refer to: the first statement
    of the line that the line shows whole (``route 0/0 next-hop 10.0.0.1;`` is the route)."""
    last = locs[-1]
    for loc in locs[:-1]:
        if loc.kind in ("entry", "container") and (loc.schema.oneliner or loc.schema.oneliner_plus):
            return loc
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


# Junos shows a value in quotes when it holds blanks, the format's punctuation, or the characters of
# variables and regular expressions (``encrypted-password "$6$..."``, ``apply-groups "${node}"``,
# ``as-path a "(65000|65001)"``).
_QUOTE_CHARS = frozenset(" \t\r\n;{}[]\"'#\\$()|&")


def quote(value: str) -> str:
    if value and _QUOTE_CHARS.isdisjoint(value) and not value.startswith("/*") and value not in PREFIXES:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def quote_name(name: str, container: SchemaNode | None) -> str:
    """An entry name shown without keyword is quoted when it would read as a keyword."""
    if container is not None and name in container.keywords:
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return quote(name)
