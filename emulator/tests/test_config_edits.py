"""Edits of a configuration as Junos makes them: protect/unprotect, rename, copy, insert, annotate,
(de)activate and delete, in set loads and in text/XML/JSON loads."""

from __future__ import annotations

import pytest

from jetemu.config import engine
from jetemu.config.engine import ConfigError, ConfigTree

BASE = (
    "set system host-name r1\n"
    "set system login user backdoor class super-user\n"
    "set system login user maintenance class operator\n"
    "set routing-options static route 0.0.0.0/0 next-hop 10.0.0.1\n"
    "set routing-options static route 10.9.0.0/16 discard\n"
    "set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.2/24\n"
)


def set_load(base: ConfigTree, lines: str) -> tuple[ConfigTree, list[str]]:
    return engine.apply_load_with_warnings(base, engine.parse_load(lines, "set"), "set")


def set_lines(tree: ConfigTree) -> list[str]:
    return engine.render(tree, "set").splitlines()


@pytest.fixture
def protected() -> ConfigTree:
    tree, warnings = set_load(
        engine.parse(BASE, "set"),
        "protect system login user backdoor\nprotect routing-options static route 0.0.0.0/0\n",
    )
    assert warnings == []
    return tree


def test_protected_statements_show_in_every_format(protected: ConfigTree) -> None:
    text = engine.render(protected, "text")
    assert "        protect: user backdoor {\n" in text
    assert "        protect: route 0.0.0.0/0 next-hop 10.0.0.1;\n" in text
    lines = set_lines(protected)
    assert lines[lines.index("set system login user backdoor class super-user") + 1] == (
        "protect system login user backdoor"
    )
    assert '<user protect="protect">' in engine.render(protected, "xml")
    assert '"protect" : true' in engine.render(protected, "json")
    for fmt in ("text", "set", "xml", "json"):
        assert engine.parse(engine.render(protected, fmt), fmt) == protected, fmt  # type: ignore[arg-type]


def test_protected_statements_cannot_change(protected: ConfigTree) -> None:
    for change, what in (
        ("set system login user backdoor class read-only", "modified"),
        ("set system login user backdoor uid 2001", "created"),
        ("deactivate system login user backdoor", "deactivated"),
        ('annotate system login user backdoor "x"', "annotated"),
        ("rename system login user backdoor to user frontdoor", "deleted"),
        ("set routing-options static route 0.0.0.0/0 next-hop 10.0.0.9", "modified"),
    ):
        with pytest.raises(ConfigError, match=f"is protected, '.*' cannot be {what}"):
            set_load(protected, change + "\n")
    # the same change in a text load
    with pytest.raises(ConfigError, match=r"\[system login user backdoor\] is protected"):
        engine.apply_load(
            protected, engine.parse_load("system { login { user backdoor { class read-only; } } }", "text"), "merge"
        )
    # what is not protected changes as usual
    changed, _ = set_load(protected, "set system login user maintenance class read-only\n")
    assert "set system login user maintenance class read-only" in set_lines(changed)


def test_delete_keeps_protected_statements_and_warns(protected: ConfigTree) -> None:
    tree, warnings = set_load(protected, "delete system login\ndelete routing-options static\n")
    assert warnings == [
        "line 1: warning: [system login user backdoor] is protected, 'system login' cannot be deleted",
        "line 2: warning: [routing-options static route 0.0.0.0/0] is protected, "
        "'routing-options static' cannot be deleted",
    ]
    lines = set_lines(tree)
    assert "set system login user backdoor class super-user" in lines
    assert not any("maintenance" in line or "10.9.0.0/16" in line for line in lines)
    assert "set routing-options static route 0.0.0.0/0 next-hop 10.0.0.1" in lines


def test_unprotect_lifts_the_protection(protected: ConfigTree) -> None:
    tree, _ = set_load(
        protected, "unprotect system login user backdoor\nset system login user backdoor class read-only\n"
    )
    lines = set_lines(tree)
    assert "set system login user backdoor class read-only" in lines
    assert "protect system login user backdoor" not in lines
    assert "protect routing-options static route 0.0.0.0/0" in lines
    diff = engine.diff(protected, tree)
    assert "!    unprotect: user backdoor { ... }" in diff or "unprotect:" in diff


def test_protect_attributes_in_xml_and_json_loads() -> None:
    base = engine.parse(BASE, "set")
    xml = '<configuration><system><host-name protect="protect">r1</host-name></system></configuration>'
    tree = engine.apply_load(base, engine.parse_load(xml, "xml"), "merge")
    assert "protect system host-name" in set_lines(tree)
    data = '{"configuration": {"system": {"host-name": "r1", "@host-name": {"unprotect": true}}}}'
    again = engine.apply_load(tree, engine.parse_load(data, "json"), "merge")
    assert "protect system host-name" not in set_lines(again)


def test_rename_and_copy_entries() -> None:
    base = engine.parse(BASE, "set")
    tree, _ = set_load(
        base,
        "rename interfaces ge-0/0/0 unit 0 to unit 5\n"
        "copy interfaces ge-0/0/0 to ge-0/0/1\n"
        "rename system login user maintenance to user ops\n",
    )
    lines = set_lines(tree)
    assert "set interfaces ge-0/0/0 unit 5 family inet address 10.0.0.2/24" in lines
    assert "set interfaces ge-0/0/1 unit 5 family inet address 10.0.0.2/24" in lines
    assert "set system login user ops class operator" in lines and not any("maintenance" in x for x in lines)
    with pytest.raises(ConfigError, match="already exists"):
        set_load(base, "rename system login user maintenance to user backdoor\n")
    with pytest.raises(ConfigError, match="statement not found"):
        set_load(base, "rename system login user nobody to user ops\n")
    with pytest.raises(engine.ConfigSyntaxError, match="usage is rename"):
        engine.parse_load("rename system login user maintenance ops\n", "set")


def test_delete_removes_the_containers_it_empties() -> None:
    base = engine.parse(BASE, "set")
    tree, _ = set_load(
        base,
        "delete routing-options static route 0.0.0.0/0\n"
        "delete routing-options static route 10.9.0.0/16\n"
        "delete interfaces ge-0/0/0 unit 0 family inet address 10.0.0.2/24\n",
    )
    lines = set_lines(tree)
    assert not any(line.startswith("set routing-options") for line in lines)
    # a presence container (family inet) and entries stay
    assert "set interfaces ge-0/0/0 unit 0 family inet" in lines
    text_delete = "routing-options { static { delete: route 0.0.0.0/0; delete: route 10.9.0.0/16; } }"
    merged = engine.apply_load(base, engine.parse_load(text_delete, "text"), "merge")
    assert "routing-options" not in engine.render(merged, "text")


def test_insert_annotate_and_activate() -> None:
    base = engine.parse(
        "set policy-options policy-statement p term a then accept\n"
        "set policy-options policy-statement p term b then reject\n",
        "set",
    )
    tree, warnings = set_load(
        base,
        "insert policy-options policy-statement p term b before term a\n"
        'annotate policy-options policy-statement p "export policy"\n'
        "deactivate policy-options policy-statement p term a\n"
        "activate policy-options policy-statement p term nope\n",
    )
    assert warnings == ["line 4: warning: statement not found: activate policy-options policy-statement p term nope"]
    text = engine.render(tree, "text")
    assert text.index("term b") < text.index("term a")
    assert "/* export policy */" in text and "inactive: term a" in text


POLICY = (
    "set policy-options policy-statement p term a then accept\n"
    "set policy-options policy-statement p term b then reject\n"
    "set protocols bgp group g import [ p1 p2 ]\n"
    "set firewall family inet filter old term t then accept\n"
)


def xml_load(base: ConfigTree, body: str) -> ConfigTree:
    return engine.apply_load(base, engine.parse_load(f"<configuration>{body}</configuration>", "xml"), "merge")


def test_xml_insert_places_entries_and_values() -> None:
    base = engine.parse(POLICY, "set")
    policy = "<policy-options><policy-statement><name>p</name>{}</policy-statement></policy-options>"
    added = xml_load(base, policy.format('<term insert="before" name="a"><name>x</name><then><accept/></then></term>'))
    assert [line.split()[5] for line in set_lines(added) if "policy-statement" in line] == ["x", "a", "b"]
    first = xml_load(base, policy.format('<term insert="first"><name>b</name></term>'))
    assert [line.split()[5] for line in set_lines(first) if "policy-statement" in line] == ["b", "a"]
    after = xml_load(first, policy.format('<term insert="after" name="a"><name>b</name></term>'))
    assert after == base
    group = "<protocols><bgp><group><name>g</name>{}</group></bgp></protocols>"
    imports = xml_load(base, group.format('<import insert="after" name="p1">p3</import>'))
    assert "import [ p1 p3 p2 ];" in engine.render(imports, "text")
    with pytest.raises(ConfigError, match=r"statement not found: .*term\[zz\]"):
        xml_load(base, policy.format('<term insert="after" name="zz"><name>b</name></term>'))
    with pytest.raises(engine.ConfigSyntaxError, match='insert="last"'):
        xml_load(base, policy.format('<term insert="last"><name>b</name></term>'))
    with pytest.raises(engine.ConfigSyntaxError, match="needs the attribute name="):
        xml_load(base, policy.format('<term insert="before"><name>b</name></term>'))
    with pytest.raises(engine.ConfigSyntaxError, match="not <host-name>"):
        xml_load(base, '<system><host-name insert="first">r2</host-name></system>')


def test_xml_rename_keeps_the_place_and_content() -> None:
    base = engine.parse(POLICY, "set")
    inet = "<firewall><family><inet>{}</inet></family></firewall>"
    renamed = xml_load(base, inet.format('<filter rename="rename" name="new"><name>old</name></filter>'))
    assert "set firewall family inet filter new term t then accept" in set_lines(renamed)
    assert not any(" old " in line for line in set_lines(renamed))
    both = xml_load(
        base,
        '<policy-options><policy-statement rename="rename" name="q"><name>p</name>'
        '<term insert="first"><name>b</name></term></policy-statement></policy-options>',
    )
    terms = [line.split()[3:6] for line in set_lines(both) if "policy-statement" in line]
    assert terms == [["q", "term", "b"], ["q", "term", "a"]]
    with pytest.raises(ConfigError, match=r"statement not found: .*filter\[nope\]"):
        xml_load(base, inet.format('<filter rename="rename" name="new"><name>nope</name></filter>'))
    taken = xml_load(base, inet.format("<filter><name>new</name><term><name>u</name></term></filter>"))
    with pytest.raises(ConfigError, match=r"filter\[new\] already exists"):
        xml_load(taken, inet.format('<filter rename="rename" name="new"><name>old</name></filter>'))
    with pytest.raises(engine.ConfigSyntaxError, match="needs the attribute name="):
        xml_load(base, inet.format('<filter rename="rename"><name>old</name></filter>'))


def test_load_patch_applies_a_compare() -> None:
    base = engine.parse(BASE, "set")
    edited, _ = set_load(
        base,
        "set interfaces ge-0/0/0 mtu 9000\n"
        "delete system login user maintenance\n"
        "deactivate routing-options static route 10.9.0.0/16\n"
        "set system name-server 192.0.2.53\n",
    )
    patch = engine.diff(base, edited)
    patched, warnings = engine.apply_patch(base, patch)
    assert patched == edited and warnings == []
    with pytest.raises(engine.ConfigSyntaxError, match="must start with an \\[edit"):
        engine.apply_patch(base, "+   host-name r9;\n")
    with pytest.raises(ConfigError, match=r"patch line 1 \(\[edit system\]\): .*syntax error: host-nam"):
        engine.apply_patch(base, "[edit system]\n+   host-nam r9;\n")


@pytest.mark.parametrize(
    "edit",
    [
        "set policy-options policy-statement p term x then accept\n"
        "insert policy-options policy-statement p term x before term b\n",
        "insert policy-options policy-statement p term b before term a\n",
        "rename policy-options policy-statement p term b to term bb\n",
        'annotate system "hello"\nannotate policy-options policy-statement p term b "bee"\n',
        'annotate system host-name "new note"\n',
        'annotate system host-name ""\n',
    ],
)
def test_load_patch_rebuilds_inserts_renames_and_annotations(edit: str) -> None:
    base, _ = set_load(engine.parse(POLICY + "set system host-name r1\n", "set"), 'annotate system host-name "old"\n')
    edited, warnings = set_load(base, edit)
    assert warnings == [] and edited != base
    for old, new in ((base, edited), (edited, base)):
        patched, warnings = engine.apply_patch(old, engine.diff(old, new))
        assert warnings == []
        assert patched == new, engine.diff(new, patched)


def test_load_patch_of_an_annotation_on_several_lines() -> None:
    base = engine.parse("set system host-name r1\n", "set")
    noted = engine.apply_load(base, engine.parse_load("/* two\nlines */\nsystem { host-name r1; }", "text"), "merge")
    patch = engine.diff(base, noted)
    assert patch == "[edit]\n+   /* two\nlines */\n    system { ... }\n"
    assert engine.apply_patch(base, patch)[0] == noted
    assert engine.apply_patch(noted, engine.diff(noted, base))[0] == base


def test_load_patch_through_the_database() -> None:
    from jetemu.config.database import ConfigDatabase, SessionRef
    from jetemu.config.rpc import handle_rpc

    session = SessionRef(session_id=1, user="alice", client_id="app-a")
    db = ConfigDatabase(initial=engine.parse(BASE, "set"))
    result = db.load(session, "[edit system]\n-   host-name r1;\n+   host-name r2;\n", "text", "patch")
    assert result.changed
    assert "set system host-name r2" in engine.render(db.candidate(session), "set")
    reply = handle_rpc(
        db,
        session,
        '<load-configuration action="patch" format="text"><configuration-text>[edit system]\n'
        "+   time-zone UTC;\n</configuration-text></load-configuration>",
        "xml",
    )
    assert reply is not None and "load-success" in reply
    assert "set system time-zone UTC" in engine.render(db.candidate(session), "set")
