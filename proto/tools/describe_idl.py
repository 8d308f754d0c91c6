#!/usr/bin/env python3
"""Describe the wire contract of ``.proto`` files in the markdown layout of ``jet-idl-fields.md``.

Compiles the named files with ``grpc_tools.protoc`` into a descriptor set and prints, per file,
its services, enums and messages (names, numbers, types, labels, oneofs, maps) exactly in the
layout that ``extract_facts.py`` parses. Only facts are printed, never comments or text of the
input files. Two uses:

* cross-checking: describe Juniper's official IDL files and compare with the shared reference
  (or with ``describe_idl.py`` run on our own ``proto/`` tree);
* filling a gap of the reference: ``proto/facts/jet-idl-supplement.md`` was produced with it from
  the file named in its heading.

Usage::

    python proto/tools/describe_idl.py --include DIR [--include DIR...] [--part "B — ..."] FILE.proto...

FILE names are relative to the first ``--include`` directory that holds them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from google.protobuf import descriptor_pb2

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
STREAMING = {(False, False): "unary", (False, True): "server", (True, False): "client", (True, True): "bidi"}


def compile_files(includes: list[Path], files: list[str]) -> descriptor_pb2.FileDescriptorSet:
    from grpc_tools import protoc

    well_known = Path(str(resources.files("grpc_tools") / "_proto"))
    with tempfile.TemporaryDirectory(prefix="describe-idl-") as scratch:
        out = Path(scratch) / "set.pb"
        args = ["grpc_tools.protoc", *(f"-I{d}" for d in includes), f"-I{well_known}"]
        args += [f"--descriptor_set_out={out}", "--include_imports", *files]
        if protoc.main(args) != 0:
            raise SystemExit(f"protoc failed on {' '.join(files)}")
        fds = descriptor_pb2.FileDescriptorSet()
        fds.ParseFromString(out.read_bytes())
    return fds


def _relative(type_name: str, package: str) -> str:
    name = type_name.lstrip(".")
    return name[len(package) + 1 :] if name.startswith(package + ".") else name


def _map_entry(fld: descriptor_pb2.FieldDescriptorProto, msg: descriptor_pb2.DescriptorProto) -> Any:
    for nested in msg.nested_type:
        if nested.options.map_entry and fld.type_name.endswith(f".{msg.name}.{nested.name}"):
            return nested
    return None


def _type_text(fld: descriptor_pb2.FieldDescriptorProto, msg: descriptor_pb2.DescriptorProto, package: str) -> str:
    if fld.type in SCALARS:
        return SCALARS[fld.type]
    if fld.type == fld.TYPE_ENUM:
        return f"enum {_relative(fld.type_name, package)}"
    entry = _map_entry(fld, msg)
    if entry is not None:
        key, value = sorted(entry.field, key=lambda f: f.number)
        value_text = SCALARS.get(value.type) or _relative(value.type_name, package)
        return f"map<{SCALARS[key.type]},{value_text}>"
    return _relative(fld.type_name, package)


def _label_text(fld: descriptor_pb2.FieldDescriptorProto, msg: descriptor_pb2.DescriptorProto) -> str:
    if fld.HasField("oneof_index") and not fld.proto3_optional:
        return f"oneof `{msg.oneof_decl[fld.oneof_index].name}`"
    if fld.label == fld.LABEL_REPEATED and _map_entry(fld, msg) is None:
        return "repeated"
    return ""


def _enum_lines(enum: descriptor_pb2.EnumDescriptorProto, rel_name: str) -> list[str]:
    alias = " (allow_alias)" if enum.options.allow_alias else ""
    values = ", ".join(f"`{v.name}`={v.number}" for v in enum.value)
    return [f"Enum `{rel_name}`{alias}: {values}", ""]


def _message_lines(msg: descriptor_pb2.DescriptorProto, rel_name: str, package: str) -> list[str]:
    reserved = [
        str(r.start) if r.end - 1 == r.start else f"{r.start} to {r.end - 1}" for r in msg.reserved_range
    ] + list(msg.reserved_name)
    head = f"Message `{rel_name}`" + (f" (reserved: {', '.join(reserved)})" if reserved else "")
    if not msg.field:
        lines = [head + ": (no fields)", ""]
    else:
        lines = [head, "", "| # | Field | Type | Label/oneof |", "|---|---|---|---|"]
        for fld in msg.field:
            lines.append(
                f"| {fld.number} | `{fld.name}` | {_type_text(fld, msg, package)} | {_label_text(fld, msg)} |"
            )
        lines.append("")
    for enum in msg.enum_type:
        lines += _enum_lines(enum, f"{rel_name}.{enum.name}")
    for nested in msg.nested_type:
        if not nested.options.map_entry:
            lines += _message_lines(nested, f"{rel_name}.{nested.name}", package)
    return lines


def describe(fds: descriptor_pb2.FileDescriptorSet, names: list[str]) -> str:
    by_name = {f.name: f for f in fds.file}
    out: list[str] = []
    for name in names:
        file = by_name[name]
        package = file.package
        out += [f"### `{Path(name).name}` — package `{package}`", "", ""]
        for service in file.service:
            out += [f"Service `{package}.{service.name}`", ""]
            out += ["| RPC | Request | Response | Streaming |", "|---|---|---|---|"]
            for method in service.method:
                kind = STREAMING[(method.client_streaming, method.server_streaming)]
                out.append(
                    f"| `{method.name}` | `{_relative(method.input_type, package)}` | "
                    f"`{_relative(method.output_type, package)}` | {kind} |"
                )
            out.append("")
        for enum in file.enum_type:
            out += _enum_lines(enum, enum.name)
        for msg in file.message_type:
            out += _message_lines(msg, msg.name, package)
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--include", "-I", action="append", type=Path, required=True, help="import directory")
    parser.add_argument("--part", help="print a '## Part ...' heading first (e.g. 'B — legacy v1 API')")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    fds = compile_files(args.include, args.files)
    if args.part:
        sys.stdout.write(f"## Part {args.part}\n\n\n")
    sys.stdout.write(describe(fds, args.files))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
