#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: software
short_description: Install Junos software over JET
version_added: 0.2.0
author: jetkit.junos developers (@jetkit)
description:
  - Installs a Junos image or another package, like C(request system software add), with
    juniper.device's options and steps.
  - First the running version is compared with O(version) (by default the release the package's
    file name carries). When every Routing Engine already runs it, nothing is done and
    C(changed) is false; in check mode the task stops there.
  - "Then: C(request system storage cleanup) (O(cleanfs)); the package is copied from the
    controller unless the device already has it with the same checksum (O(checksum_algorithm))
    - the device fetches it from a one-shot HTTP(S) endpoint that the task serves, see
    O(transfer); it is validated against the configuration (O(validate)); installed; and the
    device is rebooted (O(reboot))."
  - "Unlike juniper.device: after the reboot the task waits until the device answers on JET
    again (O(wait)) and fails unless it runs the new version."
  - O(remote_package) may also be a URL the device fetches itself.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
  - jetkit.junos.transfer
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Compares versions and reports whether an install would happen; installs nothing.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
options:
  local_package:
    description: The package on the controller.
    type: path
    aliases: [package]
  remote_package:
    description:
      - Where the package is (or goes) on the device, or a URL the device installs from.
      - Default C(/var/tmp/) plus the file name of O(local_package). With a path and no
        O(local_package) (or with O(no_copy)), the file must already be on the device.
    type: path
  pkg_set:
    description: Packages for the members of a mixed Virtual Chassis (installed together).
    type: list
    elements: str
  version:
    description:
      - The version the package installs. Default the release in the package's file name.
      - V(false) installs whatever runs.
    type: str
    aliases: [target_version, new_version, desired_version]
  no_copy:
    description: Do not copy; the package is already at O(remote_package).
    type: bool
    default: false
  reboot:
    description: Reboot after installing.
    type: bool
    default: true
  reboot_pause:
    description: Seconds to pause after the reboot request when O(wait) is false.
    type: int
    default: 10
  issu:
    description: In-service software upgrade (C(request system software in-service-upgrade)).
    type: bool
    default: false
  nssu:
    description: Nonstop software upgrade (C(request system software nonstop-upgrade)).
    type: bool
    default: false
  force_host:
    description: Force the host software upgrade (QFX).
    type: bool
    default: false
  validate:
    description: Validate the package against the configuration before installing.
    type: bool
    default: true
  cleanfs:
    description: C(request system storage cleanup) before copying (not with O(no_copy)).
    type: bool
    default: true
  all_re:
    description: Compare (and reboot) every Routing Engine; V(false) only the current one.
    type: bool
    default: true
  member_id:
    description: Virtual Chassis members to install on.
    type: list
    elements: str
  vmhost:
    description: A VM host package (C(request vmhost software add)).
    type: bool
    default: false
  checksum:
    description: Checksum of O(local_package) (O(checksum_algorithm)), to save computing it.
    type: str
  checksum_algorithm:
    description: How a package already on the device is compared with O(local_package).
    type: str
    choices: [md5, sha1, sha256]
    default: md5
  checksum_timeout:
    description: Seconds the device may take to compute a checksum.
    type: int
    default: 300
  cleanfs_timeout:
    description: Seconds the storage cleanup may take.
    type: int
    default: 300
  install_timeout:
    description: Seconds the validation and the install may take.
    type: int
    default: 1800
  kwargs:
    description: More child elements of the C(<request-package-add>) request.
    type: dict
    aliases: [kwarg, args, arg]
  wait:
    description:
      - After the reboot, wait until the device answers on JET and check the running version
        (jetkit.junos's own option).
    type: bool
    default: true
  wait_timeout:
    description: Seconds O(wait) waits at most.
    type: int
    default: 1800
"""

EXAMPLES = r"""
- name: Upgrade from a package on the controller, reboot and come back on the new release
  jetkit.junos.software:
    local_package: images/junos-install-mx-x86-64-24.4R2.5.tgz
  register: upgrade

- name: Install a package already on the device, without validation
  jetkit.junos.software:
    remote_package: /var/tmp/junos-install-mx-x86-64-24.4R2.5.tgz
    no_copy: true
    validate: false

- name: The device fetches the package from a server of yours
  jetkit.junos.software:
    remote_package: https://repo.example.net/junos/junos-install-mx-x86-64-24.4R2.5.tgz
    reboot: false
"""

RETURN = r"""
msg:
  description: What was done and what the device said.
  returned: always
  type: str
check_mode:
  description: Whether the task ran in check mode.
  returned: success
  type: bool
copied:
  description: The copies made (C(dest), C(sha256), C(size), C(url)).
  returned: when the package was copied
  type: list
  elements: dict
reconnected:
  description: The device answered on JET again after the reboot.
  returned: when the task waited for the reboot
  type: bool
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module
from ansible_collections.jetkit.junos.plugins.module_utils._jet.software import SPEC


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
