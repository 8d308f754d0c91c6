#!/usr/bin/env python3
"""Derive the input elements of Junos XML RPCs from Juniper's published YANG (issue 17).

jetemu refuses an RPC's unknown child elements as mgd does; what is known comes from the
``input`` of each RPC in Juniper's native RPC models, with its groupings (``uses``), choices and
cases flattened. This script reads a local clone of https://github.com/Juniper/yang and writes
``emulator/jetemu/device/rpc_inputs.py`` for the RPCs listed below (the ones jetemu answers).
It only reads the YANG and writes that one generated file; nothing runs it at build time.

    python tools/rpc_inputs.py /path/to/Juniper/yang [--check]

``--check`` exits non-zero when the committed file differs from what the YANG gives.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

RELEASE = "24.4/24.4R1/native/conf-and-rpcs"
FAMILIES = ("junos", "junos-ex", "junos-qfx", "junos-es")  # where a model is missing, the next
EVO = "24.4/24.4R1-EVO/native/conf-and-rpcs/rpc-with-extensions/models"  # last fallback (interfaces)
OUTPUT = Path(__file__).resolve().parents[1] / "emulator" / "jetemu" / "device" / "rpc_inputs.py"

# The RPCs jetemu implements through its command registry and its own handlers.
RPCS = (
    "get-software-information",
    "get-system-uptime-information",
    "get-chassis-inventory",
    "get-route-engine-information",
    "get-interface-information",
    "get-route-information",
    "get-route-summary-information",
    "get-system-storage",
    "get-lldp-neighbors-information",
    "get-extension-service-client-information",
    "get-extension-service-server-information",
    "get-commit-information",
    "get-rollback-information",
    "get-rescue-information",
    "request-save-rescue-configuration",
    "request-delete-rescue-configuration",
    "request-reboot",
    "request-halt",
    "request-power-off",
    "request-system-zeroize",
    "request-package-add",
    "request-package-validate",
    "request-package-rollback",
    "ping",
    "file-archive",
    "file-list",
    "file-show",
    "file-copy",
    "file-delete",
    "get-checksum-information",
    "get-sha1-checksum-information",
    "get-sha256-checksum-information",
    "get-support-information",
    "get-virtual-chassis-information",
    "get-log",
    "get-system-alarm-information",
    "get-alarm-information",
    "get-system-users-information",
    "get-arp-table-information",
    "get-bgp-summary-information",
    "get-bgp-neighbor-information",
    "get-ospf-neighbor-information",
    "get-ospf-interface-information",
    "get-ntp-associations-information",
    "get-ntp-status-information",
    "get-forwarding-table-information",
    "get-instance-information",
    "get-environment-information",
    "get-environment-pem-information",
    "get-fpc-information",
    "get-pic-information",
    "get-firmware-information",
    "get-chassis-mac-addresses",
    "get-system-information",
    "get-system-process-information",
    "get-system-core-dumps",
    "get-license-summary-information",
    "get-task-memory-information",
    "get-host-information",
    "get-lacp-interface-information",
    "get-isis-adjacency-information",
    "get-ldp-session-information",
    "get-rsvp-session-information",
    "get-mpls-interface-information",
    "get-bfd-session-information",
    "get-lldp-local-info",
    "get-ipv6-nd-information",
    "get-interface-optics-diagnostics-information",
    "get-interface-queue-information",
    "get-cos-interface-map-information",
    "get-policer-information",
    "get-zones-information",
    "get-firewall-policies",
)

# Options Juniper's CLI reference documents for these RPCs that the YANG export leaves out
# (hidden nodes): request system reboot|halt|power-off other-routing-engine / both-routing-engines.
EXTRA: dict[str, dict[str, str]] = {
    rpc: {"other-routing-engine": "flag", "both-routing-engines": "flag"}
    for rpc in ("request-reboot", "request-halt", "request-power-off")
}
# show system processes summary|extensive (top's output), documented in the CLI reference
EXTRA["get-system-process-information"] = {"summary": "flag", "extensive": "flag"}

_TOKEN = re.compile(r'\s*(?:(//[^\n]*)|(/\*.*?\*/)|("(?:[^"\\]|\\.)*")|(\'[^\']*\')|([{};])|([^\s{};"\']+))', re.S)


def tokens(text: str) -> list[str]:
    out: list[str] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        pos = m.end()
        if m.group(1) or m.group(2):
            continue
        if m.group(3) is not None:
            out.append(m.group(3)[1:-1])
        elif m.group(4) is not None:
            out.append(m.group(4)[1:-1])
        elif m.group(5):
            out.append(m.group(5))
        elif m.group(6):
            out.append(m.group(6))
    return out


class Stmt:
    def __init__(self, keyword: str, arg: str | None) -> None:
        self.keyword = keyword
        self.arg = arg
        self.children: list[Stmt] = []

    def find(self, keyword: str) -> Stmt | None:
        return next((c for c in self.children if c.keyword == keyword), None)


def parse(text: str) -> Stmt:
    toks = tokens(text)
    root = Stmt("root", None)
    stack = [root]
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok == "}":
            stack.pop()
            i += 1
            continue
        keyword = tok
        args: list[str] = []
        i += 1
        while i < len(toks) and toks[i] not in ("{", ";"):
            if toks[i] == "+":  # string concatenation
                i += 1
                continue
            args.append(toks[i])
            i += 1
        stmt = Stmt(keyword, " ".join(args) if args else None)
        stack[-1].children.append(stmt)
        if i < len(toks) and toks[i] == "{":
            stack.append(stmt)
        i += 1
    return root


def read(yang: Path, path: str) -> str | None:
    proc = subprocess.run(["git", "-C", str(yang), "show", f"HEAD:{path}"], capture_output=True, text=True)
    return proc.stdout if proc.returncode == 0 else None


def modules(yang: Path) -> list[Stmt]:
    """Every RPC model of the families, in order of preference (a missing file is skipped)."""
    listing = subprocess.run(
        ["git", "-C", str(yang), "ls-tree", "-r", "--name-only", "HEAD", RELEASE], capture_output=True, text=True
    ).stdout.split()
    # The models with Juniper's extensions say which leaves are keyword-less CLI choices.
    paths = [p for fam in FAMILIES for p in listing if p.startswith(f"{RELEASE}/{fam}/rpc-with-extensions/models/")]
    evo = subprocess.run(
        ["git", "-C", str(yang), "ls-tree", "-r", "--name-only", "HEAD", EVO], capture_output=True, text=True
    ).stdout.split()
    out = []
    for path in [*paths, *evo]:
        text = read(yang, path)
        if text is not None:
            out.append(parse(text).children[0])
    return out


def flatten(stmt: Stmt, groupings: dict[str, Stmt], out: dict[str, str]) -> None:
    for child in stmt.children:
        if child.keyword in ("choice", "case"):
            flatten(child, groupings, out)
        elif child.keyword == "uses" and child.arg:
            grouping = groupings.get(child.arg.split(":")[-1])
            if grouping is not None:
                flatten(grouping, groupings, out)
        elif child.keyword == "leaf" and child.arg:
            kind = child.find("type")
            feature = child.find("junos:cli-feature")
            keywordless = feature is not None and feature.arg == "nokeyword"
            if kind is not None and kind.arg == "enumeration" and (keywordless or child.arg.startswith("level")):
                # A keyword-less choice of the CLI (terse, brief, media, detail...): in XML each
                # value is an empty element of its own.
                for enum in kind.children:
                    if enum.keyword == "enum" and enum.arg:
                        out[enum.arg] = "flag"
                if not child.arg.startswith("level"):
                    # a named choice (advertising-protocol-name) is also sent as the element
                    # itself, its text the value: <advertising-protocol-name>bgp</...>
                    out[child.arg] = "value"
                continue
            out[child.arg] = "flag" if kind is not None and kind.arg == "empty" else "value"
        elif child.keyword == "leaf-list" and child.arg:
            out[child.arg] = "values"
        elif child.keyword in ("container", "list") and child.arg:
            out[child.arg] = "element"


def derive(yang: Path) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for module in modules(yang):
        groupings = {g.arg: g for g in module.children if g.keyword == "grouping" and g.arg}
        for rpc in module.children:
            if rpc.keyword != "rpc" or rpc.arg not in RPCS or rpc.arg in found:
                continue
            inputs: dict[str, str] = {}
            block = rpc.find("input")
            if block is not None:
                flatten(block, groupings, inputs)
            inputs.update(EXTRA.get(rpc.arg, {}))
            found[rpc.arg] = dict(sorted(inputs.items()))
    return dict(sorted(found.items()))


HEADER = '''"""Input elements of the Junos XML RPCs jetemu answers (GENERATED by tools/rpc_inputs.py).

Derived from Juniper's published YANG models (https://github.com/Juniper/yang, release
{release}), which are licensed under the Apache License, Version 2.0: Copyright Juniper
Networks, Inc. Each RPC maps its child elements to ``flag`` (an empty element), ``value``,
``values`` (repeatable) or ``element`` (has children). Do not edit: run the tool again.
"""

from __future__ import annotations

INPUTS: dict[str, dict[str, str]] = {body}
'''


def render(found: dict[str, dict[str, str]]) -> str:
    lines = ["{"]
    for rpc, inputs in found.items():
        if not inputs:
            lines.append(f"    {rpc!r}: {{}},")
            continue
        lines.append(f"    {rpc!r}: {{")
        for name, kind in inputs.items():
            lines.append(f"        {name!r}: {kind!r},")
        lines.append("    },")
    lines.append("}")
    body = "\n".join(lines).replace("'", '"')
    return HEADER.format(release=RELEASE.split("/")[1], body=body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("yang", type=Path, help="a clone (or bare mirror) of Juniper/yang")
    parser.add_argument("--check", action="store_true", help="only compare with the committed file")
    args = parser.parse_args()
    text = render(derive(args.yang))
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text() == text
        print("up to date" if same else f"{OUTPUT} differs from the YANG", file=sys.stderr)
        return 0 if same else 1
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
