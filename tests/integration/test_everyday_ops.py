"""Everyday op commands real playbooks run (logs, alarms, users, ARP, BGP/OSPF/NTP, wildcard
file delete) through the real ansible-playbook and jetkit.junos.command against jetemu."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.slow


def test_everyday_commands_through_a_playbook(run):
    r = run(
        [
            {
                "name": "everyday",
                "jetkit.junos.command": {
                    "commands": [
                        "show log messages",
                        "show system alarms",
                        "show chassis alarms",
                        "show system users",
                        "show arp no-resolve",
                        "show ntp associations",
                        "file delete /var/log/*log*",
                    ]
                },
            },
            {"name": "alarms-json", "jetkit.junos.command": {"commands": "show system alarms", "format": "json"}},
            {"name": "arp-xml", "jetkit.junos.command": {"commands": "show arp no-resolve", "format": "xml"}},
            {"name": "bgp", "ignore_errors": True, "jetkit.junos.command": {"commands": "show bgp summary"}},
        ]
    )
    assert r.rc == 0, r.output
    log, alarms, chassis, users, arp, ntp, deleted = r.task("everyday")["stdout"]
    # the playbook's own login is in the messages file (authorization info), as Junos logs it
    assert re.search(r"^\w{3} [ \d]\d \d\d:\d\d:\d\d lab1 jsd\[\d+\]: LOGIN_INFORMATION: User lab logged in", log, re.M)
    assert alarms.splitlines()[0] == "1 alarms currently active"
    assert alarms.splitlines()[2].endswith("Minor  Rescue configuration is not set")
    assert chassis.strip() == "No alarms currently active"
    assert users.splitlines()[1].split() == ["USER", "TTY", "FROM", "LOGIN@", "IDLE", "WHAT"]
    assert any(line.split()[:2] == ["lab", "jet"] for line in users.splitlines()[2:])
    assert arp.splitlines()[-1] == "Total entries: 0"
    assert ntp.strip() == "No association ID's returned"
    assert deleted == ""
    detail = r.task("alarms-json")["parsed"][0]["alarm-information"][0]["alarm-detail"][0]
    assert detail["alarm-short-description"][0]["data"] == "no-rescue"
    assert r.task("arp-xml")["parsed"][0]["arp-table-information"]["arp-entry-count"] == "0"
    bgp = r.task("bgp")
    assert bgp["_status"] == "failed" and "BGP is not running" in bgp["msg"]


def test_more_everyday_commands_through_a_playbook(run):
    r = run(
        [
            {
                "name": "more",
                "jetkit.junos.command": {
                    "commands": [
                        "show interfaces descriptions",
                        "show route table inet.0 terse",
                        "show route instance",
                        "show chassis fpc",
                        "show system information",
                        "show bfd session",
                    ]
                },
            },
            {"name": "fpc-xml", "jetkit.junos.command": {"commands": "show chassis fpc", "format": "xml"}},
            {"name": "env-json", "jetkit.junos.command": {"commands": "show chassis environment", "format": "json"}},
            {"name": "isis", "ignore_errors": True, "jetkit.junos.command": {"commands": "show isis adjacency"}},
            {"name": "lacp", "ignore_errors": True, "jetkit.junos.command": {"commands": "show lacp interfaces"}},
        ]
    )
    assert r.rc == 0, r.output
    descriptions, terse, instances, fpc, information, bfd = r.task("more")["stdout"]
    assert descriptions == ""  # no interface of the lab device carries a description
    assert terse.splitlines()[4].startswith("A V Destination        P Prf   Metric 1   Metric 2  Next hop")
    assert any(line.startswith("* ? ") and line.split()[3] == "L" for line in terse.splitlines())
    assert instances.splitlines()[2].split() == ["master", "forwarding"]
    assert fpc.splitlines()[2].split()[:2] == ["0", "Online"]
    assert "Hostname: lab1" in information.splitlines()
    assert bfd.strip().startswith("0 sessions, 0 clients")
    slots = r.task("fpc-xml")["parsed"][0]["fpc-information"]["fpc"]
    assert slots[0]["slot"] == "0" and slots[0]["state"] == "Online"
    items = r.task("env-json")["parsed"][0]["environment-information"][0]["environment-item"]
    assert items[0]["name"][0]["data"] == "Routing Engine 0" and items[0]["status"][0]["data"] == "OK"
    isis = r.task("isis")
    assert isis["_status"] == "failed" and "IS-IS instance is not running" in isis["msg"]
    lacp = r.task("lacp")
    assert lacp["_status"] == "failed" and "lacp subsystem not running" in lacp["msg"]
