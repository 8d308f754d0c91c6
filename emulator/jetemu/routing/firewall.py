"""Firewall filters, policers and bindings programmed through ``jnx.jet.firewall.Firewall``.

Terms are kept as plain dictionaries shaped like the wire messages (``MessageToDict`` with proto
field names), so every match condition and action the IDL carries is stored as sent.

Traffic simulation (how counters move): :meth:`FirewallState.simulate` runs packets through the
filters bound to a logical interface in one direction, term by term, like the PFE would: the
``count`` action adds to the term's counter, a ``policer`` action adds to the policer's counter,
the first terminating action (accept/discard/reject/routing-instance) ends the walk, and a
packet no term accepts is discarded (Junos' implicit final discard). The op command
``test firewall traffic`` (see :func:`register_commands`) drives it, so any client can move
counters; match conditions evaluated are addresses, ports, protocols, ICMP type/code, DSCP,
packet length and TTL (inet and inet6 terms); a term with other conditions never matches a
simulated packet.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..device.model import Change, DeviceError

if TYPE_CHECKING:
    from ..device.model import Device

FAMILIES = ("inet", "inet6", "es", "vpls", "multiservice", "ccc", "mpls")
TERM_KINDS = {
    "inet_term": "inet",
    "inet6_term": "inet6",
    "es_term": "es",
    "vpls_term": "vpls",
    "ccc_term": "ccc",
    "mservice_term": "multiservice",
    "mpls_term": "mpls",
}
POLICER_PARAMS = {
    "TWO_COLOR_POLICER": "two_color_parameter",
    "SINGLE_RATE_THREE_COLOR_POLICER": "single_rate_tricolor_parameter",
    "TWO_RATE_THREE_COLOR_POLICER": "two_rate_tricolor_parameter",
    "HIERARCHICAL_POLICER": "hierarchical_parameter",
}
TERMINATING = (
    "accept",
    "discard",
    "reject",
    "routing_instance_name",
    "send_to_host",
    "send_to_client",
    "nh",
    "topo_redirect",
)
ADDRESS_KEYS = {
    "ipv4_dst_addrs": "destination",
    "ipv6_dst_addrs": "destination",
    "ipv4_src_addrs": "source",
    "ipv6_src_addrs": "source",
    "ipv4_addrs": "either-address",
    "ipv6_addrs": "either-address",
}
RANGE_KEYS = {
    "dst_ports": "destination_port",
    "src_ports": "source_port",
    "ports": "either-port",
    "protocols": "protocol",
    "payload_protocols": "protocol",
    "icmp_types": "icmp_type",
    "icmp_codes": "icmp_code",
    "dscp_codes": "dscp",
    "packet_lengths": "length",
    "ttls": "ttl",
}


class FirewallError(Exception):
    """A refused firewall operation; ``code`` is a ``StatusCode`` name of the responses."""

    def __init__(self, message: str, code: str = "EINVALID_MESSAGE") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass
class Term:
    name: str
    body: dict[str, Any]  # {"matches": {...}, "actions": {...}} as on the wire

    @property
    def counter(self) -> str | None:
        name = self.body.get("actions", {}).get("actions_nt", {}).get("count", {}).get("counter_name")
        return str(name) if name else None

    @property
    def policer(self) -> str | None:
        name = self.body.get("actions", {}).get("actions_nt", {}).get("policer", {}).get("policer", {}).get("name")
        return str(name) if name else None


@dataclass
class Filter:
    name: str
    family: str
    owner: str
    terms: list[Term] = field(default_factory=list)
    version: int = 1

    def counters(self) -> list[str]:
        return sorted({t.counter for t in self.terms if t.counter})

    def policers(self) -> list[str]:
        return sorted({t.policer for t in self.terms if t.policer})


@dataclass
class Policer:
    name: str
    kind: str
    flag: str
    params: dict[str, Any]
    owner: str


@dataclass(frozen=True)
class Binding:
    filter: str
    family: str
    interface: str
    direction: str  # "input" | "output"


@dataclass
class Packet:
    family: str = "inet"
    source: str = ""
    destination: str = ""
    protocol: int = 0
    source_port: int = 0
    destination_port: int = 0
    icmp_type: int = 0
    icmp_code: int = 0
    dscp: int = 0
    length: int = 100
    ttl: int = 64


class FirewallState:
    def __init__(self, device: Device) -> None:
        self.device = device
        self.filters: dict[tuple[str, str], Filter] = {}
        self.policers: dict[str, Policer] = {}
        self.bindings: list[Binding] = []
        self.counters: dict[tuple[str, str], list[int]] = {}  # (filter, counter) -> [packets, bytes]
        self.policer_counters: dict[tuple[str, str], list[int]] = {}  # (filter, policer counter name)
        self.purge_times: dict[str, int] = {}
        self.pileups: set[str] = set()  # clients between legacy AccessListPileupStart and End

    # -- ownership and purge --------------------------------------------------------------------
    def has_state(self, client_id: str) -> bool:
        return any(f.owner == client_id for f in self.filters.values()) or any(
            p.owner == client_id for p in self.policers.values()
        )

    def purge_time(self, client_id: str) -> int | None:
        return self.purge_times.get(client_id)

    def purge(self, client_id: str) -> int:
        mine = [f for f in self.filters.values() if f.owner == client_id]
        names = {(f.name, f.family) for f in mine}
        self.bindings = [b for b in self.bindings if (b.filter, b.family) not in names]
        changes = []
        for flt in mine:
            del self.filters[(flt.name, flt.family)]
            self._drop_counters(flt.name)
            changes.append(self._event("delete", flt, client_id))
        for name in [p.name for p in self.policers.values() if p.owner == client_id]:
            del self.policers[name]
        self.pileups.discard(client_id)
        self.device.emit(changes)
        return len(mine)

    def _drop_counters(self, name: str) -> None:
        if any(f.name == name for f in self.filters.values()):
            return
        for table in (self.counters, self.policer_counters):
            for key in [k for k in table if k[0] == name]:
                del table[key]

    def _event(self, op: str, flt: Filter, client_id: str, interface: str = "") -> Change:
        return Change(
            "firewall",
            op,
            flt.name,
            {
                "name": flt.name,
                "version": flt.version,
                "client-id": client_id,
                "filter-type": "classic",
                "protocol": flt.family,
                "interface-name": interface,
                "flags": 0,
            },
        )

    def _owned(self, name: str, family: str, client_id: str) -> Filter:
        flt = self.filters.get((name, family))
        if flt is None:
            raise FirewallError(f"filter '{name}' (family {family}) does not exist")
        if flt.owner != client_id:
            raise FirewallError(f"filter '{name}' belongs to client '{flt.owner}', not to '{client_id}'")
        return flt

    # -- validation -----------------------------------------------------------------------------
    def _check_terms(
        self, family: str, terms: list[tuple[str, dict[str, Any]]], *, ops: bool
    ) -> list[tuple[str, Term]]:
        out: list[tuple[str, Term]] = []
        for index, (kind, body) in enumerate(terms):
            where = f"term {index + 1}"
            term_family = TERM_KINDS.get(kind)
            if term_family is None:
                raise FirewallError(f"{where}: no term given (set one of {', '.join(TERM_KINDS)})")
            if term_family != family:
                raise FirewallError(f"{where}: a {kind} cannot go into a family {family} filter")
            name = str(body.get("term_name", ""))
            if not name:
                raise FirewallError(f"{where}: term_name is empty")
            where = f"term '{name}'"
            op = str(body.get("term_op", "TERM_OPERATION_INVALID"))
            if ops and op == "TERM_OPERATION_INVALID":
                raise FirewallError(f"{where}: term_op must be TERM_OPERATION_ADD, _DELETE or _REPLACE")
            if op != "TERM_OPERATION_DELETE":
                self._check_body(where, body)
            out.append(
                (
                    op,
                    Term(
                        name,
                        {
                            "matches": body.get("matches", {}),
                            "actions": body.get("actions", {}),
                            "adjacency": body.get("adjacency", {}),
                        },
                    ),
                )
            )
        return out

    def _check_body(self, where: str, body: dict[str, Any]) -> None:
        matches = body.get("matches", {})
        for key, items in matches.items():
            if key in ADDRESS_KEYS:
                for item in items:
                    address = item.get("addr", {}).get("addr_string", "")
                    length = int(item.get("prefix_length", 0))
                    try:
                        ip = ipaddress.ip_address(address)
                        ipaddress.ip_network(f"{address}/{length}", strict=False)
                    except ValueError:
                        raise FirewallError(f"{where}: {key}: '{address}/{length}' is not a valid prefix") from None
                    if ("ipv6" in key) != (ip.version == 6):
                        raise FirewallError(f"{where}: {key}: {address} is an IPv{ip.version} address")
            elif key in RANGE_KEYS:
                top = (
                    65535
                    if "port" in key
                    else 255
                    if key in ("protocols", "payload_protocols", "icmp_types", "icmp_codes", "ttls")
                    else 63
                    if key == "dscp_codes"
                    else 65535
                )
                for item in items:
                    low, high = _bounds(item)
                    if high > top:
                        raise FirewallError(f"{where}: {key}: {high} is out of range (0..{top})")
                    if low > high:
                        raise FirewallError(f"{where}: {key}: min {low} is greater than max {high}")
        actions = body.get("actions", {})
        terminating = actions.get("action_t", {})
        if len(terminating) > 1:
            raise FirewallError(f"{where}: more than one terminating action: {', '.join(sorted(terminating))}")
        policer = actions.get("actions_nt", {}).get("policer", {}).get("policer", {}).get("name")
        if policer and policer not in self.policers:
            raise FirewallError(f"{where}: policer '{policer}' does not exist (add it with PolicerAdd first)")
        counter = actions.get("actions_nt", {}).get("count", {})
        if "count" in actions.get("actions_nt", {}) and not counter.get("counter_name"):
            raise FirewallError(f"{where}: count action without a counter_name")

    # -- filters --------------------------------------------------------------------------------
    def add(self, client_id: str, name: str, ftype: str, family: str, terms: list[tuple[str, dict[str, Any]]]) -> None:
        family = self._family(family)
        if not name:
            raise FirewallError("filter name is empty")
        if ftype != "TYPE_CLASSIC":
            raise FirewallError(f"filter type {ftype} is not supported; use TYPE_CLASSIC")
        if (name, family) in self.filters:
            raise FirewallError(f"filter '{name}' (family {family}) already exists; use FilterModify to change it")
        checked = self._check_terms(family, terms, ops=False)
        names = [t.name for _, t in checked]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise FirewallError(f"filter '{name}': duplicate term name(s): {', '.join(dupes)}")
        flt = Filter(name, family, client_id, [t for _, t in checked])
        self.filters[(name, family)] = flt
        self._seed_counters(flt)
        self.device.emit([self._event("add", flt, client_id)])

    def modify(self, client_id: str, name: str, family: str, terms: list[tuple[str, dict[str, Any]]]) -> None:
        family = self._family(family)
        flt = self._owned(name, family, client_id)
        checked = self._check_terms(family, terms, ops=True)
        new_terms = list(flt.terms)
        for op, term in checked:
            position = next((i for i, t in enumerate(new_terms) if t.name == term.name), None)
            if op == "TERM_OPERATION_DELETE":
                if position is None:
                    raise FirewallError(f"filter '{name}': cannot delete term '{term.name}': no such term")
                del new_terms[position]
            elif op == "TERM_OPERATION_REPLACE":
                if position is None:
                    raise FirewallError(f"filter '{name}': cannot replace term '{term.name}': no such term")
                new_terms[position] = term
            else:
                if position is not None:
                    raise FirewallError(f"filter '{name}': term '{term.name}' already exists (use REPLACE)")
                new_terms.insert(self._insert_at(name, new_terms, term), term)
        flt.terms = new_terms
        flt.version += 1
        self._seed_counters(flt)
        self.device.emit([self._event("change", flt, client_id)])

    @staticmethod
    def _insert_at(name: str, terms: list[Term], term: Term) -> int:
        adjacency = term.body.get("adjacency", {})
        other = adjacency.get("term_name")
        if not other:
            return len(terms)
        position = next((i for i, t in enumerate(terms) if t.name == other), None)
        if position is None:
            raise FirewallError(
                f"filter '{name}': term '{term.name}' is placed next to '{other}', which does not exist"
            )
        return position if adjacency.get("type") == "TERM_BEFORE" else position + 1

    def delete(self, client_id: str, name: str, family: str) -> None:
        family = self._family(family)
        flt = self._owned(name, family, client_id)
        bound = [b for b in self.bindings if (b.filter, b.family) == (name, family)]
        if bound:
            where = ", ".join(f"{b.interface} {b.direction}" for b in bound)
            raise FirewallError(f"filter '{name}' is bound to {where}; remove the binding(s) first")
        del self.filters[(name, family)]
        self._drop_counters(name)
        self.device.emit([self._event("delete", flt, client_id)])

    def policer_counter(self, term: Term) -> str | None:
        """The policer counter a term counts in, named as Junos names it (and as the JET IDL asks for it).

        A term-specific policer (the default) has one instance per term: ``<policer>-<term>``; a
        filter-specific one (``POLICER_FLAG_FILTER_SPECIFIC``) one per filter: ``<policer>``.
        """
        if not term.policer:
            return None
        policer = self.policers.get(term.policer)
        if policer is not None and policer.flag.endswith("FILTER_SPECIFIC"):
            return term.policer
        return f"{term.policer}-{term.name}"

    def policer_counter_names(self, flt: Filter) -> list[str]:
        return sorted({name for name in map(self.policer_counter, flt.terms) if name})

    def _seed_counters(self, flt: Filter) -> None:
        for counter in flt.counters():
            self.counters.setdefault((flt.name, counter), [0, 0])
        for policer in self.policer_counter_names(flt):
            self.policer_counters.setdefault((flt.name, policer), [0, 0])

    @staticmethod
    def _family(family: str) -> str:
        short = family.replace("FAMILY_", "").lower()
        if short not in FAMILIES:
            raise FirewallError(f"filter family {family} is not valid (FAMILY_INET, FAMILY_INET6, ...)")
        return short

    # -- bindings -------------------------------------------------------------------------------
    def bind(
        self,
        client_id: str,
        name: str,
        family: str,
        obj_type: str,
        interface: str,
        direction: str,
        bind_family: str,
        add: bool,
    ) -> None:
        family = self._family(family)
        if obj_type != "BIND_OBJ_TYPE_INTERFACE":
            raise FirewallError(
                f"binding to {obj_type} is not supported; use BIND_OBJ_TYPE_INTERFACE", "EUNSUPPORTED_OP"
            )
        if bind_family not in ("FAMILY_INVALID", "") and self._family(bind_family) != family:
            raise FirewallError(f"bind_family {bind_family} differs from the filter's family {family}")
        if direction not in ("BIND_DIRECTION_INPUT", "BIND_DIRECTION_OUTPUT"):
            raise FirewallError("bind_direction must be BIND_DIRECTION_INPUT or BIND_DIRECTION_OUTPUT")
        flt = self._owned(name, family, client_id)
        ifl = self.logical_name(interface)
        way = "input" if direction.endswith("INPUT") else "output"
        binding = Binding(name, family, ifl, way)
        if add:
            if binding in self.bindings:
                raise FirewallError(f"filter '{name}' is already bound to {ifl} {way}")
            taken = [b for b in self.bindings if (b.interface, b.direction, b.family) == (ifl, way, family)]
            if taken:
                raise FirewallError(f"{ifl} already has {family} {way} filter '{taken[0].filter}'")
            self.bindings.append(binding)
            self.device.emit([self._event("change", flt, client_id, ifl)])
        else:
            if binding not in self.bindings:
                raise FirewallError(f"filter '{name}' is not bound to {ifl} {way}")
            self.bindings.remove(binding)
            self.device.emit([self._event("change", flt, client_id, "")])

    def logical_name(self, interface: str) -> str:
        if not interface:
            raise FirewallError("no interface_name given in bind_object")
        name = interface if "." in interface else f"{interface}.0"
        try:
            self.device.logical(name)
        except DeviceError:
            raise FirewallError(f"interface {interface} does not exist") from None
        return name

    # -- policers -------------------------------------------------------------------------------
    def policer_set(
        self, client_id: str, name: str, kind: str, flag: str, params: dict[str, Any], modify: bool
    ) -> None:
        if not name:
            raise FirewallError("policer name is empty")
        old = self.policers.get(name)
        if modify and old is None:
            raise FirewallError(f"policer '{name}' does not exist")
        if not modify and old is not None:
            raise FirewallError(f"policer '{name}' already exists; use PolicerModify to change it")
        if old is not None and old.owner != client_id:
            raise FirewallError(f"policer '{name}' belongs to client '{old.owner}'")
        member = POLICER_PARAMS.get(kind)
        if member is None:
            raise FirewallError(f"policer type {kind} is not valid (TWO_COLOR_POLICER, ...)")
        if set(params) != {member}:
            raise FirewallError(f"a {kind} needs params.{member}")
        values = params[member]
        rate = int(values.get("bandwidth", values.get("committed_rate", values.get("aggregate_rate", 0))))
        burst = int(values.get("burst_size", values.get("committed_burst_size", values.get("aggregate_burst_size", 0))))
        if rate <= 0:
            raise FirewallError(f"policer '{name}': the rate (bandwidth) must be positive")
        if burst <= 0:
            raise FirewallError(f"policer '{name}': the burst size must be positive")
        self.policers[name] = Policer(name, kind, flag, params, client_id)

    def policer_delete(self, client_id: str, name: str) -> None:
        old = self.policers.get(name)
        if old is None:
            raise FirewallError(f"policer '{name}' does not exist")
        if old.owner != client_id:
            raise FirewallError(f"policer '{name}' belongs to client '{old.owner}'")
        users = sorted(f.name for f in self.filters.values() if name in f.policers())
        if users:
            raise FirewallError(f"policer '{name}' is used by filter(s) {', '.join(users)}")
        del self.policers[name]

    # -- counters -------------------------------------------------------------------------------
    def counter(self, filter_name: str, counter: str, policer: bool = False) -> list[int]:
        if not any(f.name == filter_name for f in self.filters.values()):
            raise FirewallError(f"filter '{filter_name}' does not exist")
        table = self.policer_counters if policer else self.counters
        value = table.get((filter_name, counter))
        if value is None:
            kind = "policer" if policer else "counter"
            known = sorted(k[1] for k in table if k[0] == filter_name)
            raise FirewallError(
                f"filter '{filter_name}' has no {kind} '{counter}' (it has: {', '.join(known) or 'none'})"
            )
        return value

    def counter_names(self, filter_name: str, policer: bool = False) -> list[str]:
        """The counter (or policer counter) names of a filter, sorted."""
        if not any(f.name == filter_name for f in self.filters.values()):
            raise FirewallError(f"filter '{filter_name}' does not exist")
        table = self.policer_counters if policer else self.counters
        return sorted(k[1] for k in table if k[0] == filter_name)

    def clear(self, filter_name: str, counter: str, policer: bool = False) -> None:
        value = self.counter(filter_name, counter, policer)
        value[0] = value[1] = 0

    # -- traffic --------------------------------------------------------------------------------
    def simulate(self, interface: str, direction: str, packet: Packet, count: int) -> dict[str, int]:
        """Run ``count`` copies of ``packet`` through the filters bound to ``interface``."""
        ifl = self.logical_name(interface)
        outcome = {"accepted": 0, "discarded": 0}
        bound = [b for b in self.bindings if (b.interface, b.direction, b.family) == (ifl, direction, packet.family)]
        verdict = "accepted"
        if bound:
            flt = self.filters[(bound[0].filter, bound[0].family)]
            verdict = self._walk(flt, packet, count)
        outcome[verdict] += count
        if direction == "input":
            self.device.advance_counters(ifl, input_packets=count, input_bytes=count * packet.length)
        else:
            self.device.advance_counters(ifl, output_packets=count, output_bytes=count * packet.length)
        return outcome

    def _walk(self, flt: Filter, packet: Packet, count: int) -> str:
        for term in flt.terms:
            if not _term_matches(term.body.get("matches", {}), packet):
                continue
            actions = term.body.get("actions", {})
            if term.counter:
                value = self.counters.setdefault((flt.name, term.counter), [0, 0])
                value[0] += count
                value[1] += count * packet.length
            if term.policer:
                value = self.policer_counters.setdefault((flt.name, self.policer_counter(term) or ""), [0, 0])
                policer = self.policers.get(term.policer)
                params = next(iter(policer.params.values())) if policer else {}
                burst = int(params.get("burst_size", params.get("committed_burst_size", 0)) or 0)
                excess = max(0, count * packet.length - burst) // max(packet.length, 1)
                value[0] += excess
                value[1] += excess * packet.length
            terminating = actions.get("action_t", {})
            if "accept" in terminating or "routing_instance_name" in terminating or "send_to_host" in terminating:
                return "accepted"
            if terminating:
                return "discarded"
        return "discarded"

    # -- display --------------------------------------------------------------------------------
    def view(self, name: str | None = None) -> list[dict[str, Any]]:
        out = []
        for flt in sorted(self.filters.values(), key=lambda f: (f.name, f.family)):
            if name is not None and flt.name != name:
                continue
            out.append(
                {
                    "name": flt.name,
                    "family": flt.family,
                    "counters": [(c, *self.counters.get((flt.name, c), [0, 0])) for c in flt.counters()],
                    "policers": [
                        (p, *self.policer_counters.get((flt.name, p), [0, 0])) for p in self.policer_counter_names(flt)
                    ],
                }
            )
        return out


def _bounds(item: dict[str, Any]) -> tuple[int, int]:
    low = int(item.get("min", 0))
    high = int(item.get("max", 0))
    return low, max(low, high) if high == 0 else high


def _positive(item: dict[str, Any]) -> bool:
    return item.get("operation", "OP_EQUAL") != "OP_NOT_EQUAL"


def _list_matches(items: list[dict[str, Any]], test: Any) -> bool:
    equal = [i for i in items if _positive(i)]
    different = [i for i in items if not _positive(i)]
    if any(test(i) for i in different):
        return False
    return not equal or any(test(i) for i in equal)


def _term_matches(matches: dict[str, Any], packet: Packet) -> bool:
    for key, items in matches.items():
        if key in ADDRESS_KEYS:
            which = ADDRESS_KEYS[key]
            addresses = [packet.source, packet.destination] if which == "either-address" else [getattr(packet, which)]

            def in_prefix(item: dict[str, Any], addresses: list[str] = addresses) -> bool:
                network = ipaddress.ip_network(
                    f"{item.get('addr', {}).get('addr_string', '')}/{int(item.get('prefix_length', 0))}", strict=False
                )
                return any(a and ipaddress.ip_address(a) in network for a in addresses)

            if not _list_matches(items, in_prefix):
                return False
        elif key in RANGE_KEYS:
            which = RANGE_KEYS[key]
            values = (
                [packet.source_port, packet.destination_port] if which == "either-port" else [getattr(packet, which)]
            )

            def in_range(item: dict[str, Any], values: list[int] = values) -> bool:
                low, high = _bounds(item)
                return any(low <= v <= high for v in values)

            if not _list_matches(items, in_range):
                return False
        elif items:
            return False  # a condition the simulation does not evaluate: never matches
    return True
