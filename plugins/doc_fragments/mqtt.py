"""Options shared by the modules that talk to a device's MQTT broker (JET notifications)."""

from __future__ import annotations


class ModuleDocFragment:
    DOCUMENTATION = r"""
options:
  host:
    description: Broker address (default C(jet_mqtt_host), else C(ansible_host)).
    type: str
  port:
    description: Broker port (default C(jet_mqtt_port), else 1883).
    type: int
  username:
    description: Broker username (default the host variable C(jet_mqtt_username)).
    type: str
  password:
    description: Broker password (default C(jet_mqtt_password)).
    type: str
  tls:
    description: Use TLS (implied by O(ca_file) and O(cert_file)).
    type: bool
    default: false
  ca_file:
    description: CA certificates to verify the broker with.
    type: path
  cert_file:
    description: Client certificate for mutual TLS.
    type: path
  key_file:
    description: Key of O(cert_file).
    type: path
  verify:
    description: Verify the broker's certificate and name.
    type: bool
    default: true
  server_name:
    description: Name expected in the broker certificate instead of the host.
    type: str
  protocol:
    description: MQTT version.
    type: str
    choices: ["3.1.1", "5"]
    default: "3.1.1"
"""
