"""NETCONF over real SSH with the real clients (ncclient, PyEZ, paramiko), next to JET on the same
device: one configuration database, shared locks, the same op replies and errors."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import paramiko
import pytest
from emutest import PASSWORD, USER, EmulatorProcess, JetClient, connect, start_emulator
from jnpr.junos import Device
from jnpr.junos.exception import CommitError, ConfigLoadError, LockError, RpcError
from jnpr.junos.utils.config import Config
from ncclient import manager
from ncclient.operations import RPCError
from ncclient.transport.errors import AuthenticationError
from ncclient.xml_ import to_ele

from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

NC = "urn:ietf:params:xml:ns:netconf:base:1.0"
TEXT = v2_mgmt.OP_COMMAND_OUTPUT_CLI
XML = v2_mgmt.OP_COMMAND_OUTPUT_XML


def netconf_port(emu: EmulatorProcess) -> int:
    return int(emu.device["netconf_port"])


def nc(emu: EmulatorProcess, handler: str = "junos", **kwargs: Any) -> manager.Manager:
    return manager.connect(
        host="127.0.0.1",
        port=netconf_port(emu),
        username=kwargs.pop("username", USER),
        password=kwargs.pop("password", PASSWORD),
        hostkey_verify=False,
        look_for_keys=False,
        allow_agent=False,
        device_params={"name": handler},
        timeout=30,
        **kwargs,
    )


def jet(emu: EmulatorProcess) -> JetClient:
    client = connect(emu.target())
    assert client.login().status.code == 0
    return client


def jet_text(client: JetClient, cli: str) -> str:
    status, data = client.op(cli=cli, fmt=TEXT)
    assert status.code == 0, status.message
    return data


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    emu = start_emulator(
        tmp_path_factory.mktemp("nc"),
        "--user",
        f"{USER}:{PASSWORD}",
        "--netconf-port",
        "--hostname",
        "nc-r1",
        "--commit-confirm-minute",
        "1",
        "--broker",
        "none",
    )
    yield emu
    emu.stop()


class RawSession:
    """A NETCONF session driven by hand over paramiko, to see the bytes on the wire."""

    def __init__(self, port: int, user: str = USER, password: str = PASSWORD) -> None:
        self.transport = paramiko.Transport(("127.0.0.1", port))
        self.transport.connect(username=user, password=password)
        self.channel = self.transport.open_session()
        self.channel.invoke_subsystem("netconf")
        self.buffer = b""

    def read_message(self, timeout: float = 10) -> bytes:
        deadline = time.monotonic() + timeout
        while b"]]>]]>" not in self.buffer:
            assert time.monotonic() < deadline, self.buffer
            self.channel.settimeout(max(0.1, deadline - time.monotonic()))
            data = self.channel.recv(65536)
            assert data, f"session closed; got {self.buffer!r}"
            self.buffer += data
        message, _, self.buffer = self.buffer.partition(b"]]>]]>")
        return message

    def send(self, text: str) -> None:
        self.channel.sendall(text.encode() + b"]]>]]>")

    def close(self) -> None:
        self.transport.close()


def test_hello_is_junos_with_end_of_message_framing(device: EmulatorProcess) -> None:
    raw = RawSession(netconf_port(device))
    try:
        hello_text = raw.read_message()
        assert hello_text.startswith(b"<!-- No zombies were killed")
        hello = ET.fromstring(hello_text)
        assert hello.tag == f"{{{NC}}}hello"
        caps = [c.text for c in hello.iter(f"{{{NC}}}capability")]
        assert caps[0] == "urn:ietf:params:netconf:base:1.0"
        assert "urn:ietf:params:netconf:base:1.1" not in caps  # only under [system services netconf version-1.1]
        assert "http://xml.juniper.net/netconf/junos/1.0" in caps
        assert "urn:ietf:params:netconf:capability:candidate:1.0" in caps
        assert int(hello.findtext(f"{{{NC}}}session-id")) > 0
        raw.send(
            f'<hello xmlns="{NC}"><capabilities><capability>urn:ietf:params:netconf:base:1.0</capability>'
            "</capabilities></hello>"
        )
        # Junos answers an <rpc> without message-id, and echoes the <rpc> attributes it gets.
        raw.send("<rpc><get-software-information/></rpc>")
        reply = ET.fromstring(raw.read_message())
        assert reply.tag == f"{{{NC}}}rpc-reply" and "message-id" not in reply.attrib
        assert reply.findtext(f".//{{{NC}}}host-name") == "nc-r1"
        raw.send(f'<rpc xmlns="{NC}" message-id="m-7" trace="abc"><get-chassis-inventory/></rpc>')
        reply = ET.fromstring(raw.read_message())
        assert (reply.get("message-id"), reply.get("trace")) == ("m-7", "abc")
        raw.send(f'<rpc xmlns="{NC}" message-id="8"><close-session/></rpc>')
        assert ET.fromstring(raw.read_message()).find(f"{{{NC}}}ok") is not None
    finally:
        raw.close()


def test_wrong_password_is_refused(device: EmulatorProcess) -> None:
    with pytest.raises(AuthenticationError):
        nc(device, password="wrong")
    with pytest.raises(AuthenticationError):
        nc(device, username="nobody")


def test_op_rpcs_and_commands_answer_as_over_jet(device: EmulatorProcess) -> None:
    client = jet(device)
    m = nc(device)
    try:
        _, jet_xml = client.op(xml="<get-chassis-inventory/>", fmt=XML)
        reply = m.rpc(to_ele("<get-chassis-inventory/>"))
        serial = ET.fromstring(jet_xml).findtext(".//{*}chassis/{*}serial-number")
        assert reply.findtext(".//chassis/serial-number") == serial
        text = m.command("show version", format="text").findtext(".//output")
        assert text.strip() == jet_text(client, "show version").strip()
        as_set = m.command("show configuration system", format="set").findtext(".//configuration-set")
        assert "set system host-name nc-r1" in as_set
        shown = m.command("show configuration system", format="text").findtext(".//configuration-output")
        assert "host-name nc-r1;" in shown
        as_json = m.rpc(to_ele('<get-software-information format="json"/>'))
        assert '"host-name"' in str(as_json) and "nc-r1" in str(as_json)
        with pytest.raises(RPCError) as err:
            m.rpc(to_ele("<get-foo-information/>"))
        assert err.value.message.strip() == "syntax error"
        assert "<bad-element>get-foo-information</bad-element>" in err.value.info
        with pytest.raises(RPCError) as err:
            m.command("show bridgexx")
        assert err.value.message.strip() == "syntax error, expecting <command>"
        assert "<bad-element>bridgexx</bad-element>" in err.value.info
    finally:
        m.close_session()
        client.close()


def test_pyez_connect_facts_rpc_and_cli(device: EmulatorProcess) -> None:
    dev = Device(host="127.0.0.1", port=netconf_port(device), user=USER, passwd=PASSWORD)
    dev.open()
    try:
        facts = dev.facts
        assert facts["hostname"] == "nc-r1"
        assert facts["model"] == "MX480"
        assert facts["version"] == "24.4R1.9"
        assert facts["serialnumber"].startswith("JN1")
        assert facts["personality"] == "MX" and facts["virtual"] is False
        assert facts["2RE"] is True and facts["master"] == "RE0"
        assert facts["RE0"]["mastership_state"] == "master" and facts["RE0"]["model"] == "RE-S-1800x4"
        assert facts["switch_style"] == "BRIDGE_DOMAIN"
        assert facts["srx_cluster"] is None and facts["vc_capable"] is False
        # from the device's file system (file list ~, /etc/hosts.junos) and the private routing
        # instance's interface of the master RE0 (addresses hosts.junos names master and re0;
        # dropin's device/iri.py)
        assert facts["HOME"] == f"/var/home/{USER}"
        assert facts["current_re"] == ["master", "re0"]
        assert facts["domain"] is None and facts["fqdn"] == "nc-r1"  # no domain-name configured
        terse = dev.rpc.get_interface_information(terse=True, interface_name="fxp0")
        assert terse.findtext(".//ifa-local").strip().startswith("172.16.")
        assert "Hostname: nc-r1" in dev.cli("show version", warning=False)
        as_json = dev.rpc.get_software_information({"format": "json"})
        assert as_json["software-information"][0]["host-name"][0]["data"] == "nc-r1"
        with pytest.raises(RpcError):
            dev.rpc.get_foo_information()
    finally:
        dev.close()


def test_pyez_domain_and_fqdn_facts_follow_the_configuration(device: EmulatorProcess) -> None:
    client = jet(device)

    def commit(line: str) -> None:
        request = v2_mgmt.ConfigSetRequest(
            text_config=line, load_type=v2_mgmt.CONFIG_LOAD_SET, commit=v2_mgmt.ConfigCommit()
        )
        assert client.mgmt.ConfigSet(request, timeout=30).status.code == 0

    commit("set system domain-name lab.example.net")
    try:
        with Device(host="127.0.0.1", port=netconf_port(device), user=USER, passwd=PASSWORD) as dev:
            assert dev.facts["domain"] == "lab.example.net"
            assert dev.facts["fqdn"] == "nc-r1.lab.example.net"
    finally:
        commit("delete system domain-name")
        client.close()


def test_pyez_config_lock_load_diff_commit_rollback(device: EmulatorProcess) -> None:
    client = jet(device)
    dev = Device(host="127.0.0.1", port=netconf_port(device), user=USER, passwd=PASSWORD, gather_facts=False)
    dev.open()
    cu = Config(dev)
    try:
        cu.lock()
        cu.load("set system location building b1", format="set")
        cu.load("system { location { floor 3; } }", format="text")
        cu.load("<system><location><rack>9</rack></location></system>", format="xml")  # a number (Junos YANG: uint32)
        cu.load('{"configuration": {"system": {"location": {"lata": "555"}}}}', format="json")
        diff = cu.diff()
        for line in ("+       building b1;", "+       floor 3;", "+       rack 9;", "+       lata 555;"):
            assert line in diff
        assert cu.commit_check() is True
        assert cu.commit(comment="pyez change", confirm=5) is True
        assert cu.commit() is True  # confirms
        assert cu.diff() is None  # Junos's empty compare: "\n" in <configuration-output>
        committed = jet_text(client, "show configuration system location")
        assert "building b1;" in committed and "rack 9;" in committed
        history = jet_text(client, "show system commit")
        assert "by lab via netconf" in history and "pyez change" in history
        assert cu.rollback(2) is True
        assert "-       building b1;" in cu.diff()
        assert cu.commit() is True
        assert "location" not in jet_text(client, "show configuration system")
        cu.load("set interfaces ge-0/0/1 unit 0 family inet address 10.0.0.1/33", format="set")
        with pytest.raises(CommitError) as failed:
            cu.commit_check()
        assert failed.value.rpc_error["edit_path"] == "[edit interfaces ge-0/0/1 unit 0 family inet]"
        assert failed.value.rpc_error["bad_element"] == "address 10.0.0.1/33"
        with pytest.raises(ConfigLoadError) as bad_load:
            cu.load("set interfaces ge-0/0/1 unit 0 family inet address", format="set")
        assert bad_load.value.rpc_error["severity"] == "error"
    finally:
        try:
            cu.rollback(0)
            cu.unlock()
        finally:
            dev.close()
            client.close()


def test_commit_check_errors_carry_path_and_statement(device: EmulatorProcess) -> None:
    m = nc(device, handler="default")
    try:
        m.edit_config(
            target="candidate",
            config="<config><configuration><interfaces><interface><name>ge-0/0/3</name><unit><name>0</name>"
            "<family><inet><address><name>10.0.0.1/33</name></address></inet></family></unit></interface>"
            "</interfaces></configuration></config>",
        )
        with pytest.raises(RPCError) as err:
            m.validate(source="candidate")
        first, last = err.value.errors
        assert first.path == "[edit interfaces ge-0/0/3 unit 0 family inet]"
        assert "<bad-element>address 10.0.0.1/33</bad-element>" in first.info
        assert "invalid prefix" in first.message
        assert last.message.strip() == "configuration check-out failed"
        assert first.severity == "error" and first.tag == "operation-failed" and first.type == "protocol"
        m.discard_changes()
        with pytest.raises(RPCError) as err:
            m.edit_config(target="running", config="<config><configuration/></config>")
        assert err.value.tag == "invalid-value"
    finally:
        m.close_session()


def test_locks_are_shared_with_jet_sessions(device: EmulatorProcess) -> None:
    client = jet(device)
    m = nc(device, handler="default")
    try:
        status, _ = client.op(xml="<lock-configuration/>", fmt=XML)
        assert status.code == 0, status.message
        with pytest.raises(RPCError) as err:
            m.lock(target="candidate")
        assert err.value.tag == "lock-denied"
        assert "<session-id>" in err.value.info and "configuration database locked by" in err.value.message
        with pytest.raises(RPCError) as err:
            m.edit_config(
                target="candidate",
                config="<config><configuration><system><location><building>x</building></location></system>"
                "</configuration></config>",
            )
        assert "locked by" in err.value.message
        client.close()  # the JET client goes away: its lock goes with it
        deadline = time.monotonic() + 10
        while True:
            try:
                m.lock(target="candidate")
                break
            except RPCError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        other = jet(device)
        status, _ = other.op(xml="<lock-configuration/>", fmt=XML)
        assert status.code != 0 and "locked by" in status.message
        m.unlock(target="candidate")
        other.close()
    finally:
        m.close_session()


def test_closing_or_killing_a_session_releases_its_lock(device: EmulatorProcess) -> None:
    first = nc(device, handler="default")
    second = nc(device, handler="default")
    try:
        first.lock(target="candidate")
        with pytest.raises(RPCError):
            second.lock(target="candidate")
        second.kill_session(first.session_id)
        second.lock(target="candidate")
        second.unlock(target="candidate")
        with pytest.raises(RPCError) as err:
            second.kill_session(second.session_id)
        assert err.value.tag == "invalid-value"
    finally:
        second.close_session()


def test_get_config_filters_and_edit_config_operations(device: EmulatorProcess) -> None:
    m = nc(device, handler="default")
    try:
        m.lock(target="candidate")
        m.edit_config(
            target="candidate",
            config="<config><configuration><interfaces><interface><name>ge-0/0/4</name>"
            "<description>to-core</description></interface></interfaces></configuration></config>",
        )
        data = m.get_config(
            source="candidate",
            filter=(
                "subtree",
                "<configuration><interfaces><interface><name>ge-0/0/4</name></interface></interfaces></configuration>",
            ),
        ).data_ele
        assert data.findtext(".//{*}interface/{*}description") == "to-core"
        assert data.find(".//{*}host-name") is None  # filtered
        running = m.get_config(source="running").data_ele
        assert running.find(".//{*}interface[{*}name='ge-0/0/4']") is None  # not committed yet
        m.edit_config(
            target="candidate",
            default_operation="none",
            config='<config><configuration><interfaces><interface operation="delete"><name>ge-0/0/4</name>'
            "</interface></interfaces></configuration></config>",
        )
        data = m.get_config(source="candidate").data_ele
        assert data.find(".//{*}interface[{*}name='ge-0/0/4']") is None
        m.discard_changes()
        m.unlock(target="candidate")
    finally:
        m.close_session()


def test_edit_config_reorders_and_renames_with_junos_attributes(device: EmulatorProcess) -> None:
    m = nc(device, handler="default")
    policy = (
        "<config><configuration><policy-options><policy-statement{attrs}><name>nc-p</name>{body}"
        "</policy-statement></policy-options></configuration></config>"
    )
    try:
        m.lock(target="candidate")
        terms = "<term><name>a</name><then><accept/></then></term><term><name>b</name><then><reject/></then></term>"
        m.edit_config(target="candidate", config=policy.format(attrs="", body=terms))
        m.edit_config(
            target="candidate",
            config=policy.format(attrs="", body='<term insert="before" name="a"><name>b</name></term>'),
        )
        m.edit_config(target="candidate", config=policy.format(attrs=' rename="rename" name="nc-q"', body=""))
        data = m.get_config(
            source="candidate", filter=("subtree", "<configuration><policy-options/></configuration>")
        ).data_ele
        statements = data.findall(".//{*}policy-statement")
        assert [ps.findtext("{*}name") for ps in statements] == ["nc-q"]
        assert [term.findtext("{*}name") for term in statements[0].findall("{*}term")] == ["b", "a"]
        with pytest.raises(RPCError, match="statement not found"):
            m.edit_config(
                target="candidate",
                config=policy.format(attrs="", body='<term insert="after" name="zz"><name>a</name></term>'),
            )
        m.discard_changes()
        m.unlock(target="candidate")
    finally:
        m.close_session()


def test_netconf_commit_confirmed_rolls_back_by_itself(device: EmulatorProcess) -> None:
    client = jet(device)
    m = nc(device, handler="default")
    try:
        m.edit_config(
            target="candidate",
            config="<config><configuration><system><location><building>temp</building></location></system>"
            "</configuration></config>",
        )
        m.commit(confirmed=True, timeout="60")  # one (one-second) minute
        assert "building temp;" in jet_text(client, "show configuration system")
        deadline = time.monotonic() + 15
        while "building temp;" in jet_text(client, "show configuration system"):
            assert time.monotonic() < deadline, "commit confirmed was not rolled back"
            time.sleep(0.2)
        assert "automatic rollback" in jet_text(client, "show system commit")
    finally:
        m.close_session()
        client.close()


def test_version_11_and_rfc_compliant_follow_the_configuration(device: EmulatorProcess) -> None:
    client = jet(device)
    request = v2_mgmt.ConfigSetRequest(
        text_config="set system services netconf rfc-compliant\nset system services netconf version-1.1",
        load_type=v2_mgmt.CONFIG_LOAD_SET,
        commit=v2_mgmt.ConfigCommit(),
    )
    assert client.mgmt.ConfigSet(request, timeout=30).status.code == 0
    m = nc(device, handler="default")
    try:
        assert "urn:ietf:params:netconf:base:1.1" in m.server_capabilities
        assert m._session._base == 2  # ncclient's NetconfBase.BASE_11: chunked framing from here on
        reply = m.get_config(
            source="running", filter=("subtree", "<configuration><system><host-name/></system></configuration>")
        )
        assert "<nc:rpc-reply" in reply.xml and "<nc:data" in reply.xml
        assert reply.data_ele.findtext(".//{http://yang.juniper.net/junos/conf/root}host-name") == "nc-r1"
        ok = m.lock(target="candidate")
        assert "<nc:ok/>" in ok.xml
        m.unlock(target="candidate")
    finally:
        m.close_session()
        undo = v2_mgmt.ConfigSetRequest(
            text_config="delete system services netconf",
            load_type=v2_mgmt.CONFIG_LOAD_SET,
            commit=v2_mgmt.ConfigCommit(),
        )
        assert client.mgmt.ConfigSet(undo, timeout=30).status.code == 0
        client.close()
    plain = nc(device, handler="default")
    assert "urn:ietf:params:netconf:base:1.1" not in plain.server_capabilities
    plain.close_session()


def test_host_key_is_kept_in_the_state_directory(tmp_path: Path) -> None:
    state = tmp_path / "state"

    def host_key(emu: EmulatorProcess) -> str:
        transport = paramiko.Transport(("127.0.0.1", netconf_port(emu)))
        try:
            transport.start_client(timeout=10)
            return transport.get_remote_server_key().get_base64()
        finally:
            transport.close()

    args = ("--user", f"{USER}:{PASSWORD}", "--netconf-port", "--broker", "none", "--state-dir", str(state))
    first = start_emulator(tmp_path / "a", *args)
    try:
        key = host_key(first)
    finally:
        first.stop()
    assert (state / "device-1" / "ssh_host_ed25519_key").stat().st_mode & 0o777 == 0o600
    second = start_emulator(tmp_path / "b", *args)
    try:
        assert host_key(second) == key
    finally:
        second.stop()
    third = start_emulator(tmp_path / "c", "--user", f"{USER}:{PASSWORD}", "--netconf-port", "--broker", "none")
    try:
        assert host_key(third) != key  # no state directory: a key of its own
    finally:
        third.stop()


def test_netconf_is_off_unless_asked(tmp_path: Path) -> None:
    emu = start_emulator(tmp_path, "--user", f"{USER}:{PASSWORD}", "--broker", "none")
    try:
        assert "netconf_port" not in emu.device
    finally:
        emu.stop()


def test_fleet_gives_each_device_its_own_netconf_port(tmp_path: Path) -> None:
    emu = start_emulator(
        tmp_path,
        "--user",
        f"{USER}:{PASSWORD}",
        "--devices",
        "3",
        "--host",
        "127.0.0.1",
        "--netconf-port",
        "--broker",
        "none",
    )
    try:
        ports = [d["netconf_port"] for d in emu.devices]
        assert len(set(ports)) == 3 and all(ports)
        names = set()
        for index in range(3):
            m = manager.connect(
                host="127.0.0.1",
                port=ports[index],
                username=USER,
                password=PASSWORD,
                hostkey_verify=False,
                look_for_keys=False,
                allow_agent=False,
                device_params={"name": "junos"},
                timeout=30,
            )
            names.add(m.rpc(to_ele("<get-software-information/>")).findtext(".//host-name"))
            m.close_session()
        assert names == {d["hostname"] for d in emu.devices}
    finally:
        emu.stop()


def test_pyez_lock_error_names_the_holder(device: EmulatorProcess) -> None:
    holder = nc(device, handler="default")
    dev = Device(host="127.0.0.1", port=netconf_port(device), user=USER, passwd=PASSWORD, gather_facts=False)
    dev.open()
    try:
        holder.lock(target="candidate")
        with pytest.raises(LockError) as err:
            Config(dev).lock()
        assert "locked by" in str(err.value.rpc_error)
    finally:
        holder.unlock(target="candidate")
        holder.close_session()
        dev.close()


def test_private_candidate_over_netconf_is_kept_from_jet(device: EmulatorProcess) -> None:
    client = jet(device)
    m = nc(device)
    try:
        m.rpc(to_ele("<open-configuration><private/></open-configuration>"))
        m.load_configuration(action="set", config=["set system location building private-one"])
        # JET's shared candidate does not see the private change...
        _, shared = client.op(xml='<get-configuration database="candidate" format="set"/>', fmt=TEXT)
        assert "private-one" not in shared
        # ...and while JET has uncommitted shared changes, the private commit is refused (Junos rule).
        status, _ = client.op(
            xml='<load-configuration action="set" format="text"><configuration-set>'
            "set system location floor 9</configuration-set></load-configuration>",
            fmt=XML,
        )
        assert status.code == 0, status.message
        with pytest.raises(RPCError) as err:
            m.commit()
        assert "shared configuration database modified" in err.value.message
        status, _ = client.op(xml="<discard-changes/>", fmt=XML)
        assert status.code == 0, status.message
        m.commit()
        assert "building private-one;" in jet_text(client, "show configuration system")
        m.rpc(to_ele("<close-configuration/>"))
        m.load_configuration(action="set", config=["delete system location"])
        m.commit()
    finally:
        m.close_session()
        client.close()


def hello(raw: RawSession, capability: str = "urn:ietf:params:netconf:base:1.0") -> None:
    raw.read_message()
    raw.send(f'<hello xmlns="{NC}"><capabilities><capability>{capability}</capability></capabilities></hello>')


def test_bad_messages_get_rpc_errors_and_the_session_lives_on(device: EmulatorProcess) -> None:
    raw = RawSession(netconf_port(device))
    try:
        hello(raw)
        for message, tag in (
            ("<rpc><get-software-information>", "malformed-message"),
            ('<!DOCTYPE x [<!ENTITY a "b">]><rpc>&a;</rpc>', "malformed-message"),
            (f'<notification xmlns="{NC}"/>', "unknown-element"),
            (f'<rpc xmlns="{NC}" message-id="2"><lock/><unlock/></rpc>', "operation-failed"),
            (
                f'<rpc xmlns="{NC}" message-id="3"><get-config><source><startup/></source></get-config></rpc>',
                "invalid-value",
            ),
            (
                f'<rpc xmlns="{NC}" message-id="4"><edit-config><target><candidate/></target>'
                "<test-option>test-only</test-option><config><configuration/></config></edit-config></rpc>",
                "operation-not-supported",
            ),
            (f'<rpc xmlns="{NC}" message-id="5"><get-software-information format="yaml"/></rpc>', "invalid-value"),
        ):
            raw.send(message)
            reply = ET.fromstring(raw.read_message())
            assert reply.findtext(f"{{{NC}}}rpc-error/{{{NC}}}error-tag") == tag, message
        raw.send(f'<rpc xmlns="{NC}" message-id="6"><get-software-information/></rpc>')
        assert ET.fromstring(raw.read_message()).findtext(f".//{{{NC}}}host-name") == "nc-r1"
    finally:
        raw.close()


def test_a_hello_without_a_common_base_ends_the_session(device: EmulatorProcess) -> None:
    raw = RawSession(netconf_port(device))
    try:
        hello(raw, capability="urn:example:nothing")
        raw.channel.settimeout(10)
        assert raw.channel.recv(1024) == b""  # closed without a reply
    finally:
        raw.close()


def test_netconf_command_over_exec_and_no_shell(device: EmulatorProcess) -> None:
    transport = paramiko.Transport(("127.0.0.1", netconf_port(device)))
    transport.connect(username=USER, password=PASSWORD)
    try:
        channel = transport.open_session()
        channel.exec_command("xml-mode netconf need-trailer")  # what ncclient falls back to
        channel.settimeout(10)
        data = b""
        while b"]]>]]>" not in data:
            data += channel.recv(65536)
        assert b"<session-id>" in data
        shell = transport.open_session()
        with pytest.raises(paramiko.SSHException):
            shell.invoke_shell()
    finally:
        transport.close()
