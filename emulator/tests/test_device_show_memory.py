"""show system memory / <get-system-memory-information>: the master Routing Engine's memory, in
the elements junipernetworks.junos' junos_facts hardware subset reads."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from jetemu.device import Device, OpCommandError, run_cli, run_rpc

NS = "{http://xml.juniper.net/junos/24.4R1.9/junos}"


def test_summary_in_three_formats_agrees_with_the_routing_engine() -> None:
    device = Device.create(1, model="mx960")  # RE-S-X6-64G: 64 GiB of DRAM
    root = ET.fromstring(run_rpc(device, "<get-system-memory-information/>", "xml"))
    assert root.tag == f"{NS}system-memory-information"
    summary = root.find(f"{NS}system-memory-summary-information")
    assert summary is not None
    values = {child.tag.removeprefix(NS): child.text for child in summary}
    total, free = int(values["system-memory-total"]), int(values["system-memory-free"])
    assert total == 65536 * 1024  # Kbytes, the DRAM show chassis routing-engine reports
    assert values["system-memory-total-percent"] == "100%"
    parts = ("reserved", "wired", "active", "inactive", "cache", "free")
    assert sum(int(values[f"system-memory-{p}"]) for p in parts) == total
    assert sum(int(values[f"system-memory-{p}-percent"].rstrip("%")) for p in parts) == 100
    used = 100 - int(values["system-memory-free-percent"].rstrip("%")) - 2  # reserved aside
    engine = ET.fromstring(run_rpc(device, "<get-route-engine-information/>", "xml"))
    assert str(used) == engine.findtext(".//{*}route-engine/{*}memory-buffer-utilization")

    text = run_cli(device, "show system memory", "text")
    lines = text.splitlines()
    assert lines[0] == "System memory usage distribution:"
    assert lines[1] == f"       Total memory: {total} Kbytes (100%)"
    assert re.fullmatch(r" {8}Free memory: +(\d+) Kbytes \( ?\d\d%\)", lines[-1])
    assert int(lines[-1].split()[2]) == free

    data = json.loads(run_cli(device, "show system memory", "json"))
    summary_json = data["system-memory-information"][0]["system-memory-summary-information"][0]
    assert summary_json["system-memory-free"][0]["data"] == str(free)


def test_it_takes_no_arguments() -> None:
    device = Device.create(1)
    with pytest.raises(OpCommandError):
        run_cli(device, "show system memory everything", "text")
