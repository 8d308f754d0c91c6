# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.ephemeral_config: the ephemeral configuration database (PRIVATE).

``EphemeralConfigGet``/``EphemeralConfigSet`` of the JET management service, on the default
instance or a named one. Setting is idempotent: the wanted data is first compared with what the
instance holds, and nothing is sent when it is already there.
"""

from __future__ import annotations

import json
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, parse_xml
from .errors import JetError

ARGUMENT_SPEC: dict[str, Any] = {
    "config": {"type": "raw"},
    "format": {"type": "str", "choices": ["json", "xml"]},
    "instance": {"type": "str", "default": ""},
    "paths": {"type": "list", "elements": "str", "default": ["/"]},
    "validate": {"type": "bool", "default": True},
}


def _unwrap(data: Any) -> Any:
    if isinstance(data, dict) and set(data) == {"configuration"}:
        return data["configuration"]
    return data


def _scalar(value: Any) -> str:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict) and "data" in value and set(value) <= {"data", "attributes"}:
        value = value["data"]
    return "" if value is None else str(value)


def contains(current: Any, wanted: Any) -> bool:
    """True when everything in ``wanted`` is already in ``current`` (dict/list/scalar subset).

    An empty container, ``null``, ``[null]`` (Junos JSON for a flag) or ``true`` only asks for
    the element to be there, which the caller has checked by finding its key.
    """
    if wanted in ({}, None, True, [None]):
        return True
    if isinstance(wanted, dict):
        if isinstance(current, list) and len(current) == 1:
            current = current[0]
        if not isinstance(current, dict):
            return False
        return all(key in current and contains(current[key], value) for key, value in wanted.items())
    if isinstance(wanted, list):
        candidates = current if isinstance(current, list) else [current]
        return all(any(contains(c, item) for c in candidates) for item in wanted)
    if isinstance(current, dict) or (isinstance(current, list) and len(current) != 1):
        return False
    return _scalar(current) == _scalar(wanted)


def _wanted(params: dict[str, Any]) -> tuple[str, str, Any] | None:
    """(text to send, encoding, comparable data) of the task's config, or None."""
    config = params.get("config")
    if config is None:
        return None
    declared = params.get("format")
    if isinstance(config, dict):
        if declared == "xml":
            raise TaskError("config given as a dictionary is sent as JSON; format xml does not apply")
        data = config if "configuration" in config else {"configuration": config}
        return json.dumps(data), "json", _unwrap(data)
    if not isinstance(config, str) or not config.strip():
        raise TaskError("config must be a dictionary (JSON data) or a JSON/XML text")
    text = config.strip()
    fmt = declared or ("xml" if text.startswith("<") else "json")
    if fmt == "json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise TaskError(f"config is not valid JSON: {exc}") from None
        return text, "json", _unwrap(data)
    parsed = parse_xml(text, "config")
    return text, "xml", _unwrap(parsed)


def _current(api: JetApi, instance: str, encoding: str) -> Any:
    try:
        responses = api.ephemeral_get(["/"], encoding, instance)
    except JetError as exc:
        raise TaskError(f"EphemeralConfigGet failed: {exc.message}", jet_status=exc.status) from None
    value = responses[0]["value"] if responses else ""
    if not value.strip():
        return {}
    if encoding == "json":
        try:
            return _unwrap(json.loads(value))
        except ValueError as exc:
            raise TaskError(f"the ephemeral database's JSON does not parse: {exc}") from None
    return _unwrap(parse_xml(value, "ephemeral configuration"))


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    instance = params["instance"]
    result: dict[str, Any] = {"changed": False, "instance": instance or "default"}
    wanted = _wanted(params)
    if wanted is not None:
        text, encoding, data = wanted
        before = _current(api, instance, encoding)
        needed = not contains(before, data)
        if needed and not ctx.check_mode:
            try:
                api.ephemeral_set(text, encoding, instance, validate=params["validate"])
            except JetError as exc:
                raise TaskError(f"EphemeralConfigSet failed: {exc.message}", jet_status=exc.status) from None
        result["changed"] = needed
        if ctx.diff and needed:
            result["diff"] = {
                "before": json.dumps(before, indent=2, sort_keys=True) + "\n",
                "after": json.dumps(_merged(before, data), indent=2, sort_keys=True) + "\n",
            }
    try:
        responses = api.ephemeral_get(params["paths"] or ["/"], params.get("format") or "json", instance)
    except JetError as exc:
        raise TaskError(f"EphemeralConfigGet failed: {exc.message}", jet_status=exc.status) from None
    result["ephemeral"] = [{"path": r["path"], "value": r["value"]} for r in responses]
    return result


def _merged(before: Any, wanted: Any) -> Any:
    if isinstance(before, dict) and isinstance(wanted, dict):
        out = dict(before)
        for key, value in wanted.items():
            out[key] = _merged(before.get(key), value) if key in before else value
        return out
    return wanted


SPEC = ModuleSpec(name="ephemeral_config", argument_spec=ARGUMENT_SPEC, run=run)
