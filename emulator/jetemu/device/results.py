"""Replies with several top-level elements (``<output>`` plus ``<package-result>``, ...).

:class:`NodeResult` renders one reply tree; some Junos RPCs answer with sibling elements under
``<rpc-reply>``. This renders a list of trees the same three ways (XML siblings, one Junos JSON
object with a key per element, the command's own text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .. import fastjson
from .registry import Format
from .tree import Node, to_junos_json_obj, to_xml


@dataclass
class NodeListResult:
    nodes: list[Node]
    junos_version: str
    text: Callable[[list[Node]], str]

    def render(self, fmt: Format) -> str:
        if fmt == "xml":
            return "".join(to_xml(node, self.junos_version) for node in self.nodes)
        if fmt == "json":
            merged: dict[str, list[object]] = {}
            for node in self.nodes:
                for tag, bodies in to_junos_json_obj(node).items():
                    merged.setdefault(tag, []).extend(bodies)
            return fastjson.dumps(merged, indent=4) + "\n"
        return self.text(self.nodes)


def output_nodes(lines: list[str], **extra: str | int) -> list[Node]:
    """``<output>`` with the text, then one element per ``extra`` item (``package_result=0``)."""
    nodes = [Node("output", "\n".join(lines))]
    for tag, value in extra.items():
        nodes.append(Node(tag.replace("_", "-"), str(value)))
    return nodes


def output_text(nodes: list[Node]) -> str:
    text = nodes[0].text or "" if nodes else ""
    return text + ("\n" if text and not text.endswith("\n") else "")
