"""``show mpls lsp`` / ``<get-mpls-lsp-information>``: the label-switched paths of the device.

Truthful to what jetemu is: without ``protocols mpls`` in the committed configuration the device
answers ``MPLS not configured``, as rpd does. With it, every configured
``protocols mpls label-switched-path NAME to ADDRESS`` is an ingress LSP; jetemu has no RSVP
neighbours to signal it, so each one is down (``Dn``, no active path, no routes), and there are no
egress or transit LSPs. Filters: ``ingress | egress | transit`` (``lsp-type``), ``up | down``
(``lsp-state``), ``name NAME`` (``regex``, a regular expression on the LSP name); levels
``terse | brief`` (the table) and ``detail | extensive`` (one block per LSP). The reply is
``mpls-lsp-information`` with one ``rsvp-session-data`` per session type (element names from
Junos's RPC schema). No other command here.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from .fmt import junos_ns
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

SESSION_TYPES = ("Ingress", "Egress", "Transit")
LEVELS = ("terse", "brief", "detail", "extensive")


def _mpls_config(ctx: CommandContext) -> dict[str, Any] | None:
    """``protocols mpls`` of the committed configuration (None when it is not configured)."""
    database = ctx.extras.get("config_db")
    if database is None:
        return None
    from ..config import engine

    config = json.loads(engine.render(database.effective(), "json")).get("configuration", {})
    mpls = config.get("protocols", {}).get("mpls")
    if mpls is None:
        return None
    return mpls if isinstance(mpls, dict) else {}


def _choice(params: Params, value_name: str, flags: tuple[str, ...], default: str | None) -> str | None:
    chosen = [flag for flag in flags if params.get(flag)]
    value = params.get(value_name)
    if isinstance(value, str):
        if value not in flags:
            raise OpCommandError(f"error: {value_name} must be one of {', '.join(flags)}, not '{value}'")
        chosen.append(value)
    if len(set(chosen)) > 1:
        raise OpCommandError(f"error: give only one of {', '.join(flags)}")
    return chosen[0] if chosen else default


def lsp_information(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    mpls = _mpls_config(ctx)
    if mpls is None:
        raise OpCommandError("MPLS not configured")
    level = _choice(params, "level", LEVELS, "brief") or "brief"
    lsp_type = _choice(params, "lsp-type", ("ingress", "egress", "transit"), None)
    state = _choice(params, "lsp-state", ("up", "down"), None)
    pattern = params.get("regex") if isinstance(params.get("regex"), str) else params.get("name")
    try:
        name_filter = re.compile(str(pattern)) if isinstance(pattern, str) else None
    except re.error as exc:
        raise OpCommandError(f"error: invalid LSP name expression '{pattern}': {exc}") from None
    configured = mpls.get("label-switched-path", [])
    node = Node("mpls-lsp-information", attrs={"xmlns": junos_ns(device.junos_version, "mpls")})
    for session_type in SESSION_TYPES:
        if lsp_type is not None and lsp_type != session_type.lower():
            continue
        lsps = []
        if session_type == "Ingress":
            for lsp in configured if isinstance(configured, list) else []:
                name = str(lsp.get("name", ""))
                if name_filter is not None and not name_filter.search(name):
                    continue
                lsps.append(lsp)
        if state == "up":
            lsps = []  # nothing is signalled: every LSP is down
        data = node.add("rsvp-session-data")
        data.add("session-type", session_type)
        data.add("count", len(lsps))
        for lsp in lsps:
            session = data.add("rsvp-session", junos__style="detail" if level in ("detail", "extensive") else "brief")
            entry = session.add("mpls-lsp")
            entry.add("destination-address", str(lsp.get("to", "")))
            entry.add("source-address", str(lsp.get("from", "0.0.0.0")))
            entry.add("lsp-state", "Dn")
            entry.add("route-count", 0)
            entry.add("name", str(lsp.get("name", "")))
            if lsp.get("description"):
                entry.add("lsp-description", str(lsp["description"]))
            entry.add("lsp-type", "Static Configured")
            if level in ("detail", "extensive"):
                _add_paths(entry, lsp)
        data.add("display-count", len(lsps))
        data.add("up-count", 0)
        data.add("down-count", len(lsps))
    return NodeResult(node, _text, device.junos_version)


def bandwidth_text(value: Any) -> str:
    """A configured bandwidth (``200m``, ``1g``, ``64k``, ``1500``) as Junos shows it: ``200Mbps``."""
    text = str(value).strip().lower()
    scale = {"k": 10**3, "m": 10**6, "g": 10**9}.get(text[-1:], 1)
    try:
        bps = int(float(text[:-1] if scale > 1 else text) * scale)
    except ValueError:
        return str(value)
    for unit, size in (("Gbps", 10**9), ("Mbps", 10**6), ("kbps", 10**3)):
        if bps and bps % size == 0:
            return f"{bps // size}{unit}"
    return f"{bps}bps"


def _add_paths(entry: Node, lsp: dict[str, Any]) -> None:
    """The LSP's paths (detail/extensive): the primary (named or not) and any secondaries, all down."""
    lsp_bandwidth = lsp.get("bandwidth")
    paths: list[tuple[str, dict[str, Any]]] = []
    for title in ("primary", "secondary"):
        configured = lsp.get(title)
        for path in configured if isinstance(configured, list) else [configured] if configured else []:
            paths.append((title.capitalize(), path if isinstance(path, dict) else {"name": str(path)}))
    if not any(title == "Primary" for title, _ in paths):
        paths.insert(0, ("Primary", {}))
    for title, path in paths:
        node = entry.add("mpls-lsp-path")
        node.add("title", title)
        if path.get("name"):
            node.add("name", str(path["name"]))
        node.add("path-state", "Dn")
        node.add("setup-priority", 7)
        node.add("hold-priority", 0)
        bandwidth = path.get("bandwidth", lsp_bandwidth)
        if isinstance(bandwidth, dict):
            bandwidth = bandwidth.get("per-traffic-class-bandwidth")
        if bandwidth:
            node.add("bandwidth", bandwidth_text(bandwidth))
        node.add("smart-optimize-timer", 180)


def _text(node: Node) -> str:
    blocks = []
    for data in node.findall("rsvp-session-data"):
        lines = [f"{data.findtext('session-type')} LSP: {data.findtext('count')} sessions"]
        sessions = data.findall("rsvp-session")
        detailed = any(s.attrs.get("junos:style") == "detail" for s in sessions)
        if sessions and not detailed:
            lines.append(f"{'To':<16}{'From':<16}{'State':<6}{'Rt':>2} {'P':<6}{'ActivePath':<17}LSPname")
        for session in sessions:
            lsp = session.find("mpls-lsp") or Node("mpls-lsp")
            if detailed:
                lines += [
                    "",
                    lsp.findtext("destination-address"),
                    f"  From: {lsp.findtext('source-address')}, State: {lsp.findtext('lsp-state')}, "
                    f"ActiveRoute: {lsp.findtext('route-count')}, LSPname: {lsp.findtext('name')}",
                    "  ActivePath: (none)",
                    f"  LSPtype: {lsp.findtext('lsp-type')}",
                ]
                for path in lsp.findall("mpls-lsp-path"):
                    title, name = path.findtext("title"), path.findtext("name")
                    lines.append(f"  {title:<9} {name:<16} State: {path.findtext('path-state')}")
                    lines.append(f"    Priorities: {path.findtext('setup-priority')} {path.findtext('hold-priority')}")
                    if path.find("bandwidth") is not None:
                        lines.append(f"    Bandwidth: {path.findtext('bandwidth')}")
                    lines.append(f"    SmartOptimizeTimer: {path.findtext('smart-optimize-timer')}")
            else:
                lines.append(
                    f"{lsp.findtext('destination-address'):<16}{lsp.findtext('source-address'):<16}"
                    f"{lsp.findtext('lsp-state'):<6}{lsp.findtext('route-count'):>2} {'':<6}{'':<17}"
                    f"{lsp.findtext('name')}"
                )
        if detailed:
            lines.append("")
        lines.append(
            f"Total {data.findtext('display-count')} displayed, Up {data.findtext('up-count')}, "
            f"Down {data.findtext('down-count')}"
        )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


SPECS: list[OpSpec] = [
    OpSpec(
        rpc="get-mpls-lsp-information",
        cli=("show", "mpls", "lsp"),
        handler=lsp_information,
        flags=(*LEVELS, "ingress", "egress", "transit", "up", "down"),
        values=("level", "lsp-type", "lsp-state", "regex", "name"),
        exclusive=(LEVELS, ("ingress", "egress", "transit"), ("up", "down")),
    ),
]
