"""The set format (``show configuration | display set``) and configuration-mode commands.

Commands: ``set``, ``delete``, ``activate``, ``deactivate``, ``protect``, ``unprotect``,
``annotate <statement> "text"``, ``insert <entry> before|after <entry>``, ``rename <entry> to
<name>``, ``copy <entry> to <name>``, ``edit``, ``up [n]``, ``top [command]``, ``exit``/``quit``
(back to the level before the last ``edit``/``top``; ``exit configuration-mode`` is ignored).

``delete``, ``activate``, ``deactivate``, ``protect``, ``unprotect`` and ``annotate`` of a
statement that does not exist are warnings (``warning: statement not found``), as on Junos: the
load goes on and the warnings are returned next to the result (:func:`apply_commands`).
Statements protected by ``protect`` cannot be changed (:mod:`.protect` checks the result); a
``delete`` of a hierarchy that holds protected statements deletes the rest and keeps them, with a
warning naming each.
"""

from __future__ import annotations

from .errors import ConfigError, ConfigSyntaxError
from .paths import (
    _PLAIN_SAFE,
    SPILL,
    Draft,
    Lines,
    Loc,
    SetResume,
    Tok,
    quote,
    read_keys,
    set_words,
    spill,
    tokenize,
    walk,
)
from .schema import SchemaNode
from .textfmt import entry_words, ordered_entries, ordered_items, shown_with_flag, with_attached
from .tree import EntryList, Leaf, LeafList, Node, copy_node, moved_in, renamed_in

VERBS = frozenset(
    {
        "set",
        "delete",
        "activate",
        "deactivate",
        "protect",
        "unprotect",
        "annotate",
        "insert",
        "rename",
        "copy",
        "edit",
        "up",
        "top",
        "exit",
        "quit",
    }
)


class SetCommand:
    """One parsed command. ``args`` are its tokens after the verb.

    A plain line (words only, perhaps ending with a quoted string without escapes: nearly every
    line of a large ``set`` configuration) keeps only its text and is split again when applied, so
    that a parsed load does not hold a token object for every word of the configuration.
    """

    __slots__ = ("verb", "line", "text", "_args", "_cut")

    def __init__(self, verb: str, args: list[Tok] | None, line: int, text: str, cut: int = 0) -> None:
        self.verb = verb
        self.line = line
        self.text = text
        self._args = args
        self._cut = cut  # plain line ending with a quoted string: where its opening quote is

    @property
    def args(self) -> list[Tok]:
        if self._args is not None:
            return self._args
        line, cut = self.line, self._cut
        if not cut:
            return [Tok(word, line) for word in self.text.split()[1:]]
        toks = [Tok(word, line) for word in self.text[:cut].split()[1:]]
        toks.append(Tok(self.text[cut + 1 : -1], line, quoted=True))
        return toks

    def words(self) -> tuple[list[str], frozenset[int]] | None:
        """The command as words (the verb first) and the indexes of the quoted ones, or None when
        it holds anything else (``[ ]`` lists)."""
        if self._args is None:
            if not self._cut:
                return self.text.split(), _UNQUOTED
            words = self.text[: self._cut].split()
            words.append(self.text[self._cut + 1 : -1])
            return words, frozenset((len(words) - 1,))
        if not all(tok.kind == "word" for tok in self._args):
            return None
        words = [self.verb, *(tok.text for tok in self._args)]
        return words, frozenset(index for index, tok in enumerate(self._args, 1) if tok.quoted)

    def __repr__(self) -> str:
        return f"SetCommand({self.verb!r}, line {self.line}: {self.text!r})"


_UNQUOTED: frozenset[int] = frozenset()
_PLAIN_VERBS = frozenset({"set", "delete", "activate", "deactivate", "protect", "unprotect"})


def _quoted_tail(line: str) -> int:
    """Where the opening quote is when ``line`` is plain words then one quoted string without
    escapes (``set interfaces ge-0/0/0 description "uplink to core"``); 0 otherwise."""
    cut = line.find('"')
    if cut <= 0 or line[-1] != '"' or line.count('"') != 2 or "\\" in line or not line[cut - 1].isspace():
        return 0
    return 0 if _PLAIN_SAFE.search(line, 0, cut) else cut


def parse_set(text: str, root_schema: SchemaNode) -> list[SetCommand]:
    top_level = root_schema.keywords
    commands: list[SetCommand] = []
    at_top = True  # known to be at the top level (no edit in effect): statements can be checked now
    plain_line = _PLAIN_SAFE.search
    for lineno, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped[0] == "#" or stripped.startswith("/*"):
            continue
        special = plain_line(stripped)
        cut = _quoted_tail(stripped) if special else 0
        if cut or not special:
            # words only (perhaps a quoted string last): the checks below are those of _check and
            # the top-level check for these verbs (none of them moves the edit level)
            words = (stripped[:cut] if cut else stripped).split(None, 2)  # verb and top statement
            verb = words[0]
            if verb in _PLAIN_VERBS and (len(words) >= 2 or not cut):
                if len(words) == 1:
                    if verb != "delete":
                        raise ConfigSyntaxError(f"syntax error: '{verb}' needs a statement", lineno)
                elif at_top and words[1] not in top_level:
                    raise ConfigSyntaxError(f"syntax error: {words[1]}", lineno)
                commands.append(SetCommand(verb, None, lineno, stripped, cut))
                continue
        toks = tokenize(stripped, lineno, allow_punct=False)
        if not toks:
            continue
        verb_tok = toks[0]
        if verb_tok.kind != "word" or verb_tok.quoted or verb_tok.text not in VERBS:
            raise ConfigSyntaxError(f"syntax error: unknown command '{verb_tok.text}'", lineno)
        cmd = _check(SetCommand(verb_tok.text, toks[1:], lineno, stripped))
        commands.append(cmd)
        verb, args = cmd.verb, cmd.args
        if verb == "top" and args:
            verb, args, here_top = args[0].text, args[1:], True
        else:
            here_top = at_top
        if verb == "edit" and args:
            at_top = False
        elif verb == "top":
            at_top = True
        if here_top and verb in _PATH_VERBS and args:
            first = args[0]
            if first.kind != "word" or first.quoted or first.text not in top_level:
                raise ConfigSyntaxError(f"syntax error: {first.text}", lineno)
    return commands


_PATH_VERBS = frozenset(
    {"set", "delete", "activate", "deactivate", "protect", "unprotect", "annotate", "edit", "rename", "copy"}
)


def _check(cmd: SetCommand) -> SetCommand:
    verb, args = cmd.verb, cmd.args
    if verb == "top" and args:
        inner = args[0]
        if inner.kind != "word" or inner.text not in VERBS - {"top"}:
            raise ConfigSyntaxError(f"syntax error: unknown command '{inner.text}' after 'top'", cmd.line)
        _check(SetCommand(inner.text, args[1:], cmd.line, cmd.text))
    elif verb in ("set", "activate", "deactivate", "protect", "unprotect") and not args:
        raise ConfigSyntaxError(f"syntax error: '{verb}' needs a statement", cmd.line)
    elif verb == "annotate" and (len(args) < 2 or args[-1].kind != "word"):
        raise ConfigSyntaxError('syntax error: usage is annotate <statement> "comment"', cmd.line)
    elif verb == "up" and (len(args) > 1 or (args and not args[0].text.isdigit())):
        raise ConfigSyntaxError("syntax error: usage is up [count]", cmd.line)
    elif verb == "insert" and not any(t.text in ("before", "after") for t in args):
        raise ConfigSyntaxError("syntax error: usage is insert <entry> before|after <entry>", cmd.line)
    elif verb in ("rename", "copy") and not any(t.text == "to" and not t.quoted for t in args[1:-1]):
        raise ConfigSyntaxError(f"syntax error: usage is {verb} <statement> to <name>", cmd.line)
    return cmd


# --- applying commands -------------------------------------------------------------------------


def apply_commands(base: Node, commands: list[SetCommand], root_schema: SchemaNode) -> tuple[Node, list[str]]:
    """Apply configuration-mode commands to ``base``; returns (new root, warnings).

    ``base`` is not changed; the new configuration shares with it what the commands leave unchanged.
    """
    draft = Draft(base)
    root = draft.root
    warnings: list[str] = []
    ctx: list[Tok] = []
    history: list[list[Tok]] = []
    resume = SetResume(draft, root_schema)
    root_sch = root_schema
    for cmd in commands:
        if cmd.verb == "set" and not ctx:
            # the common case, a set line at the top level: walked without tokens, sharing
            # what it does not change with ``base`` (see paths.Draft)
            plain = cmd.words()
            if plain is not None and set_words(plain[0], resume, plain[1]):
                continue
        resume.reset()
        draft.own_all()  # the other commands change the tree where walk() finds it: make it private
        verb, args = cmd.verb, cmd.args
        here = ctx
        if verb == "top" and args:
            verb, args, here = args[0].text, args[1:], []
        try:
            if verb == "set":
                walk(root, root_sch, here + args if here else args, create=True, track=False)
            elif verb in ("delete", "activate", "deactivate", "protect", "unprotect"):
                _modify(root, root_sch, here + args, verb, cmd, warnings)
            elif verb in ("rename", "copy"):
                _rename(root, root_sch, here, args, verb, cmd)
            elif verb == "annotate":
                _annotate(root, root_sch, here + args[:-1], args[-1].text, cmd, warnings)
            elif verb == "insert":
                _insert(root, root_sch, here, args, cmd)
            elif verb == "edit":
                if args:
                    locs = walk(root, root_sch, here + args, create=False)
                    if locs[-1].kind not in ("container", "entry"):
                        raise ConfigError(f"line {cmd.line}: syntax error: cannot edit '{locs[-1].tag}'")
                history.append(ctx)
                ctx = here + args
            elif verb == "up":
                count = int(args[0].text) if args else 1
                history.append(ctx)
                ctx = _up(root, root_sch, ctx, count)
            elif verb == "top":
                history.append(ctx)
                ctx = []
            elif verb in ("exit", "quit"):
                if args and args[0].text == "configuration-mode":
                    continue
                ctx = history.pop() if history else []
        except ConfigSyntaxError as exc:
            raise ConfigSyntaxError(f"line {cmd.line}: {_strip_line(exc.message)} in '{cmd.text}'", cmd.line) from None
    return root, warnings


def _strip_line(message: str) -> str:
    if message.startswith("line "):
        _, _, rest = message.partition(": ")
        return rest
    return message


def _up(root: Node, root_sch: SchemaNode, ctx: list[Tok], count: int) -> list[Tok]:
    if not ctx:
        return []
    locs = walk(root, root_sch, ctx, create=False)
    levels = [loc.start for loc in locs if loc.kind in ("container", "entry")]
    if count >= len(levels):
        return []
    return ctx[: levels[len(levels) - count]]


def _not_found(cmd: SetCommand, warnings: list[str]) -> None:
    warnings.append(f"line {cmd.line}: warning: statement not found: {cmd.text}")


def _modify(root: Node, root_sch: SchemaNode, toks: list[Tok], verb: str, cmd: SetCommand, warnings: list[str]) -> None:
    if not toks:
        if verb == "delete":
            keep_protected(root, root_sch, root_sch, "", warnings, cmd)
            return
        raise ConfigSyntaxError(f"syntax error: '{verb}' needs a statement", cmd.line)
    locs = walk(root, root_sch, toks, create=False, partial=True)
    loc = locs[-1]
    item = loc.item()
    if item is None:
        _not_found(cmd, warnings)
        return
    if verb == "delete":
        if not _delete(loc, item, warnings, cmd):
            _not_found(cmd, warnings)
            return
        prune_emptied(locs[:-1])
        return
    targets = list(item.entries.values()) if isinstance(item, EntryList) else [item]
    for target in targets:
        if verb in ("activate", "deactivate"):
            target.inactive = True if verb == "deactivate" else None
        else:
            target.protect = True if verb == "protect" else None


def _delete(loc: Loc, item: Node | Leaf | LeafList | EntryList, warnings: list[str], cmd: SetCommand) -> bool:
    parent = loc.parent
    assert parent is not None
    if loc.kind == "entry":
        assert isinstance(item, Node)
        lst_item = parent.children[loc.tag]
        assert isinstance(lst_item, EntryList) and loc.name is not None
        words = " ".join(t.text for t in cmd.args) if cmd.verb != "top" else cmd.text
        if keep_protected(item, loc.schema, loc.pschema, words, warnings, cmd):
            return True
        del lst_item.entries[loc.name]
        if not lst_item.entries:
            del parent.children[loc.tag]
        return True
    if isinstance(item, Node | EntryList) and keep_protected(
        item, loc.schema, loc.pschema, " ".join(t.text for t in cmd.args), warnings, cmd
    ):
        return True
    if isinstance(item, LeafList) and loc.values:
        missing = [v for v in loc.values if v not in item.values]
        if missing:
            return False
        for value in loc.values:
            del item.values[value]
        if not item.values:
            del parent.children[loc.tag]
        return True
    if isinstance(item, Leaf) and loc.values and loc.values[0] != item.value:
        return False
    del parent.children[loc.tag]
    return True


def prune_emptied(locs: list[Loc]) -> None:
    """Remove the containers a delete left empty, from the innermost up: a container without
    statements means nothing (presence containers, flags and named entries do, and stay)."""
    for loc in reversed(locs):
        if loc.kind != "container" or loc.schema.kind != "container" or loc.parent is None:
            return
        item = loc.parent.children.get(loc.tag)
        if not isinstance(item, Node) or item.children or item.protect or item.inactive or item.comment:
            return
        del loc.parent.children[loc.tag]


def keep_protected(
    item: Node | EntryList, sch: SchemaNode, parent: SchemaNode, words: str, warnings: list[str], cmd: SetCommand
) -> bool:
    """Delete what ``item`` (statement ``words`` of a container of schema ``parent``) holds except
    its protected statements, which Junos keeps with a warning; True when something was kept
    (then ``item`` stays, holding only that)."""
    target = cmd.text.split(None, 1)[1] if " " in cmd.text else ""
    if isinstance(item, Node) and item.protect:
        warnings.append(f"line {cmd.line}: warning: [{words}] is protected, '{target}' cannot be deleted")
        return True
    kept = False
    if isinstance(item, EntryList):
        for name in list(item.entries):
            entry_text = f"{words} {entry_words(sch, name, parent, False)}"
            if keep_protected(item.entries[name], sch, parent, entry_text, warnings, cmd):
                kept = True
            else:
                del item.entries[name]
        return kept
    by_name = sch.by_name
    for tag in list(item.children):
        child = item.children[tag]
        cs = by_name.get(tag)
        child_words = f"{words} {sch.keyword(cs) if cs is not None else tag}"
        if isinstance(child, Node | EntryList) and cs is not None:
            if keep_protected(child, cs, sch, child_words, warnings, cmd):
                kept = True
                continue
        elif child.protect:
            warnings.append(f"line {cmd.line}: warning: [{child_words}] is protected, '{target}' cannot be deleted")
            kept = True
            continue
        del item.children[tag]
    return kept


def _rename(root: Node, root_sch: SchemaNode, ctx: list[Tok], args: list[Tok], verb: str, cmd: SetCommand) -> None:
    """``rename <entry> to [keyword] <name>``, ``copy <entry> to [keyword] <name>``: the entry under
    its new name (in the same place for ``rename``; a copy at the end for ``copy``)."""
    at = max(i for i, t in enumerate(args[:-1]) if t.text == "to" and not t.quoted and i > 0)
    moving, new_words = args[:at], args[at + 1 :]
    locs = walk(root, root_sch, ctx + moving, create=False)
    loc = locs[-1]
    entry = loc.item()
    if loc.kind != "entry" or entry is None or loc.parent is None:
        raise ConfigError(f"line {cmd.line}: error: statement not found: {' '.join(t.text for t in moving)}")
    ls = loc.schema
    if new_words and not ls.nokeyword and new_words[0].text == loc.pschema.keyword(ls) and len(new_words) > 1:
        new_words = new_words[1:]
    name, after, missing = read_keys(ls, new_words, 0, first_given=True)
    if name is None or after != len(new_words):
        raise ConfigSyntaxError(f"syntax error: usage is {verb} <statement> to <name>", cmd.line)
    holder = loc.parent.children[loc.tag]
    assert isinstance(holder, EntryList) and loc.name is not None and isinstance(entry, Node)
    if name in holder.entries:
        raise ConfigError(f"line {cmd.line}: error: {' '.join(t.text for t in new_words)} already exists")
    if verb == "copy":
        holder.entries[name] = copy_node(entry)
        return
    holder.entries = renamed_in(holder.entries, loc.name, name)


def _annotate(
    root: Node, root_sch: SchemaNode, toks: list[Tok], text: str, cmd: SetCommand, warnings: list[str]
) -> None:
    locs = walk(root, root_sch, toks, create=False, partial=True)
    item = locs[-1].item()
    if item is None or isinstance(item, EntryList):
        _not_found(cmd, warnings)
        return
    item.comment = text or None


def _insert(root: Node, root_sch: SchemaNode, ctx: list[Tok], args: list[Tok], cmd: SetCommand) -> None:
    pos = next(i for i, t in enumerate(args) if t.text in ("before", "after"))
    where = args[pos].text
    moving, ref = args[:pos], args[pos + 1 :]
    if not moving or not ref:
        raise ConfigSyntaxError("syntax error: usage is insert <entry> before|after <entry>", cmd.line)
    locs = walk(root, root_sch, ctx + moving, create=False)
    loc = locs[-1]
    if loc.kind != "entry" or loc.item() is None or loc.parent is None:
        raise ConfigError(f"line {cmd.line}: error: statement not found: {' '.join(t.text for t in moving)}")
    # The reference names an entry of the same list: either "<keyword> <name>" or just "<name>".
    ref_name = ref[-1].text
    lst_item = loc.parent.children[loc.tag]
    assert isinstance(lst_item, EntryList) and loc.name is not None
    if ref_name not in lst_item.entries:
        raise ConfigError(f"line {cmd.line}: error: statement not found: {' '.join(t.text for t in ref)}")
    if ref_name == loc.name:
        return
    lst_item.entries = moved_in(lst_item.entries, loc.name, where, ref_name)


# --- rendering ---------------------------------------------------------------------------------


def render_set(root: Node, root_schema: SchemaNode) -> str:
    out = Lines()
    _children(root, root_schema, "", out)
    if out.empty():
        return ""
    out.append("")  # the last line's newline
    return out.text()


def _children(node: Node, sch: SchemaNode, path: str, out: list[str]) -> None:
    """Append the commands of ``node``'s statements; ``path`` is the words above them plus a space."""
    by_name = sch.by_name
    attached = sch.attached
    for tag, item in ordered_items(node, sch):
        cs = by_name.get(tag)
        if cs is None:  # pragma: no cover - trees are built through the schema
            continue
        if attached and shown_with_flag(node, tag, sch):
            continue
        kind = type(item)
        if kind is EntryList:
            assert isinstance(item, EntryList)
            for name, entry in ordered_entries(item, cs):
                _node(entry, cs, path + entry_words(cs, name, sch, True), out)
                if len(out) >= SPILL:
                    spill(out)
            continue
        word = sch.keyword(cs)
        if kind is Node:
            assert isinstance(item, Node)
            if attached and tag in attached:
                word = with_attached(word, node, tag, sch)
            _node(item, cs, path + word, out)
            continue
        head = f"set {path}" if cs.nokeyword else f"set {path}{word} "
        if kind is Leaf:
            assert isinstance(item, Leaf)
            out.append(head + quote(item.value or ""))
        else:
            assert isinstance(item, LeafList)
            out.extend([head + quote(value) for value in item.values])
        if item.inactive:
            out.append(f"deactivate {path}{word}")
        if item.protect:
            out.append(f"protect {path}{word}")


def _node(node: Node, sch: SchemaNode, words: str, out: list[str]) -> None:
    if node.children:
        _children(node, sch, words + " ", out)
    else:
        out.append("set " + words)
    if node.inactive:
        out.append("deactivate " + words)
    if node.protect:
        out.append("protect " + words)
