#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: table
short_description: Read operational data of Junos devices through PyEZ tables and views, over JET
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Runs a PyEZ operational table, defined in a YAML file in PyEZ's table/view format, and returns
    its items. The table's RPC runs through the JET management service; the items, keys and view
    fields are then picked out of the XML reply on the controller. PyEZ itself is not needed,
    except as the source of its own table files (see O(path)).
  - Takes juniper.device's options and returns its keys (RV(msg), RV(resource)), so a
    juniper.device C(table) task runs after renaming the collection.
  - "A table gives C(rpc), optionally C(args) (default arguments), C(args_key), C(item), C(key)
    (one XPath expression or a list of them, default C(name)) and C(view). A view gives
    C(fields), C(fields_<group>) with C(groups), and C(extends). A field is an XPath expression,
    V(true) (the field's own name), the name of another table in the file (a nested table), or
    C({xpath: type}) with type C(int), C(float), C(str), C(bool) or C(flag) (whether the element
    exists), C(group) (the configuration group it came from), C(True=) or C(False=) followed by
    a text (compared with the element's text) or by C(regex) and a pattern in parentheses
    (searched in it), or C(Search=) followed by a pattern (the text of its first group)."
  - "XPath: location paths with C(/), C(//), C(.), C(..), C(*), C(@name), the node tests C(text)
    and C(node), the axes C(parent::), C(ancestor::), C(self::), C(descendant::),
    C(following-sibling::) and C(preceding-sibling::), predicates with positions, comparisons and
    C(and)/C(or), the functions C(starts-with), C(contains), C(not), C(count), C(last),
    C(position), C(string) and C(normalize-space), and unions with C(|). Other XPath fails with an
    error naming it."
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details:
      - Tables read with C(get-*) RPCs (all of PyEZ's own tables do) and run the same in check mode.
      - A table whose RPC may change the device (not C(get-*), C(file-show), C(file-list), ...)
        reports C(changed=true), and is refused in check mode.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
options:
  file:
    description:
      - The YAML file that defines the table and its view, in O(path). Its name ends in C(.yml)
        or C(.yaml).
    type: path
    required: true
  path:
    description:
      - Directory of O(file). A relative directory is looked up on the controller the way
        Ansible finds a task's files (the role's or playbook's C(files/) directory, then the
        role's or playbook's directory), so V(.) is the playbook's directory.
      - When not given, the table files that come with PyEZ (the C(jnpr/junos/op) directory of
        the junos-eznc package on the controller), such as C(lldp.yml), C(routes.yml) or
        C(ethport.yml). The task fails, naming this option, when junos-eznc is not installed.
    type: path
    aliases: [directory, dir]
  table:
    description:
      - The table of O(file) to run. Needed when the file defines more than one table (a name
        with C(Table) in it, not starting with C(_)); otherwise the file's table.
    type: str
  kwargs:
    description:
      - Arguments of the table's RPC, on top of the table's C(args). Keys are the RPC's argument
        names (underscores read as dashes); V(true) gives a flag, V(false) leaves the argument
        out, a list repeats it. For example C(interface_name) for C(EthPortTable) or
        C(destination) for C(RouteTable).
    type: dict
    aliases: [kwarg, args, arg]
  response_type:
    description:
      - Form of RV(resource). C(list_of_dicts), one dictionary of fields per item;
        C(juniper_items), PyEZ's items as lists C([key, [[field, value], ...]]).
    type: str
    choices: [list_of_dicts, juniper_items]
    default: list_of_dicts
notes:
  - Only operational tables of XML RPCs are run. Command tables (C(command) or C(title), which
    parse CLI text) and configuration tables (C(get), C(set)) are refused with an error, and so is
    a view with C(eval), since nothing in the definition file is ever run as code. The file is
    read with YAML's safe loader.
  - Numbers given in O(kwargs) are sent as their text; PyEZ accepts only strings and booleans.
  - A view that C(extends) another keeps the other's C(groups) as well as its fields.
"""

EXAMPLES = r"""
- name: LLDP neighbors, with the table that comes with PyEZ
  jetkit.junos.table:
    file: lldp.yml
  register: lldp

- name: Routes within 10.0.0.0/8, as PyEZ's items
  jetkit.junos.table:
    file: routes.yml
    table: RouteTable
    kwargs:
      destination: 10.0.0.0/8
    response_type: juniper_items
  register: routes

- name: One Ethernet port
  jetkit.junos.table:
    file: ethport.yml
    table: EthPortTable
    kwargs:
      interface_name: ge-0/0/0
  register: port

- name: A table of our own, kept next to the playbook
  jetkit.junos.table:
    file: uplinks.yaml
    path: .
  register: uplinks
"""

RETURN = r"""
msg:
  description: What happened, with the number of items (C(Successfully retrieved 2 items from LLDPNeighborTable.)).
  returned: always
  type: str
resource:
  description:
    - The table's items. With O(response_type=list_of_dicts), one dictionary per item whose
      keys are the view's fields; with O(response_type=juniper_items), one list per item, its
      key (a list for a table with several keys) and its fields as C([name, value]) pairs.
    - A field whose element is missing is V(null); one that matches several elements is a list.
      A nested table's value is its items, in the same form.
  returned: success
  type: list
  elements: raw
  sample:
    - local_int: ge-0/0/0
      local_parent: "-"
      remote_chassis_id: 2c:6b:f5:00:02:00
      remote_port_desc: null
      remote_port_id: ge-0/0/1
      remote_sysname: r2
      remote_type: Mac address
jet_status:
  description: What failed (a gRPC status name such as C(UNAVAILABLE), or C(DEVICE_FAILURE)).
  returned: failed
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module
from ansible_collections.jetkit.junos.plugins.module_utils._jet.table import SPEC


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
