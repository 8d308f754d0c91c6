"""Pretty JSON text, byte-identical to ``json.dumps(obj, indent=N)``, several times faster.

``json.dumps`` falls back to its pure-Python encoder whenever ``indent`` is given, and Junos
prints JSON indented. Op-command replies and configuration renders are JSON-heavy, so this
serializer builds the same text with one recursive pass and the C string escaper.
"""

from __future__ import annotations

import json
from typing import Any

_escape = json.encoder.encode_basestring_ascii
_float_repr = float.__repr__


def dumps(obj: Any, indent: int = 4) -> str:
    parts: list[str] = []
    _encode(obj, parts, 0, " " * indent)
    return "".join(parts)


def _scalar(obj: Any) -> str:
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return int.__repr__(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            return json.dumps(obj)
        return _float_repr(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _encode(obj: Any, out: list[str], depth: int, unit: str) -> None:
    if isinstance(obj, str):
        out.append(_escape(obj))
    elif isinstance(obj, dict):
        if not obj:
            out.append("{}")
            return
        inner = "\n" + unit * (depth + 1)
        out.append("{")
        first = True
        for key, value in obj.items():
            if not isinstance(key, str):
                key = _scalar(key) if not isinstance(key, float) else _float_repr(key)
            out.append(inner if first else "," + inner)
            first = False
            out.append(_escape(key))
            out.append(": ")
            _encode(value, out, depth + 1, unit)
        out.append("\n" + unit * depth + "}")
    elif isinstance(obj, list | tuple):
        if not obj:
            out.append("[]")
            return
        inner = "\n" + unit * (depth + 1)
        out.append("[")
        first = True
        for value in obj:
            out.append(inner if first else "," + inner)
            first = False
            _encode(value, out, depth + 1, unit)
        out.append("\n" + unit * depth + "]")
    else:
        out.append(_scalar(obj))
