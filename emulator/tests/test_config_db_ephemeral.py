"""The ephemeral database: default and named instances, validate, load_only, effective view."""

from __future__ import annotations

import json

import pytest

from jetemu.config import engine
from jetemu.config.database import (
    CommitInfo,
    ConfigDatabase,
    DatabaseError,
    EphemeralOperation,
    SessionRef,
)

ALICE = SessionRef(session_id=1, user="alice", client_id="app-a")


def set_text(tree: engine.ConfigTree) -> str:
    return engine.render(tree, "set")


def jop(data: dict[str, object], op_id: str = "1") -> EphemeralOperation:
    return EphemeralOperation(id=op_id, config=json.dumps({"configuration": data}))


def xop(body: str, op_id: str = "1") -> EphemeralOperation:
    return EphemeralOperation(id=op_id, config=f"<configuration>{body}</configuration>")


@pytest.fixture
def db() -> ConfigDatabase:
    d = ConfigDatabase(clock=lambda: 1_700_000_000.0)
    d.load(
        ALICE,
        "set system host-name static\nset system configuration-database ephemeral instance eph1",
        "set",
        "set",
    )
    d.commit(ALICE)
    return d


@pytest.fixture
def calls(db: ConfigDatabase) -> list[CommitInfo]:
    seen: list[CommitInfo] = []
    db.add_commit_listener(lambda _old, _new, info: seen.append(info))
    return seen


def test_default_instance_changes_effective_not_static(db: ConfigDatabase, calls: list[CommitInfo]) -> None:
    info = db.ephemeral_set(ALICE, "", [xop("<system><domain-name>eph.example</domain-name></system>")])
    assert info is not None and info.kind == "ephemeral" and info.instance == "" and info.changed
    assert "domain-name eph.example" in set_text(db.effective())
    assert "domain-name" not in set_text(db.committed())
    assert "domain-name" not in set_text(db.candidate(ALICE))
    assert len(calls) == 1
    assert len(db.history()) == 2  # no static commit


def test_ephemeral_overrides_static_values(db: ConfigDatabase) -> None:
    db.ephemeral_set(ALICE, "", [jop({"system": {"host-name": "from-eph"}})])
    assert "host-name from-eph" in set_text(db.effective())
    assert "host-name static" in set_text(db.committed())


def test_named_instance_must_be_configured(db: ConfigDatabase) -> None:
    with pytest.raises(DatabaseError, match='ephemeral instance "nope" is not configured'):
        db.ephemeral_set(ALICE, "nope", [jop({"system": {"domain-name": "x"}})])
    with pytest.raises(DatabaseError, match="invalid ephemeral instance name"):
        db.ephemeral_set(ALICE, "bad name!", [jop({"system": {"domain-name": "x"}})])
    info = db.ephemeral_set(ALICE, "eph1", [jop({"system": {"domain-name": "named.example"}})])
    assert info is not None and info.instance == "eph1"
    assert "domain-name named.example" in set_text(db.effective())
    assert db.ephemeral_tree("").is_empty()


def test_named_instance_wins_over_default(db: ConfigDatabase) -> None:
    db.ephemeral_set(ALICE, "eph1", [jop({"system": {"domain-name": "named"}})])
    db.ephemeral_set(ALICE, "", [jop({"system": {"domain-name": "default"}})])
    assert "domain-name named" in set_text(db.effective())


def test_load_only_then_commit(db: ConfigDatabase, calls: list[CommitInfo]) -> None:
    assert db.ephemeral_set(ALICE, "", [jop({"system": {"domain-name": "later"}})], load_only=True) is None
    assert "domain-name" not in set_text(db.effective())
    assert calls == []
    db.ephemeral_set(ALICE, "", [jop({"system": {"time-zone": "UTC"}})])
    text = set_text(db.effective())
    assert "domain-name later" in text and "time-zone UTC" in text
    assert len(calls) == 1


def test_validate_refuses_invalid_and_applies_nothing(db: ConfigDatabase, calls: list[CommitInfo]) -> None:
    bad = xop(
        "<interfaces><interface><name>ge-0/0/0</name><unit><name>0</name><family><inet>"
        "<address><name>10.1.1.1/40</name></address></inet></family></unit></interface></interfaces>"
    )
    with pytest.raises(engine.ConfigValidationError):
        db.ephemeral_set(ALICE, "", [jop({"system": {"domain-name": "x"}}), bad], validate=True)
    assert db.ephemeral_tree("").is_empty()
    assert calls == []
    # Without validate the same data is accepted, as on Junos.
    db.ephemeral_set(ALICE, "", [bad])
    assert "10.1.1.1/40" in set_text(db.effective())


def test_bad_operation_names_op_and_applies_nothing(db: ConfigDatabase) -> None:
    ops = [
        jop({"system": {"domain-name": "x"}}, "good"),
        EphemeralOperation(id="broken", config="<configuration><system>"),
    ]
    with pytest.raises(DatabaseError, match="operation 'broken'"):
        db.ephemeral_set(ALICE, "", ops)
    assert db.ephemeral_tree("").is_empty()
    with pytest.raises(DatabaseError, match='path "/system" is not supported'):
        db.ephemeral_set(ALICE, "", [EphemeralOperation(id="p", config="{}", path="/system")])
    with pytest.raises(DatabaseError, match="must be XML or JSON"):
        db.ephemeral_set(ALICE, "", [EphemeralOperation(id="t", config="system { host-name x; }")])


def test_noop_ephemeral_commit_does_not_notify(db: ConfigDatabase, calls: list[CommitInfo]) -> None:
    db.ephemeral_set(ALICE, "", [jop({"system": {"host-name": "static"}})])  # same as static
    assert calls == []


def test_ephemeral_delete_via_operation_attribute(db: ConfigDatabase) -> None:
    db.ephemeral_set(ALICE, "", [jop({"system": {"domain-name": "x", "time-zone": "UTC"}})])
    db.ephemeral_set(ALICE, "", [xop('<system><domain-name operation="delete"/></system>')])
    text = set_text(db.effective())
    assert "domain-name" not in text and "time-zone UTC" in text


def test_ephemeral_get(db: ConfigDatabase) -> None:
    db.ephemeral_set(
        ALICE,
        "",
        [
            xop(
                "<interfaces><interface><name>ge-0/0/1</name><description>eph</description></interface>"
                "<interface><name>ge-0/0/2</name><description>two</description></interface></interfaces>"
            )
        ],
    )
    full, one, missing = db.ephemeral_get(
        "", ["/", "/configuration/interfaces/interface[name='ge-0/0/1']", "/system"], "json"
    )
    assert full.ok and json.loads(full.value)["configuration"]["interfaces"]
    assert one.ok and "ge-0/0/1" in one.value and "ge-0/0/2" not in one.value
    assert not missing.ok and missing.value == ""
    [xml_value] = db.ephemeral_get("", ["/"], "xml")
    assert xml_value.value.lstrip().startswith("<configuration")
    [merged] = db.ephemeral_get("", ["/system"], "json", merge_view=True)
    assert merged.ok and "static" in merged.value
    [bad] = db.ephemeral_get("", ["/interfaces/interface[name='x"], "json")
    assert not bad.ok and "unbalanced" in bad.message


def test_v1_delete_operation(db: ConfigDatabase) -> None:
    db.ephemeral_set(
        ALICE,
        "",
        [
            xop(
                "<system><domain-name>x</domain-name><time-zone>UTC</time-zone></system>"
                "<interfaces><interface><name>ge-0/0/1</name><description>d</description></interface>"
                "<interface><name>ge-0/0/2</name><description>e</description></interface></interfaces>"
            )
        ],
    )
    delete = EphemeralOperation(
        id="del",
        config="<configuration><system><domain-name/></system><interfaces><interface><name>ge-0/0/1</name>"
        "</interface></interfaces></configuration>",
        operation="delete",
    )
    db.ephemeral_set(ALICE, "", [delete])
    text = set_text(db.ephemeral_tree(""))
    assert "domain-name" not in text and "ge-0/0/1" not in text
    assert "time-zone UTC" in text and "ge-0/0/2 description e" in text


def test_a_reboot_clears_the_ephemeral_database(db: ConfigDatabase, calls: list[CommitInfo]) -> None:
    db.ephemeral_set(ALICE, "", [jop({"system": {"host-name": "eph"}})])
    db.ephemeral_set(ALICE, "eph1", [jop({"system": {"location": {"building": "b1"}}})], load_only=True)
    assert "host-name eph" in set_text(db.effective())
    notified = len(calls)
    assert db.clear_ephemeral() is True
    assert set_text(db.effective()) == set_text(db.committed())
    assert db.ephemeral_instances() == []
    assert db.ephemeral_get("eph1", ["/"])[0].value == engine.render(engine.empty(), "json")
    assert len(calls) == notified  # the device is down: its owner applies the change
    assert db.clear_ephemeral() is False
