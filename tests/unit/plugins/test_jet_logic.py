"""Pure logic of the jetkit.junos module_utils: parsing, classification, request building."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / ".venv" / "collections"))

from ansible.module_utils.connection import ConnectionError

from ansible_collections.jetkit.junos.plugins.module_utils._jet import (
    api as api_module,
)
from ansible_collections.jetkit.junos.plugins.module_utils._jet import (
    command,
    config,
    ephemeral,
    errors,
    facts,
    rpc,
)
from ansible_collections.jetkit.junos.plugins.module_utils._jet.api import JetApi
from ansible_collections.jetkit.junos.plugins.module_utils._jet.common import (
    TaskContext,
    TaskError,
    parse_xml,
)
from ansible_collections.jetkit.junos.plugins.module_utils._jet.conditions import parse_condition
from ansible_collections.jetkit.junos.plugins.module_utils._jet.transport import CallPolicy


@pytest.mark.parametrize(
    ("cmd", "read_only"),
    [
        ("show version", True),
        ("sh ver", True),
        ("ping 10.0.0.1 count 1", True),
        ("file show /tmp/x", True),
        ("file delete /tmp/x", False),
        ("request system reboot", False),
        ("clear arp", False),
        ("show route | match 10", True),
    ],
)
def test_command_classification(cmd, read_only):
    assert command.is_read_only(cmd) is read_only


def test_conditions():
    cond = parse_condition("result[0]['a'][1] ge 3")
    assert cond.holds([{"a": [0, "4"]}])
    assert not cond.holds([{"a": [0, "2"]}])
    assert parse_condition("result[0] not contains foo").holds(["bar"])
    assert parse_condition("result[1] matches '^Host.*r\\d$'").holds(["", "Hostname: r1"])
    with pytest.raises(TaskError, match="expected an operator"):
        parse_condition("result[0] sorta foo")
    with pytest.raises(TaskError, match="must start with result"):
        parse_condition("output contains x")


def test_rpc_build_and_classification():
    name, xml = rpc.build_rpc(
        "get_interface_information", {"terse": True, "interface_name": "ge-0/0/0", "skip": False}, {"format": "text"}
    )
    assert name == "get-interface-information"
    assert xml == (
        '<get-interface-information format="text"><terse /><interface-name>ge-0/0/0'
        "</interface-name></get-interface-information>"
    )
    assert rpc.is_read_only(name) and not rpc.is_read_only("commit-configuration")
    with pytest.raises(TaskError, match="not well-formed"):
        rpc.build_rpc("<get-x>", {}, {})
    with pytest.raises(TaskError, match="not a valid XML element name"):
        rpc.build_rpc("get-x", {"bad name": 1}, {})


def test_config_format_detection_and_load_rpc():
    assert config.detect_format("\n# c\nset system host-name r1") == "set"
    assert config.detect_format("system { host-name r1; }") == "text"
    assert config.detect_format("<configuration/>") == "xml"
    assert config.detect_format('{"configuration": {}}') == "json"
    xml = config.load_rpc("set system location building a&b", "set", "set")
    assert "<configuration-set>set system location building a&amp;b</configuration-set>" in xml
    assert 'action="set"' in xml
    # Set commands load as set with merge or replace too (as PyEZ does), never with override.
    assert 'action="set"' in config.load_rpc("set a b", "set", "merge")
    assert 'action="set"' in config.load_rpc("set a b", "set", "replace")
    with pytest.raises(TaskError, match="cannot be loaded with load: overwrite"):
        config.load_rpc("set a b", "set", "overwrite")
    with pytest.raises(TaskError, match="needs set-format"):
        config.load_rpc("system { host-name r1; }", "text", "set")
    assert 'action="override"' in config.load_rpc("system { host-name r1; }", "text", "overwrite")
    with pytest.raises(TaskError, match="not well-formed"):
        config.load_rpc("<system><host-name>r1</system>", "xml", "merge")
    assert "<configuration><system><host-name>r1</host-name></system></configuration>" in config.load_rpc(
        "<system><host-name>r1</host-name></system>", "xml", "replace"
    )


def test_config_filter_and_compare_extraction():
    assert config.filter_xml("system/services") == "<configuration><system><services /></system></configuration>"
    with pytest.raises(TaskError):
        config.filter_xml("system/bad name")
    reply = (
        "<configuration-information><configuration-output>[edit system]\n+   location &lt;x&gt;;\n"
        "</configuration-output></configuration-information>"
    )
    assert config.extract_compare(reply) == "[edit system]\n+   location <x>;"
    empty = "<configuration-information><configuration-output/></configuration-information>"
    assert config.extract_compare(empty) == ""


def _config_params(**given):
    base = {k: spec.get("default") for k, spec in config.ARGUMENT_SPEC.items()}
    base.update(given)
    return base


def test_config_validation_messages():
    with pytest.raises(TaskError, match="confirmed must be 1 to 65535"):
        config.run(None, _config_params(lines=["set a"], confirmed=0), TaskContext())  # type: ignore[arg-type]
    with pytest.raises(TaskError, match="rollback must be 0 to 49 or rescue"):
        config.run(None, _config_params(rollback="50"), TaskContext())  # type: ignore[arg-type]
    with pytest.raises(TaskError, match="two different commit confirmed times"):
        config.run(None, _config_params(lines=["set a"], confirm=5, confirmed=6), TaskContext())  # type: ignore[arg-type]
    with pytest.raises(TaskError, match="neither true/false"):
        config.run(None, _config_params(confirm="soon"), TaskContext())  # type: ignore[arg-type]
    with pytest.raises(TaskError, match="check_commit_wait needs check"):
        config.run(None, _config_params(lines=["set a"], check_commit_wait=3), TaskContext())  # type: ignore[arg-type]
    with pytest.raises(TaskError, match="Telnet or a serial console has no JET equivalent"):
        config.run(None, _config_params(lines=["set a"], mode="telnet"), TaskContext())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "confirm", "minutes", "validate_only"),
    [
        ({"confirm": True}, True, None, False),  # ours: confirm a pending commit confirmed
        ({"confirm": 5, "lines": ["set a"]}, False, 5, False),  # juniper.device: confirmed minutes
        ({"confirm": "5", "lines": ["set a"]}, False, 5, False),
        ({"check": True, "lines": ["set a"]}, False, None, True),  # ours: validate only
        ({"check": True, "commit": True, "lines": ["set a"]}, False, None, False),  # check, then commit
        ({"check": True, "diff": True, "lines": ["set a"]}, False, None, False),  # juniper.device's form
        ({"commit": False, "lines": ["set a"]}, False, None, True),
    ],
)
def test_config_plan_reads_both_forms(given, confirm, minutes, validate_only):
    plan = config._plan(_config_params(**given), TaskContext())
    assert (plan.confirm_pending, plan.confirmed, plan.validate_only) == (confirm, minutes, validate_only)


def test_config_retrieve_only_defaults_and_format():
    plan = config._plan(_config_params(retrieve="committed", format="xml"), TaskContext())
    assert (plan.commit, plan.diff, plan.retrieve_format) == (False, False, "xml")
    plan = config._plan(_config_params(retrieve="committed", format="xml", retrieve_format="set"), TaskContext())
    assert plan.retrieve_format == "set"


def test_ephemeral_contains():
    current = {"system": {"services": {"ssh": [None], "netconf": {"port": 830}}}}
    assert ephemeral.contains(current, {"system": {"services": {"ssh": {}}}})
    assert ephemeral.contains(current, {"system": {"services": {"netconf": {"port": "830"}}}})
    assert not ephemeral.contains(current, {"system": {"services": {"netconf": {"port": 831}}}})
    routes = {"route": [{"name": "10.0.0.0/8", "discard": [None]}, {"name": "192.0.2.0/24"}]}
    assert ephemeral.contains(routes, {"route": [{"name": "192.0.2.0/24"}]})
    assert not ephemeral.contains(routes, {"route": [{"name": "198.51.100.0/24"}]})


def test_facts_subsets_and_pyez_values():
    assert facts.resolve_subsets(["all", "!config"]) == ["default", "hardware", "interfaces"]
    assert facts.resolve_subsets(["!all"]) == ["default"]
    assert facts.resolve_subsets(["min"]) == ["default"]
    with pytest.raises(TaskError, match="unknown subset 'nope'"):
        facts.resolve_subsets(["nope"])
    info = facts.version_info("24.4R1.9")
    assert (info["major"], info["type"], info["minor"], info["build"]) == ([24, 4], "R", "1", 9)
    assert facts.version_info("15.1X49-D100.6")["minor"] == [49, "D", 100]
    assert facts.personality("MX480", "RE-S-1800x4") == ("MX", False)
    assert facts.personality("MX960", "RE-VMX") == ("MX", True)
    assert facts.personality("EX4300-48T", None) == ("SWITCH", False)
    assert facts.personality("SRX5800", None) == ("SRX_HIGHEND", False)


def test_error_codes_round_trip():
    code = errors.code_for_grpc_status("RESOURCE_EXHAUSTED")
    assert errors.status_for_code(code) == "RESOURCE_EXHAUSTED"
    assert errors.status_for_code(errors.DEVICE_FAILURE) == "DEVICE_FAILURE"
    assert errors.redact("pw=s3cret!", ["s3cret!"]) == "pw=********"


class FakeEndpoint:
    def __init__(self, answers):
        self.answers = answers
        self.calls = []

    def __rpc__(self, name, *args, **kwargs):
        self.calls.append((name, kwargs))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def test_api_decodes_json_and_maps_errors():
    endpoint = FakeEndpoint(
        [json.dumps({"output": "hello"}), ConnectionError("device said no", code=errors.DEVICE_FAILURE)]
    )
    api = JetApi(endpoint, {"timeout": 5})
    assert api.op_command("show version") == "hello"
    assert endpoint.calls[0][1]["policy"] == {"timeout": 5}
    with pytest.raises(errors.JetError) as info:
        api.op_command("show nothing")
    assert info.value.status == "DEVICE_FAILURE" and info.value.message == "device said no"


def test_api_restarts_a_dead_persistent_process_once(monkeypatch):
    dead = FakeEndpoint([ConnectionError("Unable to connect to socket '/x'. See ...")])
    alive = FakeEndpoint([json.dumps({"output": "ok"})])
    monkeypatch.setattr(api_module, "SocketEndpoint", lambda path: alive)
    restarted = []
    api = JetApi(dead, {}, restart=lambda: restarted.append(1) or "/new")
    assert api.op_command("show version") == "ok"
    assert restarted == [1]


def test_call_policy_backoff_bounds():
    policy = CallPolicy.from_dict({"timeout": 10, "session_retries": 4, "retry_delay": 1})
    assert [policy.delay(n) for n in range(1, 6)] == [1, 2, 4, 8, 8]
    with pytest.raises(ConnectionError, match="must be positive"):
        CallPolicy.from_dict({"timeout": 0})


def test_parse_xml_multiple_roots_and_namespaces():
    data = parse_xml('<a xmlns="urn:x" junos:style="brief"><b>1</b><b>2</b></a><c/>', "t")
    assert data["a"]["b"] == ["1", "2"] and "c" in data
