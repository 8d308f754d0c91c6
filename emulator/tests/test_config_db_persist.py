"""Persistence of the configuration database: restart, crash safety, ephemeral not persisted."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jetemu.atomic import write_atomically
from jetemu.config import engine
from jetemu.config.database import ConfigDatabase, EphemeralOperation, SessionRef, StateError

ALICE = SessionRef(session_id=1, user="alice", client_id="app-a")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def set_text(tree: engine.ConfigTree) -> str:
    return engine.render(tree, "set")


def commit_set(db: ConfigDatabase, lines: str, comment: str | None = None) -> None:
    db.load(ALICE, lines, "set", "set")
    db.commit(ALICE, comment=comment)


def test_restart_keeps_committed_history_and_rescue(tmp_path: Path) -> None:
    clock = FakeClock()
    db = ConfigDatabase(clock=clock, state_dir=tmp_path)
    commit_set(db, "set system host-name r1", "one")
    clock.now += 100
    commit_set(db, "set system host-name r2\nset system domain-name d.example", "two")
    db.set_rescue()
    db.load(ALICE, "set system host-name uncommitted", "set", "set")
    history = db.history()

    again = ConfigDatabase(clock=clock, state_dir=tmp_path)
    assert again.committed() == db.committed()
    assert "host-name r2" in set_text(again.committed())
    restored = again.history()
    assert [(h.sequence, h.user, h.client_id, h.time, h.comment, h.method) for h in restored] == [
        (h.sequence, h.user, h.client_id, h.time, h.comment, h.method) for h in history
    ]
    assert again.rollback(1) == db.rollback(1)
    rescue = again.rescue()
    assert rescue is not None and rescue.tree == db.committed()
    # The candidate is not persisted: a restart starts from the committed configuration.
    assert "uncommitted" not in set_text(again.candidate(ALICE))
    # Sequences continue after a restart.
    commit_set(again, "set system host-name r3")
    assert again.history()[0].sequence == history[0].sequence + 1


def test_initial_config_is_ignored_when_state_exists(tmp_path: Path) -> None:
    db = ConfigDatabase(state_dir=tmp_path)
    commit_set(db, "set system host-name saved")
    initial = engine.apply_load(engine.empty(), engine.parse_load("set system host-name initial", "set"), "set")
    again = ConfigDatabase(state_dir=tmp_path, initial=initial)
    assert "host-name saved" in set_text(again.committed())


def test_history_files_are_pruned(tmp_path: Path) -> None:
    db = ConfigDatabase(state_dir=tmp_path)
    for i in range(55):
        commit_set(db, f"set system host-name r{i}")
    files = list((tmp_path / "config").glob("commit-*.json"))
    assert len(files) == 50


def test_crash_between_write_and_replace_keeps_old_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = ConfigDatabase(state_dir=tmp_path)
    commit_set(db, "set system host-name before")
    seen: list[str] = []
    real_replace = os.replace

    def crashing_replace(src: str, dst: str) -> None:
        seen.append(os.path.basename(dst))
        if os.path.basename(dst) == "index.json":
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crashing_replace)
    db.load(ALICE, "set system host-name after", "set", "set")
    with pytest.raises(StateError, match="No space left") as err:
        db.commit(ALICE)
    assert err.value.message.startswith("error: could not save the configuration state")
    assert "index.json" in seen
    # Nothing changed in memory either.
    assert "host-name before" in set_text(db.committed())
    assert len(db.history()) == 2
    monkeypatch.setattr(os, "replace", real_replace)
    assert not list((tmp_path / "config").glob(".*.tmp"))
    again = ConfigDatabase(state_dir=tmp_path)
    assert "host-name before" in set_text(again.committed())
    assert len(again.history()) == 2
    # The next commit reuses the sequence number of the failed one: the stale file must not win.
    db.discard_changes(ALICE)
    commit_set(db, "set system host-name retried")
    third = ConfigDatabase(state_dir=tmp_path)
    assert "host-name retried" in set_text(third.committed())
    assert "host-name after" not in set_text(third.committed())


def test_crash_leaving_temp_file_is_cleaned_on_start(tmp_path: Path) -> None:
    db = ConfigDatabase(state_dir=tmp_path)
    commit_set(db, "set system host-name kept")
    state = tmp_path / "config"
    (state / ".index.json.abc123.tmp").write_text('{"half": ')
    (state / "commit-999.json").write_text("{}")  # written, but never referenced by the index
    again = ConfigDatabase(state_dir=tmp_path)
    assert "host-name kept" in set_text(again.committed())
    assert not (state / ".index.json.abc123.tmp").exists()
    assert not (state / "commit-999.json").exists()


def test_atomic_write_never_exposes_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.json"
    target.write_text("old")

    def fail_replace(src: str, dst: str) -> None:
        raise OSError("simulated crash")

    monkeypatch.setattr(os, "replace", fail_replace)
    with pytest.raises(OSError):
        write_atomically(target, b"new content")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_corrupt_state_is_a_clear_error(tmp_path: Path) -> None:
    db = ConfigDatabase(state_dir=tmp_path)
    commit_set(db, "set system host-name r1")
    index = json.loads((tmp_path / "config" / "index.json").read_text())
    (tmp_path / "config" / f"commit-{index['history'][0]}.json").write_text("not json")
    with pytest.raises(StateError, match="cannot read saved configuration"):
        ConfigDatabase(state_dir=tmp_path)


def test_ephemeral_is_lost_on_restart(tmp_path: Path) -> None:
    db = ConfigDatabase(state_dir=tmp_path)
    db.ephemeral_set(
        ALICE,
        "",
        [EphemeralOperation(id="1", config='{"configuration": {"system": {"host-name": "eph"}}}')],
    )
    assert "host-name eph" in set_text(db.effective())
    again = ConfigDatabase(state_dir=tmp_path)
    assert "host-name eph" not in set_text(again.effective())
    assert again.ephemeral_tree("").is_empty()


def test_no_state_dir_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = ConfigDatabase()
    commit_set(db, "set system host-name r1")
    assert list(tmp_path.iterdir()) == []


def test_pending_commit_confirmed_survives_restart(tmp_path: Path) -> None:
    clock = FakeClock()
    db = ConfigDatabase(clock=clock, state_dir=tmp_path)
    commit_set(db, "set system host-name good")
    db.load(ALICE, "set system host-name risky", "set", "set")
    db.commit(ALICE, confirmed_minutes=2)
    again = ConfigDatabase(clock=clock, state_dir=tmp_path)
    assert again.pending_confirm() == (clock.now + 120, 2)
    assert again.check_timers() == []
    clock.now += 121
    [info] = again.check_timers()
    assert info.kind == "confirmed-rollback"
    assert "host-name good" in set_text(again.committed())
    third = ConfigDatabase(clock=clock, state_dir=tmp_path)
    assert third.pending_confirm() is None
    assert "host-name good" in set_text(third.committed())
    assert not list((tmp_path / "config").glob("confirm-*.json"))


def test_confirmation_is_saved(tmp_path: Path) -> None:
    clock = FakeClock()
    db = ConfigDatabase(clock=clock, state_dir=tmp_path)
    db.load(ALICE, "set system host-name risky", "set", "set")
    db.commit(ALICE, confirmed_minutes=1)
    db.commit(ALICE, check=True)  # confirms
    clock.now += 3600
    again = ConfigDatabase(clock=clock, state_dir=tmp_path)
    assert again.pending_confirm() is None
    assert again.check_timers() == []
    assert "host-name risky" in set_text(again.committed())


def test_rescue_update_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = ConfigDatabase(state_dir=tmp_path)
    commit_set(db, "set system host-name first")
    db.set_rescue()
    commit_set(db, "set system host-name second")
    real_replace = os.replace

    def crash_on_index(src: str, dst: str) -> None:
        if os.path.basename(dst) == "index.json":
            raise OSError("simulated crash")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash_on_index)
    with pytest.raises(StateError):
        db.set_rescue()
    monkeypatch.setattr(os, "replace", real_replace)
    rescue = db.rescue()
    assert rescue is not None and "host-name first" in set_text(rescue.tree)
    again = ConfigDatabase(state_dir=tmp_path)
    rescue = again.rescue()
    assert rescue is not None and "host-name first" in set_text(rescue.tree)


def test_reset_is_a_factory_database_saved_as_such(tmp_path: Path) -> None:
    clock = FakeClock()
    factory = engine.parse("set system host-name factory", "set")
    db = ConfigDatabase(clock=clock, state_dir=tmp_path, initial=factory)
    for name in ("r1", "r2", "r3"):
        commit_set(db, f"set system host-name {name}")
    db.set_rescue()
    db.commit(ALICE, confirmed_minutes=5)
    db.ephemeral_set(
        ALICE, "", [EphemeralOperation(id="1", config='{"configuration": {"system": {"domain-name": "e"}}}')]
    )
    db.lock(ALICE)
    db.load(ALICE, "set system host-name pending", "set", "set")
    db.reset()
    for state in (db, ConfigDatabase(clock=clock, state_dir=tmp_path)):  # ... and after a restart
        assert [h.sequence for h in state.history()] == [0]
        assert state.committed() == factory and state.effective() == factory
        assert state.rescue() is None and state.pending_confirm() is None
        assert state.lock_holder() is None and not state.is_modified(ALICE)
    assert sorted(p.name for p in (tmp_path / "config").iterdir()) == ["commit-0.json", "index.json"]
    commit_set(db, "set system host-name after")
    assert [h.sequence for h in db.history()] == [1, 0]
    # a given factory configuration (the device's, for its identity) wins
    db.reset(engine.parse("set system host-name other", "set"))
    assert "host-name other" in set_text(db.committed())
