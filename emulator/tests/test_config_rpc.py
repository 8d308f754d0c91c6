"""Configuration RPCs: ConfigSet, the XML RPCs of OpCommandGet, and the CLI forms."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from jetemu.config import engine
from jetemu.config.database import CommitInfo, ConfigDatabase, SessionRef
from jetemu.config.rpc import ConfigRpcError, config_set, handle_cli, handle_rpc

ALICE = SessionRef(session_id=1, user="alice", client_id="app-a")
BOB = SessionRef(session_id=2, user="bob", client_id="app-b")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(clock: FakeClock) -> ConfigDatabase:
    return ConfigDatabase(clock=clock)


@pytest.fixture
def calls(db: ConfigDatabase) -> list[CommitInfo]:
    seen: list[CommitInfo] = []
    db.add_commit_listener(lambda _o, _n, info: seen.append(info))
    return seen


def set_text(tree: engine.ConfigTree) -> str:
    return engine.render(tree, "set")


def rpc(db: ConfigDatabase, xml: str, fmt: str = "xml", session: SessionRef = ALICE) -> str:
    out = handle_rpc(db, session, xml, fmt)  # type: ignore[arg-type]
    assert out is not None, f"{xml} not handled"
    return out


def cli(db: ConfigDatabase, command: str, fmt: str = "text", session: SessionRef = ALICE) -> str:
    out = handle_cli(db, session, command, fmt)  # type: ignore[arg-type]
    assert out is not None, f"{command} not handled"
    return out


def commit_set(db: ConfigDatabase, lines: str, comment: str | None = None) -> None:
    ok, message = config_set(db, ALICE, text_config=lines, load_type="set", comment=comment)
    assert ok, message


# =========================================================================================
# ConfigSet / ExecuteCfgCommand


def test_config_set_every_format(db: ConfigDatabase, calls: list[CommitInfo]) -> None:
    assert config_set(db, ALICE, text_config="set system host-name r1", load_type="set") == (
        True,
        "commit complete",
    )
    ok, _ = config_set(db, ALICE, text_config="system { domain-name t.example; }", load_type="merge")
    assert ok
    ok, _ = config_set(
        db, ALICE, xml_config="<configuration><system><time-zone>UTC</time-zone></system></configuration>"
    )
    assert ok
    ok, _ = config_set(db, ALICE, json_config='{"configuration": {"system": {"location": {"building": "b1"}}}}')
    assert ok
    text = set_text(db.committed())
    for line in (
        "set system host-name r1",
        "set system domain-name t.example",
        "set system time-zone UTC",
        "set system location building b1",
    ):
        assert line in text
    assert len(calls) == 4


def test_config_set_v1_configuration_set_wrapper(db: ConfigDatabase) -> None:
    wrapped = (
        "<configuration-set>\nset system location building bldg-name\n"
        "set system location country-code &quot;f&amp;1&quot;\n</configuration-set>"
    )
    ok, message = config_set(db, ALICE, text_config=wrapped, load_type="set", comment="from v1")
    assert ok, message
    text = set_text(db.committed())
    assert "set system location building bldg-name" in text
    assert "f&1" in text
    assert db.history()[0].comment == "from v1"


def test_config_set_without_commit_loads_candidate(db: ConfigDatabase) -> None:
    assert config_set(db, ALICE, text_config="set system host-name r1", load_type="set", commit=False) == (
        True,
        "load complete",
    )
    assert db.committed().is_empty()
    assert "host-name r1" in set_text(db.candidate(ALICE))


def test_config_set_replace_and_override(db: ConfigDatabase) -> None:
    commit_set(db, "set system host-name r1\nset system domain-name d1\nset system time-zone UTC")
    ok, msg = config_set(db, ALICE, text_config="system { replace: location { building b2; } }", load_type="replace")
    assert ok, msg
    ok, msg = config_set(db, ALICE, text_config="system { host-name only; }", load_type="override")
    assert ok, msg
    assert set_text(db.committed()).strip() == "set system host-name only"


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"text_config": "system {\n  host-name r1;\n  bogus stuff {\n", "load_type": "merge"}, "line"),
        ({"text_config": "set system host-name ok\nwibble system host-name x", "load_type": "set"}, "line 2"),
        ({"xml_config": "<configuration><system><host-name>r1</host-name></sys></configuration>"}, "error"),
        ({"json_config": '{"configuration": {"system": [1, 2'}, "error"),
        ({"text_config": "", "load_type": "merge"}, "empty"),
        ({"xml_config": "<configuration/>", "load_type": "set"}, "SET"),
        ({}, "exactly one"),
        ({"text_config": "set system host-name a", "xml_config": "<configuration/>"}, "exactly one"),
    ],
)
def test_config_set_bad_input_applies_nothing(
    db: ConfigDatabase, calls: list[CommitInfo], kwargs: dict[str, str], needle: str
) -> None:
    commit_set(db, "set system host-name before")
    calls.clear()
    ok, message = config_set(db, ALICE, **kwargs)  # type: ignore[arg-type]
    assert not ok
    assert needle in message
    assert set_text(db.committed()).strip() == "set system host-name before"
    assert set_text(db.candidate(ALICE)).strip() == "set system host-name before"
    assert calls == []


def test_config_set_commit_failure_restores_candidate(db: ConfigDatabase, calls: list[CommitInfo]) -> None:
    ok, message = config_set(
        db,
        ALICE,
        text_config="set system host-name r1\nset interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/99",
        load_type="set",
    )
    assert not ok
    assert "check-out failed" in message
    assert db.committed().is_empty()
    assert db.candidate(ALICE).is_empty()
    assert calls == []


def test_config_set_locked_by_other_session(db: ConfigDatabase) -> None:
    db.lock(BOB)
    ok, message = config_set(db, ALICE, text_config="set system host-name r1", load_type="set")
    assert not ok
    assert message.startswith("error: configuration database locked by:")
    assert "bob" in message and "app-b" in message
    assert db.committed().is_empty()


def test_config_set_synchronize_and_comment(db: ConfigDatabase) -> None:
    ok, _ = config_set(
        db, ALICE, text_config="set system host-name r1", load_type="set", comment="sync", synchronize=True
    )
    assert ok
    assert db.history()[0].comment == "sync"


# =========================================================================================
# XML RPCs


def test_unknown_rpc_is_not_ours(db: ConfigDatabase) -> None:
    assert handle_rpc(db, ALICE, "<get-software-information/>", "xml") is None
    assert handle_rpc(db, ALICE, "not xml at all", "xml") is None


def test_malformed_config_rpc(db: ConfigDatabase) -> None:
    with pytest.raises(ConfigRpcError, match="malformed XML"):
        rpc(db, "<load-configuration><configuration>")


def test_get_configuration_databases_and_formats(db: ConfigDatabase) -> None:
    commit_set(db, "set system host-name r1")
    config_set(db, ALICE, text_config="set system domain-name cand.example", load_type="set", commit=False)

    committed_xml = rpc(db, '<get-configuration database="committed"/>')
    root = ET.fromstring(committed_xml)
    assert root.tag == "configuration"
    assert root.findtext("system/host-name") == "r1"
    assert root.find("system/domain-name") is None
    assert any(key.endswith("commit-user") and value == "alice" for key, value in root.attrib.items())

    candidate_xml = rpc(db, "<get-configuration/>")
    assert ET.fromstring(candidate_xml).findtext("system/domain-name") == "cand.example"

    as_json = json.loads(rpc(db, '<get-configuration database="committed" format="json"/>', "xml"))
    assert as_json["configuration"]["system"]["host-name"] == "r1"

    as_json_out = json.loads(rpc(db, '<get-configuration database="committed"/>', "json"))
    assert as_json_out["configuration"]["system"]["host-name"] == "r1"

    text_xml = rpc(db, '<get-configuration database="committed" format="text"/>', "xml")
    wrapped = ET.fromstring(text_xml)
    assert wrapped.tag == "configuration-text" and "host-name r1;" in (wrapped.text or "")

    assert "host-name r1;" in rpc(db, '<get-configuration database="committed" format="text"/>', "text")
    set_out = rpc(db, '<get-configuration database="committed" format="set"/>', "text")
    assert "set system host-name r1" in set_out


def test_get_configuration_subtree_filter(db: ConfigDatabase) -> None:
    commit_set(
        db,
        "set system host-name r1\nset interfaces ge-0/0/0 description a\nset interfaces ge-0/0/1 description b",
    )
    out = rpc(
        db,
        '<get-configuration database="committed"><configuration><interfaces><interface>'
        "<name>ge-0/0/1</name></interface></interfaces></configuration></get-configuration>",
    )
    root = ET.fromstring(out)
    names = [n.text for n in root.iter("name")]
    assert names == ["ge-0/0/1"]
    assert root.find("system") is None


def test_get_configuration_compare_rollback(db: ConfigDatabase) -> None:
    commit_set(db, "set system host-name a")
    commit_set(db, "set system host-name b")
    out = rpc(db, '<get-configuration compare="rollback" rollback="1" format="text"/>')
    root = ET.fromstring(out)
    assert root.tag == "configuration-information"
    diff = root.findtext("configuration-output") or ""
    assert "[edit system]" in diff and "-   host-name a;" in diff and "+   host-name b;" in diff
    assert diff.startswith("\n[edit system]\n")  # Junos starts the text with a newline
    text = rpc(db, '<get-configuration compare="rollback" rollback="0"/>', "text")
    assert text == ""
    # nothing changed: the element holds the newline alone (PyEZ's diff() takes it for None)
    empty = rpc(db, '<get-configuration compare="rollback" rollback="0" format="text"/>')
    assert "<configuration-output>\n</configuration-output>" in empty
    with pytest.raises(ConfigRpcError, match="out of range"):
        rpc(db, '<get-configuration compare="rollback" rollback="77"/>')
    with pytest.raises(ConfigRpcError, match="does not exist"):
        rpc(db, '<get-configuration compare="rollback" rollback="9"/>')


def test_get_configuration_bad_attributes(db: ConfigDatabase) -> None:
    with pytest.raises(ConfigRpcError, match='invalid database="running"'):
        rpc(db, '<get-configuration database="running"/>')
    with pytest.raises(ConfigRpcError, match='invalid format="yaml"'):
        rpc(db, '<get-configuration format="yaml"/>')


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '<load-configuration action="merge"><configuration><system><host-name>x1</host-name></system>'
            "</configuration></load-configuration>",
            "host-name x1",
        ),
        (
            '<load-configuration action="set"><configuration-set>set system host-name x2</configuration-set>'
            "</load-configuration>",
            "host-name x2",
        ),
        (
            '<load-configuration format="text"><configuration-text>system { host-name x3; }'
            "</configuration-text>"
            "</load-configuration>",
            "host-name x3",
        ),
        (
            '<load-configuration format="json"><configuration-json>{"configuration": {"system": '
            '{"host-name": "x4"}}}</configuration-json></load-configuration>',
            "host-name x4",
        ),
        (
            '<rpc><load-configuration action="override"><configuration-text>system { host-name x5; }'
            "</configuration-text></load-configuration></rpc>",
            "host-name x5",
        ),
    ],
)
def test_load_configuration_sources(db: ConfigDatabase, body: str, expected: str) -> None:
    out = rpc(db, body)
    assert ET.fromstring(out).find("load-success") is not None
    assert expected in set_text(db.candidate(ALICE))
    assert db.committed().is_empty()


def test_load_configuration_replace_update(db: ConfigDatabase) -> None:
    commit_set(db, "set system host-name r1\nset system location building b1\nset system location floor 2")
    rpc(
        db,
        '<load-configuration action="replace"><configuration><system><location operation="replace">'
        "<building>b9</building></location></system></configuration></load-configuration>",
    )
    text = set_text(db.candidate(ALICE))
    assert "building b9" in text and "floor" not in text and "host-name r1" in text
    rpc(db, "<discard-changes/>")
    assert db.candidate(ALICE) == db.committed()
    rpc(
        db,
        '<load-configuration action="update"><configuration-text>system { host-name r1; }'
        "</configuration-text></load-configuration>",
    )
    assert set_text(db.candidate(ALICE)).strip() == "set system host-name r1"  # whole config


def test_load_configuration_rollback_and_rescue(db: ConfigDatabase) -> None:
    commit_set(db, "set system host-name a")
    rpc(db, "<request-save-rescue-configuration/>")
    commit_set(db, "set system host-name b")
    rpc(db, '<load-configuration rollback="1"/>')
    assert "host-name a" in set_text(db.candidate(ALICE))
    rpc(db, "<discard-changes/>")
    assert "host-name b" in set_text(db.candidate(ALICE))
    rpc(db, '<load-configuration rescue="rescue"/>')
    assert "host-name a" in set_text(db.candidate(ALICE))
    rescue_text = rpc(db, "<get-rescue-information><format>text</format></get-rescue-information>", "text")
    assert "host-name a;" in rescue_text
    rpc(db, "<request-delete-rescue-configuration/>")
    with pytest.raises(ConfigRpcError, match="no rescue"):
        rpc(db, '<load-configuration rescue="rescue"/>')


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('<load-configuration action="frob"><configuration/></load-configuration>', 'invalid action="frob"'),
        ("<load-configuration/>", "expected one of"),
        (
            "<load-configuration><configuration-text>system {</configuration-text></load-configuration>",
            "error",
        ),
        (
            '<load-configuration action="set"><configuration-text>set system x</configuration-text>'
            "</load-configuration>",
            "configuration-set",
        ),
        ("<load-configuration><bogus/></load-configuration>", "unexpected element <bogus>"),
        ('<load-configuration rollback="x"/>', "not a number"),
        ('<load-configuration url="ftp://x/y"/>', "url"),
    ],
)
def test_load_configuration_errors_apply_nothing(db: ConfigDatabase, body: str, needle: str) -> None:
    commit_set(db, "set system host-name keep")
    with pytest.raises(ConfigRpcError) as err:
        rpc(db, body)
    assert needle in err.value.message
    assert db.candidate(ALICE) == db.committed()


def test_commit_configuration_variants(db: ConfigDatabase, clock: FakeClock) -> None:
    rpc(
        db,
        '<load-configuration action="set"><configuration-set>set system host-name c1</configuration-set>'
        "</load-configuration>",
    )
    out = rpc(db, "<commit-configuration><check/></commit-configuration>")
    assert ET.fromstring(out).find("routing-engine/commit-check-success") is not None
    assert db.committed().is_empty()
    assert "configuration check succeeds" in rpc(db, "<commit-configuration><check/></commit-configuration>", "text")

    out = rpc(db, "<commit-configuration><log>my change</log><synchronize/></commit-configuration>")
    results = ET.fromstring(out)
    assert results.find("routing-engine/commit-success") is not None
    assert "host-name c1" in set_text(db.committed())
    assert db.history()[0].comment == "my change"

    rpc(
        db,
        '<load-configuration action="set"><configuration-set>set system host-name c2</configuration-set>'
        "</load-configuration>",
    )
    text = rpc(
        db,
        "<commit-configuration><confirmed/><confirm-timeout>3</confirm-timeout></commit-configuration>",
        "text",
    )
    assert "rolled back in 3 minutes" in text and "commit complete" in text
    history_text = cli(db, "show system commit")
    assert "commit confirmed, rollback in 3mins" in history_text.splitlines()[0]
    clock.now += 181
    assert len(db.check_timers()) == 1
    assert "host-name c1" in set_text(db.committed())

    as_json = json.loads(rpc(db, "<commit-configuration/>", "json"))
    assert "commit-results" in as_json


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (
            "<commit-configuration><confirmed/><confirm-timeout>0</confirm-timeout></commit-configuration>",
            "out of range",
        ),
        (
            "<commit-configuration><confirm-timeout>5</confirm-timeout></commit-configuration>",
            "needs <confirmed/>",
        ),
        ("<commit-configuration><frob/></commit-configuration>", "unsupported element <frob>"),
    ],
)
def test_commit_configuration_errors(db: ConfigDatabase, body: str, needle: str) -> None:
    with pytest.raises(ConfigRpcError, match=needle):
        rpc(db, body)
    assert len(db.history()) == 1


def test_commit_check_failure_message(db: ConfigDatabase) -> None:
    rpc(
        db,
        '<load-configuration action="set"><configuration-set>set interfaces ge-0/0/0 unit 0 family inet '
        "address 1.2.3.4/40</configuration-set></load-configuration>",
    )
    with pytest.raises(ConfigRpcError) as err:
        rpc(db, "<commit-configuration/>")
    assert "check-out failed" in err.value.message


def test_lock_unlock_between_sessions(db: ConfigDatabase) -> None:
    assert ET.fromstring(rpc(db, "<lock-configuration/>")).tag == "ok"
    with pytest.raises(ConfigRpcError) as err:
        rpc(
            db,
            '<load-configuration action="set"><configuration-set>set system host-name b</configuration-set>'
            "</load-configuration>",
            session=BOB,
        )
    assert "locked by" in err.value.message and "alice" in err.value.message
    with pytest.raises(ConfigRpcError, match="alice"):
        rpc(db, "<commit-configuration/>", session=BOB)
    rpc(db, "<unlock-configuration/>")
    rpc(db, "<lock-configuration/>", session=BOB)
    rpc(db, "<unlock-configuration/>", session=BOB)
    with pytest.raises(ConfigRpcError, match="not locked"):
        rpc(db, "<unlock-configuration/>")


def test_open_close_private(db: ConfigDatabase) -> None:
    rpc(db, "<open-configuration><private/></open-configuration>")
    rpc(
        db,
        '<load-configuration action="set"><configuration-set>set system host-name p</configuration-set>'
        "</load-configuration>",
    )
    assert db.candidate(BOB).is_empty()
    out = rpc(db, "<close-configuration/>", "text")
    assert "discarded" in out
    assert db.candidate(ALICE).is_empty()
    with pytest.raises(ConfigRpcError, match="only <private/>"):
        rpc(db, "<open-configuration><exclusive/></open-configuration>")


def load_set_rpc(db: ConfigDatabase, lines: str, session: SessionRef = ALICE) -> None:
    rpc(
        db,
        f'<load-configuration action="set"><configuration-set>{lines}</configuration-set></load-configuration>',
        session=session,
    )


def test_load_rollback_0_discards_the_shared_candidate(db: ConfigDatabase) -> None:
    """``<load-configuration rollback="0"/>`` (how PyEZ and Junos discard changes) leaves no edit
    behind that a later private commit would replay into the shared candidate."""
    load_set_rpc(db, "set system host-name shared-edit")
    rpc(db, '<load-configuration rollback="0"/>')
    assert not db.is_modified(ALICE)
    for name in ("p1", "p2"):
        rpc(db, "<open-configuration><private/></open-configuration>", session=BOB)
        load_set_rpc(db, f"set system host-name {name}", session=BOB)
        rpc(db, "<commit-configuration/>", session=BOB)
        rpc(db, "<close-configuration/>", session=BOB)
        assert "shared-edit" not in set_text(db.candidate(ALICE))
    # and a private rollback of that commit
    rpc(db, "<open-configuration><private/></open-configuration>", session=BOB)
    rpc(db, '<load-configuration rollback="1"/>', session=BOB)
    rpc(db, "<commit-configuration/>", session=BOB)
    assert "host-name p1" in set_text(db.committed())
    # a load that brings the candidate back to the committed configuration holds no change either
    load_set_rpc(db, "set system host-name other")
    load_set_rpc(db, "set system host-name p1")
    rpc(db, "<open-configuration><private/></open-configuration>")


def test_get_commit_information(db: ConfigDatabase, clock: FakeClock) -> None:
    commit_set(db, "set system host-name a", comment="first one")
    clock.now += 3600
    config_set(db, BOB, text_config="set system host-name b", load_type="set")
    root = ET.fromstring(rpc(db, "<get-commit-information/>"))
    entries = root.findall("commit-history")
    assert len(entries) == 3
    assert [e.findtext("sequence-number") for e in entries] == ["0", "1", "2"]
    assert entries[0].findtext("user") == "bob" and entries[0].findtext("client-id") == "app-b"
    assert entries[0].findtext("client") == "jet"
    assert entries[1].findtext("comment") == "first one"
    assert entries[0].findtext("date-time") == "2023-11-14 23:13:20 UTC"
    data = json.loads(rpc(db, "<get-commit-information/>", "json"))
    assert data["commit-information"][0]["commit-history"][1]["comment"][0]["data"] == "first one"
    text = rpc(db, "<get-commit-information/>", "text")
    lines = text.splitlines()
    assert lines[0] == "0   2023-11-14 23:13:20 UTC by bob via jet"
    assert lines[1].startswith("1   2023-11-14 22:13:20 UTC by alice via jet")
    assert lines[2] == "    first one"


def test_get_rollback_information(db: ConfigDatabase) -> None:
    commit_set(db, "set system host-name a")
    commit_set(db, "set system host-name b")
    out = rpc(
        db,
        "<get-rollback-information><rollback>1</rollback><format>text</format></get-rollback-information>",
        "text",
    )
    assert "host-name a;" in out
    diff = rpc(
        db,
        "<get-rollback-information><rollback>1</rollback><compare>0</compare></get-rollback-information>",
        "text",
    )
    assert "+   host-name b;" in diff


# =========================================================================================
# CLI


def test_cli_not_ours(db: ConfigDatabase) -> None:
    assert handle_cli(db, ALICE, "show version", "text") is None
    assert handle_cli(db, ALICE, "show interfaces terse", "text") is None
    assert handle_cli(db, ALICE, "", "text") is None


def test_show_configuration_forms(db: ConfigDatabase) -> None:
    commit_set(db, "set system host-name r1\nset interfaces ge-0/0/0 description uplink")
    text = cli(db, "show configuration")
    assert "host-name r1;" in text and "ge-0/0/0" in text
    only = cli(db, "show configuration interfaces ge-0/0/0")
    assert "uplink" in only and "host-name" not in only
    assert "set system host-name r1" in cli(db, "show configuration | display set")
    assert "set interfaces ge-0/0/0 description uplink" in cli(db, "show configuration interfaces | display set")
    root = ET.fromstring(cli(db, "show configuration | display xml"))
    assert root.findtext("system/host-name") == "r1"
    data = json.loads(cli(db, "show configuration | display json"))
    assert data["configuration"]["system"]["host-name"] == "r1"
    assert cli(db, "show configuration | display set | match host") == "set system host-name r1\n"
    assert "host-name r1;" in cli(db, "sh conf")
    # Output format of the request.
    assert ET.fromstring(cli(db, "show configuration", "xml")).tag == "configuration"
    assert json.loads(cli(db, "show configuration system", "json"))["configuration"]["system"]
    assert cli(db, "show configuration protocols") == engine.render(engine.empty(), "text")


def test_show_compare_forms(db: ConfigDatabase) -> None:
    commit_set(db, "set system host-name a")
    commit_set(db, "set system host-name b")
    diff = cli(db, "show configuration | compare rollback 1")
    assert "-   host-name a;" in diff and "+   host-name b;" in diff
    config_set(db, ALICE, text_config="set system host-name c", load_type="set", commit=False)
    pending = cli(db, "show | compare")
    assert "-   host-name b;" in pending and "+   host-name c;" in pending
    assert "-   host-name a;" in cli(db, "show | compare rollback 1")
    xml_diff = ET.fromstring(cli(db, "show | compare", "xml"))
    assert "host-name c" in (xml_diff.findtext("configuration-output") or "")
    with pytest.raises(ConfigRpcError, match="compare"):
        cli(db, "show | compare nonsense")


def test_show_system_commit_and_rollback(db: ConfigDatabase) -> None:
    commit_set(db, "set system host-name a", comment="c1")
    out = cli(db, "show system commit")
    assert out.splitlines()[0].startswith("0   ") and "by alice via jet" in out
    assert "    c1" in out
    assert ET.fromstring(cli(db, "show system commit", "xml")).tag == "commit-information"
    assert "host-name a;" in cli(db, "show system rollback 0")
    assert "+       host-name a;" in cli(db, "show system rollback 1 compare 0")
    with pytest.raises(ConfigRpcError, match="out of range"):
        cli(db, "show system rollback 50")


def test_show_ephemeral_configuration(db: ConfigDatabase) -> None:
    from jetemu.config.database import EphemeralOperation

    commit_set(db, "set system host-name static")
    db.ephemeral_set(
        ALICE,
        "",
        [EphemeralOperation(id="1", config='{"configuration": {"system": {"domain-name": "e.x"}}}')],
    )
    assert "domain-name e.x;" in cli(db, "show ephemeral-configuration")
    merged = cli(db, "show ephemeral-configuration merge | display set")
    assert "host-name static" in merged and "domain-name e.x" in merged
    assert "domain-name" not in cli(db, "show configuration")


def test_show_configuration_bad_path(db: ConfigDatabase) -> None:
    with pytest.raises(ConfigRpcError, match="bogus"):
        cli(db, "show configuration bogus")
    assert cli(db, "show configuration interfaces ge-9/9/9") == ""


def test_bad_pipes(db: ConfigDatabase) -> None:
    with pytest.raises(ConfigRpcError, match="expecting <command>: frob"):
        cli(db, "show configuration | frob")
    with pytest.raises(ConfigRpcError, match="display set, xml, json or inheritance"):
        cli(db, "show configuration | display yaml")
    with pytest.raises(ConfigRpcError, match="expects a number"):
        cli(db, "show configuration | last x")


def test_pipes_read_like_op_command_pipes(db: ConfigDatabase) -> None:
    """The configuration CLI shares the op commands' reading of quotes and pipes, errors included."""
    commit_set(db, "set system host-name r1\nset system location building b1")
    assert cli(db, 'show configuration | match "host-name r1"') == "    host-name r1;\n"
    assert cli(db, "show configuration | display set | count") == "Count: 2 lines\n"
    assert cli(db, "show configuration | display set | except LOCATION | count") == "Count: 1 lines\n"
    with pytest.raises(ConfigRpcError) as info:
        cli(db, "show configuration | match host name")
    assert info.value.message == "error: syntax error, expecting <command>: name"
    with pytest.raises(ConfigRpcError) as info:
        cli(db, "show configuration | c")
    assert info.value.message == "error: 'c' is ambiguous.\nPossible completions:\n  compare\n  count"
    with pytest.raises(ConfigRpcError, match="unterminated quoted string"):
        cli(db, 'show configuration | match "open')


def test_get_configuration_ephemeral_database(db: ConfigDatabase) -> None:
    from jetemu.config.database import EphemeralOperation

    db.ephemeral_set(
        ALICE, "", [EphemeralOperation(id="1", config='{"configuration": {"system": {"domain-name": "e.x"}}}')]
    )
    root = ET.fromstring(rpc(db, '<get-configuration database="ephemeral"/>'))
    assert root.findtext("system/domain-name") == "e.x"
    with pytest.raises(ConfigRpcError, match="not configured"):
        rpc(db, '<get-configuration database="ephemeral" ephemeral-instance="ghost"/>')
