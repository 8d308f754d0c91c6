"""Junos-style time, duration and address formatting shared by the show commands."""

from __future__ import annotations

import ipaddress
import time


def junos_ns(version: str, area: str = "") -> str:
    """``http://xml.juniper.net/junos/24.4R1.9/junos-interface`` style namespace."""
    suffix = f"junos-{area}" if area else "junos"
    return f"http://xml.juniper.net/junos/{version}/{suffix}"


def timestamp(epoch: float) -> str:
    """``2024-05-01 10:00:00 UTC``"""
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(epoch))


def _split(seconds: float) -> tuple[int, int, int, int, int]:
    total = max(0, int(seconds))
    weeks, rest = divmod(total, 7 * 86400)
    days, rest = divmod(rest, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return weeks, days, hours, minutes, secs


def ago(seconds: float) -> str:
    """Length used in ``(3d 05:09 ago)``: ``HH:MM:SS`` under a day, ``[Nw]Nd HH:MM`` beyond."""
    weeks, days, hours, minutes, secs = _split(seconds)
    if weeks:
        return f"{weeks}w{days}d {hours:02d}:{minutes:02d}"
    if days:
        return f"{days}d {hours:02d}:{minutes:02d}"
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def route_age(seconds: float) -> str:
    """Route age: ``00:10:12``, ``1d 02:03:04``, ``1w2d 03:04:05``."""
    weeks, days, hours, minutes, secs = _split(seconds)
    clock = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    if weeks:
        return f"{weeks}w{days}d {clock}"
    if days:
        return f"{days}d {clock}"
    return clock


def bsd_uptime(seconds: float) -> str:
    """The ``up ...`` part of the BSD ``uptime`` line: ``3 days,  5:10`` / ``14 mins`` / ``5 secs``."""
    total = max(0, int(seconds))
    if total > 60:
        total += 30
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts: list[str] = []
    if days:
        parts.append(f"{days} day{'s' if days != 1 else ''},")
    if hours and minutes:
        parts.append(f"{hours:2d}:{minutes:02d},")
    elif hours:
        parts.append(f"{hours} hr{'s' if hours != 1 else ''},")
    elif minutes:
        parts.append(f"{minutes} min{'s' if minutes != 1 else ''},")
    elif not days:
        parts.append(f"{secs} sec{'s' if secs != 1 else ''},")
    return " ".join(parts).rstrip(",").strip()


def clock_12h(epoch: float) -> str:
    """``10:38AM``"""
    moment = time.gmtime(epoch)
    hour = moment.tm_hour % 12 or 12
    return f"{hour}:{moment.tm_min:02d}{'AM' if moment.tm_hour < 12 else 'PM'}"


def junos_prefix(network: ipaddress.IPv4Network | ipaddress.IPv6Network) -> str:
    """IPv4 prefixes the way Junos abbreviates them: ``10.0.0/24``, ``172.16/16``, ``0/0``."""
    if network.version == 6:
        return str(network)
    octets = str(network.network_address).split(".")
    keep = max(1, -(-network.prefixlen // 8))
    return f"{'.'.join(octets[:keep])}/{network.prefixlen}"


def parse_destination(text: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """A ``show route`` destination: ``10.0.0.1``, ``10.0.0.0/24``, ``10/8``, ``2001:db8::/32``."""
    address, slash, length = text.partition("/")
    if ":" not in address:
        octets = address.split(".")
        if not 1 <= len(octets) <= 4 or not all(o.isdigit() for o in octets):
            return None
        address = ".".join(octets + ["0"] * (4 - len(octets)))
    candidate = f"{address}/{length}" if slash else address
    try:
        return ipaddress.ip_network(candidate, strict=False)
    except ValueError:
        return None
