"""The engine against a corpus of configurations after Juniper's documentation examples
(``corpus/``, see its README), and the cases issue 11 measured on public configurations.

For each configuration: it loads in its format and schema family with nothing lost (its
``display set`` is the hand-written expected one), it passes commit check, it round-trips through
every format, and an edit compares as Junos shows it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jetemu.config import engine
from jetemu.config.engine import ConfigSyntaxError, ConfigTree
from jetemu.config.schema import load as load_schema
from jetemu.config.tree import EntryList, Node
from jetemu.config.xmlfmt import parse_dom

CORPUS = Path(__file__).resolve().parent / "corpus"
FORMATS = ("text", "set", "xml", "json")
# <family>__<name>.<format>: the examples (not their .expected.set / .inherited.set)
EXAMPLES = sorted(
    path for path in CORPUS.iterdir() if path.suffix in (".text", ".set", ".xml", ".json") and path.name.count(".") == 1
)


def without_annotations(tree: ConfigTree) -> ConfigTree:
    """The set form shows no annotations (``/* */``): what a set round trip keeps."""

    def strip(node: Node) -> None:
        node.comment = None
        for item in node.children.values():
            if isinstance(item, EntryList):
                for entry in item.entries.values():
                    strip(entry)
            elif isinstance(item, Node):
                strip(item)
            else:
                item.comment = None

    copy = tree.copy()
    strip(copy.root)
    return copy


def load_example(path: Path) -> ConfigTree:
    family = path.name.split("__")[0]
    fmt = path.suffix[1:]
    return engine.parse(path.read_text(), fmt, load_schema(family))  # type: ignore[arg-type]


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_loads_whole_and_commits(path: Path) -> None:
    tree = load_example(path)
    expected = (CORPUS / f"{path.stem}.expected.set").read_text().splitlines()
    shown = engine.render(tree, "set").splitlines()
    assert sorted(shown) == sorted(expected)
    assert engine.parse("\n".join(expected), "set", tree.schema) == without_annotations(tree)
    assert engine.validate(tree) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_round_trips_through_every_format(path: Path) -> None:
    tree = load_example(path)
    for fmt in FORMATS:
        rendered = engine.render(tree, fmt)
        if fmt == "xml":
            parse_dom(rendered)  # well-formed
        again = engine.parse(rendered, fmt, tree.schema)
        assert again == (without_annotations(tree) if fmt == "set" else tree), fmt
        # rendering the re-parsed tree gives the same text: one canonical form per format
        assert engine.render(again, fmt) == rendered, fmt


def test_groups_example_inherits_as_junos() -> None:
    tree = load_example(CORPUS / "junos__groups.text")
    inherited = engine.render(engine.inherit(tree, marks=False), "set").splitlines()
    kept = [line for line in inherited if not line.startswith(("set groups ", "set apply-groups "))]
    assert sorted(kept) == sorted((CORPUS / "junos__groups.inherited.set").read_text().splitlines())


def test_edits_compare_as_junos_shows_them() -> None:
    tree = load_example(CORPUS / "junos__mx-pe.text")
    edited = engine.apply_load(
        tree,
        engine.parse_load(
            "set interfaces ge-0/0/0 mtu 9000\n"
            "delete protocols bgp group ibgp neighbor 10.255.0.3\n"
            "set protocols bgp group ibgp neighbor 10.255.0.4 description pe4\n"
            "deactivate protocols ospf\n"
            "set policy-options community cust-b members target:65000:200\n",
            "set",
        ),
        "set",
    )
    assert engine.diff(tree, edited) == (
        "[edit interfaces ge-0/0/0]\n"
        "-   mtu 9192;\n"
        "+   mtu 9000;\n"
        "[edit protocols bgp group ibgp]\n"
        "+   neighbor 10.255.0.4 {\n"
        "+       description pe4;\n"
        "+   }\n"
        "-   neighbor 10.255.0.3 {\n"
        "-       description pe3;\n"
        "-   }\n"
        "[edit protocols]\n"
        "!   inactive: ospf { ... }\n"
        "[edit policy-options]\n"
        "+   community cust-b members target:65000:200;\n"
    )
    # the compare, loaded as a patch, makes the same edit
    assert engine.apply_patch(tree, engine.diff(tree, edited)) == (edited, [])


def test_inserted_terms_show_in_their_new_order() -> None:
    tree = load_example(CORPUS / "junos__mx-protect-re.set")
    terms = [line.split()[7] for line in engine.render(tree, "set").splitlines() if " filter protect-re term " in line]
    assert list(dict.fromkeys(terms)) == ["bgp", "icmp", "ssh", "default"]


def test_first_keys_other_than_name_read_with_their_keyword() -> None:
    """``drop-profile-map loss-priority high protocol any``, ``control-ports fpc 1 port 0``: Junos
    shows (and wants) the keyword of a first key that is not ``name``."""
    tree = load_example(CORPUS / "junos__mx-cos.xml")
    assert "drop-profile-map loss-priority high protocol any drop-profile af-high;" in engine.render(tree, "text")
    ports = "set chassis cluster control-ports fpc 1 port 0\nset chassis cluster control-ports fpc 4 port 0\n"
    srx = engine.parse(ports, "set", SRX)
    assert "control-ports {\n            fpc 1 port 0;\n            fpc 4 port 0;\n        }" in engine.render(
        srx, "text"
    )
    assert engine.render(srx, "set") == ports
    for fmt in FORMATS:
        assert engine.parse(engine.render(srx, fmt), fmt, SRX) == srx, fmt
    with pytest.raises(ConfigSyntaxError, match="missing fpc"):
        engine.parse("set chassis cluster control-ports 1 port 0\n", "set", SRX)


# --- the cases issue 11 measured on public configurations ----------------------------------------

SRX = load_schema("junos-es")


@pytest.mark.parametrize(
    ("text", "fmt", "schema", "expected"),
    [
        # SRX global address book, tacplus servers by address, vrf-target in its block form
        (
            "security { address-book { global { address a1 10.0.0.1/32; address-set s1 { address a1; } } } }",
            "text",
            SRX,
            [
                "set security address-book global address a1 10.0.0.1/32",
                "set security address-book global address-set s1 address a1",
            ],
        ),
        (
            "system { tacplus-server 10.1.0.1 { secret s3cret; timeout 5; } }",
            "text",
            None,
            ["set system tacplus-server 10.1.0.1 secret s3cret", "set system tacplus-server 10.1.0.1 timeout 5"],
        ),
        (
            "routing-instances { v { instance-type vrf; vrf-target { target:65000:1; auto; } } }",
            "text",
            None,
            [
                "set routing-instances v instance-type vrf",
                "set routing-instances v vrf-target target:65000:1",
                "set routing-instances v vrf-target auto",
            ],
        ),
        # the XML devices print
        (
            "<configuration><routing-options><autonomous-system><as-number>65000</as-number>"
            "<loops>2</loops></autonomous-system></routing-options></configuration>",
            "xml",
            None,
            ["set routing-options autonomous-system 65000", "set routing-options autonomous-system loops 2"],
        ),
        # multi-value keywords keep every value
        (
            "set security policies from-zone a to-zone b policy p match application a1\n"
            "set security policies from-zone a to-zone b policy p match application a2\n",
            "set",
            SRX,
            [
                "set security policies from-zone a to-zone b policy p match application a1",
                "set security policies from-zone a to-zone b policy p match application a2",
            ],
        ),
        (
            "set routing-options autonomous-system 1\nset routing-options autonomous-system loops 2\n",
            "set",
            None,
            ["set routing-options autonomous-system 1", "set routing-options autonomous-system loops 2"],
        ),
        (
            "set class-of-service schedulers be transmit-rate percent 40\n",
            "set",
            None,
            ["set class-of-service schedulers be transmit-rate percent 40"],
        ),
    ],
)
def test_public_configuration_cases_load_whole(text: str, fmt: str, schema, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    tree = engine.parse(text, fmt, schema)  # type: ignore[arg-type]
    assert engine.render(tree, "set").splitlines() == expected
    for out in FORMATS:
        assert engine.parse(engine.render(tree, out), out, tree.schema) == tree, out
    assert engine.validate(tree) == []


def test_xml_renders_are_well_formed_for_values_that_look_like_tags() -> None:
    tree = engine.parse(
        "set snmp rmon alarm 1 variable ifInOctets.1\n"
        "set snmp rmon alarm 1 rising-threshold 10\n"
        "set snmp rmon alarm 1 falling-threshold 1\n"
        "set policy-options prefix-list lo 127.0.0.1/32\n",
        "set",
    )
    xml = engine.render(tree, "xml")
    parse_dom(xml)
    assert "<name>127.0.0.1/32</name>" in xml and "<alarm>\n" in xml


@pytest.mark.parametrize(
    "line",
    [
        "set interfaces ge-0/0/2 unit 0 family inet addresss 10.9.9.1/24",
        "set system no-such-knob 42",
    ],
)
def test_typos_are_refused_in_every_format(line: str) -> None:
    with pytest.raises(ConfigSyntaxError, match="syntax error: (addresss|no-such-knob)"):
        engine.parse(line, "set")
    word = "addresss" if "addresss" in line else "no-such-knob"
    text = (
        "interfaces { ge-0/0/2 { unit 0 { family inet { addresss 10.9.9.1/24; } } } }"
        if word == "addresss"
        else "system { no-such-knob 42; }"
    )
    xml = (
        "<configuration><interfaces><interface><name>ge-0/0/2</name><unit><name>0</name><family><inet>"
        "<addresss><name>10.9.9.1/24</name></addresss></inet></family></unit></interface></interfaces></configuration>"
        if word == "addresss"
        else "<configuration><system><no-such-knob>42</no-such-knob></system></configuration>"
    )
    data = (
        '{"configuration": {"interfaces": {"interface": [{"name": "ge-0/0/2", "unit": [{"name": 0, '
        '"family": {"inet": {"addresss": [{"name": "10.9.9.1/24"}]}}}]}]}}}'
        if word == "addresss"
        else '{"configuration": {"system": {"no-such-knob": 42}}}'
    )
    for fmt, body in (("text", text), ("xml", xml), ("json", data)):
        with pytest.raises(ConfigSyntaxError, match=f"syntax error: <?{word}"):
            engine.parse(body, fmt)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "line",
    [
        "set interfaces lo0 unit 0 family iso address 49.0001.0102.5500.0001.00",
        "set routing-instances v instance-type vrf\nset routing-instances v routing-options rib v.inet6.0 "
        "static route 2001:db8::/32 discard",
        "set firewall family inet filter f term t from destination-address 10.0.0.0/255.0.255.0",
        "set vlans v10 vlan-id all",
        'set groups node0 system host-name a\nset apply-groups "${node}"',
        "set routing-options rib :vxlan.inet.0 static route 10.0.0.0/8 discard",
    ],
)
def test_valid_configurations_pass_commit_check(line: str) -> None:
    assert engine.validate(engine.parse(line, "set")) == []
