#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: ping
short_description: Ping from a Junos device over JET
version_added: 0.2.0
author: jetkit.junos developers (@jetkit)
description:
  - Runs the device's C(ping) (the C(<ping>) RPC) towards a destination and reports the loss and
    round-trip times, to check reachability from the device.
  - The task fails when more than O(acceptable_percent_loss) percent of the probes get no answer.
  - Takes juniper.device's options, aliases and result keys; numbers in the result are strings,
    as juniper.device returns them.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: A ping changes nothing, so it runs in check mode too.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
options:
  dest:
    description: Address (or host name, when the device resolves names) to ping.
    type: str
    required: true
    aliases: [dest_ip, dest_host, destination, destination_ip, destination_host]
  acceptable_percent_loss:
    description: Largest share of lost probes, in percent, that still counts as success.
    type: int
    default: 0
    aliases: [acceptable_packet_loss]
  count:
    description: Number of probes.
    type: int
    default: 5
  rapid:
    description: Send the probes without waiting a second between them.
    type: bool
    default: true
  ttl:
    description: Time to live (maximum hops) of the probes.
    type: int
  size:
    description:
      - ICMP payload in bytes. The IPv4 packet is 28 bytes more (20 of IP header, 8 of ICMP), so
        C(1472) makes a 1500-byte packet.
    type: int
  do_not_fragment:
    description: Set the do-not-fragment bit, so packets larger than the path MTU get no answer.
    type: bool
    default: false
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
- name: Ping with the defaults; fails if any probe is lost
  jetkit.junos.ping:
    dest: 192.0.2.1

- name: Allow half the probes to be lost, and look at the answer
  jetkit.junos.ping:
    dest: 192.0.2.1
    count: 10
    acceptable_percent_loss: 50
  register: answer

- name: Print the loss and the average round-trip time (microseconds)
  ansible.builtin.debug:
    msg: "{{ answer.packet_loss }}% lost, {{ answer.rtt_average }} us"

- name: A 1500-byte packet that must not be fragmented
  jetkit.junos.ping:
    dest_ip: 192.0.2.1
    size: 1472
    do_not_fragment: true
"""

RETURN = r"""
msg:
  description: Loss and counts, like C(Loss 0%, (Sent 5 | Received 5)).
  returned: always
  type: str
packet_loss:
  description: Percentage of probes lost.
  returned: success
  type: str
  sample: "0"
packets_sent:
  description: Probes sent.
  returned: success
  type: str
packets_received:
  description: Answers received.
  returned: success
  type: str
rtt_minimum:
  description: Shortest round-trip time, in microseconds.
  returned: when some probe got an answer
  type: str
rtt_maximum:
  description: Longest round-trip time, in microseconds.
  returned: when some probe got an answer
  type: str
rtt_average:
  description: Average round-trip time, in microseconds.
  returned: when some probe got an answer
  type: str
rtt_stddev:
  description: Standard deviation of the round-trip times, in microseconds.
  returned: when some probe got an answer
  type: str
host:
  description: The destination (also returned as C(dest) and C(dest_ip)).
  returned: always
  type: str
acceptable_percent_loss:
  description: The O(acceptable_percent_loss) of the task.
  returned: always
  type: str
count:
  description: The O(count) of the task.
  returned: always
  type: str
rapid:
  description: The O(rapid) of the task.
  returned: always
  type: bool
do_not_fragment:
  description: The O(do_not_fragment) of the task.
  returned: always
  type: bool
size:
  description: The O(size) of the task.
  returned: always
  type: str
ttl:
  description: The O(ttl) of the task.
  returned: always
  type: str
source:
  description: The O(source) of the task (also as C(source_ip)).
  returned: always
  type: str
interface:
  description: The O(interface) of the task.
  returned: always
  type: str
routing_instance:
  description: The O(routing_instance) of the task.
  returned: always
  type: str
timeout:
  description: The per-call deadline of the task, in seconds.
  returned: always
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.ping import SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
