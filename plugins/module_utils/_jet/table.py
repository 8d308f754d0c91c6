# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.table: PyEZ operational tables and views, run over JET (PRIVATE).

A definition file in PyEZ's op-table YAML names a table (``rpc``, ``args``, ``args_key``,
``item``, ``key``, ``view``) and its view (``fields``, ``fields_<group>`` with ``groups``,
``extends``; field types ``int``, ``float``, ``str``, ``bool``/``flag``, ``group``,
``True=``/``False=`` with an optional ``regex(...)``, ``Search=``; a field naming another table
is a nested table). The table's RPC runs through the management service as XML, and items,
keys and fields are selected on the controller with the XPath subset of ``xpath.py``. Results are
juniper.device's (``msg``, ``resource`` as a list of dicts or as PyEZ's items).

Must not: run anything from the definition file as code (it is read with safe_load; PyEZ's
``eval`` expressions and field types other than the ones above are refused), nor take command
(text) or configuration tables: those are refused with a clear error.
"""

from __future__ import annotations

import importlib.util
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, xml_output_root
from .dropin import refuse_transport_options, with_common
from .errors import JetError
from .rpc import build_rpc, is_read_only
from .xpath import Document, Node, Text, XPathError, compile_xpath, strip_namespaces

RESPONSE_TYPES = ("list_of_dicts", "juniper_items")

ARGUMENT_SPEC: dict[str, Any] = with_common(
    {
        "file": {"type": "path", "required": True},
        "table": {"type": "str"},
        "path": {"type": "path", "aliases": ["directory", "dir"]},
        "kwargs": {"type": "dict", "aliases": ["kwarg", "args", "arg"]},
        "response_type": {"type": "str", "choices": list(RESPONSE_TYPES), "default": "list_of_dicts"},
    }
)

_TABLE_KEYS = frozenset({"rpc", "args", "args_key", "item", "key", "view", "use_filter"})
_NESTED_TABLE_KEYS = frozenset({"item", "key", "view", "use_filter"})
# PyEZ's RPC keywords that are options of its call, not arguments of the RPC.
_CALL_KEYWORDS = ("dev_timeout", "normalize", "ignore_warning", "filter_xml")
_TYPES: dict[str, Callable[[str], Any]] = {"int": int, "float": float, "str": str}


# -- the definition file -------------------------------------------------------------------------
def pyez_op_directory() -> str | None:
    """``jnpr/junos/op`` of an installed junos-eznc, found without importing PyEZ."""
    try:
        spec = importlib.util.find_spec("jnpr")
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = os.path.join(location, "junos", "op")
        if os.path.isdir(candidate):
            return candidate
    return None


def definition_file(params: dict[str, Any], ctx: TaskContext) -> str:
    """The path of the definition file: ``file`` in ``path``, or in PyEZ's table directory."""
    name = params["file"]
    if not name.endswith((".yml", ".yaml")):
        raise TaskError(f"file: {name!r} must be a YAML file whose name ends in .yml or .yaml")
    directory = params.get("path")
    if directory is None:
        directory = pyez_op_directory()
        if directory is None:
            raise TaskError(
                f"file: {name!r} is looked up in PyEZ's table directory (jnpr/junos/op of the junos-eznc "
                "package) when path is not given, and junos-eznc is not installed on the controller; "
                "install junos-eznc, or give path (aliases directory, dir): the directory that holds the file"
            )
    joined = os.path.join(directory, name)
    where = os.path.abspath(joined)
    finder = getattr(ctx, "find_local_file", None)  # in an action: the playbook's or role's files, like src
    if not os.path.isabs(joined) and callable(finder):
        where = f"{joined} in the role's and the playbook's directories and their files/ directories"
        try:
            joined = str(finder(joined))
        except TaskError:
            pass
    joined = os.path.normpath(joined)
    if not os.path.isfile(joined):
        raise TaskError(f"file: {name!r} not found in {directory!r} (looked for {where})")
    return joined


def load_definitions(filename: str) -> dict[str, Any]:
    import yaml  # ansible-core's own dependency; imported here so that module imports stay light

    text = _read(filename)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TaskError(f"file {filename} is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, dict) for k, v in data.items()):
        raise TaskError(
            f"file {filename} is not a table/view definition: expected a mapping of table and view names "
            "to their definitions"
        )
    return data


def _read(filename: str) -> str:
    try:
        with open(filename, encoding="utf-8") as handle:
            return handle.read()
    except OSError as exc:
        raise TaskError(f"cannot read file {filename}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise TaskError(f"file {filename} is not UTF-8 text: {exc}") from None


def choose_table(definitions: dict[str, Any], table: str | None, filename: str) -> str:
    """The table to run: ``table``, or the file's only table (names with ``Table`` in them, not
    starting with ``_``, as juniper.device picks it)."""
    if table is not None:
        if table not in definitions:
            known = sorted(k for k in definitions if _kind(definitions[k]) != "view")
            raise TaskError(f"table: {table!r} is not defined in {filename} (its tables: {', '.join(known) or 'none'})")
        return table
    candidates = [k for k in definitions if not k.startswith("_") and "Table" in k]
    if len(candidates) > 1:
        raise TaskError(
            f"file {filename} defines several tables ({', '.join(candidates)}); choose one with the table option"
        )
    if not candidates:
        raise TaskError(f"file {filename} defines no table (no name with 'Table' in it); give the table option")
    return candidates[0]


def _kind(definition: dict[str, Any]) -> str:
    """What a top-level entry is, the way PyEZ sorts them."""
    if "rpc" in definition:
        return "op"
    if "get" in definition or "set" in definition:
        return "config"
    if "command" in definition or "title" in definition or ("view" in definition and definition.get("item") == "*"):
        return "command"
    if "view" in definition:
        return "table"
    return "view"


# -- compiled tables and views -------------------------------------------------------------------
@dataclass
class Field:
    name: str
    xpath: str = ""
    convert: Callable[[str], Any] | None = None  # None: the text as it is
    flag: bool = False  # True/False: whether the element exists
    group: str | None = None
    table: Table | None = None


@dataclass
class View:
    name: str
    fields: dict[str, Field] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)


@dataclass
class Table:
    name: str
    item: str
    key: str | list[str]
    view: View
    rpc: str = ""
    args: dict[str, Any] = field(default_factory=dict)


class Catalog:
    """The tables and views of one definition file, checked and compiled on first use."""

    def __init__(self, definitions: dict[str, Any], filename: str) -> None:
        self.definitions = definitions
        self.filename = filename
        self.tables: dict[str, Table] = {}
        self.views: dict[str, View] = {}

    def fail(self, message: str) -> TaskError:
        return TaskError(f"{self.filename}: {message}")

    def table(self, name: str, nested: bool = False) -> Table:
        if name in self.tables:
            return self.tables[name]
        definition = self.definitions[name]
        kind = _kind(definition)
        if kind == "command":
            raise self.fail(
                f"{name} is a command table (command/title: it parses CLI text, with TextFSM or columns); "
                "jetkit.junos.table runs operational tables of XML RPCs only (rpc:)"
            )
        if kind == "config":
            raise self.fail(
                f"{name} is a configuration table (get/set); jetkit.junos.table runs operational tables only "
                "(rpc:); read configuration with jetkit.junos.config (retrieve) or jetkit.junos.rpc get-config"
            )
        if kind == "view":
            raise self.fail(f"{name} is a view, not a table (a table has rpc, item and view)")
        if kind == "table" and not nested:
            raise self.fail(f"{name} has no rpc: it can only be used as a nested table inside a view's fields")
        allowed = _TABLE_KEYS if kind == "op" else _NESTED_TABLE_KEYS
        unknown = sorted(set(definition) - allowed)
        if unknown:
            raise self.fail(f"table {name}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(allowed))})")
        item = definition.get("item")
        if not isinstance(item, str) or not item.strip():
            raise self.fail(f"table {name}: item must be an XPath expression selecting the table's items")
        key = definition.get("key", "name")
        if not (isinstance(key, str) or (isinstance(key, list) and key and all(isinstance(k, str) for k in key))):
            raise self.fail(f"table {name}: key must be an XPath expression or a list of them")
        view_name = definition.get("view")
        if not isinstance(view_name, str) or view_name not in self.definitions:
            raise self.fail(f"table {name}: view must name a view defined in the file (found {view_name!r})")
        args = definition.get("args") or {}
        if not isinstance(args, dict):
            raise self.fail(f"table {name}: args must be a mapping of RPC arguments")
        rpc = definition.get("rpc", "")
        if kind == "op" and (not isinstance(rpc, str) or not rpc.strip()):
            raise self.fail(f"table {name}: rpc must be the name of an RPC")
        for expression in [item, *(key if isinstance(key, list) else [key])]:
            self._check_xpath(expression, f"table {name}")
        placeholder = Table(name, item, key, View(view_name), str(rpc).strip().replace("_", "-"), dict(args))
        self.tables[name] = placeholder  # before the view: a view may nest this table again
        placeholder.view = self.view(view_name)
        return placeholder

    def view(self, name: str, seen: tuple[str, ...] = ()) -> View:
        if name in self.views:
            return self.views[name]
        if name in seen:
            raise self.fail(f"view {name} extends itself (through {' -> '.join(seen)})")
        definition = self.definitions.get(name)
        if not isinstance(definition, dict) or _kind(definition) != "view":
            raise self.fail(f"{name} is not a view")
        if "eval" in definition:
            raise self.fail(
                f"view {name}: eval expressions are not run; jetkit.junos.table never evaluates expressions "
                "from a definition file (compute the value in the playbook from the fields instead)"
            )
        unknown = sorted(k for k in definition if k not in ("groups", "extends") and not k.startswith("fields"))
        if unknown:
            raise self.fail(
                f"view {name}: unknown key(s) {', '.join(unknown)} (known: fields, fields_<group>, groups, extends)"
            )
        view = View(name)
        base_name = definition.get("extends")
        if base_name is not None:
            base = self.view(str(base_name), (*seen, name))
            view.fields.update(base.fields)
            view.groups.update(base.groups)
        groups = definition.get("groups") or {}
        if not isinstance(groups, dict) or not all(isinstance(v, str) for v in groups.values()):
            raise self.fail(f"view {name}: groups must map group names to XPath expressions")
        for group, expression in groups.items():
            self._check_xpath(expression, f"view {name} group {group}")
        view.groups.update(groups)
        for section, fields in definition.items():
            if not section.startswith("fields"):
                continue
            group = section[len("fields_") :] if section.startswith("fields_") else None
            if section != "fields" and not group:
                raise self.fail(f"view {name}: {section} is neither fields nor fields_<group>")
            if group is not None and group not in view.groups:
                raise self.fail(f"view {name}: {section} names the group {group!r}, which groups does not define")
            if not isinstance(fields, dict):
                raise self.fail(f"view {name}: {section} must map field names to XPath expressions")
            for field_name, spec in fields.items():
                view.fields[str(field_name)] = self._field(name, str(field_name), spec, group)
        self.views[name] = view
        return view

    def _field(self, view: str, name: str, spec: Any, group: str | None) -> Field:
        where = f"view {view} field {name}"
        if spec is True:
            spec = name
        if isinstance(spec, str):
            if spec in self.definitions:
                return Field(name, table=self.table(spec, nested=True))
            self._check_xpath(spec, where)
            return Field(name, spec, group=group)
        if not (isinstance(spec, dict) and len(spec) == 1):
            raise self.fail(f"{where}: expected an XPath expression or a mapping {{xpath: type}}")
        ((xpath, option),) = spec.items()
        xpath = str(xpath)
        self._check_xpath(xpath, where)
        if isinstance(option, dict):  # options of command views; an op view reads the text
            return Field(name, xpath, group=group)
        if option == "group":  # the configuration group a statement was inherited from
            return Field(name, f"./{xpath}/@group", group=group)
        if option in ("flag", "bool"):
            return Field(name, xpath, flag=True, group=group)
        if option in _TYPES:
            return Field(name, xpath, convert=_TYPES[option], group=group)
        if isinstance(option, str) and "=" in option:
            function, operand = option.split("=", 1)
            convert = _field_function(function, operand)
            if convert is not None:
                return Field(name, xpath, convert=convert, group=group)
        raise self.fail(
            f"{where}: unsupported type {option!r} (supported: int, float, str, bool, flag, group, "
            "True=<text>, False=<text>, True=regex(<pattern>), False=regex(<pattern>), Search=<pattern>)"
        )

    def _check_xpath(self, expression: str, where: str) -> None:
        try:
            compile_xpath(expression)
        except XPathError as exc:
            raise self.fail(f"{where}: {exc}") from None


def _pattern(text: str) -> re.Pattern[str]:
    try:
        return re.compile(text)
    except re.error as exc:
        raise TaskError(f"{text!r} is not a valid regular expression: {exc}") from None


def _field_function(function: str, operand: str) -> Callable[[str], Any] | None:
    """PyEZ's ``True=``/``False=``/``Search=`` field types, as plain functions of the text."""
    if function in ("True", "False"):
        regex = operand.startswith("regex(") and operand.endswith(")")
        pattern = _pattern(operand[6:-1]) if regex else None
        wanted = function == "True"

        def test(text: str) -> bool:
            matched = bool(pattern.search(text)) if pattern is not None else text == operand
            return matched if wanted else not matched

        return test
    if function == "Search":
        search = _pattern(operand)

        def first_group(text: str) -> str | None:
            m = search.search(text)
            return m.groups()[0] if m and m.groups() else None

        return first_group
    return None


# -- running a table -----------------------------------------------------------------------------
def rpc_arguments(table: Table, kwargs: dict[str, Any] | None) -> dict[str, Any]:
    """The table's default arguments with the task's on top, checked as PyEZ checks them."""
    merged = dict(table.args)
    merged.update(kwargs or {})
    for key, value in merged.items():
        if key in _CALL_KEYWORDS:
            raise TaskError(f"kwargs: {key} is an option of PyEZ's RPC call, not an RPC argument; leave it out")
        for one in value if isinstance(value, list) else [value]:
            if not isinstance(one, (str, bool, int, float)):
                raise TaskError(
                    f"kwargs: {key} must be a string, a boolean (true: the flag is given) or a list of those"
                )
    return merged


def run_table(api: JetApi, table: Table, kwargs: dict[str, Any] | None) -> tuple[Document, list[ET.Element]]:
    """Run the table's RPC; the reply document and the table's items in it."""
    request = build_rpc(table.rpc, rpc_arguments(table, kwargs), {})[1]
    try:
        reply = api.rpc(request, "xml")
    except JetError as exc:
        raise TaskError(
            f"could not retrieve table {table.name}: the device refused {request}: {exc.message}",
            jet_status=exc.status,
        ) from None
    reply_doc = xml_output_root(reply, f"table {table.name}")
    reply_doc.tag = "rpc-reply"  # where PyEZ's absolute paths (//rpc-reply/...) start
    strip_namespaces(reply_doc)
    document = Document(reply_doc)
    # PyEZ reads a table from the reply's one element (the rpc-reply when there are several)
    context = reply_doc[0] if len(reply_doc) == 1 else reply_doc
    try:
        return document, _elements(document.select(context, table.item))
    except XPathError as exc:
        raise TaskError(f"table {table.name}: item {table.item!r}: {exc}") from None


def _elements(nodes: list[Node]) -> list[ET.Element]:
    return [n for n in nodes if not isinstance(n, Text)]


def _text(node: Node) -> str | None:
    return str(node) if isinstance(node, Text) else node.text


def item_keys(document: Document, table: Table, items: list[ET.Element]) -> list[Any]:
    """The keys of the items, as PyEZ counts them: one per element the key selects (a simple
    key), or one tuple per item (a list of keys, None where an item lacks one)."""
    if isinstance(table.key, list):
        keys: list[Any] = []
        for item in items:
            parts: list[Any] = []
            for expression in table.key:
                names = [p for p in expression.split(" | ") if p != "Null"]
                if " | " in expression and "Null" in expression.split(" | "):
                    found = document.select(item, names[0]) if names else []
                    if found:
                        parts.append((_text(found[0]) or "").strip())
                    continue
                found = document.select(item, expression)
                parts.append(_text(found[0]) if found else None)
            keys.append(parts)
        return keys
    union = " | ".join(p for p in table.key.split(" | ") if p != "Null")
    out = []
    for item in items:
        for node in document.select(item, union) if union else []:
            out.append((_text(node) or "").strip())
    return out


def field_value(
    document: Document, table: Table, item: ET.Element, groups: dict[str, ET.Element], spec: Field, response_type: str
) -> Any:
    if spec.table is not None:
        nested = _elements(document.select(item, spec.table.item))
        return table_resource(document, spec.table, nested, item_keys(document, spec.table, nested), response_type)
    context = item
    if spec.group is not None:
        if spec.group not in groups:
            return None
        context = groups[spec.group]
    found = document.select(context, spec.xpath)
    if spec.flag:
        return bool(found)
    if not found:
        return None
    values = []
    for node in found:
        text = (_text(node) or "").strip()
        if not text and not isinstance(node, Text):
            text = node.tag  # PyEZ: an empty element gives its own name
        try:
            values.append(spec.convert(text) if spec.convert is not None else text)
        except ValueError:
            raise TaskError(
                f"table {table.name} field {spec.name}: cannot convert {text!r} (from {spec.xpath}) to the field's type"
            ) from None
    return values[0] if len(values) == 1 else values


def item_fields(document: Document, table: Table, item: ET.Element, response_type: str) -> list[tuple[str, Any]]:
    groups: dict[str, ET.Element] = {}
    for group, expression in table.view.groups.items():
        found = _elements(document.select(item, expression))
        if found:
            groups[group] = found[0]
    return [
        (name, field_value(document, table, item, groups, spec, response_type))
        for name, spec in table.view.fields.items()
    ]


def table_resource(
    document: Document, table: Table, items: list[ET.Element], keys: list[Any], response_type: str
) -> list[Any]:
    """juniper.device's ``resource``: a dict per item, or PyEZ's items as [key, [[field, value]...]].
    Keys and items are paired in order, as PyEZ pairs them."""
    out: list[Any] = []
    for key, item in zip(keys, items, strict=False):  # PyEZ pairs them so, too
        fields = item_fields(document, table, item, response_type)
        if response_type == "list_of_dicts":
            out.append(dict(fields))
        else:
            out.append([key, [[name, value] for name, value in fields]])
    return out


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    filename = definition_file(params, ctx)
    definitions = load_definitions(filename)
    name = choose_table(definitions, params.get("table"), filename)
    table = Catalog(definitions, filename).table(name)
    read_only = is_read_only(table.rpc)
    if ctx.check_mode and not read_only:
        raise TaskError(
            f"check mode: not running table {name}, whose RPC {table.rpc!r} may change the device; in check "
            "mode only tables of read-only RPCs (get-*, file-show, file-list, ...) run"
        )
    document, items = run_table(api, table, params.get("kwargs"))
    try:
        keys = item_keys(document, table, items)
        resource = table_resource(document, table, items, keys, params["response_type"])
    except XPathError as exc:  # well-formed, but not a path where the table needs nodes
        raise TaskError(f"{filename}: table {name}: {exc}") from None
    return {
        "changed": not read_only,
        "msg": f"Successfully retrieved {len(keys)} items from {name}.",
        "resource": resource,
    }


SPEC = ModuleSpec(name="table", argument_spec=ARGUMENT_SPEC, run=run)
