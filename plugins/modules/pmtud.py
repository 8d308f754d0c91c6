#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: pmtud
short_description: Find the path MTU from a Junos device to a destination over JET
version_added: 0.2.0
author: jetkit.junos developers (@jetkit)
description:
  - Finds the largest IPv4 packet that reaches a destination without fragmentation, with the
    device's C(ping) (do-not-fragment set, three rapid probes per size), by bisection between
    C(max_size - max_range + 1) and O(max_size).
  - It first checks that a minimal (68-byte) packet gets an answer; if not, the task fails.
  - When the path takes O(max_size), that is the answer; when even the smallest tested size
    does not pass, the task fails naming the range tried.
  - Takes juniper.device's options, aliases and result keys.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Only pings, so it runs in check mode too.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
options:
  dest:
    description: IPv4 address (or host name, when the device resolves names) of the destination.
    type: str
    required: true
    aliases: [dest_ip, dest_host, destination, destination_ip, destination_host]
  max_size:
    description: Largest packet size to try, in bytes (68 to 65496). The result is never above it.
    type: int
    default: 1500
  max_range:
    description:
      - Width of the range searched below O(max_size), a power of 2 (or 0); the smallest size
        tried is C(max_size - max_range + 1).
    type: int
    default: 512
    choices: [0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536]
  source:
    description: Source address of the probes.
    type: str
    aliases: [source_ip, source_host, src, src_ip, src_host]
  interface:
    description: Interface the probes leave from.
    type: str
  routing_instance:
    description: Routing instance the probes are sent in.
    type: str
"""

EXAMPLES = r"""
- name: Path MTU to a destination
  jetkit.junos.pmtud:
    dest: 192.0.2.1
  register: path

- name: Print it
  ansible.builtin.debug:
    msg: "{{ path.inet_mtu }}"

- name: Search all sizes up to jumbo frames
  jetkit.junos.pmtud:
    dest: 192.0.2.1
    max_size: 9000
    max_range: 16384
"""

RETURN = r"""
inet_mtu:
  description: The largest IPv4 packet, in bytes, that crossed the path unfragmented (at most O(max_size)).
  returned: success
  type: int
  sample: 1400
host:
  description: The destination (also returned as C(dest) and C(dest_ip)).
  returned: always
  type: str
msg:
  description: What was found, or why the task failed.
  returned: always
  type: str
source:
  description: The O(source) of the task (also as C(source_ip)).
  returned: when source is given
  type: str
interface:
  description: The O(interface) of the task.
  returned: when interface is given
  type: str
routing_instance:
  description: The O(routing_instance) of the task.
  returned: when routing_instance is given
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.ping import PMTUD as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
