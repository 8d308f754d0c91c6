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
  - Takes juniper.device's options and aliases with the same meaning (O(commands) as C(cli),
    C(command), C(cmd) or C(cmds); O(format) as C(formats), C(display) or C(output), one per
    command; O(dest), O(dest_dir), O(return_output), O(ignore_warning)) and returns its keys
    (RV(command), RV(format), RV(msg), RV(parsed_output), RV(results)), so a juniper.device
    task runs unchanged.
  - With one command, RV(stdout) is its output (a string) and RV(stdout_lines) its lines. With
    several, RV(stdout) and RV(stdout_lines) are lists with one entry per command and
    RV(results) holds each command's own keys.
  - Unlike juniper.device, CLI pipes (C(| match), C(| count), C(| display json)) work.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
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
    aliases: [cli, command, cmd, cmds]
  format:
    description:
      - Output format asked from the device, one for every command or one per command (a list
        as long as O(commands)).
      - C(json) and C(xml) outputs are also returned parsed, in RV(parsed) and RV(parsed_output).
      - Default C(text).
    type: list
    elements: str
    choices: [text, json, xml]
    aliases: [formats, display, output]
  wait_for:
    description:
      - Conditions on the outputs that must hold before the task succeeds, like
        C(result[0] contains Junos).
      - C(result[N]) is the output of the N-th command (the parsed document for C(json)),
        followed by optional C([key]) or C([index]) lookups, an operator (C(eq), C(neq), C(gt),
        C(ge), C(lt), C(le), C(contains), C(matches), optionally preceded by C(not)) and a value.
      - With O(wait_for), a command that fails fails the task at once.
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
  dest:
    description:
      - File on the controller that receives the output of every command, one after the other
        (juniper.device's option). Make it unique per host, for example with
        C({{ inventory_hostname }}) in the name.
      - Mutually exclusive with O(dest_dir).
    type: path
    aliases: [destination]
  dest_dir:
    description:
      - Directory on the controller where each command's output is saved as
        C(<inventory_hostname>_<command>.<format>), spaces and pipes of the command written
        as C(_) (juniper.device's option). Slashes are written as C(_) too, so every file stays
        in the directory (C(show interfaces ge-0/0/1) gives C(r1_show_interfaces_ge-0_0_1.text)).
    type: path
    aliases: [destination_dir, destdir]
  return_output:
    description:
      - Whether the outputs are returned in the result. Set it to C(false) with O(dest_dir) for
        large outputs that only need saving.
    type: bool
    default: true
  ignore_warning:
    description:
      - Device warnings to accept, as in juniper.device and PyEZ. C(true) accepts all; otherwise
        each item is a case-insensitive regular expression searched in the warning message.
      - When given, a warning that no item matches fails the task, as in PyEZ. When not given,
        device warnings are shown as Ansible warnings and the task goes on.
    type: list
    elements: str
notes:
  - A task with several commands runs all of them and fails only when every command failed,
    as juniper.device does; each entry of RV(results) has its own C(failed) and C(msg), and a
    partial failure is also reported as a warning.
"""

EXAMPLES = r"""
- name: Show the version as parsed JSON
  jetkit.junos.command:
    commands: show version
    format: json
  register: version

- name: Print the software version
  ansible.builtin.debug:
    msg: "{{ version.parsed_output['software-information'][0]['junos-version'][0]['data'] }}"

- name: Several commands, as text
  jetkit.junos.command:
    commands:
      - show system uptime
      - show interfaces terse | match ge-
  register: outputs

- name: Print each output
  ansible.builtin.debug:
    var: item.stdout_lines
  loop: "{{ outputs.results }}"

- name: A juniper.device task, unchanged - one format per command, outputs saved, not returned
  jetkit.junos.command:
    cmds:
      - show route
      - show version
    formats: [xml, json]
    dest_dir: "{{ playbook_dir }}/out"
    return_output: false

- name: Wait until a route is there
  jetkit.junos.command:
    commands: show route 192.0.2.0/24
    wait_for: result[0] contains 192.0.2.0/24
    retries: 30
    interval: 2
"""

RETURN = r"""
msg:
  description: What happened (C(The command executed successfully.) for one command).
  returned: always
  type: str
command:
  description: The command that ran.
  returned: when one command is given
  type: str
  sample: show version
format:
  description: The format of its output.
  returned: when one command is given
  type: str
  sample: text
stdout:
  description:
    - With one command, its output (a string).
    - With several, the output of each command, in order (a list).
  returned: success, when return_output is true
  type: raw
  sample: "Hostname: r1\nModel: mx480\nJunos: 24.4R1\n"
stdout_lines:
  description:
    - With one command, its output split into lines.
    - With several, one list of lines per command.
  returned: success, when return_output is true
  type: list
  elements: raw
  sample: ["Hostname: r1", "Model: mx480", "Junos: 24.4R1"]
parsed_output:
  description:
    - The output of a C(json) or C(xml) command parsed, as juniper.device returns it. JSON is
      the device's Junos JSON; XML becomes nested dictionaries keyed by element name (repeated
      elements as lists, leaves as their text, attributes left out).
  returned: when one command is given in json or xml format and return_output is true
  type: dict
parsed:
  description:
    - Parsed output of each command, in order (C(null) for a text command). JSON is returned as
      the device sends it (Junos JSON); XML as nested dictionaries keyed by element name,
      repeated elements as lists, attributes under C(@name).
  returned: when a command's format is json or xml and return_output is true
  type: list
  elements: raw
results:
  description:
    - One dictionary per command with the keys above for that command (RV(command),
      RV(format), RV(msg), RV(stdout), RV(stdout_lines), RV(parsed_output)) plus C(failed)
      and C(changed).
  returned: when several commands are given
  type: list
  elements: dict
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
