# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.ping and jetkit.junos.pmtud: the device's ``<ping>`` RPC over JET (PRIVATE).

Both modules take juniper.device's options and give its result keys (strings where it gives
strings). ``pmtud`` finds the largest IPv4 packet that crosses the path with the do-not-fragment
bit set, by bisection between ``max_size - max_range + 1`` and ``max_size``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError
from .dropin import refuse_transport_options, with_common, xml_messages
from .errors import JetError

_DEST = {
    "type": "str",
    "required": True,
    "aliases": ["dest_ip", "dest_host", "destination", "destination_ip", "destination_host"],
}
_SOURCE = {"type": "str", "aliases": ["source_ip", "source_host", "src", "src_ip", "src_host"]}

PING_SPEC: dict[str, Any] = with_common(
    {
        "dest": _DEST,
        "acceptable_percent_loss": {"type": "int", "default": 0, "aliases": ["acceptable_packet_loss"]},
        "count": {"type": "int", "default": 5},
        "rapid": {"type": "bool", "default": True},
        "ttl": {"type": "int"},
        "size": {"type": "int"},
        "do_not_fragment": {"type": "bool", "default": False},
        "source": _SOURCE,
        "interface": {"type": "str"},
        "routing_instance": {"type": "str"},
    }
)
PMTUD_SPEC: dict[str, Any] = with_common(
    {
        "dest": _DEST,
        "max_size": {"type": "int", "default": 1500},
        "max_range": {"type": "int", "default": 512, "choices": [0] + [2**n for n in range(1, 17)]},
        "source": _SOURCE,
        "interface": {"type": "str"},
        "routing_instance": {"type": "str"},
    }
)

IPV4_MIN_MTU = 68  # RFC 791
IPV4_MAX_PING = 65496  # the largest IPv4 packet Junos's ping sends
HEADERS = 28  # 20 bytes of IPv4 header + 8 of ICMP: size = packet - HEADERS
_DECLARATION = re.compile(r"<\?xml[^>]*>")


@dataclass
class Probe:
    sent: str
    received: str
    loss: str
    rtt: dict[str, str | None]
    warnings: list[str]

    @property
    def loss_percent(self) -> int:
        try:
            return round(float(self.loss))
        except ValueError:
            return 100


def ping_rpc(host: str, **options: Any) -> str:
    """The ``<ping>`` request: ``options`` named as in juniper.device (None/False left out)."""
    element = ET.Element("ping")
    ET.SubElement(element, "host").text = host
    for key, value in options.items():
        if value is None or value is False:
            continue
        child = ET.SubElement(element, key.replace("_", "-"))
        if value is not True:
            child.text = str(value)
    return ET.tostring(element, encoding="unicode")


def _find(root: ET.Element, tag: str) -> str | None:
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == tag:
            return (element.text or "").strip()
    return None


def run_ping(api: JetApi, host: str, **options: Any) -> Probe:
    request = ping_rpc(host, **options)
    try:
        reply = api.rpc(request, "xml")
    except JetError as exc:
        raise TaskError(f"Unable to execute ping: {exc.message}", jet_status=exc.status) from None
    body = _DECLARATION.sub("", reply)
    try:
        root = ET.fromstring(f"<reply>{body}</reply>")
    except ET.ParseError as exc:
        raise TaskError(f"Unexpected ping response (not XML: {exc}): {reply[:500]}") from None
    errors = xml_messages(reply, "error")
    if errors:
        raise TaskError(f"Ping returned errors: {', '.join(errors)}")
    sent, received, loss = (_find(root, tag) for tag in ("probes-sent", "responses-received", "packet-loss"))
    if sent is None or received is None or loss is None:
        raise TaskError(f"Probe-results-summary not found in response: {reply[:1000]}")
    rtt = {f"rtt_{name}": _find(root, f"rtt-{name}") for name in ("minimum", "maximum", "average", "stddev")}
    return Probe(sent, received, loss, rtt, xml_messages(reply, "warning"))


def _echo(params: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """The options as juniper.device echoes them: numbers as strings."""
    out: dict[str, Any] = {}
    for key in keys:
        value = params.get(key)
        out[key] = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    return out


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    acceptable = params["acceptable_percent_loss"]
    if not 0 <= acceptable <= 100:
        raise TaskError(f"acceptable_percent_loss is a percentage: 0 to 100, got {acceptable}")
    if params["count"] < 1:
        raise TaskError(f"count must be 1 or more, got {params['count']}")
    host = params["dest"]
    result = _echo(
        params,
        ("dest", "count", "rapid", "ttl", "size", "do_not_fragment", "source", "interface", "routing_instance"),
    )
    result.update(
        {
            "changed": False,
            "acceptable_percent_loss": str(acceptable),
            "timeout": f"{api.policy.timeout:g}",
            "host": host,
            "dest_ip": host,
            "source_ip": params.get("source"),
        }
    )
    probe = run_ping(
        api,
        host,
        count=params["count"],
        rapid=params["rapid"],
        ttl=params.get("ttl"),
        size=params.get("size"),
        do_not_fragment=params["do_not_fragment"],
        source=params.get("source"),
        interface=params.get("interface"),
        routing_instance=params.get("routing_instance"),
    )
    for warning in probe.warnings:
        ctx.warn(warning)
    result.update(packet_loss=probe.loss, packets_sent=probe.sent, packets_received=probe.received)
    if probe.loss_percent < 100:
        result.update(probe.rtt)
    result["msg"] = f"Loss {probe.loss}%, (Sent {probe.sent} | Received {probe.received})"
    result["failed"] = probe.loss_percent > acceptable
    return result


def run_pmtud(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    max_size = params["max_size"]
    if not IPV4_MIN_MTU <= max_size <= IPV4_MAX_PING:
        raise TaskError(f"max_size must be {IPV4_MIN_MTU} to {IPV4_MAX_PING}, got {max_size}")
    host = params["dest"]
    options = {
        "count": 3,
        "rapid": True,
        "inet": True,
        "do_not_fragment": True,
        "source": params.get("source"),
        "interface": params.get("interface"),
        "routing_instance": params.get("routing_instance"),
    }
    result: dict[str, Any] = {"changed": False, "inet_mtu": 0, "host": host, "dest": host, "dest_ip": host}
    for key in ("source", "interface", "routing_instance"):
        if params.get(key) is not None:
            result[key] = params[key]
    result["source_ip"] = params.get("source")

    def passes(packet: int) -> bool:
        probe = run_ping(api, host, size=packet - HEADERS, **options)
        for warning in probe.warnings:
            ctx.warn(warning)
        return probe.loss_percent < 100

    if not passes(IPV4_MIN_MTU):
        return {**result, "failed": True, "msg": f"Basic connectivity to {host} failed."}
    low = max(IPV4_MIN_MTU, max_size - params["max_range"] + 1)
    if passes(max_size):
        found = max_size
    else:
        # The largest size that passes within [low, max_size - 1]; 0 when even low fails.
        found, lo, hi = 0, low, max_size - 1
        while lo <= hi:
            middle = (lo + hi) // 2
            if passes(middle):
                found, lo = middle, middle + 1
            else:
                hi = middle - 1
    if found == 0:
        raise TaskError(
            f"The MTU of the path to {host} is less than the minimum tested size({low}). "
            f"Try decreasing max_size({max_size}) or increasing max_range({params['max_range']}).",
            **result,
        )
    return {**result, "inet_mtu": found, "msg": f"Path MTU to {host}: {found} bytes"}


SPEC = ModuleSpec(name="ping", argument_spec=PING_SPEC, run=run)
PMTUD = ModuleSpec(name="pmtud", argument_spec=PMTUD_SPEC, run=run_pmtud)
