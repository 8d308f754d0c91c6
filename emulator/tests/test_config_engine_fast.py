"""The engine's fast paths give exactly what the plain ones give.

* ``set`` lines are applied without tokens, resuming where the previous line parted, and sharing
  unchanged statements with the base configuration (``paths.set_words`` / ``paths.Draft``): same
  tree, same errors as walking every line with :func:`paths.walk` on a private copy, and the base
  is never changed;
* JSON is written straight from the tree: the same text as a plain printer of the same data in
  Junos's layout (``"name" : value``, entries at their list's indent, leaf-lists on one line);
* commit check accepts common IPv4/IPv6 forms without :mod:`ipaddress`: same verdicts.
"""

from __future__ import annotations

import ipaddress
import json
import random
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_config_formats import PROPS, trees

from jetemu.config import engine
from jetemu.config.engine import ConfigSyntaxError, ConfigTree
from jetemu.config.paths import tokenize, walk
from jetemu.config.schema import SchemaNode
from jetemu.config.schema import load as load_schema
from jetemu.config.setfmt import parse_set
from jetemu.config.textfmt import ordered_entries
from jetemu.config.tree import EntryList, Leaf, LeafList, Node, copy_node
from jetemu.config.validate import _prefix

ROOT = load_schema().root

# --- set lines -----------------------------------------------------------------------------------

WORDS = [
    "interfaces",
    "ge-0/0/0",
    "ge-0/0/1",
    "unit",
    "0",
    "1",
    "family",
    "inet",
    "address",
    "10.0.0.1/24",
    "description",
    '"two words"',
    '"unit"',
    "system",
    "host-name",
    "r1",
    "r2",
    "services",
    "ssh",
    "routing-options",
    "static",
    "route",
    "0.0.0.0/0",
    "next-hop",
    "10.0.0.2",
    "policy-options",
    "policy-statement",
    "p",
    "term",
    "t",
    "then",
    "accept",
    "knob",
    "widget-x",
    "a",
    "b",
    "bogus-top",
]


def reference_set(base: Node, lines: list[str]) -> Node:
    """Every line parsed as usual, then walked with tokens on a private copy of ``base``: the
    behaviour the fast path must keep (same tree, same error)."""
    load = engine.parse_load("\n".join(lines), "set")
    root = copy_node(base)
    for cmd in load.commands or ():
        try:
            walk(root, ROOT, cmd.args, create=True)
        except ConfigSyntaxError as exc:
            message = exc.message.partition(": ")[2] if exc.message.startswith("line ") else exc.message
            raise ConfigSyntaxError(f"line {cmd.line}: {message} in '{cmd.text}'", cmd.line) from None
    return root


def applied(base: ConfigTree, lines: list[str]) -> ConfigTree:
    return engine.apply_load(base, engine.parse_load("\n".join(lines), "set"), "merge")


def outcome(fn: Callable[[], object]) -> object:
    try:
        return fn()
    except ConfigSyntaxError as exc:
        return ("error", exc.message)


random_lines = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(lambda words: "set " + " ".join(words)),
    max_size=12,
)


@PROPS
@given(trees(set_safe=True), trees(set_safe=True), random_lines, st.randoms(use_true_random=False), st.booleans())
def test_set_lines_give_what_walking_each_line_gives(
    base: ConfigTree, other: ConfigTree, extra: list[str], rnd: random.Random, in_order: bool
) -> None:
    lines = [line for line in engine.render(other, "set").splitlines() if line.startswith("set ")]
    lines += extra
    if in_order:  # consecutive lines share their first words, as in a saved configuration
        lines.sort()
    else:
        rnd.shuffle(lines)
    before = base.to_data()

    got = outcome(lambda: applied(base, lines).to_data())
    want = outcome(lambda: ConfigTree(reference_set(base.root, lines)).to_data())

    assert got == want
    assert base.to_data() == before  # the base configuration is never changed


@PROPS
@given(trees(set_safe=True), trees(set_safe=True), random_lines)
def test_diff_of_trees_sharing_statements_is_the_diff_of_copies(
    base: ConfigTree, other: ConfigTree, extra: list[str]
) -> None:
    lines = sorted(line for line in engine.render(other, "set").splitlines() if line.startswith("set ")) + extra
    try:
        new = applied(base, lines)
    except ConfigSyntaxError:
        return
    assert engine.diff(base, new) == engine.diff(base.copy(), new.copy())
    assert engine.diff(new, base) == engine.diff(new.copy(), base.copy())
    assert (new == base) == (new.copy() == base.copy())


LINE_PIECES = st.sampled_from(
    ["system", "interfaces", "ge-0/0/0", "description", "x", '"a b"', '"x"', '""', '"é;{"', '"', "\\", '"q\\"t"']
    + ["#", ";", "[", "]", "[ a b ]", "/*", "*/", "/* c */", "{", "é"]
)
LINES = st.builds(
    lambda verb, pieces, seps: verb + "".join(sep + piece for sep, piece in zip(seps, pieces, strict=False)),
    st.sampled_from(["set system", "set interfaces", "delete system", "deactivate interfaces", "set"]),
    st.lists(LINE_PIECES, max_size=8),
    st.lists(st.sampled_from([" ", " ", "  ", "\t", ""]), min_size=8, max_size=8),
)


@PROPS
@given(LINES)
def test_parsed_lines_hold_the_tokens_the_tokenizer_gives(line: str) -> None:
    def parse(text: str) -> object:
        try:
            return [
                (cmd.verb, [(t.text, t.kind, t.quoted, t.items) for t in cmd.args]) for cmd in parse_set(text, ROOT)
            ]
        except ConfigSyntaxError as exc:
            return exc.message

    def reference(text: str) -> object:
        stripped = text.strip()
        if not stripped or stripped.startswith(("#", "/*")):
            return []
        try:
            toks = tokenize(stripped, 1, allow_punct=False)
        except ConfigSyntaxError as exc:
            return exc.message
        return [(toks[0].text, [(t.text, t.kind, t.quoted, t.items) for t in toks[1:]])] if toks else []

    got, want = parse(line), reference(line)
    if isinstance(want, list) and want and isinstance(got, list):
        assert got == want
    elif isinstance(got, list) and got:  # parsed: the tokenizer must agree
        assert got == want


def test_set_errors_name_the_line_like_the_walk() -> None:
    base = engine.parse("set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24", "set")
    for bad in [
        "set interfaces ge-0/0/0 unit",
        "set system host-name",
        "set interfaces ge-0/0/0 unit 0 description",
    ]:
        lines = ["set system host-name r1", "set interfaces ge-0/0/0 unit 0 description x", bad]
        with pytest.raises(ConfigSyntaxError) as info:
            applied(base, lines)
        assert info.value.message.startswith("line 3: syntax error")
        assert bad in info.value.message


def test_a_small_load_shares_the_untouched_statements_with_the_base() -> None:
    text = "\n".join(
        f"set interfaces ge-0/0/{i} unit 0 family inet address 10.0.{i}.1/24\n"
        f"set routing-options static route 10.{i}.0.0/16 next-hop 10.0.{i}.2"
        for i in range(40)
    )
    base = engine.parse(text, "set")
    snapshot = base.to_data()
    new = applied(base, ["set interfaces ge-0/0/3 description changed", "set system host-name r9"])

    assert base.to_data() == snapshot
    assert new != base
    old_ifs, new_ifs = base.root.children["interfaces"], new.root.children["interfaces"]
    assert isinstance(old_ifs, Node) and isinstance(new_ifs, Node)
    old_list, new_list = old_ifs.children["interface"], new_ifs.children["interface"]
    assert isinstance(old_list, EntryList) and isinstance(new_list, EntryList)
    # the changed entry (and its parents) are new objects, everything else is the base's
    assert new_list.entries["ge-0/0/3"] is not old_list.entries["ge-0/0/3"]
    assert all(new_list.entries[name] is old_list.entries[name] for name in old_list.entries if name != "ge-0/0/3")
    assert new.root.children["routing-options"] is base.root.children["routing-options"]
    assert "set interfaces ge-0/0/3 description changed" in engine.render(new, "set").splitlines()
    # the leaf replaced, not changed in place: the base still shows the old unit
    unit = old_list.entries["ge-0/0/3"].children["unit"]
    assert isinstance(unit, EntryList) and "description" not in old_list.entries["ge-0/0/3"].children


def test_setting_what_is_there_changes_nothing_and_copies_nothing() -> None:
    text = "set system host-name r1\nset interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24\n"
    base = engine.parse(text, "set")
    again = applied(base, text.splitlines())
    assert again == base
    assert again.root.children["system"] is base.root.children["system"]
    assert again.root.children["interfaces"] is base.root.children["interfaces"]


def test_mixed_commands_after_shared_sets_do_not_touch_the_base() -> None:
    base = engine.parse(
        "set system host-name r1\nset system services ssh\nset interfaces ge-0/0/0 unit 0 description x\n", "set"
    )
    snapshot = base.to_data()
    new = applied(
        base,
        [
            "set interfaces ge-0/0/1 unit 0 description y",
            "deactivate system services",
            "delete interfaces ge-0/0/0 unit 0 description",
            'annotate system "note"',
            "set system host-name r2",
            "set routing-options static route 0.0.0.0/0 next-hop [ 10.0.0.1 10.0.0.2 ]",
        ],
    )
    assert base.to_data() == snapshot
    lines = engine.render(new, "set").splitlines()
    assert "deactivate system services" in lines
    assert "set system host-name r2" in lines
    assert not any("ge-0/0/0 unit 0 description" in line for line in lines)
    assert "set system host-name r1" in engine.render(base, "set").splitlines()


def test_leaf_list_values_are_added_to_a_copy() -> None:
    base = engine.parse("set routing-options static route 0.0.0.0/0 next-hop 10.0.0.1", "set")
    new = applied(
        base,
        [
            "set routing-options static route 0.0.0.0/0 next-hop 10.0.0.2",
            "set routing-options static route 0.0.0.0/0 next-hop 10.0.0.1",
        ],
    )
    assert engine.render(new, "set").splitlines() == [
        "set routing-options static route 0.0.0.0/0 next-hop 10.0.0.1",
        "set routing-options static route 0.0.0.0/0 next-hop 10.0.0.2",
    ]
    assert engine.render(base, "set") == "set routing-options static route 0.0.0.0/0 next-hop 10.0.0.1\n"


# --- JSON ------------------------------------------------------------------------------------------


class _Number(str):
    """A value the reference printer writes unquoted."""


def _ref_value(value: str, sch: SchemaNode) -> str:
    if value.isdigit() and (value == "0" or value[0] != "0") and sch.type is not None and sch.type.json_integer(value):
        return _Number(value)
    return value


def _ref_meta(item: Node | Leaf | LeafList) -> dict[str, object]:
    meta: dict[str, object] = {}
    if item.comment:
        meta["comment"] = f"/* {item.comment} */"
    if item.inactive:
        meta["inactive"] = True
    return meta


class _Obj(list[tuple[str, object]]):
    """A JSON object as its members."""


def _ref_object(node: Node, sch: SchemaNode, keys: list[tuple[str, object]]) -> _Obj:
    """``node`` as (member, value) pairs: str, _Number, True, None ([null]), list (leaf-list),
    ("entries", [...]) and nested pair lists (objects)."""
    pairs = _Obj(keys)
    if node.comment or node.inactive:
        pairs.append(("@", _Obj(_ref_meta(node).items())))
    order = {child.name: index for index, child in enumerate(sch.children)}
    for tag, item in sorted(node.children.items(), key=lambda pair: order[pair[0]]):
        cs = sch.by_name[tag]
        if isinstance(item, EntryList):
            entries = []
            for name, entry in ordered_entries(item, cs):
                values = name if isinstance(name, tuple) else (name,)
                entry_keys: list[tuple[str, object]] = []
                for index, key in enumerate(cs.keys):
                    if key == "choice-ident":
                        takes = cs.schema.key_choices.get(values[index], ("", False))[1]
                        entry_keys.append((values[index], values[index + 1] if takes else None))
                    elif key != "choice-value":
                        entry_keys.append((key, _ref_value(values[index], cs.by_name[key])))
                entries.append(_ref_object(entry, cs, entry_keys))
            pairs.append((tag, ("entries", entries)))
            continue
        if isinstance(item, Node):
            pairs.append((tag, _ref_object(item, cs, []) if item.children else None))
        elif isinstance(item, Leaf):
            pairs.append((tag, _ref_value(item.value or "", cs)))
        else:
            pairs.append((tag, [_ref_value(v, cs) for v in item.values]))
        if not isinstance(item, Node) or not item.children:
            meta = _ref_meta(item)
            if meta:
                pairs.append(("@" + tag, _Obj(meta.items())))
    return pairs


def _ref_print(value: object, depth: int) -> str:
    pad = "    " * depth
    if value is None:
        return "[null]"
    if value is True:
        return "true"
    if isinstance(value, _Number):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, tuple):  # entries: objects at the list's indent
        entries = value[1]
        inner = ", \n".join(pad + _ref_print(e, depth) for e in entries)
        return "[\n" + inner + "\n" + pad + "]" if entries else "[]"
    if not isinstance(value, _Obj):  # a leaf-list
        assert isinstance(value, list)
        return "[" + ", ".join(_ref_print(v, depth) for v in value) + "]"
    pairs = value
    if not pairs:
        return "{}"
    text = "{\n"
    for index, (key, member) in enumerate(pairs):
        text += f"{pad}    {json.dumps(key)} : {_ref_print(member, depth + 1)}"
        if index < len(pairs) - 1:
            # Junos ends members with ", " except leaf-lists (",")
            text += ",\n" if isinstance(member, list) and not isinstance(member, _Obj) else ", \n"
    return text + "\n" + pad + "}"


def reference_json(root: Node, sch: SchemaNode) -> str:
    return '{\n    "configuration" : ' + _ref_print(_ref_object(root, sch, []), 1) + "\n}\n"


@PROPS
@given(trees())
def test_json_is_what_a_plain_printer_of_the_same_data_prints(t: ConfigTree) -> None:
    text = engine.render(t, "json")
    assert text == reference_json(t.root, t.schema.root)
    json.loads(text)


def test_json_layout_of_junos() -> None:
    """The layout of ``| display json`` on Junos 18.2 and later: entries at their list's indent,
    integer-typed values unquoted, leaf-lists on one line, flags as ``[null]``."""
    t = engine.parse(
        "set system login user a uid 2000\n"
        "set system services ssh\n"
        "set policy-options policy-statement p term t from protocol [ static direct ]\n"
        "set policy-options policy-statement p term t then accept\n",
        "set",
    )
    assert engine.render(t, "json") == (
        "{\n"
        '    "configuration" : {\n'
        '        "system" : {\n'
        '            "login" : {\n'
        '                "user" : [\n'
        "                {\n"
        '                    "name" : "a", \n'
        '                    "uid" : 2000\n'
        "                }\n"
        "                ]\n"
        "            }, \n"
        '            "services" : {\n'
        '                "ssh" : [null]\n'
        "            }\n"
        "        }, \n"
        '        "policy-options" : {\n'
        '            "policy-statement" : [\n'
        "            {\n"
        '                "name" : "p", \n'
        '                "term" : [\n'
        "                {\n"
        '                    "name" : "t", \n'
        '                    "from" : {\n'
        '                        "protocol" : ["static", "direct"]\n'
        "                    }, \n"
        '                    "then" : {\n'
        '                        "accept" : [null]\n'
        "                    }\n"
        "                }\n"
        "                ]\n"
        "            }\n"
        "            ]\n"
        "        }\n"
        "    }\n"
        "}\n"
    )
    assert engine.parse(engine.render(t, "json"), "json") == t
    assert engine.render(engine.empty(), "json") == reference_json(Node(), ROOT) == '{\n    "configuration" : {}\n}\n'


def test_json_metadata_after_many_entries() -> None:
    lines = [f'set interfaces ge-0/0/{index} description "link {index}"' for index in range(3000)]
    # enough lines for the output to be joined in chunks on the way
    lines += ["set interfaces ge-9/9/9 mtu 1500", "deactivate interfaces ge-9/9/9 mtu"]
    t = engine.parse("\n".join(lines), "set")
    assert engine.render(t, "json") == reference_json(t.root, ROOT)


# --- addresses -------------------------------------------------------------------------------------


def reference_prefix(text: str, family: str | None, *, host_ok: bool) -> bool:
    try:
        if "/" not in text:
            if not host_ok:
                return False
            addr: ipaddress.IPv4Address | ipaddress.IPv6Address | ipaddress.IPv4Interface | ipaddress.IPv6Interface
            addr = ipaddress.ip_address(text)
        else:
            addr = ipaddress.ip_interface(text)
    except ValueError:
        return False
    if family == "inet":
        return addr.version == 4
    if family == "inet6":
        return addr.version == 6
    return True


ADDRESS_CHARS = st.sampled_from(list("0123456789abcdefABCDEFg:./% \u0661"))
octet = st.one_of(st.integers(0, 300).map(str), st.sampled_from(["00", "01", "010", "0x1", ""]))
ipv4ish = st.builds(
    lambda parts, length: ".".join(parts) + length,
    st.lists(octet, min_size=3, max_size=5),
    st.sampled_from(["", "/0", "/8", "/08", "/32", "/33", "/", "/255.255.255.0"]),
)
hextet = st.one_of(st.integers(0, 0xFFFFF).map(lambda n: format(n, "x")), st.sampled_from(["", "0000", "1.2.3.4"]))
ipv6ish = st.builds(
    lambda parts, gap, length: (
        (":".join(parts[:gap]) + "::" + ":".join(parts[gap:]) if gap >= 0 else ":".join(parts)) + length
    ),
    st.lists(hextet, min_size=0, max_size=9),
    st.integers(-1, 9),
    st.sampled_from(["", "/0", "/64", "/064", "/128", "/129", "%eth0"]),
)
ADDRESSES = [
    "::",
    "::1",
    "1::",
    "1:2:3:4:5:6:7:8",
    "1:2:3:4::5:6:7:8",
    "1:2:3:4:5:6:7::",
    "1:::2",
    "::ffff:1.2.3.4",
    "fe80::1%eth0",
    "2001:db8::1/64",
    "10.0.0.1",
    "10.0.0.1/32",
    "010.0.0.1",
    "10.0.0.0/255.255.255.0",
    "\u0661.2.3.4",
    "",
]


@PROPS
@given(st.one_of(ipv4ish, ipv6ish, st.text(ADDRESS_CHARS, max_size=20), st.sampled_from(ADDRESSES)))
def test_address_checks_agree_with_ipaddress(text: str) -> None:
    for family in (None, "inet", "inet6"):
        for host_ok in (True, False):
            assert _prefix(text, family, host_ok=host_ok) == reference_prefix(text, family, host_ok=host_ok), (
                text,
                family,
                host_ok,
            )
