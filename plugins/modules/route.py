#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: route
short_description: Program routes into a Junos routing table over the JET RIB API
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Declares routes that this JET client (the connection's C(client_id)) owns in C(inet.0) and
    C(inet6.0), through C(jnx.jet.routing.rib.Rib) (C(RouteAdd), C(RouteModify),
    C(RouteDelete)), at most 1000 routes per request. All requests of a kind go to the
    persistent connection in one call, which keeps a few in flight on the channel.
  - Idempotent. The client's routes are read back with C(RouteGet) first; only the difference
    is sent. RV(added), RV(modified) and RV(removed) say what changed.
  - Input is checked on the controller before anything is sent (a bad prefix or next hop fails
    the task naming it, and nothing is sent). If the device still refuses a route, everything
    the task already changed is undone and the task fails naming the route.
  - JET routes belong to the client id. When the connection ends (end of the run), the device
    removes them at once unless O(purge_time) is set; a later run with the same client id
    within that time gets them back.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Reads the routes and reports what would change; sends no change.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: full
    details: One line per route removed/changed (before) and added/changed (after).
options:
  routes:
    description:
      - The routes. Each is a dictionary with C(prefix) (required, e.g. C(10.0.0.0/24), no host
        bits), C(next_hops) (list of gateway IP addresses and/or logical interface names;
        required unless O(state=absent)), C(table) (C(inet.0) or C(inet6.0); default from the
        prefix family), C(preference) (default 5 for static, 170 for bgp-static),
        C(preference2), C(tags) and C(colors) (lists of integers) and C(protocol).
      - The JET v2 RIB API carries no route metric, so there is no metric key.
    type: list
    elements: raw
  src:
    description:
      - A YAML or JSON file on the controller with the routes (a list, or a mapping with a
        C(routes) list), same keys as O(routes). Relative paths are looked up like other
        C(files) of the play.
      - For large route sets this is much faster than O(routes), because Ansible templates task
        arguments, which costs seconds for tens of thousands of routes.
      - Mutually exclusive with O(routes).
    type: path
  state:
    description:
      - C(present) adds or changes the listed routes.
      - C(absent) removes the listed routes (only C(prefix) and C(table) matter).
      - C(replaced) makes the listed routes the only routes of this client in C(inet.0) and
        C(inet6.0); the other routes of this client are removed.
    type: str
    choices: [present, absent, replaced]
    default: present
  protocol:
    description: Protocol of the routes that do not set their own C(protocol).
    type: str
    choices: [static, bgp-static]
    default: static
  purge_time:
    description:
      - Seconds the device keeps this client's routes after the client goes away
        (C(RoutePurgeTimerAdd)); C(0) removes the timer (routes go at once).
      - Not set means the timer is left as it is.
    type: int
  batch_size:
    description: Routes per request, 1 to 1000.
    type: int
    default: 1000
"""

EXAMPLES = r"""
- name: Two static routes, kept 10 minutes after the run ends
  jetkit.junos.route:
    routes:
      - prefix: 198.51.100.0/24
        next_hops: [192.0.2.1]
        preference: 7
      - prefix: 2001:db8:100::/48
        next_hops: [2001:db8::1]
    purge_time: 600

- name: Exactly these routes for this client, nothing else
  jetkit.junos.route:
    routes: "{{ blackhole_routes }}"
    state: replaced

- name: Remove one route
  jetkit.junos.route:
    routes:
      - prefix: 198.51.100.0/24
    state: absent
"""

RETURN = r"""
added:
  description: Prefixes added (or that would be, in check mode).
  returned: always
  type: list
  elements: str
modified:
  description: Prefixes whose next hops or attributes changed.
  returned: always
  type: list
  elements: str
removed:
  description: Prefixes removed.
  returned: always
  type: list
  elements: str
counts:
  description: Numbers of routes added, modified, removed and unchanged.
  returned: always
  type: dict
failed_route:
  description: The route the device refused, when the task failed that way.
  returned: failed
  type: dict
rolled_back:
  description: How many changes made by the failed task were undone.
  returned: failed
  type: int
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.routing import ROUTE as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
