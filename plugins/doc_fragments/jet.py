# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Documentation shared by the jetkit.junos modules."""

from __future__ import annotations


class ModuleDocFragment:
    # Connection notes common to every module.
    DOCUMENTATION = r"""
options: {}
notes:
  - Needs the C(jetkit.junos.jet) connection (C(ansible_connection=jetkit.junos.jet)); host,
    port, credentials, TLS and timeouts are connection options, see
    R(jetkit.junos.jet,ansible_collections.jetkit.junos.jet_connection).
  - The task runs on the controller, in the Ansible worker, and talks to the persistent
    connection process of the host; there is one JET session per host for the whole run.
  - The per-call deadline is C(ansible_command_timeout) (default 30 s), also settable per task
    in C(vars).
  - Errors keep the gRPC status (in C(jet_status)) and the device's message word for word.
"""

    # Attributes every jetkit.junos module has; check_mode and diff_mode are per module.
    ATTRIBUTES = r"""
attributes:
  action_group:
    description: Use C(group/jetkit.junos.jet) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - jetkit.junos.jet
  platform:
    description: Target OS/families that can be operated against.
    support: full
    platforms: junos
"""
