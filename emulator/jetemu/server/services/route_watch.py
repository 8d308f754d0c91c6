"""Following a routing table for the route streams of the v2 and legacy RIB services.

``RouteSubscribe`` (v2) and ``RouteMonitorRegister`` (legacy) send the same things: the active
routes of a table first, then every change of the table's active routes until the client goes
away. :func:`watch_table` yields them as :class:`TableEvent` batches, independent of the wire; each
service encodes them in its own messages. No service here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

from ...device.model import Change, Device, NextHop

END_OF_TABLE = None  # yielded once, after the current routes


@dataclass(frozen=True)
class TableEvent:
    op: str  # "add", "change" or "delete"
    table: str
    prefix: str
    protocol: str
    preference: int
    hops: tuple[NextHop, ...]


def _hops_from_text(texts: list[str]) -> tuple[NextHop, ...]:
    """Next hops of a route event (``to 192.0.2.1 via ge-0/0/0.0``) back as NextHop values."""
    hops = []
    for text in texts:
        words = text.split()
        to = words[words.index("to") + 1] if "to" in words else None
        via = words[words.index("via") + 1] if "via" in words else None
        hops.append(NextHop(to=to, via=via))
    return tuple(hops)


async def watch_table(device: Device, table: str, bulk: int) -> AsyncIterator[list[TableEvent] | None]:
    """The active routes of ``table`` in batches of at most ``bulk``, then :data:`END_OF_TABLE`,
    then a batch per burst of changes, until the consumer stops iterating."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Change] = asyncio.Queue()

    def listener(changes: list[Change]) -> None:
        for change in changes:
            if change.kind == "route" and change.attributes.get("table-name") == table:
                loop.call_soon_threadsafe(queue.put_nowait, change)

    # Listen before taking the snapshot: a change in between is sent twice, never lost.
    unsubscribe = device.subscribe(listener)
    try:
        with device.lock:
            current = []
            for routes in device.table_routes(table).values():
                active = next((r for r in routes if not r.hidden), None)
                if active is not None:
                    current.append(
                        TableEvent(
                            "add",
                            active.table,
                            active.prefix,
                            active.protocol,
                            active.preference,
                            tuple(active.next_hops),
                        )
                    )
        for start in range(0, len(current), bulk):
            yield current[start : start + bulk]
        yield END_OF_TABLE
        while True:
            changes = [await queue.get()]
            while not queue.empty() and len(changes) < bulk:
                changes.append(queue.get_nowait())
            batch = []
            for change in changes:
                attrs = change.attributes
                batch.append(
                    TableEvent(
                        change.op,
                        table,
                        str(attrs.get("route-prefix", change.name)),
                        str(attrs.get("protocol", "")),
                        int(attrs.get("preference", 0)),
                        _hops_from_text(list(attrs.get("next-hops", []))),
                    )
                )
            yield batch
    finally:
        unsubscribe()
