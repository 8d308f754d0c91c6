#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: firewall_filter
short_description: Program a firewall filter, its policers and its interface bindings over JET
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Declares one firewall filter of this JET client (the connection's C(client_id)) through
    C(jnx.jet.firewall.Firewall) (C(FilterAdd), C(FilterModify), C(FilterDelete),
    C(FilterBindAdd), C(FilterBindDelete), C(PolicerAdd), C(PolicerModify), C(PolicerDelete)).
  - B(How the module knows what is on the device.) The JET firewall service cannot read a filter
    back (there is no FilterGet, no policer or binding listing). The module therefore keeps a
    record on the controller of what it programmed, one JSON file per device and client id
    in O(state_dir) (canonical terms, policers and bindings, with a digest). Before trusting the
    record it checks on the device that the filter still exists (C(FilterCounterGet) of one of
    its counters, otherwise C(show firewall filter NAME)); RV(verified_by) says which.
  - When the record and the device agree, only the difference is sent (one C(FilterModify) with
    term operations, policer and binding changes). When the filter is not on the device (for
    example purged after the previous run's connection ended), it is programmed again and the
    task reports a change. When the filter is on the device but there is no record (state file
    lost, or another controller), its content cannot be known, so it is unbound from the bind points
    of the task, deleted and programmed again (filtering on those interfaces pauses briefly).
  - What the record cannot see - changes made to the filter by another program using the same
    client id, and bindings removed behind the module's back while the filter stayed. Use one
    client id per controller, or remove the state file to force programming again.
  - Input is checked on the controller before anything is sent; errors name the option and the
    item (for example C(terms[1] (ssh).from.destination_port[0])). If the device refuses a step,
    the steps this task already applied are undone in reverse order and the task fails naming the
    refused step and the device's message.
  - JET filters belong to the client id. When the connection ends (end of the run), the device
    removes them at once unless O(purge_time) is set.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Reads (purge time, existence check) and reports what would be sent; sends no change and
      does not write the state file.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: full
    details: The filter, its policers and bindings as recorded (before) and as declared (after), in a
      Junos-like text form.
options:
  name:
    description: Filter name (letters, digits and C(_.:-), up to 64 characters).
    type: str
    required: true
  family:
    description: Address family of the filter; the terms' match conditions must fit it.
    type: str
    choices: [inet, inet6]
    default: inet
  terms:
    description:
      - The terms, in order; required with O(state=present). Each term is a dictionary with
        C(name), C(from) (match conditions, all must match; omitted means every packet) and
        C(then) (actions).
      - "C(from) keys: C(source_address), C(destination_address), C(address) (prefixes of the
        filter's family); C(protocol) (numbers or names such as C(tcp), C(udp), C(icmp));
        C(source_port), C(destination_port), C(port) (numbers, ranges C(1024-65535) or names such
        as C(ssh), C(bgp)); C(icmp_type), C(icmp_code), C(dscp), C(packet_length) and (inet only)
        C(ttl) (numbers or ranges). Each takes one value or a list; a value written
        C(10.0.0.0/8 except) (or C({value: ..., except: true})) is a negative match."
      - "C(then) keys: one terminating action among C(accept: true), C(discard: true),
        C(reject) (C(true) or a reason such as C(port-unreachable), C(tcp-reset)) and
        C(routing_instance) (a name); and C(count) (counter name), C(policer) (a policer of
        O(policers)), C(log), C(syslog), C(sample), C(next_term) (booleans). C(then: accept) is
        short for C(then: {accept: true})."
      - A packet no term accepts is discarded (the implicit final discard of Junos filters).
    type: list
    elements: raw
  policers:
    description:
      - Two-color policers used by the terms (C(then.policer)); they are created, changed and
        deleted with this filter, so give each filter its own policer names.
      - Each is a dictionary with C(name), C(bandwidth) (bits per second), C(burst_size) (bytes),
        both a number or a number with C(k), C(m) or C(g) (powers of 1000), and C(discard)
        (default C(true), traffic above the rate is discarded).
      - With O(state=absent) and no record of the filter, the policers listed here (a name is
        enough) are deleted after the filter.
    type: list
    elements: raw
  bind:
    description:
      - Interfaces the filter is applied to. Each is a dictionary with C(interface) (a logical
        interface; a name without a unit means unit 0) and C(direction) (C(input), the default,
        or C(output)), or a string C(INTERFACE [input|output]).
      - Declarative, bindings recorded for this filter and not listed are removed.
      - With O(state=absent) and no record of the filter, the listed bindings are removed first
        (the device refuses to delete a bound filter).
    type: list
    elements: raw
  state:
    description:
      - C(present) makes the filter, its policers and bindings exactly as declared.
      - C(absent) unbinds and deletes the filter and deletes its policers.
    type: str
    choices: [present, absent]
    default: present
  purge_time:
    description:
      - Seconds the device keeps this client's filters after the client goes away
        (C(FiltersPurgeTimerAdd)); C(0) removes the timer (filters go at once).
      - Not set means the timer is left as it is.
    type: int
  state_dir:
    description:
      - Directory on the controller of the record of what this module programmed (one JSON file
        per device and client id). Created when needed, mode 0700.
    type: path
    default: ~/.ansible/jetkit/firewall
notes:
  - Families C(inet) and C(inet6) with the match conditions and actions listed above are what
    this module writes; the other families and conditions of the JET IDL (ethernet-switching,
    VPLS, MPLS, flexible offsets, GTP, ...) are not offered.
"""

EXAMPLES = r"""
- name: Count and drop SSH from outside, rate-limit ICMP, accept the rest, on ge-0/0/0.0 input
  jetkit.junos.firewall_filter:
    name: edge-in
    terms:
      - name: ssh-outside
        from:
          source_address: [0.0.0.0/0, 192.0.2.0/24 except]
          protocol: tcp
          destination_port: ssh
        then: {count: ssh-drops, discard: true}
      - name: icmp
        from: {protocol: icmp}
        then: {policer: icmp-1m, accept: true}
      - name: rest
        then: accept
    policers:
      - {name: icmp-1m, bandwidth: 1m, burst_size: 15k}
    bind:
      - {interface: ge-0/0/0.0, direction: input}
    purge_time: 600

- name: Remove it (unbinds it first)
  jetkit.junos.firewall_filter:
    name: edge-in
    state: absent
"""

RETURN = r"""
filter:
  description: The filter as programmed (canonical form), or null with O(state=absent).
  returned: always
  type: dict
  sample:
    name: edge-in
    family: inet
    terms: [{name: rest, from: {}, then: {accept: true}}]
    policers: []
    bind: [{interface: ge-0/0/0.0, direction: input}]
operations:
  description: The device operations sent (or that would be, in check mode), in order.
  returned: always
  type: list
  elements: str
  sample: [PolicerAdd icmp-1m, FilterAdd edge-in, FilterBindAdd ge-0/0/0.0 input]
existed:
  description: Whether the filter was on the device when the task started.
  returned: always
  type: bool
verified_by:
  description: How existence was checked (C(FilterCounterGet NAME/COUNTER) or C(show firewall filter NAME)).
  returned: always
  type: str
state_file:
  description: The record file of this device and client id on the controller.
  returned: always
  type: str
failed_step:
  description: The operation the device refused, when the task failed that way.
  returned: failed
  type: str
rolled_back:
  description: How many operations of the failed task were undone.
  returned: failed
  type: int
rollback_error:
  description: Why undoing failed (null when everything was undone); the device may then be half-changed.
  returned: failed
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.firewall import FIREWALL_FILTER as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
