# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""A subset of XPath 1.0 over xml.etree trees, for PyEZ table/view definitions (PRIVATE).

PyEZ evaluates the ``item``, ``key``, ``groups`` and field expressions of its tables with lxml on
the namespace-free RPC reply. The collection does not depend on lxml, so this file evaluates the
part of XPath 1.0 those definitions use: location paths (``/``, ``//``, ``.``, ``..``, ``*``,
``@name``, ``text()``, ``node()``, the axes child, descendant(-or-self), self, parent,
ancestor(-or-self), attribute, following-sibling and preceding-sibling), predicates (a
position, comparisons ``= != < > <= >=``, ``and``/``or``) with the functions ``starts-with``,
``contains``, ``not``, ``string``, ``normalize-space``, ``count``, ``position`` and ``last``, and
unions ``|``. Anything else is refused with :class:`XPathError`; nothing is ever run as code.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from typing import Any, Union


class XPathError(ValueError):
    """An expression outside the supported subset, or not well-formed."""


class Text(str):
    """An attribute value or text node: a string that knows where it sits in the document."""

    order: float = 0.0


# Union, not |: these aliases are evaluated when the module loads, on Pythons before 3.10 too.
Node = Union[ET.Element, Text]  # noqa: UP007
Value = Union[list, str, float, bool]  # noqa: UP007  (node-set, string, number, boolean)

_TOKEN = re.compile(
    r"""\s*(?:
    (?P<literal>"[^"]*"|'[^']*')
    |(?P<number>\d+(?:\.\d*)?|\.\d+)
    |(?P<op>//|::|!=|<=|>=|\.\.|[/\[\]()|,@=<>.*])
    |(?P<name>[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)
    )""",
    re.X,
)
_AXES = frozenset(
    {
        "child",
        "descendant",
        "descendant-or-self",
        "self",
        "parent",
        "ancestor",
        "ancestor-or-self",
        "attribute",
        "following-sibling",
        "preceding-sibling",
    }
)
_REVERSE_AXES = frozenset({"parent", "ancestor", "ancestor-or-self", "preceding-sibling"})
_FUNCTIONS = {
    "starts-with": 2,
    "contains": 2,
    "not": 1,
    "string": 1,
    "normalize-space": 1,
    "count": 1,
    "position": 0,
    "last": 0,
    "text": 0,
}


def _tokens(expression: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = expression.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise XPathError(f"cannot read {expression!r} at {text[pos:]!r}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


# -- parsing into a small tree of tuples -------------------------------------------------------------
class _Parser:
    def __init__(self, expression: str) -> None:
        self.expression = expression
        self.tokens = _tokens(expression)
        self.pos = 0

    def peek(self, offset: int = 0) -> tuple[str, str]:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else ("end", "")

    def take(self) -> tuple[str, str]:
        token = self.peek()
        self.pos += 1
        return token

    def expect(self, value: str) -> None:
        kind, text = self.take()
        if text != value or kind not in ("op",):
            raise XPathError(f"{self.expression!r}: expected {value!r}, found {text or 'the end'!r}")

    def parse(self) -> Any:
        tree = self.or_expr()
        if self.peek()[0] != "end":
            raise XPathError(f"{self.expression!r}: unexpected {self.peek()[1]!r}")
        return tree

    def or_expr(self) -> Any:
        left = self.and_expr()
        while self.peek() == ("name", "or"):
            self.take()
            left = ("or", left, self.and_expr())
        return left

    def and_expr(self) -> Any:
        left = self.compare()
        while self.peek() == ("name", "and"):
            self.take()
            left = ("and", left, self.compare())
        return left

    def compare(self) -> Any:
        left = self.union()
        while self.peek()[0] == "op" and self.peek()[1] in ("=", "!=", "<", ">", "<=", ">="):
            op = self.take()[1]
            left = ("cmp", op, left, self.union())
        return left

    def union(self) -> Any:
        parts = [self.primary()]
        while self.peek() == ("op", "|"):
            self.take()
            parts.append(self.primary())
        return parts[0] if len(parts) == 1 else ("union", parts)

    def primary(self) -> Any:
        kind, text = self.peek()
        if kind == "literal":
            self.take()
            return ("literal", text[1:-1])
        if kind == "number":
            self.take()
            return ("number", float(text))
        if kind == "op" and text == "(":
            self.take()
            inner = self.or_expr()
            self.expect(")")
            return inner
        if kind == "name" and self.peek(1) == ("op", "(") and text not in ("text", "node"):
            return self.function()
        return self.path()

    def function(self) -> Any:
        name = self.take()[1]
        if name not in _FUNCTIONS:
            raise XPathError(f"{self.expression!r}: the function {name}() is not supported")
        self.expect("(")
        args = []
        if self.peek() != ("op", ")"):
            args.append(self.or_expr())
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.or_expr())
        self.expect(")")
        if len(args) != _FUNCTIONS[name] and not (name == "string" and not args):
            raise XPathError(f"{self.expression!r}: {name}() takes {_FUNCTIONS[name]} argument(s)")
        return ("call", name, args)

    def path(self) -> Any:
        steps: list[Any] = []
        absolute = False
        kind, text = self.peek()
        if (kind, text) == ("op", "/"):
            self.take()
            absolute = True
            if not self._starts_step():
                return ("path", True, steps)
        elif (kind, text) == ("op", "//"):
            self.take()
            absolute = True
            steps.append(("descendant-or-self", "node()", []))
        steps.append(self.step())
        while self.peek()[0] == "op" and self.peek()[1] in ("/", "//"):
            if self.take()[1] == "//":
                steps.append(("descendant-or-self", "node()", []))
            steps.append(self.step())
        return ("path", absolute, steps)

    def _starts_step(self) -> bool:
        kind, text = self.peek()
        return kind == "name" or (kind == "op" and text in (".", "..", "*", "@"))

    def step(self) -> Any:
        kind, text = self.take()
        if (kind, text) == ("op", "."):
            return ("self", "node()", self.predicates())
        if (kind, text) == ("op", ".."):
            return ("parent", "node()", self.predicates())
        axis = "child"
        if (kind, text) == ("op", "@"):
            axis = "attribute"
            kind, text = self.take()
        elif kind == "name" and self.peek() == ("op", "::"):
            if text not in _AXES:
                raise XPathError(f"{self.expression!r}: the axis {text}:: is not supported")
            axis = text
            self.take()
            kind, text = self.take()
        if (kind, text) == ("op", "*"):
            test = "*"
        elif kind == "name":
            test = text
            if text in ("text", "node") and self.peek() == ("op", "("):
                self.take()
                self.expect(")")
                test = text + "()"
        else:
            raise XPathError(f"{self.expression!r}: expected a name, found {text or 'the end'!r}")
        return (axis, test, self.predicates())

    def predicates(self) -> list[Any]:
        out = []
        while self.peek() == ("op", "["):
            self.take()
            out.append(self.or_expr())
            self.expect("]")
        return out


_CACHE: dict[str, Any] = {}


def compile_xpath(expression: str) -> Any:
    """Parse ``expression`` (raising :class:`XPathError` when it is outside the subset)."""
    if expression not in _CACHE:
        if not isinstance(expression, str) or not expression.strip():
            raise XPathError("an XPath expression must be a non-empty string")
        _CACHE[expression] = _Parser(expression).parse()
    return _CACHE[expression]


# -- evaluation --------------------------------------------------------------------------------------
class Document:
    """A reply tree with what XPath needs beyond xml.etree: parents and document order."""

    def __init__(self, root: ET.Element) -> None:
        # The document node: ``/x`` selects the root element ``x``.
        self.top = ET.Element("#document")
        self.top.append(root)
        self.parent: dict[ET.Element, ET.Element] = {}
        self.order: dict[ET.Element, int] = {}
        for index, element in enumerate(self.top.iter()):
            self.order[element] = index
            for child in element:
                self.parent[child] = element

    def select(self, context: ET.Element, expression: str) -> list[Node]:
        """The nodes ``expression`` selects from ``context`` (elements, or :class:`Text` for
        attributes and text), in document order."""
        value = self._eval(compile_xpath(expression), context, 1, 1)
        if not isinstance(value, list):
            raise XPathError(f"{expression!r} is not a path: it gives a {type(value).__name__}, not nodes")
        return value

    # nodes -------------------------------------------------------------------------------------
    def _key(self, node: Node) -> float:
        return node.order if isinstance(node, Text) else float(self.order.get(node, 0))

    def _sorted(self, nodes: list[Node]) -> list[Node]:
        seen: set[int] = set()
        unique = []
        for node in nodes:
            marker = id(node) if not isinstance(node, Text) else hash((node.order, str(node)))
            if marker not in seen:
                seen.add(marker)
                unique.append(node)
        return sorted(unique, key=self._key)

    def _axis(self, node: Node, axis: str) -> list[Node]:
        if isinstance(node, Text):
            return [node] if axis in ("self", "descendant-or-self", "ancestor-or-self") else []
        if axis == "child":
            return list(node)
        if axis == "self":
            return [node]
        if axis == "descendant":
            return [e for e in node.iter() if e is not node]
        if axis == "descendant-or-self":
            return list(node.iter())
        if axis in ("parent", "ancestor", "ancestor-or-self"):
            out: list[Node] = [node] if axis == "ancestor-or-self" else []
            up = self.parent.get(node)
            while up is not None:
                out.append(up)
                if axis == "parent":
                    break
                up = self.parent.get(up)
            return out  # nearest first: reverse document order
        if axis == "attribute":
            base = float(self.order.get(node, 0))
            attrs: list[Node] = []
            for index, text in enumerate(node.attrib.values()):
                value = Text(text)
                value.order = base + (index + 1) / (len(node.attrib) + 2)
                attrs.append(value)
            return attrs
        up = self.parent.get(node)
        siblings: list[Node] = list(up) if up is not None else [node]
        at = siblings.index(node)
        if axis == "following-sibling":
            return siblings[at + 1 :]
        return list(reversed(siblings[:at]))  # preceding-sibling, nearest first

    def _test(self, node: Node, axis: str, test: str) -> bool:
        if test == "node()":
            return True
        if axis == "attribute":
            return True  # names are checked in _step, where they are known
        if isinstance(node, Text):
            return False
        if node.tag == "#document":
            return test == "node()"
        return test == "*" or node.tag == test

    def _step(self, nodes: list[Node], step: Any) -> list[Node]:
        axis, test, predicates = step
        out: list[Node] = []
        for node in nodes:
            if axis == "attribute":
                if isinstance(node, Text):
                    continue
                names = list(node.attrib)
                found = [
                    v
                    for name, v in zip(names, self._axis(node, "attribute"), strict=True)
                    if test in ("*", "node()", name)
                ]
            elif test == "text()":
                if isinstance(node, Text):
                    continue
                found = self._text_nodes(node, axis)
            else:
                found = [n for n in self._axis(node, axis) if self._test(n, axis, test)]
            for predicate in predicates:
                size = len(found)
                found = [n for i, n in enumerate(found, 1) if self._predicate(predicate, n, i, size)]
            out.extend(found)
        return self._sorted(out)

    def _text_nodes(self, node: ET.Element, axis: str) -> list[Node]:
        if axis not in ("child", "self", "descendant", "descendant-or-self"):
            raise XPathError(f"text() on the {axis} axis is not supported")
        holders = [node] if axis in ("child", "self") else list(node.iter())
        out: list[Node] = []
        for holder in holders:
            if holder.text and holder.text.strip():
                value = Text(holder.text)
                value.order = self.order.get(holder, 0) + 0.25
                out.append(value)
        return out

    def _predicate(self, predicate: Any, node: Node, position: int, size: int) -> bool:
        value = self._eval(predicate, node, position, size)
        if isinstance(value, float):
            return value == position
        return _boolean(value)

    def _eval(self, tree: Any, node: Node, position: int, size: int) -> Value:
        kind = tree[0]
        if kind == "literal":
            return str(tree[1])
        if kind == "number":
            return float(tree[1])
        if kind == "path":
            absolute, steps = tree[1], tree[2]
            nodes: list[Node] = [self.top] if absolute else [node]
            for step in steps:
                nodes = self._step(nodes, step)
            return nodes
        if kind == "union":
            merged: list[Node] = []
            for part in tree[1]:
                value = self._eval(part, node, position, size)
                if not isinstance(value, list):
                    raise XPathError("only paths can be joined with '|'")
                merged.extend(value)
            return self._sorted(merged)
        if kind == "or":
            return _boolean(self._eval(tree[1], node, position, size)) or _boolean(
                self._eval(tree[2], node, position, size)
            )
        if kind == "and":
            return _boolean(self._eval(tree[1], node, position, size)) and _boolean(
                self._eval(tree[2], node, position, size)
            )
        if kind == "cmp":
            return _compare(
                tree[1], self._eval(tree[2], node, position, size), self._eval(tree[3], node, position, size)
            )
        if kind == "call":
            return self._call(tree[1], tree[2], node, position, size)
        raise XPathError(f"cannot evaluate {kind}")

    def _call(self, name: str, args: list[Any], node: Node, position: int, size: int) -> Value:
        values = [self._eval(arg, node, position, size) for arg in args]
        if name == "position":
            return float(position)
        if name == "last":
            return float(size)
        if name == "not":
            return not _boolean(values[0])
        if name == "count":
            if not isinstance(values[0], list):
                raise XPathError("count() takes a path")
            return float(len(values[0]))
        if name == "text":
            return self._text_nodes(node, "child") if not isinstance(node, Text) else []
        text = [_string(v) for v in values] if values else [string_value(node)]
        if name == "string":
            return text[0]
        if name == "normalize-space":
            return " ".join(text[0].split())
        if name == "starts-with":
            return text[0].startswith(text[1])
        return text[1] in text[0]  # contains


def string_value(node: Node) -> str:
    return str(node) if isinstance(node, Text) else "".join(node.itertext())


def _string(value: Value) -> str:
    if isinstance(value, list):
        return string_value(value[0]) if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return value


def _number(value: Value) -> float:
    try:
        return float(_string(value).strip()) if not isinstance(value, (bool, float)) else float(value)
    except ValueError:
        return float("nan")


def _boolean(value: Value) -> bool:
    if isinstance(value, list):
        return bool(value)
    if isinstance(value, float):
        return value != 0 and not math.isnan(value)
    return bool(value)


def _compare(op: str, left: Value, right: Value) -> bool:
    """XPath 1.0 comparison: a node-set compares true when any of its nodes does."""
    lefts: list[Any] = [string_value(n) for n in left] if isinstance(left, list) else [left]
    rights: list[Any] = [string_value(n) for n in right] if isinstance(right, list) else [right]
    if isinstance(left, list) and isinstance(right, bool):
        lefts = [bool(left)]
    if isinstance(right, list) and isinstance(left, bool):
        rights = [bool(right)]
    for a in lefts:
        for b in rights:
            if _compare_one(op, a, b):
                return True
    return False


def _compare_one(op: str, a: Any, b: Any) -> bool:
    if op in ("=", "!="):
        if isinstance(a, bool) or isinstance(b, bool):
            equal = _boolean(a) == _boolean(b)
        elif isinstance(a, float) or isinstance(b, float):
            equal = _number(a) == _number(b)
        else:
            equal = a == b
        return equal if op == "=" else not equal
    x, y = _number(a), _number(b)
    return {"<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}[op]


def strip_namespaces(root: ET.Element) -> ET.Element:
    """``root`` with namespace URIs dropped from element and attribute names, as PyEZ reads replies
    (``junos:seconds`` becomes ``seconds``)."""
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
        if any("}" in name for name in element.attrib):
            element.attrib = {name.rsplit("}", 1)[-1]: value for name, value in element.attrib.items()}
    return root
