"""Pure logic of the jetkit.junos module_utils: parsing, classification, request building."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / ".venv" / "collections"))

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
from ansible_collections.jetkit.junos.plugins.module_utils._jet.proto import jnx_management_service_pb2 as mgmt_pb2
from ansible_collections.jetkit.junos.plugins.module_utils._jet.proto import jnx_routing_rib_service_pb2 as rib_pb2
from ansible_collections.jetkit.junos.plugins.module_utils._jet.services import MANAGEMENT, RIB
from ansible_collections.jetkit.junos.plugins.module_utils._jet.wire import CallPolicy


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


def test_redact():
    assert errors.redact("pw=s3cret! and s3cret!", ["s3cret!", ""]) == "pw=******** and ********"


class FakeEndpoint:
    """Answers typed calls with serialized replies (or raises), recording what was asked."""

    def __init__(self, answers):
        self.answers = answers
        self.calls = []

    def call(self, kind, path, payloads, policy, window=1, stop_on_failure=False):
        self.calls.append((kind, path, payloads, policy, window, stop_on_failure))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return [reply.SerializeToString() for reply in answer]

    def info(self, policy, connect=False):
        return {"target": "x:1"}


def _reply(data="", code=0, message=""):
    reply = mgmt_pb2.OpCommandGetResponse(data=data)
    reply.status.code = code
    reply.status.message = message
    return reply


def test_api_sends_typed_requests_and_decodes_replies():
    endpoint = FakeEndpoint([[_reply("hel"), _reply("lo")], [_reply(code=1, message="error: syntax error: shw")]])
    api = JetApi(endpoint, {"timeout": 5})
    assert api.op_command("show version", "json") == "hello"
    kind, path, payloads, policy, _window, _stop = endpoint.calls[0]
    assert (kind, path, policy.timeout) == ("stream", "/jnx.jet.management.Management/OpCommandGet", 5.0)
    assert mgmt_pb2.OpCommandGetRequest.FromString(payloads[0]).cli_command == "show version"
    with pytest.raises(errors.JetError) as info:
        api.op_command("shw")
    assert info.value.status == "DEVICE_FAILURE" and info.value.message == "error: syntax error: shw"


def test_api_refuses_wrong_request_types_and_kinds_before_sending():
    endpoint = FakeEndpoint([])
    api = JetApi(endpoint)
    with pytest.raises(errors.JetError, match="takes a jnx.jet.routing.rib.RouteInitializeRequest"):
        api.unary(RIB, "RouteInitialize", rib_pb2.RouteGetRequest())
    with pytest.raises(errors.JetError, match="is a server stream"):
        api.unary(MANAGEMENT, "OpCommandGet", mgmt_pb2.OpCommandGetRequest())
    with pytest.raises(errors.JetError, match="not an RPC"):
        api.unary(RIB, "RouteTeleport", rib_pb2.RouteGetRequest())
    assert endpoint.calls == []


def test_api_batch_decodes_every_reply():
    ok = rib_pb2.RouteSetOperResponse(operations_completed=2)
    refused = rib_pb2.RouteSetOperResponse(operations_completed=1)
    refused.status.code = 1
    endpoint = FakeEndpoint([[ok, refused]])
    api = JetApi(endpoint)
    replies = api.batch(RIB, "RouteAdd", [rib_pb2.RouteUpdateRequest(), rib_pb2.RouteUpdateRequest()])
    assert [r.operations_completed for r in replies] == [2, 1]
    kind, _path, payloads, _policy, window, stop = endpoint.calls[0]
    assert (kind, len(payloads), window, stop) == ("batch", 2, 3, True)


def test_call_policy_backoff_bounds():
    policy = CallPolicy.from_dict({"timeout": 10, "session_retries": 4, "retry_delay": 1})
    assert [policy.delay(n) for n in range(1, 6)] == [1, 2, 4, 8, 8]
    assert policy.budget() == 10 * 6 + (1 + 2 + 4 + 8)
    with pytest.raises(ValueError, match="must be positive"):
        CallPolicy.from_dict({"timeout": 0})
    with pytest.raises(errors.JetError, match="bad call settings"):
        JetApi(FakeEndpoint([]), {"session_retries": -1})


def test_parse_xml_multiple_roots_and_namespaces():
    data = parse_xml('<a xmlns="urn:x" junos:style="brief"><b>1</b><b>2</b></a><c/>', "t")
    assert data["a"]["b"] == ["1", "2"] and "c" in data
