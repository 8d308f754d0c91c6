"""Running the op command of a v2 ``OpCommandGet`` or legacy ``ExecuteOpCommand`` request.

Shared by ``management.py`` and ``management_v1.py``: the command (CLI, XML, or legacy JSON) is
checked, run on the device runtime, and its output cut into stream pieces. No service here.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

from ..limits import InputRejected, check_text
from ..runtime import DeviceRuntime, OpCommandFailed
from ..sessions import Session
from .base import unknown_enum

# Streamed command output is cut into pieces of this size, as jsd streams long output.
OUTPUT_CHUNK = 256 * 1024


def chunks(text: str) -> list[str]:
    if len(text) <= OUTPUT_CHUNK:
        return [text]
    return [text[i : i + OUTPUT_CHUNK] for i in range(0, len(text), OUTPUT_CHUNK)]


def json_rpc_to_xml(text: str) -> str:
    """Turn a v1 ``json_command`` (``{"get-route-information": {"table": "inet.0"}}``) into XML."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise OpCommandFailed(f"error: invalid JSON command: {exc}") from exc
    if not isinstance(data, dict) or len(data) != 1:
        raise OpCommandFailed(
            'error: a JSON command is one object naming one RPC, e.g. {"get-software-information": {}}'
        )

    def build(tag: str, value: Any) -> ET.Element:
        element = ET.Element(tag)
        if isinstance(value, dict):
            for key, sub in value.items():
                if isinstance(sub, list):
                    for item in sub:
                        element.append(build(key, item))
                else:
                    element.append(build(key, sub))
        elif value is not None and value != "" and value is not True:
            element.text = str(value)
        return element

    ((name, args),) = data.items()
    try:
        return ET.tostring(build(str(name), args), encoding="unicode")
    except ValueError as exc:
        raise OpCommandFailed(f"error: invalid JSON command: {exc}") from exc


_COMMIT_XML = re.compile(r"\s*<(?:[\w.-]+:)?commit-configuration[\s/>]")
_COMMIT_JSON = re.compile(r'\s*\{\s*"commit-configuration"')


def is_commit_rpc(request: Any) -> bool:
    """Whether an op-command request is the ``commit-configuration`` RPC (XML, or v1 JSON)."""
    which = request.WhichOneof("command")
    if which == "xml_command":
        return bool(_COMMIT_XML.match(request.xml_command))
    if which == "json_command":
        return bool(_COMMIT_JSON.match(request.json_command))
    return False


def run_op_command(
    runtime: DeviceRuntime, session: Session, request: Any, formats: dict[int, str], format_enum: Any
) -> tuple[str, str]:
    """Run the command of a v2 OpCommandGet or v1 ExecuteOpCommand request: ``(output, format)``.

    The services call it in a worker thread: a command may wait on the world outside the event
    loop (``file copy`` fetching a URL, an action script, an application started in the
    foreground), and such a script may itself call this device's jsd or broker, which live on
    the loop. The device, the configuration database and the publisher are thread-safe.

    Raises :class:`OpCommandFailed` with the device's words.
    """
    fmt = formats.get(request.out_format)
    if fmt is None:
        raise OpCommandFailed(unknown_enum("out_format", request.out_format, format_enum))
    which = request.WhichOneof("command")
    if which is not None:
        try:
            check_text(getattr(request, which), which, xml=which == "xml_command")
        except InputRejected as exc:
            raise OpCommandFailed(exc.message) from exc
    if which == "cli_command":
        return runtime.run_cli(session, request.cli_command, fmt), fmt
    if which == "xml_command":
        return runtime.run_rpc(session, request.xml_command, fmt), fmt
    if which == "json_command":  # v1 only
        return runtime.run_rpc(session, json_rpc_to_xml(request.json_command), fmt), fmt
    fields = " or ".join(f.name for f in request.DESCRIPTOR.oneofs_by_name["command"].fields)
    raise OpCommandFailed(f"error: empty command: set {fields}")
