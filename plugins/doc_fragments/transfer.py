# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Documentation of the ``transfer`` option of the modules that send files to a device."""

from __future__ import annotations


class ModuleDocFragment:
    # Matches TRANSFER_ARGUMENT_SPEC in plugins/module_utils/_jet/transfer.py.
    DOCUMENTATION = r"""
options:
  transfer:
    description:
      - How a file from the controller reaches the device. JET has no file transfer, so the
        device fetches the file itself (C(file copy <url> <dest>), run over JET) from a one-shot
        HTTP or HTTPS endpoint that the task serves on the controller for this one copy (a
        random token in the path, one fetch, closed after the copy or after O(transfer.timeout)).
        The task then checks C(file checksum sha-256) on the device.
      - A real device must be able to open a TCP connection to that endpoint. By default it
        listens on the controller address used to reach the device's jsd, on a free port; set
        the suboptions when NAT, a firewall or a separate management network is in the way,
        or give the module a URL the device can reach instead of a controller file.
    type: dict
    default: {}
    suboptions:
      scheme:
        description:
          - C(http), or C(https) with O(transfer.tls_cert) and O(transfer.tls_key).
          - The device verifies an HTTPS endpoint like any HTTPS server, so the certificate must
            be one it trusts.
        type: str
        choices: [http, https]
        default: http
      address:
        description:
          - Address (or name) of the controller that the device connects to.
          - Default the controller's own address toward the device's jsd.
        type: str
      bind:
        description: Local address the endpoint listens on. Default O(transfer.address).
        type: str
      port:
        description: TCP port of the endpoint; C(0) takes a free port.
        type: int
        default: 0
      timeout:
        description: Seconds the endpoint waits for the device's fetch (and the copy may last).
        type: float
        default: 120
      tls_cert:
        description: PEM certificate (chain) of the HTTPS endpoint.
        type: path
      tls_key:
        description: PEM private key of O(transfer.tls_cert).
        type: path
"""
