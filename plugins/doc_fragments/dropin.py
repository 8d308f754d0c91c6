# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Documentation of the options that juniper.device playbooks give every module."""

from __future__ import annotations


class ModuleDocFragment:
    # PyEZ transport options: accepted from juniper.device tasks, refused with the reason JET lacks them.
    DOCUMENTATION = r"""
options:
  mode:
    description:
      - PyEZ's NETCONF over Telnet or serial console. JET has no such transport, so a task that
        sets it fails with a message that says so.
    type: str
    choices: [telnet, serial]
  console:
    description: PyEZ's console-server connection. Refused, like O(mode).
    type: str
  baud:
    description: Serial baud rate of PyEZ's serial mode. Refused, like O(mode).
    type: int
  attempts:
    description: Login attempts of PyEZ's Telnet and serial modes. Refused, like O(mode).
    type: int
  ssh_private_key_file:
    description:
      - SSH key of PyEZ's NETCONF over SSH. JET logs in with a user and password (and, with
        mutual TLS, a client certificate from the connection's C(jet_tls_cert_file)), so a task
        that sets it fails with a message that says so.
    type: path
    aliases: [ssh_keyfile]
  ssh_config:
    description: SSH client configuration of PyEZ. Refused, like O(ssh_private_key_file).
    type: path
  cs_user:
    description: User of a console server reached over SSH. Refused, like O(mode).
    type: str
    aliases: [console_username]
  cs_passwd:
    description: Password of a console server reached over SSH. Refused, like O(mode).
    type: str
    aliases: [console_password]
  huge_tree:
    description:
      - PyEZ's switch for very deep or large XML replies. The replies are parsed without such a
        limit here, so it changes nothing.
    type: bool
    default: false
"""
