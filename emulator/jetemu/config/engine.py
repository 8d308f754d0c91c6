"""The configuration engine facade: tree, four formats, load semantics, diff and validation.

Everything here is pure: no function changes a tree it is given; loads return new trees. A
``set`` load shares the statements it leaves unchanged with the tree it was applied to (see
:class:`.paths.Draft`), so a tree must never be changed in place once built.

Decisions (Junos does it this way unless said otherwise):

* Order: distinct statements keep the order in which they were first configured; named entries
  and leaf-list values keep user order, new ones appended (Junos keeps user order for
  ``ordered-by user`` lists such as terms; we do it for every list). Equality ignores the order of
  distinct statements, not the order of entries or values.
* ``load set``: ``delete``/``activate``/``deactivate``/``protect``/``unprotect``/``annotate`` of a
  statement that does not exist is a *warning* (``warning: statement not found``), not an error,
  as on Junos; the load goes on.
  :func:`apply_load_with_warnings` returns the warnings; :func:`apply_load` drops them.
* ``load merge`` ignores ``replace:`` tags; ``delete:`` tags (``operation="delete"``) act in merge and
  replace. ``load update`` gives the same tree as ``load override`` (the difference on Junos is
  which daemons are notified).
* Set commands given with load type merge/replace/update are applied as ``load set``; with
  override they are applied to an empty configuration. Curly/XML/JSON input with load type
  ``set`` is an error.
* Containers that a delete leaves empty are removed (``delete routing-options static route X`` of
  the last route removes ``static`` and then ``routing-options``); presence containers
  (``family inet``) and named entries stay.
* Every tree belongs to one schema family (:mod:`.schema`); functions that make a tree from text
  take the family's :class:`~.schema.Schema` (Junos's ``junos`` family when none is given), and
  functions given trees use the schema of the tree.
* Protected statements (:mod:`.protect`) make a load that changes them fail with Junos's
  warnings, except ``delete``, which keeps them and warns. ``load patch`` (:func:`apply_patch`)
  takes a ``show | compare`` text.
* Configuration groups (:mod:`.groups`) stay as written; :func:`inherit` expands them, and commit
  check (:func:`validate`) checks the expanded configuration.

Layers, each a module: schema (:mod:`.schema`) -> tree (:mod:`.tree`, :mod:`.paths`) -> formats
(:mod:`.textfmt`, :mod:`.setfmt`, :mod:`.xmlfmt`, :mod:`.jsonfmt`) -> load semantics (:mod:`.load`,
:mod:`.patch`, :mod:`.groups`, :mod:`.protect`) -> diff (:mod:`.diff`) -> validation
(:mod:`.validate`) -> database (:mod:`.database`, :mod:`.rpc`).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps
from typing import Any, Literal, ParamSpec, TypeVar

from . import diff as _diff
from . import groups as _groups
from . import jsonfmt, setfmt, textfmt, xmlfmt
from . import patch as _patch
from . import protect as _protect
from . import validate as _validate
from .errors import ConfigError, ConfigSyntaxError, ConfigValidationError
from .load import apply_moves, check_renames, clean_node, merge_tree
from .paths import Tok, tokenize, walk
from .schema import Schema
from .schema import load as load_schema
from .tree import (
    DATA_FORMAT,
    EntryList,
    Move,
    Node,
    copy_item,
    copy_node,
    count_statements,
    node_from_data,
    node_to_data,
    nodes_equal,
)

__all__ = [
    "ConfigError",
    "ConfigSyntaxError",
    "ConfigTree",
    "ConfigValidationError",
    "Format",
    "LoadInput",
    "LoadType",
    "apply_load",
    "apply_load_with_warnings",
    "apply_patch",
    "check",
    "detect_format",
    "diff",
    "empty",
    "filter_xml",
    "inherit",
    "merge",
    "parse",
    "parse_load",
    "render",
    "validate",
]

Format = Literal["text", "set", "xml", "json"]
LoadType = Literal["merge", "replace", "override", "update", "set"]
FORMATS: tuple[Format, ...] = ("text", "set", "xml", "json")
LOAD_TYPES: tuple[LoadType, ...] = ("merge", "replace", "override", "update", "set")


_P = ParamSpec("_P")
_R = TypeVar("_R")
_gc_lock = threading.Lock()
_gc_users = 0


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large tree is built or walked.

    The trees hold no reference cycles; without the pause, collections triggered by the many
    allocations of a 20,000-line load rescan the whole heap and make the cost superlinear.
    """
    global _gc_users
    with _gc_lock:
        _gc_users += 1
        if _gc_users == 1:
            was_enabled = gc.isenabled()
            gc.disable()
            _gc_state[0] = was_enabled
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0 and _gc_state[0]:
                gc.enable()


_gc_state = [True]


def _fast(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    @wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _gc_paused():
            return fn(*args, **kwargs)

    return wrapper


def _schema(schema: Schema | None) -> Schema:
    return schema if schema is not None else load_schema()


class ConfigTree:
    """An immutable-by-convention configuration; ``root`` is the top :class:`~.tree.Node`,
    ``schema`` the schema family it follows."""

    __slots__ = ("root", "schema", "_protected")

    def __init__(self, root: Node | None = None, schema: Schema | None = None) -> None:
        self.root = root if root is not None else Node()
        self.schema = _schema(schema)
        self._protected: bool | None = None  # any statement protected (computed once)

    def has_protected(self) -> bool:
        """Whether a statement of the configuration is protected (``protect``)."""
        if self._protected is None:
            self._protected = _protect.has_protected(self.root)
        return self._protected

    def copy(self) -> ConfigTree:
        copied = ConfigTree(copy_node(self.root), self.schema)
        copied._protected = self._protected
        return copied

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConfigTree):
            return NotImplemented
        return nodes_equal(self.root, other.root)

    __hash__ = None  # type: ignore[assignment]

    def is_empty(self) -> bool:
        return not self.root.children

    def __len__(self) -> int:
        """Number of statements (entries, leaves, leaf-list values, containers)."""
        return count_statements(self.root)

    def __repr__(self) -> str:
        return f"ConfigTree({len(self)} statements)"

    def to_data(self) -> dict[str, Any]:
        return {"format": DATA_FORMAT, "root": node_to_data(self.root)}

    @classmethod
    def from_data(cls, data: dict[str, Any], schema: Schema | None = None) -> ConfigTree:
        if not isinstance(data, dict) or data.get("format") != DATA_FORMAT:
            raise ValueError(f"not configuration data of format {DATA_FORMAT}")
        return cls(node_from_data(data.get("root")), schema)

    def get_path(self, path: list[str]) -> ConfigTree | None:
        """The container or entry at ``path`` (e.g. ``["interfaces", "ge-0/0/0"]``) as a tree, or None."""
        if not path:
            return self.copy()
        try:
            locs = walk(self.root, self.schema.root, _toks(path), create=False, partial=True)
        except ConfigSyntaxError:
            return None
        item = locs[-1].item()
        if not isinstance(item, Node):
            return None
        return ConfigTree(copy_node(item), self.schema)


@dataclass(frozen=True)
class LoadInput:
    """Parsed load input (opaque to callers)."""

    fmt: Format
    tree: Node | None = None
    commands: tuple[setfmt.SetCommand, ...] | None = None
    schema: Schema | None = None
    moves: tuple[Move, ...] = ()  # XML insert/rename operations, applied after the tree


def empty(schema: Schema | None = None) -> ConfigTree:
    return ConfigTree(None, schema)


_SET_START = tuple(f"{verb} " for verb in setfmt.VERBS) + tuple(setfmt.VERBS)


def detect_format(text: str) -> Format:
    stripped = text.lstrip()
    if stripped.startswith("<"):
        return "xml"
    if stripped.startswith("{"):
        return "json"
    for line in stripped.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("/*"):
            continue
        word = line.split(None, 1)[0]
        return "set" if word in setfmt.VERBS else "text"
    return "text"


@_fast
def parse_load(text: str, fmt: Format, schema: Schema | None = None) -> LoadInput:
    """Parse load input; raises :class:`ConfigSyntaxError` naming the line (text/set) or element."""
    if not isinstance(text, str):
        raise ConfigSyntaxError("configuration input must be a string")
    sch = _schema(schema)
    root = sch.root
    if fmt == "text":
        return LoadInput("text", tree=textfmt.parse_text(text, root), schema=sch)
    if fmt == "set":
        return LoadInput("set", commands=tuple(setfmt.parse_set(text, root)), schema=sch)
    if fmt == "xml":
        moves: list[Move] = []
        parsed = xmlfmt.parse_xml(text, root, moves)
        if isinstance(parsed, str):  # <configuration-set> / <configuration-text> wrappers
            return parse_load(parsed, "set" if xmlfmt.is_set_wrapper(text) else "text", sch)
        return LoadInput("xml", tree=parsed, schema=sch, moves=tuple(moves))
    if fmt == "json":
        return LoadInput("json", tree=jsonfmt.parse_json(text, root), schema=sch)
    raise ConfigSyntaxError(f"unknown configuration format '{fmt}'")


@_fast
def apply_load_with_warnings(base: ConfigTree, load: LoadInput, load_type: LoadType) -> tuple[ConfigTree, list[str]]:
    if load_type not in LOAD_TYPES:
        raise ConfigError(f"error: unknown load type '{load_type}'")
    sch = base.schema
    if load.schema is not None and load.schema is not sch:
        raise ConfigError(f"error: configuration of schema {load.schema.family} loaded onto {sch.family}")
    warnings: list[str] = []
    if load.commands is not None:
        start = Node() if load_type == "override" else base.root
        root, warnings = setfmt.apply_commands(start, list(load.commands), sch.root)
    else:
        assert load.tree is not None
        if load_type == "set":
            raise ConfigError(
                f"error: load set expects set/delete/activate/deactivate/edit commands, got {load.fmt} configuration"
            )
        if load_type in ("override", "update"):
            root = clean_node(load.tree)
        else:
            if load.moves:
                check_renames(base.root, list(load.moves))
            root = copy_node(base.root)
            merge_tree(root, load.tree, honor_replace=load_type == "replace", sch=sch.root)
        if load.moves:
            apply_moves(root, list(load.moves))
    result = ConfigTree(root, sch)
    if base.has_protected():
        refused = _protect.violations(base.root, root, sch.root)
        if refused:
            raise ConfigError("\n".join(refused))
    elif load.commands is not None:
        # nothing was protected and the commands protect nothing: the result needs no walk
        protects = any("protect" in cmd.text.split(None, 2)[:2] for cmd in load.commands)  # also `top protect`
        result._protected = None if protects else False
    return result, warnings


def apply_patch(base: ConfigTree, text: str) -> tuple[ConfigTree, list[str]]:
    """Junos ``load patch``: the changes of a ``show | compare`` text applied to ``base`` (see
    :mod:`.patch`); returns the new configuration and the warnings. Pure; raises
    :class:`ConfigError` naming the patch line at fault."""
    sch = base.schema
    tree = base
    warnings: list[str] = []
    verbs = {
        "inactive": "deactivate",
        "active": "activate",
        "protect": "protect",
        "unprotect": "unprotect",
    }
    for block in _patch.parse_patch(text):
        try:
            if block.removed:
                removal = _patch.wrapped(block.path, _patch.deletions(block.removed))
                tree = apply_load(tree, parse_load(removal, "text", sch), "merge")
            if block.added:
                tree = apply_load(tree, parse_load(_patch.wrapped(block.path, block.added), "text", sch), "merge")
            for state, statement in block.states:
                command = f"{verbs[state]} {block.path} {statement}".replace("  ", " ")
                tree, found = apply_load_with_warnings(tree, parse_load(command, "set", sch), "set")
                warnings.extend(found)
            for statement, comment in block.notes:
                # an annotation may span lines, which a set line cannot: the command is built
                # from tokens
                words = tokenize(f"{block.path} {statement}", block.line, allow_punct=False)
                text = f"annotate {block.path} {statement}".replace("  ", " ")
                note = setfmt.SetCommand("annotate", [*words, Tok(comment, block.line, quoted=True)], block.line, text)
                tree, found = apply_load_with_warnings(tree, LoadInput("set", commands=(note,), schema=sch), "set")
                warnings.extend(found)
        except ConfigError as exc:
            header = f"[edit {block.path}]" if block.path else "[edit]"
            raise ConfigError(f"error: patch line {block.line} ({header}): {exc.message}") from None
    return tree, warnings


def apply_load(base: ConfigTree, load: LoadInput, load_type: LoadType) -> ConfigTree:
    """Junos ``load merge|replace|override|update|set``; pure, raises :class:`ConfigError`."""
    return apply_load_with_warnings(base, load, load_type)[0]


@_fast
def merge(base: ConfigTree, top: ConfigTree) -> ConfigTree:
    """``top`` merged onto ``base`` (``load merge`` of a plain tree)."""
    root = copy_node(base.root)
    merge_tree(root, top.root, honor_replace=False, sch=base.schema.root)
    return ConfigTree(root, base.schema)


def parse(text: str, fmt: Format | None = None, schema: Schema | None = None) -> ConfigTree:
    """A whole configuration from text in any format (``load override`` onto nothing)."""
    sch = _schema(schema)
    return apply_load(empty(sch), parse_load(text, fmt or detect_format(text), sch), "override")


def _toks(path: list[str]) -> list[Tok]:
    return [Tok(str(p), 0) for p in path]


def subtree(tree: ConfigTree, path: list[str] | None) -> ConfigTree:
    """``tree`` limited to ``path``, wrapped in its parents (empty when the path does not exist)."""
    if not path:
        return tree
    try:
        locs = walk(tree.root, tree.schema.root, _toks(path), create=False, partial=True)
    except ConfigSyntaxError as exc:
        raise ConfigError(f"error: invalid path '{' '.join(path)}': {exc.message}") from None
    if locs[-1].item() is None:
        return empty(tree.schema)
    new_root = Node()
    cur = new_root
    for index, loc in enumerate(locs):
        last = index == len(locs) - 1
        item = loc.item()
        assert item is not None
        if last:
            if loc.kind == "entry":
                assert isinstance(item, Node) and loc.name is not None
                holder = EntryList(loc.schema.keys[0], loc.schema.user_order)
                holder.entries[loc.name] = copy_node(item)
                cur.children[loc.tag] = holder
            else:
                cur.children[loc.tag] = copy_item(item)
            break
        assert isinstance(item, Node)
        shell = Node()
        shell.inactive, shell.comment, shell.protect = item.inactive, item.comment, item.protect
        if loc.kind == "entry":
            holder = EntryList(loc.schema.keys[0], loc.schema.user_order)
            assert loc.name is not None
            holder.entries[loc.name] = shell
            cur.children[loc.tag] = holder
        else:
            cur.children[loc.tag] = shell
        cur = shell
    return ConfigTree(new_root, tree.schema)


@_fast
def render(tree: ConfigTree, fmt: Format, path: list[str] | None = None) -> str:
    root = subtree(tree, path).root
    sch = tree.schema.root
    if fmt == "text":
        return textfmt.render_text(root, sch)
    if fmt == "set":
        return setfmt.render_set(root, sch)
    if fmt == "xml":
        return xmlfmt.render_xml(root, sch)
    if fmt == "json":
        return jsonfmt.render_json(root, sch)
    raise ConfigError(f"error: unknown configuration format '{fmt}'")


def filter_xml(tree: ConfigTree, filter_xml: str) -> ConfigTree:
    """Subtree filter of ``<get-configuration>``: ``<configuration><interfaces/></configuration>``."""
    return ConfigTree(xmlfmt.apply_filter(tree.root, filter_xml), tree.schema)


@_fast
def diff(old: ConfigTree, new: ConfigTree, path: list[str] | None = None) -> str:
    """Junos ``show | compare``; "" when equal."""
    return _diff.diff_nodes(subtree(old, path).root, subtree(new, path).root, new.schema.root)


@_fast
def inherit(tree: ConfigTree, *, marks: bool = True) -> ConfigTree:
    """``tree`` with its applied configuration groups expanded, as Junos hands it to its daemons
    (see :mod:`.groups`); ``marks``: inherited statements name their group, which ``show
    configuration | display inheritance`` shows as ``##`` lines and XML as ``junos:group``."""
    return ConfigTree(_groups.expand(tree.root, tree.schema.root, mark=marks), tree.schema)


@_fast
def validate(tree: ConfigTree) -> list[str]:
    """Commit-check errors, one Junos-like block each (``[edit ...]\\n  'stmt'\\n    reason``),
    on the configuration with its groups expanded (statements inherited from groups are checked
    where they are applied)."""
    root = tree.root
    return _validate.validate_node(_groups.expand(root, tree.schema.root, mark=False), tree.schema.root)


def check(tree: ConfigTree) -> None:
    """Raise :class:`ConfigValidationError` when :func:`validate` finds errors."""
    errors = validate(tree)
    if errors:
        raise ConfigValidationError(errors)
