#!/usr/bin/python
# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: facts
short_description: Gather facts of Junos devices over JET
version_added: 0.1.0
author: jetkit.junos developers (@jetkit)
description:
  - Collects facts with operational RPCs through the JET management service. It returns them
    under C(ansible_facts.junos) (and the same dictionary as RV(facts), as juniper.device
    does), plus the C(ansible_net_*) facts that network roles expect.
  - C(ansible_facts.junos) holds the keys of PyEZ's fact gathering that juniper.device returns
    (C(hostname), C(model), C(version), C(serialnumber), C(fqdn), C(domain), C(has_2RE),
    C(RE0), C(RE1), C(re_info), C(re_master), C(master), C(re_name), C(master_state),
    C(current_re), C(junos_info), C(version_info), C(version_RE0), C(version_RE1),
    C(hostname_info), C(model_info), C(personality), C(virtual), C(ifd_style),
    C(switch_style), C(vc_capable), C(vc_mode), C(vc_fabric), C(vc_master), C(srx_cluster),
    C(srx_cluster_id), C(srx_cluster_redundancy_group), C(RE_hw_mi), C(jnu_satellite),
    C(satellites_info), C(HOME), C(vmhost), C(vmhost_info)), read from the same RPCs PyEZ
    reads. A fact whose RPC the device refuses gets the value PyEZ gives then (V(null), or
    V(false) for C(vc_capable)).
  - It also holds our own keys. The C(default) subset is always gathered. It has the
    C(serial), C(chassis_description), C(uptime_seconds), C(boot_time) and
    C(routing_engines) keys.
extends_documentation_fragment:
  - jetkit.junos.jet
  - jetkit.junos.jet.attributes
  - jetkit.junos.dropin
attributes:
  check_mode:
    description: Can run in check mode and report what would change without changing the device.
    support: full
    details: Only reads; runs the same in check mode.
  diff_mode:
    description: Can return details on what changed (or would change, in check mode) in diff mode.
    support: none
  facts:
    description: Action returns an C(ansible_facts) dictionary that will update existing host facts.
    support: full
options:
  gather_subset:
    description:
      - Which of our facts to gather. Choose from C(all), C(default) (alias C(min)), C(hardware),
        C(interfaces) and C(config).
      - Put C(!) before a name to leave it out, for example C([all, "!config"]).
    type: list
    elements: str
    default: [default]
  config_format:
    description:
      - Return the committed configuration in this format as C(config) (juniper.device's
        option). Also the format of the C(config) subset (default C(text) there).
    type: str
    choices: [text, set, xml, json]
  savedir:
    description:
      - Directory on the controller where the facts are saved as C(<hostname>-facts.json) and
        the chassis inventory as C(<hostname>-inventory.xml) (C(hostname) is the device's,
        juniper.device's option). The hostname is the device's word, so slashes and leading dots
        in it are written as C(_) and dropped, so the files stay in the directory.
    type: path
notes:
  - C(current_re) comes from the internal routing instance, as PyEZ reads it (C(/etc/hosts.junos)
    and the addresses of C(__juniper_private1__)). Where the device shows neither, C(re_name) is
    the Routing Engine whose host name the local C(show version) gives (the master's when both
    share it), and C(current_re) is that name with its mastership state.
  - PyEZ reads C(vmhost) through a shell command, which JET does not run; C(vmhost) is V(null).
"""

EXAMPLES = r"""
- name: Default facts
  jetkit.junos.facts:

- name: Everything but the configuration
  jetkit.junos.facts:
    gather_subset: [all, "!config"]

- name: Print the version
  ansible.builtin.debug:
    msg: "{{ ansible_facts.junos.hostname }} runs {{ ansible_facts.junos.version }}"

- name: juniper.device's form - the configuration as XML, facts saved under facts/
  jetkit.junos.facts:
    config_format: xml
    savedir: "{{ playbook_dir }}/facts"
  register: response

- name: Print the serial number
  ansible.builtin.debug:
    msg: "{{ response.facts.serialnumber }}"
"""

RETURN = r"""
facts:
  description: The same dictionary as C(ansible_facts.junos) (juniper.device returns it too).
  returned: always
  type: dict
ansible_facts:
  description: Facts of the device.
  returned: always
  type: dict
  contains:
    junos:
      description:
        - PyEZ's facts as listed in the description, and ours. C(hostname), C(model),
          C(version) are shared by both.
        - Ours are C(serial), C(uptime_seconds), C(boot_time), C(chassis_description) and
          C(routing_engines) (list of C(slot), C(model) and C(serial)).
        - C(modules) with the C(hardware) subset, and C(interfaces) with the C(interfaces)
          subset. Interfaces are keyed by name, each with C(admin_status), C(oper_status) and
          C(units) (keyed by unit name, with C(addresses) per family).
        - C(config) and C(config_format) with the C(config) subset or O(config_format).
      type: dict
    ansible_net_hostname:
      description: Host name of the device.
      type: str
      sample: r1
    ansible_net_model:
      description: Model of the device, as the device writes it.
      type: str
      sample: mx480
    ansible_net_serialnum:
      description: Chassis serial number.
      type: str
    ansible_net_version:
      description: Junos version.
      type: str
      sample: 24.4R1.9
    ansible_net_system:
      description: Always C(junos).
      type: str
    ansible_net_api:
      description: Always C(jet).
      type: str
    ansible_net_gather_subset:
      description: The subsets gathered.
      type: list
      elements: str
    ansible_net_interfaces:
      description: Interfaces, as in C(junos.interfaces) (C(interfaces) subset).
      type: dict
    ansible_net_all_ipv4_addresses:
      description: IPv4 addresses of all interfaces (C(interfaces) subset).
      type: list
      elements: str
    ansible_net_all_ipv6_addresses:
      description: IPv6 addresses of all interfaces (C(interfaces) subset).
      type: list
      elements: str
    ansible_net_config:
      description: The committed configuration (C(config) subset or O(config_format)).
      type: raw
    ansible_net_modules:
      description: Chassis modules (C(hardware) subset).
      type: list
      elements: dict
"""

from ansible_collections.jetkit.junos.plugins.module_utils._jet.facts import SPEC
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module


def main() -> None:
    run_module(SPEC)


if __name__ == "__main__":
    main()
