"""Load semantics, diff and validation of the configuration engine."""

from __future__ import annotations

import pytest

from jetemu.config import engine
from jetemu.config.engine import ConfigError, ConfigSyntaxError, ConfigTree, ConfigValidationError

BASE = """\
system {
    host-name r1;
    services {
        ssh;
    }
}
interfaces {
    ge-0/0/0 {
        description uplink;
        unit 0 {
            family inet {
                address 10.0.0.1/24;
            }
        }
    }
    ge-0/0/1 {
        mtu 9000;
    }
}
policy-options {
    community c1 {
        members [ 65000:1 65000:2 ];
    }
}
"""


def base() -> ConfigTree:
    return engine.parse(BASE, "text")


def load(text: str, load_type: str, fmt: str | None = None, start: ConfigTree | None = None) -> ConfigTree:
    parsed = engine.parse_load(text, fmt or engine.detect_format(text))  # type: ignore[arg-type]
    return engine.apply_load(start if start is not None else base(), parsed, load_type)  # type: ignore[arg-type]


def sets(tree: ConfigTree) -> list[str]:
    return engine.render(tree, "set").splitlines()


# --- load types ----------------------------------------------------------------------------------


def test_merge_adds_and_overwrites_leaves_keeps_the_rest() -> None:
    new = load("system { host-name r2; } interfaces { ge-0/0/0 { mtu 1500; } }", "merge")
    lines = sets(new)
    assert "set system host-name r2" in lines and "set system host-name r1" not in lines
    assert "set interfaces ge-0/0/0 mtu 1500" in lines
    assert "set interfaces ge-0/0/0 description uplink" in lines
    assert "set interfaces ge-0/0/1 mtu 9000" in lines


def test_merge_adds_leaf_list_values() -> None:
    new = load("policy-options { community c1 { members 65000:3; } }", "merge")
    assert new.get_path(["policy-options", "community", "c1"]) is not None
    assert "set policy-options community c1 members 65000:3" in sets(new)
    assert "set policy-options community c1 members 65000:1" in sets(new)


def test_apply_load_is_pure() -> None:
    start = base()
    before = start.copy()
    load("system { host-name r2; }", "merge", start=start)
    load("delete system host-name", "set", start=start)
    load("interfaces { replace: ge-0/0/0 { mtu 1; } }", "replace", start=start)
    assert start == before


def test_replace_honours_replace_tags_in_every_format() -> None:
    text = load("interfaces { replace: ge-0/0/0 { mtu 1500; } }", "replace")
    xml = load(
        '<configuration><interfaces><interface operation="replace"><name>ge-0/0/0</name><mtu>1500</mtu>'
        "</interface></interfaces></configuration>",
        "replace",
    )
    js = load(
        '{"configuration": {"interfaces": {"interface": [{"name": "ge-0/0/0", "@": {"operation": "replace"},'
        ' "mtu": "1500"}]}}}',
        "replace",
    )
    assert text == xml == js
    lines = sets(text)
    assert "set interfaces ge-0/0/0 mtu 1500" in lines
    assert not any("ge-0/0/0 description" in line or "ge-0/0/0 unit" in line for line in lines)
    assert "set interfaces ge-0/0/1 mtu 9000" in lines


def test_merge_ignores_replace_tags() -> None:
    new = load("interfaces { replace: ge-0/0/0 { mtu 1500; } }", "merge")
    assert "set interfaces ge-0/0/0 description uplink" in sets(new)


def test_delete_tags_in_merge() -> None:
    text = load("system { delete: host-name; } interfaces { delete: ge-0/0/1; }", "merge")
    xml = load(
        '<configuration><system><host-name operation="delete"/></system><interfaces>'
        '<interface operation="delete"><name>ge-0/0/1</name></interface></interfaces></configuration>',
        "merge",
    )
    js = load(
        '{"configuration": {"system": {"@host-name": {"operation": "delete"}}, "interfaces": {"interface":'
        ' [{"name": "ge-0/0/1", "@": {"operation": "delete"}}]}}}',
        "merge",
    )
    assert text == xml == js
    assert not any("host-name" in line or "ge-0/0/1" in line for line in sets(text))


def test_override_replaces_everything_and_update_gives_the_same_tree() -> None:
    new = "system { host-name r9; }"
    assert sets(load(new, "override")) == ["set system host-name r9"]
    assert load(new, "update") == load(new, "override")


def test_inactive_and_active_tags() -> None:
    new = load("interfaces { inactive: ge-0/0/1 { mtu 9000; } }", "merge")
    assert "deactivate interfaces ge-0/0/1" in sets(new)
    again = load("interfaces { active: ge-0/0/1 { mtu 9000; } }", "merge", start=new)
    assert again == base()
    xml = load(
        '<configuration><interfaces><interface inactive="inactive"><name>ge-0/0/1</name></interface>'
        "</interfaces></configuration>",
        "merge",
    )
    assert xml == new


def test_load_set_commands() -> None:
    script = """\
set system host-name r2
delete interfaces ge-0/0/1
deactivate system services ssh
edit interfaces ge-0/0/0 unit 0
set family inet address 10.0.0.2/24
up
set mtu 1400
up
set ge-0/0/3 disable
top
set interfaces ge-0/0/2 unit 5 vlan-id 5
annotate system "managed by ansible"
delete policy-options community c1 members 65000:1
"""
    new = load(script, "set")
    lines = sets(new)
    assert "set system host-name r2" in lines
    assert not any("ge-0/0/1" in line for line in lines)
    assert "deactivate system services ssh" in lines
    assert "set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.2/24" in lines
    assert "set interfaces ge-0/0/0 mtu 1400" in lines
    assert "set interfaces ge-0/0/3 disable" in lines
    assert "set interfaces ge-0/0/2 unit 5 vlan-id 5" in lines
    assert "set policy-options community c1 members 65000:2" in lines
    assert "set policy-options community c1 members 65000:1" not in lines
    assert "/* managed by ansible */\nsystem {" in engine.render(new, "text")


def test_activate_and_insert() -> None:
    t = load(
        "set policy-options policy-statement p term a then accept\n"
        "set policy-options policy-statement p term b then reject\n"
        "insert policy-options policy-statement p term b before term a\n"
        "deactivate policy-options policy-statement p term a\n"
        "activate policy-options policy-statement p term a\n",
        "set",
    )
    text = engine.render(t, "text")
    assert text.index("term b") < text.index("term a")
    assert "inactive" not in text


def test_delete_of_missing_statement_is_a_warning() -> None:
    parsed = engine.parse_load("delete interfaces ge-9/9/9\nset system host-name r3\n", "set")
    new, warnings = engine.apply_load_with_warnings(base(), parsed, "set")
    assert warnings == ["line 1: warning: statement not found: delete interfaces ge-9/9/9"]
    assert "set system host-name r3" in sets(new)


def test_set_commands_with_override_start_from_nothing() -> None:
    assert sets(load("set system host-name z", "override")) == ["set system host-name z"]


def test_tree_input_with_load_set_is_an_error() -> None:
    with pytest.raises(ConfigError, match="load set expects set"):
        load("system { host-name r2; }", "set")


@pytest.mark.parametrize(
    ("text", "fmt", "needle"),
    [
        ("set system host-name r2\nset interfaces ge-0/0/0 unit\n", "set", "line 2: syntax error: missing name"),
        ("set system host-name r2\nedit system\nset host-name [ a b ]\n", "set", "line 3: syntax error"),
        ("set system host-name r2\nset system host-name { x }", "set", "line 2"),
        (
            "set system host-name r2\ninsert interfaces ge-7/7/7 before ge-0/0/0\n",
            "set",
            "line 2: error: statement not found",
        ),
    ],
)
def test_errors_name_the_line_and_nothing_is_applied(text: str, fmt: str, needle: str) -> None:
    start = base()
    with pytest.raises(ConfigError) as info:
        engine.apply_load(start, engine.parse_load(text, fmt), "merge")  # type: ignore[arg-type]
    assert needle in info.value.message
    assert start == base()


def test_unknown_statements_are_syntax_errors_in_every_format() -> None:
    """Junos's schema decides: a typo is refused naming the word, never stored as a guess."""
    with pytest.raises(ConfigSyntaxError, match="line 1: syntax error: gadget"):
        engine.parse_load("system { gadget x; }", "text")
    with pytest.raises(ConfigSyntaxError, match="syntax error: addresss"):
        engine.parse("set interfaces ge-0/0/2 unit 0 family inet addresss 10.9.9.1/24", "set")
    with pytest.raises(ConfigSyntaxError, match="syntax error: no-such-knob"):
        engine.parse("set system no-such-knob 42", "set")
    with pytest.raises(ConfigSyntaxError, match="syntax error: <gadget>"):
        engine.parse_load("<configuration><system><gadget>x</gadget></system></configuration>", "xml")
    with pytest.raises(ConfigSyntaxError, match="syntax error: gadget"):
        engine.parse_load('{"configuration": {"system": {"gadget": "x"}}}', "json")


# --- diff ----------------------------------------------------------------------------------------


def test_diff_equal_is_empty() -> None:
    assert engine.diff(base(), base()) == ""


def test_diff_junos_compare_form() -> None:
    new = load(
        "set system host-name r2\n"
        "set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.2/24\n"
        "delete interfaces ge-0/0/1\n"
        "deactivate system services\n"
        "set routing-options static route 0.0.0.0/0 next-hop 10.0.0.254\n",
        "set",
    )
    # in schema order, each change under its level's header ([edit] comes again for routing-options,
    # after interfaces), as Junos prints its compare
    assert engine.diff(base(), new) == (
        "[edit system]\n"
        "-   host-name r1;\n"
        "+   host-name r2;\n"
        "!   inactive: services { ... }\n"
        "[edit interfaces ge-0/0/0 unit 0 family inet]\n"
        "+   address 10.0.0.2/24;\n"
        "[edit interfaces]\n"
        "-   ge-0/0/1 {\n"
        "-       mtu 9000;\n"
        "-   }\n"
        "[edit]\n"
        "+   routing-options {\n"
        "+       static {\n"
        "+           route 0.0.0.0/0 next-hop 10.0.0.254;\n"
        "+       }\n"
        "+   }\n"
    )


def test_diff_is_ordered_and_path_limited() -> None:
    new = load("set interfaces ge-0/0/0 description downlink\nset system host-name r5\n", "set")
    out = engine.diff(base(), new)
    assert out.index("[edit system]") < out.index("[edit interfaces ge-0/0/0]")
    assert "-   description uplink;\n+   description downlink;" in out
    limited = engine.diff(base(), new, ["interfaces"])
    assert "host-name" not in limited and "description downlink" in limited


def test_diff_shows_activation_and_entry_reorder() -> None:
    a = load(
        "set policy-options policy-statement p term a then accept\n"
        "set policy-options policy-statement p term b then reject\n",
        "set",
    )
    b = load("insert policy-options policy-statement p term b before term a\n", "set", start=a)
    out = engine.diff(a, b)
    assert "[edit policy-options policy-statement p]" in out
    assert "-   term" in out and "+   term" in out
    c = load("deactivate interfaces ge-0/0/1\n", "set")
    assert "!   inactive: ge-0/0/1 { ... }" in engine.diff(base(), c)
    assert "!   active: ge-0/0/1 { ... }" in engine.diff(c, base())


# --- validation ----------------------------------------------------------------------------------


def test_valid_configuration_has_no_errors() -> None:
    assert engine.validate(base()) == []
    engine.check(base())


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            "set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.300/24",
            "[edit interfaces ge-0/0/0 unit 0 family inet]\n  'address 10.0.0.300/24'\n    invalid prefix",
        ),
        (
            "set interfaces ge-0/0/0 unit 0 family inet6 address 10.0.0.1/24",
            "[edit interfaces ge-0/0/0 unit 0 family inet6]\n  'address 10.0.0.1/24'\n    invalid prefix",
        ),
        ("set interfaces foo0 unit 0", "[edit interfaces]\n  'foo0'\n    invalid interface type in 'foo0'"),
        (
            "set interfaces ge-0/0/0 unit x",
            "[edit interfaces ge-0/0/0]\n  'unit x'\n    unit number 'x' is not within range",
        ),
        (
            "set system host-name bad!name",
            "[edit system]\n  'host-name bad!name'\n    Must be a string of alphanumericals, dashes or underscores",
        ),
        (
            "set routing-options static route 10.1.0.0/33 next-hop 10.0.0.1",
            "[edit routing-options static]\n  'route 10.1.0.0/33'\n    invalid prefix: 10.1.0.0/33",
        ),
        (
            "set routing-options static route 10.1.0.0/16 next-hop 10.0.0.999",
            "[edit routing-options static route 10.1.0.0/16]\n  'next-hop 10.0.0.999'\n    invalid next-hop",
        ),
        ("set vlans v1 vlan-id 5000", "[edit vlans v1]\n  'vlan-id 5000'\n    vlan-id '5000' is not within range"),
        ("set apply-groups nope", "[edit]\n  'apply-groups nope'\n    group 'nope' not found"),
    ],
)
def test_validation_messages(command: str, expected: str) -> None:
    tree = load(command, "set")
    errors = engine.validate(tree)
    assert len(errors) == 1
    assert errors[0].startswith(expected)
    with pytest.raises(ConfigValidationError) as info:
        engine.check(tree)
    assert info.value.errors == errors
    assert info.value.message.endswith("\nerror: configuration check-out failed")


def test_inactive_and_group_statements_are_not_validated() -> None:
    tree = load(
        "set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.300/24\n"
        "deactivate interfaces ge-0/0/0 unit 0\n"
        'set groups g interfaces "<*>" mtu 9000\n',
        "set",
    )
    assert engine.validate(tree) == []


def test_next_hop_may_be_an_interface() -> None:
    tree = load("set routing-options static route 10.9.0.0/16 next-hop ge-0/0/0.0", "set")
    assert engine.validate(tree) == []


def test_merge_helper_and_len() -> None:
    top = engine.parse("system { host-name r7; }", "text")
    merged = engine.merge(base(), top)
    assert "set system host-name r7" in sets(merged)
    assert len(merged) == len(base())
