"""The custom-RPC YANG parser, the CLI grammar of custom commands and the junos-odl text renderer."""

from __future__ import annotations

import pytest

from jetemu.apps.odl import printf, render_text
from jetemu.apps.packages import parse_cli_arguments, parse_reply
from jetemu.apps.yang import YangError, parse_module, parse_statements
from jetemu.device.registry import OpCommandError

HEAD = """
module demo {
  namespace "urn:demo"; prefix d;
  import junos-extension { prefix junos; }
  import junos-common-odl-extensions { prefix odl; }
"""


def module(body: str, name: str = "demo.yang") -> object:
    return parse_module(HEAD + body + "\n}\n", name)


def test_statements_strings_comments_and_concatenation() -> None:
    stmts = parse_statements(
        '// line comment\nleaf a { description "one " + \'two\' + "\\tthree\\n"; /* block\n comment */ type string; }'
    )
    (leaf,) = stmts
    assert leaf.keyword == "leaf" and leaf.arg == "a"
    assert leaf.find("description").arg == "one two\tthree\n"  # type: ignore[union-attr]
    with pytest.raises(YangError, match="unterminated string"):
        parse_statements('leaf a { description "open; }')
    with pytest.raises(YangError, match="missing '}'"):
        parse_statements("container c { leaf a;")


def test_rpc_model_with_groupings_typedefs_and_the_old_action_form() -> None:
    parsed = module(
        """
  typedef level { type enumeration { enum brief; enum detail; } }
  grouping counters { leaf hits { type uint32; } }
  rpc get-thing {
    junos:command "show thing" { junos:action-execute { junos:script "thing.py"; } }
    input {
      leaf name { type string; junos:cli-feature "nokeyword"; mandatory true; }
      leaf level { type level; default brief; }
      leaf verbose { type empty; }
      leaf count { type uint8; }
    }
    output { container thing { uses counters; } }
  }
  rpc get-old {
    junos:command "show old-thing";
    junos:action-execute { junos:script "old.py"; }
  }
"""
    )
    thing, old = parsed.rpcs  # type: ignore[attr-defined]
    assert thing.command == ("show", "thing") and thing.script == "thing.py"
    leaves = {leaf.name: leaf for leaf in thing.inputs}
    assert leaves["name"].nokeyword and leaves["name"].mandatory
    assert leaves["level"].type == "enumeration" and leaves["level"].enums == ("brief", "detail")
    assert leaves["level"].default == "brief"
    assert leaves["verbose"].type == "empty" and leaves["count"].type == "uint8"
    assert "hits" in thing.output.children["thing"].children
    assert old.command == ("show", "old-thing") and old.script == "old.py"


@pytest.mark.parametrize(
    ("text", "name", "error"),
    [
        ("module demo { prefix d; }", "demo.yang", "has no namespace"),
        ('module demo { namespace "urn:x"; prefix d; }', "other.yang", "file name must be the module name"),
        ('module demo { namespace "urn:x"; prefix d; rpc r { nope:command "show x"; } }', "demo.yang", "not imported"),
        ('module demo { namespace "urn:x"; prefix d; augment "/x" { } }', "demo.yang", "not supported"),
        (
            HEAD + 'rpc r { junos:command "show Bad!"; } }',
            "demo.yang",
            "not a valid CLI keyword",
        ),
        (HEAD + 'rpc r { junos:command "configure x"; } }', "demo.yang", "operational verb"),
        (HEAD + "rpc r { input { leaf a; leaf a; } } }", "demo.yang", "defined twice"),
        (HEAD + "rpc r { input { container c; } } }", "demo.yang", "only leaf statements"),
    ],
)
def test_modules_junos_would_refuse(text: str, name: str, error: str) -> None:
    with pytest.raises(YangError, match=error):
        parse_module(text, name)


def test_cli_arguments_follow_the_input_leaves() -> None:
    parsed = module(
        """
  rpc get-thing {
    junos:command "show thing" { junos:action-execute { junos:script "thing.py"; } }
    input {
      leaf name { type string; junos:cli-feature "nokeyword"; }
      leaf level { type enumeration { enum brief; enum detail; } default brief; }
      leaf verbose { type empty; }
      leaf count { type uint8; mandatory true; }
    }
  }
"""
    )
    rpc = parsed.rpcs[0]  # type: ignore[attr-defined]
    found = parse_cli_arguments(rpc, ["ge-0/0/0", "verb", "count", "7", "lev", "detail"])
    assert found == {"name": "ge-0/0/0", "level": "detail", "verbose": True, "count": "7"}
    assert parse_cli_arguments(rpc, ["count", "1"])["level"] == "brief"  # the default
    for tokens, error in (
        ([], "missing mandatory argument 'count'"),
        (["count", "300"], "out of range"),
        (["count", "x"], "not a number"),
        (["count", "1", "level", "loud"], "not a valid level"),
        (["count"], "missing argument after 'count'"),
        (["a", "b", "count", "1"], "syntax error"),
    ):
        with pytest.raises(OpCommandError, match=error):
            parse_cli_arguments(rpc, tokens)


def test_printf_conversions() -> None:
    assert printf("%-6s|%5d|%x|%.2f|%%", ["ab", "42", "255", "3.14159"]) == "ab    |   42|ff|3.14|%"
    assert printf("%5d", ["n/a"]) == "  n/a"  # not a number: shown as text


ODL = """
  rpc get-report {
    junos:command "show report" { junos:action-execute { junos:script "r.py"; } }
    output {
      container report {
        leaf title { type string; }
        list peer {
          leaf name { type string; odl:formal-name "Peer"; }
          leaf state { type string; }
          leaf uptime { type string; }
          odl:format peer-brief {
            odl:header "Peer       State\\n";
            odl:picture "@<<<<<<<<< @>>>>>>";
            odl:line { odl:field "name"; odl:field "state" { odl:capitalize; } }
          }
          odl:format peer-detail {
            odl:style "detail";
            odl:indent 2;
            odl:blank-line;
            odl:line { odl:field "name" { odl:leading; odl:colon; } }
            odl:line { odl:comma; odl:space; odl:field "state"; odl:field "uptime" { odl:default-text "never"; } }
          }
        }
        odl:format report-format {
          odl:line { odl:field "title" { odl:template "Report: %s"; } }
        }
      }
    }
  }
"""


def test_odl_formats_render_the_reply() -> None:
    rpc = module(ODL).rpcs[0]  # type: ignore[attr-defined]
    reply = parse_reply(
        "<report><title>peers</title>"
        "<peer><name>r1</name><state>up</state><uptime>1d</uptime></peer>"
        "<peer><name>r2-long-name</name><state>down</state></peer></report>",
        rpc,
    )
    # a value wider than its picture column pushes the next column to the right
    assert (
        render_text(reply, rpc.output) == "Report: peers\nPeer       State\nr1              Up\nr2-long-name    Down\n"
    )
    detail = parse_reply(
        '<report xmlns:junos="http://xml.juniper.net/junos/*/junos"><title>peers</title>'
        '<peer junos:style="detail"><name>r1</name><state>up</state></peer></report>',
        rpc,
    )
    assert render_text(detail, rpc.output) == "Report: peers\n  Peer: r1\n  up, never\n\n"


def test_a_reply_without_formats_is_shown_as_name_value_lines() -> None:
    rpc = module(
        """
  rpc get-plain {
    junos:command "show plain" { junos:action-execute { junos:script "p.py"; } }
    output { container plain { leaf a { type string; } container inner { leaf b { type string; } } } }
  }
"""
    ).rpcs[0]  # type: ignore[attr-defined]
    reply = parse_reply('<?xml version="1.0"?>\n<plain><a>1</a><inner><b>2</b></inner></plain>', rpc)
    assert render_text(reply, rpc.output) == "plain:\n  a: 1\n  inner:\n    b: 2\n"
    with pytest.raises(OpCommandError, match="printed invalid XML"):
        parse_reply("<plain><a>1</plain>", rpc)
    with pytest.raises(OpCommandError, match="printed invalid XML"):
        parse_reply('<!DOCTYPE x [<!ENTITY e "x">]><plain/>', rpc)
