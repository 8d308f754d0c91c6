# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.route and jetkit.junos.route_info: plan, apply, undo (PRIVATE).

``route`` is declarative: it reads this client's routes back (one ``RouteGet`` stream per table,
decoded lazily: only keys, plus the routes that are compared or reported), plans what to add,
modify and remove, and sends at most 1000 routes per request, all requests of one kind in one
batch that the gateway pipelines on the channel and stops at the first refused one. The input is
checked first (:mod:`.route_input`: nothing is sent when a route is bad). If the device refuses a
route in the middle of the work, everything this task already applied is undone and the task
fails naming the route, the device's message, and what was rolled back. The service calls and
messages are in :mod:`.rib_calls`.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError
from .errors import JetError
from .rib_calls import (
    BatchFailed,
    RequestBuilder,
    already_initialized,
    as_route,
    from_entry,
    initialize,
    read_entries,
    read_routes,
    send,
    set_purge_time,
    table_routes,
)
from .route_input import MAX_BATCH, PROTOCOLS, TABLES, RouteDef, normalise_routes, routes_from_file
from .services import need_proto

# -- route ---------------------------------------------------------------------------------------------
ROUTE_SPEC: dict[str, Any] = {
    "routes": {"type": "list", "elements": "raw"},
    "src": {"type": "path"},
    "state": {"type": "str", "default": "present", "choices": ["present", "absent", "replaced"]},
    "protocol": {"type": "str", "default": "static", "choices": list(PROTOCOLS)},
    "purge_time": {"type": "int"},
    "batch_size": {"type": "int", "default": MAX_BATCH},
}


def run_route(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    need_proto()
    state = params["state"]
    batch = params["batch_size"]
    if not 1 <= batch <= MAX_BATCH:
        raise TaskError(f"batch_size must be within 1..{MAX_BATCH}, got {batch}")
    purge_time = params.get("purge_time")
    if purge_time is not None and not 0 <= purge_time <= 86400:
        raise TaskError(f"purge_time must be within 0..86400 seconds (0 removes the timer), got {purge_time}")
    routes = params.get("routes")
    if params.get("src"):
        routes = routes_from_file(ctx, params["src"])
    desired = normalise_routes(routes, state, params["protocol"])
    try:
        init = initialize(api)
        purge_changed = set_purge_time(api, purge_time, ctx.check_mode) if purge_time is not None else False
        tables = sorted({r.table for r in desired} | (set(TABLES) if state == "replaced" else set()))
        current: dict[tuple[str, str], Any] = {}  # RouteEntry messages, decoded when needed
        for table in tables:
            current.update(read_entries(api, table))
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    to_add: list[RouteDef] = []
    to_modify: list[tuple[RouteDef, RouteDef]] = []
    to_remove: list[tuple[str, str]] = []  # keys
    if state == "absent":
        to_remove = [r.key for r in desired if r.key in current]
    else:
        for route in desired:
            key = (route.table, route.prefix)
            entry = current.get(key)
            if entry is None:
                to_add.append(route)
                continue
            old = from_entry(entry, key)
            if old != route:
                to_modify.append((old, route))
        if state == "replaced":
            wanted = {r.key for r in desired}
            to_remove = [key for key in sorted(current) if key not in wanted]
    changed = bool(to_add or to_modify or to_remove) or purge_changed
    result: dict[str, Any] = {
        "changed": changed,
        "added": [r.prefix for r in to_add],
        "modified": [new.prefix for _old, new in to_modify],
        "removed": [prefix for _key, prefix in to_remove],
        "counts": {
            "added": len(to_add),
            "modified": len(to_modify),
            "removed": len(to_remove),
            "unchanged": len(desired) - len(to_add) - len(to_modify) - (len(to_remove) if state == "absent" else 0),
        },
        "client_routes_before": int(init.num_client_routes)
        if not already_initialized(init)
        else len(current),
    }
    if ctx.diff and changed:
        removed = [from_entry(current[key], key) for key in to_remove]
        before = sorted(r.line() for r in [*[o for o, _new in to_modify], *removed])
        after = sorted(r.line() for r in [*to_add, *[n for _old, n in to_modify]])
        result["diff"] = {
            "before": "\n".join(before) + ("\n" if before else ""),
            "after": "\n".join(after) + ("\n" if after else ""),
        }
    if ctx.check_mode or not changed:
        return result
    builder = RequestBuilder()
    applied: list[tuple[str, list[Any]]] = []
    try:
        work: tuple[tuple[str, list[Any]], ...] = (
            ("RouteDelete", to_remove),
            ("RouteAdd", to_add),
            ("RouteModify", [new for _old, new in to_modify]),
        )
        for method, items in work:
            if items:
                try:
                    send(api, method, items, batch, builder)
                except BatchFailed as exc:
                    applied.append((method, exc.done))
                    raise
                applied.append((method, items))
    except BatchFailed as exc:
        rolled_back, rollback_error = _rollback(api, applied, current, batch, builder)
        if isinstance(exc.refused, RouteDef):
            failed: dict[str, Any] | None = exc.refused.to_result()
            what = f"route {exc.refused.prefix} in {exc.refused.table}"
        elif exc.refused is not None:  # a key of RouteDelete
            table, prefix = exc.refused
            failed = from_entry(current[exc.refused], exc.refused).to_result() if exc.refused in current else None
            failed = failed or {"prefix": prefix, "table": table}
            what = f"the removal of route {prefix} in {table}"
        else:
            failed, what = None, "a route"
        message = f"the device refused {what}: {exc.message}"
        if rollback_error:
            message += f"; undoing the {rolled_back} change(s) already made failed too: {rollback_error}"
        else:
            message += (
                f"; the {rolled_back} change(s) this task had already made were undone, nothing is left half-applied"
            )
        raise TaskError(message, failed_route=failed, rolled_back=rolled_back, rollback_error=rollback_error) from None
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    return result


def _rollback(
    api: JetApi,
    applied: list[tuple[str, list[Any]]],
    before: dict[tuple[str, str], Any],
    batch: int,
    builder: RequestBuilder,
) -> tuple[int, str | None]:
    count = 0
    try:
        for method, items in reversed(applied):
            if not items:
                continue
            if method == "RouteAdd":
                send(api, "RouteDelete", [r.key for r in items], batch, builder)
            elif method == "RouteModify":
                send(api, "RouteModify", [as_route(before[r.key], r.key) for r in items], batch, builder)
            else:  # RouteDelete: items are keys
                send(api, "RouteAdd", [as_route(before[key], key) for key in items], batch, builder)
            count += len(items)
    except (BatchFailed, JetError) as exc:
        return count, str(getattr(exc, "message", exc))
    return count, None


ROUTE = ModuleSpec(
    name="route",
    argument_spec=ROUTE_SPEC,
    run=run_route,
    mutually_exclusive=[["routes", "src"]],
    passed_through=("routes",),
)


# -- route_info ---------------------------------------------------------------------------------------
ROUTE_INFO_SPEC: dict[str, Any] = {
    "tables": {"type": "list", "elements": "str", "default": ["inet.0", "inet6.0"]},
    "prefix": {"type": "str"},
    "programmed": {"type": "bool", "default": True},
    "table_routes": {"type": "bool", "default": False},
}


def run_route_info(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    need_proto()
    tables = params["tables"] or list(TABLES)
    for table in tables:
        if table not in TABLES:
            raise TaskError(f"table {table!r} is not known ({', '.join(TABLES)})")
    prefix = params.get("prefix")
    network = None
    if prefix:
        try:
            network = ipaddress.ip_network(prefix, strict=False)
        except ValueError as exc:
            raise TaskError(f"prefix {prefix!r} is not valid: {exc}") from None
    result: dict[str, Any] = {"changed": False}
    try:
        if params["programmed"]:
            initialize(api)
            programmed = []
            for table in tables:
                for route in read_routes(api, table).values():
                    net = ipaddress.ip_network(route.prefix)
                    if network is not None and (net.version != network.version or not net.subnet_of(network)):  # type: ignore[arg-type]
                        continue
                    programmed.append(route.to_result())
            result["programmed"] = sorted(
                programmed,
                key=lambda r: (
                    r["table"],
                    ipaddress.ip_network(r["prefix"]).version,
                    int(ipaddress.ip_network(r["prefix"]).network_address),
                    ipaddress.ip_network(r["prefix"]).prefixlen,
                ),
            )
        if params["table_routes"]:
            result["routes"] = [
                r for table in tables for r in table_routes(api, table, str(network) if network else None)
            ]
    except JetError as exc:
        raise TaskError(exc.message, jet_status=exc.status) from None
    return result


ROUTE_INFO = ModuleSpec(name="route_info", argument_spec=ROUTE_INFO_SPEC, run=run_route_info)
