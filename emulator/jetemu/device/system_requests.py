"""``request system reboot|halt|power-off|zeroize``, ``clear``/``show system reboot``,
``request system configuration rescue save|delete``, ``show lldp neighbors``
(``show chassis routing-engine`` is :mod:`.show_chassis`'s).

The power requests go to the device's :class:`~jetemu.device.power.DevicePower`
(``ctx.extras["power"]``), the rescue commands to its configuration database
(``ctx.extras["config_db"]``, through its public ``set_rescue``/``delete_rescue``). Reply shapes
follow Juniper's RPC models: ``<request-reboot-results><request-reboot-status>`` for reboot,
``<output>`` for halt and power-off, ``<system-zeroize-status>`` for zeroize.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .fmt import timestamp
from .power import DevicePower
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params, TextResult
from .results import NodeListResult, output_text
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

_SELECTORS = ("other-routing-engine", "both-routing-engines", "all-members", "local", "re0", "re1", "hypervisor")
_MEDIA = ("junos", "oam", "usb", "network")


def _power(ctx: CommandContext) -> DevicePower:
    power = ctx.extras.get("power")
    if not isinstance(power, DevicePower):
        raise OpCommandError("error: this device cannot be restarted here (no power control)")
    return power


def _check_selectors(params: Params) -> None:
    if params.get("member") is not None or params.get("all-members"):
        raise OpCommandError("error: the device is not part of a virtual chassis (member, all-members)")
    chosen = [name for name in ("other-routing-engine", "both-routing-engines", "re0", "re1") if params.get(name)]
    if len(chosen) > 1:
        raise OpCommandError(f"error: syntax error: {chosen[1]} conflicts with {chosen[0]}")


def _other_re_only(params: Params) -> bool:
    """Whether the request is for the backup RE only, which leaves this (master) RE up."""
    return bool(params.get("other-routing-engine") or params.get("re1"))


def _action(action: str) -> Any:
    def handler(device: Device, params: Params, ctx: CommandContext) -> NodeResult | NodeListResult:
        _check_selectors(params)
        at = params.get("at")
        minutes = params.get("in")
        if _other_re_only(params):
            status = f"Shutdown NOW! (re1: {action})"
        else:
            status = _power(ctx).request(
                action,
                at=at if isinstance(at, str) else None,
                in_minutes=minutes if isinstance(minutes, str) else None,
                user=ctx.user,
            )
        if action == "reboot":
            node = Node("request-reboot-results")
            node.add("request-reboot-status", status)
            return NodeResult(node, lambda n: n.findtext("request-reboot-status") + "\n", device.junos_version)
        return NodeListResult([Node("output", status)], device.junos_version, output_text)

    return handler


def zeroize(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    power = _power(ctx)
    power.request("zeroize", user=ctx.user)
    node = Node("system-zeroize-status")
    node.text = "warning: System will be rebooted and may not boot without configuration\nErasing user data ..."
    return NodeResult(node, lambda n: (n.text or "") + "\n", device.junos_version)


def clear_reboot(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    cleared = _power(ctx).clear()
    return TextResult("Terminating...\n" if cleared else "No shutdown/reboot scheduled.\n")


def show_reboot(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    pending = _power(ctx).pending
    if pending is None:
        return TextResult("No shutdown/reboot scheduled.\n")
    return TextResult(f"{pending.action} requested by {pending.user} at {timestamp(pending.when)}\n")


# -- rescue configuration -------------------------------------------------------------------------
def _config_db(ctx: CommandContext) -> Any:
    db = ctx.extras.get("config_db")
    if db is None:
        raise OpCommandError("error: no configuration database on this device")
    return db


def rescue(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    db = _config_db(ctx)
    try:
        if params.get("save"):
            db.set_rescue()
        elif params.get("delete"):
            db.delete_rescue()
        else:
            raise OpCommandError("error: incomplete command, expecting save or delete")
    except OpCommandError:
        raise
    except Exception as exc:  # DatabaseError of the configuration engine: its own words
        raise OpCommandError(str(getattr(exc, "message", exc))) from None
    return TextResult("")


# -- show lldp neighbors --------------------------------------------------------------------------
def lldp_neighbors(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    node = Node("lldp-neighbors-information", attrs={"junos:style": "brief"})
    for neighbor in ctx.extras.get("lldp_neighbors") or []:
        entry = node.add("lldp-neighbor-information")
        entry.add("lldp-local-port-id", neighbor["local_interface"])
        entry.add("lldp-local-parent-interface-name", "-")
        entry.add("lldp-remote-chassis-id-subtype", "Mac address")
        entry.add("lldp-remote-chassis-id", neighbor["chassis_id"])
        entry.add("lldp-remote-port-id-subtype", "Interface name")
        entry.add("lldp-remote-port-id", neighbor["port_id"])
        entry.add("lldp-remote-system-name", neighbor["system_name"])
    return NodeResult(node, _lldp_text, device.junos_version)


def _lldp_text(node: Node) -> str:
    lines = [f"{'Local Interface':<19}{'Parent Interface':<19}{'Chassis Id':<20}{'Port info':<17}System Name"]
    for entry in node.findall("lldp-neighbor-information"):
        lines.append(
            f"{entry.findtext('lldp-local-port-id'):<19}{entry.findtext('lldp-local-parent-interface-name'):<19}"
            f"{entry.findtext('lldp-remote-chassis-id'):<20}{entry.findtext('lldp-remote-port-id'):<17}"
            f"{entry.findtext('lldp-remote-system-name')}"
        )
    return "\n".join(lines) + "\n"


_REQUEST_FLAGS = (*_SELECTORS, *_MEDIA)
_REQUEST_VALUES = ("at", "in", "message", "member", "routing-engine", "slice")

SPECS: list[OpSpec] = [
    OpSpec(
        rpc="request-reboot",
        cli=("request", "system", "reboot"),
        handler=_action("reboot"),
        flags=_REQUEST_FLAGS,
        values=_REQUEST_VALUES,
    ),
    OpSpec(
        rpc="request-halt",
        cli=("request", "system", "halt"),
        handler=_action("halt"),
        flags=_REQUEST_FLAGS,
        values=_REQUEST_VALUES,
    ),
    OpSpec(
        rpc="request-power-off",
        cli=("request", "system", "power-off"),
        handler=_action("power-off"),
        flags=_REQUEST_FLAGS,
        values=_REQUEST_VALUES,
    ),
    OpSpec(
        rpc="request-system-zeroize",
        cli=("request", "system", "zeroize"),
        handler=zeroize,
        flags=("local", "media"),
    ),
    OpSpec(
        rpc="clear-reboot", cli=("clear", "system", "reboot"), handler=clear_reboot, flags=("both-routing-engines",)
    ),
    OpSpec(
        rpc="get-reboot-information",
        cli=("show", "system", "reboot"),
        handler=show_reboot,
        flags=("both-routing-engines",),
    ),
    # The RPC forms are the configuration engine's; these are the CLI words that reach them.
    OpSpec(
        rpc="request-save-rescue-configuration",
        cli=("request", "system", "configuration", "rescue", "save"),
        handler=rescue,
        fixed={"save": True},
    ),
    OpSpec(
        rpc="request-delete-rescue-configuration",
        cli=("request", "system", "configuration", "rescue", "delete"),
        handler=rescue,
        fixed={"delete": True},
    ),
    OpSpec(
        rpc="get-lldp-neighbors-information",
        cli=("show", "lldp", "neighbors"),
        handler=lldp_neighbors,
    ),
]
