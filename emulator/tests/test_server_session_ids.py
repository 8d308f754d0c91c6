"""Session ids: one id space for every session of the process, JET's and NETCONF's alike.

The configuration database tells sessions apart by id (locks, private candidates), so an id a
NETCONF session takes with ``SessionTable.allocate_id`` is never a JET session's on any device.
"""

from __future__ import annotations

from jetemu.server.frontend import ClientConnection
from jetemu.server.sessions import SessionTable


def test_allocated_ids_and_admitted_sessions_never_share_an_id() -> None:
    first, second = SessionTable(4), SessionTable(4)
    taken = [first.allocate_id(), second.allocate_id()]
    conn = ClientConnection(conn_id=1, device_key="r1", peer="ipv4:127.0.0.1:5555", transport_kind="clear-text")
    session = first.admit(conn, user="lab", client_id="", group_id="", api="v2")
    taken += [session.session_id, second.allocate_id()]
    assert len(set(taken)) == len(taken)
    assert taken == sorted(taken)  # handed out in order
    assert session.client_id == f"jet-client-{session.session_id}"
