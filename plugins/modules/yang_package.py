#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: yang_package
short_description: Add, update and delete a YANG package with its action scripts on a Junos device
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Manages a package of custom YANG modules and their action scripts, as
    C(request system yang add|update|delete) does. A module whose C(rpc) carries
    C(junos:command) adds an operational command that answers in the CLI and as an RPC
    (M(jetkit.junos.command), M(jetkit.junos.rpc)), its action script providing the reply.
  - The files go to the device with the one-shot transfer of O(transfer) (the device fetches
    them with C(file copy)) into C(/var/tmp/jetkit/yang/NAME/), where they stay; the module
    compares them (C(file checksum sha-256)) with the controller's files to tell whether the
    package changed. A package whose files there are missing or different is updated.
  - With O(validate), C(request system yang validate) runs before the package is added or
    updated, so a module or script the device refuses fails the task before anything changes.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.transfer
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Nothing is sent or installed; the device does not validate the files in check mode.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: partial
    details: The diff lists the package's module and action script file names, not their content.
options:
  name:
    description: The package id (letters, digits, C(_), C(.), C(-)).
    type: str
    required: true
  modules:
    description:
      - The package's YANG modules on the controller (found in C(files/) like the C(copy) module
        finds files). Each file is named after its module (C(route-watch.yang)).
      - Required when O(state=present).
    type: list
    elements: path
    default: []
  action_scripts:
    description: The action scripts (Python) of the package's RPCs, on the controller.
    type: list
    elements: path
    default: []
  validate:
    description: Run C(request system yang validate) on the files before adding or updating the package.
    type: bool
    default: true
  state:
    description: C(present) adds or updates the package; C(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
notes:
  - Python action scripts run only with C(system scripts language python3) configured
    (M(jetkit.junos.jet_app) configures it for Python applications; M(jetkit.junos.config) does
    it otherwise).
  - On a real device adding a package rebuilds the schema and restarts mgd, which takes time.
seealso:
  - module: jetkit.junos.jet_app
  - module: jetkit.junos.jet_app_info
"""

EXAMPLES = r"""
- name: Add the show route-watch command
  jetkit.junos.yang_package:
    name: route-watch
    modules:
      - route_watch/route-watch.yang
    action_scripts:
      - route_watch/route_watch_action.py

- name: Use it
  jetkit.junos.command:
    commands: show route-watch
    format: json

- name: Remove it
  jetkit.junos.yang_package:
    name: route-watch
    state: absent
"""

RETURN = r"""
name:
  description: The package id.
  returned: always
  type: str
package:
  description:
    - The package as wanted (file names of its modules and action scripts) and the CLI commands
      its modules add (their C(junos:command) statements); null when O(state=absent).
  returned: always
  type: dict
  sample: {"name": "route-watch", "modules": ["route-watch.yang"], "action_scripts": ["route_watch_action.py"],
           "commands": ["show route-watch"]}
output:
  description: What the device answered to C(request system yang add|update|delete).
  returned: when the package changed
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.apps import YANG_PACKAGE as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
