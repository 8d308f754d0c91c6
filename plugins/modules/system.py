#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: system
short_description: Reboot, halt, power off or zeroize a Junos device over JET
version_added: 0.2.0
author: jetkit.junos developers (@jetkit)
description:
  - Sends C(request system reboot), C(halt), C(power-off) or C(zeroize) (as their XML RPCs,
    or the C(request vmhost) forms with O(vmhost)) through the host's JET session.
  - "Unlike juniper.device, which only starts the action: an immediate C(reboot) or C(zeroize)
    waits until the device answers on JET again (its boot time has changed), and the host's
    JET session is opened again, so the next task runs on the rebooted device. Set O(wait=false)
    to return at once."
  - Halt and power-off do not come back; a delayed reboot (O(in_min), O(at)) is only scheduled.
  - Takes juniper.device's options and result keys.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Reports C(changed) and sends nothing.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
options:
  action:
    description:
      - C(reboot), C(halt) (stop Junos, keep the power on), C(shutdown) (power off; also
        C(off), C(power-off), C(power_off)) or C(zeroize) (back to the factory state, then a
        reboot).
    type: str
    required: true
    choices: [shutdown, "off", power-off, power_off, halt, reboot, zeroize]
  at:
    description:
      - When to act - C(now), C(+minutes), C(yymmddhhmm) or C(hh:mm) (24-hour). Not for zeroize;
        mutually exclusive with O(in_min).
    type: str
  in_min:
    description: Minutes to wait before acting (C(0) - now). Not for zeroize.
    type: int
    default: 0
    aliases: [in]
  all_re:
    description:
      - On a device with two Routing Engines, act on both (C(both-routing-engines)). On zeroize,
        V(false) zeroizes the local Routing Engine only.
    type: bool
    default: true
  other_re:
    description: On a device with two Routing Engines, act on the other one only. Not for zeroize.
    type: bool
    default: false
  member_id:
    description:
      - Virtual Chassis members to act on, one request per member. A device that is not a
        Virtual Chassis refuses the request (juniper.device would act on the whole device).
    type: list
    elements: str
  vmhost:
    description: Use the C(request vmhost) form (VM host platforms).
    type: bool
    default: false
  media:
    description: On zeroize, also overwrite the storage media.
    type: bool
    default: false
  wait:
    description:
      - After an immediate reboot or zeroize, wait until the device answers on JET again
        (jetkit.junos's own option).
    type: bool
    default: true
  wait_timeout:
    description: Seconds O(wait) waits at most.
    type: int
    default: 900
"""

EXAMPLES = r"""
- name: Reboot, and carry on once the device is back
  jetkit.junos.system:
    action: reboot

- name: The device runs the tasks after the reboot
  jetkit.junos.command:
    commands: show system uptime

- name: Power off the other Routing Engine
  jetkit.junos.system:
    action: shutdown
    other_re: true

- name: Reboot in 30 minutes
  jetkit.junos.system:
    action: reboot
    in_min: 30

- name: Zeroize this Routing Engine only
  jetkit.junos.system:
    action: zeroize
    all_re: false
"""

RETURN = r"""
msg:
  description: What the device answered, and how long it took to come back.
  returned: always
  type: str
  sample: "reboot successfully initiated. Response got Shutdown NOW! The device answered on JET again after 95 s."
action:
  description: The action (C(shutdown) for its aliases).
  returned: always
  type: str
reboot:
  description: Whether the action is a reboot.
  returned: always
  type: bool
all_re:
  description: The O(all_re) of the task.
  returned: always
  type: bool
other_re:
  description: The O(other_re) of the task.
  returned: always
  type: bool
media:
  description: The O(media) of the task.
  returned: always
  type: bool
vmhost:
  description: The O(vmhost) of the task.
  returned: always
  type: bool
reconnected:
  description: The device answered on JET again after the reboot.
  returned: when the task waited for a reboot
  type: bool
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module
from ansible_collections.jetkit.junos.plugins.module_utils._jet.system import SPEC


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
