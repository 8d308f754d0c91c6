# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Lookup: the event ansible-rulebook passed to a playbook, as data that is never templated.

What a device or an MQTT client sends is untrusted. ansible-rulebook hands the event to the
playbook as an extra variable (``ansible_eda``), and ansible-core templates extra vars on access
(2.16-2.18 template every string variable, 2.19+ trust extra vars as templates), so a payload
holding ``{{ ... }}`` would run on the controller. This lookup reads the variable as written,
without templating it, and returns a plain copy marked untrusted on every ansible-core version.
It must never template, evaluate or trust anything it returns.
"""

from __future__ import annotations

DOCUMENTATION = r"""
name: eda_event
author: jetkit.junos developers (@jetkit)
short_description: Read the Event-Driven Ansible event (or another variable) as untrusted data
version_added: 0.1.0
description:
  - >-
    Returns the event that ansible-rulebook passed to the playbook (C(ansible_eda.event)), or a part
    of it, B(without templating it) and marked untrusted, so text a device or a broker client put in
    the event (a commit comment, an interface name, a description) stays literal text; a payload
    holding C({{ ... }}), C({% ... %}) or C({# ... #}) is never evaluated.
  - Why it is needed. ansible-rulebook gives the event to C(ansible-playbook) as the extra variable
    C(ansible_eda). ansible-core 2.16-2.18 template every string variable when it is used, and 2.19
    and later trust extra vars as templates, so C({{ ansible_eda.event... }}) in a playbook
    evaluates whatever template the event carries. Read event data with this lookup instead.
  - On ansible-core 2.16-2.18 the values are returned wrapped as unsafe; on 2.19 and later they
    carry no template trust. Either way they stay data when stored with C(set_fact), C(register)
    or task C(vars), or written to files.
options:
  _terms:
    description:
      - Paths inside the variable, keys separated by dots (C(jet_event.attributes.interface-name)),
        list items by their index (C(events.0)). Without a path, the whole variable is returned.
    type: list
    elements: str
    required: false
  var:
    description:
      - The variable to read, as a dotted path from the top-level variables. The default is the
        event of a single-condition rule; C(ansible_eda.events) holds the events of a rule with
        several conditions (C(m_0), C(m_1), ...).
      - Any other variable that a rulebook passes with C(run_playbook)'s C(extra_vars) from event
        data (C(extra_vars) are templated by ansible-playbook too) can be read the same way.
    type: str
    default: ansible_eda.event
  default:
    description:
      - Returned for a path (or variable) that does not exist. Without it, a missing path is an
        error naming it.
    type: raw
notes:
  - The variable is read as the rulebook wrote it. A value that is itself meant to be a template
    (for example a variable set in the playbook to C({{ something }})) is returned as that text.
seealso:
  - name: Event-Driven Ansible with JET
    description: The jetkit.junos.jet_events source and the shipped rulebooks.
    link: https://github.com/jetkit/junos/blob/main/extensions/eda/README.md
"""

EXAMPLES = r"""
- name: Record what a rulebook saw
  hosts: all
  gather_facts: false
  vars:
    # the whole jet_event object, as data
    jet_event: "{{ lookup('jetkit.junos.eda_event', 'jet_event') }}"
    # one value, with a default when the event has no such key
    comment: "{{ lookup('jetkit.junos.eda_event', 'jet_event.attributes.comment', default='') }}"
  tasks:
    - name: Show the commit comment (never evaluated, whatever it holds)
      ansible.builtin.debug:
        msg: "{{ inventory_hostname }}: {{ comment }}"

    - name: Two values at once
      ansible.builtin.debug:
        msg: "{{ lookup('jetkit.junos.eda_event', 'device', 'topic', wantlist=True) }}"

    - name: A variable a rulebook passed in run_playbook extra_vars
      ansible.builtin.debug:
        msg: "{{ lookup('jetkit.junos.eda_event', var='interface_name') }}"
"""

RETURN = r"""
_raw:
  description:
    - One value per path (the whole variable without a path), untrusted; with one path and without
      C(wantlist=True) the value itself.
  type: list
  elements: raw
"""

import json
from collections.abc import Mapping
from typing import Any

from ansible.errors import AnsibleLookupError
from ansible.plugins.lookup import LookupBase

try:  # ansible-core 2.16-2.18 mark untrusted data by wrapping it; 2.19+ untag it (and may drop wrap_var)
    from ansible.utils.unsafe_proxy import wrap_var
except ImportError:  # pragma: no cover - an ansible-core without the wrapper: plain values are untrusted

    def wrap_var(v: Any) -> Any:
        return v


_MISSING = object()


def plain_copy(value: Any) -> Any:
    """A copy made only of builtin types (no ansible-core tags such as template trust survive)."""
    return json.loads(json.dumps(value, default=str))


def walk(value: Any, path: str) -> Any:
    """The item at a dotted ``path`` inside ``value``, or ``_MISSING``."""
    for part in path.split(".") if path else []:
        if isinstance(value, Mapping):
            if part not in value:
                return _MISSING
            value = value[part]
        elif isinstance(value, list) and part.isdigit():
            index = int(part)
            if index >= len(value):
                return _MISSING
            value = value[index]
        else:
            return _MISSING
    return value


class LookupModule(LookupBase):
    def run(self, terms: list[Any], variables: Any = None, **kwargs: Any) -> list[Any]:
        self.set_options(direct=kwargs)
        var_path = str(self.get_option("var") or "")
        has_default = "default" in kwargs
        default = kwargs.get("default")
        if not var_path or any(not part for part in var_path.split(".")):
            raise AnsibleLookupError(f"jetkit.junos.eda_event: 'var' must be a dotted variable path, got {var_path!r}")
        top, _dot, rest = var_path.partition(".")
        # Read the raw variable: never through the templar, which would evaluate what it holds.
        raw = variables.get(top, _MISSING) if isinstance(variables, Mapping) else _MISSING
        if raw is not _MISSING and rest:
            raw = walk(raw, rest)
        if raw is _MISSING:
            if has_default:
                return [wrap_var(plain_copy(default)) for _term in terms or [None]]
            hint = " (is the playbook run by ansible-rulebook's run_playbook?)" if top == "ansible_eda" else ""
            raise AnsibleLookupError(f"jetkit.junos.eda_event: no variable {var_path}{hint}")
        results = []
        for term in terms or [""]:
            if not isinstance(term, str):
                raise AnsibleLookupError(f"jetkit.junos.eda_event: a path must be a string, got {term!r}")
            found = walk(raw, term)
            if found is _MISSING:
                if not has_default:
                    raise AnsibleLookupError(f"jetkit.junos.eda_event: {var_path} has no {term}")
                found = default
            results.append(wrap_var(plain_copy(found)))
        return results
