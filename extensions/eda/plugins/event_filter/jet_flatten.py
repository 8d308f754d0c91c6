# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Event filter: flatten JET events for rule conditions."""

from __future__ import annotations

from typing import Any

DOCUMENTATION = r"""
---
short_description: Flatten JET events from jetkit.junos.jet_events for rule conditions.
description:
  - Adds C(event.jet), a copy of the event's C(jet_event) with every key's dashes turned into
    underscores, at every depth (C(event-id) becomes C(event_id), C(snmp-id) becomes C(snmp_id)).
    Conditions then read C(event.jet.event_id == "SNMP_TRAP_LINK_DOWN") or
    C(event.jet.attributes.interface_name == "ge-0/0/1").
  - Adds C(event.jet.interface), the interface a JET event is about (C(attributes.name) of kernel
    interface events, C(attributes.interface_name) of SNMP link traps), when there is one.
  - Raw (non-JSON) events pass through unchanged. The original C(jet_event) is kept.
options:
  key:
    description: Name of the flattened copy.
    type: str
    default: jet
"""

EXAMPLES = r"""
sources:
  - jetkit.junos.jet_events:
      brokers: [{host: 127.0.0.1, port: 1883, name: r1}]
    filters:
      - jetkit.junos.jet_flatten:
rules:
  - name: link down
    condition: event.jet.event_id == "SNMP_TRAP_LINK_DOWN" and event.jet.interface is match("ge-")
    action:
      debug:
"""


def _underscored(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key).replace("-", "_"): _underscored(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_underscored(item) for item in value]
    return value


def flatten(event: dict[str, Any], key: str = "jet") -> dict[str, Any]:
    jet_event = event.get("jet_event")
    if not isinstance(jet_event, dict):
        return event
    flat = _underscored(jet_event)
    attributes = flat.get("attributes") if isinstance(flat.get("attributes"), dict) else {}
    event_name = str(flat.get("event_id", ""))
    interface = None
    if event_name.startswith("KERNEL_EVENT_IF"):
        interface = attributes.get("name")
        if event_name.startswith(("KERNEL_EVENT_IFL", "KERNEL_EVENT_IFF", "KERNEL_EVENT_IFA")):
            subunit = attributes.get("subunit")
            if interface is not None and subunit is not None:
                interface = f"{interface}.{subunit}"
    elif "interface_name" in attributes:
        interface = attributes.get("interface_name")
    if interface is not None:
        flat["interface"] = interface
    event[key] = flat
    return event


def main(event: dict[str, Any], key: str = "jet") -> dict[str, Any]:
    """ansible-rulebook entry point."""
    return flatten(event, key)
