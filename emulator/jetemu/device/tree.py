"""A tiny element tree for operational replies, rendered as Junos XML or Junos JSON.

Every operational command builds one :class:`Node` tree (the data model of its reply); the
XML and JSON renderers below and the command's text renderer all read that same tree, so the
three output formats cannot disagree.

Junos JSON conventions implemented by :func:`to_junos_json`:

* every element is a list of objects: ``{"tag": [{...}, {...}]}`` (repeated elements share one list);
* a leaf is ``[{"data": "value"}]``; an empty flag element (``<current-active/>``) is
  ``[{"data": [null]}]``;
* XML attributes go under ``"attributes"`` (``{"junos:seconds": "60"}``, ``{"xmlns": "..."}``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .. import fastjson

JUNOS_NS_TEMPLATE = "http://xml.juniper.net/junos/{version}/junos"


@dataclass
class Node:
    """One XML element: tag, optional text, attributes and ordered children."""

    tag: str
    text: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)

    def add(self, tag: str, text: object = None, **attrs: str) -> Node:
        """Append a child element and return it. ``text`` is converted with ``str()``."""
        child = Node(tag, None if text is None else str(text), _attr_names(attrs))
        self.children.append(child)
        return child

    def flag(self, tag: str) -> Node:
        """Append an empty element such as ``<current-active/>``."""
        return self.add(tag)

    def append(self, child: Node) -> Node:
        self.children.append(child)
        return child

    # -- queries (used by text renderers and tests) -------------------------------------------
    def find(self, tag: str) -> Node | None:
        for child in self.children:
            if child.tag == tag:
                return child
        return None

    def findall(self, tag: str) -> list[Node]:
        return [child for child in self.children if child.tag == tag]

    def findtext(self, tag: str, default: str = "") -> str:
        child = self.find(tag)
        if child is None or child.text is None:
            return default
        return child.text

    def has(self, tag: str) -> bool:
        return self.find(tag) is not None

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.iter()


def _attr_names(attrs: dict[str, str]) -> dict[str, str]:
    """Keyword arguments cannot contain ':' or '-': ``junos__seconds`` -> ``junos:seconds``."""
    return {key.replace("__", ":").replace("_", "-"): str(value) for key, value in attrs.items()}


# --------------------------------------------------------------------------------------------
# XML
# --------------------------------------------------------------------------------------------
def to_xml(node: Node, junos_version: str, indent: str = "    ") -> str:
    """Render ``node`` as pretty-printed XML (no ``<rpc-reply>`` wrapper).

    The top element declares ``xmlns:junos`` when the tree uses ``junos:`` attributes, so the
    result parses on its own.
    """
    top_attrs = dict(node.attrs)
    uses_junos = any(key.startswith("junos:") for sub in node.iter() for key in sub.attrs)
    if uses_junos and "xmlns:junos" not in top_attrs:
        top_attrs["xmlns:junos"] = JUNOS_NS_TEMPLATE.format(version=junos_version)
    lines: list[str] = []
    _xml_lines(Node(node.tag, node.text, top_attrs, node.children), 0, indent, lines)
    return "\n".join(lines) + "\n"


def _xml_lines(node: Node, depth: int, indent: str, out: list[str]) -> None:
    pad = indent * depth
    attrs = "".join(f" {key}={quoteattr(value)}" for key, value in node.attrs.items())
    if node.children:
        out.append(f"{pad}<{node.tag}{attrs}>")
        for child in node.children:
            _xml_lines(child, depth + 1, indent, out)
        out.append(f"{pad}</{node.tag}>")
    elif node.text is None:
        out.append(f"{pad}<{node.tag}{attrs}/>")
    else:
        out.append(f"{pad}<{node.tag}{attrs}>{escape(node.text)}</{node.tag}>")


# --------------------------------------------------------------------------------------------
# Junos JSON
# --------------------------------------------------------------------------------------------
def to_junos_json_obj(node: Node) -> dict[str, Any]:
    """``{"tag": [ {...} ]}`` for the top element."""
    return {node.tag: [_json_body(node)]}


def _json_body(node: Node) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if node.attrs:
        body["attributes"] = dict(node.attrs)
    if node.children:
        for child in node.children:
            body.setdefault(child.tag, []).append(_json_body(child))
    elif node.text is None:
        body["data"] = [None]
    else:
        body["data"] = node.text
    return body


def to_junos_json(node: Node) -> str:
    return fastjson.dumps(to_junos_json_obj(node), indent=4) + "\n"
