"""Configuration over real gRPC: ConfigSet, config XML RPCs, locks, ephemeral, effects, restart."""

from __future__ import annotations

import json
from pathlib import Path

from emutest import PASSWORD, USER, JetClient, connect, start_emulator

from jetemu.proto import jnx_management_service_pb2 as v2_mgmt
from jetemu.proto import management_service_pb2 as v1_mgmt

TEXT = v2_mgmt.OP_COMMAND_OUTPUT_CLI
XML = v2_mgmt.OP_COMMAND_OUTPUT_XML
JSON = v2_mgmt.OP_COMMAND_OUTPUT_JSON


def config_set(client: JetClient, text: str, load_type: int = v2_mgmt.CONFIG_LOAD_SET, comment: str = "") -> object:
    request = v2_mgmt.ConfigSetRequest(
        text_config=text, load_type=load_type, commit=v2_mgmt.ConfigCommit(comment=comment)
    )
    return client.mgmt.ConfigSet(request, timeout=30).status


def committed_text(client: JetClient) -> str:
    status, data = client.op(cli="show configuration", fmt=TEXT)
    assert status.code == 0, status.message
    return data


def fresh(emulator_factory, *extra: str) -> JetClient:
    emu = emulator_factory("--port", "0", "--user", f"{USER}:{PASSWORD}", *extra)
    c = connect(emu.target())
    assert c.login().status.code == 0
    return c


def test_factory_configuration_matches_the_device(emulator_factory) -> None:
    c = fresh(emulator_factory, "--hostname", "edge7")
    text = committed_text(c)
    assert "host-name edge7;" in text
    assert "fxp0" in text and "lo0" in text
    status, data = c.op(xml='<get-configuration database="committed" format="set"/>', fmt=TEXT)
    assert status.code == 0
    assert "set system host-name edge7" in data
    c.close()


def test_config_set_commits_and_drives_the_device(emulator_factory) -> None:
    c = fresh(emulator_factory)
    status = config_set(
        c,
        "set system host-name changed-r1\n"
        "set interfaces ge-0/0/1 description uplink\n"
        "set interfaces ge-0/0/1 disable\n"
        "set interfaces ge-0/0/2 unit 0 family inet address 192.0.2.1/24\n"
        "set routing-options static route 198.51.100.0/24 next-hop 192.0.2.2\n",
        comment="from pytest",
    )
    assert status.code == 0, status.message
    _, version = c.op(cli="show version", fmt=JSON)
    assert json.loads(version)["software-information"][0]["host-name"][0]["data"] == "changed-r1"
    _, terse = c.op(cli="show interfaces terse", fmt=TEXT)
    line = next(x for x in terse.splitlines() if x.startswith("ge-0/0/1 "))
    assert line.split()[1:3] == ["down", "down"]
    _, route = c.op(cli="show route 198.51.100.0/24", fmt=TEXT)
    assert "198.51.100.0/24" in route and "Static" in route
    _, commits = c.op(cli="show system commit", fmt=TEXT)
    assert "from pytest" in commits and USER in commits

    # Delete again: the effects go away.
    status = config_set(c, "delete interfaces ge-0/0/1\ndelete interfaces ge-0/0/2\ndelete routing-options static\n")
    assert status.code == 0, status.message
    _, terse = c.op(cli="show interfaces terse", fmt=TEXT)
    line = next(x for x in terse.splitlines() if x.startswith("ge-0/0/1 "))
    assert line.split()[1:3] == ["up", "up"]
    _, route = c.op(cli="show route 198.51.100.0/24", fmt=TEXT)
    assert "198.51.100.0/24" not in route
    c.close()


def test_invalid_configuration_names_the_fault_and_changes_nothing(emulator_factory) -> None:
    c = fresh(emulator_factory)
    before = committed_text(c)
    status = config_set(
        c, "set system host-name ok-name\nset interfaces ge-0/0/2 unit 0 family inet address 10.0.0.300/24\n"
    )
    assert status.code == 1
    assert "10.0.0.300/24" in status.message
    status = config_set(c, "set system host-name ok-name\nset bogus-statement here\n")
    assert status.code == 1 and "line 2" in status.message
    xml = "<configuration><system><host-name>x</host-name></system><interfaces><bogus/></interfaces>"
    reply = c.mgmt.ConfigSet(v2_mgmt.ConfigSetRequest(xml_config=xml), timeout=30).status
    assert reply.code == 1
    assert committed_text(c) == before
    c.close()


def test_v1_execute_cfg_command_translates_enums(emulator_factory) -> None:
    c = fresh(emulator_factory)
    reply = c.mgmt_v1.ExecuteCfgCommand(
        v1_mgmt.ExecuteCfgCommandRequest(
            request_id=7,
            text_config="<configuration-set>set system location building b7</configuration-set>",
            load_type=v1_mgmt.CONFIG_LOAD_SET,
            commit=v1_mgmt.ConfigCommit(commit_type=v1_mgmt.CONFIG_COMMIT, comment="v1"),
        ),
        timeout=30,
    )
    assert reply.status == v1_mgmt.SUCCESS, reply.message
    assert reply.request_id == 7
    assert "building b7" in committed_text(c)
    # v1 MERGE is 1 (v2 MERGE is 0): a merge must keep what is there.
    reply = c.mgmt_v1.ExecuteCfgCommand(
        v1_mgmt.ExecuteCfgCommandRequest(
            text_config="system { location { floor 3; } }",
            load_type=v1_mgmt.CONFIG_LOAD_MERGE,
            commit=v1_mgmt.ConfigCommit(commit_type=v1_mgmt.CONFIG_COMMIT),
        ),
        timeout=30,
    )
    assert reply.status == v1_mgmt.SUCCESS, reply.message
    text = committed_text(c)
    assert "building b7" in text and "floor 3" in text
    c.close()


def test_xml_rpcs_lock_conflict_and_release(emulator_factory) -> None:
    emu = emulator_factory("--port", "0", "--user", f"{USER}:{PASSWORD}")
    a, b = connect(emu.target()), connect(emu.target())
    assert a.login(client_id="holder").status.code == 0
    assert b.login(client_id="other").status.code == 0
    status, _ = a.op(xml="<lock-configuration/>", fmt=XML)
    assert status.code == 0, status.message
    status, _ = b.op(
        xml='<load-configuration action="set" format="text"><configuration-set>set system location floor 1'
        "</configuration-set></load-configuration>",
        fmt=XML,
    )
    assert status.code == 1 and "holder" in status.message
    assert config_set(b, "set system location floor 2\n").code == 1

    status, _ = a.op(
        xml='<load-configuration action="merge" format="text"><configuration-text>system { location { floor 4; } }'
        "</configuration-text></load-configuration>",
        fmt=XML,
    )
    assert status.code == 0, status.message
    status, diff = a.op(cli="show | compare", fmt=TEXT)
    assert "+" in diff and "floor 4" in diff
    status, _ = a.op(xml="<commit-configuration><check/></commit-configuration>", fmt=XML)
    assert status.code == 0, status.message
    status, _ = a.op(xml="<commit-configuration><log>locked commit</log></commit-configuration>", fmt=XML)
    assert status.code == 0, status.message
    a.close()  # the lock goes with the session (as soon as the emulator sees the disconnect)

    replies: list[object] = []
    assert wait_for(lambda: replies.append(config_set(b, "set system location floor 5\n")) or replies[-1].code == 0), (
        replies[-1].message
    )
    status, data = b.op(xml='<get-configuration compare="rollback" rollback="1" format="text"/>', fmt=XML)
    assert status.code == 0 and "floor 5" in data
    b.close()


def test_ephemeral_database_is_merged_and_not_persisted(tmp_path: Path) -> None:
    args = ("--port", "0", "--user", f"{USER}:{PASSWORD}", "--state-dir", str(tmp_path / "state"))
    emu = start_emulator(tmp_path / "run1", *args)
    try:
        c = connect(emu.target())
        assert c.login().status.code == 0
        ephemeral = json.dumps(
            {"configuration": {"interfaces": {"interface": [{"name": "ge-0/0/3", "description": "from-ephemeral"}]}}}
        )
        reply = c.mgmt.EphemeralConfigSet(
            v2_mgmt.EphemeralConfigSetRequest(
                config_operations=[
                    v2_mgmt.EphemeralConfigSetRequest.ConfigOperation(id="op1", path="/", json_config=ephemeral)
                ],
            ),
            timeout=30,
        )
        assert reply.status.code == 0, reply.status.message
        assert [r.id for r in reply.operation_responses] == ["op1"]
        got = c.mgmt.EphemeralConfigGet(
            v2_mgmt.EphemeralConfigGetRequest(
                encoding=v2_mgmt.CONFIG_GET_OUTPUT_JSON,
                config_requests=[v2_mgmt.ConfigPathRequest(id="q", path="/")],
            ),
            timeout=30,
        )
        assert got.status.code == 0, got.status.message
        assert "from-ephemeral" in got.config_responses[0].value
        _, iface = c.op(cli="show interfaces ge-0/0/3", fmt=TEXT)
        assert "from-ephemeral" in iface
        assert "from-ephemeral" not in committed_text(c)  # static configuration only
        assert config_set(c, "set system host-name persisted-r1\n").code == 0
        c.close()
    finally:
        assert emu.stop() == 0

    again = start_emulator(tmp_path / "run2", *args)
    try:
        c = connect(again.target())
        assert c.login().status.code == 0
        assert "host-name persisted-r1;" in committed_text(c)
        _, iface = c.op(cli="show interfaces ge-0/0/3", fmt=TEXT)
        assert "from-ephemeral" not in iface
        _, version = c.op(cli="show version", fmt=TEXT)
        assert "persisted-r1" in version
        c.close()
    finally:
        again.stop()


def test_private_candidate(emulator_factory) -> None:
    c = fresh(emulator_factory)
    status, _ = c.op(xml="<open-configuration><private/></open-configuration>", fmt=XML)
    assert status.code == 0, status.message
    status, _ = c.op(
        xml='<load-configuration action="set" format="text"><configuration-set>set system location floor 9'
        "</configuration-set></load-configuration>",
        fmt=XML,
    )
    assert status.code == 0, status.message
    assert "floor 9" not in committed_text(c)
    status, _ = c.op(xml="<commit-configuration/>", fmt=XML)
    assert status.code == 0, status.message
    status, _ = c.op(xml="<close-configuration/>", fmt=XML)
    assert status.code == 0, status.message
    assert "floor 9" in committed_text(c)
    c.close()


def wait_for(predicate, timeout: float = 15.0) -> bool:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_commit_confirmed_rolls_back_unless_confirmed(emulator_factory) -> None:
    # One "minute" of commit confirmed lasts 0.5 s on this emulator.
    c = fresh(emulator_factory, "--commit-confirm-minute", "0.5")
    load = (
        '<load-configuration action="set" format="text"><configuration-set>set system location floor {n}'
        "</configuration-set></load-configuration>"
    )
    confirmed = "<commit-configuration><confirmed/><confirm-timeout>1</confirm-timeout></commit-configuration>"
    assert c.op(xml=load.format(n=1), fmt=XML)[0].code == 0
    status, _ = c.op(xml=confirmed, fmt=XML)
    assert status.code == 0, status.message
    assert "floor 1" in committed_text(c)
    assert wait_for(lambda: "floor 1" not in committed_text(c)), "no automatic rollback"
    _, commits = c.op(cli="show system commit", fmt=TEXT)
    assert "rollback" in commits.lower()

    # Confirmed in time by a later commit: it stays.
    assert c.op(xml=load.format(n=2), fmt=XML)[0].code == 0
    assert c.op(xml=confirmed, fmt=XML)[0].code == 0
    assert c.op(xml="<commit-configuration/>", fmt=XML)[0].code == 0
    import time

    time.sleep(1.5)
    assert "floor 2" in committed_text(c)
    c.close()


def test_rollback_discard_and_commit_information(emulator_factory) -> None:
    c = fresh(emulator_factory)
    assert config_set(c, "set system location floor 1\n", comment="first").code == 0
    assert config_set(c, "set system location floor 2\n", comment="second").code == 0
    status, info = c.op(xml="<get-commit-information/>", fmt=JSON)
    assert status.code == 0, status.message
    assert "second" in info and "first" in info
    status, _ = c.op(xml='<load-configuration rollback="1"/>', fmt=XML)
    assert status.code == 0, status.message
    status, diff = c.op(cli="show | compare", fmt=TEXT)
    assert "floor 1" in diff and "floor 2" in diff
    status, _ = c.op(xml="<discard-changes/>", fmt=XML)
    assert status.code == 0, status.message
    status, diff = c.op(cli="show | compare", fmt=TEXT)
    assert "floor" not in diff
    assert "floor 2" in committed_text(c)
    status, _ = c.op(xml='<load-configuration rollback="99"/>', fmt=XML)
    assert status.code == 1 and "99" in status.message
    c.close()


def test_v1_ephemeral_calls(emulator_factory) -> None:
    c = fresh(emulator_factory)
    xml = "<configuration><system><location><floor>42</floor></location></system></configuration>"
    reply = c.mgmt_v1.EditEphemeralConfig(
        v1_mgmt.EditEphemeralConfigRequest(
            request_id=3,
            eph_config_operations=[
                v1_mgmt.EditEphemeralConfigRequest.ConfigOperationList(
                    operation_id="e1", operation=v1_mgmt.UPDATE_CONFIG, path="/", xml_config=xml
                )
            ],
        ),
        timeout=30,
    )
    assert reply.request_id == 3
    assert [(r.operation_id, r.status) for r in reply.response] == [("e1", v1_mgmt.SUCCESS)], reply.response
    got = c.mgmt_v1.GetEphemeralConfig(
        v1_mgmt.GetEphemeralConfigRequest(
            request_id=4,
            encoding=v1_mgmt.ENCODING_XML,
            eph_config_requests=[v1_mgmt.EphConfigRequestList(operation_id="g1", path="/")],
        ),
        timeout=30,
    )
    assert got.response[0].status == v1_mgmt.SUCCESS, got.response[0].message
    assert "<floor>42</floor>" in got.response[0].value
    bad = c.mgmt_v1.GetEphemeralConfig(v1_mgmt.GetEphemeralConfigRequest(request_id=5, encoding=7), timeout=30)
    assert bad.response[0].status == v1_mgmt.UNSUPPORTED_ENCODING
    c.close()


def test_commit_rpcs_are_recognised_for_commit_delay() -> None:
    from jetemu.server.services.op_commands import is_commit_rpc

    def v2(xml: str) -> v2_mgmt.OpCommandGetRequest:
        return v2_mgmt.OpCommandGetRequest(xml_command=xml)

    assert is_commit_rpc(v2("<commit-configuration/>"))
    assert is_commit_rpc(v2("\n  <commit-configuration><check/></commit-configuration>"))
    assert is_commit_rpc(v2("<junos:commit-configuration><log>x</log></junos:commit-configuration>"))
    assert not is_commit_rpc(v2("<commit-configurations/>"))
    assert not is_commit_rpc(v2("<get-configuration/>"))
    assert not is_commit_rpc(v2_mgmt.OpCommandGetRequest(cli_command="show system commit"))
    assert is_commit_rpc(v1_mgmt.ExecuteOpCommandRequest(json_command='{"commit-configuration": {}}'))
    assert not is_commit_rpc(v1_mgmt.ExecuteOpCommandRequest(json_command='{"get-configuration": {}}'))
