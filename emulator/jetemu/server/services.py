"""The JET services jsd serves: authentication and management, v2 and legacy v1.

Every handler first finds the client connection behind the call (see ``frontend``), then
the device and the session. Internally one meaning is kept for formats and load types;
the v1 and v2 enum numberings are translated here, at the edge.
"""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, NoReturn

import grpc

from ..proto import (
    authentication_service_pb2 as v1_auth,
)
from ..proto import (
    jnx_authentication_service_pb2 as v2_auth,
)
from ..proto import (
    jnx_common_base_types_pb2 as v2_common,
)
from ..proto import (
    jnx_management_service_pb2 as v2_mgmt,
)
from ..proto import (
    management_service_pb2 as v1_mgmt,
)
from .handlers import BadRequest
from .sessions import Session, SessionLimitReached

if TYPE_CHECKING:
    from .app import DeviceRuntime, Emulator

log = logging.getLogger("jetemu.services")

# Streamed command output is cut into pieces of this size, as jsd streams long output.
OUTPUT_CHUNK = 256 * 1024

V2_OUT_FORMATS = {
    v2_mgmt.OP_COMMAND_OUTPUT_JSON: "json",
    v2_mgmt.OP_COMMAND_OUTPUT_XML: "xml",
    v2_mgmt.OP_COMMAND_OUTPUT_CLI: "text",
}
V1_OUT_FORMATS = {
    v1_mgmt.OPERATION_FORMAT_JSON: "json",
    v1_mgmt.OPERATION_FORMAT_XML: "xml",
    v1_mgmt.OPERATION_FORMAT_CLI: "text",
}

LOGIN_HINT = (
    "call jnx.jet.authentication.Authentication/Login (or legacy authentication.Login/LoginCheck) on this channel first"
)


def _enum_choices(enum_type: Any) -> str:
    return ", ".join(f"{v.name}={v.number}" for v in enum_type.DESCRIPTOR.values)


class OpCommandFailed(Exception):
    """A command the device refused; ``message`` goes to the client word for word."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ServiceBase:
    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    async def _abort(self, context: grpc.aio.ServicerContext, code: grpc.StatusCode, msg: str) -> NoReturn:
        await context.abort(code, msg)
        raise AssertionError("unreachable")  # context.abort raises

    async def _runtime(self, context: grpc.aio.ServicerContext) -> tuple[DeviceRuntime, Any]:
        conn = self.emulator.registry.lookup_peer(context.peer())
        if conn is None or conn.closed:
            await self._abort(context, grpc.StatusCode.UNAVAILABLE, "jsd: client connection is gone")
        return self.emulator.runtime(conn.device_key), conn

    async def _session(self, context: grpc.aio.ServicerContext, request: Any) -> tuple[DeviceRuntime, Session]:
        runtime, conn = await self._runtime(context)
        if isinstance(request, BadRequest):
            await self._abort(context, grpc.StatusCode.INVALID_ARGUMENT, request.describe())
        session = runtime.sessions.for_connection(conn)
        if session is not None:
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
        return runtime, session

    async def _login(
        self,
        context: grpc.aio.ServicerContext,
        *,
        username: str,
        password: str,
        client_id: str,
        group_id: str,
        api: str,
    ) -> tuple[bool, str]:
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


class AuthenticationV2(ServiceBase):
    """``jnx.jet.authentication.Authentication``."""

    async def Login(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        if isinstance(request, BadRequest):
            await self._abort(context, grpc.StatusCode.INVALID_ARGUMENT, request.describe())
        ok, message = await self._login(
            context,
            username=request.username,
            password=request.password,
            client_id=request.client_id,
            group_id=request.group_id,
            api="v2",
        )
        code = v2_common.SUCCESS if ok else v2_common.FAILURE
        return v2_auth.LoginResponse(status=v2_common.RpcStatus(code=code, message=message))


class AuthenticationV1(ServiceBase):
    """Legacy ``authentication.Login``."""

    async def LoginCheck(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        if isinstance(request, BadRequest):
            await self._abort(context, grpc.StatusCode.INVALID_ARGUMENT, request.describe())
        ok, _ = await self._login(
            context,
            username=request.user_name,
            password=request.password,
            client_id=request.client_id,
            group_id=request.group_id,
            api="v1",
        )
        return v1_auth.LoginReply(result=ok)


def _chunks(text: str) -> list[str]:
    if len(text) <= OUTPUT_CHUNK:
        return [text]
    return [text[i : i + OUTPUT_CHUNK] for i in range(0, len(text), OUTPUT_CHUNK)]


def json_rpc_to_xml(text: str) -> str:
    """Turn a v1 ``json_command`` (``{"get-route-information": {"table": "inet.0"}}``) into XML."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise OpCommandFailed(f"error: invalid JSON command: {exc}") from exc
    if not isinstance(data, dict) or len(data) != 1:
        raise OpCommandFailed(
            'error: a JSON command is one object naming one RPC, e.g. {"get-software-information": {}}'
        )

    def build(tag: str, value: Any) -> ET.Element:
        element = ET.Element(tag)
        if isinstance(value, dict):
            for key, sub in value.items():
                if isinstance(sub, list):
                    for item in sub:
                        element.append(build(key, item))
                else:
                    element.append(build(key, sub))
        elif value is not None and value != "" and value is not True:
            element.text = str(value)
        return element

    ((name, args),) = data.items()
    try:
        return ET.tostring(build(str(name), args), encoding="unicode")
    except ValueError as exc:
        raise OpCommandFailed(f"error: invalid JSON command: {exc}") from exc


class ManagementV2(ServiceBase):
    """``jnx.jet.management.Management``."""

    async def OpCommandGet(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, session = await self._session(context, request)
        fmt = V2_OUT_FORMATS.get(request.out_format)
        try:
            if fmt is None:
                raise OpCommandFailed(
                    f"error: unknown out_format value {request.out_format}; "
                    f"expected one of {_enum_choices(v2_mgmt.OpCommandOutputFormat)}"
                )
            which = request.WhichOneof("command")
            if which == "cli_command":
                output = runtime.run_cli(session, request.cli_command, fmt)
            elif which == "xml_command":
                output = runtime.run_rpc(session, request.xml_command, fmt)
            else:
                raise OpCommandFailed("error: empty command: set cli_command or xml_command")
        except OpCommandFailed as exc:
            yield v2_mgmt.OpCommandGetResponse(status=v2_common.RpcStatus(code=v2_common.FAILURE, message=exc.message))
            return
        for piece in _chunks(output):
            yield v2_mgmt.OpCommandGetResponse(status=v2_common.RpcStatus(code=v2_common.SUCCESS), data=piece)


class ManagementV1(ServiceBase):
    """Legacy ``management.ManagementRpcApi``."""

    async def ExecuteOpCommand(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, session = await self._session(context, request)
        fmt = V1_OUT_FORMATS.get(request.out_format)
        try:
            if fmt is None:
                raise OpCommandFailed(
                    f"error: unknown out_format value {request.out_format}; "
                    f"expected one of {_enum_choices(v1_mgmt.OperationFormatType)}"
                )
            which = request.WhichOneof("command")
            if which == "cli_command":
                output = runtime.run_cli(session, request.cli_command, fmt)
            elif which == "xml_command":
                output = runtime.run_rpc(session, request.xml_command, fmt)
            elif which == "json_command":
                output = runtime.run_rpc(session, json_rpc_to_xml(request.json_command), fmt)
            else:
                raise OpCommandFailed("error: empty command: set cli_command, xml_command or json_command")
        except OpCommandFailed as exc:
            yield v1_mgmt.ExecuteOpCommandResponse(
                request_id=request.request_id, status=v1_mgmt.NOK, message=exc.message
            )
            return
        if fmt == "text":
            # Juniper's v1 samples show CLI text wrapped in <output> like mgd's XML API does.
            output = f"<output>\n{output}</output>"
        for piece in _chunks(output):
            yield v1_mgmt.ExecuteOpCommandResponse(request_id=request.request_id, status=v1_mgmt.SUCCESS, data=piece)
