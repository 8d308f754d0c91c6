"""The configuration database: candidates, locks, private mode, commit, rollback, listeners."""

from __future__ import annotations

from typing import Any

import pytest

from jetemu.config import engine
from jetemu.config.database import (
    MAX_ROLLBACK,
    CommitInfo,
    ConfigDatabase,
    DatabaseError,
    LockedError,
    SessionRef,
)

ALICE = SessionRef(session_id=1, user="alice", client_id="app-a")
BOB = SessionRef(session_id=2, user="bob", client_id="app-b", method="cli")


class FakeClock:
    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Recorder:
    """A commit listener that remembers every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[engine.ConfigTree, engine.ConfigTree, CommitInfo]] = []

    def __call__(self, old: engine.ConfigTree, new: engine.ConfigTree, info: CommitInfo) -> None:
        self.calls.append((old, new, info))


def tree_of(set_lines: str) -> engine.ConfigTree:
    return engine.apply_load(engine.empty(), engine.parse_load(set_lines, "set"), "set")


def set_text(tree: engine.ConfigTree) -> str:
    return engine.render(tree, "set")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(clock: FakeClock) -> ConfigDatabase:
    return ConfigDatabase(clock=clock)


@pytest.fixture
def recorder(db: ConfigDatabase) -> Recorder:
    rec = Recorder()
    db.add_commit_listener(rec)
    return rec


# ------------------------------------------------------------------------------------- basics


def test_load_goes_to_candidate_and_commit_makes_it_active(db: ConfigDatabase, clock: FakeClock) -> None:
    result = db.load(ALICE, "set system host-name r1", "set", "set")
    assert result.changed and result.warnings == ()
    assert not db.load(ALICE, "set system host-name r1", "set", "set").changed
    assert "host-name r1" in set_text(db.candidate(ALICE))
    assert "host-name" not in set_text(db.committed())
    assert db.is_modified(ALICE)
    clock.advance(30)
    info = db.commit(ALICE, comment="first")
    assert info.kind == "commit" and info.changed
    assert "set system host-name r1" in set_text(db.committed())
    assert not db.is_modified(ALICE)
    head = db.history()[0]
    assert (head.user, head.client_id, head.comment, head.method, head.time) == (
        "alice",
        "app-a",
        "first",
        "jet",
        clock.now,
    )
    assert head.sequence == info.sequence


def test_shared_candidate_is_shared_between_sessions(db: ConfigDatabase) -> None:
    db.load(ALICE, "set system host-name r1", "set", "set")
    assert "host-name r1" in set_text(db.candidate(BOB))
    db.commit(BOB)
    assert db.history()[0].user == "bob"
    assert db.history()[0].method == "cli"
    assert "host-name r1" in set_text(db.committed())


def test_load_formats_and_types(db: ConfigDatabase) -> None:
    db.load(ALICE, "system { host-name r1; location { building b1; } }", "text", "merge")
    db.load(ALICE, '{"configuration": {"system": {"domain-name": "example.net"}}}', None, "merge")
    db.load(ALICE, "<configuration><system><time-zone>UTC</time-zone></system></configuration>", None)
    text = set_text(db.candidate(ALICE))
    for line in (
        "set system host-name r1",
        "set system location building b1",
        "set system domain-name example.net",
        "set system time-zone UTC",
    ):
        assert line in text
    db.load(ALICE, "system { host-name r2; }", "text", "override")
    assert set_text(db.candidate(ALICE)).strip() == "set system host-name r2"


@pytest.mark.parametrize(
    ("text", "fmt", "load_type"),
    [
        ("system { host-name r1 ", "text", "merge"),
        ("set system host-name r1\nfrobnicate system", "set", "set"),
        ("<configuration><system><host-name>r1</system></configuration>", "xml", "merge"),
        ('{"configuration": {"system": ', "json", "merge"),
    ],
)
def test_bad_input_in_every_format_changes_nothing(
    db: ConfigDatabase, recorder: Recorder, text: str, fmt: Any, load_type: Any
) -> None:
    db.load(ALICE, "set system host-name before", "set", "set")
    before = db.candidate(ALICE)
    with pytest.raises(engine.ConfigError) as err:
        db.load(ALICE, text, fmt, load_type)
    assert err.value.message
    assert db.candidate(ALICE) == before
    assert "host-name before" in set_text(db.candidate(ALICE))
    assert db.committed().is_empty()
    assert recorder.calls == []


def test_load_warnings_are_reported(db: ConfigDatabase) -> None:
    result = db.load(ALICE, "delete system domain-name", "set", "set")
    assert not result.changed
    assert result.warnings and "not found" in result.warnings[0]


def test_unknown_load_type_is_refused(db: ConfigDatabase) -> None:
    with pytest.raises(DatabaseError, match="unknown load action"):
        db.load(ALICE, "set system host-name r1", "set", "frob")  # type: ignore[arg-type]


def test_failed_commit_check_leaves_everything(db: ConfigDatabase, recorder: Recorder) -> None:
    db.load(ALICE, "set system host-name good", "set", "set")
    db.commit(ALICE)
    recorder.calls.clear()
    history_before = db.history()
    db.load(ALICE, "set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/33", "set", "set")
    with pytest.raises(engine.ConfigValidationError) as err:
        db.commit(ALICE)
    assert err.value.errors
    assert "check-out failed" in err.value.message
    assert db.history() == history_before
    assert "ge-0/0/0" not in set_text(db.committed())
    assert "ge-0/0/0" in set_text(db.candidate(ALICE))  # still there to fix
    assert recorder.calls == []


def test_commit_check_validates_without_committing(db: ConfigDatabase, recorder: Recorder) -> None:
    db.load(ALICE, "set system host-name r1", "set", "set")
    info = db.commit(ALICE, check=True)
    assert info.kind == "check" and info.sequence is None and not info.changed
    assert db.committed().is_empty()
    assert len(db.history()) == 1
    assert recorder.calls == []


def test_discard_changes(db: ConfigDatabase) -> None:
    db.load(ALICE, "set system host-name r1", "set", "set")
    assert db.discard_changes(ALICE) is True
    assert db.candidate(ALICE).is_empty()
    assert db.discard_changes(ALICE) is False


# ------------------------------------------------------------------------------------- locks


def test_lock_blocks_other_sessions_and_names_holder(db: ConfigDatabase, clock: FakeClock) -> None:
    db.lock(ALICE)
    assert db.lock_holder() == ALICE
    with pytest.raises(LockedError) as err:
        db.load(BOB, "set system host-name bob", "set", "set")
    message = err.value.message
    assert message.startswith("error: configuration database locked by:")
    assert "alice" in message and "app-a" in message
    assert err.value.holder == ALICE
    with pytest.raises(LockedError, match="alice"):
        db.commit(BOB)
    with pytest.raises(LockedError):
        db.lock(BOB)
    with pytest.raises(LockedError):
        db.discard_changes(BOB)
    with pytest.raises(LockedError):
        db.unlock(BOB)
    with pytest.raises(LockedError):
        db.open_private(BOB)
    # The holder works normally.
    db.load(ALICE, "set system host-name alice", "set", "set")
    db.commit(ALICE)
    assert "host-name alice" in set_text(db.committed())
    db.unlock(ALICE)
    db.load(BOB, "set system host-name bob", "set", "set")
    db.commit(BOB)
    assert "host-name bob" in set_text(db.committed())


def test_lock_refused_when_shared_candidate_modified(db: ConfigDatabase) -> None:
    db.load(BOB, "set system host-name bob", "set", "set")
    with pytest.raises(DatabaseError, match="configuration database modified") as err:
        db.lock(ALICE)
    assert "bob" in err.value.message
    assert db.lock_holder() is None


def test_unlock_discards_uncommitted_changes(db: ConfigDatabase) -> None:
    db.lock(ALICE)
    db.load(ALICE, "set system host-name r1", "set", "set")
    db.unlock(ALICE)
    assert db.candidate(ALICE).is_empty()
    with pytest.raises(DatabaseError, match="not locked"):
        db.unlock(ALICE)


def test_session_end_releases_lock_and_discards(db: ConfigDatabase) -> None:
    db.lock(ALICE)
    db.load(ALICE, "set system host-name r1", "set", "set")
    db.release_session(ALICE)
    assert db.lock_holder() is None
    assert db.candidate(BOB).is_empty()
    db.lock(BOB)


def test_lock_is_idempotent_for_holder(db: ConfigDatabase) -> None:
    db.lock(ALICE)
    db.lock(ALICE)
    assert db.lock_holder() == ALICE


# ------------------------------------------------------------------------------------- private


def test_private_candidate_is_isolated(db: ConfigDatabase) -> None:
    db.open_private(ALICE)
    db.load(ALICE, "set system host-name private", "set", "set")
    assert db.candidate(BOB).is_empty()
    assert "host-name private" in set_text(db.candidate(ALICE))
    db.commit(ALICE)
    assert "host-name private" in set_text(db.committed())
    assert "host-name private" in set_text(db.candidate(BOB))  # the shared candidate follows


def test_private_refused_when_shared_modified(db: ConfigDatabase) -> None:
    db.load(BOB, "set system host-name bob", "set", "set")
    with pytest.raises(DatabaseError, match="shared configuration database modified") as err:
        db.open_private(ALICE)
    assert "bob" in err.value.message
    assert not db.is_private(ALICE)


def test_private_commit_merges_onto_newer_committed(db: ConfigDatabase) -> None:
    db.open_private(ALICE)
    db.load(ALICE, "set system location building b1", "set", "set")
    db.open_private(BOB)
    db.load(BOB, "set system host-name bob", "set", "set")
    db.commit(BOB)
    db.commit(ALICE)  # Alice's private copy predates Bob's commit: her changes merge onto it.
    text = set_text(db.committed())
    assert "set system host-name bob" in text
    assert "set system location building b1" in text


def test_private_delete_replays_as_delete(db: ConfigDatabase) -> None:
    db.load(ALICE, "set system host-name r1\nset system domain-name d1", "set", "set")
    db.commit(ALICE)
    db.open_private(ALICE)
    db.load(ALICE, "delete system domain-name", "set", "set")
    db.open_private(BOB)
    db.load(BOB, "set system time-zone UTC", "set", "set")
    db.commit(BOB)
    db.commit(ALICE)
    text = set_text(db.committed())
    assert "domain-name" not in text
    assert "time-zone UTC" in text and "host-name r1" in text


def test_private_commit_refused_while_shared_modified(db: ConfigDatabase) -> None:
    db.open_private(ALICE)
    db.load(ALICE, "set system host-name private", "set", "set")
    db.load(BOB, "set system domain-name shared.example", "set", "set")
    with pytest.raises(DatabaseError, match="shared configuration database modified") as err:
        db.commit(ALICE)
    assert "bob" in err.value.message
    assert db.committed().is_empty()
    db.commit(ALICE, check=True)  # a check does not commit: allowed
    db.discard_changes(BOB)
    db.commit(ALICE)
    assert "host-name private" in set_text(db.committed())


def test_close_private_discards(db: ConfigDatabase) -> None:
    db.open_private(ALICE)
    db.load(ALICE, "set system host-name r1", "set", "set")
    assert db.close_private(ALICE) is True
    assert not db.is_private(ALICE)
    assert db.candidate(ALICE).is_empty()
    with pytest.raises(DatabaseError, match="no private configuration"):
        db.close_private(ALICE)


def test_private_commit_blocked_by_lock(db: ConfigDatabase) -> None:
    db.open_private(BOB)
    db.load(BOB, "set system host-name bob", "set", "set")
    db.lock(ALICE)
    with pytest.raises(LockedError, match="alice"):
        db.commit(BOB)
    assert db.committed().is_empty()


# ------------------------------------------------------------------------------------- confirmed


def test_commit_confirmed_rolls_back_when_not_confirmed(
    db: ConfigDatabase, clock: FakeClock, recorder: Recorder
) -> None:
    db.load(ALICE, "set system host-name stable", "set", "set")
    db.commit(ALICE)
    db.load(ALICE, "set system host-name risky", "set", "set")
    info = db.commit(ALICE, confirmed_minutes=5)
    assert info.confirmed_minutes == 5
    assert db.pending_confirm() == (clock.now + 300, 5)
    recorder.calls.clear()
    clock.advance(299)
    assert db.check_timers() == []
    assert "host-name risky" in set_text(db.committed())
    clock.advance(1)
    rolled = db.check_timers()
    assert len(rolled) == 1 and rolled[0].kind == "confirmed-rollback" and rolled[0].changed
    assert "host-name stable" in set_text(db.committed())
    assert db.pending_confirm() is None
    assert len(recorder.calls) == 1
    old, new, call_info = recorder.calls[0]
    assert "risky" in set_text(old) and "stable" in set_text(new)
    assert call_info.kind == "confirmed-rollback"
    history = db.history()
    assert "commit confirmed" in (history[0].comment or "")
    assert "host-name stable" in set_text(db.candidate(BOB))
    assert db.check_timers() == []  # only once


def test_commit_confirmed_confirmed_by_later_commit(db: ConfigDatabase, clock: FakeClock) -> None:
    db.load(ALICE, "set system host-name risky", "set", "set")
    db.commit(ALICE, confirmed_minutes=1)
    clock.advance(30)
    info = db.commit(BOB)  # any later commit confirms
    assert info.confirmed_previous
    clock.advance(3600)
    assert db.check_timers() == []
    assert "host-name risky" in set_text(db.committed())


def test_commit_check_confirms_too(db: ConfigDatabase, clock: FakeClock) -> None:
    db.load(ALICE, "set system host-name risky", "set", "set")
    db.commit(ALICE, confirmed_minutes=1)
    db.commit(ALICE, check=True)
    clock.advance(3600)
    assert db.check_timers() == []
    assert "risky" in set_text(db.committed())


def test_rearmed_commit_confirmed_rolls_back_to_first_good(db: ConfigDatabase, clock: FakeClock) -> None:
    db.load(ALICE, "set system host-name good", "set", "set")
    db.commit(ALICE)
    db.load(ALICE, "set system host-name try1", "set", "set")
    db.commit(ALICE, confirmed_minutes=2)
    db.load(ALICE, "set system host-name try2", "set", "set")
    db.commit(ALICE, confirmed_minutes=2)  # re-arms the timer
    clock.advance(119)
    assert db.check_timers() == []
    clock.advance(2)
    assert len(db.check_timers()) == 1
    assert "host-name good" in set_text(db.committed())


@pytest.mark.parametrize("minutes", [0, -1, 65536])
def test_commit_confirmed_range(db: ConfigDatabase, minutes: int) -> None:
    db.load(ALICE, "set system host-name r1", "set", "set")
    with pytest.raises(DatabaseError, match="out of range"):
        db.commit(ALICE, confirmed_minutes=minutes)
    assert db.committed().is_empty()


# ------------------------------------------------------------------------------------- rollback


def test_rollback_history_and_load_rollback(db: ConfigDatabase, clock: FakeClock) -> None:
    for i in range(1, 4):
        clock.advance(60)
        db.load(ALICE, f"set system host-name r{i}", "set", "set")
        db.commit(ALICE, comment=f"c{i}")
    history = db.get_commit_information()
    assert [h.comment for h in history[:3]] == ["c3", "c2", "c1"]
    assert history[0].time - history[1].time == 60
    assert [h.sequence for h in history] == sorted((h.sequence for h in history), reverse=True)
    assert "host-name r1" in set_text(db.rollback(2))
    assert db.load_rollback(ALICE, 2) is True
    assert "host-name r1" in set_text(db.candidate(ALICE))
    assert "r1" in db.compare(ALICE, rollback=0)
    db.commit(ALICE, comment="back to r1")
    assert "host-name r1" in set_text(db.committed())
    with pytest.raises(DatabaseError, match="rollback 9 does not exist"):
        db.load_rollback(ALICE, 9)
    with pytest.raises(DatabaseError, match="invalid rollback number"):
        db.load_rollback(ALICE, 50)


def test_history_keeps_fifty_entries(db: ConfigDatabase) -> None:
    for i in range(60):
        db.load(ALICE, f"set system host-name r{i}", "set", "set")
        db.commit(ALICE)
    history = db.history()
    assert len(history) == MAX_ROLLBACK + 1
    assert "host-name r59" in set_text(db.rollback(0))
    assert "host-name r10" in set_text(db.rollback(49))


def test_rescue(db: ConfigDatabase) -> None:
    with pytest.raises(DatabaseError, match="no rescue"):
        db.load_rescue(ALICE)
    db.load(ALICE, "set system host-name safe", "set", "set")
    db.commit(ALICE)
    db.set_rescue()
    db.load(ALICE, "set system host-name other", "set", "set")
    db.commit(ALICE)
    db.load_rescue(ALICE)
    assert "host-name safe" in set_text(db.candidate(ALICE))
    db.delete_rescue()
    assert db.rescue() is None


def test_compare_candidate_against_committed(db: ConfigDatabase) -> None:
    db.load(ALICE, "set system host-name a", "set", "set")
    db.commit(ALICE)
    db.load(ALICE, "set system host-name b", "set", "set")
    diff = db.compare(ALICE)
    assert "-   host-name a;" in diff and "+   host-name b;" in diff
    assert db.compare(ALICE, database="committed") == ""


# ------------------------------------------------------------------------------------- listeners


def test_listener_called_once_per_change_never_on_noop_or_failure(db: ConfigDatabase, recorder: Recorder) -> None:
    db.load(ALICE, "set system host-name r1", "set", "set")
    info = db.commit(ALICE)
    assert len(recorder.calls) == 1
    old, new, call_info = recorder.calls[0]
    assert old.is_empty() and "host-name r1" in set_text(new)
    assert call_info == info and call_info.changed
    # No-op commit: history grows, no listener call.
    info2 = db.commit(ALICE)
    assert not info2.changed
    assert len(db.history()) == 3
    assert len(recorder.calls) == 1
    # Failed commit: no call.
    db.load(ALICE, "set interfaces ge-0/0/0 unit 0 family inet address 300.0.0.1/24", "set", "set")
    with pytest.raises(engine.ConfigError):
        db.commit(ALICE)
    assert len(recorder.calls) == 1


def test_listener_exception_does_not_break_commit(db: ConfigDatabase) -> None:
    seen: list[str] = []

    def bad(_old: engine.ConfigTree, _new: engine.ConfigTree, _info: CommitInfo) -> None:
        raise RuntimeError("boom")

    def good(_old: engine.ConfigTree, new: engine.ConfigTree, _info: CommitInfo) -> None:
        seen.append(set_text(new))

    db.add_commit_listener(bad)
    db.add_commit_listener(good)
    db.load(ALICE, "set system host-name r1", "set", "set")
    db.commit(ALICE)
    assert len(seen) == 1 and "host-name r1" in seen[0]
    db.remove_commit_listener(good)
    db.load(ALICE, "set system host-name r2", "set", "set")
    db.commit(ALICE)
    assert len(seen) == 1


def test_initial_configuration(clock: FakeClock) -> None:
    db = ConfigDatabase(clock=clock, initial=tree_of("set system host-name init"))
    assert "host-name init" in set_text(db.committed())
    assert "host-name init" in set_text(db.candidate(ALICE))
    assert len(db.history()) == 1


def test_commit_checks_refuse_before_anything_changes(db: ConfigDatabase, recorder: Recorder) -> None:
    seen: list[str] = []

    def device_check(tree: engine.ConfigTree) -> list[str]:
        text = set_text(tree)
        seen.append(text)
        return ["error: host-name 'forbidden' is refused by the device"] if "forbidden" in text else []

    db.add_commit_check(device_check)
    db.load(ALICE, "set system host-name fine", "set", "set")
    db.commit(ALICE)
    assert "host-name fine" in seen[-1]
    db.load(ALICE, "set system host-name forbidden", "set", "set")
    with pytest.raises(engine.ConfigValidationError, match="refused by the device"):
        db.commit(ALICE)
    with pytest.raises(engine.ConfigValidationError):
        db.commit(ALICE, check=True)
    assert "host-name fine" in set_text(db.committed())
    db.discard_changes(ALICE)
    from jetemu.config.database import EphemeralOperation

    op = EphemeralOperation(id="1", config='{"configuration": {"system": {"host-name": "forbidden"}}}')
    with pytest.raises(engine.ConfigValidationError):
        db.ephemeral_set(ALICE, "", [op])
    assert db.ephemeral_tree("").is_empty()
    assert len(recorder.calls) == 1
