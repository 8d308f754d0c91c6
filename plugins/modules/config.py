#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: config
short_description: Load, check, diff, commit, roll back and retrieve Junos configuration over JET
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Changes the configuration of a Junos device through Junos XML RPCs on the host's JET
    session.
  - The steps are the same each time. Lock the database (O(config_mode=exclusive)) or open a
    private candidate. Load the change, or a rollback. Diff it (C(show | compare)). Commit it,
    or run C(commit check) only. Then discard what is left and unlock, whatever happened.
  - The task is idempotent. When the load changes nothing, nothing is committed and
    C(changed) is false.
  - In check mode, the change is loaded, validated (C(commit check)) and diffed on the device,
    then discarded. Nothing is committed.
  - With C(--diff), the Junos C(show | compare) text is returned as C(diff.prepared). There is
    no diff when nothing changes.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: The device loads, validates and diffs the change, then discards it.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: full
    details: The device's own C(show | compare) text.
options:
  lines:
    description:
      - Configuration lines. Set commands (C(set ...)/C(delete ...)), curly-brace text, XML or
        JSON; the format is detected from the first line unless O(format) is given.
    type: list
    elements: str
  src:
    description:
      - File with the configuration, looked up like the C(copy) module's C(src) (role
        C(files/), playbook directory). Format from the extension (C(.set), C(.conf), C(.xml),
        C(.json)) or the content.
    type: path
  template:
    description:
      - Jinja2 template of the configuration.
      - It is rendered on the controller with O(vars) and the host's variables.
    type: path
  vars:
    description: Extra variables for O(template).
    type: dict
  config:
    description:
      - The configuration as structured data, loaded as Junos JSON.
      - "For example C({system: {host-name: r1}})."
    type: dict
  format:
    description: Format of the configuration given; detected when not given.
    type: str
    choices: [text, set, xml, json]
  load:
    description:
      - How to load. C(merge) (default), C(replace) (at C(replace:) tags), C(override) (the whole
        configuration), C(update), or C(set) (default for set commands).
    type: str
    choices: [merge, replace, override, update, set]
  rollback:
    description: Load rollback number C(0) to C(49), or C(rescue), instead of a change.
    type: str
  commit:
    description: Commit when the load changes the configuration.
    type: bool
    default: true
  comment:
    description: Comment of the commit.
    type: str
  confirmed:
    description:
      - Commit confirmed. The device rolls the commit back after this many minutes unless a
        later commit confirms it (see O(confirm)).
    type: int
  confirm:
    description:
      - Confirm a pending commit confirmed (a plain commit).
      - Nothing changes when none is pending.
    type: bool
    default: false
  check:
    description: Only validate the change with C(commit check) and diff it. Nothing is committed.
    type: bool
    default: false
  config_mode:
    description:
      - C(exclusive) locks the configuration database for the edit. The lock is always released,
        and the edit fails when another session holds the lock.
      - C(private) edits a private candidate, so several sessions can edit at once.
    type: str
    choices: [exclusive, private]
    default: exclusive
  backup:
    description: Save the committed configuration (text) to a file on the controller before the change.
    type: bool
    default: false
  backup_options:
    description: Where O(backup) writes.
    type: dict
    suboptions:
      dir_path:
        description: Directory; default C(backup/) next to the playbook.
        type: path
      filename:
        description: File name; default C(<inventory_hostname>_config.<timestamp>).
        type: str
  retrieve:
    description:
      - Return the C(candidate) or C(committed) configuration. When the task makes a change,
        this comes after it.
      - Alone (with no change given), only retrieves.
    type: str
    choices: [candidate, committed]
  retrieve_format:
    description: Format of the retrieved configuration.
    type: str
    choices: [text, set, xml, json]
    default: text
  filter:
    description:
      - Part of the configuration to retrieve. Use a path such as C(system/services), or an XML
        subtree.
    type: str
"""

EXAMPLES = r"""
- name: Set the location, with a diff and a comment
  jetkit.junos.config:
    lines:
      - set system location building b1
    comment: location from Ansible
  diff: true

- name: Replace from a template, commit confirmed for 5 minutes
  jetkit.junos.config:
    template: system.conf.j2
    load: replace
    confirmed: 5

- name: Confirm it
  jetkit.junos.config:
    confirm: true

- name: Structured data, private candidate
  jetkit.junos.config:
    config:
      system:
        host-name: r1
    config_mode: private

- name: Validate only
  jetkit.junos.config:
    src: core.set
    check: true

- name: Roll back to the previous commit, keeping a backup
  jetkit.junos.config:
    rollback: 1
    backup: true

- name: Read the committed system hierarchy as set commands
  jetkit.junos.config:
    retrieve: committed
    retrieve_format: set
    filter: system
"""

RETURN = r"""
committed:
  description: Whether a commit was made.
  returned: always
  type: bool
diff_lines:
  description: The C(show | compare) text of the change, by line.
  returned: when the load changes the configuration
  type: list
  elements: str
  sample: ["[edit system]", "+   location {", "+       building b1;", "+   }"]
format:
  description: Format the configuration was loaded in.
  returned: when a configuration was given
  type: str
  sample: set
backup_path:
  description: File the backup was written to.
  returned: when backup is true
  type: str
config:
  description: Retrieved configuration.
  returned: when retrieve is set
  type: str
config_lines:
  description: RV(config) by line.
  returned: when retrieve is set
  type: list
  elements: str
config_parsed:
  description: RV(config) parsed, for C(xml) and C(json).
  returned: when retrieve is set and retrieve_format is xml or json
  type: dict
jet_status:
  description: What failed (a gRPC status name, or C(DEVICE_FAILURE) with the device's message in C(msg)).
  returned: failed
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.config import SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
