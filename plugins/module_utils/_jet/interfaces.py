# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.interface: logical units, families and addresses over JET (PRIVATE).

The input is checked in :mod:`.interface_input` and the service calls are in
:mod:`.interface_calls`; this file decides what to do.

Reading: ``InterfaceGet`` of the unit (description, disable) and of each family (mtu) tells what
exists. The service has no way to list a family's addresses, so they are read from
``show interfaces IFL terse`` (JSON); IPv6 link-local addresses the device adds itself are left out.

Writing: JET lets a client create logical units on existing physical interfaces and change or
delete only the units it created. Before sending anything the task asks
``InterfaceUnitPermissionsGet`` for every existing unit it would change and fails naming the unit
when it is not this client's. Every change is a step with an inverse; a device refusal midway
undoes the steps already applied (see :class:`.steps.Plan`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError
from .interface_calls import Device, describe
from .interface_input import PORT_NAME, FamilyState, UnitDecl, UnitState, parse_units
from .services import need_proto
from .steps import Plan


# == planning ========================================================================================
def _target(current: UnitState | None, decl: UnitDecl, state: str) -> UnitState:
    """What the unit should look like after the task (present or replaced)."""
    replaced = state == "replaced"
    base = current or UnitState(decl.unit)
    result = UnitState(
        decl.unit,
        decl.description if decl.description is not None else ("" if replaced else base.description),
        decl.enabled if decl.enabled is not None else (True if replaced else base.enabled),
    )
    if not replaced:
        result.families = {k: FamilyState(v.mtu, list(v.addresses)) for k, v in base.families.items()}
    for name, fam in (decl.families or {}).items():
        old = base.families.get(name)
        if replaced:
            result.families[name] = FamilyState(fam.mtu, list(fam.addresses or []))
            continue
        merged = result.families.setdefault(name, FamilyState())
        if fam.mtu is not None:
            merged.mtu = fam.mtu
        for address in fam.addresses or []:
            if address not in merged.addresses:
                merged.addresses.append(address)
        if old is None and fam.mtu is None:
            merged.mtu = None
    return result


def _recreate(plan: Plan, dev: Device, state: UnitState, with_unit: bool) -> None:
    """Steps that build ``state`` from nothing (used as undo of deletions)."""
    if with_unit:
        dev.change("InterfaceAdd", "unit", state.unit, strings=_unit_strings(state), integers=_unit_integers(state))
    for name, fam in state.families.items():
        _add_family(dev, state.unit, name, fam)


def _add_family(dev: Device, unit: int, name: str, fam: FamilyState) -> None:
    dev.change("InterfaceAdd", "family", unit, name, integers={"mtu": fam.mtu} if fam.mtu else None)
    for address in fam.addresses:
        dev.change("InterfaceAdd", "address", unit, name, address)


def _unit_strings(state: UnitState) -> dict[str, str]:
    return {"description": state.description} if state.description else {}


def _unit_integers(state: UnitState) -> dict[str, int]:
    return {} if state.enabled else {"disable": 1}


def plan_unit(plan: Plan, dev: Device, current: UnitState | None, target: UnitState) -> None:
    port, unit = dev.port, target.unit
    if current is None:
        strings, integers = _unit_strings(target), _unit_integers(target)
        plan.add(
            describe("InterfaceAdd", port, "unit", unit, None, None, strings, integers),
            lambda: dev.change("InterfaceAdd", "unit", unit, strings=strings, integers=integers),
            lambda: dev.change("InterfaceDelete", "unit", unit),
        )
        current = UnitState(unit, target.description, target.enabled)
    else:
        strings: dict[str, str] = {}  # type: ignore[no-redef]
        integers: dict[str, int] = {}  # type: ignore[no-redef]
        undo_strings: dict[str, str] = {}
        undo_integers: dict[str, int] = {}
        if current.description != target.description:
            strings["description"] = target.description
            undo_strings["description"] = current.description
        if current.enabled != target.enabled:
            integers["disable"] = 0 if target.enabled else 1
            undo_integers["disable"] = 0 if current.enabled else 1
        if strings or integers:
            plan.add(
                describe("InterfaceUpdate", port, "unit", unit, None, None, strings, integers),
                partial(dev.change, "InterfaceUpdate", "unit", unit, strings=strings, integers=integers),
                partial(dev.change, "InterfaceUpdate", "unit", unit, strings=undo_strings, integers=undo_integers),
            )
    for name, gone in current.families.items():
        if name not in target.families:
            plan.add(
                describe("InterfaceDelete", port, "family", unit, name, None),
                partial(dev.change, "InterfaceDelete", "family", unit, name),
                partial(_add_family, dev, unit, name, gone),
            )
    for name, fam in target.families.items():
        old = current.families.get(name)
        if old is None:
            integers = {"mtu": fam.mtu} if fam.mtu else {}
            plan.add(
                describe("InterfaceAdd", port, "family", unit, name, None, None, integers),
                partial(dev.change, "InterfaceAdd", "family", unit, name, integers=integers),
                partial(dev.change, "InterfaceDelete", "family", unit, name),
            )
            old = FamilyState()
        elif old.mtu != fam.mtu:
            plan.add(
                describe("InterfaceUpdate", port, "family", unit, name, None, None, {"mtu": fam.mtu or 0}),
                partial(dev.change, "InterfaceUpdate", "family", unit, name, integers={"mtu": fam.mtu or 0}),
                partial(dev.change, "InterfaceUpdate", "family", unit, name, integers={"mtu": old.mtu or 0}),
            )
        for address in old.addresses:
            if address not in fam.addresses:
                plan.add(
                    describe("InterfaceDelete", port, "address", unit, name, address),
                    partial(dev.change, "InterfaceDelete", "address", unit, name, address),
                    partial(dev.change, "InterfaceAdd", "address", unit, name, address),
                )
        for address in fam.addresses:
            if address not in old.addresses:
                plan.add(
                    describe("InterfaceAdd", port, "address", unit, name, address),
                    partial(dev.change, "InterfaceAdd", "address", unit, name, address),
                    partial(dev.change, "InterfaceDelete", "address", unit, name, address),
                )


def plan_absent(plan: Plan, dev: Device, current: UnitState, decl: UnitDecl) -> UnitState | None:
    """Steps removing what ``decl`` names; returns the unit's state afterwards (None: deleted)."""
    port, unit = dev.port, decl.unit
    if decl.families is None:
        plan.add(
            describe("InterfaceDelete", port, "unit", unit, None, None),
            lambda: dev.change("InterfaceDelete", "unit", unit),
            lambda: _recreate(plan, dev, current, True),
        )
        return None
    after = UnitState(unit, current.description, current.enabled, dict(current.families))
    for name, fam in decl.families.items():
        old = current.families.get(name)
        if old is None:
            continue
        if fam.addresses is None:
            plan.add(
                describe("InterfaceDelete", port, "family", unit, name, None),
                partial(dev.change, "InterfaceDelete", "family", unit, name),
                partial(_add_family, dev, unit, name, old),
            )
            del after.families[name]
            continue
        remaining = [a for a in old.addresses if a not in fam.addresses]
        for address in old.addresses:
            if address in fam.addresses:
                plan.add(
                    describe("InterfaceDelete", port, "address", unit, name, address),
                    partial(dev.change, "InterfaceDelete", "address", unit, name, address),
                    partial(dev.change, "InterfaceAdd", "address", unit, name, address),
                )
        after.families[name] = FamilyState(old.mtu, remaining)
    return after


# == interface =======================================================================================
INTERFACE_SPEC: dict[str, Any] = {
    "name": {"type": "str", "required": True},
    "units": {"type": "list", "elements": "raw", "required": True},
    "state": {"type": "str", "default": "present", "choices": ["present", "absent", "replaced"]},
}


def run_interface(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    need_proto()
    port = str(params["name"]).strip()
    if "." in port:
        raise TaskError(f"name must be a physical interface (e.g. ge-0/0/1), got {port!r}; give units in units")
    if not PORT_NAME.match(port):
        raise TaskError(f"name {port!r} is not an interface name (e.g. ge-0/0/1)")
    state = params["state"]
    decls = parse_units(params["units"])
    dev = Device(api, port)
    plan = Plan()
    before_lines: list[str] = []
    after_lines: list[str] = []
    units_after: list[dict[str, Any]] = []
    for decl in decls:
        current = dev.read(decl.unit)
        if current is not None:
            before_lines.extend(current.lines(port))
        if state == "absent":
            if current is None:
                continue
            mark = len(plan.steps)
            after = plan_absent(plan, dev, current, decl)
            if len(plan.steps) > mark:
                _owned(dev, decl.unit)
            if after is not None:
                after_lines.extend(after.lines(port))
                units_after.append(after.to_dict())
            continue
        target = _target(current, decl, state)
        mark = len(plan.steps)
        plan_unit(plan, dev, current, target)
        if current is not None and len(plan.steps) > mark:
            _owned(dev, decl.unit)
        after_lines.extend(target.lines(port))
        units_after.append(target.to_dict())
    changed = bool(plan.steps)
    result: dict[str, Any] = {
        "changed": changed,
        "interface": port,
        "operations": [s.what for s in plan.steps],
        "units": units_after,
    }
    if ctx.diff and changed:
        result["diff"] = {
            "before": "\n".join(before_lines) + ("\n" if before_lines else ""),
            "after": "\n".join(after_lines) + ("\n" if after_lines else ""),
        }
    if ctx.check_mode or not changed:
        return result
    plan.run()
    return result


def _owned(dev: Device, unit: int) -> None:
    is_owner, client = dev.owner(unit)
    if not is_owner:
        owner = f"JET client '{client}'" if client else "the configuration"
        raise TaskError(
            f"unit {dev.port}.{unit} belongs to {owner}: a JET client may change only the units it created "
            "(nothing was sent)"
        )


INTERFACE = ModuleSpec(name="interface", argument_spec=INTERFACE_SPEC, run=run_interface)
