#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: command
short_description: Run operational CLI commands on Junos devices over JET
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Runs Junos operational-mode commands through the JET management service (C(OpCommandGet))
    and returns their output as text, JSON or XML, parsed for JSON and XML.
  - Can wait until conditions on the output hold (O(wait_for)), running the commands again
    every O(interval) seconds.
  - Commands that may change the device (anything but C(show), C(ping), C(traceroute),
    C(file show)/C(file list)) report C(changed) and are refused in check mode.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Read-only commands run; commands that may change the device are refused with an error.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
options:
  commands:
    description:
      - One command (a string) or a list of commands, run in order on the same session.
      - CLI pipes (C(| match), C(| count), C(| display json) ...) work as on the device.
    type: raw
    required: true
  format:
    description:
      - Output format asked from the device, for every command.
      - C(json) and C(xml) outputs are also returned parsed, in RV(parsed).
    type: str
    choices: [text, json, xml]
    default: text
  wait_for:
    description:
      - Conditions on the outputs that must hold before the task succeeds, like
        C(result[0] contains Junos).
      - C(result[N]) is the output of the N-th command (the parsed document for C(json)),
        followed by optional C([key]) or C([index]) lookups, an operator (C(eq), C(neq), C(gt),
        C(ge), C(lt), C(le), C(contains), C(matches), optionally preceded by C(not)) and a value.
    type: list
    elements: str
    aliases: [waitfor]
  match:
    description: Whether C(all) conditions of O(wait_for) must hold, or C(any) one of them.
    type: str
    choices: [all, any]
    default: all
  retries:
    description: How many times to run the commands again while O(wait_for) does not hold.
    type: int
    default: 10
  interval:
    description: Seconds between two runs of the commands when waiting.
    type: float
    default: 1.0
"""

EXAMPLES = r"""
- name: Show the version as parsed JSON
  jetkit.junos.command:
    commands: show version
    format: json
  register: version

- name: Print the software version
  ansible.builtin.debug:
    msg: "{{ version.parsed[0]['software-information'][0]['junos-version'][0]['data'] }}"

- name: Several commands, as text
  jetkit.junos.command:
    commands:
      - show system uptime
      - show interfaces terse | match ge-

- name: Wait until a route is there
  jetkit.junos.command:
    commands: show route 192.0.2.0/24
    wait_for: result[0] contains 192.0.2.0/24
    retries: 30
    interval: 2
"""

RETURN = r"""
stdout:
  description: Output of each command, in order.
  returned: success
  type: list
  elements: str
  sample: ["Hostname: r1\nModel: mx480\nJunos: 24.4R1\n"]
stdout_lines:
  description: RV(stdout) split into lines.
  returned: success
  type: list
  elements: list
  sample: [["Hostname: r1", "Model: mx480", "Junos: 24.4R1"]]
parsed:
  description:
    - Parsed output of each command when O(format) is C(json) or C(xml).
    - JSON is returned as the device sends it (Junos JSON); XML as nested dictionaries keyed by
      element name, repeated elements as lists.
  returned: when format is json or xml
  type: list
  elements: raw
failed_conditions:
  description: The O(wait_for) conditions that did not hold at the last attempt.
  returned: failed
  type: list
  elements: str
jet_status:
  description: What failed (a gRPC status name such as C(UNAVAILABLE), or C(DEVICE_FAILURE)).
  returned: failed
  type: str
  sample: DEVICE_FAILURE
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.command import SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
