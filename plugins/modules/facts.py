#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: facts
short_description: Gather facts of Junos devices over JET
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Collects facts with operational commands through the JET management service. It returns
    them under C(ansible_facts.junos), plus the C(ansible_net_*) facts that network roles expect.
  - The C(default) subset is always gathered. It has the hostname, model, serial number, Junos
    version, uptime and routing engines.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Only reads; runs the same in check mode.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
  facts:
    description: Action returns an C(ansible_facts) dictionary that will update existing host facts.
    support: full
options:
  gather_subset:
    description:
      - Which facts to gather. Choose from C(all), C(default) (alias C(min)), C(hardware),
        C(interfaces) and C(config).
      - Put C(!) before a name to leave it out, for example C([all, "!config"]).
    type: list
    elements: str
    default: [default]
  config_format:
    description: Format of the configuration in the C(config) subset.
    type: str
    choices: [text, set, xml, json]
    default: text
"""

EXAMPLES = r"""
- name: Default facts
  jetkit.junos.facts:

- name: Everything but the configuration
  jetkit.junos.facts:
    gather_subset: [all, "!config"]

- name: Print the version
  ansible.builtin.debug:
    msg: "{{ ansible_facts.junos.hostname }} runs {{ ansible_facts.junos.version }}"
"""

RETURN = r"""
ansible_facts:
  description: Facts of the device.
  returned: always
  type: dict
  contains:
    junos:
      description:
        - C(hostname), C(model), C(serial), C(version), C(uptime_seconds), C(boot_time),
          C(chassis_description) and C(routing_engines) (list of C(slot), C(model) and C(serial)).
        - C(modules) with the C(hardware) subset, and C(interfaces) with the C(interfaces)
          subset. Interfaces are keyed by name, each with C(admin_status), C(oper_status) and
          C(units) (keyed by unit name, with C(addresses) per family).
        - C(config) and C(config_format) with the C(config) subset.
      type: dict
    ansible_net_hostname:
      description: Host name of the device.
      type: str
      sample: r1
    ansible_net_model:
      description: Model of the device.
      type: str
      sample: mx480
    ansible_net_serialnum:
      description: Chassis serial number.
      type: str
    ansible_net_version:
      description: Junos version.
      type: str
      sample: 24.4R1.9
    ansible_net_system:
      description: Always C(junos).
      type: str
    ansible_net_api:
      description: Always C(jet).
      type: str
    ansible_net_gather_subset:
      description: The subsets gathered.
      type: list
      elements: str
    ansible_net_interfaces:
      description: Interfaces, as in C(junos.interfaces) (C(interfaces) subset).
      type: dict
    ansible_net_all_ipv4_addresses:
      description: IPv4 addresses of all interfaces (C(interfaces) subset).
      type: list
      elements: str
    ansible_net_all_ipv6_addresses:
      description: IPv6 addresses of all interfaces (C(interfaces) subset).
      type: list
      elements: str
    ansible_net_config:
      description: The committed configuration (C(config) subset).
      type: raw
    ansible_net_modules:
      description: Chassis modules (C(hardware) subset).
      type: list
      elements: dict
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.facts import SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
