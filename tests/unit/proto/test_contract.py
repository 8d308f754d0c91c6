"""Wire-contract tests: our proto/ tree and generated stubs against the JET facts table.

The facts table (proto/facts/jet-idl-24.4R1.json) is derived from the shared JET IDL reference by
proto/tools/extract_facts.py.  These tests compile proto/ with grpc_tools.protoc into a
FileDescriptorSet and compare every file, package, option, service, method, message, enum, field
and reserved entry with it, in both directions; then they check the committed stubs.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import pkgutil
import re
import shutil
import subprocess
import sys
from concurrent import futures
from pathlib import Path
from types import ModuleType
from typing import Any

import grpc
import pytest
from google.protobuf import descriptor_pb2, descriptor_pool

REPO_ROOT = Path(__file__).resolve().parents[3]
PROTO_ROOT = REPO_ROOT / "proto"
FACTS_PATH = PROTO_ROOT / "facts" / "jet-idl-24.4R1.json"
COLLECTION_STUBS = "ansible_collections.jetkit.junos.plugins.module_utils._jet.proto"
EMULATOR_STUBS = "jetemu.proto"

SCALARS = {
    descriptor_pb2.FieldDescriptorProto.TYPE_DOUBLE: "double",
    descriptor_pb2.FieldDescriptorProto.TYPE_FLOAT: "float",
    descriptor_pb2.FieldDescriptorProto.TYPE_INT64: "int64",
    descriptor_pb2.FieldDescriptorProto.TYPE_UINT64: "uint64",
    descriptor_pb2.FieldDescriptorProto.TYPE_INT32: "int32",
    descriptor_pb2.FieldDescriptorProto.TYPE_FIXED64: "fixed64",
    descriptor_pb2.FieldDescriptorProto.TYPE_FIXED32: "fixed32",
    descriptor_pb2.FieldDescriptorProto.TYPE_BOOL: "bool",
    descriptor_pb2.FieldDescriptorProto.TYPE_STRING: "string",
    descriptor_pb2.FieldDescriptorProto.TYPE_BYTES: "bytes",
    descriptor_pb2.FieldDescriptorProto.TYPE_UINT32: "uint32",
    descriptor_pb2.FieldDescriptorProto.TYPE_SFIXED32: "sfixed32",
    descriptor_pb2.FieldDescriptorProto.TYPE_SFIXED64: "sfixed64",
    descriptor_pb2.FieldDescriptorProto.TYPE_SINT32: "sint32",
    descriptor_pb2.FieldDescriptorProto.TYPE_SINT64: "sint64",
}


def _load_script(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


generate = _load_script("jetkit_proto_generate", PROTO_ROOT / "generate.py")
extract_facts = _load_script("jetkit_extract_facts", PROTO_ROOT / "tools" / "extract_facts.py")


# --------------------------------------------------------------------------------------------
# Helpers: compile, flatten both sides into {element: value}, compare.
# --------------------------------------------------------------------------------------------


def compile_descriptor_set(source_dirs: tuple[Path, ...], out: Path) -> descriptor_pb2.FileDescriptorSet:
    """Compile every .proto under ``source_dirs`` into one FileDescriptorSet (with imports)."""
    from grpc_tools import protoc

    sources = sorted(path for directory in source_dirs for path in directory.glob("*.proto"))
    args = ["grpc_tools.protoc", *(f"-I{d}" for d in source_dirs), f"-I{generate._well_known_include()}"]
    args += [f"--descriptor_set_out={out}", "--include_imports", *map(str, sources)]
    assert protoc.main(args) == 0, f"protoc failed on {source_dirs}"
    fds = descriptor_pb2.FileDescriptorSet()
    fds.ParseFromString(out.read_bytes())
    return fds


def _decode_string_fields(data: bytes) -> dict[int, str]:
    """Length-delimited fields of a serialized message (used for the custom FileOptions)."""
    found: dict[int, str] = {}
    pos = 0

    def varint() -> int:
        nonlocal pos
        result = shift = 0
        while True:
            byte = data[pos]
            pos += 1
            result |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return result

    while pos < len(data):
        tag = varint()
        number, wire_type = tag >> 3, tag & 7
        if wire_type == 0:
            varint()
        elif wire_type == 1:
            pos += 8
        elif wire_type == 5:
            pos += 4
        elif wire_type == 2:
            length = varint()
            found[number] = data[pos : pos + length].decode("utf-8")
            pos += length
        else:
            raise AssertionError(f"unexpected wire type {wire_type} in FileOptions")
    return found


def flatten_facts(facts: dict[str, Any]) -> dict[str, Any]:
    """The facts table as {element description: value}."""
    flat: dict[str, Any] = {}
    for name, entry in facts["files"].items():
        flat[f"file {name}"] = {"package": entry["package"]}
        for dep in entry["imports"]:
            flat[f"file {name} import {dep}"] = True
        for option, value in entry["options"].items():
            flat[f"file {name} option ({option})"] = value
        for ext in entry.get("extensions", []):
            flat[f"file {name} extension {ext['name']}"] = {
                "extendee": ext["extendee"],
                "number": ext["number"],
                "type": ext["type"],
            }
        for enum in entry["enums"]:
            flat[f"enum {enum['name']}"] = {"file": name, "allow_alias": enum["allow_alias"]}
            for value in enum["values"]:
                flat[f"enum {enum['name']} value {value['name']}"] = value["number"]
        for message in entry["messages"]:
            flat[f"message {message['name']}"] = {"file": name}
            for fld in message["fields"]:
                flat[f"message {message['name']} field {fld['name']}"] = {
                    k: fld[k] for k in ("number", "kind", "type", "label", "oneof", "map")
                }
            for start, end in message["reserved_ranges"]:
                flat[f"message {message['name']} reserved range {start}-{end}"] = True
            for reserved in message["reserved_names"]:
                flat[f"message {message['name']} reserved name {reserved}"] = True
        for service in entry["services"]:
            flat[f"service {service['name']}"] = {"file": name}
            for method in service["methods"]:
                flat[f"method /{service['name']}/{method['name']}"] = {
                    k: method[k] for k in ("input", "output", "client_streaming", "server_streaming")
                }
    return flat


def flatten_descriptors(fds: descriptor_pb2.FileDescriptorSet, facts: dict[str, Any]) -> dict[str, Any]:
    """The compiled descriptors (our files only, not google/*) in the same shape as flatten_facts."""
    option_names: dict[int, str] = {}
    for entry in facts["files"].values():
        for ext in entry.get("extensions", []):
            option_names[ext["number"]] = ext["name"]
    flat: dict[str, Any] = {}

    def field_facts(fld: descriptor_pb2.FieldDescriptorProto, msg: descriptor_pb2.DescriptorProto) -> Any:
        label = {fld.LABEL_REPEATED: "repeated", fld.LABEL_OPTIONAL: "optional"}.get(fld.label, "required")
        if fld.proto3_optional:
            label = "proto3 optional"
        oneof = None
        if fld.HasField("oneof_index") and not fld.proto3_optional:
            oneof = msg.oneof_decl[fld.oneof_index].name
        if fld.type in SCALARS:
            kind, type_name, map_facts = "scalar", SCALARS[fld.type], None
        elif fld.type == fld.TYPE_ENUM:
            kind, type_name, map_facts = "enum", fld.type_name.lstrip("."), None
        elif fld.type == fld.TYPE_MESSAGE:
            entry = next(
                (
                    n
                    for n in msg.nested_type
                    if n.options.map_entry and fld.type_name.endswith(f".{msg.name}.{n.name}")
                ),
                None,
            )
            if entry is None:
                kind, type_name, map_facts = "message", fld.type_name.lstrip("."), None
            else:
                key, value = sorted(entry.field, key=lambda f: f.number)
                value_kind = {value.TYPE_ENUM: "enum", value.TYPE_MESSAGE: "message"}.get(
                    value.type, "scalar"
                )
                value_type = SCALARS[value.type] if value_kind == "scalar" else value.type_name.lstrip(".")
                kind, type_name = "map", None
                map_facts = {"key": SCALARS[key.type], "value": value_type, "value_kind": value_kind}
        else:
            kind, type_name, map_facts = f"unsupported type {fld.type}", None, None
        return {
            "number": fld.number,
            "kind": kind,
            "type": type_name,
            "label": label,
            "oneof": oneof,
            "map": map_facts,
        }

    def walk_enum(enum: descriptor_pb2.EnumDescriptorProto, scope: str, file_name: str) -> None:
        full = f"{scope}.{enum.name}"
        flat[f"enum {full}"] = {"file": file_name, "allow_alias": enum.options.allow_alias}
        for value in enum.value:
            flat[f"enum {full} value {value.name}"] = value.number
        for rng in enum.reserved_range:
            flat[f"enum {full} reserved range {rng.start}-{rng.end}"] = True
        for reserved in enum.reserved_name:
            flat[f"enum {full} reserved name {reserved}"] = True

    def walk_message(msg: descriptor_pb2.DescriptorProto, scope: str, file_name: str) -> None:
        full = f"{scope}.{msg.name}"
        flat[f"message {full}"] = {"file": file_name}
        for fld in msg.field:
            flat[f"message {full} field {fld.name}"] = field_facts(fld, msg)
        for rng in msg.reserved_range:  # descriptor ranges are end-exclusive
            flat[f"message {full} reserved range {rng.start}-{rng.end - 1}"] = True
        for reserved in msg.reserved_name:
            flat[f"message {full} reserved name {reserved}"] = True
        for ext in msg.extension:
            flat[f"message {full} nested extension {ext.name}"] = True
        for enum in msg.enum_type:
            walk_enum(enum, full, file_name)
        for nested in msg.nested_type:
            if not nested.options.map_entry:
                walk_message(nested, full, file_name)

    for file in fds.file:
        if file.name.startswith("google/protobuf/"):
            continue
        flat[f"file {file.name}"] = {"package": file.package}
        if file.syntax != "proto3":
            flat[f"file {file.name} syntax"] = file.syntax or "proto2"
        for dep in file.dependency:
            flat[f"file {file.name} import {dep}"] = True
        for number, value in _decode_string_fields(file.options.SerializeToString()).items():
            name = option_names.get(number, f"unknown option #{number}")
            flat[f"file {file.name} option ({name})"] = value
        for ext in file.extension:
            flat[f"file {file.name} extension {file.package}.{ext.name}"] = {
                "extendee": ext.extendee.lstrip("."),
                "number": ext.number,
                "type": SCALARS.get(ext.type, f"type {ext.type}"),
            }
        for enum in file.enum_type:
            walk_enum(enum, file.package, file.name)
        for msg in file.message_type:
            walk_message(msg, file.package, file.name)
        for service in file.service:
            full = f"{file.package}.{service.name}"
            flat[f"service {full}"] = {"file": file.name}
            for method in service.method:
                flat[f"method /{full}/{method.name}"] = {
                    "input": method.input_type.lstrip("."),
                    "output": method.output_type.lstrip("."),
                    "client_streaming": method.client_streaming,
                    "server_streaming": method.server_streaming,
                }
    return flat


def contract_differences(actual: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Every element that is missing, extra or different, named precisely."""
    problems = [f"missing from proto/: {key} = {expected[key]!r}" for key in expected if key not in actual]
    problems += [
        f"not in the JET facts (extra): {key} = {actual[key]!r}" for key in actual if key not in expected
    ]
    problems += [
        f"differs: {key}: proto/ has {actual[key]!r}, JET has {expected[key]!r}"
        for key in expected
        if key in actual and actual[key] != expected[key]
    ]
    return problems


def _stub_modules(package_name: str) -> dict[str, ModuleType]:
    package = importlib.import_module(package_name)
    return {
        info.name: importlib.import_module(f"{package_name}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    }


# --------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def facts() -> dict[str, Any]:
    return json.loads(FACTS_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def descriptor_set(tmp_path_factory: pytest.TempPathFactory) -> descriptor_pb2.FileDescriptorSet:
    out = tmp_path_factory.mktemp("fds") / "jet.pb"
    return compile_descriptor_set(generate.SOURCE_DIRS, out)


@pytest.fixture(scope="module")
def both_stub_packages() -> tuple[dict[str, ModuleType], dict[str, ModuleType]]:
    return _stub_modules(COLLECTION_STUBS), _stub_modules(EMULATOR_STUBS)


# --------------------------------------------------------------------------------------------
# The .proto files against the facts table
# --------------------------------------------------------------------------------------------


def test_facts_table_covers_the_scope(facts):
    in_scope = [name for names in extract_facts.SCOPE.values() for name in names]
    assert list(facts["files"]) == in_scope
    for name, entry in facts["files"].items():
        assert (PROTO_ROOT / entry["api"] / name).is_file(), f"proto/{entry['api']}/{name} is missing"


def test_proto_tree_matches_jet_facts_both_ways(descriptor_set, facts):
    problems = contract_differences(flatten_descriptors(descriptor_set, facts), flatten_facts(facts))
    assert not problems, "wire contract broken:\n" + "\n".join(problems)


def test_proto_files_are_proto3_with_matching_directory(descriptor_set, facts):
    ours = [f for f in descriptor_set.file if not f.name.startswith("google/")]
    assert sorted(f.name for f in ours) == sorted(facts["files"])
    for file in ours:
        assert file.syntax == "proto3", f"{file.name} is not proto3"
        text = (PROTO_ROOT / facts["files"][file.name]["api"] / file.name).read_text(encoding="utf-8")
        assert text.lstrip().startswith("//"), f"{file.name} has no leading comment"


def test_contract_check_catches_a_changed_field_number(tmp_path, facts):
    """Mutate a copy of proto/: the comparison must name the exact field."""
    copies = []
    for directory in generate.SOURCE_DIRS:
        copy = tmp_path / directory.name
        shutil.copytree(directory, copy)
        copies.append(copy)
    target = tmp_path / "v2" / "jnx_management_service.proto"
    text = target.read_text(encoding="utf-8")
    mutated, count = re.subn(r"(\n  string data = )3;", r"\g<1>4;", text)
    assert count == 1, "test precondition: OpCommandGetResponse.data = 3 not found"
    target.write_text(mutated, encoding="utf-8")
    fds = compile_descriptor_set(tuple(copies), tmp_path / "mutated.pb")
    problems = contract_differences(flatten_descriptors(fds, facts), flatten_facts(facts))
    assert len(problems) == 1, problems
    assert "message jnx.jet.management.OpCommandGetResponse field data" in problems[0]
    assert "'number': 4" in problems[0] and "'number': 3" in problems[0]


def test_contract_check_catches_missing_and_extra_elements(descriptor_set, facts):
    expected = flatten_facts(facts)
    actual = flatten_descriptors(descriptor_set, facts)
    del actual["method /jnx.jet.management.Management/ConfigSet"]
    actual["enum jnx.jet.management.ConfigLoadType value CONFIG_LOAD_EXTRA"] = 9
    problems = contract_differences(actual, expected)
    assert problems == [
        "missing from proto/: method /jnx.jet.management.Management/ConfigSet = "
        + repr(expected["method /jnx.jet.management.Management/ConfigSet"]),
        "not in the JET facts (extra): enum jnx.jet.management.ConfigLoadType value CONFIG_LOAD_EXTRA = 9",
    ]


def test_facts_rederived_from_reference_equal_committed_json():
    reference = extract_facts.find_reference()
    if reference is None:
        pytest.skip("jet-idl-fields.md not available (looked in /work/shared and ../shared of the repo)")
    api_doc = reference.with_name("jet-api.md")
    if not api_doc.is_file():
        pytest.skip(f"{api_doc} not available")
    derived = extract_facts.extract(
        reference.read_text(encoding="utf-8"), api_doc.read_text(encoding="utf-8")
    )
    committed = json.loads(FACTS_PATH.read_text(encoding="utf-8"))
    assert derived == committed
    assert extract_facts.render_json(derived) == FACTS_PATH.read_text(encoding="utf-8")


def test_extractor_rejects_unknown_lines():
    reference = extract_facts.find_reference()
    if reference is None:
        pytest.skip("jet-idl-fields.md not available")
    text = reference.read_text(encoding="utf-8")
    broken = text.replace("Message `LoginRequest`\n", "Mesage `LoginRequest`\n", 1)
    with pytest.raises(extract_facts.FactsError, match=r"unrecognised line .*Mesage `LoginRequest`"):
        extract_facts.extract(broken, reference.with_name("jet-api.md").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# Generated stubs
# --------------------------------------------------------------------------------------------


def test_generate_check_passes_on_committed_stubs():
    result = subprocess.run(
        [sys.executable, str(PROTO_ROOT / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_generate_check_reports_drift(tmp_path, monkeypatch):
    copies = []
    for target in generate.TARGETS:
        copy = tmp_path / target.relative_to(REPO_ROOT)
        shutil.copytree(target, copy, ignore=shutil.ignore_patterns("__pycache__"))
        copies.append(copy)
    monkeypatch.setattr(generate, "REPO_ROOT", tmp_path)
    monkeypatch.setattr(generate, "TARGETS", tuple(copies))
    assert generate.check() == []
    edited = copies[0] / "jnx_management_service_pb2.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# local edit\n", encoding="utf-8")
    (copies[1] / "jnx_base_types_pb2.pyi").unlink()
    (copies[1] / "old_service_pb2.py").write_text("", encoding="utf-8")
    rel0, rel1 = (c.relative_to(tmp_path) for c in copies)
    assert generate.check() == [
        f"differs: {rel0 / 'jnx_management_service_pb2.py'}",
        f"missing: {rel1 / 'jnx_base_types_pb2.pyi'}",
        f"not generated from proto/ (stale): {rel1 / 'old_service_pb2.py'}",
    ]


def test_sibling_imports_are_relative():
    for target in generate.TARGETS:
        for path in target.glob("*_pb2*.py*"):
            text = path.read_text(encoding="utf-8")
            top_level = re.findall(r"^import (\w+_pb2)\b", text, flags=re.MULTILINE)
            assert not top_level, f"{path} imports sibling stubs absolutely: {top_level}"


def test_both_copies_are_identical():
    collection, emulator = generate.TARGETS
    names = sorted(p.name for p in collection.iterdir() if p.suffix in (".py", ".pyi"))
    assert names == sorted(p.name for p in emulator.iterdir() if p.suffix in (".py", ".pyi"))
    for name in names:
        assert (collection / name).read_bytes() == (emulator / name).read_bytes(), name


def test_both_stub_packages_import_in_one_process(both_stub_packages, facts):
    collection, emulator = both_stub_packages
    expected = {f"{Path(name).stem}_pb2" for name in facts["files"]}
    expected |= {f"{Path(name).stem}_pb2_grpc" for name in facts["files"]}
    assert set(collection) == expected
    assert set(emulator) == expected
    for name in facts["files"]:
        module = f"{Path(name).stem}_pb2"
        # Same serialized file registered twice in the default pool: accepted, one descriptor.
        assert collection[module].DESCRIPTOR.serialized_pb == emulator[module].DESCRIPTOR.serialized_pb
        assert (
            descriptor_pool.Default().FindFileByName(name).serialized_pb
            == emulator[module].DESCRIPTOR.serialized_pb
        )


def test_fresh_interpreter_imports_both_copies():
    """No earlier import in this test session can hide an import-order problem."""
    code = (
        "import importlib, pkgutil\n"
        f"for name in ({COLLECTION_STUBS!r}, {EMULATOR_STUBS!r}):\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(name + '.' + info.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": ":".join(p for p in sys.path if p), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_descriptor_pool_accepts_identical_and_rejects_conflicting_files(both_stub_packages):
    collection, _ = both_stub_packages
    base = collection["jnx_common_base_types_pb2"].DESCRIPTOR.serialized_pb
    management = collection["jnx_management_service_pb2"].DESCRIPTOR.serialized_pb
    pool = descriptor_pool.DescriptorPool()
    pool.AddSerializedFile(
        descriptor_pb2.FileDescriptorProto.FromString(
            descriptor_pb2.DESCRIPTOR.serialized_pb
        ).SerializeToString()
    )
    pool.AddSerializedFile(base)
    pool.AddSerializedFile(management)
    pool.AddSerializedFile(management)  # identical again: accepted
    changed = descriptor_pb2.FileDescriptorProto.FromString(management)
    response = next(m for m in changed.message_type if m.name == "OpCommandGetResponse")
    next(f for f in response.field if f.name == "data").number = 4
    with pytest.raises(Exception):  # noqa: B017 - the runtime's error type differs between backends
        pool.AddSerializedFile(changed.SerializeToString())
    found = pool.FindMessageTypeByName("jnx.jet.management.OpCommandGetResponse")
    assert found.fields_by_name["data"].number == 3


def test_messages_round_trip_between_the_two_copies(both_stub_packages):
    collection, emulator = both_stub_packages
    v2_req = collection["jnx_management_service_pb2"].OpCommandGetRequest(
        xml_command="<get-software-information/>",
        out_format=collection["jnx_management_service_pb2"].OP_COMMAND_OUTPUT_XML,
    )
    parsed = emulator["jnx_management_service_pb2"].OpCommandGetRequest.FromString(v2_req.SerializeToString())
    assert parsed.WhichOneof("command") == "xml_command"
    assert parsed.xml_command == "<get-software-information/>"
    assert parsed.out_format == 1

    v1_req = emulator["management_service_pb2"].ExecuteOpCommandRequest(
        request_id=7, cli_command="show version", out_format=2
    )
    back = collection["management_service_pb2"].ExecuteOpCommandRequest.FromString(v1_req.SerializeToString())
    assert (back.request_id, back.cli_command, back.out_format) == (7, "show version", 2)
    # Exact bytes, so the numbers really are JET's: 1 request_id, 2 cli_command, 5 out_format.
    assert v1_req.SerializeToString() == b"\x08\x07\x12\x0cshow version\x28\x02"


# --------------------------------------------------------------------------------------------
# Hand-written spot checks from the reference (independent of the facts table)
# --------------------------------------------------------------------------------------------


def test_spot_check_enum_numbering_differs_between_v1_and_v2(both_stub_packages):
    collection, _ = both_stub_packages
    v1 = collection["management_service_pb2"]
    v2 = collection["jnx_management_service_pb2"]
    assert (v1.CONFIG_LOAD_REPLACE, v1.CONFIG_LOAD_MERGE, v1.CONFIG_LOAD_SET) == (0, 1, 4)
    assert (v2.CONFIG_LOAD_MERGE, v2.CONFIG_LOAD_REPLACE, v2.CONFIG_LOAD_SET) == (0, 1, 4)
    assert (v1.CONFIG_COMMIT_SYNCHRONIZE, v1.CONFIG_COMMIT) == (0, 1)
    assert (v2.CONFIG_COMMIT, v2.CONFIG_COMMIT_SYNCHRONIZE) == (0, 1)
    assert (v1.ENCODING_XML, v1.ENCODING_JSON) == (0, 1)
    assert (v2.CONFIG_GET_OUTPUT_JSON, v2.CONFIG_GET_OUTPUT_XML) == (0, 1)


def test_spot_check_reserved_sub_code(both_stub_packages):
    collection, _ = both_stub_packages
    proto = descriptor_pb2.DescriptorProto()
    collection["jnx_authentication_service_pb2"].LoginResponse.DESCRIPTOR.CopyToProto(proto)
    assert [(r.start, r.end) for r in proto.reserved_range] == [(2, 3)]
    assert list(proto.reserved_name) == ["sub_code"]
    assert [(f.name, f.number) for f in proto.field] == [("status", 1)]
    login = collection["jnx_authentication_service_pb2"].LoginRequest.DESCRIPTOR
    assert [(f.name, f.number) for f in login.fields] == [
        ("username", 1),
        ("password", 2),
        ("client_id", 3),
        ("group_id", 4),
    ]


def test_spot_check_misc_numbers(both_stub_packages):
    collection, _ = both_stub_packages
    gateway = collection["jnx_routing_rib_service_pb2"].RouteGateway.DESCRIPTOR
    assert gateway.fields_by_name["weight"].number == 5
    assert gateway.fields_by_name["bandwidth"].number == 6
    assert gateway.fields_by_name["flexible_tunnel_profile"].number == 7
    rib = collection["jnx_routing_rib_service_pb2"]
    assert rib.RTPREF_RIP == rib.RTPREF_RIPNG == 100
    prefs = rib.RouteAttributes.DESCRIPTOR.fields_by_name["preferences"]
    assert prefs.message_type.GetOptions().map_entry
    assert prefs.message_type.fields_by_name["value"].message_type.full_name == "google.protobuf.UInt32Value"
    edit = collection["management_service_pb2"].EditEphemeralConfigRequest.DESCRIPTOR
    assert sorted(f.number for f in edit.fields) == [1, 3, 4, 5, 6]
    options = collection["jnx_management_service_pb2"].DESCRIPTOR.GetOptions()
    base = collection["jnx_common_base_types_pb2"]
    assert options.Extensions[base.japi_version] == "0.0.0"
    assert options.Extensions[base.junos_release] == "18.4"
    assert base.japi_version.number == 50000 and base.junos_release.number == 50001


def test_spot_check_method_paths_and_streaming_over_a_real_channel(both_stub_packages):
    """Serve with the emulator copy, call with the collection copy, and by raw method path."""
    collection, emulator = both_stub_packages
    server_pb2, server_grpc = (
        emulator["jnx_management_service_pb2"],
        emulator["jnx_management_service_pb2_grpc"],
    )
    v1_pb2, v1_grpc = emulator["management_service_pb2"], emulator["management_service_pb2_grpc"]

    class Management(server_grpc.ManagementServicer):
        def OpCommandGet(self, request, context):
            for chunk in ("<a>", request.cli_command, "</a>"):
                yield server_pb2.OpCommandGetResponse(data=chunk)

    class LegacyManagement(v1_grpc.ManagementRpcApiServicer):
        def ExecuteOpCommand(self, request, context):
            yield v1_pb2.ExecuteOpCommandResponse(request_id=request.request_id, data=request.cli_command)

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    server_grpc.add_ManagementServicer_to_server(Management(), server)
    v1_grpc.add_ManagementRpcApiServicer_to_server(LegacyManagement(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    assert port > 0
    server.start()
    try:
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            client_pb2 = collection["jnx_management_service_pb2"]
            stub = collection["jnx_management_service_pb2_grpc"].ManagementStub(channel)
            chunks = [
                r.data for r in stub.OpCommandGet(client_pb2.OpCommandGetRequest(cli_command="show version"))
            ]
            assert chunks == ["<a>", "show version", "</a>"]

            raw = channel.unary_stream(
                "/jnx.jet.management.Management/OpCommandGet",
                request_serializer=None,
                response_deserializer=None,
            )
            replies = list(raw(client_pb2.OpCommandGetRequest(cli_command="x").SerializeToString()))
            assert [client_pb2.OpCommandGetResponse.FromString(r).data for r in replies] == [
                "<a>",
                "x",
                "</a>",
            ]

            legacy = channel.unary_stream("/management.ManagementRpcApi/ExecuteOpCommand")
            legacy_req = collection["management_service_pb2"].ExecuteOpCommandRequest(
                request_id=3, cli_command="y"
            )
            (reply,) = list(legacy(legacy_req.SerializeToString()))
            parsed = collection["management_service_pb2"].ExecuteOpCommandResponse.FromString(reply)
            assert (parsed.request_id, parsed.data) == (3, "y")
    finally:
        server.stop(grace=None)

    method = (
        collection["jnx_management_service_pb2"].DESCRIPTOR.services_by_name["Management"].methods_by_name
    )
    assert method["OpCommandGet"].server_streaming and not method["OpCommandGet"].client_streaming
    assert not method["ConfigSet"].server_streaming
