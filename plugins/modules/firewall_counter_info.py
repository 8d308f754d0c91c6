#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: firewall_counter_info
short_description: Read the counters and policer counters of a JET firewall filter
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Reads packet and byte counts of a filter's counters (C(FilterCounterGet)) and of its
    policers (C(PolicerCounterGet)) through C(jnx.jet.firewall.Firewall). Read-only.
  - Which counters are read - the ones named in O(counters) and O(policers); when neither is
    given, the ones of the filter as recorded by M(jetkit.junos.firewall_filter) for this device
    and client id (see O(state_dir)); without a record, the ones C(show firewall filter NAME)
    lists. RV(names_from) says which.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Only reads.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
options:
  filter:
    description: The filter's name.
    type: str
    required: true
  counters:
    description: Counter names (the terms' C(then.count)) to read.
    type: list
    elements: str
  policers:
    description: Policer names used by the filter's terms, whose counters (packets and bytes above the rate) to read.
    type: list
    elements: str
  state_dir:
    description: Directory of the records kept by M(jetkit.junos.firewall_filter).
    type: path
    default: ~/.ansible/jetkit/firewall
"""

EXAMPLES = r"""
- name: Every counter of edge-in
  jetkit.junos.firewall_counter_info:
    filter: edge-in
  register: edge

- name: One counter
  jetkit.junos.firewall_counter_info:
    filter: edge-in
    counters: [ssh-drops]
  register: ssh

- name: Show it
  ansible.builtin.debug:
    msg: "{{ ssh.counters['ssh-drops'].packets }} SSH packets dropped"
"""

RETURN = r"""
filter:
  description: The filter's name.
  returned: always
  type: str
counters:
  description: Counter name to its C(packets) and C(bytes).
  returned: always
  type: dict
  sample: {ssh-drops: {packets: 12, bytes: 720}}
policers:
  description: Policer name to the C(packets) and C(bytes) it policed.
  returned: always
  type: dict
  sample: {icmp-1m: {packets: 0, bytes: 0}}
names_from:
  description: Where the names came from (C(given), C(record) or C(show firewall)).
  returned: always
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.firewall import FIREWALL_COUNTER_INFO as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
