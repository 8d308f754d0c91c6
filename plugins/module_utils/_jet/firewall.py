# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.firewall_filter and firewall_counter_info: plan, apply, undo (PRIVATE).

The input is checked in :mod:`.filter_input`, the service calls are in :mod:`.firewall_calls`,
the controller-side record in :mod:`.firewall_record`; this file decides what to do.

What is on the device: the firewall service has no way to read a filter back (no FilterGet, no
PolicerGet, no binding list). ``firewall_filter`` therefore keeps a record, on the controller, of
what it programmed: one JSON file per device and client id (``state_dir``), holding the
canonical form of every filter (terms, policers, bindings). Before trusting the record the task
checks on the device that the filter is still there (``FilterCounterGet`` of one of its counters,
else ``show firewall filter NAME``): filters of a client are purged by the device when the client
goes away (at once, or after the purge time), and a purged filter must be programmed again.

* record and device agree that the filter exists: the difference between the record and the task
  is sent (term operations in one ``FilterModify``, policers, bindings);
* the filter is not on the device: everything is programmed (``PolicerAdd``, ``FilterAdd``,
  ``FilterBindAdd``);
* the filter is on the device but there is no record (state file lost, or the filter was made by
  another controller with the same client id): its content cannot be known, so it is unbound
  from the task's bind points, deleted and programmed again.

Every change is a step with an inverse; if the device refuses a step, the steps already applied
are undone in reverse order and the task fails naming the refused step and the device's message.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError
from .errors import JetError
from .filter_input import FAMILIES, FilterSpec, as_list, canonical_bind, canonical_policers, canonical_terms, check_name
from .firewall_calls import Device, listed_names, set_purge_time
from .firewall_record import DEFAULT_STATE_DIR, Record
from .services import need_proto
from .steps import Plan, StepRefused


def _plan_create(plan: Plan, dev: Device, spec: FilterSpec) -> None:
    for name, policer in sorted(spec.policers.items()):
        plan.add(
            f"PolicerAdd {name}",
            partial(dev.policer_set, name, policer, False),
            partial(dev.policer_delete, name),
        )
    plan.add(f"FilterAdd {spec.name}", lambda: dev.filter_add(spec), lambda: dev.filter_delete(spec))
    for binding in spec.bind:
        plan.add(
            f"FilterBindAdd {binding['interface']} {binding['direction']}",
            partial(dev.bind, spec, binding, True),
            partial(dev.bind, spec, binding, False),
        )


def _plan_remove(plan: Plan, dev: Device, spec: FilterSpec) -> None:
    for binding in spec.bind:
        plan.add(
            f"FilterBindDelete {binding['interface']} {binding['direction']}",
            partial(dev.bind, spec, binding, False),
            partial(dev.bind, spec, binding, True),
        )
    plan.add(f"FilterDelete {spec.name}", lambda: dev.filter_delete(spec), lambda: dev.filter_add(spec))
    for name, policer in sorted(spec.policers.items()):
        plan.add(
            f"PolicerDelete {name}",
            partial(dev.policer_delete, name),
            partial(dev.policer_set, name, policer, False),
        )


def _plan_change(plan: Plan, dev: Device, old: FilterSpec, new: FilterSpec) -> None:
    for name, policer in sorted(new.policers.items()):
        before = old.policers.get(name)
        if before is None:
            plan.add(
                f"PolicerAdd {name}",
                partial(dev.policer_set, name, policer, False),
                partial(dev.policer_delete, name),
            )
        elif before != policer:
            plan.add(
                f"PolicerModify {name}",
                partial(dev.policer_set, name, policer, True),
                partial(dev.policer_set, name, before, True),
            )
    if old.terms != new.terms:
        plan.add(f"FilterModify {new.name}", lambda: dev.filter_modify(old, new), lambda: dev.filter_modify(new, old))
    for binding in old.bind:
        if binding not in new.bind:
            plan.add(
                f"FilterBindDelete {binding['interface']} {binding['direction']}",
                partial(dev.bind, old, binding, False),
                partial(dev.bind, old, binding, True),
            )
    for binding in new.bind:
        if binding not in old.bind:
            plan.add(
                f"FilterBindAdd {binding['interface']} {binding['direction']}",
                partial(dev.bind, new, binding, True),
                partial(dev.bind, new, binding, False),
            )
    for name, policer in sorted(old.policers.items()):
        if name not in new.policers:
            plan.add(
                f"PolicerDelete {name}",
                partial(dev.policer_delete, name),
                partial(dev.policer_set, name, policer, False),
            )


def _plan_replace_unknown(plan: Plan, dev: Device, spec: FilterSpec) -> None:
    """The filter is on the device but nothing says what it holds: unbind, delete, program."""

    def unbind_quietly(binding: dict[str, str]) -> None:
        try:
            dev.bind(spec, binding, False)
        except StepRefused:
            pass  # it was not bound there

    for binding in spec.bind:
        plan.add(
            f"FilterBindDelete {binding['interface']} {binding['direction']} (if bound)",
            partial(unbind_quietly, binding),
            None,
        )
    plan.add(f"FilterDelete {spec.name} (unknown content)", lambda: dev.filter_delete(spec), None)
    for name, policer in sorted(spec.policers.items()):

        def add_or_modify(n: str = name, p: dict[str, Any] = policer) -> None:
            try:
                dev.policer_set(n, p, False)
            except StepRefused:
                dev.policer_set(n, p, True)

        plan.add(f"PolicerAdd {name}", add_or_modify, None)
    plan.add(f"FilterAdd {spec.name}", lambda: dev.filter_add(spec), None)
    for binding in spec.bind:
        plan.add(
            f"FilterBindAdd {binding['interface']} {binding['direction']}",
            partial(dev.bind, spec, binding, True),
            partial(dev.bind, spec, binding, False),
        )


# == firewall_filter =============================================================================
FILTER_SPEC: dict[str, Any] = {
    "name": {"type": "str", "required": True},
    "family": {"type": "str", "default": "inet", "choices": list(FAMILIES)},
    "terms": {"type": "list", "elements": "raw"},
    "policers": {"type": "list", "elements": "raw"},
    "bind": {"type": "list", "elements": "raw"},
    "state": {"type": "str", "default": "present", "choices": ["present", "absent"]},
    "purge_time": {"type": "int"},
    "state_dir": {"type": "path", "default": DEFAULT_STATE_DIR},
}


def run_filter(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    need_proto()
    state = params["state"]
    family = params["family"]
    name = check_name(params["name"], "name")
    purge_time = params.get("purge_time")
    if purge_time is not None and not 0 <= purge_time <= 86400:
        raise TaskError(f"purge_time must be within 0..86400 seconds (0 removes the timer), got {purge_time}")
    bind = canonical_bind(params.get("bind"))
    if state == "absent":
        # only the names matter when removing: a policer may be given by its name alone
        policers: dict[str, dict[str, Any]] = {}
        for index, item in enumerate(as_list(params.get("policers"))):
            given = item.get("name") if isinstance(item, dict) else item
            policers[check_name(given, f"policers[{index}].name")] = {}
    else:
        policers = canonical_policers(params.get("policers"))
    if state == "present":
        terms = canonical_terms(params.get("terms"), family, policers)
        unused = sorted(set(policers) - {t["then"]["policer"] for t in terms if "policer" in t["then"]})
        if unused:
            raise TaskError(f"policers: {', '.join(unused)} not used by any term (each policer belongs to this filter)")
        counters = [t["then"]["count"] for t in terms if "count" in t["then"]]
        dupes = sorted({c for c in counters if counters.count(c) > 1})
        if dupes:
            raise TaskError(f"terms: counter(s) {', '.join(dupes)} used by more than one term")
    else:
        terms = []
    desired = FilterSpec(name, family, terms, policers, bind)
    try:
        info = api.info()
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    record = Record(params["state_dir"], str(info.get("target", "")), str(info.get("client_id", "")))
    recorded = record.get(desired.key)
    dev = Device(api)
    purge_changed = set_purge_time(api, purge_time, ctx.check_mode) if purge_time is not None else False
    try:
        probe = recorded.counters() if recorded is not None else desired.counters()
        exists, verified_by = dev.exists(name, probe)
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    if not exists:
        current: FilterSpec | None = None
        before_text = ""
    elif recorded is not None:
        current = recorded
        before_text = recorded.text()
    else:
        current = None
        before_text = f"filter {name} (family {family}): on the device, content unknown (no record in {record.path})\n"
    plan = Plan()
    after_text = ""
    if state == "present":
        after_text = desired.text()
        if exists and recorded is None:
            _plan_replace_unknown(plan, dev, desired)
        elif current is None:
            _plan_create(plan, dev, desired)
        elif current != desired:
            _plan_change(plan, dev, current, desired)
    elif exists:
        if recorded is not None:
            _plan_remove(plan, dev, recorded)
        else:
            gone = FilterSpec(name, family, [], policers, bind)

            def unbind_quietly(binding: dict[str, str]) -> None:
                try:
                    dev.bind(gone, binding, False)
                except StepRefused:
                    pass

            for binding in bind:
                plan.add(
                    f"FilterBindDelete {binding['interface']} {binding['direction']} (if bound)",
                    partial(unbind_quietly, binding),
                    None,
                )
            plan.add(f"FilterDelete {name}", lambda: dev.filter_delete(gone), None)
            for policer in sorted(policers):
                plan.add(f"PolicerDelete {policer}", partial(dev.policer_delete, policer), None)
    changed = bool(plan.steps) or purge_changed
    result: dict[str, Any] = {
        "changed": changed,
        "filter": desired.to_dict() if state == "present" else None,
        "operations": [s.what for s in plan.steps],
        "existed": exists,
        "verified_by": verified_by,
        "state_file": record.path,
    }
    if ctx.diff and plan.steps:
        result["diff"] = {"before": before_text, "after": after_text}
    if ctx.check_mode:
        return result
    try:
        plan.run()
    except TaskError as exc:
        if exc.extra.get("rollback_error"):
            record.drop(desired.key)  # the device is in an unknown state now: verify afresh next time
            record.save()
        raise
    if state == "present":
        if recorded != desired or not exists:
            record.put(desired)
            record.save()
    elif desired.key in record.filters:
        record.drop(desired.key)
        record.save()
    return result


FIREWALL_FILTER = ModuleSpec(
    name="firewall_filter",
    argument_spec=FILTER_SPEC,
    run=run_filter,
    required_if=[["state", "present", ["terms"]]],
)


# == firewall_counter_info =======================================================================
COUNTER_SPEC: dict[str, Any] = {
    "filter": {"type": "str", "required": True},
    "counters": {"type": "list", "elements": "str"},
    "policers": {"type": "list", "elements": "str"},
    "state_dir": {"type": "path", "default": DEFAULT_STATE_DIR},
}


def run_counters(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    need_proto()
    name = check_name(params["filter"], "filter")
    counters = [check_name(c, "counters item") for c in params.get("counters") or []]
    policers = [check_name(p, "policers item") for p in params.get("policers") or []]
    source = "given"
    if not counters and not policers:
        try:
            info = api.info()
        except JetError as exc:
            raise TaskError(exc.message, jet_status=exc.status) from None
        record = Record(params["state_dir"], str(info.get("target", "")), str(info.get("client_id", "")))
        specs = [s for s in (record.get(f"{f}/{name}") for f in FAMILIES) if s is not None]
        if specs:
            source = "record"
            counters = sorted({c for s in specs for c in s.counters()})
            policers = sorted({p for s in specs for p in s.policers})
        else:
            source = "show firewall"
            counters, policers = listed_names(api, name)
    dev = Device(api)
    out_counters: dict[str, dict[str, int]] = {}
    out_policers: dict[str, dict[str, int]] = {}
    try:
        for counter in counters:
            reply = dev.counter(name, counter)
            out_counters[counter] = {"packets": int(reply.packets), "bytes": int(reply.bytes)}
        for policer in policers:
            reply = dev.counter(name, policer, policer=True)
            out_policers[policer] = {"packets": int(reply.packets), "bytes": int(reply.bytes)}
    except StepRefused as exc:
        raise TaskError(f"filter {name}: reading {exc.what} failed: {exc.message}") from None
    return {"changed": False, "filter": name, "counters": out_counters, "policers": out_policers, "names_from": source}


FIREWALL_COUNTER_INFO = ModuleSpec(name="firewall_counter_info", argument_spec=COUNTER_SPEC, run=run_counters)
