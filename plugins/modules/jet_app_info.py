#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: jet_app_info
short_description: Read the on-box JET applications and YANG packages of a Junos device
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - RV(applications) - the applications configured at C(system extensions extension-service
    application), with their statements and the status the device reports for each
    (C(show extension-service status NAME)).
  - RV(yang_packages) - the YANG packages (C(show system yang package)) and the CLI commands
    their modules add, read from the copies M(jetkit.junos.yang_package) keeps under
    C(/var/tmp/jetkit/yang/), else from the device's own copies under C(/opt/yang-pkg/);
    null when neither can be read.
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
  gather:
    description: What to read.
    type: list
    elements: str
    choices: [applications, yang_packages]
    default: [applications, yang_packages]
seealso:
  - module: jetkit.junos.jet_app
  - module: jetkit.junos.yang_package
"""

EXAMPLES = r"""
- name: What runs on the device?
  jetkit.junos.jet_app_info:
  register: programs

- name: Applications that are not running
  ansible.builtin.debug:
    msg: "{{ programs.applications | dict2items | rejectattr('value.status.running')
             | map(attribute='key') | list }}"
"""

RETURN = r"""
applications:
  description: Configured applications by file name.
  returned: when gathered
  type: dict
  sample:
    route_watch.py:
      path: /var/db/scripts/jet/route_watch.py
      arguments: null
      daemonize: true
      respawn: false
      user: null
      checksum: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
      status: {"name": "route_watch", "process_id": "4242", "stack_segment_size": "8388608B",
               "data_segment_size": "134217728B", "pid": 4242, "running": true}
yang_packages:
  description: Installed YANG packages by id, with the commands their modules add.
  returned: when gathered
  type: dict
  sample:
    route-watch:
      modules: [route-watch.yang]
      action_scripts: [route_watch_action.py]
      commands: [show route-watch]
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.apps import JET_APP_INFO as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
