#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: ephemeral_config
short_description: Read and write the Junos ephemeral configuration database over JET
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Merges configuration into the ephemeral database, in the default instance or a named one,
    with C(EphemeralConfigSet). It also reads the database back with C(EphemeralConfigGet).
  - The task is idempotent. It compares the wanted data with what the instance holds first, and
    sends nothing when the data is already there.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Compares only; nothing is written.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: full
    details: Before and after, as JSON.
options:
  config:
    description:
      - Configuration to merge into the instance. A dictionary is sent as Junos JSON. A string
        is sent as JSON or XML.
      - Leave it out to only read.
    type: raw
  format:
    description: Encoding of O(config) and of the data read back; detected when not given.
    type: str
    choices: [json, xml]
  instance:
    description: Ephemeral instance name; empty for the default instance.
    type: str
    default: ""
  paths:
    description: Paths to read back (C(/) for everything, or C(/system/services)).
    type: list
    elements: str
    default: ["/"]
  validate:
    description: Let the device validate the resulting configuration before it applies it.
    type: bool
    default: true
"""

EXAMPLES = r"""
- name: Add an ephemeral static route in instance "bgpfu"
  jetkit.junos.ephemeral_config:
    instance: bgpfu
    config:
      routing-options:
        static:
          route:
            - name: 192.0.2.0/24
              discard: [null]

- name: Read the default instance
  jetkit.junos.ephemeral_config:
  register: eph
"""

RETURN = r"""
instance:
  description: Instance used (C(default) for the default one).
  returned: always
  type: str
ephemeral:
  description: What the instance holds at each of O(paths), after any change.
  returned: success
  type: list
  elements: dict
  contains:
    path:
      description: The path read.
      type: str
    value:
      description: The data there, as JSON or XML text.
      type: str
jet_status:
  description: What failed (a gRPC status name, or C(DEVICE_FAILURE)).
  returned: failed
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.ephemeral import SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
