"""The four configuration formats: rendering, parsing, and property-based round trips."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jetemu.config import engine
from jetemu.config.engine import ConfigSyntaxError, ConfigTree
from jetemu.config.schema import SchemaNode
from jetemu.config.schema import load as load_schema
from jetemu.config.tree import EntryList, Leaf, LeafList, Node

SAMPLE = """\
version 21.4R1;
system {
    host-name r1;
    /* management services */
    services {
        netconf {
            ssh;
        }
        ssh;
    }
    name-server {
        8.8.8.8;
        1.1.1.1;
    }
}
interfaces {
    ge-0/0/0 {
        description "uplink to core";
        unit 0 {
            family inet {
                address 10.0.0.1/24;
            }
        }
    }
    inactive: ge-0/0/1 {
        disable;
    }
}
routing-options {
    static {
        route 0.0.0.0/0 next-hop 10.0.0.254;
    }
}
policy-options {
    policy-statement p1 {
        term t1 {
            from {
                protocol static;
                route-filter 10.0.0.0/8 exact;
            }
            then accept;
        }
    }
}
vlans {
    v10 {
        vlan-id 10;
    }
}
"""


def tree() -> ConfigTree:
    return engine.parse(SAMPLE, "text")


def test_text_render_is_identical_to_junos_style_input() -> None:
    assert engine.render(tree(), "text") == SAMPLE


def test_set_render() -> None:
    lines = engine.render(tree(), "set").splitlines()
    assert "set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24" in lines
    assert 'set interfaces ge-0/0/0 description "uplink to core"' in lines
    assert lines.index("deactivate interfaces ge-0/0/1") == lines.index("set interfaces ge-0/0/1 disable") + 1
    assert "set system name-server 8.8.8.8" in lines
    assert "set routing-options static route 0.0.0.0/0 next-hop 10.0.0.254" in lines
    assert "set policy-options policy-statement p1 term t1 from route-filter 10.0.0.0/8 exact" in lines
    assert "set vlans v10 vlan-id 10" in lines


def test_xml_render_uses_junos_elements() -> None:
    xml = engine.render(tree(), "xml")
    assert xml.startswith("<configuration")
    assert "<interface>\n            <name>ge-0/0/0</name>" in xml
    assert '<interface inactive="inactive">' in xml
    assert "<junos:comment>/* management services */</junos:comment>" in xml
    assert "<route-filter>\n" in xml and "<address>10.0.0.0/8</address>" in xml
    assert "<vlan>\n            <name>v10</name>" in xml


def test_json_render_uses_junos_conventions() -> None:
    data = json.loads(engine.render(tree(), "json"))["configuration"]
    ifaces = data["interfaces"]["interface"]
    assert ifaces[0]["name"] == "ge-0/0/0"
    assert ifaces[1]["@"] == {"inactive": True}
    assert ifaces[1]["disable"] == [None]
    assert data["system"]["services"]["@"] == {"comment": "/* management services */"}
    assert data["routing-options"]["static"]["route"][0]["next-hop"] == ["10.0.0.254"]


@pytest.mark.parametrize("fmt", ["text", "set", "xml", "json"])
def test_sample_round_trips(fmt: str) -> None:
    original = tree()
    again = engine.parse(engine.render(original, fmt), fmt)  # type: ignore[arg-type]
    if fmt == "set":  # display set has no annotations (as on Junos)
        original = strip_comments(original)
    assert again == original


def test_render_path_wraps_subtree_in_parents() -> None:
    text = engine.render(tree(), "text", ["interfaces", "ge-0/0/0", "unit", "0"])
    assert text.splitlines()[0] == "interfaces {"
    assert "address 10.0.0.1/24;" in text and "description" not in text
    assert engine.render(tree(), "set", ["system", "host-name"]) == "set system host-name r1\n"
    assert engine.render(tree(), "text", ["interfaces", "ge-9/9/9"]) == ""


def test_get_path() -> None:
    sub = tree().get_path(["interfaces", "ge-0/0/0"])
    assert sub is not None and "unit" in sub.root.children
    assert tree().get_path(["interfaces", "xe-1/1/1"]) is None


def test_detect_format() -> None:
    assert engine.detect_format("  <configuration/>") == "xml"
    assert engine.detect_format('{"configuration": {}}') == "json"
    assert engine.detect_format("# c\nset system host-name a\n") == "set"
    assert engine.detect_format("delete interfaces\n") == "set"
    assert engine.detect_format("system { host-name a; }") == "text"


def test_secrets_show_as_secret_data_in_text_and_compare() -> None:
    """Devices print ``"..."; ## SECRET-DATA`` after secrets (encrypted passwords, keys, shared
    secrets) in ``show configuration`` and ``show | compare``, not in the other formats."""
    lines = (
        'set system login user u authentication encrypted-password "$6$salt$hash"\n'
        'set system tacplus-server 192.0.2.9 secret "$9$abc"\n'
        "set system tacplus-server 192.0.2.9 timeout 5\n"
        'set protocols bgp group g neighbor 192.0.2.2 authentication-key "$9$def"\n'
        'set protocols ospf area 0.0.0.0 interface ge-0/0/0.0 authentication md5 1 key "$9$ghi"\n'
        'set system root-authentication ssh-rsa "ssh-rsa AAAAB3Nza lab key"\n'
        "set system host-name r1\n"
    )
    tree = engine.parse(lines, "set")
    text = engine.render(tree, "text")
    assert 'encrypted-password "$6$salt$hash"; ## SECRET-DATA\n' in text
    assert 'secret "$9$abc"; ## SECRET-DATA\n' in text
    assert 'authentication-key "$9$def"; ## SECRET-DATA\n' in text
    assert 'md5 1 key "$9$ghi"; ## SECRET-DATA\n' in text
    assert 'ssh-rsa "ssh-rsa AAAAB3Nza lab key"; ## SECRET-DATA\n' in text
    assert text.count("SECRET-DATA") == 5  # not after host-name, timeout
    assert engine.parse(text, "text") == tree
    for fmt in ("set", "xml", "json"):
        assert "SECRET-DATA" not in engine.render(tree, fmt)
    assert 'authentication-key "$9$def"; ## SECRET-DATA\n' in engine.diff(engine.parse("", "set"), tree)


def test_deprecated_statements_show_a_warning_in_text() -> None:
    """Statements the YANG marks ``status deprecated`` show Junos's warning after them (devices:
    ``boot-server 192.0.2.1; ## Warning: 'boot-server' is deprecated`` on an MX, ``queue-size
    2000; ## Warning: 'queue-size' is deprecated`` on an SRX screen)."""
    mx = engine.parse("set system ntp boot-server 192.0.2.1\nset system ntp server 192.0.2.1\n", "set")
    text = engine.render(mx, "text")
    assert "        boot-server 192.0.2.1; ## Warning: 'boot-server' is deprecated\n" in text
    assert "        server 192.0.2.1;\n" in text
    assert engine.parse(text, "text") == mx
    assert "Warning" not in engine.render(mx, "set") + engine.render(mx, "xml") + engine.render(mx, "json")
    srx = engine.parse(
        "set security screen ids-option s tcp syn-flood queue-size 2000\n", "set", load_schema("junos-es")
    )
    assert "queue-size 2000; ## Warning: 'queue-size' is deprecated\n" in engine.render(srx, "text")


def test_lists_show_in_the_order_devices_show_them() -> None:
    """As ``show configuration | display set`` of vMX/vSRX/vQFX devices shows them (github
    batfish/lab-validation): names by plain character order, numbers and addresses by value,
    and syslog files, prefix lists, policers and static routes in the order configured."""
    tree = engine.parse(
        "set policy-options community MARK-2 members 65001:2\n"
        "set policy-options community MARK-10 members 65001:10\n"
        "set policy-options community MARK-1 members 65001:1\n"
        "set policy-options prefix-list peers 78.93.180.80/32\n"
        "set policy-options prefix-list peers 109.235.246.70/32\n"
        "set policy-options prefix-list peers 52.15.165.117/32\n"
        "set policy-options prefix-list OUT_P\n"
        "set policy-options prefix-list OUT_G\n"
        "set system syslog file messages any notice\n"
        "set system syslog file interactive-commands interactive-commands any\n"
        "set routing-options static route 147.75.69.27/32 discard\n"
        "set routing-options static route 59.1.33.1/32 discard\n"
        "set firewall policer UDP if-exceeding bandwidth-limit 1m burst-size-limit 15k\n"
        "set firewall policer ICMP if-exceeding bandwidth-limit 1m burst-size-limit 15k\n"
        "set interfaces ge-0/0/0 unit 10 family inet\n"
        "set interfaces ge-0/0/0 unit 2 family inet\n",
        "set",
    )
    lines = engine.render(tree, "set").splitlines()

    def order(prefix: str, at: int) -> list[str]:
        return list(dict.fromkeys(line.split()[at] for line in lines if line.startswith(prefix)))

    assert order("set policy-options community ", 3) == ["MARK-1", "MARK-10", "MARK-2"]
    assert order("set policy-options prefix-list peers ", 4) == [
        "52.15.165.117/32",
        "78.93.180.80/32",
        "109.235.246.70/32",
    ]
    assert order("set policy-options prefix-list ", 3) == ["peers", "OUT_P", "OUT_G"]
    assert order("set system syslog file ", 4) == ["messages", "interactive-commands"]
    assert order("set routing-options static route ", 4) == ["147.75.69.27/32", "59.1.33.1/32"]
    assert order("set firewall policer ", 3) == ["UDP", "ICMP"]
    assert order("set interfaces ge-0/0/0 unit ", 4) == ["2", "10"]


def test_text_accepts_compressed_and_oneliner_forms() -> None:
    a = engine.parse("interfaces { ge-0/0/0 unit 0 family inet address 10.1.1.1/24; }", "text")
    b = engine.parse("set interfaces ge-0/0/0 unit 0 family inet address 10.1.1.1/24", "set")
    assert a == b
    c = engine.parse(
        "system { services { extension-service { request-response {"
        " grpc clear-text address 127.0.0.1 port 50051; } } } }",
        "text",
    )
    grpc = c.get_path(["system", "services", "extension-service", "request-response", "grpc", "clear-text"])
    assert grpc is not None
    assert grpc.root.children["address"].value == "127.0.0.1"  # type: ignore[union-attr]
    assert grpc.root.children["port"].value == "50051"  # type: ignore[union-attr]


def test_statements_take_their_schema_kind() -> None:
    t = engine.parse(
        "system { services { ssh; } name-server { 8.8.8.8; } } routing-options { autonomous-system 65000; }", "text"
    )
    system = t.root.children["system"]
    assert isinstance(system, Node)
    assert isinstance(system.children["name-server"], EntryList)
    services = system.children["services"]
    assert isinstance(services, Node) and isinstance(services.children["ssh"], Node)
    asn = t.root.children["routing-options"].children["autonomous-system"]  # type: ignore[union-attr]
    assert isinstance(asn, Node) and asn.children["as-number"].value == "65000"  # type: ignore[union-attr]


def test_xml_configuration_set_wrapper_and_text_wrapper() -> None:
    a = engine.parse("<configuration-set>\nset system host-name r9\n</configuration-set>", "xml")
    b = engine.parse("<configuration-text>system { host-name r9; }</configuration-text>", "xml")
    assert a == b == engine.parse("set system host-name r9", "set")


def test_xml_prolog_namespaces_and_bare_statements() -> None:
    xml = (
        '<?xml version="1.0"?>\n<configuration xmlns:junos="http://xml.juniper.net/junos/*/junos">'
        "<system><host-name>r1</host-name></system></configuration>"
    )
    assert engine.parse(xml, "xml") == engine.parse("system { host-name r1; }", "text")
    bare = "<system><host-name>r1</host-name></system><interfaces/>"
    assert engine.parse(bare, "xml") == engine.parse("system { host-name r1; } interfaces;", "text")


def test_filter_xml() -> None:
    t = tree()
    got = engine.filter_xml(
        t, "<configuration><interfaces><interface><name>ge-0/0/0</name></interface></interfaces></configuration>"
    )
    assert engine.render(got, "set") == (
        'set interfaces ge-0/0/0 description "uplink to core"\n'
        "set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24\n"
    )
    assert engine.filter_xml(t, "<configuration><system><host-name/></system></configuration>") == engine.parse(
        "system { host-name r1; }", "text"
    )
    assert engine.filter_xml(t, "<configuration><snmp/></configuration>").is_empty()


def test_to_data_round_trip_and_bad_data() -> None:
    t = tree()
    data = json.loads(json.dumps(t.to_data()))
    assert ConfigTree.from_data(data) == t
    with pytest.raises(ValueError):
        ConfigTree.from_data({"format": "other"})
    with pytest.raises(ValueError):
        ConfigTree.from_data({"format": data["format"], "root": {"c": [["x", {"z": 1}]]}})


@pytest.mark.parametrize(
    ("fmt", "text", "needle"),
    [
        ("text", "system {\n    host-name r1;\n", "line 1: syntax error: missing '}'"),
        ("text", "system {\n  host-name r1\n}\n", "line 3: syntax error: missing ';'"),
        ("text", "system { host-name r1; }\nbogus { x; }\n", "line 2: syntax error: bogus"),
        ("text", 'system {\n description "open;\n}', "line 2: syntax error: unterminated quoted string"),
        ("text", "system { host-name; }", "line 1: syntax error: missing value for 'host-name'"),
        ("text", "interfaces { ge-0/0/0 { unit { } } }", "missing name after 'unit'"),
        ("text", "}", "line 1: syntax error: unexpected '}'"),
        ("set", "set system host-name r1\nset bogus x\n", "line 2: syntax error: bogus"),
        ("set", "set system host-name r1\nfrobnicate system\n", "line 2: syntax error: unknown command 'frobnicate'"),
        ("set", "set system { host-name r1 }", "line 1: syntax error: unexpected '{'"),
        ("set", "set system host-name [ a b\n", "line 1: syntax error: missing ']'"),
        ("xml", "<configuration><system><host-name>r1</system></configuration>", "line 1: syntax error: malformed XML"),
        (
            "xml",
            "<configuration>\n<bogus/>\n</configuration>",
            "line 2: syntax error: <bogus>",
        ),
        (
            "xml",
            "<configuration><interfaces><interface><unit/></interface></interfaces></configuration>",
            "has no <name>",
        ),
        ("xml", '<!DOCTYPE x [<!ENTITY a "b">]><configuration/>', "DTDs and entity declarations"),
        ("xml", "<configuration><system><host-name><x/></host-name></system></configuration>", "takes a value"),
        ("json", '{"configuration": {"system": {"host-name": "r1"}', "syntax error: malformed JSON"),
        ("json", '{"configuration": {"bogus": {}}}', "syntax error: bogus"),
        ("json", '{"configuration": {"system": {"host-name": true}}}', "invalid value true"),
        ("json", '{"configuration": {"interfaces": {"interface": [{"mtu": 1}]}}}', 'has no "name"'),
        ("json", '{"configuration": {"system": {"host-name": "a", "host-name": "b"}}}', "duplicate key 'host-name'"),
    ],
)
def test_bad_input_names_the_problem(fmt: str, text: str, needle: str) -> None:
    with pytest.raises(ConfigSyntaxError) as info:
        engine.parse_load(text, fmt)  # type: ignore[arg-type]
    assert needle in info.value.message
    if fmt in ("text", "set") and needle.startswith("line "):
        assert info.value.line == int(needle.split(":")[0].split()[1])


# --- property-based round trips ------------------------------------------------------------------

UNKNOWN_TAGS = ["knob", "widget-x", "gadget2", "zeta.mode", "opt-a"]
_chars = st.characters(min_codepoint=32, max_codepoint=126) | st.sampled_from("éß→中")
VALUE = st.text(_chars, min_size=1, max_size=10).filter(lambda s: s == s.strip())
NAME = st.one_of(
    VALUE,
    st.sampled_from(["ge-0/0/0", "10.0.0.0/8", "0", "unit", "family", "inactive:", "[x]", "a b", 'q"t', "/*c"]),
)
COMMENT = st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=12).filter(
    lambda s: s == s.strip() and "*/" not in s and "/*" not in s
)


def strip_comments(t: ConfigTree) -> ConfigTree:
    def node(n: Node) -> None:
        n.comment = None
        for item in n.children.values():
            if isinstance(item, EntryList):
                for entry in item.entries.values():
                    node(entry)
            elif isinstance(item, Node):
                node(item)
            else:
                item.comment = None

    copy = t.copy()
    node(copy.root)
    return copy


@st.composite
def trees(draw: st.DrawFn, set_safe: bool = False) -> ConfigTree:
    """Trees mixing schema-known statements and unknown ones.

    ``set_safe``: only unknown shapes that the set form can express without a schema (leaves,
    flags, bracketed leaf-lists); text, XML and JSON take any shape.
    """

    def meta(item: Node | Leaf | LeafList) -> None:
        if draw(st.integers(0, 4)) == 0:
            item.inactive = True
        if draw(st.integers(0, 5)) == 0:
            item.comment = draw(COMMENT)

    def build(sch: SchemaNode, depth: int, top: bool = False) -> Node:
        node = Node()
        if top:
            known = [sch.child(t) for t in TOP_TAGS]
        else:
            known = [
                c
                for c in sch.children
                if c.name not in sch.keys and not c.name.startswith("apply-") and len(c.keys) < 2
            ]
        count = draw(st.integers(1 if top else 0, 4 if depth < 3 else 0))
        positional_used = False
        for _ in range(count):
            if not known:
                break
            cs = draw(st.sampled_from(known))
            assert cs is not None
            tag = cs.name
            if tag in node.children or any(other in node.children for other in sch.excludes.get(tag, ())):
                continue
            if cs.nokeyword:
                if positional_used:
                    continue
                positional_used = True
            kind = cs.kind
            item: Node | Leaf | LeafList | EntryList
            if kind == "flag":
                item = Node()
            elif kind in ("container", "presence"):
                item = build(cs, depth + 1)
                if kind == "container" and not item.children:
                    continue
            elif kind == "leaf":
                item = Leaf(draw(VALUE))
            elif kind == "leaflist":
                item = LeafList(draw(st.lists(VALUE, min_size=1, max_size=3, unique=True)))
            else:
                item = EntryList(cs.keys[0], cs.user_order)
                for name in draw(st.lists(NAME, min_size=1, max_size=3, unique=True)):
                    entry = build(cs, depth + 1)
                    meta(entry)
                    item.entries[name] = entry
            if not isinstance(item, EntryList):
                meta(item)
            node.children[tag] = item
        return node

    return ConfigTree(build(load_schema().root, 0, top=True))


TOP_TAGS = ["system", "interfaces", "routing-options", "policy-options", "firewall", "snmp", "vlans", "protocols"]
PROPS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(trees())
def test_text_round_trip(t: ConfigTree) -> None:
    assert engine.parse(engine.render(t, "text"), "text") == t


@PROPS
@given(trees())
def test_xml_round_trip(t: ConfigTree) -> None:
    assert engine.parse(engine.render(t, "xml"), "xml") == t


@PROPS
@given(trees())
def test_json_round_trip(t: ConfigTree) -> None:
    assert engine.parse(engine.render(t, "json"), "json") == t


@PROPS
@given(trees(set_safe=True))
def test_set_round_trip(t: ConfigTree) -> None:
    assert engine.parse(engine.render(t, "set"), "set") == strip_comments(t)


@PROPS
@given(trees())
def test_data_round_trip_and_diff_of_equal_trees_is_empty(t: ConfigTree) -> None:
    again = ConfigTree.from_data(json.loads(json.dumps(t.to_data())))
    assert again == t
    assert engine.diff(t, again) == ""
