"""CLI text of a custom RPC's reply, from the ``junos-odl`` statements of its output schema.

Junos' Output Definition Language turns the XML an action script prints into the text the CLI
shows. The statements rendered here, and where they may appear (format, line or field; a
statement of an outer level applies to what it encloses):

* ``format NAME`` on a container or list: how each instance of it is shown; with several
  formats, the one whose ``style`` matches the element's ``junos:style`` attribute wins (else
  the first without a style);
* ``header "text"``: printed once before the first instance (``\\n`` in the string breaks lines);
* ``line { field "leaf"; ... }``: one output line; a ``field`` directly in a format is a line
  of its own; ``picture "@<<<< @>>>"`` lays the fields of each line out in fixed columns (``<``
  left, ``>`` right, ``|`` centred);
* ``template "%-10s"`` (printf conversions ``s d i u x X f e g c``), on a field or on a line (then
  taking all the line's fields), ``indent N``, ``comma``/``space`` (after every field but the
  last), ``capitalize``, ``leading`` with ``formal-name`` and ``colon``, ``default-text`` for a
  missing leaf, ``truncate`` (cut a value to its column), ``no-line-break``, ``blank-line``;
* ``explicit``, ``float``, ``wordwrap``, ``fieldwrap`` and ``header-group`` are accepted and have
  no effect here.

An output schema without any ``format`` is shown as indented ``name: value`` lines. This module
only formats text; it runs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..device.tree import Node
from .yang import Format, OutputNode, Stmt

_CONVERSION = re.compile(r"%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdiuxXfeEgGc%])")
_PICTURE_FIELD = re.compile(r"@[<>|]*")
_LINE_OPTIONS = ("comma", "space", "capitalize", "leading", "colon", "truncate", "no-line-break")


@dataclass
class _Options:
    indent: int = 0
    flags: set[str] = field(default_factory=set)
    template: str | None = None
    picture: str | None = None
    default_text: str | None = None
    formal_name: str | None = None

    def merged(self, stmts: list[Stmt]) -> _Options:
        """These options with ``stmts`` (an inner level) applied over them."""
        out = _Options(self.indent, set(self.flags), self.template, self.picture, self.default_text, self.formal_name)
        for stmt in stmts:
            name = _odl_name(stmt)
            if name in _LINE_OPTIONS:
                out.flags.add(name)
            elif name == "indent":
                out.indent = _int(stmt.arg, 0)
            elif name == "template":
                out.template = stmt.arg or ""
            elif name == "picture":
                out.picture = stmt.arg or ""
            elif name == "default-text":
                out.default_text = stmt.arg or ""
            elif name == "formal-name":
                out.formal_name = stmt.arg or ""
        return out


def _odl_name(stmt: Stmt) -> str:
    return stmt.keyword.rsplit(":", 1)[-1]


def _int(text: str | None, default: int) -> int:
    try:
        return int(text or "")
    except ValueError:
        return default


def printf(template: str, values: list[str]) -> str:
    """C ``printf`` of string values (numbers converted where the conversion asks for them)."""
    queue = list(values)

    def convert(match: re.Match[str]) -> str:
        flags, width, precision, kind = match.groups()
        if kind == "%":
            return "%"
        value = queue.pop(0) if queue else ""
        spec = f"%{flags}{width or ''}{'.' + precision if precision else ''}"
        try:
            if kind in "diu":
                return (spec + "d") % int(value)
            if kind in "xX":
                return (spec + kind) % int(value)
            if kind in "feEgG":
                return (spec + kind) % float(value)
            if kind == "c":
                return (spec + "s") % value[:1]
        except ValueError:
            pass
        return (spec + "s") % value

    return _CONVERSION.sub(convert, template)


def _picture(picture: str, values: list[str], truncate: bool) -> str:
    queue = list(values)

    def slot(match: re.Match[str]) -> str:
        width = len(match.group(0))
        value = queue.pop(0) if queue else ""
        if truncate:
            value = value[:width]
        align = match.group(0)[1:2]
        if align == ">":
            return value.rjust(width)
        if align == "|":
            return value.center(width)
        return value.ljust(width)

    return _PICTURE_FIELD.sub(slot, picture)


def _leaf_text(element: Node, name: str) -> str | None:
    child = element.find(name)
    if child is None:
        return None
    return (child.text or "").strip()


def _field_value(element: Node, schema: OutputNode, stmt: Stmt, outer: _Options, last: bool) -> str:
    name = stmt.arg or ""
    leaf_schema = schema.children.get(name)
    # a line's template applies to the whole line (see _line), not to each field
    base = _Options(outer.indent, set(outer.flags), None, outer.picture)
    options = base.merged(leaf_schema.odl if leaf_schema is not None else []).merged(stmt.children)
    value = _leaf_text(element, name)
    if value is None:
        value = options.default_text if options.default_text is not None else ""
    if "capitalize" in options.flags and value:
        value = value[0].upper() + value[1:]
    if options.template is not None:
        value = printf(options.template, [value])
    if "leading" in options.flags and options.formal_name:
        value = f"{options.formal_name}{':' if 'colon' in options.flags else ''} {value}"
    if not last:
        value += ("," if "comma" in options.flags else "") + (" " if "space" in options.flags else "")
    return value


def _line(element: Node, schema: OutputNode, fields: list[Stmt], options: _Options) -> tuple[str, bool]:
    """One line's text and whether it ends the line."""
    if options.template is not None and options.template.count("%") > 0 and all(not f.children for f in fields):
        raw = [(_leaf_text(element, f.arg or "") or "") for f in fields]
        text = printf(options.template, raw)
    elif options.picture:
        raw = [
            _field_value(element, schema, f, _Options(flags=options.flags - {"comma", "space"}), True) for f in fields
        ]
        text = _picture(options.picture, raw, "truncate" in options.flags).rstrip()
    else:
        text = "".join(
            _field_value(element, schema, f, options, index == len(fields) - 1) for index, f in enumerate(fields)
        )
    return " " * options.indent + text, "no-line-break" not in options.flags


def _apply(fmt: Format, element: Node, schema: OutputNode) -> list[str]:
    base = _Options().merged([s for s in fmt.stmts if _odl_name(s) not in ("line", "field")])
    lines: list[str] = []
    pending = ""
    for stmt in fmt.stmts:
        name = _odl_name(stmt)
        if name == "line":
            fields = [c for c in stmt.children if _odl_name(c) == "field"]
            options = base.merged([c for c in stmt.children if _odl_name(c) != "field"])
            text, ends = _line(element, schema, fields, options)
        elif name == "field":
            text, ends = _line(element, schema, [stmt], base)
        else:
            continue
        if ends:
            lines.append(pending + text)
            pending = ""
        else:
            pending += text
    if pending:
        lines.append(pending)
    if any(_odl_name(s) == "blank-line" for s in fmt.stmts):
        lines.append("")
    return lines


def _choose(formats: list[Format], element: Node) -> Format:
    style = element.attrs.get("junos:style") or element.attrs.get("style")
    if style:
        for fmt in formats:
            if fmt.style == style:
                return fmt
    return next((f for f in formats if f.style is None), formats[0])


def _render(elements: list[Node], parent_schema: OutputNode, out: list[str]) -> None:
    headers_done: set[str] = set()
    for element in elements:
        schema = parent_schema.children.get(element.tag)
        if schema is None:
            continue
        if schema.formats:
            fmt = _choose(schema.formats, element)
            header = next((s.arg for s in fmt.stmts if _odl_name(s) == "header"), None)
            if header is not None and f"{element.tag}/{fmt.name}" not in headers_done:
                headers_done.add(f"{element.tag}/{fmt.name}")
                out.extend(header[:-1].split("\n") if header.endswith("\n") else header.split("\n"))
            out.extend(_apply(fmt, element, schema))
        _render(element.children, schema, out)


def _generic(elements: list[Node], depth: int, out: list[str]) -> None:
    pad = "  " * depth
    for element in elements:
        if element.children:
            out.append(f"{pad}{element.tag}:")
            _generic(element.children, depth + 1, out)
        else:
            out.append(f"{pad}{element.tag}: {(element.text or '').strip()}".rstrip())


def render_text(elements: list[Node], schema: OutputNode) -> str:
    """The CLI text of an RPC reply (its top-level elements) under ``schema`` (the rpc output)."""
    out: list[str] = []
    if schema.has_formats():
        _render(elements, schema, out)
    else:
        _generic(elements, 0, out)
    return "\n".join(out) + "\n" if out else ""


__all__ = ["printf", "render_text"]
