#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: event_wait
short_description: Wait for a JET event from a Junos device (MQTT notification broker)
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Subscribes to the device's JET notification broker and waits until O(count) events on
    O(topic) match O(event_id), O(attributes) and O(conditions), or fails after O(timeout) seconds.
  - An event raised before the task subscribed is missed, unless a persistent session was
    prepared with O(mode=subscribe) and a O(client_id) before the change. The broker then keeps
    the events for that client id until this task collects them (see the examples).
  - Talks MQTT straight to the broker of the host (O(host)/O(port), else C(jet_mqtt_host) or
    C(ansible_host), and C(jet_mqtt_port), else 1883), not through the gRPC connection.
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Waiting changes nothing; it runs in check mode too.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
extends_documentation_fragment:
  - jetkit.junos.mqtt
options:
  topic:
    description:
      - Topic filters (MQTT wildcards allowed). JET topics start with C(/); interface names span
        several levels (C(ge-0/0/1)), so prefer C(#) tails and match the name in O(attributes).
    type: list
    elements: str
    default: ["/junos/events/#"]
  event_id:
    description: Only events with this C(event-id).
    type: str
  attributes:
    description:
      - Only events whose attributes have these values (compared as text). Underscores in the
        keys also match dashes (C(oper_status) matches C(oper-status)).
    type: dict
    default: {}
  conditions:
    description:
      - More conditions on the C(jet-event) object, all of which must hold, as
        C(<path> <operator> <value>) with the operators of M(jetkit.junos.command)'s
        C(wait_for) (C(eq), C(neq), C(gt), C(ge), C(lt), C(le), C(contains), C(matches), C(not ...)).
      - Paths are dotted or bracketed, e.g. C(attributes.snmp-id gt 500) or C(severity eq warning).
    type: list
    elements: str
    default: []
  count:
    description: Number of matching events to wait for.
    type: int
    default: 1
  timeout:
    description: Seconds to wait before failing.
    type: float
    default: 30
  mode:
    description:
      - C(wait) waits for the events. C(subscribe) only creates the persistent session of
        O(client_id) (subscribed, then disconnected) so that a later C(wait) with the same
        O(client_id) receives events raised in between.
    type: str
    choices: [wait, subscribe]
    default: wait
  clean_start:
    description: Start a new session (default true without O(client_id), false with one).
    type: bool
  qos:
    description: Subscription QoS.
    type: int
    choices: [0, 1]
    default: 1
  client_id:
    description: MQTT client id; needed for persistent sessions (O(mode=subscribe)).
    type: str
  connect_timeout:
    description: Seconds to wait for the broker's answers to CONNECT and SUBSCRIBE.
    type: float
    default: 10
"""

EXAMPLES = r"""
- name: Keep the link events of this run for us
  jetkit.junos.event_wait:
    mode: subscribe
    client_id: "playbook-{{ inventory_hostname }}-ge001"
    topic: [/junos/events/syslog/SNMP_TRAP_LINK_UP]

- name: Enable the interface
  jetkit.junos.config:
    lines: [delete interfaces ge-0/0/1 disable]

- name: Wait until ge-0/0/1 is up
  jetkit.junos.event_wait:
    client_id: "playbook-{{ inventory_hostname }}-ge001"
    topic: [/junos/events/syslog/SNMP_TRAP_LINK_UP]
    attributes:
      interface-name: ge-0/0/1
    timeout: 60
"""

RETURN = r"""
event:
  description: The last matching event (the C(jet-event) object plus its C(topic)).
  returned: success
  type: dict
events:
  description: Every matching event, in arrival order.
  returned: success
  type: list
  elements: dict
events_seen:
  description: Events received on O(topic), matching or not.
  returned: always
  type: int
elapsed:
  description: Seconds waited.
  returned: success
  type: float
session_present:
  description: The broker resumed a persistent session (events kept while away were delivered).
  returned: success
  type: bool
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.mqtt import WAIT as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
