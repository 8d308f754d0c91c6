"""The facts extractor on small synthetic documents (independent of the shared reference)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location(
    "jetkit_extract_facts_synthetic", REPO_ROOT / "proto" / "tools" / "extract_facts.py"
)
assert _spec is not None and _spec.loader is not None
extract_facts = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = extract_facts
_spec.loader.exec_module(extract_facts)

SCOPE = {"v2": ("jnx_common_base_types.proto", "svc.proto"), "v1": ()}

API_DOC = """\
The v2 files declare custom file options `(p.common.japi_version)` (FileOptions ext. **50000**,
string) and `(p.common.junos_release)` (ext. **50001**, string), defined in `jnx_common_base_types.proto`. |

| v2 file | package | japi_version | junos_release |
|---|---|---|---|
| jnx_common_base_types.proto | p.common | 0.1.0 | 18.4 |
| svc.proto | p.svc | 1.0.0 ("a note") | (none) |
"""

TABLE = "| # | Field | Type | Label/oneof |\n|---|---|---|---|\n"


def reference(resp_extra: str = "") -> str:
    return (
        "# Title\n\nPreamble that is not parsed.\n\n"
        "## Part A — v2 API\n\n"
        "### `jnx_common_base_types.proto` — package `p.common`\n\n"
        "Enum `StatusCode`: `OK`=0, `BAD`=1\n\n"
        "### `other.proto` — package `p.other`\n\n"
        "Anything at all: out of scope files are skipped.\n\n"
        "### `svc.proto` — package `p.svc`\n\n"
        "Service `p.svc.Svc`\n\n"
        "| RPC | Request | Response | Streaming |\n|---|---|---|---|\n"
        "| `Get` | `Req` | `Resp` | server |\n"
        "| `Put` | `Req` | `p.svc.Resp` | unary |\n\n"
        "Enum `StatusCode` (allow_alias): `A`=0, `B`=0\n\n"
        "Message `Req`\n\n" + TABLE + "| 1 | `code` | enum Resp.StatusCode |  |\n"
        "| 2 | `common` | enum p.common.StatusCode | repeated |\n"
        "| 3 | `m` | map<string,Resp> |  |\n"
        "| 4 | `s` | string | oneof `choice` |\n"
        "| 5 | `b` | bytes | oneof `choice` |\n\n"
        "Message `Resp` (reserved: 2 sub_code)\n\n" + TABLE + "| 1 | `x` | uint64 |  |\n" + resp_extra + "\n"
        "Enum `Resp.StatusCode`: `FINE`=0\n\n"
        "Message `Empty`: (no fields)\n\n"
        "## Part B — v1 API\n\n"
    )


def test_synthetic_document_is_resolved_the_protobuf_way():
    facts = extract_facts.extract(reference(), API_DOC, SCOPE)
    svc = facts["files"]["svc.proto"]
    assert svc["package"] == "p.svc"
    assert svc["imports"] == ["jnx_common_base_types.proto"]
    assert svc["options"] == {"p.common.japi_version": "1.0.0"}
    base = facts["files"]["jnx_common_base_types.proto"]
    assert base["imports"] == ["google/protobuf/descriptor.proto"]
    assert [e["number"] for e in base["extensions"]] == [50000, 50001]
    assert base["options"] == {"p.common.japi_version": "0.1.0", "p.common.junos_release": "18.4"}
    assert [e["name"] for e in svc["enums"]] == ["p.svc.StatusCode", "p.svc.Resp.StatusCode"]
    assert svc["enums"][0]["allow_alias"] is True
    req, resp, empty = svc["messages"]
    assert req["fields"] == [
        {"number": 1, "name": "code", "kind": "enum", "type": "p.svc.Resp.StatusCode", "label": "optional",
         "oneof": None, "map": None},
        {"number": 2, "name": "common", "kind": "enum", "type": "p.common.StatusCode", "label": "repeated",
         "oneof": None, "map": None},
        {"number": 3, "name": "m", "kind": "map", "type": None, "label": "repeated", "oneof": None,
         "map": {"key": "string", "value": "p.svc.Resp", "value_kind": "message"}},
        {"number": 4, "name": "s", "kind": "scalar", "type": "string", "label": "optional", "oneof": "choice",
         "map": None},
        {"number": 5, "name": "b", "kind": "scalar", "type": "bytes", "label": "optional", "oneof": "choice",
         "map": None},
    ]  # fmt: skip
    assert (resp["name"], resp["reserved_ranges"], resp["reserved_names"]) == (
        "p.svc.Resp",
        [[2, 2]],
        ["sub_code"],
    )
    assert (empty["name"], empty["fields"]) == ("p.svc.Empty", [])
    (service,) = svc["services"]
    assert service["methods"] == [
        {"name": "Get", "input": "p.svc.Req", "output": "p.svc.Resp", "client_streaming": False,
         "server_streaming": True},
        {"name": "Put", "input": "p.svc.Req", "output": "p.svc.Resp", "client_streaming": False,
         "server_streaming": False},
    ]  # fmt: skip


def test_rendering_is_deterministic():
    facts = extract_facts.extract(reference(), API_DOC, SCOPE)
    again = extract_facts.extract(reference(), API_DOC, SCOPE)
    assert extract_facts.render_json(facts) == extract_facts.render_json(again)
    assert extract_facts.render_json(facts).endswith("}\n")


@pytest.mark.parametrize(
    ("extra_row", "message"),
    [
        ("| 3 | `c` | enum StatusCode |  |\n", r"ambiguous: p\.svc\.Resp\.StatusCode by protobuf scoping"),
        ("| 3 | `c` | Nope |  |\n", r"message p\.svc\.Resp field c: cannot resolve type 'Nope'"),
        ("| 3 | `c` | enum Req |  |\n", r"field c: 'Req' is marked enum but resolves to message p\.svc\.Req"),
        ("| 3 | `c` | p.common.StatusCode |  |\n", r"field c: .* resolves to enum .* but is not marked enum"),
        ("| 1 | `dup` | string |  |\n", r"duplicate field numbers \[1, 1\]"),
        ("| 3 | `c` | string | sometimes |\n", r"field c: unknown label 'sometimes'"),
        ("| 3 | `c` | string | what is this\n", r"unrecognised line in svc\.proto: '\| 3 \| `c`"),
    ],
)
def test_bad_input_is_rejected_with_the_element_named(extra_row, message):
    with pytest.raises(extract_facts.FactsError, match=message):
        extract_facts.extract(reference(extra_row), API_DOC, SCOPE)


def test_missing_scope_file_and_missing_options_are_errors():
    with pytest.raises(extract_facts.FactsError, match="not found in the reference: absent.proto"):
        extract_facts.extract(reference(), API_DOC, {"v2": (*SCOPE["v2"], "absent.proto"), "v1": ()})
    no_row = API_DOC.replace('| svc.proto | p.svc | 1.0.0 ("a note") | (none) |\n', "")
    with pytest.raises(extract_facts.FactsError, match="gives no japi_version/junos_release for svc.proto"):
        extract_facts.extract(reference(), no_row, SCOPE)


def test_cli_writes_nothing_on_error(tmp_path):
    ref = tmp_path / "jet-idl-fields.md"
    ref.write_text(reference("| 3 | `c` | Nope |  |\n"), encoding="utf-8")
    (tmp_path / "jet-api.md").write_text(API_DOC, encoding="utf-8")
    out = tmp_path / "facts.json"
    assert extract_facts.main(["--reference", str(ref), "--out", str(out)]) == 1
    assert not out.exists()
