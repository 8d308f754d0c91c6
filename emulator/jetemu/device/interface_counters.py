"""The error and MAC counters of ``show interfaces extensive`` (physical interfaces).

Element names follow Junos's ``get-interface-information`` reply (``input-error-list``,
``output-error-list``, ``ethernet-mac-statistics``); the text follows the device's layout
(``Input errors:`` / ``Output errors:`` lines, the ``MAC statistics:`` table). jetemu forwards
no real traffic, so the error counters stay at zero; ``carrier-transitions`` counts the link
coming up again (``jetemu event flap`` moves it), the MAC totals follow the interface counters.
``show_interfaces.py`` calls these for the extensive style. No command here.
"""

from __future__ import annotations

from .model import PhysicalInterface
from .tree import Node

INPUT_ERRORS = (
    ("input-errors", "Errors"),
    ("input-drops", "Drops"),
    ("framing-errors", "Framing errors"),
    ("input-runts", "Runts"),
    ("input-discards", "Policed discards"),
    ("input-l3-incompletes", "L3 incompletes"),
    ("input-l2-channel-errors", "L2 channel errors"),
    ("input-l2-mismatch-timeouts", "L2 mismatch timeouts"),
    ("input-fifo-errors", "FIFO errors"),
    ("input-resource-errors", "Resource errors"),
)
OUTPUT_ERRORS = (
    ("carrier-transitions", "Carrier transitions"),
    ("output-errors", "Errors"),
    ("output-drops", "Drops"),
    ("output-collisions", "Collisions"),
    ("aged-packets", "Aged packets"),
    ("output-fifo-errors", "FIFO errors"),
    ("hs-link-crc-errors", "HS link CRC errors"),
    ("mtu-errors", "MTU errors"),
    ("output-resource-errors", "Resource errors"),
)
#: MAC table rows: (label, receive element, transmit element or None)
MAC_ROWS = (
    ("Total octets", "input-bytes", "output-bytes"),
    ("Total packets", "input-packets", "output-packets"),
    ("Unicast packets", "input-unicasts", "output-unicasts"),
    ("Broadcast packets", "input-broadcasts", "output-broadcasts"),
    ("Multicast packets", "input-multicasts", "output-multicasts"),
    ("CRC/Align errors", "input-crc-errors", "output-crc-errors"),
    ("FIFO errors", "input-fifo-errors", "output-fifo-errors"),
    ("MAC control frames", "input-mac-control-frames", "output-mac-control-frames"),
    ("MAC pause frames", "input-mac-pause-frames", "output-mac-pause-frames"),
    ("Oversized frames", "input-oversized-frames", None),
    ("Jabber frames", "input-jabber-frames", None),
    ("Fragment frames", "input-fragment-frames", None),
    ("VLAN tagged frames", "input-vlan-tagged-frames", None),
    ("Code violations", "input-code-violations", None),
)


def add_extensive(node: Node, ifd: PhysicalInterface) -> None:
    """Append the extensive-only counters of ``ifd`` to its ``physical-interface`` node."""
    errors_in = node.add("input-error-list")
    for tag, _ in INPUT_ERRORS:
        errors_in.add(tag, 0)
    errors_out = node.add("output-error-list")
    for tag, _ in OUTPUT_ERRORS:
        errors_out.add(tag, ifd.carrier_transitions if tag == "carrier-transitions" else 0)
    if ifd.kind not in ("ethernet", "management"):
        return
    counters = ifd.counters
    mac = node.add("ethernet-mac-statistics", junos__style="verbose")
    measured = {
        "input-bytes": counters.input_bytes,
        "output-bytes": counters.output_bytes,
        "input-packets": counters.input_packets,
        "output-packets": counters.output_packets,
        "input-unicasts": counters.input_packets,
        "output-unicasts": counters.output_packets,
    }
    for _, receive, transmit in MAC_ROWS:
        for column in (receive, transmit):
            if column is not None:
                mac.add(column, measured.get(column, 0))


def extensive_text(node: Node) -> list[str]:
    """The text lines of the counters :func:`add_extensive` added ([] when there are none)."""
    lines: list[str] = []
    errors_in = node.find("input-error-list")
    if errors_in is not None:
        lines.append("  Input errors:")
        lines.append("    " + ", ".join(f"{label}: {errors_in.findtext(tag)}" for tag, label in INPUT_ERRORS))
    errors_out = node.find("output-error-list")
    if errors_out is not None:
        lines.append("  Output errors:")
        lines.append("    " + ", ".join(f"{label}: {errors_out.findtext(tag)}" for tag, label in OUTPUT_ERRORS))
    mac = node.find("ethernet-mac-statistics")
    if mac is not None:
        lines.append(f"  {'MAC statistics:':<37}{'Receive':>7}{'Transmit':>17}")
        for label, receive, transmit in MAC_ROWS:
            row = f"    {label:<24}{mac.findtext(receive):>18}"
            if transmit is not None:
                row += f"{mac.findtext(transmit):>17}"
            lines.append(row)
    return lines
