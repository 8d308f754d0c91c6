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
    private, dynamic or batch candidate. Load the change, or a rollback. Diff it
    (C(show | compare)). Commit it, or run C(commit check) only. Then discard what is left and
    unlock or close, whatever happened.
  - The task is idempotent. When the load changes nothing, nothing is committed and
    C(changed) is false (unless O(commit_empty_changes)).
  - In check mode, the change is loaded, validated (C(commit check)) and diffed on the device,
    then discarded. Nothing is committed. When a commit confirmed is pending, check mode skips
    the C(commit check), which would confirm it.
  - The C(show | compare) text is returned as C(diff.prepared) and RV(diff_lines) when the load
    changes something (and shown with C(--diff)).
  - Takes juniper.device's options, aliases and results with the same meaning, so a
    juniper.device task runs unchanged. Where the two collections give one option different
    meanings, the form of the task decides, see O(check) and O(confirm).
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
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
    aliases: [source, file]
  template:
    description:
      - Jinja2 template of the configuration.
      - It is rendered on the controller with O(vars) and the host's variables.
    type: path
    aliases: [template_path]
  vars:
    description: Extra variables for O(template).
    type: dict
    aliases: [template_vars]
  config:
    description:
      - The configuration as structured data, loaded as Junos JSON.
      - "For example C({system: {host-name: r1}})."
    type: dict
  url:
    description:
      - A URL (or a file path on the device) the device loads the configuration from itself
        (C(<load-configuration url=...>)), as juniper.device's O(url). The device must reach it.
    type: str
  format:
    description:
      - Format of the configuration given; detected when not given.
      - Also the format of the configuration retrieved with O(retrieve) when O(retrieve_format)
        is not given, as in juniper.device.
    type: str
    choices: [text, set, xml, json]
  load:
    description:
      - How to load. C(merge) (default), C(replace) (at C(replace:) tags), C(override) (the
        whole configuration; C(overwrite) is the same), C(update), C(patch) (a C(show | compare)
        style patch), or C(set).
      - Set commands always load as C(set), whatever O(load) says among C(merge), C(replace) and
        C(set) (as PyEZ does); C(override), C(update) and C(patch) cannot take set commands.
    type: str
    choices: [merge, replace, override, overwrite, update, set, patch]
  rollback:
    description: Load rollback number C(0) to C(49), or C(rescue), instead of a change.
    type: str
  commit:
    description:
      - Commit when the load changes the configuration. Default V(true), except for a task that
        only retrieves (O(retrieve) and no change).
      - V(false) validates (C(commit check)) and diffs only.
    type: bool
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
      - V(true) confirms a pending commit confirmed with a plain commit (nothing changes when
        none is pending).
      - "A number of minutes is juniper.device's alias of O(confirmed) (C(confirm: 5) is
        C(confirmed: 5))."
    type: raw
  check:
    description:
      - Run C(commit check).
      - Alone (no O(commit)), V(true) only validates and diffs the change, and nothing is
        committed. With O(commit=true), or in a task that uses a juniper.device-only option
        (O(diff), O(check_commit_wait), O(commit_sync), O(dest_dir), O(ignore_warning), a
        number for O(confirm)...), it runs before the commit, as in juniper.device.
      - Without it, the commit itself validates the candidate, so no separate check is sent.
    type: bool
    aliases: [check_commit, commit_check]
  check_commit_wait:
    description: Seconds to wait between the C(commit check) and the commit (needs O(check)).
    type: int
  commit_empty_changes:
    description: Commit even when the load changes nothing.
    type: bool
    default: false
  commit_full:
    description: C(commit full) (every daemon rereads the whole configuration).
    type: bool
    default: false
  commit_sync:
    description: C(commit synchronize) (commit on both Routing Engines).
    type: bool
    default: false
  commit_force_sync:
    description: C(commit synchronize force).
    type: bool
    default: false
  diff:
    description:
      - Return the C(show | compare) text in RV(diff) and RV(diff_lines) (default V(true), except
        for a task that only retrieves). The diff is always computed, because it decides
        whether to commit.
    type: bool
    aliases: [compare, diffs]
  diffs_file:
    description: File on the controller that receives the diff (juniper.device's option).
    type: path
  dest:
    description: File on the controller that receives the retrieved configuration (needs O(retrieve)).
    type: path
    aliases: [destination]
  dest_dir:
    description:
      - Directory on the controller for the retrieved configuration
        (C(<inventory_hostname>.<conf|set|xml|json>)) and the diff
        (C(<inventory_hostname>.diff)), as juniper.device's option.
    type: path
    aliases: [destination_dir, destdir, savedir, save_dir]
  return_output:
    description: Whether the diff and the retrieved configuration are returned in the result.
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
  config_mode:
    description:
      - C(exclusive) locks the configuration database for the edit. The lock is always released,
        and the edit fails when another session holds the lock.
      - C(private) edits a private candidate, so several sessions can edit at once; C(dynamic)
        and C(batch) open the dynamic database and batch commits.
      - C(ephemeral) loads into the ephemeral database through JET's own ephemeral calls, which
        take XML or JSON configuration and commit at once; there is no diff there.
    type: str
    choices: [exclusive, private, dynamic, batch, ephemeral]
    default: exclusive
    aliases: [config_access, edit_mode, edit_access]
  ephemeral_instance:
    description: The ephemeral instance for C(config_mode=ephemeral) (the default instance when not given).
    type: str
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
        description:
          - File name inside O(backup_options.dir_path); default C(<inventory_hostname>_config.<timestamp>).
          - A name with C(/), or C(.) or C(..), is refused before anything is done, so the backup
            cannot land outside the directory.
        type: str
  retrieve:
    description:
      - Return the C(candidate) or C(committed) configuration. When the task makes a change,
        this comes after the commit.
      - Alone (with no change given), only retrieves.
    type: str
    choices: [candidate, committed]
  retrieve_format:
    description: Format of the retrieved configuration (default O(format), else C(text)).
    type: str
    choices: [text, set, xml, json]
  filter:
    description:
      - Part of the configuration to retrieve. Use a path such as C(system/services), or an XML
        subtree.
    type: str
    aliases: [filter_xml]
  options:
    description:
      - Attributes of the C(<get-configuration>) request of O(retrieve), like C(inherit) or
        C(groups).
    type: dict
    default: {}
  model:
    description:
      - Retrieve a YANG model's configuration (C(openconfig), C(ietf), or C(custom) with
        O(namespace)); O(filter) names its top element. The device must have the model.
    type: str
    choices: [openconfig, ietf, custom, 'True']
  namespace:
    description: Namespace of a C(custom) O(model).
    type: str
  remove_ns:
    description: Accepted for juniper.device; the retrieved configuration is returned as the device sends it.
    type: bool
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

- name: juniper.device's form, unchanged - merge set lines, confirm in 5 minutes, save the diff
  jetkit.junos.config:
    load: merge
    lines:
      - set system services netconf ssh
    confirm: 5
    check_commit_wait: 3
    check: true
    dest_dir: "{{ playbook_dir }}/out"
  register: response

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
msg:
  description:
    - "The steps taken, as juniper.device words them
      (C(Configuration has been: opened, loaded, diffed, committed, closed.))."
  returned: always
  type: str
committed:
  description: Whether a commit was made.
  returned: always
  type: bool
diff:
  description: The C(show | compare) text of the change as C(prepared).
  returned: when the load changes the configuration and diff is true (or in diff mode)
  type: dict
diff_lines:
  description: The C(show | compare) text of the change, by line.
  returned: when the load changes the configuration and diff is true (or in diff mode)
  type: list
  elements: str
  sample: ["[edit system]", "+   location {", "+       building b1;", "+   }"]
format:
  description: Format the configuration was loaded in.
  returned: when a configuration was given
  type: str
  sample: set
file:
  description: The O(src) file loaded.
  returned: when src is given
  type: str
backup_path:
  description: File the backup was written to.
  returned: when backup is true
  type: str
config:
  description: Retrieved configuration.
  returned: when retrieve is set and return_output is true
  type: str
config_lines:
  description: RV(config) by line.
  returned: when retrieve is set and return_output is true
  type: list
  elements: str
config_parsed:
  description:
    - RV(config) parsed, for C(xml) (nested dictionaries keyed by element name, as
      juniper.device returns it) and C(json) (Junos JSON).
  returned: when retrieve is set, its format is xml or json, and return_output is true
  type: dict
instance:
  description: The ephemeral instance written (C(default) for the default one).
  returned: when config_mode is ephemeral
  type: str
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
