#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: file_copy
short_description: Copy files between the controller and a Junos device over JET
version_added: 0.2.0
author: jetkit.junos developers (@jetkit)
description:
  - Copies one file to the device (C(put)) or from it (C(get)), with juniper.device's options
    and messages.
  - JET has no file transfer, and there is no SCP or FTP here whatever O(protocol) says. A put
    makes the device fetch the file from a one-shot HTTP(S) endpoint that the task serves on the
    controller (see O(transfer)); a get reads the file with C(file show <file> encoding base64).
    Both are checked with sha-256 on both sides.
  - With O(checksum) (the default), nothing is copied when the other side already has the same
    content (C(changed=false)), as in juniper.device.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
  - jetkit.junos.transfer
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Compares the checksums and reports whether a copy would happen; copies nothing.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
options:
  action:
    description: C(put) copies to the device, C(get) from it.
    type: str
    required: true
    choices: [put, get]
  local_dir:
    description: Directory on the controller the file is read from (put) or written to (get).
    type: str
    required: true
  remote_dir:
    description: Absolute directory on the device the file is written to (put) or read from (get).
    type: str
    required: true
  file:
    description: Name of the file to copy (its name on the side it is copied from).
    type: str
    required: true
  transfer_filename:
    description: Name the copy gets on the other side (default O(file)).
    type: str
  checksum:
    description:
      - Compare checksums first and copy only when they differ. V(false) always copies (the
        copy is still checked with sha-256).
    type: bool
    default: true
  protocol:
    description:
      - juniper.device's transfer protocol. Accepted so its tasks run, but JET has neither SCP nor
        FTP; the copy always goes as described above, so the device must reach the controller
        over HTTP(S) for a put.
    type: str
    choices: [scp, ftp]
    default: scp
"""

EXAMPLES = r"""
- name: Copy a log file from the device to the controller
  jetkit.junos.file_copy:
    action: get
    remote_dir: /var/log
    local_dir: /tmp
    file: messages

- name: Copy a file to /var/tmp on the device, under another name
  jetkit.junos.file_copy:
    action: put
    local_dir: files
    remote_dir: /var/tmp
    file: license.txt
    transfer_filename: license-2026.txt

- name: A device behind NAT fetches from the controller's public address
  jetkit.junos.file_copy:
    action: put
    local_dir: files
    remote_dir: /var/tmp
    file: golden.conf
    transfer:
      address: 203.0.113.10
      bind: 0.0.0.0
      port: 8443
      scheme: https
      tls_cert: /etc/pki/jetkit/transfer.crt
      tls_key: /etc/pki/jetkit/transfer.key
"""

RETURN = r"""
msg:
  description:
    - C(File pushed OK) after a copy (either way, as juniper.device says), or
      C(File already present, skipping the scp).
  returned: always
  type: str
local:
  description: The file on the controller.
  returned: always
  type: str
remote:
  description: The file on the device.
  returned: always
  type: str
sha256:
  description: sha-256 of the content copied (or found the same on both sides).
  returned: success
  type: str
size:
  description: Bytes copied.
  returned: when a copy was made
  type: int
url:
  description: The one-shot URL the device fetched (its token replaced by C(<token>)).
  returned: when a put copied the file
  type: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.file_copy import SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
