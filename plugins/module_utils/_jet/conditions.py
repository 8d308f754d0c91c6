# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""``wait_for`` conditions of the command module (PRIVATE to the collection).

A condition is ``<path> <operator> <value>``, for example::

    result[0] contains Junos
    result[1]['route-information'][0]['route-table'][0]['total-route-count'][0]['data'] ge 3
    result[0] matches '^Hostname: r\\d+$'

``result[N]`` is the output of the N-th command: text for ``format: text`` and ``xml``, the parsed
document for ``json``. Operators: ``eq``/``==``, ``neq``/``ne``/``!=``, ``gt``/``>``, ``ge``/``>=``,
``lt``/``<``, ``le``/``<=``, ``contains``, ``matches`` (regular expression search); ``not`` before
the operator negates it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .common import TaskError

_OPERATORS = {
    "eq": "eq",
    "==": "eq",
    "neq": "ne",
    "ne": "ne",
    "!=": "ne",
    "gt": "gt",
    ">": "gt",
    "ge": "ge",
    ">=": "ge",
    "lt": "lt",
    "<": "lt",
    "le": "le",
    "<=": "le",
    "contains": "contains",
    "matches": "matches",
}

_HEAD = re.compile(r"^\s*result\[(\d+)\]")
_SEGMENT = re.compile(r"""^(?:\[(\d+)\]|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\.([A-Za-z0-9_\-]+))""")


@dataclass
class Condition:
    text: str
    index: int
    path: list[int | str]
    operator: str
    negate: bool
    value: str

    def fetch(self, results: list[Any]) -> Any:
        if self.index >= len(results):
            raise TaskError(
                f"wait_for condition {self.text!r} refers to result[{self.index}] "
                f"but only {len(results)} command(s) ran"
            )
        node = results[self.index]
        for key in self.path:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return None
        return node

    def holds(self, results: list[Any]) -> bool:
        actual = self.fetch(results)
        outcome = _compare(actual, self.operator, self.value)
        return not outcome if self.negate else outcome


def _number(text: Any) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, sort_keys=True)


def _compare(actual: Any, operator: str, expected: str) -> bool:
    if isinstance(actual, list) and len(actual) == 1 and isinstance(actual[0], dict) and "data" in actual[0]:
        actual = actual[0]["data"]
    if isinstance(actual, dict) and set(actual) <= {"data", "attributes"} and "data" in actual:
        actual = actual["data"]
    if operator == "contains":
        if isinstance(actual, list | dict):
            return expected in actual or expected in _text(actual)
        return expected in _text(actual)
    if operator == "matches":
        return re.search(expected, _text(actual)) is not None
    left, right = _number(actual), _number(expected)
    if left is not None and right is not None:
        pair: tuple[Any, Any] = (left, right)
    else:
        pair = (_text(actual), expected)
    a, b = pair
    return {
        "eq": a == b,
        "ne": a != b,
        "gt": a > b,
        "ge": a >= b,
        "lt": a < b,
        "le": a <= b,
    }[operator]


def parse_condition(text: str) -> Condition:
    head = _HEAD.match(text)
    if not head:
        raise TaskError(f"wait_for condition {text!r} must start with result[N] (N = command index)")
    index = int(head.group(1))
    rest = text[head.end() :]
    path: list[int | str] = []
    while True:
        seg = _SEGMENT.match(rest)
        if not seg:
            break
        if seg.group(1) is not None:
            path.append(int(seg.group(1)))
        else:
            path.append(next(g for g in seg.groups()[1:] if g is not None))
        rest = rest[seg.end() :]
    words = rest.strip().split(None, 1)
    negate = False
    if words and words[0] == "not":
        negate = True
        words = words[1].split(None, 1) if len(words) > 1 else []
    if not words or words[0] not in _OPERATORS:
        raise TaskError(
            f"wait_for condition {text!r}: expected an operator after the path, one of "
            f"{', '.join(sorted(set(_OPERATORS)))}"
        )
    operator = _OPERATORS[words[0]]
    if len(words) < 2 or not words[1].strip():
        raise TaskError(f"wait_for condition {text!r}: a value is missing after {words[0]!r}")
    value = words[1].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return Condition(text=text, index=index, path=path, operator=operator, negate=negate, value=value)
