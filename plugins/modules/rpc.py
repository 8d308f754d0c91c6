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
  - Runs Junos XML RPCs, given by name with arguments or as complete XML requests, through the
    JET management service, and returns their output as XML, JSON or text, parsed for XML and
    JSON. C(show version | display xml rpc) on the device names the RPC of a CLI command.
  - RPCs that only read (C(get-*), C(file-show), C(file-list), C(ping), C(traceroute)) report
    C(changed=false); any other RPC reports C(changed=true) and is refused in check mode.
  - Takes juniper.device's options with the same meaning (O(rpc) as C(rpcs), a list; O(args)
    as C(kwargs), C(kwarg) or C(arg) and O(attrs) as C(attr), one dictionary per RPC; O(format)
    as C(formats), one per RPC; O(filter) for C(get-config); O(dest), O(dest_dir),
    O(return_output), O(ignore_warning)) and returns its keys.
  - C(get-config) is run as PyEZ runs it, as C(<get-configuration>) with O(filter) as the
    configuration filter and O(attrs) as the request's options (C(database), C(inherit)...).
  - With one RPC its keys are at the top of the result; with several, RV(results) has one entry
    per RPC.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
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
      - A list runs several RPCs in order.
    type: raw
    required: true
    aliases: [rpcs]
  args:
    description:
      - Arguments of the RPC, as child elements. Keys are element names (underscores read as
        dashes). V(true) gives an empty element (a flag), V(false) or V(null) leaves the element
        out, a list repeats the element, a dictionary nests elements.
      - With several RPCs, a list with one dictionary per RPC.
      - Also accepted as a string of C(key=value) pairs or JSON, as juniper.device does.
      - The key C(allow_bool_values) is read as juniper.device reads it and never sent. When it is
        true, the string values V(true), V(yes), V(on), V(false), V(no), V(off) become flags; when it
        is false (for example the string C("0")), every value is sent as written.
    type: raw
    aliases: [kwargs, kwarg, arg]
  attrs:
    description:
      - Attributes of the RPC element, like C(format) or C(compare); one dictionary per RPC when
        several are given.
    type: raw
    aliases: [attr]
  format:
    description:
      - Output format asked from the device, one for every RPC or one per RPC. Default C(xml).
    type: list
    elements: str
    choices: [xml, json, text]
    aliases: [formats, display, output]
  filter:
    description:
      - For one C(get-config) RPC only. The part of the configuration to return, as XML
        (C(<configuration><interfaces/></configuration>); a subtree without C(<configuration>)
        is wrapped in one) or as a path (C(system/services)).
    type: str
    aliases: [filter_xml]
  dest:
    description:
      - File on the controller that receives the output of every RPC, one after the other
        (juniper.device's option). Mutually exclusive with O(dest_dir).
    type: path
    aliases: [destination]
  dest_dir:
    description:
      - Directory on the controller where each RPC's output is saved as
        C(<inventory_hostname>_<rpc>.<format>) (juniper.device's option).
    type: path
    aliases: [destination_dir, destdir]
  return_output:
    description: Whether the outputs are returned in the result.
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
  - A task with several RPCs runs all of them and fails only when every RPC failed, as
    juniper.device does; each entry of RV(results) has its own C(failed) and C(msg).
  - Unlike juniper.device, an argument set to V(false) is left out rather than sent as an
    empty element.
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

- name: Two RPCs with one set of arguments each (juniper.device's form)
  jetkit.junos.rpc:
    rpcs:
      - get-software-information
      - get-interface-information
    kwargs:
      - {}
      - interface_name: lo0.0
  register: both

- name: The committed interfaces configuration, saved under out/ (juniper.device's get-config)
  jetkit.junos.rpc:
    rpc: get-config
    filter_xml: <configuration><interfaces/></configuration>
    attrs:
      database: committed
    dest_dir: "{{ playbook_dir }}/out"
"""

RETURN = r"""
msg:
  description: What happened (C(The RPC executed successfully.) for one RPC).
  returned: always
  type: str
rpc:
  description: Name of the RPC (C(get-config) for juniper.device's get-config).
  returned: when one RPC is given
  type: str
  sample: get-interface-information
request:
  description: The XML request sent.
  returned: when one RPC is given
  type: str
  sample: <get-interface-information><terse /></get-interface-information>
format:
  description: Format of the output.
  returned: when one RPC is given
  type: str
kwargs:
  description: The arguments of the RPC as given (V(null) when none).
  returned: when one RPC is given
  type: dict
attrs:
  description: The attributes of the RPC as given (V(null) when none).
  returned: when one RPC is given
  type: dict
stdout:
  description:
    - The output; for text format, the text itself (without the C(<output>) wrapper some RPCs
      put it in).
  returned: success, when return_output is true
  type: str
stdout_lines:
  description: RV(stdout) split into lines.
  returned: success, when return_output is true
  type: list
  elements: str
output:
  description: The RPC's output as the device sent it.
  returned: success, when return_output is true
  type: str
output_lines:
  description: RV(output) split into lines.
  returned: success, when return_output is true
  type: list
  elements: str
parsed_output:
  description:
    - The output parsed, as juniper.device returns it. JSON is the device's Junos JSON; XML
      becomes nested dictionaries keyed by element name (repeated elements as lists, leaves as
      their text, attributes left out).
  returned: success, when format is xml or json and return_output is true
  type: dict
parsed:
  description:
    - The output parsed our way. XML becomes nested dictionaries keyed by element name,
      repeated elements as lists and attributes under C(@name); JSON is Junos JSON as sent.
  returned: success, when format is xml or json and return_output is true
  type: dict
results:
  description: One dictionary per RPC with the keys above for that RPC, plus C(failed) and C(changed).
  returned: when several RPCs are given
  type: list
  elements: dict
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
