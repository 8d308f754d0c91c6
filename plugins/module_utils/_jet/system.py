# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.system: reboot, halt, power off or zeroize a Junos device over JET (PRIVATE).

Sends the request RPCs PyEZ sends (``<request-reboot>``, ``<request-halt>``,
``<request-power-off>``, ``<request-system-zeroize>``, their vmhost forms) with juniper.device's
options. Unlike juniper.device, an immediate reboot (or zeroize) waits for the device to answer
on JET again, so the next task finds it up: ``wait_for_reboot`` below is shared with the
software module.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError
from .dropin import refuse_transport_options, with_common, xml_messages
from .errors import JetError

ACTIONS = ("shutdown", "off", "power-off", "power_off", "halt", "reboot", "zeroize")

ARGUMENT_SPEC: dict[str, Any] = with_common(
    {
        "action": {"type": "str", "required": True, "choices": list(ACTIONS)},
        "at": {"type": "str"},
        "in_min": {"type": "int", "default": 0, "aliases": ["in"]},
        "all_re": {"type": "bool", "default": True},
        "other_re": {"type": "bool", "default": False},
        "member_id": {"type": "list", "elements": "str"},
        "vmhost": {"type": "bool", "default": False},
        "media": {"type": "bool", "default": False},
        "wait": {"type": "bool", "default": True},
        "wait_timeout": {"type": "int", "default": 900},
    }
)

# Status of a call that may have reached the device just before it went away.
_GONE = ("UNAVAILABLE", "CANCELLED", "DEADLINE_EXCEEDED", "INTERNAL_ERROR", "UNKNOWN")


def _element(text: str) -> ET.Element | None:
    try:
        return ET.fromstring(f"<reply>{text}</reply>")
    except ET.ParseError:
        return None


def _texts(root: ET.Element | None, tag: str) -> list[str]:
    if root is None:
        return []
    return [(e.text or "").strip() for e in root.iter() if e.tag.rsplit("}", 1)[-1] == tag and e.text]


def routing_engine_count(api: JetApi) -> int:
    """How many Routing Engines the device has (1 when it does not say)."""
    try:
        reply = api.rpc("<get-route-engine-information/>", "xml")
    except JetError:
        return 1
    return max(1, len(_texts(_element(reply), "slot")))


def boot_time(api: JetApi) -> str | None:
    """When the system booted (``junos:seconds`` of ``system-booted-time``), or None."""
    reply = api.rpc("<get-system-uptime-information/>", "xml")
    root = _element(reply)
    if root is None:
        return None
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "system-booted-time":
            for child in element:
                if child.tag.rsplit("}", 1)[-1] == "date-time":
                    return next((v for k, v in child.attrib.items() if k.endswith("seconds")), child.text)
    return None


def wait_for_reboot(api: JetApi, before: str | None, timeout: int) -> float:
    """Wait until the device answers on JET with a boot time other than ``before``; the seconds waited.

    Each probe has a short deadline; the connection opens a new session by itself once the
    device's jsd accepts again.
    """
    probe = api.with_deadline(10, shorter=True, retries=0)
    start = time.monotonic()
    last = "no answer yet"
    while time.monotonic() - start < timeout:
        try:
            now = boot_time(probe)
        except JetError as exc:
            last = exc.message
            time.sleep(1.0)
            continue
        if now is not None and now != before:
            waited = time.monotonic() - start
            return waited
        time.sleep(0.5)
    raise TaskError(f"the device did not come back on JET within {timeout} s after the reboot (last: {last})")


def request_rpc(action: str, params: dict[str, Any], engines: int) -> str:
    """The request PyEZ sends for ``action`` with juniper.device's options."""
    vmhost = params["vmhost"]
    if action == "zeroize":
        element = ET.Element("request-vmhost-zeroize" if vmhost else "request-system-zeroize")
        if not vmhost:
            if not params["all_re"] and engines > 1:
                ET.SubElement(element, "local")
            if params["media"]:
                ET.SubElement(element, "media")
        return ET.tostring(element, encoding="unicode")
    name = {
        "reboot": "request-vmhost-reboot" if vmhost else "request-reboot",
        "shutdown": "request-vmhost-poweroff" if vmhost else "request-power-off",
        "halt": "request-halt",
    }[action]
    element = ET.Element(name)
    if params["other_re"]:
        if engines > 1:
            ET.SubElement(element, "other-routing-engine")
    elif params["all_re"] and engines > 1:
        if vmhost:
            ET.SubElement(element, "routing-engine").text = "both"
        else:
            ET.SubElement(element, "both-routing-engines")
    if params.get("at") is not None:
        ET.SubElement(element, "at").text = str(params["at"])
    elif not vmhost:
        ET.SubElement(element, "in").text = str(params["in_min"])
    return ET.tostring(element, encoding="unicode")


def _validate(action: str, params: dict[str, Any]) -> None:
    if params["vmhost"] and action not in ("reboot", "shutdown", "zeroize"):
        raise TaskError('The vmhost option can only be used when the action option has the value "reboot".')
    if action == "zeroize":
        if params.get("at") is not None or params["in_min"] != 0 or params["other_re"]:
            raise TaskError("The options at, in_min and other_re do not apply to the action zeroize")
    elif params["media"]:
        raise TaskError('The media option can only be used when the action option has the value "zeroize".')
    if params.get("at") is not None and params["in_min"] != 0:
        raise TaskError("at and in_min are mutually exclusive: give one")
    if params["in_min"] < 0:
        raise TaskError(f"in_min must be 0 or more minutes, got {params['in_min']}")
    if params["wait_timeout"] < 1:
        raise TaskError(f"wait_timeout must be at least 1 second, got {params['wait_timeout']}")


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    action = params["action"]
    if action in ("off", "power-off", "power_off"):
        action = "shutdown"
    _validate(action, params)
    result: dict[str, Any] = {
        "changed": True,
        "action": action,
        "reboot": action == "reboot",
        "all_re": params["all_re"],
        "other_re": params["other_re"],
        "media": params["media"],
        "vmhost": params["vmhost"],
    }
    if ctx.check_mode:
        result["msg"] = f"check mode: {action} not initiated"
        return result
    engines = routing_engine_count(api)
    immediate = params["in_min"] == 0 and params.get("at") in (None, "now")
    restarts = action in ("reboot", "zeroize") and immediate and not params["other_re"]
    before = None
    if restarts and params["wait"]:
        try:
            before = boot_time(api)
        except JetError as exc:
            raise TaskError(f"{action}: reading the boot time failed: {exc.message}", jet_status=exc.status) from None
    members = params.get("member_id") or [None]
    got: list[str] = []
    for member in members:
        request = request_rpc(action, params, engines)
        if member is not None:
            element = ET.fromstring(request)
            ET.SubElement(element, "member").text = str(member)
            request = ET.tostring(element, encoding="unicode")
        try:
            reply = api.rpc(request, "xml")
        except JetError as exc:
            if restarts and exc.status in _GONE:
                got.append("the device closed the session")
                continue
            result["changed"] = False
            raise TaskError(f"{action} failed. Error: {exc.message}", jet_status=exc.status, **result) from None
        root = _element(reply)
        status = _texts(root, "request-reboot-status") or _texts(root, "output") or _texts(root, "message")
        status += [w for w in xml_messages(reply, "warning") if w not in status]
        status += _texts(root, "system-zeroize-status")
        got.append("\n".join(status) or "initiated")
    result["msg"] = f"{action} successfully initiated. Response got {'; '.join(got)}"
    if restarts and params["wait"]:
        waited = wait_for_reboot(api, before, params["wait_timeout"])
        result["msg"] += f" The device answered on JET again after {waited:.0f} s."
        result["reconnected"] = True
    return result


SPEC = ModuleSpec(name="system", argument_spec=ARGUMENT_SPEC, run=run)
