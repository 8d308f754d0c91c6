#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: interface
short_description: Manage logical units, families and addresses through the JET interfaces service
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Declares logical units of one physical interface, their families (C(inet), C(inet6),
    C(mpls), C(iso)) and addresses through C(jnx.jet.interfaces.Interfaces) (C(InterfaceAdd),
    C(InterfaceUpdate), C(InterfaceDelete)).
  - Idempotent. The current state is read first with C(InterfaceGet) (unit description and
    disable, family MTU). The service cannot list a family's addresses, so those are read from
    C(show interfaces IFL terse); IPv6 link-local addresses are ignored.
  - Within JET permissions. A JET client may create units on existing physical interfaces and
    change or delete only the units it created. Before sending anything, every existing unit the
    task would change is checked with C(InterfaceUnitPermissionsGet); a unit of the
    configuration or of another client fails the task, naming it, with nothing sent.
  - Input is checked on the controller first; errors name the option and item (for example
    C(units[0] (unit 100).families.inet.addresses[1])). If the device refuses a change midway,
    the changes this task already made are undone and the task fails naming the refused change.
  - Units made through JET are not configuration; they do not show in C(show configuration)
    and are not removed when the client goes away.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Reads and reports the operations that would be sent; sends none.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: full
    details: The listed units as they were (before) and as they are made (after), one line per unit, family and address.
options:
  name:
    description: The physical interface (for example C(ge-0/0/1)); it must exist on the device.
    type: str
    required: true
  units:
    description:
      - The logical units. Each is a dictionary with C(unit) (number, required),
        C(description) (string), C(enabled) (boolean) and C(families), a dictionary from family
        name (C(inet), C(inet6), C(mpls), C(iso)) to a dictionary with C(addresses) (list of
        C(ADDRESS/LENGTH); C(inet) and C(inet6) only) and C(mtu) (256 to 9500).
      - A bare number N is short for a dictionary with only C(unit) set to N.
    type: list
    elements: raw
    required: true
  state:
    description:
      - C(present) creates what is listed and sets the attributes given; families, addresses
        and attributes not mentioned are left as they are.
      - C(replaced) makes each listed unit exactly as declared; its families and addresses not
        listed are removed and attributes not given go back to their defaults (no
        description, enabled, default MTU). Units not listed are not touched.
      - C(absent) removes, for each listed unit, the whole unit when it lists no C(families);
        otherwise the listed families, or only the listed addresses when a family lists
        C(addresses).
    type: str
    choices: [present, absent, replaced]
    default: present
notes:
  - The attributes the emulator and this module write are C(description) and C(disable) on units
    and C(mtu) on families; JET does not document the attribute keys devices accept.
  - Physical interface settings and ARP entries are not managed by this module.
"""

EXAMPLES = r"""
- name: A VLAN unit with IPv4 and IPv6 addresses
  jetkit.junos.interface:
    name: ge-0/0/1
    units:
      - unit: 100
        description: to customer A
        families:
          inet: {addresses: [192.0.2.1/24], mtu: 1500}
          inet6: {addresses: ["2001:db8:100::1/64"]}

- name: Exactly one IPv4 address on unit 100 (IPv6 and other addresses removed)
  jetkit.junos.interface:
    name: ge-0/0/1
    units:
      - unit: 100
        families:
          inet: {addresses: [192.0.2.1/24]}
    state: replaced

- name: Remove one address
  jetkit.junos.interface:
    name: ge-0/0/1
    units:
      - unit: 100
        families:
          inet: {addresses: [192.0.2.1/24]}
    state: absent

- name: Remove the unit
  jetkit.junos.interface:
    name: ge-0/0/1
    units: [100]
    state: absent
"""

RETURN = r"""
interface:
  description: The physical interface.
  returned: always
  type: str
operations:
  description: The operations sent (or that would be, in check mode), in order.
  returned: always
  type: list
  elements: str
  sample:
    - "InterfaceAdd ge-0/0/1.100 (description='to customer A')"
    - InterfaceAdd ge-0/0/1.100 family inet
units:
  description:
    - The listed units as the task leaves them (unit, description, enabled, families with mtu
      and addresses); deleted units are left out.
  returned: always
  type: list
  elements: dict
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

from ansible_collections.jetkit.junos.plugins.module_utils._jet.interfaces import INTERFACE as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
