"""Configuration groups: apply-groups, apply-groups-except and wildcards expanded as Junos does, for
commit check, ``show configuration | display inheritance`` and ``<get-configuration inherit>``."""

from __future__ import annotations

import pytest

from jetemu.config import engine
from jetemu.config.database import ConfigDatabase, SessionRef
from jetemu.config.rpc import config_set, handle_cli, handle_rpc

ALICE = SessionRef(session_id=1, user="alice", client_id="app-a")

SAMPLE = """\
groups {
    foo {
        system {
            default-address-selection;
            services {
                netconf {
                    ssh;
                }
            }
        }
    }
    jumbo {
        interfaces {
            <ge-*> {
                mtu 9192;
                unit <*> {
                    family inet {
                        mtu 9000;
                    }
                }
            }
            xe-0/0/9 {
                description from-group;
            }
        }
    }
}
apply-groups [ foo jumbo ];
system {
    host-name vr1;
    services {
        ssh;
    }
}
interfaces {
    ge-0/0/0 {
        unit 0 {
            family inet {
                address 10.0.0.1/24;
            }
        }
    }
    ge-0/0/1 {
        apply-groups-except jumbo;
        mtu 1500;
    }
    lo0 {
        unit 0;
    }
}
"""


def expanded_set(text: str) -> list[str]:
    tree = engine.inherit(engine.parse(text, "text"), marks=False)
    return [line for line in engine.render(tree, "set").splitlines() if not line.startswith("set groups ")]


def test_display_inheritance_marks_each_inherited_statement() -> None:
    tree = engine.inherit(engine.parse(SAMPLE, "text"))
    text = engine.render(tree, "text", ["system"])
    assert text == (
        "system {\n"
        "    host-name vr1;\n"
        "    services {\n"
        "        ##\n"
        "        ## 'netconf' was inherited from group 'foo'\n"
        "        ##\n"
        "        netconf {\n"
        "            ##\n"
        "            ## 'ssh' was inherited from group 'foo'\n"
        "            ##\n"
        "            ssh;\n"
        "        }\n"
        "        ssh;\n"
        "    }\n"
        "    ##\n"
        "    ## 'default-address-selection' was inherited from group 'foo'\n"
        "    ##\n"
        "    default-address-selection;\n"
        "}\n"
    )
    interfaces = engine.render(tree, "text", ["interfaces", "ge-0/0/0"])
    assert "        ## '9192' was inherited from group 'jumbo'\n        ##\n        mtu 9192;" in interfaces


def test_wildcards_apply_to_matching_entries_and_never_create_them() -> None:
    lines = expanded_set(SAMPLE)
    assert "set interfaces ge-0/0/0 mtu 9192" in lines
    assert "set interfaces ge-0/0/0 unit 0 family inet mtu 9000" in lines
    assert not any(line.startswith("set interfaces lo0 mtu") for line in lines)  # <ge-*> only
    assert "set interfaces xe-0/0/9 description from-group" in lines  # a named entry is created
    assert not any("<" in line for line in lines)
    # apply-groups-except stops the group below ge-0/0/1; its own mtu stays
    assert "set interfaces ge-0/0/1 mtu 1500" in lines and "set interfaces ge-0/0/1 mtu 9192" not in lines
    # the groups themselves and apply-groups stay in the configuration, as Junos shows them
    everything = engine.render(engine.inherit(engine.parse(SAMPLE, "text")), "set")
    assert "set groups jumbo interfaces <ge-*> mtu 9192" in everything and "set apply-groups foo" in everything


def test_precedence_configuration_then_first_group_then_deeper_groups_first() -> None:
    text = (
        "set groups a system host-name from-a\n"
        "set groups a system domain-name a.example\n"
        "set groups a interfaces ge-0/0/0 description from-a\n"
        "set groups b system host-name from-b\n"
        "set groups b system time-zone UTC\n"
        "set groups b interfaces ge-0/0/0 description from-b\n"
        "set groups b interfaces ge-0/0/0 mtu 2000\n"
        "set apply-groups a\n"
        "set apply-groups b\n"
        "set system domain-name own.example\n"
        "set interfaces ge-0/0/0 apply-groups b\n"
    )
    tree = engine.inherit(engine.parse(text, "set"), marks=False)
    lines = engine.render(tree, "set").splitlines()
    assert "set system host-name from-a" in lines  # first listed group wins
    assert "set system domain-name own.example" in lines  # the configuration wins
    assert "set system time-zone UTC" in lines  # what the first group lacks comes from the next
    assert "set interfaces ge-0/0/0 description from-b" in lines  # applied deeper: wins
    assert "set interfaces ge-0/0/0 mtu 2000" in lines


def test_commit_check_checks_what_groups_bring_where_they_are_applied() -> None:
    bad_group = "set groups bad interfaces ge-0/0/0 unit 0 family inet address 10.0.0.300/24\n"
    # a group that is not applied is not checked (it may hold wildcards)
    assert engine.validate(engine.parse(bad_group, "set")) == []
    errors = engine.validate(engine.parse(bad_group + "set apply-groups bad\n", "set"))
    assert len(errors) == 1
    assert errors[0].startswith("[edit interfaces ge-0/0/0 unit 0 family inet]")
    assert "10.0.0.300/24" in errors[0]
    with pytest.raises(engine.ConfigValidationError, match="group 'missing' not found"):
        engine.check(engine.parse("set apply-groups missing\n", "set"))


def test_chassis_cluster_node_groups() -> None:
    """``apply-groups "${node}"`` (chassis cluster): a standalone device is node 0."""
    text = (
        'set groups node0 system host-name fw-a\nset groups node1 system host-name fw-b\nset apply-groups "${node}"\n'
    )
    tree = engine.parse(text, "set")
    assert engine.validate(tree) == []
    assert "set system host-name fw-a" in engine.render(engine.inherit(tree), "set").splitlines()


def test_inactive_groups_and_statements_are_not_inherited() -> None:
    text = (
        "set groups g system host-name from-g\n"
        "set groups g system time-zone UTC\n"
        "deactivate groups g system time-zone\n"
        "set groups off system domain-name off.example\n"
        "deactivate groups off\n"
        "set apply-groups g\n"
        "set apply-groups off\n"
    )
    lines = engine.render(engine.inherit(engine.parse(text, "set"), marks=False), "set").splitlines()
    assert "set system host-name from-g" in lines
    assert not any(line.startswith(("set system time-zone", "set system domain-name")) for line in lines)


def test_show_configuration_display_inheritance_and_get_configuration_inherit() -> None:
    db = ConfigDatabase()
    ok, message = config_set(db, ALICE, text_config=SAMPLE, load_type="merge")
    assert ok, message
    shown = handle_cli(db, ALICE, "show configuration interfaces | display inheritance", "text")
    assert shown is not None and "## 'xe-0/0/9' was inherited from group 'jumbo'" in shown
    plain = handle_cli(db, ALICE, "show configuration interfaces | display inheritance no-comments", "text")
    assert plain is not None and "##" not in plain and "xe-0/0/9 {" in plain
    as_set = handle_cli(db, ALICE, "show configuration | display inheritance | display set", "text")
    assert as_set is not None and "set interfaces ge-0/0/0 mtu 9192" in as_set.splitlines()
    xml = handle_rpc(db, ALICE, '<get-configuration database="committed" inherit="inherit" groups="groups"/>', "xml")
    assert xml is not None and '<mtu junos:group="jumbo">9192</mtu>' in xml
    xml = handle_rpc(db, ALICE, '<get-configuration database="committed" inherit="inherit"/>', "xml")
    assert xml is not None and "<mtu>9192</mtu>" in xml and "junos:group" not in xml
    # without inheritance, only the configuration as written
    assert "9192" not in (handle_cli(db, ALICE, "show configuration interfaces ge-0/0/0", "text") or "")


def test_the_device_runs_the_configuration_with_groups_expanded(emulator_factory) -> None:  # type: ignore[no-untyped-def]
    """The daemons see inherited statements: a group that disables an interface takes it down."""
    from emutest import PASSWORD, USER, connect

    from jetemu.proto import jnx_management_service_pb2 as v2_mgmt

    emu = emulator_factory("--port", "0", "--user", f"{USER}:{PASSWORD}")
    client = connect(emu.target())
    assert client.login().status.code == 0
    request = v2_mgmt.ConfigSetRequest(
        text_config='set groups down interfaces "<ge-0/0/[12]>" disable\nset apply-groups down\n',
        load_type=v2_mgmt.CONFIG_LOAD_SET,
        commit=v2_mgmt.ConfigCommit(),
    )
    status = client.mgmt.ConfigSet(request, timeout=30).status
    assert status.code == 0, status.message
    # the wildcard names no configured interface yet: nothing changes
    _, terse = client.op(cli="show interfaces terse", fmt=v2_mgmt.OP_COMMAND_OUTPUT_CLI)
    assert next(x for x in terse.splitlines() if x.startswith("ge-0/0/1 ")).split()[1:3] == ["up", "up"]
    request = v2_mgmt.ConfigSetRequest(
        text_config="set interfaces ge-0/0/1 description uplink\n",
        load_type=v2_mgmt.CONFIG_LOAD_SET,
        commit=v2_mgmt.ConfigCommit(),
    )
    status = client.mgmt.ConfigSet(request, timeout=30).status
    assert status.code == 0, status.message
    _, terse = client.op(cli="show interfaces terse", fmt=v2_mgmt.OP_COMMAND_OUTPUT_CLI)
    assert next(x for x in terse.splitlines() if x.startswith("ge-0/0/1 ")).split()[1:3] == ["down", "down"]
    assert next(x for x in terse.splitlines() if x.startswith("ge-0/0/2 ")).split()[1:3] == ["up", "up"]
    client.close()


def test_compare_of_groups_and_logical_systems() -> None:
    """Changes inside groups and logical systems compare under their own headers; a new group or
    logical system appears under ``[edit groups]`` / ``[edit logical-systems]``."""
    base = engine.parse(
        "set groups G interfaces <ge-*> mtu 9000\n"
        "set apply-groups G\n"
        "set logical-systems LS1 interfaces ge-0/0/1 unit 0 family inet address 10.0.0.1/24\n",
        "set",
    )
    new = engine.apply_load(
        base,
        engine.parse_load(
            "set groups G interfaces <ge-*> mtu 9192\n"
            "set groups H system host-name x\n"
            "delete logical-systems LS1 interfaces ge-0/0/1 unit 0 family inet address 10.0.0.1/24\n"
            "set logical-systems LS2 routing-options static route 0.0.0.0/0 next-hop 10.0.0.2\n",
            "set",
        ),
        "set",
    )
    diff = engine.diff(base, new)
    assert diff == (
        "[edit groups G interfaces <ge-*>]\n"
        "-   mtu 9000;\n"
        "+   mtu 9192;\n"
        "[edit groups]\n"
        "+   H {\n"
        "+       system {\n"
        "+           host-name x;\n"
        "+       }\n"
        "+   }\n"
        "[edit logical-systems LS1 interfaces ge-0/0/1 unit 0 family inet]\n"
        "-   address 10.0.0.1/24;\n"
        "[edit logical-systems]\n"
        "+   LS2 {\n"
        "+       routing-options {\n"
        "+           static {\n"
        "+               route 0.0.0.0/0 next-hop 10.0.0.2;\n"
        "+           }\n"
        "+       }\n"
        "+   }\n"
    )
    assert engine.apply_patch(base, diff) == (new, [])
