"""The jetkit.junos.eda_event lookup on its own: paths, defaults, errors, untrusted plain copies.

What it does inside real playbooks (on every ansible-core venv, and through ansible-rulebook) is in
tests/integration/test_eda_untrusted.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / ".venv" / "collections"))

from ansible import constants as C
from ansible.errors import AnsibleLookupError

from ansible_collections.jetkit.junos.plugins.lookup import eda_event

try:  # ansible-core 2.19+: data tagging
    from ansible.template import is_trusted_as_template, trust_as_template
except ImportError:  # 2.16-2.18: every plain string is trusted, AnsibleUnsafe ones are not

    def trust_as_template(value: Any) -> Any:
        return value

    def is_trusted_as_template(value: Any) -> bool:
        return not getattr(value, "__UNSAFE__", False)


NAME = "jetkit.junos.eda_event"
# What the plugin loader does when it loads the plugin (without installing its collection finder).
C.config.initialize_plugin_configuration_definitions("lookup", NAME, yaml.safe_load(eda_event.DOCUMENTATION)["options"])


def lookup() -> Any:
    plugin = eda_event.LookupModule()
    plugin._load_name = NAME
    return plugin


TEMPLATE = "{{ lookup('ansible.builtin.pipe', 'id') }}"


def variables() -> dict:
    event = {
        "device": "r1",
        "jet_event": {"attributes": {"comment": trust_as_template(TEMPLATE), "n": 3}},
        "list": [trust_as_template("a"), {"b": "c"}],
    }
    return {"ansible_eda": {"ruleset": "rs", "rule": "r", "event": event}, "iface": trust_as_template(TEMPLATE)}


def run(*terms: str, **kwargs: object) -> list:
    return lookup().run(list(terms), variables=variables(), **kwargs)


def test_paths_and_whole_event() -> None:
    assert run("jet_event.attributes.comment", "jet_event.attributes.n", "list.1.b") == [TEMPLATE, 3, "c"]
    whole = run()[0]
    assert whole["device"] == "r1" and whole["list"][0] == "a"


def test_values_come_back_untrusted_plain_copies() -> None:
    source = variables()
    comment = lookup().run(["jet_event.attributes.comment"], variables=source)[0]
    assert is_trusted_as_template(source["ansible_eda"]["event"]["jet_event"]["attributes"]["comment"])
    assert comment == TEMPLATE and not is_trusted_as_template(comment)
    whole = lookup().run([], variables=source)[0]
    assert not is_trusted_as_template(whole["jet_event"]["attributes"]["comment"])
    assert not is_trusted_as_template(whole["list"][0])
    whole["device"] = "changed"
    assert source["ansible_eda"]["event"]["device"] == "r1"  # a copy, not the variable itself


def test_other_variables_and_defaults() -> None:
    assert run(var="iface") == [TEMPLATE] and not is_trusted_as_template(run(var="iface")[0])
    assert run("ruleset", var="ansible_eda") == ["rs"]
    assert run("jet_event.attributes.missing", "device", default="") == ["", "r1"]
    assert run("x", var="ansible_eda.events", default=None) == [None]


@pytest.mark.parametrize(
    ("terms", "kwargs", "message"),
    [
        (["jet_event.nope"], {}, "ansible_eda.event has no jet_event.nope"),
        (["list.7"], {}, "has no list.7"),
        (["device.x"], {}, "has no device.x"),
        ([], {"var": "ansible_eda.events"}, "no variable ansible_eda.events (is the playbook run by ansible-rulebook"),
        ([], {"var": "a..b"}, "'var' must be a dotted variable path"),
        ([3], {}, "a path must be a string"),
    ],
)
def test_errors_name_the_problem(terms: list, kwargs: dict, message: str) -> None:
    with pytest.raises(AnsibleLookupError, match=None) as caught:
        lookup().run(terms, variables=variables(), **kwargs)
    assert message in str(caught.value)
