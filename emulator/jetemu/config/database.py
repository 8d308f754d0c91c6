"""The configuration database of one emulated Junos device.

It holds what mgd holds on a real device:

* the **committed** configuration and the rollback history (``rollback 0`` .. ``rollback 49``),
  each entry with its commit metadata (sequence, user, client id, time, comment, method);
* the **shared candidate** (``configure``), which every session edits unless it opened a
  **private candidate** (``configure private``);
* an **exclusive lock** (``<lock-configuration/>`` / ``configure exclusive``) held by at most one
  session; while it is held, loads into the shared candidate and commits by other sessions fail
  with a message naming the holder;
* a pending **commit confirmed**, rolled back by :meth:`ConfigDatabase.check_timers` when its
  deadline passes without a confirming commit;
* the **rescue** configuration;
* the **ephemeral database**: the default instance and named instances, kept apart from the
  static configuration, never persisted; the *effective* configuration is the static committed
  configuration with the committed ephemeral instances merged on top.

Every change of the effective configuration goes through :meth:`ConfigDatabase._publish`, the one
place where commit listeners are called (device effects, MQTT events), except the two a device
makes while it is down, which its caller brings the device to: :meth:`ConfigDatabase.reset`
(``request system zeroize``) and :meth:`ConfigDatabase.clear_ephemeral` (a reboot: the ephemeral
database does not survive one on Junos).

With a ``state_dir`` the committed configuration, the rollback history and the rescue
configuration survive a restart. Files are written atomically (temporary file in the same
directory, fsync, ``os.replace``); the index naming the history is replaced last, so a crash in
the middle of a commit leaves the previous state intact.

The tree, the formats, the load semantics, the diff and the validation are the config engine's
(:mod:`jetemu.config.engine`); this module only decides *which* tree is where and when.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, TypedDict

from ..atomic import write_atomically
from . import engine
from .engine import ConfigTree, Format, LoadType
from .schema import Schema
from .schema import load as load_schema

log = logging.getLogger(__name__)

MAX_ROLLBACK = 49  # rollback 0 (active) .. rollback 49
MAX_CONFIRM_MINUTES = 65535
STATE_VERSION = 1
DEFAULT_EPHEMERAL = ""  # the default ephemeral instance

Database = Literal["candidate", "committed"]
CommitKind = Literal["commit", "check", "confirmed-rollback", "ephemeral"]

# A recorded candidate change, replayed onto a newer committed configuration when a private
# candidate is committed (or the shared candidate rebased) after someone else committed.
_Edit = Callable[[ConfigTree], ConfigTree]


# --------------------------------------------------------------------------------------------
# Public value types


@dataclass(frozen=True)
class SessionRef:
    """Who is asking: the server builds one per jsd client session."""

    session_id: int | str
    user: str
    client_id: str
    method: str = "jet"  # shows in `show system commit` as "via <method>"


# The author of what the device does by itself (the first configuration, timer rollbacks).
SYSTEM = SessionRef(session_id="system", user="root", client_id="", method="other")


class _Author(TypedDict):
    """Who made a commit: the fields every history entry and commit record carries."""

    user: str
    client_id: str
    method: str


def _author(session: SessionRef) -> _Author:
    return {"user": session.user, "client_id": session.client_id, "method": session.method}


@dataclass(frozen=True)
class RollbackEntry:
    """One commit in the history; ``rollback 0`` is the active configuration."""

    sequence: int
    tree: ConfigTree = field(repr=False, compare=False)
    user: str
    client_id: str
    time: float
    comment: str | None
    method: str
    confirmed_minutes: int | None = None


@dataclass(frozen=True)
class CommitInfo:
    """What a commit (or a commit check, or a timer rollback, or an ephemeral commit) did."""

    kind: CommitKind
    sequence: int | None  # the new history entry; None for check and ephemeral commits
    user: str
    client_id: str
    time: float
    comment: str | None
    method: str
    changed: bool  # the effective configuration changed
    confirmed_minutes: int | None = None
    synchronize: bool = False
    instance: str | None = None  # the ephemeral instance ("" = default) of an ephemeral commit
    confirmed_previous: bool = False  # this commit confirmed a pending commit confirmed
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoadResult:
    """What a load did to the candidate."""

    changed: bool
    warnings: tuple[str, ...] = ()  # e.g. "warning: statement not found" from delete commands


@dataclass(frozen=True)
class EphemeralOperation:
    """One operation of ``EphemeralConfigSet`` / ``EditEphemeralConfig``."""

    id: str
    config: str
    fmt: Format | None = None  # "xml" or "json"; None: detected from the text
    path: str = "/"
    operation: Literal["update", "replace", "delete"] = "update"  # v1 has all three


@dataclass(frozen=True)
class EphemeralGetResult:
    path: str
    value: str
    ok: bool = True
    message: str = ""


CommitListener = Callable[[ConfigTree, ConfigTree, CommitInfo], None]
# Extra commit check on the would-be effective configuration; returns error messages.
CommitCheck = Callable[[ConfigTree], list[str]]


class DatabaseError(engine.ConfigError):
    """A refused database operation; ``message`` is the Junos-like text for the client.

    Engine errors (:class:`engine.ConfigSyntaxError` for unparseable input,
    :class:`engine.ConfigValidationError` for a failed commit check) are raised as they are;
    all share the base class :class:`engine.ConfigError`.
    """


class LockedError(DatabaseError):
    """Another session holds the exclusive lock; ``holder`` says who."""

    def __init__(self, message: str, holder: SessionRef) -> None:
        super().__init__(message)
        self.holder = holder


class StateError(DatabaseError):
    """The state directory cannot be read or written."""


# --------------------------------------------------------------------------------------------
# Helpers


def format_time(seconds: float) -> str:
    """Junos CLI time: ``2024-05-01 10:00:00 UTC``."""
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(seconds))


def merge_trees(base: ConfigTree, top: ConfigTree) -> ConfigTree:
    """``top`` merged onto ``base`` (``load merge`` semantics)."""
    merge = getattr(engine, "merge", None)
    if callable(merge):
        result: ConfigTree = merge(base, top)
        return result
    if top.is_empty():
        return base
    return engine.apply_load(base, engine.parse_load(engine.render(top, "xml"), "xml", base.schema), "merge")


_INSTANCE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


@dataclass
class _Candidate:
    base: ConfigTree  # the committed configuration this candidate started from
    tree: ConfigTree
    edits: list[_Edit] = field(default_factory=list)
    editors: dict[int | str, SessionRef] = field(default_factory=dict)

    def modified(self) -> bool:
        return bool(self.edits) and self.tree != self.base

    def reset(self, committed: ConfigTree) -> None:
        self.base = committed
        self.tree = committed
        self.edits = []
        self.editors = {}


@dataclass
class _Lock:
    holder: SessionRef
    since: float


@dataclass
class _PendingConfirm:
    deadline: float
    rollback_to: ConfigTree  # the configuration before the first unconfirmed commit confirmed
    minutes: int
    session: SessionRef


@dataclass
class _Ephemeral:
    committed: ConfigTree
    candidate: ConfigTree


# --------------------------------------------------------------------------------------------
# The database


class ConfigDatabase:
    """Configuration database of one device (see the module docstring)."""

    def __init__(
        self,
        clock: Callable[[], float] = time.time,
        state_dir: Path | None = None,
        initial: ConfigTree | None = None,
        confirm_minute: float = 60.0,
        schema: Schema | None = None,
    ) -> None:
        # The schema family of the device's model (``junos``, or ``junos-es`` for SRX): every
        # configuration of this database follows it.
        self.schema: Schema = schema if schema is not None else initial.schema if initial is not None else load_schema()
        if initial is not None and initial.schema is not self.schema:
            raise DatabaseError(
                f"error: initial configuration of schema {initial.schema.family}, not {self.schema.family}"
            )
        # Seconds in one "minute" of commit confirmed: 60 on a device; labs and CI may shorten it.
        self._confirm_minute = confirm_minute
        self._clock = clock
        self._mutex = threading.RLock()
        self._listeners: list[CommitListener] = []
        self._checks: list[CommitCheck] = []
        self._lock: _Lock | None = None
        self._private: dict[int | str, _Candidate] = {}
        self._confirm: _PendingConfirm | None = None
        self._ephemeral: dict[str, _Ephemeral] = {}
        self._effective_cache: tuple[int, ConfigTree] | None = None
        self._generation = 0  # bumped on every change of the effective configuration
        self._rescue: RollbackEntry | None = None
        self._rescue_file: str | None = None  # persistence bookkeeping
        self._confirm_file: str | None = None
        self._state_gen = 0
        self._state_dir = Path(state_dir) / "config" if state_dir is not None else None
        self._history: list[RollbackEntry] = []
        self._next_sequence = 1
        # the configuration of a new device, which zeroize brings back (see reset)
        self._factory = initial.copy() if initial is not None else engine.empty(self.schema)
        loaded = self._load_state()
        if not loaded:
            self._history = [self._first_entry(self._factory)]
            self._next_sequence = 1
            if self._state_dir is not None:
                self._persist(self._history, self._next_sequence, self._rescue)
        self._shared = _Candidate(base=self.committed(), tree=self.committed())

    def _first_entry(self, tree: ConfigTree) -> RollbackEntry:
        """``rollback 0`` of a new history: the device's own first configuration."""
        return RollbackEntry(sequence=0, tree=tree, **_author(SYSTEM), time=self._clock(), comment=None)

    # ---------------------------------------------------------------- reading

    def now(self) -> float:
        """The database's clock (injected; tests use a fake one)."""
        return self._clock()

    def committed(self) -> ConfigTree:
        """The static committed configuration (``rollback 0``)."""
        return self._history[0].tree

    def candidate(self, session: SessionRef | None = None) -> ConfigTree:
        """The candidate ``session`` edits: its private candidate, or the shared one."""
        with self._mutex:
            return self._candidate_for(session).tree

    def get(self, session: SessionRef | None, database: Database = "candidate") -> ConfigTree:
        if database == "committed":
            return self.committed()
        if database == "candidate":
            return self.candidate(session)
        raise DatabaseError(f'error: unknown configuration database "{database}"')

    def effective(self) -> ConfigTree:
        """Static committed configuration with the committed ephemeral instances on top."""
        with self._mutex:
            cache = self._effective_cache
            if cache is not None and cache[0] == self._generation:
                return cache[1]
            tree = self._compose(self.committed(), self._ephemeral_committed())
            self._effective_cache = (self._generation, tree)
            return tree

    def history(self) -> list[RollbackEntry]:
        """Rollback entries, newest (rollback 0) first."""
        with self._mutex:
            return list(self._history)

    def get_commit_information(self) -> list[RollbackEntry]:
        return self.history()

    def rollback(self, n: int) -> ConfigTree:
        """The configuration of ``rollback n``."""
        return self._rollback_entry(n).tree

    def is_private(self, session: SessionRef) -> bool:
        return session.session_id in self._private

    def lock_holder(self) -> SessionRef | None:
        return self._lock.holder if self._lock is not None else None

    def pending_confirm(self) -> tuple[float, int] | None:
        """``(deadline, minutes)`` of a pending commit confirmed, if any."""
        c = self._confirm
        return (c.deadline, c.minutes) if c is not None else None

    def rescue(self) -> RollbackEntry | None:
        return self._rescue

    def is_modified(self, session: SessionRef | None = None) -> bool:
        """The candidate ``session`` edits differs from the committed configuration."""
        with self._mutex:
            cand = self._candidate_for(session)
            return cand.tree != self.committed()

    def compare(
        self,
        session: SessionRef | None = None,
        *,
        rollback: int = 0,
        database: Database = "candidate",
        path: list[str] | None = None,
    ) -> str:
        """``show | compare rollback N``: from ``rollback N`` to the candidate (or committed)."""
        with self._mutex:
            old = self.rollback(rollback)
            new = self.get(session, database)
            return engine.diff(old, new, path)

    # ---------------------------------------------------------------- listeners

    def add_commit_listener(self, callback: CommitListener) -> None:
        self._listeners.append(callback)

    def remove_commit_listener(self, callback: CommitListener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(callback)

    def add_commit_check(self, check: CommitCheck) -> None:
        """Run ``check`` on the would-be effective configuration before every commit.

        For parts of the emulator that must accept a configuration for the commit to make sense
        (the device model): a non-empty list of messages fails the commit (and ephemeral
        commits, with or without ``validate``) like a commit-check error, so nothing is
        half-applied. ``commit check`` runs them too (it is a dry run of the commit).
        """
        self._checks.append(check)

    def _run_checks(self, static: ConfigTree, instances: dict[str, ConfigTree] | None = None) -> None:
        if not self._checks:
            return
        effective = self._compose(static, self._ephemeral_committed() if instances is None else instances)
        errors: list[str] = []
        for check in self._checks:
            errors.extend(check(effective))
        if errors:
            raise engine.ConfigValidationError(errors)

    # ---------------------------------------------------------------- sessions, locks, private

    def lock(self, session: SessionRef) -> None:
        """``<lock-configuration/>``: exclusive lock of the shared candidate."""
        with self._mutex:
            if self._lock is not None:
                if self._lock.holder.session_id == session.session_id:
                    return
                raise self._locked_error()
            if self._shared.modified():
                raise DatabaseError("error: configuration database modified\n" + self._editors_text(self._shared))
            self._lock = _Lock(holder=session, since=self._clock())

    def unlock(self, session: SessionRef) -> None:
        """``<unlock-configuration/>``: release the lock, discarding uncommitted changes."""
        with self._mutex:
            if self._lock is None:
                raise DatabaseError("error: configuration database is not locked")
            if self._lock.holder.session_id != session.session_id:
                raise self._locked_error()
            self._lock = None
            self._shared.reset(self.committed())

    def open_private(self, session: SessionRef) -> None:
        """``configure private``: a private candidate starting from the committed config."""
        with self._mutex:
            if session.session_id in self._private:
                return
            self._check_not_locked_by_other(session)
            if self._shared.modified():
                raise DatabaseError(
                    "error: shared configuration database modified\n" + self._editors_text(self._shared)
                )
            committed = self.committed()
            self._private[session.session_id] = _Candidate(base=committed, tree=committed)

    def close_private(self, session: SessionRef) -> bool:
        """Leave private mode; uncommitted private changes are discarded. True if there were."""
        with self._mutex:
            cand = self._private.pop(session.session_id, None)
            if cand is None:
                raise DatabaseError("error: no private configuration is open in this session")
            return cand.tree != self.committed() and bool(cand.edits)

    def release_session(self, session: SessionRef) -> None:
        """The client went away: drop its private candidate and its lock (discarding changes)."""
        with self._mutex:
            self._private.pop(session.session_id, None)
            if self._lock is not None and self._lock.holder.session_id == session.session_id:
                self._lock = None
                self._shared.reset(self.committed())
            self._shared.editors.pop(session.session_id, None)

    # ---------------------------------------------------------------- candidate edits

    def load(
        self,
        session: SessionRef,
        text: str,
        fmt: Format | None = None,
        load_type: LoadType | Literal["patch"] = "merge",
    ) -> LoadResult:
        """Load ``text`` into the session's candidate.

        ``fmt`` None detects the format. ``load_type`` ``"patch"`` applies a ``show | compare``
        text (Junos ``load patch``). Errors (syntax, load semantics, lock) leave the candidate as
        it was.
        """
        if load_type not in ("merge", "replace", "override", "update", "set", "patch"):
            raise DatabaseError(f'error: unknown load action "{load_type}"')
        with self._mutex:
            cand = self._writable_candidate(session)
            warnings: list[str] = []
            if load_type == "patch":
                # ``load patch``: a ``show | compare`` text (format text)
                if fmt not in (None, "text"):
                    raise DatabaseError(f'error: load patch takes a text patch, not format "{fmt}"')
                patch_text = text

                def edit(base: ConfigTree) -> ConfigTree:
                    tree, found = engine.apply_patch(base, patch_text)
                    warnings[:] = found
                    return tree

            else:
                use_fmt: Format = fmt if fmt is not None else engine.detect_format(text)
                parsed = engine.parse_load(text, use_fmt, self.schema)

                def edit(base: ConfigTree) -> ConfigTree:
                    tree, found = engine.apply_load_with_warnings(base, parsed, load_type)
                    warnings[:] = found
                    return tree

            changed = self._apply_edit(session, cand, edit)
            return LoadResult(changed=changed, warnings=tuple(warnings))

    def load_rollback(self, session: SessionRef, n: int) -> bool:
        """``rollback N`` / ``<load-configuration rollback="N"/>``: candidate := rollback N.

        ``rollback 0`` is Junos's (and PyEZ's ``Config.rollback()``) way to discard the changes:
        it is :meth:`discard_changes`, so nothing is left for a later rebase to replay.
        """
        with self._mutex:
            if n == 0:
                self._rollback_entry(n)
                return self.discard_changes(session)
            cand = self._writable_candidate(session)
            target = self._rollback_entry(n).tree
            return self._apply_edit(session, cand, lambda _base: target)

    def load_rescue(self, session: SessionRef) -> bool:
        """``rollback rescue``: candidate := the rescue configuration."""
        with self._mutex:
            cand = self._writable_candidate(session)
            if self._rescue is None:
                raise DatabaseError("error: no rescue configuration is set")
            target = self._rescue.tree
            return self._apply_edit(session, cand, lambda _base: target)

    def discard_changes(self, session: SessionRef) -> bool:
        """``<discard-changes/>`` (``rollback 0``). Returns True if there was anything."""
        with self._mutex:
            cand = self._writable_candidate(session)
            had = cand.tree != self.committed()
            cand.reset(self.committed())
            return had

    def load_and_commit(
        self,
        session: SessionRef,
        text: str,
        fmt: Format | None = None,
        load_type: LoadType = "merge",
        *,
        comment: str | None = None,
        synchronize: bool = False,
    ) -> CommitInfo:
        """``ConfigSet`` with commit: load then commit, all or nothing.

        If the commit fails, the candidate is put back as it was before the load, so a failed
        call leaves no trace in the candidate or the committed configuration.
        """
        with self._mutex:
            cand = self._writable_candidate(session)
            saved = (cand.base, cand.tree, list(cand.edits), dict(cand.editors))
            loaded = self.load(session, text, fmt, load_type)
            try:
                info = self.commit(session, comment=comment, synchronize=synchronize)
            except BaseException:
                cand.base, cand.tree, cand.edits, cand.editors = saved
                raise
            return replace(info, warnings=loaded.warnings + info.warnings)

    def update_private(self, session: SessionRef) -> None:
        """``update``: replay the private changes onto the current committed config."""
        with self._mutex:
            cand = self._private.get(session.session_id)
            if cand is None:
                raise DatabaseError("error: 'update' is only valid in a private configuration")
            tree = self._replay(cand, self.committed())
            cand.base = self.committed()
            cand.tree = tree

    # ---------------------------------------------------------------- commit

    def commit(
        self,
        session: SessionRef,
        *,
        check: bool = False,
        comment: str | None = None,
        confirmed_minutes: int | None = None,
        synchronize: bool = False,
    ) -> CommitInfo:
        """Validate the session's candidate and make it the committed configuration.

        ``check`` validates only (and, as on Junos, confirms a pending commit confirmed).
        ``confirmed_minutes`` arms an automatic rollback unless a later commit confirms it.
        Any error leaves the committed configuration, the history and the candidate unchanged.
        """
        if confirmed_minutes is not None and not (1 <= confirmed_minutes <= MAX_CONFIRM_MINUTES):
            raise DatabaseError(
                f"error: commit confirmed timeout {confirmed_minutes} is out of range "
                f"(1..{MAX_CONFIRM_MINUTES} minutes)"
            )
        if check and confirmed_minutes is not None:
            raise DatabaseError("error: 'commit check' and 'commit confirmed' are mutually exclusive")
        if comment is not None and "\x00" in comment:
            raise DatabaseError("error: commit comment contains a NUL character")
        with self._mutex:
            private = session.session_id in self._private
            cand = self._private[session.session_id] if private else self._shared
            if not check:
                self._check_not_locked_by_other(session)
            committed = self.committed()
            if private and not check and self._shared.modified():
                # Junos: a private commit needs an unmodified shared configuration.
                raise DatabaseError(
                    "error: shared configuration database modified\n"
                    + self._editors_text(self._shared)
                    + "\nerror: configuration commit failed (the shared candidate must be "
                    "committed or discarded first)"
                )
            if private and cand.base != committed:
                try:
                    new_static = self._replay(cand, committed)
                except (engine.ConfigError, DatabaseError) as exc:
                    raise DatabaseError(
                        "error: private configuration conflicts with changes committed "
                        f"since it was opened: {_message(exc)}\n"
                        "error: configuration check-out failed"
                    ) from exc
            else:
                new_static = cand.tree
            errors = engine.validate(new_static)
            if errors:
                raise engine.ConfigValidationError(list(errors))
            self._run_checks(new_static)
            now = self._clock()
            confirmed_previous = self._confirm is not None
            if check:
                if self._confirm is not None:
                    self._persist(self._history, self._next_sequence, self._rescue, confirm=None)
                    self._confirm = None
                return CommitInfo(
                    kind="check",
                    sequence=None,
                    **_author(session),
                    time=now,
                    comment=comment,
                    changed=False,
                    synchronize=synchronize,
                    confirmed_previous=confirmed_previous,
                )
            entry = RollbackEntry(
                sequence=self._next_sequence,
                tree=new_static,
                **_author(session),
                time=now,
                comment=comment,
                confirmed_minutes=confirmed_minutes,
            )
            new_history = [entry, *self._history][: MAX_ROLLBACK + 1]
            new_confirm: _PendingConfirm | None = None
            if confirmed_minutes is not None:
                # A re-armed commit confirmed still rolls back to the last confirmed config.
                rollback_to = self._confirm.rollback_to if self._confirm is not None else committed
                new_confirm = _PendingConfirm(
                    deadline=now + confirmed_minutes * self._confirm_minute,
                    rollback_to=rollback_to,
                    minutes=confirmed_minutes,
                    session=session,
                )
            self._persist(new_history, self._next_sequence + 1, self._rescue, entry, confirm=new_confirm)
            # From here on nothing can fail: swap the state in.
            old_effective = self.effective()
            self._history = new_history
            self._next_sequence += 1
            self._confirm = new_confirm
            cand.reset(new_static)
            if private:
                self._rebase_shared()
            info = CommitInfo(
                kind="commit",
                sequence=entry.sequence,
                **_author(session),
                time=now,
                comment=comment,
                changed=False,
                confirmed_minutes=confirmed_minutes,
                synchronize=synchronize,
                confirmed_previous=confirmed_previous,
            )
            return self._publish(old_effective, info)

    def check_timers(self) -> list[CommitInfo]:
        """Roll back an expired commit confirmed. The server calls this periodically."""
        with self._mutex:
            pending = self._confirm
            if pending is None or self._clock() < pending.deadline:
                return []
            now = self._clock()
            comment = (
                f"automatic rollback: commit confirmed ({pending.minutes} min) by "
                f"{pending.session.user} was not confirmed"
            )
            entry = RollbackEntry(
                sequence=self._next_sequence,
                tree=pending.rollback_to,
                **_author(SYSTEM),
                time=now,
                comment=comment,
            )
            new_history = [entry, *self._history][: MAX_ROLLBACK + 1]
            try:
                self._persist(new_history, self._next_sequence + 1, self._rescue, entry, confirm=None)
            except StateError:
                log.exception("commit confirmed rollback could not be saved; retrying later")
                return []
            old_effective = self.effective()
            self._history = new_history
            self._next_sequence += 1
            self._confirm = None
            # Private candidates are kept; their next commit replays onto the new base.
            self._rebase_shared()
            info = CommitInfo(
                kind="confirmed-rollback",
                sequence=entry.sequence,
                **_author(SYSTEM),
                time=now,
                comment=comment,
                changed=False,
            )
            return [self._publish(old_effective, info)]

    # ---------------------------------------------------------------- rescue

    def set_rescue(self, tree: ConfigTree | None = None) -> None:
        """``request system configuration rescue save`` (the active configuration by default)."""
        with self._mutex:
            source = tree if tree is not None else self.committed()
            errors = engine.validate(source)
            if errors:
                raise engine.ConfigValidationError(list(errors))
            head = self._history[0]
            rescue = RollbackEntry(
                sequence=head.sequence if tree is None else -1,
                tree=source.copy() if tree is not None else source,
                user=head.user if tree is None else "root",
                client_id=head.client_id if tree is None else "",
                time=self._clock(),
                comment="rescue configuration",
                method="other",
            )
            self._persist(self._history, self._next_sequence, rescue)
            self._rescue = rescue

    def delete_rescue(self) -> None:
        with self._mutex:
            if self._rescue is None:
                raise DatabaseError("error: no rescue configuration is set")
            self._persist(self._history, self._next_sequence, None)
            self._rescue = None

    # ---------------------------------------------------------------- device life

    def reset(self, factory: ConfigTree | None = None) -> None:
        """``request system zeroize``: ``factory`` (by default the configuration this database
        was created with) becomes ``rollback 0`` of a new history; no rescue configuration, no
        pending commit confirmed, no lock, no candidate changes, private or shared, and an empty
        ephemeral database. Saved under the state directory before anything changes. Commit
        listeners are not called (the device is going down): the caller brings its device to
        :meth:`effective`."""
        with self._mutex:
            tree = factory.copy() if factory is not None else self._factory
            if tree.schema is not self.schema:
                raise DatabaseError(
                    f"error: factory configuration of schema {tree.schema.family}, not {self.schema.family}"
                )
            entry = self._first_entry(tree)
            self._persist([entry], 1, None, entry, confirm=None)
            self._factory = tree
            self._history = [entry]
            self._next_sequence = 1
            self._rescue = None
            self._confirm = None
            self._lock = None
            self._private.clear()
            self._shared.reset(tree)
            self._ephemeral.clear()
            self._generation += 1

    def clear_ephemeral(self) -> bool:
        """A reboot: the ephemeral database (every instance, committed or not) is gone, as on
        Junos, where it does not survive one. Commit listeners are not called (the device is
        down): the caller brings its device to :meth:`effective`. True if it held anything."""
        with self._mutex:
            had = any(not e.committed.is_empty() or not e.candidate.is_empty() for e in self._ephemeral.values())
            self._ephemeral.clear()
            self._generation += 1
            return had

    # ---------------------------------------------------------------- ephemeral

    def ephemeral_instances(self) -> list[str]:
        """Names of ephemeral instances holding data ("" is the default instance)."""
        return list(self._ephemeral)

    def ephemeral_set(
        self,
        session: SessionRef,
        instance: str,
        operations: list[EphemeralOperation],
        *,
        validate: bool = False,
        load_only: bool = False,
    ) -> CommitInfo | None:
        """Apply ``operations`` to an ephemeral instance, all or nothing.

        Unless ``load_only``, the instance's candidate (with any earlier load-only changes) is
        committed, which changes the effective configuration. ``validate`` checks the resulting
        effective configuration first. Returns the commit info, or None for a load-only call.
        """
        with self._mutex:
            name = self.check_ephemeral_instance(instance)
            current = self._ephemeral.get(name)
            tree = current.candidate if current is not None else engine.empty(self.schema)
            for op in operations:
                tree = self._apply_ephemeral_op(tree, op)
            if load_only:
                committed = current.committed if current is not None else engine.empty(self.schema)
                self._ephemeral[name] = _Ephemeral(committed=committed, candidate=tree)
                return None
            instances = self._ephemeral_committed()
            instances[name] = tree
            if validate:
                errors = engine.validate(self._compose(self.committed(), instances))
                if errors:
                    raise engine.ConfigValidationError(list(errors))
            self._run_checks(self.committed(), instances)
            old_effective = self.effective()
            self._ephemeral[name] = _Ephemeral(committed=tree, candidate=tree)
            self._generation += 1
            info = CommitInfo(
                kind="ephemeral",
                sequence=None,
                **_author(session),
                time=self._clock(),
                comment=None,
                changed=False,
                instance=name,
            )
            return self._publish(old_effective, info)

    def ephemeral_get(
        self,
        instance: str,
        paths: list[str],
        fmt: Format = "json",
        *,
        merge_view: bool = False,
    ) -> list[EphemeralGetResult]:
        """Committed data of an ephemeral instance (or the merged view), per requested path.

        A path is ``/`` (everything) or an XPath-like ``/interfaces/interface[name='ge-0/0/0']``
        (a leading ``/configuration`` is accepted). A path with no data gives ``ok=False``.
        """
        if fmt not in ("xml", "json", "text", "set"):
            raise DatabaseError(f'error: unsupported encoding "{fmt}"')
        with self._mutex:
            name = self.check_ephemeral_instance(instance)
            eph = self._ephemeral.get(name)
            tree = eph.committed if eph is not None else engine.empty(self.schema)
            if merge_view:
                tree = self.effective()
            results: list[EphemeralGetResult] = []
            for raw in paths or ["/"]:
                try:
                    filt = xpath_to_filter(raw)
                except DatabaseError as exc:
                    results.append(EphemeralGetResult(path=raw, value="", ok=False, message=exc.message))
                    continue
                sub = tree if filt is None else engine.filter_xml(tree, filt)
                if filt is not None and sub.is_empty():
                    results.append(
                        EphemeralGetResult(path=raw, value="", ok=False, message=f"error: no data at path {raw}")
                    )
                    continue
                results.append(EphemeralGetResult(path=raw, value=engine.render(sub, fmt)))
            return results

    def ephemeral_tree(self, instance: str = DEFAULT_EPHEMERAL) -> ConfigTree:
        eph = self._ephemeral.get(instance)
        return eph.committed if eph is not None else engine.empty(self.schema)

    # ---------------------------------------------------------------- internals

    def _candidate_for(self, session: SessionRef | None) -> _Candidate:
        if session is not None:
            cand = self._private.get(session.session_id)
            if cand is not None:
                return cand
        return self._shared

    def _writable_candidate(self, session: SessionRef) -> _Candidate:
        cand = self._private.get(session.session_id)
        if cand is not None:
            return cand
        self._check_not_locked_by_other(session)
        return self._shared

    def _apply_edit(self, session: SessionRef, cand: _Candidate, edit: _Edit) -> bool:
        new_tree = edit(cand.tree)  # raises before anything is changed
        changed = new_tree != cand.tree
        if new_tree == cand.base:
            # back to the configuration it started from: the candidate holds no change, and
            # nothing is to be replayed onto a newer committed configuration
            cand.reset(cand.base)
            return changed
        cand.tree = new_tree
        cand.edits.append(edit)
        cand.editors[session.session_id] = session
        return changed

    def _replay(self, cand: _Candidate, onto: ConfigTree) -> ConfigTree:
        tree = onto
        for edit in cand.edits:
            tree = edit(tree)
        return tree

    def _rebase_shared(self) -> None:
        """The committed config changed under the shared candidate: carry its edits over."""
        shared = self._shared
        committed = self.committed()
        if not shared.edits:
            shared.reset(committed)
            return
        try:
            shared.tree = self._replay(shared, committed)
            shared.base = committed
        except (engine.ConfigError, DatabaseError):
            log.warning("shared candidate edits no longer apply; candidate kept as it was")

    def _check_not_locked_by_other(self, session: SessionRef) -> None:
        if self._lock is not None and self._lock.holder.session_id != session.session_id:
            raise self._locked_error()

    def _locked_error(self) -> LockedError:
        assert self._lock is not None
        h = self._lock.holder
        return LockedError(
            "error: configuration database locked by:\n"
            f"  {h.user} client-id {h.client_id} (session {h.session_id}) "
            f"on since {format_time(self._lock.since)}\n"
            "      exclusive [edit]",
            h,
        )

    def _editors_text(self, cand: _Candidate) -> str:
        lines = ["Users currently editing the configuration:"]
        for ref in cand.editors.values():
            lines.append(f"  {ref.user} client-id {ref.client_id} (session {ref.session_id})")
        return "\n".join(lines)

    def _rollback_entry(self, n: int) -> RollbackEntry:
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= MAX_ROLLBACK:
            raise DatabaseError(f"error: invalid rollback number {n!r} (valid: 0..{MAX_ROLLBACK})")
        if n >= len(self._history):
            raise DatabaseError(
                f"error: rollback {n} does not exist (the history holds rollback 0"
                + (f"..{len(self._history) - 1}" if len(self._history) > 1 else "")
                + ")"
            )
        return self._history[n]

    def _publish(self, old_effective: ConfigTree, info: CommitInfo) -> CommitInfo:
        """The one place where a change of the effective configuration is announced."""
        self._generation += 1
        new_effective = self.effective()
        changed = new_effective != old_effective
        info = replace(info, changed=changed)
        if changed:
            for listener in list(self._listeners):
                try:
                    listener(old_effective, new_effective, info)
                except Exception:
                    log.exception("commit listener %r failed", listener)
        return info

    # ephemeral

    def check_ephemeral_instance(self, instance: str) -> str:
        """The instance's key ("" for the default); a clear error if it is not usable."""
        if instance in ("", "default"):
            return DEFAULT_EPHEMERAL
        if not _INSTANCE_RE.match(instance):
            raise DatabaseError(f'error: invalid ephemeral instance name "{instance}"')
        if not self._instance_configured(instance):
            raise DatabaseError(
                f'error: ephemeral instance "{instance}" is not configured '
                f"(set system configuration-database ephemeral instance {instance})"
            )
        return instance

    def _instance_configured(self, instance: str) -> bool:
        """``system configuration-database ephemeral instance NAME`` is committed (and active)."""
        where = ["system", "configuration-database", "ephemeral"]
        committed = self.committed()
        if committed.get_path(where) is None:
            return False
        words = [*where, "instance", instance]
        wanted = "set " + " ".join(words)
        found = False
        for line in engine.render(committed, "set", where).splitlines():
            if line == wanted or line.startswith(wanted + " "):
                found = True
            elif line.startswith("deactivate "):
                inactive = line.split()[1:]
                if inactive == words[: len(inactive)]:
                    return False
        return found

    def _ephemeral_committed(self) -> dict[str, ConfigTree]:
        return {name: e.committed for name, e in self._ephemeral.items()}

    @staticmethod
    def _compose(static: ConfigTree, instances: dict[str, ConfigTree]) -> ConfigTree:
        """Junos priority: static lowest, then the default instance, then named instances."""
        tree = static
        ordered = sorted(instances.items(), key=lambda kv: (kv[0] != DEFAULT_EPHEMERAL, kv[0]))
        for _name, top in ordered:
            if not top.is_empty():
                tree = merge_trees(tree, top)
        return tree

    @staticmethod
    def _apply_ephemeral_op(tree: ConfigTree, op: EphemeralOperation) -> ConfigTree:
        where = f"operation {op.id!r}" if op.id else "operation"
        if op.path not in ("/", ""):
            raise DatabaseError(
                f'error: {where}: path "{op.path}" is not supported; only "/" is (put the '
                "hierarchy in the configuration data)"
            )
        fmt = op.fmt if op.fmt is not None else engine.detect_format(op.config)
        if fmt not in ("xml", "json"):
            raise DatabaseError(f"error: {where}: ephemeral configuration must be XML or JSON")
        if op.operation not in ("update", "replace", "delete"):
            raise DatabaseError(f"error: {where}: unknown operation {op.operation!r}")
        try:
            if op.operation == "delete":
                deletion = _deletion_xml(engine.parse(op.config, fmt, tree.schema))
                parsed = engine.parse_load(deletion, "xml", tree.schema)
            else:
                parsed = engine.parse_load(op.config, fmt, tree.schema)
            load_type: LoadType = "replace" if op.operation == "replace" else "merge"
            return engine.apply_load(tree, parsed, load_type)
        except engine.ConfigError as exc:
            raise DatabaseError(f"error: {where}: {_strip_error(_message(exc))}") from exc

    # persistence

    def _persist(
        self,
        history: list[RollbackEntry],
        next_sequence: int,
        rescue: RollbackEntry | None,
        new: RollbackEntry | None = None,
        *,
        confirm: _PendingConfirm | None | Literal["keep"] = "keep",
    ) -> None:
        """Save the would-be state; the caller swaps it in only if this succeeds.

        ``new`` is a new history entry (always written: its sequence number may have been used
        by a commit whose index never landed). Every file is written atomically under a name
        the current index does not reference, then the index is replaced: the index names the
        whole state, so a crash at any point leaves the old state or the new one.
        """
        if self._state_dir is None:
            return
        d = self._state_dir
        pending = self._confirm if confirm == "keep" else confirm
        gen = self._state_gen + 1
        try:
            d.mkdir(parents=True, exist_ok=True)
            for entry in history:
                path = d / f"commit-{entry.sequence}.json"
                if entry is new or not path.exists():
                    write_atomically(path, _encode_entry(entry))
            rescue_file = self._rescue_file if rescue is self._rescue else None
            if rescue is not None and rescue_file is None:
                rescue_file = f"rescue-{gen}.json"
                write_atomically(d / rescue_file, _encode_entry(rescue))
            confirm_data: dict[str, Any] | None = None
            if pending is not None:
                confirm_file = self._confirm_file if pending is self._confirm else None
                if confirm_file is None:
                    confirm_file = f"confirm-{gen}.json"
                    write_atomically(d / confirm_file, json.dumps(pending.rollback_to.to_data()).encode())
                confirm_data = {
                    "file": confirm_file,
                    "deadline": pending.deadline,
                    "minutes": pending.minutes,
                    "session_id": pending.session.session_id,
                    "user": pending.session.user,
                    "client_id": pending.session.client_id,
                    "method": pending.session.method,
                }
            index = {
                "version": STATE_VERSION,
                "generation": gen,
                "history": [e.sequence for e in history],
                "next_sequence": next_sequence,
                "rescue": rescue_file,
                "confirm": confirm_data,
            }
            write_atomically(d / "index.json", json.dumps(index, indent=1).encode())
        except OSError as exc:
            raise StateError(f"error: could not save the configuration state in {d}: {exc}") from exc
        self._state_gen = gen
        self._rescue_file = rescue_file
        self._confirm_file = confirm_data["file"] if confirm_data is not None else None
        self._prune(index)

    def _prune(self, index: dict[str, Any]) -> None:
        """Remove files the index does not name (best effort; they are garbage)."""
        assert self._state_dir is not None
        keep = {f"commit-{seq}.json" for seq in index["history"]}
        keep.add(str(index.get("rescue")))
        keep.add(str((index.get("confirm") or {}).get("file")))
        for pattern in ("commit-*.json", "rescue-*.json", "confirm-*.json", ".*.tmp"):
            for path in self._state_dir.glob(pattern):
                if path.name not in keep:
                    with contextlib.suppress(OSError):
                        path.unlink()

    def _load_state(self) -> bool:
        d = self._state_dir
        if d is None:
            return False
        index_path = d / "index.json"
        if not index_path.exists():
            return False
        try:
            index = json.loads(index_path.read_text())
            if not isinstance(index, dict) or index.get("version") != STATE_VERSION:
                version = index.get("version") if isinstance(index, dict) else None
                raise StateError(f"error: {index_path}: unsupported state version {version!r}")
            history = [_decode_entry(d / f"commit-{int(seq)}.json", self.schema) for seq in index["history"]]
            if not history:
                raise StateError(f"error: {index_path}: empty commit history")
            rescue_file = index.get("rescue")
            rescue = _decode_entry(d / rescue_file, self.schema) if rescue_file else None
            confirm: _PendingConfirm | None = None
            c = index.get("confirm")
            if c:
                tree_path = d / c["file"]
                try:
                    rollback_to = ConfigTree.from_data(json.loads(tree_path.read_text()), self.schema)
                except (OSError, ValueError, TypeError, engine.ConfigError) as exc:
                    raise StateError(f"error: cannot read saved configuration {tree_path}: {exc}") from exc
                confirm = _PendingConfirm(
                    deadline=float(c["deadline"]),
                    rollback_to=rollback_to,
                    minutes=int(c["minutes"]),
                    session=SessionRef(
                        session_id=c["session_id"], user=c["user"], client_id=c["client_id"], method=c["method"]
                    ),
                )
            next_sequence = int(index["next_sequence"])
            gen = int(index["generation"])
        except StateError:
            raise
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StateError(f"error: cannot read configuration state in {d}: {exc}") from exc
        self._history = history
        self._next_sequence = next_sequence
        self._rescue = rescue
        self._rescue_file = rescue_file
        self._confirm = confirm
        self._confirm_file = c["file"] if c else None
        self._state_gen = gen
        self._prune(index)  # files of a commit whose index never landed, temp files of a crash
        return True


def _encode_entry(entry: RollbackEntry) -> bytes:
    data: dict[str, Any] = {
        "sequence": entry.sequence,
        "user": entry.user,
        "client_id": entry.client_id,
        "time": entry.time,
        "comment": entry.comment,
        "method": entry.method,
        "confirmed_minutes": entry.confirmed_minutes,
        "config": entry.tree.to_data(),
    }
    return json.dumps(data).encode()


def _decode_entry(path: Path, schema: Schema) -> RollbackEntry:
    try:
        data = json.loads(path.read_text())
        return RollbackEntry(
            sequence=int(data["sequence"]),
            tree=ConfigTree.from_data(data["config"], schema),
            user=str(data["user"]),
            client_id=str(data["client_id"]),
            time=float(data["time"]),
            comment=data["comment"],
            method=str(data["method"]),
            confirmed_minutes=data.get("confirmed_minutes"),
        )
    except (OSError, ValueError, KeyError, TypeError, engine.ConfigError) as exc:
        raise StateError(f"error: cannot read saved configuration {path}: {exc}") from exc


def _deletion_xml(tree: ConfigTree) -> str:
    """XML deleting every innermost statement of ``tree`` (v1 ``DELETE_CONFIG``).

    An entry given by its name alone (``<interface><name>ge-0/0/0</name></interface>``) deletes
    the entry; a leaf or flag deletes that statement; a container only descends.
    """
    import xml.etree.ElementTree as ET

    root = ET.fromstring(engine.render(tree, "xml"))

    def mark(el: ET.Element) -> None:
        kids = list(el)
        rest = kids[1:] if kids and kids[0].tag == "name" else kids
        if not rest:
            el.set("operation", "delete")
            return
        for child in rest:
            mark(child)

    children = list(root)
    if not children:
        raise DatabaseError("error: nothing to delete: the configuration is empty")
    for child in children:
        mark(child)
    return ET.tostring(root, encoding="unicode")


def _message(exc: BaseException) -> str:
    msg = getattr(exc, "message", None)
    return msg if isinstance(msg, str) and msg else str(exc)


def _strip_error(msg: str) -> str:
    return msg[len("error: ") :] if msg.startswith("error: ") else msg


# --------------------------------------------------------------------------------------------
# XPath-like paths (ephemeral get) -> subtree filters

_STEP_RE = re.compile(
    r"""^(?P<tag>[A-Za-z_][\w.-]*)
        (?:\[\s*(?P<key>[A-Za-z_][\w.-]*)\s*=\s*(?P<q>['"])(?P<val>.*?)(?P=q)\s*\])?$""",
    re.X,
)


def _split_xpath(path: str) -> list[str]:
    steps: list[str] = []
    buf: list[str] = []
    quote: str | None = None
    depth = 0
    for ch in path:
        if quote:
            buf.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "'\"" and depth:
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "/" and depth == 0:
            steps.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    if quote or depth:
        raise DatabaseError(f"error: invalid path {path!r}: unbalanced brackets or quotes")
    steps.append("".join(buf))
    return [s.strip() for s in steps if s.strip()]


def xpath_to_filter(path: str) -> str | None:
    """``/interfaces/interface[name='ge-0/0/0']`` -> a get-configuration subtree filter.

    Returns None for ``/`` (everything).
    """
    from xml.sax.saxutils import escape

    steps = _split_xpath(path.strip())
    if steps and steps[0] == "configuration":
        steps = steps[1:]
    if not steps:
        return None
    opening: list[str] = []
    closing: list[str] = []
    for step in steps:
        m = _STEP_RE.match(step)
        if m is None:
            raise DatabaseError(f"error: invalid path {path!r}: cannot parse step {step!r}")
        tag = m.group("tag")
        inner = ""
        if m.group("key"):
            key = m.group("key")
            inner = f"<{key}>{escape(m.group('val'))}</{key}>"
        opening.append(f"<{tag}>{inner}")
        closing.insert(0, f"</{tag}>")
    return "<configuration>" + "".join(opening) + "".join(closing) + "</configuration>"
