#!/usr/bin/env python3
"""Derive the machine-readable JET wire contract from the shared markdown reference.

The reference (``jet-idl-fields.md``) lists, per Juniper ``.proto`` file, every enum, message,
field and service of the JET IDL in a very regular markdown layout.  This tool parses the files we
implement (see ``SCOPE``) and writes ``proto/facts/jet-idl-24.4R1.json``, which the contract tests
compare against the descriptors compiled from our own ``proto/`` tree.

Type names in the reference are printed relative to the file's package where possible; they are
resolved here the way protoc resolves them (innermost message scope outwards, then the package and
its parents, then fully qualified).  The custom file options of the v2 files (``japi_version`` and
``junos_release``) come from the §1.1 table of the companion ``jet-api.md``.

One legacy file the shared reference does not describe (``flexible_tunnel_profile.proto``, needed
by the legacy ``routing.Rib``) comes from ``proto/facts/jet-idl-supplement.md``, in the same
layout (see its heading for where its facts come from).  The legacy ``acl`` package (Part C of the
reference) is the 19.2R1 file; its facts entry says so with ``"release"``.

Usage::

    python proto/tools/extract_facts.py [--reference PATH] [--api-doc PATH] [--out PATH | --stdout]

Any line the parser does not understand inside an in-scope file section is an error naming the
line; nothing is written in that case.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_REFERENCE_CANDIDATES = (
    Path("/work/shared/reference/jet-idl-fields.md"),
    REPO_ROOT.parent / "shared" / "reference" / "jet-idl-fields.md",
)
DEFAULT_OUT = REPO_ROOT / "proto" / "facts" / "jet-idl-24.4R1.json"
SUPPLEMENT = REPO_ROOT / "proto" / "facts" / "jet-idl-supplement.md"

# The Juniper files we implement, per API generation.  Order = order in the facts table.
SCOPE: dict[str, tuple[str, ...]] = {
    "v2": (
        "jnx_common_base_types.proto",
        "jnx_common_addr_types.proto",
        "jnx_authentication_service.proto",
        "jnx_management_service.proto",
        "jnx_registration_service.proto",
        "jnx_routing_base_types.proto",
        "jnx_routing_rib_service.proto",
        "jnx_routing_flexible_tunnel_profile.proto",
        "jnx_routing_base_service.proto",
        "jnx_interfaces_service.proto",
        "jnx_firewall_service.proto",
        "jnx_routing_bgp_service.proto",
        "jnx_routing_interface_service.proto",
    ),
    "v1": (
        "jnx_base_types.proto",
        "jnx_addr.proto",
        "authentication_service.proto",
        "management_service.proto",
        "registration_service.proto",
        "prpd_common.proto",
        "flexible_tunnel_profile.proto",
        "rib_service.proto",
        "prpd_service.proto",
        "dcd_service.proto",
        "bgp_route_service.proto",
        "firewall_service.proto",
    ),
}
# Reference parts -> API generation; files of a part with a release of their own say which.
PART_API = {"A": "v2", "B": "v1", "C": "v1"}
PART_RELEASE = {"C": "19.2R1"}

SCALAR_TYPES = frozenset(
    {
        "double",
        "float",
        "int32",
        "int64",
        "uint32",
        "uint64",
        "sint32",
        "sint64",
        "fixed32",
        "fixed64",
        "sfixed32",
        "sfixed64",
        "bool",
        "string",
        "bytes",
    }
)

# Well-known types the JET files may use, with the file that defines them.
WELL_KNOWN_TYPES: dict[str, tuple[str, str]] = {
    f"google.protobuf.{name}": ("google/protobuf/wrappers.proto", "message")
    for name in (
        "DoubleValue",
        "FloatValue",
        "Int64Value",
        "UInt64Value",
        "Int32Value",
        "UInt32Value",
        "BoolValue",
        "StringValue",
        "BytesValue",
    )
}
WELL_KNOWN_TYPES["google.protobuf.FileOptions"] = ("google/protobuf/descriptor.proto", "message")

RE_PART = re.compile(r"^## Part ([A-Z]) ")
RE_FILE = re.compile(r"^### `([\w.]+\.proto)` — package `([\w.]+)`\s*$")
RE_ENUM = re.compile(r"^Enum `([\w.]+)`( \(allow_alias\))?: (.*)$")
RE_ENUM_VALUE = re.compile(r"^`(\w+)`=(-?\d+)$")
RE_MESSAGE = re.compile(r"^Message `([\w.]+)`(?: \(reserved: ([^)]*)\))?(: \(no fields\))?\s*$")
RE_SERVICE = re.compile(r"^Service `([\w.]+)`\s*$")
RE_FIELD_HEADER = re.compile(r"^\| # \| Field \| Type \| Label/oneof \|$")
RE_RPC_HEADER = re.compile(r"^\| RPC \| Request \| Response \| Streaming \|$")
RE_SEPARATOR = re.compile(r"^\|(?:---\|)+$")
RE_FIELD_ROW = re.compile(r"^\| (\d+) \| `(\w+)` \| ([^|]+?) \| ([^|]*?) ?\|$")
RE_RPC_ROW = re.compile(r"^\| `(\w+)` \| `([\w.]+)` \| `([\w.]+)` \| (unary|server|client|bidi) \|$")
RE_MAP = re.compile(r"^map<(\w+),([\w.]+)>$")
RE_ONEOF = re.compile(r"^oneof `(\w+)`$")
RE_RESERVED_RANGE = re.compile(r"^(\d+)(?:-(\d+)| to (\d+|max))?$")
# jet-api.md: "(`(jnx.jet.common.japi_version)`) (FileOptions ext. **50000**, string)"
RE_EXTENSION = re.compile(r"`\(([\w.]+)\)`\s+\((?:FileOptions\s+)?ext\.\s+\*\*(\d+)\*\*,\s+(\w+)\)")
RE_EXTENSION_HOME = re.compile(r"\(ext\.\s+\*\*\d+\*\*,\s+\w+\),\s+defined\s+in\s+`(\w+\.proto)`")
RE_OPTIONS_ROW = re.compile(r"^\| ([\w{},]+\.proto) \| ([\w.]+) \| ([^|]+?) \| ([^|]+?) \|$")


class FactsError(Exception):
    """The reference could not be turned into facts; the message names the offending element."""


@dataclass
class _RawField:
    number: int
    name: str
    type_text: str
    label_text: str
    line: int


@dataclass
class _RawMessage:
    name: str  # relative to the package, dotted for nesting
    reserved_text: str | None
    line: int
    fields: list[_RawField] = field(default_factory=list)


@dataclass
class _RawFile:
    name: str
    api: str
    package: str
    line: int
    source: str = "jet-idl-fields.md"
    release: str | None = None  # when not the facts table's release (Part C)
    enums: list[dict[str, Any]] = field(default_factory=list)
    messages: list[_RawMessage] = field(default_factory=list)
    services: list[tuple[str, list[tuple[str, str, str, str, int]], int]] = field(default_factory=list)


def _parse_markdown(
    text: str, scope: dict[str, tuple[str, ...]], source: str = "jet-idl-fields.md", files: list[_RawFile] | None = None
) -> list[_RawFile]:
    """Add the in-scope file sections of one reference document to ``files`` (checked: none twice)."""
    wanted = {name: api for api, names in scope.items() for name in names}
    files = [] if files is None else files
    current: _RawFile | None = None
    current_api: str | None = None
    current_part = ""
    # What the next table rows belong to: a message, a service, or nothing.
    table_owner: _RawMessage | list[tuple[str, str, str, str, int]] | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        part = RE_PART.match(line)
        if part:
            current_part = part.group(1)
            current_api = PART_API.get(current_part)
            current = None
            continue
        if line.startswith("## "):
            current, current_api = None, None
            continue
        file_match = RE_FILE.match(line)
        if file_match:
            name, package = file_match.groups()
            current = None
            table_owner = None
            if name in wanted and current_api == wanted[name]:
                if any(f.name == name for f in files):
                    raise FactsError(f"{source} line {lineno}: file {name} described twice")
                current = _RawFile(
                    name=name,
                    api=current_api,
                    package=package,
                    line=lineno,
                    source=source,
                    release=PART_RELEASE.get(current_part),
                )
                files.append(current)
            continue
        if current is None or not line.strip():
            continue
        enum_match = RE_ENUM.match(line)
        if enum_match:
            table_owner = None
            enum_name, alias, values_text = enum_match.groups()
            values = []
            for item in values_text.split(", "):
                value_match = RE_ENUM_VALUE.match(item.strip())
                if not value_match:
                    raise FactsError(f"{source} line {lineno}: enum {enum_name}: cannot parse value {item!r}")
                values.append({"name": value_match.group(1), "number": int(value_match.group(2))})
            current.enums.append(
                {"rel_name": enum_name, "allow_alias": bool(alias), "values": values, "line": lineno}
            )
            continue
        message_match = RE_MESSAGE.match(line)
        if message_match:
            msg_name, reserved, _no_fields = message_match.groups()
            message = _RawMessage(name=msg_name, reserved_text=reserved, line=lineno)
            current.messages.append(message)
            table_owner = message
            continue
        service_match = RE_SERVICE.match(line)
        if service_match:
            methods: list[tuple[str, str, str, str, int]] = []
            current.services.append((service_match.group(1), methods, lineno))
            table_owner = methods
            continue
        if RE_FIELD_HEADER.match(line) or RE_RPC_HEADER.match(line) or RE_SEPARATOR.match(line):
            if table_owner is None:
                raise FactsError(f"{source} line {lineno}: table without a preceding Message/Service heading")
            continue
        field_match = RE_FIELD_ROW.match(line)
        if field_match and isinstance(table_owner, _RawMessage):
            number, fname, type_text, label_text = field_match.groups()
            table_owner.fields.append(
                _RawField(int(number), fname, type_text.strip(), label_text.strip(), lineno)
            )
            continue
        rpc_match = RE_RPC_ROW.match(line)
        if rpc_match and isinstance(table_owner, list):
            rpc, request, response, streaming = rpc_match.groups()
            table_owner.append((rpc, request, response, streaming, lineno))
            continue
        raise FactsError(f"{source} line {lineno}: unrecognised line in {current.name}: {line!r}")
    return files


def _parse_sources(sources: list[tuple[str, str]], scope: dict[str, tuple[str, ...]]) -> list[_RawFile]:
    """The in-scope files of every (name, text) document, in scope order; each file exactly once."""
    files: list[_RawFile] = []
    for source, text in sources:
        _parse_markdown(text, scope, source, files)
    missing = [name for names in scope.values() for name in names if not any(f.name == name for f in files)]
    if missing:
        raise FactsError(f"files in scope not found in the reference: {', '.join(missing)}")
    order = [name for names in scope.values() for name in names]
    files.sort(key=lambda f: order.index(f.name))
    return files


class _Symbols:
    """Every type visible to the files in scope, for protoc-style name resolution."""

    def __init__(self, files: list[_RawFile]) -> None:
        # full name -> (defining file, "message" | "enum")
        self.types: dict[str, tuple[str, str]] = dict(WELL_KNOWN_TYPES)
        self.packages: set[str] = {"google", "google.protobuf"}
        for raw in files:
            parts = raw.package.split(".")
            self.packages.update(".".join(parts[: i + 1]) for i in range(len(parts)))
            for enum in raw.enums:
                self._add(f"{raw.package}.{enum['rel_name']}", raw.name, "enum", enum["line"])
            for message in raw.messages:
                self._add(f"{raw.package}.{message.name}", raw.name, "message", message.line)

    def _add(self, full: str, file_name: str, kind: str, line: int) -> None:
        if full in self.types:
            raise FactsError(f"line {line}: {full} defined twice ({self.types[full][0]} and {file_name})")
        self.types[full] = (file_name, kind)

    def _exists(self, name: str) -> bool:
        return name in self.types or name in self.packages

    def resolve(self, name: str, scope: str, where: str, package: str | None = None) -> tuple[str, str, str]:
        """Resolve ``name`` seen inside ``scope`` (package or package.Message); return (full, kind, file).

        With ``package``, also check the reference's own convention (names relative to the
        package): if that reading names a different existing type, the entry is ambiguous.
        """
        found = self._resolve(name, scope, where)
        if package is not None and scope != package:
            try:
                alternative = self._resolve(name, package, where)
            except FactsError:
                alternative = found
            if alternative[0] != found[0]:
                raise FactsError(
                    f"{where}: type {name!r} is ambiguous: {found[0]} by protobuf scoping, "
                    f"{alternative[0]} relative to package {package}"
                )
        return found

    def _resolve(self, name: str, scope: str, where: str) -> tuple[str, str, str]:
        if name.startswith("."):
            candidates = [name[1:]]
        else:
            first = name.split(".", 1)[0]
            candidates = []
            parts = scope.split(".")
            for i in range(len(parts), -1, -1):
                prefix = ".".join(parts[:i])
                head = f"{prefix}.{first}" if prefix else first
                if self._exists(head):
                    # protoc binds the first component to the innermost match and never backtracks.
                    candidates = [f"{prefix}.{name}" if prefix else name]
                    break
        if not candidates or candidates[0] not in self.types:
            raise FactsError(f"{where}: cannot resolve type {name!r} from scope {scope}")
        full = candidates[0]
        defining_file, kind = self.types[full]
        return full, kind, defining_file


def _parse_reserved(text: str | None, where: str) -> tuple[list[list[int]], list[str]]:
    ranges: list[list[int]] = []
    names: list[str] = []
    if not text:
        return ranges, names
    for token in text.replace(",", " ").split():
        match = RE_RESERVED_RANGE.match(token)
        if match:
            start = int(match.group(1))
            end_text = match.group(2) or match.group(3)
            end = 536870911 if end_text == "max" else int(end_text) if end_text else start
            ranges.append([start, end])
        elif re.fullmatch(r"\w+", token):
            names.append(token.strip('"'))
        else:
            raise FactsError(f"{where}: cannot parse reserved entry {token!r}")
    return ranges, names


def _resolve_field(
    raw: _RawField, scope: str, package: str, symbols: _Symbols, where: str
) -> tuple[dict[str, Any], str | None]:
    """Return the field's facts and, when it references a type, the file defining that type."""
    label = "optional"
    oneof = None
    if raw.label_text == "repeated":
        label = "repeated"
    elif raw.label_text:
        oneof_match = RE_ONEOF.match(raw.label_text)
        if not oneof_match:
            raise FactsError(f"{where}: unknown label {raw.label_text!r}")
        oneof = oneof_match.group(1)
    facts: dict[str, Any] = {"number": raw.number, "name": raw.name}
    dependency: str | None = None
    map_match = RE_MAP.match(raw.type_text)
    if map_match:
        key, value = map_match.groups()
        if key not in SCALAR_TYPES:
            raise FactsError(f"{where}: map key type {key!r} is not a scalar")
        if label != "optional" or oneof:
            raise FactsError(f"{where}: a map field cannot be repeated or in a oneof")
        if value in SCALAR_TYPES:
            value_type, value_kind = value, "scalar"
        else:
            value_type, value_kind, dependency = symbols.resolve(value, scope, where, package)
        facts.update(
            kind="map",
            type=None,
            label="repeated",
            oneof=None,
            map={"key": key, "value": value_type, "value_kind": value_kind},
        )
        return facts, dependency
    type_text = raw.type_text
    expect_enum = type_text.startswith("enum ")
    if expect_enum:
        type_text = type_text[len("enum ") :].strip()
    if type_text in SCALAR_TYPES and not expect_enum:
        kind, full = "scalar", type_text
    else:
        full, kind, dependency = symbols.resolve(type_text, scope, where, package)
        if expect_enum and kind != "enum":
            raise FactsError(f"{where}: {type_text!r} is marked enum but resolves to message {full}")
        if not expect_enum and kind != "message":
            raise FactsError(f"{where}: {type_text!r} resolves to enum {full} but is not marked enum")
    facts.update(kind=kind, type=full, label=label, oneof=oneof, map=None)
    return facts, dependency


def _parse_api_options(api_doc: str) -> tuple[str, list[dict[str, Any]], dict[str, dict[str, str]]]:
    """Defining file, extensions and per-file option values from jet-api.md §1.1."""
    home = RE_EXTENSION_HOME.search(api_doc)
    if not home:
        raise FactsError("jet-api.md: the file defining the FileOptions extensions is not named in §1.1")
    extensions = []
    for match in RE_EXTENSION.finditer(api_doc):
        full, number, type_name = match.groups()
        extensions.append(
            {
                "name": full,
                "extendee": "google.protobuf.FileOptions",
                "number": int(number),
                "type": type_name,
            }
        )
    if not extensions:
        raise FactsError("jet-api.md: no FileOptions extension definitions found in §1.1")
    options: dict[str, dict[str, str]] = {}
    in_table = False
    for line in api_doc.splitlines():
        if line.startswith("| v2 file | package | japi_version | junos_release |"):
            in_table = True
            continue
        if in_table:
            if not line.startswith("|"):
                break
            match = RE_OPTIONS_ROW.match(line.strip())
            if not match or RE_SEPARATOR.match(line.strip()):
                continue
            file_text, _package, version, release = match.groups()
            version = re.sub(r"\s*\(.*\)\s*$", "", version).strip()
            values = {}
            if version and version != "(none)":
                values["japi_version"] = version
            if release.strip() != "(none)":
                values["junos_release"] = release.strip()
            brace = re.fullmatch(r"(\w*)\{([\w,]+)\}(\w*\.proto)", file_text)
            names = (
                [f"{brace.group(1)}{alt}{brace.group(3)}" for alt in brace.group(2).split(",")]
                if brace
                else [file_text]
            )
            for name in names:
                options[name] = values
    if not options:
        raise FactsError("jet-api.md: japi_version/junos_release table not found")
    return home.group(1), extensions, options


def extract(
    reference_text: str,
    api_doc_text: str,
    scope: dict[str, tuple[str, ...]] | None = None,
    supplement_text: str | None = None,
) -> dict[str, Any]:
    """Turn the reference documents into the facts table (a JSON-ready dict).

    ``supplement_text`` defaults to ``proto/facts/jet-idl-supplement.md``.
    """
    if supplement_text is None:
        supplement_text = SUPPLEMENT.read_text(encoding="utf-8")
    sources = [("jet-idl-fields.md", reference_text), (SUPPLEMENT.name, supplement_text)]
    raw_files = _parse_sources(sources, scope or SCOPE)
    symbols = _Symbols(raw_files)
    option_home, extensions, file_options = _parse_api_options(api_doc_text)
    if not any(f.name == option_home for f in raw_files):
        raise FactsError(f"the option extensions live in {option_home}, which is not in scope")
    out_files: dict[str, Any] = {}
    for raw in raw_files:
        deps: set[str] = set()
        enums = [
            {
                "name": f"{raw.package}.{enum['rel_name']}",
                "allow_alias": enum["allow_alias"],
                "values": enum["values"],
            }
            for enum in raw.enums
        ]
        messages = []
        for message in raw.messages:
            full = f"{raw.package}.{message.name}"
            where = f"{raw.name} line {message.line} message {full}"
            fields = []
            for raw_field in message.fields:
                facts, dependency = _resolve_field(
                    raw_field, full, raw.package, symbols, f"{where} field {raw_field.name}"
                )
                fields.append(facts)
                if dependency and dependency != raw.name:
                    deps.add(dependency)
            numbers = [f["number"] for f in fields]
            if len(set(numbers)) != len(numbers):
                raise FactsError(f"{where}: duplicate field numbers {numbers}")
            ranges, names = _parse_reserved(message.reserved_text, where)
            messages.append(
                {"name": full, "fields": fields, "reserved_ranges": ranges, "reserved_names": names}
            )
        services = []
        for service_name, methods, line in raw.services:
            scope = raw.package
            if not service_name.startswith(raw.package + "."):
                raise FactsError(
                    f"{raw.name} line {line}: service {service_name} outside package {raw.package}"
                )
            out_methods = []
            for rpc, request, response, streaming, rpc_line in methods:
                where = f"{raw.name} line {rpc_line} rpc {service_name}/{rpc}"
                resolved = []
                for type_name in (request, response):
                    full, kind, dependency = symbols.resolve(type_name, scope, where)
                    if kind != "message":
                        raise FactsError(f"{where}: {type_name} is not a message")
                    if dependency != raw.name:
                        deps.add(dependency)
                    resolved.append(full)
                out_methods.append(
                    {
                        "name": rpc,
                        "input": resolved[0],
                        "output": resolved[1],
                        "client_streaming": streaming in ("client", "bidi"),
                        "server_streaming": streaming in ("server", "bidi"),
                    }
                )
            services.append({"name": service_name, "methods": out_methods})
        entry: dict[str, Any] = {"api": raw.api, "package": raw.package}
        if raw.release is not None:
            entry["release"] = raw.release
        if raw.api == "v2":
            if raw.name not in file_options:
                raise FactsError(f"jet-api.md §1.1 gives no japi_version/junos_release for {raw.name}")
            entry["options"] = {
                ext["name"]: file_options[raw.name][ext["name"].rsplit(".", 1)[1]]
                for ext in extensions
                if ext["name"].rsplit(".", 1)[1] in file_options[raw.name]
            }
            if raw.name == option_home:
                # The file that defines the option extensions also uses them on itself.
                for ext in extensions:
                    if not ext["name"].startswith(raw.package + "."):
                        raise FactsError(f"extension {ext['name']} is not in {option_home}'s package")
                entry["extensions"] = extensions
                deps.add(WELL_KNOWN_TYPES["google.protobuf.FileOptions"][0])
            else:
                deps.add(option_home)
        else:
            entry["options"] = {}
        entry["imports"] = sorted(deps)
        entry["enums"] = enums
        entry["messages"] = messages
        entry["services"] = services
        out_files[raw.name] = entry
    return {
        "about": (
            "JET wire contract for the files jetkit.junos implements, derived by "
            "proto/tools/extract_facts.py "
            "from jet-idl-fields.md (Juniper JET IDL, Junos 24.4R1; the legacy acl package: 19.2R1, see "
            "'release'), jet-idl-supplement.md and the option table of jet-api.md. "
            "Type names are fully qualified without a leading dot; labels are proto3 "
            "('optional' = singular); reserved ranges are inclusive; 'imports' lists the files whose "
            "types (or option extensions) a file uses."
        ),
        "release": "24.4R1",
        "files": out_files,
    }


def _is_leaf(value: Any) -> bool:
    if isinstance(value, dict):
        return (
            all(not isinstance(v, (dict, list)) or _is_leaf(v) for v in value.values())
            and len(json.dumps(value)) <= 150
        )
    if isinstance(value, list):
        return all(not isinstance(v, (dict, list)) for v in value) and len(json.dumps(value)) <= 150
    return True


def _render(value: Any, indent: int = 0) -> str:
    """Compact, diff-friendly JSON: small objects (one field, one enum value) stay on one line."""
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(value, dict) and not _is_leaf(value):
        items = [f"{inner}{json.dumps(k)}: {_render(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and not _is_leaf(value):
        items = [f"{inner}{_render(v, indent + 1)}" for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value)


def render_json(facts: dict[str, Any]) -> str:
    """The exact text written to the facts file (deterministic)."""
    return _render(facts) + "\n"


def find_reference() -> Path | None:
    """The shared reference document, if it exists on this machine."""
    for candidate in DEFAULT_REFERENCE_CANDIDATES:
        if candidate.is_file():
            return candidate
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, help="path to jet-idl-fields.md")
    parser.add_argument("--api-doc", type=Path, help="path to jet-api.md (default: next to --reference)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output JSON (default: {DEFAULT_OUT})")
    parser.add_argument("--stdout", action="store_true", help="print the JSON instead of writing it")
    args = parser.parse_args(argv)
    reference = args.reference or find_reference()
    if reference is None or not reference.is_file():
        print("error: jet-idl-fields.md not found; pass --reference", file=sys.stderr)
        return 2
    api_doc = args.api_doc or reference.with_name("jet-api.md")
    if not api_doc.is_file():
        print(f"error: {api_doc} not found; pass --api-doc", file=sys.stderr)
        return 2
    try:
        facts = extract(reference.read_text(encoding="utf-8"), api_doc.read_text(encoding="utf-8"))
    except FactsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    text = render_json(facts)
    if args.stdout:
        sys.stdout.write(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out} ({len(facts['files'])} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
