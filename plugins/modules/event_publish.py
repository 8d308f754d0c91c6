#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: event_publish
short_description: Publish an application event (genpub) on a Junos device's JET notification broker
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - "Publishes one event on the MQTT broker of the device (the JET notification service), by
    default as a JET event C({\"jet-event\": {\"event-id\", \"hostname\", \"time\", \"severity\",
    \"facility\", \"attributes\"}}) on C(/junos/events/genpub/<app>), where applications and
    rulebooks subscribed to it receive it."
  - Talks MQTT straight to the broker of the host (O(host)/O(port), else the host variables
    C(jet_mqtt_host) or C(ansible_host), and C(jet_mqtt_port), else 1883); it does not use the gRPC
    connection. The broker must accept the controller (Junos C(notification allow-clients)).
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Builds the payload and reports it; publishes nothing.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
extends_documentation_fragment:
  - jetkit.junos.mqtt
options:
  app:
    description: Application name; the event goes to C(/junos/events/genpub/<app>). Exclusive with O(topic).
    type: str
  topic:
    description: Full topic to publish on (no wildcards). Exclusive with O(app).
    type: str
  event_id:
    description: The C(event-id) of the JET event.
    type: str
    default: APP_EVENT
  attributes:
    description: The C(attributes) of the JET event.
    type: dict
    default: {}
  event_message:
    description: Optional C(message) of the JET event (the option is not called C(message), which Ansible reserves).
    type: str
  severity:
    description: C(severity) of the JET event.
    type: str
    default: info
  facility:
    description: C(facility) of the JET event.
    type: str
    default: user
  hostname:
    description: C(hostname) of the JET event (default the inventory name).
    type: str
  payload:
    description:
      - Publish this instead of a JET event (a string as is, anything else as JSON).
    type: raw
  qos:
    description: MQTT QoS of the publication. With 1 the task waits for the broker's acknowledgement.
    type: int
    choices: [0, 1]
    default: 1
  retain:
    description: Ask the broker to keep the message for later subscribers.
    type: bool
    default: false
  client_id:
    description: MQTT client id (default a random one).
    type: str
  connect_timeout:
    description: Seconds to wait for the broker's answers.
    type: float
    default: 10
"""

EXAMPLES = r"""
- name: Tell the other applications that maintenance starts
  jetkit.junos.event_publish:
    app: maintenance
    event_id: MAINTENANCE_START
    attributes:
      ticket: CHG0042
      window: 2h
"""

RETURN = r"""
topic:
  description: Topic published on.
  returned: always
  type: str
  sample: /junos/events/genpub/maintenance
payload:
  description: The published payload (text).
  returned: always
  type: str
broker:
  description: Broker host and port.
  returned: always
  type: dict
  sample: {"host": "127.0.0.1", "port": 1883}
mid:
  description: MQTT message id.
  returned: when published
  type: int
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.mqtt import PUBLISH as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
