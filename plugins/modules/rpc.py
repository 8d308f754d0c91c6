#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: rpc
short_description: Run Junos XML RPCs on Junos devices over JET
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Runs one Junos XML RPC, given by name with arguments or as a complete XML request, through
    the JET management service, and returns its output as XML, JSON or text, parsed for XML and
    JSON.
  - RPCs that only read (C(get-*), C(file-show), C(file-list), C(ping), C(traceroute)) report
    C(changed=false); any other RPC reports C(changed=true) and is refused in check mode.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Read-only RPCs run; RPCs that may change the device are refused with an error.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
options:
  rpc:
    description:
      - Name of the RPC, like C(get-interface-information) (underscores are read as dashes), or a
        complete XML request like C(<get-interface-information><terse/></get-interface-information>).
    type: str
    required: true
  args:
    description:
      - Arguments of the RPC, as child elements. Keys are element names (underscores read as
        dashes). V(true) gives an empty element (a flag), V(false) or V(null) leaves the element
        out, a list repeats the element, a dictionary nests elements.
    type: dict
    default: {}
    aliases: [kwargs]
  attrs:
    description: Attributes of the RPC element, like C(format) or C(compare).
    type: dict
    default: {}
  format:
    description: Output format asked from the device.
    type: str
    choices: [xml, json, text]
    default: xml
"""

EXAMPLES = r"""
- name: Interfaces, terse, as parsed JSON
  jetkit.junos.rpc:
    rpc: get-interface-information
    args:
      terse: true
      interface_name: ge-0/0/0
    format: json
  register: ifaces

- name: A complete XML request
  jetkit.junos.rpc:
    rpc: <get-route-information><table>inet.0</table></get-route-information>

- name: Committed configuration of one hierarchy, as text
  jetkit.junos.rpc:
    rpc: get-configuration
    attrs:
      format: text
    args:
      configuration:
        system: true
"""

RETURN = r"""
rpc:
  description: The XML request sent.
  returned: always
  type: str
  sample: <get-interface-information><terse /></get-interface-information>
output:
  description: The RPC's output as the device sent it.
  returned: success
  type: str
output_lines:
  description: RV(output) split into lines.
  returned: success
  type: list
  elements: str
parsed:
  description:
    - Parsed output for O(format=xml) (nested dictionaries keyed by element name, repeated
      elements as lists, attributes under C(@name)) and O(format=json) (Junos JSON as sent).
  returned: success, when format is xml or json
  type: dict
jet_status:
  description: What failed (a gRPC status name such as C(UNAVAILABLE), or C(DEVICE_FAILURE)).
  returned: failed
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.rpc import SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
