"""jetkit.junos.table's XPath subset and definition checks, without a device.

The XPath results are compared with lxml's (a dependency of junos-eznc in requirements-dev.txt),
the library PyEZ evaluates the same expressions with; the table run itself is covered end to end
by tests/integration/dropin/table.yml.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / ".venv" / "collections"))

from ansible_collections.jetkit.junos.plugins.module_utils._jet import table
from ansible_collections.jetkit.junos.plugins.module_utils._jet.common import TaskError
from ansible_collections.jetkit.junos.plugins.module_utils._jet.xpath import (
    Document,
    Text,
    XPathError,
    strip_namespaces,
)

etree = pytest.importorskip("lxml.etree")

REPLY = """<rpc-reply><route-information xmlns="http://xml.juniper.net/junos/24.4R1/junos-routing"
 xmlns:junos="http://xml.juniper.net/junos/24.4R1/junos">
<route-table><table-name>inet.0</table-name><total-route-count>3</total-route-count>
<rt junos:style="brief"><rt-destination>10.0.0.0/8</rt-destination>
 <rt-entry><protocol-name>Static</protocol-name><age junos:seconds="5">00:00:05</age>
  <nh><to>192.0.2.1</to><via>ge-0/0/0.0</via></nh><nh><to>192.0.2.2</to><via>ge-0/0/1.0</via></nh></rt-entry></rt>
<rt><rt-destination>10.255.0.1/32</rt-destination>
 <rt-entry><protocol-name>Direct</protocol-name><age junos:seconds="7">00:00:07</age>
  <nh><via>lo0.0</via></nh></rt-entry></rt>
<rt><rt-destination>FPC 0</rt-destination>
 <rt-entry><protocol-name>Local</protocol-name><nh><nh-local-interface>fxp0.0</nh-local-interface></nh></rt-entry></rt>
</route-table></route-information></rpc-reply>"""

EXPRESSIONS = [
    "route-table/rt",
    "route-table/rt ",
    "route-table/rt/rt-destination",
    "route-table/rt[2]/rt-destination",
    "route-table/rt[last()]/rt-destination",
    "route-table/rt[position() > 1]/rt-destination",
    "route-table/rt[rt-entry/protocol-name='Direct' or rt-entry/protocol-name='Local']/rt-destination",
    "route-table/rt[rt-entry/protocol-name!='Static']/rt-destination",
    "route-table/rt[not(rt-entry/nh/to)]/rt-destination",
    "route-table/rt[count(rt-entry/nh) = 2]/rt-destination",
    "route-table/rt[@style]/rt-destination",
    "route-table/rt[@style='brief']/rt-destination",
    "route-table/rt[rt-entry/age/@seconds > 5]/rt-destination",
    ".//rt-destination[starts-with(.,'FPC')]/parent::*/rt-entry/protocol-name",
    ".//nh-local-interface/ancestor::rt/rt-destination",
    ".//rt-destination[contains(., '255')]",
    "//rt-entry/nh/via | //rt-entry/nh/nh-local-interface",
    "//rpc-reply/route-information/route-table/table-name",
    "/rpc-reply/route-information/route-table/total-route-count",
    "route-table/rt/rt-entry/age/@seconds",
    "route-table/rt/@style",
    "route-table/rt/rt-entry/nh/to/text()",
    "route-table/rt[1]/rt-entry/nh[2]/to",
    "route-table/rt/rt-destination/following-sibling::rt-entry/protocol-name",
    "route-table/rt[3]/preceding-sibling::rt[1]/rt-destination",
    "route-table/rt/rt-entry/..//via",
    "*[normalize-space(table-name)='inet.0']/total-route-count",
    "descendant::to",
    "self::route-information/route-table/table-name",
]


def _ours(expression: str) -> list[str]:
    root = ET.fromstring(REPLY)
    strip_namespaces(root)
    document = Document(root)
    found = document.select(root[0], expression)
    return [str(n) if isinstance(n, Text) else f"<{n.tag}>{(n.text or '').strip()}" for n in found]


def _lxml(expression: str) -> list[str]:
    root = etree.fromstring(REPLY.encode())
    for element in root.iter():  # PyEZ strips the namespaces before it reads a table
        element.tag = etree.QName(element).localname
        for name in list(element.attrib):
            if name.startswith("{"):
                element.attrib[etree.QName(name).localname] = element.attrib.pop(name)
    etree.cleanup_namespaces(root)
    found = root[0].xpath(expression)
    return [str(n) if isinstance(n, str) else f"<{n.tag}>{(n.text or '').strip()}" for n in found]


@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_xpath_matches_lxml(expression: str) -> None:
    expected = _lxml(expression)
    assert _ours(expression) == expected
    assert expected, "each expression selects something, so the comparison means something"


@pytest.mark.parametrize(
    "expression", ["foo(", "rt[", "name()", "a + b", "following::x", "$x", "rt[1", "x/y()", "'a' | b"]
)
def test_xpath_outside_the_subset_is_refused(expression: str) -> None:
    with pytest.raises(XPathError):
        _ours(expression)


def _catalog(text: str) -> table.Catalog:
    import yaml

    return table.Catalog(yaml.safe_load(text), "defs.yml")


def _routes(definitions: str, name: str, response_type: str = "list_of_dicts") -> tuple[list, list]:
    root = ET.fromstring(REPLY)
    strip_namespaces(root)
    document = Document(root)
    compiled = _catalog(definitions).table(name)
    items = table._elements(document.select(root[0], compiled.item))
    keys = table.item_keys(document, compiled, items)
    return keys, table.table_resource(document, compiled, items, keys, response_type)


ROUTES = """
RouteTable:
  rpc: get-route-information
  args_key: destination
  item: route-table/rt
  key: rt-destination
  view: RouteView
RouteView:
  groups:
    entry: rt-entry
  fields_entry:
    protocol: protocol-name
    via: nh/via | nh/nh-local-interface
    age: { age/@seconds : int }
    static: { protocol-name: True=Static }
    not_local: { protocol-name: "False=regex(^Loc)" }
    seconds: { age: "Search=^00:00:([0-9]+)$" }
    has_to: { nh/to: flag }
  fields:
    missing: no-such-element
    holder: { rt-entry: str }
WithTableView:
  extends: RouteView
  fields:
    hops: _HopTable
WithTable:
  rpc: get-route-information
  item: route-table/rt
  key:
    - rt-destination
    - rt-entry/protocol-name
    - no-such-key
  view: WithTableView
_HopTable:
  item: rt-entry/nh
  key: to
  view: _HopView
_HopView:
  fields:
    via: via
"""


def test_view_fields_as_pyez_reads_them() -> None:
    keys, resource = _routes(ROUTES, "RouteTable")
    assert keys == ["10.0.0.0/8", "10.255.0.1/32", "FPC 0"]
    first = resource[0]
    assert first["protocol"] == "Static" and first["static"] is True and first["not_local"] is True
    assert first["via"] == ["ge-0/0/0.0", "ge-0/0/1.0"]  # several matches: a list
    assert first["age"] == 5 and first["seconds"] == "05" and first["has_to"] is True
    assert first["missing"] is None
    assert first["holder"] == "rt-entry"  # an element without text gives its name, as in PyEZ
    assert resource[2]["via"] == "fxp0.0" and resource[2]["age"] is None and resource[2]["not_local"] is False


def test_nested_table_composite_key_and_juniper_items() -> None:
    keys, resource = _routes(ROUTES, "WithTable", "juniper_items")
    assert keys[0] == ["10.0.0.0/8", "Static", None]
    assert len(keys) == 3
    key, fields = resource[0]
    assert key == ["10.0.0.0/8", "Static", None]
    names = [name for name, _ in fields]
    assert names[:2] == ["protocol", "via"] and names[-1] == "hops"  # extended view's fields first
    hops = dict(fields)["hops"]
    assert hops == [["192.0.2.1", [["via", "ge-0/0/0.0"]]], ["192.0.2.2", [["via", "ge-0/0/1.0"]]]]
    assert dict(resource[1][1])["hops"] == []  # a hop without <to> has no key: PyEZ pairs by key


@pytest.mark.parametrize(
    ("definitions", "name", "message"),
    [
        ("T:\n  command: show version\n", "T", "T is a command table"),
        ("T:\n  title: Version\n  view: V\nV:\n  fields: {a: b}\n", "T", "T is a command table"),
        ("T:\n  get: system/services\n", "T", "T is a configuration table"),
        ("T:\n  rpc: x\n  item: a\n  view: V\nV:\n  eval:\n    a: 1+1\n", "T", "eval expressions are not run"),
        ("T:\n  rpc: x\n  item: a\n  view: V\nV:\n  fields: {a: {b: eval}}\n", "T", "unsupported type 'eval'"),
        ("T:\n  rpc: x\n  item: a\n  view: V\nV:\n  fields: {a: {b: len}}\n", "T", "unsupported type 'len'"),
        ("T:\n  rpc: x\n  item: a\n  view: V\n  extra: 1\nV:\n  fields: {a: b}\n", "T", "unknown key(s) extra"),
        ("T:\n  rpc: x\n  item: a[\n  view: V\nV:\n  fields: {a: b}\n", "T", "table T: 'a['"),
        ("T:\n  rpc: x\n  item: a\n  view: Nope\n", "T", "view must name a view"),
        ("T:\n  rpc: x\n  item: a\n  view: V\nV:\n  extends: V\n  fields: {a: b}\n", "T", "extends itself"),
        ("T:\n  rpc: x\n  item: a\n  view: V\nV:\n  fields_g: {a: b}\n", "T", "which groups does not define"),
        ("T:\n  item: a\n  view: V\nV:\n  fields: {a: b}\n", "T", "has no rpc"),
    ],
)
def test_definitions_refused_with_the_reason(definitions: str, name: str, message: str) -> None:
    with pytest.raises(TaskError) as caught:
        _catalog(definitions).table(name)
    assert message in caught.value.message


def test_table_choice() -> None:
    two = {"ATable": {"rpc": "a"}, "BTable": {"rpc": "b"}, "_CTable": {"item": "x", "view": "V"}, "V": {}}
    with pytest.raises(TaskError, match="several tables"):
        table.choose_table(two, None, "f.yml")
    with pytest.raises(TaskError, match="'Nope' is not defined"):
        table.choose_table(two, "Nope", "f.yml")
    assert table.choose_table({"ATable": {"rpc": "a"}, "_BTable": {}}, None, "f.yml") == "ATable"
    with pytest.raises(TaskError, match="defines no table"):
        table.choose_table({"V": {}}, None, "f.yml")


def test_rpc_arguments() -> None:
    compiled = _catalog(ROUTES).table("RouteTable")
    compiled.args = {"interface_name": "[afgxe][et]-*", "media": True}
    merged = table.rpc_arguments(compiled, {"interface_name": "ge-0/0/0", "extensive": True})
    assert merged == {"interface_name": "ge-0/0/0", "media": True, "extensive": True}
    for bad in ({"x": {"a": 1}}, {"x": None}, {"dev_timeout": "30"}):
        with pytest.raises(TaskError):
            table.rpc_arguments(compiled, bad)


def test_definition_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ansible_collections.jetkit.junos.plugins.module_utils._jet.common import TaskContext

    ctx = TaskContext()
    (tmp_path / "mine.yaml").write_text("ATable: {rpc: a}\n")
    assert table.definition_file({"file": "mine.yaml", "path": str(tmp_path)}, ctx) == str(tmp_path / "mine.yaml")
    with pytest.raises(TaskError, match=r"'other.yml' not found in"):
        table.definition_file({"file": "other.yml", "path": str(tmp_path)}, ctx)
    with pytest.raises(TaskError, match=r"\.yml or \.yaml"):
        table.definition_file({"file": "mine.txt", "path": str(tmp_path)}, ctx)
    # PyEZ's own files: found in an installed junos-eznc without importing it
    op = table.pyez_op_directory()
    assert op is not None and op.endswith("jnpr/junos/op")
    probe = (
        "import sys; from ansible_collections.jetkit.junos.plugins.module_utils._jet import table; "
        "assert table.pyez_op_directory(); print(sorted(m for m in sys.modules if m.startswith('jnpr.')))"
    )
    # the directory holding ansible_collections/ as this process imported it (not sys.path[0],
    # which depends on which test directories pytest collected first)
    collections_root = Path(table.__file__).parents[6]
    assert (collections_root / "ansible_collections").is_dir(), collections_root
    env = {**os.environ, "PYTHONPATH": str(collections_root)}
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert imported.stdout.strip() == "[]"  # found, not imported (junos-eznc's .pth makes 'jnpr' itself)
    assert table.definition_file({"file": "lldp.yml", "path": None}, ctx) == str(Path(op) / "lldp.yml")
    monkeypatch.setattr(table, "pyez_op_directory", lambda: None)
    with pytest.raises(TaskError) as caught:
        table.definition_file({"file": "lldp.yml", "path": None}, ctx)
    assert "jnpr/junos/op" in caught.value.message and "give path" in caught.value.message
