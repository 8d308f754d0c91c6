#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: jet_app
short_description: Deploy, configure, start and stop an on-box JET application on a Junos device
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Puts an application file (or a directory of files) under C(/var/db/scripts/jet/) on the
    device, configures it at C(system extensions extension-service application file NAME)
    (C(arguments), C(daemonize), C(respawn-on-normal-exit), C(username), and C(checksum sha-256)
    of the deployed file), and brings it to the wanted O(state).
  - For a Python application (a name ending in C(.py)) it also configures
    C(system scripts language python3), which Junos needs to run unsigned Python programs.
  - JET has no file transfer, so the device fetches the file itself with C(file copy), from a
    one-shot endpoint this task serves on the controller (see O(transfer)) or from O(url).
    The deployed file is compared by C(file checksum sha-256); an unchanged file is not sent.
  - The configuration is changed in one load and commit, only when the managed statements
    differ; other statements under the application (C(traceoptions), C(interpreter)...) are
    left as they are.
  - A daemonized application is started by the commit that configures it and restarted by the
    commits that change it (a new file changes its checksum statement), on Junos and in jetemu.
  - Returns the status the device reports (C(show extension-service status NAME)).
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.transfer
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details:
      - Nothing is sent, configured, started or stopped. With O(url) and no O(checksum) the
        module cannot tell whether the remote file differs and reports a change (with a warning).
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: partial
    details: The diff shows the application's managed configuration statements as C(set) lines, not the file.
options:
  name:
    description:
      - File name of the application under C(/var/db/scripts/jet/), as configured at
        C(system extensions extension-service application file NAME), for example C(route_watch.py).
      - A relative path of plain names (C(rw/route_watch.py) when O(src) is a directory).
    type: str
    required: true
  src:
    description:
      - The application on the controller, found like the C(copy) module finds files (the role's
        or playbook's C(files/) directory first).
      - A directory is deployed whole, placed beside O(name) (its files keep their relative
        paths), and must contain the application file (the last part of O(name)).
      - Without O(src) or O(url) the file must already be on the device.
    type: path
  url:
    description:
      - A URL (C(http://) or C(https://)) the device fetches the application from itself.
      - The device fetches it into C(/var/tmp) first and replaces the application file only when
        its sha-256 differs.
    type: str
  checksum:
    description:
      - Expected sha-256 (64 hexadecimal digits) of the application file. With O(url) it lets an
        unchanged file be recognised without fetching it, and a fetched file that differs fails
        the task.
    type: str
  arguments:
    description: Command line arguments of the application (the C(arguments) statement), as one string.
    type: str
  daemonize:
    description:
      - Run the application as a daemon (C(daemonize)). O(state=started) and O(state=restarted)
        need it; an application that is not daemonized runs in the foreground when started
        (use M(jetkit.junos.command) with C(request extension-service start NAME)).
    type: bool
    default: true
  respawn:
    description: Start the application again when it exits normally (C(respawn-on-normal-exit)).
    type: bool
    default: false
  user:
    description:
      - User whose privileges the application runs with (C(username)). Without it Junos runs
        the application as user C(nobody).
      - Here O(user) is the application's user, not the user of the JET C(Login) that the other
        modules' O(user) sets for a task; this task logs in as the connection's user.
    type: str
    aliases: []
  state:
    description:
      - C(present) deploys and configures it (a daemonized application runs once configured).
      - C(started) also makes sure it runs (C(request extension-service start) when it does not,
        a restart when files changed under a process that kept running); the task fails when the
        device shows no process for it after the start.
      - C(stopped) makes sure it does not run now (C(request extension-service stop)); a later
        commit that changes it starts it again.
      - C(restarted) always restarts it (C(changed) is always true).
      - C(absent) stops it, removes its configuration and deletes its file (with O(src), every
        file of the directory).
    type: str
    choices: [present, started, stopped, restarted, absent]
    default: present
notes:
  - "What a real device needs: the device must reach the controller's one-shot endpoint (or O(url))
    over TCP; see O(transfer). Junos runs unsigned Python applications only with
    C(system scripts language python3), on devices and releases that allow unsigned programs
    (with veriexec enforced, applications must be signed packages installed with
    C(request system software add), which this module does not do)."
  - Under jetemu, applications run as host processes of the emulator with its user's rights;
    only deploy applications you trust there too.
seealso:
  - module: jetkit.junos.yang_package
  - module: jetkit.junos.jet_app_info
"""

EXAMPLES = r"""
- name: Deploy route_watch and make sure it runs
  jetkit.junos.jet_app:
    name: route_watch.py
    src: route_watch/route_watch.py
    arguments: "--client-id route_watch"
    state: started
  register: app

- name: Show its process id
  ansible.builtin.debug:
    msg: "{{ app.status.pid }}"

- name: The device fetches the application from a web server it can reach
  jetkit.junos.jet_app:
    name: route_watch.py
    url: https://repo.example.net/jet/route_watch.py
    checksum: "{{ route_watch_sha256 }}"
    state: present

- name: Serve the file over HTTPS on the management network
  jetkit.junos.jet_app:
    name: route_watch.py
    src: route_watch/route_watch.py
    transfer:
      scheme: https
      address: 192.0.2.10
      tls_cert: /etc/pki/jetkit/transfer.crt
      tls_key: /etc/pki/jetkit/transfer.key

- name: Remove it
  jetkit.junos.jet_app:
    name: route_watch.py
    state: absent
"""

RETURN = r"""
name:
  description: The application's file name (O(name)).
  returned: always
  type: str
  sample: route_watch.py
path:
  description: The application file on the device.
  returned: always
  type: str
  sample: /var/db/scripts/jet/route_watch.py
file:
  description:
    - The application file, its sha-256 on the device (once deployed) and whether it changed.
    - C(transfers) lists what was sent (device path, sha-256, size, the URL the device fetched
      with its token hidden).
  returned: unless state is absent
  type: dict
  sample: {"path": "/var/db/scripts/jet/route_watch.py", "sha256": "9f86d0...", "changed": true}
config_changed:
  description: Whether the application's configuration changed (or would, in check mode).
  returned: always
  type: bool
action:
  description: The C(request extension-service) verb run (C(start), C(stop), C(restart)), or null.
  returned: unless state is absent
  type: str
output:
  description: What the device answered to the C(request extension-service) command.
  returned: when one ran
  type: str
status:
  description:
    - The device's C(show extension-service status NAME) as a dictionary. Junos shows a running
      application as C(Name), C(Process-id), C(Stack-Segment-Size) and C(Data-Segment-Size)
      (keys here in lower case, words joined with C(_), as C(process_id)) and nothing for one that is not
      running; C(pid) (null when none) and C(running) are derived from C(Process-id).
    - Null when the application is not configured before the task (O(state=absent), check mode).
    - Why an application stopped is not in this status; jetemu writes it to the application's
      trace file (C(/var/log/<name without extension>.log)).
  returned: always
  type: dict
  sample: {"name": "route_watch", "process_id": "4242", "stack_segment_size": "8388608B",
           "data_segment_size": "134217728B", "pid": 4242, "running": true}
removed_files:
  description: Files deleted from the device.
  returned: when state is absent
  type: list
  elements: str
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.apps import JET_APP as SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
