"""What every JET service does first: find the device and the session behind a call.

Every handler finds the client connection behind the call (see ``server/frontend.py``), then
the device and the session. The credential check of v2 ``Login`` and legacy ``LoginCheck`` is
here too, so both APIs admit clients the same way. No service lives in this file.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, NoReturn, Protocol

import grpc

from ...proto import jnx_common_base_types_pb2 as v2_common
from ..frontend import ClientConnection, ConnectionRegistry
from ..handlers import BadRequest
from ..runtime import DeviceRuntime
from ..sessions import Session, SessionLimitReached

log = logging.getLogger("jetemu.services")

LOGIN_HINT = (
    "call jnx.jet.authentication.Authentication/Login (or legacy authentication.Login/LoginCheck) on this channel first"
)


class DeviceDirectory(Protocol):
    """What the services need of the server: the connections and the devices they reach."""

    registry: ConnectionRegistry

    def runtime(self, key: str) -> DeviceRuntime: ...


def enum_choices(enum_type: Any) -> str:
    return ", ".join(f"{v.name}={v.number}" for v in enum_type.DESCRIPTOR.values)


def unknown_enum(field_name: str, value: int, enum_type: Any) -> str:
    return f"error: unknown {field_name} value {value}; expected one of {enum_choices(enum_type)}"


def ok_status(message: str = "") -> Any:
    """A v2 ``RpcStatus`` SUCCESS."""
    return v2_common.RpcStatus(code=v2_common.SUCCESS, message=message)


def fail_status(message: str) -> Any:
    """A v2 ``RpcStatus`` FAILURE."""
    return v2_common.RpcStatus(code=v2_common.FAILURE, message=message)


class ServiceBase:
    def __init__(self, emulator: DeviceDirectory) -> None:
        self.emulator = emulator

    async def _abort(self, context: grpc.aio.ServicerContext, code: grpc.StatusCode, msg: str) -> NoReturn:
        await context.abort(code, msg)
        raise AssertionError("unreachable")  # context.abort raises

    async def _runtime(self, context: grpc.aio.ServicerContext) -> tuple[DeviceRuntime, ClientConnection]:
        conn = self.emulator.registry.lookup_peer(context.peer())
        if conn is None:
            # Not a relay of a device listener (see frontend): nobody's session.
            await self._abort(
                context, grpc.StatusCode.PERMISSION_DENIED, "jsd: calls are accepted on the device's listener only"
            )
        if conn.closed:
            await self._abort(context, grpc.StatusCode.UNAVAILABLE, "jsd: client connection is gone")
        return self.emulator.runtime(conn.device_key), conn

    async def _session(self, context: grpc.aio.ServicerContext, request: Any) -> tuple[DeviceRuntime, Session]:
        runtime, conn = await self._runtime(context)
        if isinstance(request, BadRequest):
            await self._abort(context, grpc.StatusCode.INVALID_ARGUMENT, request.describe())
        session = runtime.sessions.for_connection(conn)
        if session is not None:
            await self._respond_late(runtime)
            return runtime, session
        if not runtime.settings.skip_authentication:
            await self._abort(
                context,
                grpc.StatusCode.UNAUTHENTICATED,
                f"jsd: not logged in: {LOGIN_HINT}",
            )
        try:
            session = runtime.sessions.admit(conn, user="", client_id="", group_id="", api="skip-authentication")
        except SessionLimitReached as exc:
            await self._abort(context, grpc.StatusCode.RESOURCE_EXHAUSTED, str(exc))
        await self._respond_late(runtime)
        return runtime, session

    @staticmethod
    async def _respond_late(runtime: DeviceRuntime) -> None:
        """``--response-delay``: a device too busy to answer at once (tests client deadlines)."""
        if runtime.settings.response_delay > 0:
            await asyncio.sleep(runtime.settings.response_delay)

    @staticmethod
    async def _before_commit(runtime: DeviceRuntime) -> None:
        """``--commit-delay``: a commit that takes time. A call cancelled meanwhile (its client's
        deadline passed) ends here, before anything is committed."""
        if runtime.settings.commit_delay > 0:
            await asyncio.sleep(runtime.settings.commit_delay)

    async def _login(
        self, context: grpc.aio.ServicerContext, request: Any, *, username_field: str, api: str
    ) -> tuple[bool, str]:
        """Check the credentials of a v2 ``Login`` or v1 ``LoginCheck`` and open the session.

        Both requests carry ``password``, ``client_id`` and ``group_id``; the user name is
        ``username`` in v2 and ``user_name`` in v1.
        """
        if isinstance(request, BadRequest):
            await self._abort(context, grpc.StatusCode.INVALID_ARGUMENT, request.describe())
        username = getattr(request, username_field)
        password, client_id, group_id = request.password, request.client_id, request.group_id
        runtime, conn = await self._runtime(context)
        if not runtime.users.check(username, password):
            log.info("device %s: login refused for user %r from %s", runtime.key, username, conn.peer)
            return False, f"authentication failed for user '{username}': invalid username or password"
        try:
            session = runtime.sessions.admit(conn, user=username, client_id=client_id, group_id=group_id, api=api)
        except SessionLimitReached as exc:
            await self._abort(context, grpc.StatusCode.RESOURCE_EXHAUSTED, str(exc))
        log.info(
            "device %s: user %r logged in as client %r from %s", runtime.key, username, session.client_id, conn.peer
        )
        runtime.on_login(session)
        return True, f"user '{username}' logged in, client id '{session.client_id}'"
