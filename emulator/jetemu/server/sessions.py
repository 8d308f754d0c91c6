"""jsd client sessions: who logged in on which connection, and the session limit.

A session starts when a connection logs in (``Login`` or ``LoginCheck``), or, with
skip-authentication, on the connection's first call; it ends when the client's connection
closes. At most ``max_sessions`` are active per device: the next client is refused with
``RESOURCE_EXHAUSTED`` while the active ones keep working.
"""

from __future__ import annotations

import hmac
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .frontend import ClientConnection


class SessionLimitReached(Exception):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(
            f"jsd: maximum number of client sessions ({limit}) reached; "
            "close an existing session or raise max-connections"
        )


@dataclass
class Session:
    session_id: int
    user: str
    client_id: str
    group_id: str
    api: str  # "v2", "v1" or "skip-authentication"
    conn: ClientConnection
    started: float = field(default_factory=time.time)

    @property
    def address(self) -> str:
        return self.conn.peer


class UserDirectory:
    """Local users of an emulated device (name -> password)."""

    def __init__(self, users: dict[str, str] | None = None) -> None:
        self._users = dict(users or {})

    def __bool__(self) -> bool:
        return bool(self._users)

    def names(self) -> list[str]:
        return sorted(self._users)

    def check(self, username: str, password: str) -> bool:
        expected = self._users.get(username)
        # Compare in constant time, and spend the same time for unknown users.
        candidate = (expected if expected is not None else "\0" * max(len(password), 1)).encode()
        ok = hmac.compare_digest(candidate, password.encode("utf-8", "surrogatepass"))
        return ok and expected is not None


class SessionTable:
    """The sessions of one device."""

    # One id space for every session of the process (JET and NETCONF alike): the configuration
    # database tells sessions apart by this id (locks, private candidates). Take ids with
    # :meth:`allocate_id`.
    _ids = itertools.count(1)

    def __init__(self, max_sessions: int) -> None:
        if max_sessions < 1:
            raise ValueError("max_sessions must be at least 1")
        self.max_sessions = max_sessions
        self._sessions: dict[int, Session] = {}  # by connection id
        self.on_end: list[Callable[[Session], None]] = []

    def allocate_id(self) -> int:
        """A session id no other session of this process has had (for sessions kept elsewhere,
        such as NETCONF's, that share the configuration database with JET's)."""
        return next(SessionTable._ids)

    def active(self) -> list[Session]:
        return sorted(self._sessions.values(), key=lambda s: s.session_id)

    def for_connection(self, conn: ClientConnection) -> Session | None:
        return self._sessions.get(conn.conn_id)

    def admit(self, conn: ClientConnection, *, user: str, client_id: str, group_id: str, api: str) -> Session:
        """Start (or refresh, on a second Login) the session of ``conn``."""
        existing = self._sessions.get(conn.conn_id)
        if existing is not None:
            existing.user = user
            existing.client_id = client_id or existing.client_id
            existing.group_id = group_id
            existing.api = api
            return existing
        if conn.closed:
            raise ConnectionError("client connection already closed")
        if len(self._sessions) >= self.max_sessions:
            raise SessionLimitReached(self.max_sessions)
        session_id = self.allocate_id()
        session = Session(
            session_id=session_id,
            user=user,
            client_id=client_id or f"jet-client-{session_id}",
            group_id=group_id,
            api=api,
            conn=conn,
        )
        self._sessions[conn.conn_id] = session
        conn.session = session
        conn.on_close.append(self._release)
        return session

    def _release(self, conn: ClientConnection) -> None:
        session = self._sessions.pop(conn.conn_id, None)
        if session is not None:
            for callback in self.on_end:
                callback(session)
