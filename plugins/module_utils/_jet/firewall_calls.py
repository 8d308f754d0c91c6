# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The firewall service calls of firewall_filter and firewall_counter_info (PRIVATE).

Filters, policers and bindings as ``jnx.jet.firewall`` messages of the generated stubs, sent as
typed calls through :class:`.api.JetApi`. Every call that changes the device raises
:class:`.steps.StepRefused` when the device refuses it, so a plan can undo what came before.
"""

from __future__ import annotations

from typing import Any

from .api import JetApi
from .common import TaskError, parse_json
from .errors import JetError
from .filter_input import FAMILIES, MATCHES, NON_TERMINATING_FLAGS, REJECT_REASONS, FilterSpec
from .services import FIREWALL, failed
from .steps import StepRefused

try:
    from google.protobuf.json_format import ParseDict

    from .proto import jnx_firewall_service_pb2 as fw_pb2
except ImportError:  # pragma: no cover - services.need_proto() says what is missing
    fw_pb2 = None  # type: ignore[assignment]
    ParseDict = None  # type: ignore[assignment]


def _term_message(term: dict[str, Any], family: str, op: str, policers: dict[str, dict[str, Any]]) -> Any:
    matches: dict[str, list[dict[str, Any]]] = {}
    for key, values in term["from"].items():
        inet_field, inet6_field, kind = MATCHES[key][:3]
        wire = inet6_field if family == "inet6" else inet_field
        items = []
        for value in values:
            text, _sep, negate = value.partition(" ")
            operation = "OP_NOT_EQUAL" if negate == "except" else "OP_EQUAL"
            if kind == "prefix":
                address, _sep, length = text.partition("/")
                items.append({"addr": {"addr_string": address}, "prefix_length": int(length), "operation": operation})
            else:
                low, _sep, high = text.partition("-")
                items.append({"min": int(low), "max": int(high or low), "operation": operation})
        matches[str(wire)] = items
    then = term["then"]
    action_t: dict[str, Any] = {}
    if then.get("accept"):
        action_t["accept"] = True
    elif then.get("discard"):
        action_t["discard"] = True
    elif "reject" in then:
        prefix = REJECT_REASONS[family][0]
        action_t["reject"] = prefix + str(then["reject"]).replace("-", "_").upper()
    elif "routing_instance" in then:
        action_t["routing_instance_name"] = then["routing_instance"]
    actions_nt: dict[str, Any] = {}
    if "count" in then:
        actions_nt["count"] = {"counter_name": then["count"]}
    if "policer" in then:
        actions_nt["policer"] = {"policer": _policer_dict(then["policer"], policers[then["policer"]])}
    for flag in NON_TERMINATING_FLAGS:
        if then.get(flag):
            actions_nt[flag] = True
    body: dict[str, Any] = {"term_name": term["name"], "term_op": op}
    if op != "TERM_OPERATION_DELETE":
        body["matches"] = matches
        body["actions"] = {k: v for k, v in (("actions_nt", actions_nt), ("action_t", action_t)) if v}
    return ParseDict({f"{family}_term": body}, fw_pb2.FilterTerm())


def _policer_dict(name: str, policer: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "type": "TWO_COLOR_POLICER",
        "flag": "POLICER_FLAG_FILTER_SPECIFIC",
        "params": {
            "two_color_parameter": {
                "bandwidth": str(policer["bandwidth"]),
                "burst_size": str(policer["burst_size"]),
                "discard": policer["discard"],
            }
        },
    }


class Device:
    """The firewall calls the module makes, each raising :class:`StepRefused` on a refusal."""

    def __init__(self, api: JetApi) -> None:
        self.api = api

    def call(self, method: str, request: Any, what: str) -> Any:
        try:
            reply = self.api.unary(FIREWALL, method, request)
        except JetError as exc:
            raise StepRefused(what, exc.message) from None
        if failed(reply):
            raise StepRefused(what, reply.status.message or "refused without a message")
        return reply

    def filter_add(self, spec: FilterSpec) -> None:
        request = fw_pb2.FilterAddRequest(
            name=spec.name,
            type=fw_pb2.TYPE_CLASSIC,
            family=FAMILIES[spec.family],
            terms_list=[_term_message(t, spec.family, "TERM_OPERATION_INVALID", spec.policers) for t in spec.terms],
        )
        self.call("FilterAdd", request, f"FilterAdd {spec.name}")

    def filter_delete(self, spec: FilterSpec) -> None:
        request = fw_pb2.FilterDeleteRequest(name=spec.name, family=FAMILIES[spec.family])
        self.call("FilterDelete", request, f"FilterDelete {spec.name}")

    def filter_modify(self, old: FilterSpec, new: FilterSpec) -> None:
        request = fw_pb2.FilterModifyRequest(
            name=new.name, type=fw_pb2.TYPE_CLASSIC, family=FAMILIES[new.family], terms_list=term_ops(old, new)
        )
        self.call("FilterModify", request, f"FilterModify {new.name}")

    def bind(self, spec: FilterSpec, binding: dict[str, str], add: bool) -> None:
        cls = fw_pb2.FilterObjBindAddRequest if add else fw_pb2.FilterObjBindDeleteRequest
        request = cls(
            filter=fw_pb2.Filter(name=spec.name, family=FAMILIES[spec.family]),
            obj_type=fw_pb2.BIND_OBJ_TYPE_INTERFACE,
            bind_object=fw_pb2.FilterBindObjPoint(interface_name=binding["interface"]),
            bind_direction=fw_pb2.BIND_DIRECTION_INPUT
            if binding["direction"] == "input"
            else fw_pb2.BIND_DIRECTION_OUTPUT,
            bind_family=FAMILIES[spec.family],
        )
        method = "FilterBindAdd" if add else "FilterBindDelete"
        self.call(method, request, f"{method} {spec.name} {binding['interface']} {binding['direction']}")

    def policer_set(self, name: str, policer: dict[str, Any], modify: bool) -> None:
        cls = fw_pb2.PolicerModifyRequest if modify else fw_pb2.PolicerAddRequest
        request = ParseDict(_policer_dict(name, policer), cls())
        method = "PolicerModify" if modify else "PolicerAdd"
        self.call(method, request, f"{method} {name}")

    def policer_delete(self, name: str) -> None:
        request = fw_pb2.PolicerDeleteRequest(
            name=name, type=fw_pb2.TWO_COLOR_POLICER, flag=fw_pb2.POLICER_FLAG_FILTER_SPECIFIC
        )
        self.call("PolicerDelete", request, f"PolicerDelete {name}")

    def counter(self, filter_name: str, counter: str, policer: bool = False) -> Any:
        """(packets, bytes) of a counter, or raise StepRefused."""
        if policer:
            request: Any = fw_pb2.PolicerCounterGetRequest(filter_name=filter_name, counter_name=counter)
            return self.call("PolicerCounterGet", request, f"policer counter {counter}")
        request = fw_pb2.FilterCounterGetRequest(filter_name=filter_name, counter_name=counter)
        return self.call("FilterCounterGet", request, f"counter {counter}")

    def exists(self, name: str, counters: list[str]) -> tuple[bool, str]:
        """Whether a filter called ``name`` is on the device, and how that was found out."""
        for counter in counters[:1]:
            try:
                self.counter(name, counter)
                return True, f"FilterCounterGet {name}/{counter}"
            except StepRefused:
                pass
        command = f"show firewall filter {name}"
        try:
            self.api.op_command(command, "xml")
        except JetError:
            return False, command
        return True, command


def term_ops(old: FilterSpec, new: FilterSpec) -> list[Any]:
    """Term operations turning ``old`` into ``new`` (one FilterModify, applied in order).

    Same term names in the same order: only the changed terms are replaced. Otherwise every old
    term is deleted and the new ones added in order (the request is applied as a whole).
    """
    old_names = [t["name"] for t in old.terms]
    new_names = [t["name"] for t in new.terms]
    if old_names == new_names:
        return [
            _term_message(n, new.family, "TERM_OPERATION_REPLACE", new.policers)
            for o, n in zip(old.terms, new.terms, strict=True)
            if o != n
        ]
    deletes = [_term_message(t, old.family, "TERM_OPERATION_DELETE", old.policers) for t in old.terms]
    adds = [_term_message(t, new.family, "TERM_OPERATION_ADD", new.policers) for t in new.terms]
    return deletes + adds


def set_purge_time(api: JetApi, seconds: int, check_mode: bool) -> bool:
    """Make the client's filters purge time ``seconds`` (0: none); whether that changes anything."""
    dev = Device(api)
    try:
        current = api.unary(FIREWALL, "FiltersPurgeTimerGet", fw_pb2.FiltersPurgeTimerGetRequest())
    except JetError as exc:
        raise TaskError(f"reading the filters purge time failed: {exc.message}", jet_status=exc.status) from None
    if not failed(current) and current.time == seconds:
        return False
    if check_mode:
        return True
    try:
        if seconds:
            request = fw_pb2.FiltersPurgeTimerAddRequest(time=seconds)
            dev.call("FiltersPurgeTimerAdd", request, f"FiltersPurgeTimerAdd {seconds}")
        else:
            dev.call("FiltersPurgeTimerDelete", fw_pb2.FiltersPurgeTimerDeleteRequest(), "FiltersPurgeTimerDelete")
    except StepRefused as exc:
        raise TaskError(f"setting the filters purge time to {seconds}s failed: {exc.message}") from None
    return True


def listed_names(api: JetApi, name: str) -> tuple[list[str], list[str]]:
    """Counter and policer names of a filter from ``show firewall filter NAME`` (JSON)."""
    command = f"show firewall filter {name}"
    try:
        data = parse_json(api.op_command(command, "json"), command)
    except JetError as exc:
        raise TaskError(f"filter {name}: {exc.message}", jet_status=exc.status) from None
    counters: list[str] = []
    policers: list[str] = []
    for info in data.get("firewall-information", []) if isinstance(data, dict) else []:
        for flt in info.get("filter-information", []):
            if flt.get("filter-name", [{}])[0].get("data") != name:
                continue
            for entry in flt.get("counter", []):
                counters.append(str(entry["counter-name"][0]["data"]))
            for entry in flt.get("policer", []):
                policers.append(str(entry["policer-name"][0]["data"]))
    return counters, policers
