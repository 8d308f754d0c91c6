#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: route_info
short_description: Read programmed routes and routing-table routes of a Junos device over JET
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - RV(programmed) lists the routes this JET client (the connection's C(client_id)) programmed,
    read with C(RouteGet) of C(jnx.jet.routing.rib.Rib).
  - RV(routes) lists the routing table's routes of every protocol (C(show route), JSON), when
    O(table_routes) is set.
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
  tables:
    description: Tables to read.
    type: list
    elements: str
    default: [inet.0, inet6.0]
  prefix:
    description: Only routes equal to or more specific than this prefix.
    type: str
  programmed:
    description: Read this client's programmed routes.
    type: bool
    default: true
  table_routes:
    description: Also read the tables' routes of every protocol.
    type: bool
    default: false
"""

EXAMPLES = r"""
- name: What did this client program?
  jetkit.junos.route_info:
  register: mine

- name: The whole of inet.0 under 10/8
  jetkit.junos.route_info:
    tables: [inet.0]
    prefix: 10.0.0.0/8
    table_routes: true
"""

RETURN = r"""
programmed:
  description: This client's routes (prefix, table, next_hops, protocol, preference, tags, colors).
  returned: when programmed is true
  type: list
  elements: dict
routes:
  description: Routing-table routes (prefix, table, protocol, preference, active, next_hops).
  returned: when table_routes is true
  type: list
  elements: dict
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.routing import ROUTE_INFO as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
