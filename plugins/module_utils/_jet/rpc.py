# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.rpc: Junos XML RPCs by name, with arguments, over JET (PRIVATE).

One RPC or several (juniper.device's ``rpcs``), with arguments and attributes per RPC
(``kwargs``/``attrs``: one dictionary, or a list with one per RPC), a format per RPC, and
``get-config`` run as ``<get-configuration>`` with ``filter`` and the attributes as options, the
way PyEZ does. Results: juniper.device's keys (``rpc``, ``format``, ``kwargs``, ``attrs``,
``msg``, ``stdout``, ``parsed_output``, under ``results`` for several RPCs) and ours
(``request``, ``output``, ``output_lines``, ``parsed``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from ansible.module_utils.parsing.convert_bool import boolean

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, parse_output, to_lines
from .dropin import (
    FLAG_WORDS,
    SavedOutput,
    Warnings,
    list_of_dicts,
    per_item,
    refuse_transport_options,
    with_common,
    xml_data,
    xml_messages,
)
from .errors import JetError

FORMATS = ("xml", "json", "text")

ARGUMENT_SPEC: dict[str, Any] = with_common(
    {
        "rpc": {"type": "raw", "required": True, "aliases": ["rpcs"]},
        "args": {"type": "raw", "aliases": ["kwargs", "kwarg", "arg"]},
        "attrs": {"type": "raw", "aliases": ["attr"]},
        "format": {
            "type": "list",
            "elements": "str",
            "choices": list(FORMATS),
            "aliases": ["formats", "display", "output"],
        },
        "filter": {"type": "str", "aliases": ["filter_xml"]},
        "dest": {"type": "path", "aliases": ["destination"]},
        "dest_dir": {"type": "path", "aliases": ["destination_dir", "destdir"]},
        "return_output": {"type": "bool", "default": True},
        "ignore_warning": {"type": "list", "elements": "str"},
    }
)
MUTUALLY_EXCLUSIVE = [["dest", "dest_dir"]]

# RPCs that only read state. Junos names its read RPCs get-*; a few others read too.
_READ_ONLY_PREFIXES = ("get-",)
_READ_ONLY_NAMES = frozenset(
    {
        "file-show",
        "file-list",
        "file-checksum-md5",
        "file-checksum-sha-256",
        "file-checksum-sha1",
        "ping",
        "traceroute",
        "command",
    }
)
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]*$")
_GET_CONFIG = ("get-config", "get_config")


def is_read_only(name: str) -> bool:
    return name.startswith(_READ_ONLY_PREFIXES) or name in _READ_ONLY_NAMES


def _tag(key: str, where: str) -> str:
    tag = str(key).replace("_", "-")
    if not _NAME.match(tag):
        raise TaskError(f"{where}: {key!r} is not a valid XML element name")
    return tag


def _add(parent: ET.Element, key: str, value: Any, where: str) -> None:
    tag = _tag(key, where)
    if value is None or value is False:
        return
    if isinstance(value, list):
        for item in value:
            _add(parent, key, item, where)
        return
    child = ET.SubElement(parent, tag)
    if value is True:
        return
    if isinstance(value, dict):
        for sub_key, sub_value in value.items():
            _add(child, sub_key, sub_value, f"{where}.{key}")
        return
    child.text = str(value)


def build_rpc(name_or_xml: str, args: dict[str, Any], attrs: dict[str, Any]) -> tuple[str, str]:
    """(rpc name, XML text) from an RPC name plus arguments, or from a complete XML RPC."""
    text = name_or_xml.strip()
    if text.startswith("<"):
        if args or attrs:
            raise TaskError("rpc is a complete XML request: give its arguments inside it, not in args/attrs")
        try:
            element = ET.fromstring(text)
        except ET.ParseError as exc:
            raise TaskError(f"rpc is not well-formed XML: {exc}") from None
        if element.tag in ("rpc",) and len(element):
            element = element[0]
        return element.tag, ET.tostring(element, encoding="unicode")
    name = text.replace("_", "-")
    if not _NAME.match(name):
        raise TaskError(f"rpc {text!r} is not an RPC name such as get-software-information, nor an XML request")
    element = ET.Element(name)
    for key, value in (attrs or {}).items():
        element.set(_tag(key, "attrs"), str(value))
    for key, value in (args or {}).items():
        _add(element, key, value, "args")
    return name, ET.tostring(element, encoding="unicode")


def config_filter(filter_text: str) -> ET.Element:
    """PyEZ's ``filter_xml``: XML (wrapped in ``<configuration>`` if needed) or ``a/b/c``."""
    text = filter_text.strip()
    if re.match(r"^<.*>$", text, re.S):
        try:
            element = ET.fromstring(text)
        except ET.ParseError as exc:
            raise TaskError(f"filter is not well-formed XML: {exc}") from None
    else:
        parts = [p for p in text.split("/") if p]
        if not parts:
            raise TaskError("filter is empty")
        element = ET.Element(_tag(parts[0], "filter"))
        node = element
        for part in parts[1:]:
            node = ET.SubElement(node, _tag(part, "filter"))
    if element.tag != "configuration":
        wrapper = ET.Element("configuration")
        wrapper.append(element)
        element = wrapper
    return element


def build_get_config(filter_text: str | None, args: dict[str, Any], attrs: dict[str, Any], fmt: str) -> str:
    """``get-config`` as PyEZ sends it: ``<get-configuration>`` with the options as attributes."""
    element = ET.Element("get-configuration")
    for key, value in (attrs or {}).items():
        element.set(_tag(key, "attrs"), str(value))
    element.set("format", fmt)
    if filter_text:
        element.append(config_filter(filter_text))
    for key, value in (args or {}).items():
        _add(element, key, value, "args")
    return ET.tostring(element, encoding="unicode")


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(item, str) and item.strip() for item in value):
        return list(value)
    raise TaskError("rpc must be an RPC name (or an XML request) or a non-empty list of them")


# juniper.device reads this key of a kwargs dictionary as a switch, never sends it: unless it is
# false, the boolean words among the values become flags (an empty element) or are left out.
_BOOL_SWITCH = "allow_bool_values"


def _rpc_arguments(args: dict[str, Any], what: str) -> dict[str, Any]:
    """One RPC's ``kwargs`` without juniper.device's ``allow_bool_values`` switch, applied."""
    if _BOOL_SWITCH not in args:
        return args
    switch = args.pop(_BOOL_SWITCH)
    if isinstance(switch, str):
        switch = boolean(switch.strip(), strict=False)
    elif not isinstance(switch, (bool, int)):
        raise TaskError(f"{what}: {_BOOL_SWITCH} must be a boolean, got {switch!r}")
    if not switch:
        return args
    return {
        key: FLAG_WORDS.get(value.strip().lower(), value) if isinstance(value, str) else value
        for key, value in args.items()
    }


def _per_rpc(value: Any, count: int, what: str) -> list[dict[str, Any] | None]:
    parsed = list_of_dicts(value, what)
    if parsed is None:
        return [None] * count
    if what == "args":
        parsed = [_rpc_arguments(item, f"{what}[{index}]") for index, item in enumerate(parsed)]
    if len(parsed) == 1 and count > 1 and not isinstance(value, list):
        raise TaskError(f"{what}: give one dictionary per RPC ({count} RPCs), as a list")
    if len(parsed) != count:
        raise TaskError(f"{what}: give one dictionary per RPC: {count} RPCs and {len(parsed)} dictionaries")
    return list(parsed)


def _output_data(output: str, fmt: str, what: str) -> tuple[Any, Any]:
    """(our ``parsed``, juniper.device's ``parsed_output``)."""
    if fmt == "xml":
        return parse_output(output, fmt, what), xml_data(output, what)
    if fmt == "json":
        parsed = parse_output(output, fmt, what)
        return parsed, parsed
    return None, None


def _text_of(output: str, fmt: str) -> str:
    """A text-format reply as PyEZ gives it: the text inside ``<output>``/``<configuration-text>``."""
    if fmt != "text":
        return output
    m = re.fullmatch(r"\s*<(output|configuration-text|configuration-set)\b[^>]*>(.*)</\1>\s*", output, re.S)
    if m:
        from .dropin import unescape

        return unescape(m.group(2))
    return output


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    names = _names(params["rpc"])
    count = len(names)
    formats = per_item(params.get("format"), count, "format", "RPCs", FORMATS, "xml")
    all_args = _per_rpc(params.get("args"), count, "args")
    all_attrs = _per_rpc(params.get("attrs"), count, "attrs")
    filter_text = params.get("filter")
    if filter_text is not None and (count != 1 or names[0].strip() not in _GET_CONFIG):
        raise TaskError("filter applies to one get-config RPC only (rpc: get-config)")
    saved = SavedOutput(params, ctx)
    warnings = Warnings(params, ctx)

    requests = []
    for name_or_xml, fmt, args, attrs in zip(names, formats, all_args, all_attrs, strict=True):
        if name_or_xml.strip() in _GET_CONFIG:
            requests.append(("get-config", build_get_config(filter_text, args or {}, attrs or {}, fmt)))
        else:
            requests.append(build_rpc(name_or_xml, args or {}, attrs or {}))

    if ctx.check_mode:
        for name, xml in requests:
            if name != "get-config" and not is_read_only(name):
                raise TaskError(
                    f"check mode: not running RPC {name!r}, which may change the device; in check mode "
                    "jetkit.junos.rpc runs only read-only RPCs (get-*, file-show, file-list, ping, traceroute)",
                    rpc=name,
                    request=xml,
                )

    entries: list[dict[str, Any]] = []
    outputs: list[str | None] = []
    for (name, xml), fmt, args, attrs in zip(requests, formats, all_args, all_attrs, strict=True):
        read_only = name == "get-config" or is_read_only(name)
        entry: dict[str, Any] = {
            "rpc": name,
            "request": xml,
            "format": fmt,
            "kwargs": args,
            "attrs": attrs,
            "changed": not read_only,
        }
        try:
            output = api.rpc(xml, fmt)
        except JetError as exc:
            entry.update(
                failed=True,
                changed=False,
                msg=f"Unable to execute the RPC: {xml}. Error: {exc.message}",
                jet_status=exc.status,
            )
            entries.append(entry)
            outputs.append(None)
            if count == 1:
                raise TaskError(str(entry["msg"]), **{k: v for k, v in entry.items() if k != "msg"}) from None
            continue
        if fmt == "xml":
            warnings.report(f"RPC <{name}>", xml_messages(output, "warning"))
        done = "The RPC executed successfully."
        if name == "get-config":
            done = 'The "get-config" RPC executed successfully.'
        entry.update(failed=False, msg=done)
        entries.append(entry)
        outputs.append(output)

    return_output = params["return_output"]
    for entry, reply in zip(entries, outputs, strict=True):
        if reply is None:
            continue
        text = _text_of(reply, entry["format"])
        saved.add(entry["rpc"], entry["format"], text)
        if return_output:
            parsed, parsed_output = _output_data(reply, entry["format"], f"RPC <{entry['rpc']}>")
            entry["stdout"] = text
            entry["stdout_lines"] = to_lines(text)
            entry["output"] = reply
            entry["output_lines"] = to_lines(reply)
            if parsed_output is not None:
                entry["parsed_output"] = parsed_output
                entry["parsed"] = parsed
    saved.write()

    if count == 1:
        return dict(entries[0])
    failures = [e for e in entries if e["failed"]]
    msg = "The RPCs executed successfully."
    if failures:
        msg = f"{len(failures)} of {len(entries)} RPCs failed: " + "; ".join(str(e["msg"]) for e in failures)
        if len(failures) < len(entries):
            ctx.warn(msg)
    return {
        "changed": any(e["changed"] for e in entries),
        "failed": len(failures) == len(entries),
        "results": entries,
        "msg": msg,
    }


SPEC = ModuleSpec(name="rpc", argument_spec=ARGUMENT_SPEC, run=run, mutually_exclusive=MUTUALLY_EXCLUSIVE)
