# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Documentation shared by the jetkit.junos modules that talk JET (gRPC to jsd)."""

from __future__ import annotations


class ModuleDocFragment:
    # Connection options and notes common to every JET module (module_utils/_jet/common.py
    # CONNECTION_OPTIONS is their argument spec).
    DOCUMENTATION = r"""
options:
  host:
    description:
      - Address of the device for this task, as in C(juniper.device). Selects the JET connection
        through the C(jetkit.junos.jet) connection's options, in place of C(ansible_host).
      - When not set, the host's C(ansible_host) (else its inventory name) is used.
    type: str
    aliases: [hostname, ip]
  user:
    description:
      - User name of the JET C(Login) for this task, in place of C(ansible_user).
    type: str
    aliases: [username]
  passwd:
    description:
      - Password of the JET C(Login) for this task, in place of C(ansible_password).
      - Never shown in results, logs or error messages.
    type: str
    aliases: [password]
  port:
    description:
      - TCP port of C(jsd) for this task, in place of C(ansible_port). The JET default is 32767
        (not NETCONF's 830).
    type: int
  timeout:
    description:
      - Deadline in seconds of each call this task makes to the device, commit included, in place
        of C(ansible_command_timeout) (default 30).
    type: int
  logfile:
    description:
      - File on the controller where this task appends a log of its calls to the device, as in
        C(juniper.device).
      - By default a failure is logged (C(WARNING)); with C(-v) or O(level=INFO) also every call
        with its outcome and time; with C(-vv) or O(level=DEBUG) also the session's events
        (C(Login), retries when jsd is full, reconnects).
      - Mutually exclusive with O(logdir).
    type: path
    aliases: [log_file]
  logdir:
    description:
      - Directory on the controller where this task appends that log to C(<inventory_hostname>.log).
      - Mutually exclusive with O(logfile).
    type: path
    aliases: [log_dir]
  level:
    description: Level of that log (see O(logfile)); overrides what C(-v) selects.
    type: str
    choices: [INFO, DEBUG]
notes:
  - Needs the C(jetkit.junos.jet) connection (C(ansible_connection=jetkit.junos.jet)), or a play
    with C(connection=local) as C(juniper.device) playbooks have. Either way the host, port,
    credentials, TLS and timeouts are the options of
    R(jetkit.junos.jet,ansible_collections.jetkit.junos.jet_connection), from the host's variables,
    and O(host), O(user), O(passwd) and O(port) set them for one task.
  - The task runs on the controller, in the Ansible worker, and talks to the per-run JET gateway;
    there is one JET session per host for the whole run.
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
