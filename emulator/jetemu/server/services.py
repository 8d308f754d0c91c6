"""The JET services jsd serves: authentication and management, v2 and legacy v1.

Every handler first finds the client connection behind the call (see ``frontend``), then
the device and the session. Internally one meaning is kept for formats and load types;
the v1 and v2 enum numberings are translated here, at the edge.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, NoReturn

import grpc

from ..config import rpc as cfg_rpc
from ..config.database import EphemeralOperation
from ..config.engine import ConfigError
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
from .limits import InputRejected, check_path, check_text
from .sessions import Session, SessionLimitReached

if TYPE_CHECKING:
    from .app import DeviceRuntime, Emulator

log = logging.getLogger("jetemu.services")

# Streamed command output is cut into pieces of this size, as jsd streams long output.
OUTPUT_CHUNK = 256 * 1024

V2_LOAD_TYPES = {
    v2_mgmt.CONFIG_LOAD_MERGE: "merge",
    v2_mgmt.CONFIG_LOAD_REPLACE: "replace",
    v2_mgmt.CONFIG_LOAD_OVERRIDE: "override",
    v2_mgmt.CONFIG_LOAD_UPDATE: "update",
    v2_mgmt.CONFIG_LOAD_SET: "set",
}
V1_LOAD_TYPES = {
    v1_mgmt.CONFIG_LOAD_REPLACE: "replace",
    v1_mgmt.CONFIG_LOAD_MERGE: "merge",
    v1_mgmt.CONFIG_LOAD_OVERRIDE: "override",
    v1_mgmt.CONFIG_LOAD_UPDATE: "update",
    v1_mgmt.CONFIG_LOAD_SET: "set",
}
V2_SYNCHRONIZE = {v2_mgmt.CONFIG_COMMIT: False, v2_mgmt.CONFIG_COMMIT_SYNCHRONIZE: True}
V1_SYNCHRONIZE = {v1_mgmt.CONFIG_COMMIT: False, v1_mgmt.CONFIG_COMMIT_SYNCHRONIZE: True}
V2_ENCODINGS = {v2_mgmt.CONFIG_GET_OUTPUT_JSON: "json", v2_mgmt.CONFIG_GET_OUTPUT_XML: "xml"}
V1_ENCODINGS = {v1_mgmt.ENCODING_JSON: "json", v1_mgmt.ENCODING_XML: "xml"}
V1_EPHEMERAL_OPERATIONS = {
    v1_mgmt.UPDATE_CONFIG: "update",
    v1_mgmt.REPLACE_CONFIG: "replace",
    v1_mgmt.DELETE_CONFIG: "delete",
}

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


class AuthenticationV2(ServiceBase):
    """``jnx.jet.authentication.Authentication``."""

    async def Login(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        ok, message = await self._login(context, request, username_field="username", api="v2")
        code = v2_common.SUCCESS if ok else v2_common.FAILURE
        return v2_auth.LoginResponse(status=v2_common.RpcStatus(code=code, message=message))


class AuthenticationV1(ServiceBase):
    """Legacy ``authentication.Login``."""

    async def LoginCheck(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        ok, _ = await self._login(context, request, username_field="user_name", api="v1")
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


_COMMIT_XML = re.compile(r"\s*<(?:[\w.-]+:)?commit-configuration[\s/>]")
_COMMIT_JSON = re.compile(r'\s*\{\s*"commit-configuration"')


def is_commit_rpc(request: Any) -> bool:
    """Whether an op-command request is the ``commit-configuration`` RPC (XML, or v1 JSON)."""
    which = request.WhichOneof("command")
    if which == "xml_command":
        return bool(_COMMIT_XML.match(request.xml_command))
    if which == "json_command":
        return bool(_COMMIT_JSON.match(request.json_command))
    return False


def run_op_command(
    runtime: DeviceRuntime, session: Session, request: Any, formats: dict[int, str], format_enum: Any
) -> tuple[str, str]:
    """Run the command of a v2 OpCommandGet or v1 ExecuteOpCommand request: ``(output, format)``.

    The services call it in a worker thread: a command may wait on the world outside the event
    loop (``file copy`` fetching a URL, an action script, an application started in the
    foreground), and such a script may itself call this device's jsd or broker, which live on
    the loop. The device, the configuration database and the publisher are thread-safe.

    Raises :class:`OpCommandFailed` with the device's words.
    """
    fmt = formats.get(request.out_format)
    if fmt is None:
        raise OpCommandFailed(_unknown_enum("out_format", request.out_format, format_enum))
    which = request.WhichOneof("command")
    if which is not None:
        try:
            check_text(getattr(request, which), which, xml=which == "xml_command")
        except InputRejected as exc:
            raise OpCommandFailed(exc.message) from exc
    if which == "cli_command":
        return runtime.run_cli(session, request.cli_command, fmt), fmt
    if which == "xml_command":
        return runtime.run_rpc(session, request.xml_command, fmt), fmt
    if which == "json_command":  # v1 only
        return runtime.run_rpc(session, json_rpc_to_xml(request.json_command), fmt), fmt
    fields = " or ".join(f.name for f in request.DESCRIPTOR.oneofs_by_name["command"].fields)
    raise OpCommandFailed(f"error: empty command: set {fields}")


class ManagementV2(ServiceBase):
    """``jnx.jet.management.Management``."""

    async def OpCommandGet(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, session = await self._session(context, request)
        if is_commit_rpc(request):
            await self._before_commit(runtime)
        try:
            output, _ = await asyncio.to_thread(
                run_op_command, runtime, session, request, V2_OUT_FORMATS, v2_mgmt.OpCommandOutputFormat
            )
        except OpCommandFailed as exc:
            yield v2_mgmt.OpCommandGetResponse(status=v2_common.RpcStatus(code=v2_common.FAILURE, message=exc.message))
            return
        for piece in _chunks(output):
            yield v2_mgmt.OpCommandGetResponse(status=v2_common.RpcStatus(code=v2_common.SUCCESS), data=piece)


class ManagementV1(ServiceBase):
    """Legacy ``management.ManagementRpcApi``."""

    async def ExecuteOpCommand(self, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        runtime, session = await self._session(context, request)
        if is_commit_rpc(request):
            await self._before_commit(runtime)
        try:
            output, fmt = await asyncio.to_thread(
                run_op_command, runtime, session, request, V1_OUT_FORMATS, v1_mgmt.OperationFormatType
            )
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


def _unknown_enum(field_name: str, value: int, enum_type: Any) -> str:
    return f"error: unknown {field_name} value {value}; expected one of {_enum_choices(enum_type)}"


def _config_source(request: Any) -> dict[str, str]:
    which = request.WhichOneof("config")
    if which is None:
        return {}
    return {which: getattr(request, which)}


class ConfigServiceMixin(ServiceBase):
    """Load/commit and ephemeral calls, shared by v2 and v1 once the enums are translated."""

    def _config_set(
        self,
        runtime: DeviceRuntime,
        session: Session,
        request: Any,
        load_type: str,
        commit: bool,
        comment: str,
        synchronize: bool,
    ) -> tuple[bool, str]:
        source = _config_source(request)
        if not source or not next(iter(source.values())).strip():
            return False, "error: empty configuration: set xml_config, json_config or text_config"
        ((field, text),) = source.items()
        try:
            check_text(text, field, xml=field == "xml_config", statements=field == "text_config")
        except InputRejected as exc:
            return False, exc.message
        return cfg_rpc.config_set(
            runtime.config,
            runtime.config_session(session),
            load_type=load_type,  # type: ignore[arg-type]
            commit=commit,
            comment=comment or None,
            synchronize=synchronize,
            **source,
        )

    def _ephemeral_set(
        self,
        runtime: DeviceRuntime,
        session: Session,
        instance: str,
        operations: list[EphemeralOperation],
        validate: bool,
        load_only: bool,
    ) -> tuple[bool, str]:
        if not operations:
            return False, "error: no configuration operations given"
        try:
            for op in operations:
                check_path(op.path, f"operation '{op.id}': path")
                check_text(op.config, f"operation '{op.id}': {op.fmt or 'json'}_config", xml=op.fmt == "xml")
        except InputRejected as exc:
            return False, exc.message
        try:
            runtime.config.ephemeral_set(
                runtime.config_session(session), instance, operations, validate=validate, load_only=load_only
            )
        except ConfigError as exc:
            return False, exc.message
        return True, "load complete" if load_only else "commit complete"


class ManagementConfigV2(ConfigServiceMixin):
    async def ConfigSet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        load_type = V2_LOAD_TYPES.get(request.load_type)
        synchronize = V2_SYNCHRONIZE.get(request.commit.type)
        if load_type is None:
            ok, message = False, _unknown_enum("load_type", request.load_type, v2_mgmt.ConfigLoadType)
        elif synchronize is None:
            ok, message = False, _unknown_enum("commit.type", request.commit.type, v2_mgmt.ConfigCommitType)
        else:
            # ConfigSet loads and commits: "Load and commit configuration onto a Junos device".
            await self._before_commit(runtime)
            ok, message = self._config_set(
                runtime, session, request, load_type, True, request.commit.comment, synchronize
            )
        code = v2_common.SUCCESS if ok else v2_common.FAILURE
        return v2_mgmt.ConfigSetResponse(status=v2_common.RpcStatus(code=code, message=message))

    async def EphemeralConfigSet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        operations: list[EphemeralOperation] = []
        problem = None
        for op in request.config_operations:
            if op.operation != v2_mgmt.CONFIG_OPERATION_UPDATE:
                problem = _unknown_enum("operation", op.operation, v2_mgmt.ConfigOperationType)
                break
            which = op.WhichOneof("value")
            if which is None:
                problem = f"error: operation '{op.id}' has no xml_config or json_config"
                break
            if op.path not in ("", "/"):
                problem = f"error: operation '{op.id}': path '{op.path}' is not supported; use '/'"
                break
            operations.append(
                EphemeralOperation(
                    id=op.id,
                    config=getattr(op, which),
                    fmt="xml" if which == "xml_config" else "json",
                    path="/",
                )
            )
        if problem is not None:
            ok, message = False, problem
        else:
            ok, message = self._ephemeral_set(
                runtime, session, request.instance_name, operations, request.validate_config, request.load_only
            )
        code = v2_common.SUCCESS if ok else v2_common.FAILURE
        status = v2_common.RpcStatus(code=code, message=message)
        return v2_mgmt.EphemeralConfigSetResponse(
            status=status,
            operation_responses=[
                v2_mgmt.EphemeralConfigSetResponse.ConfigOperationResponse(status=status, id=op.id)
                for op in request.config_operations
            ],
        )

    async def EphemeralConfigGet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        encoding = V2_ENCODINGS.get(request.encoding)
        if encoding is None:
            message = _unknown_enum("encoding", request.encoding, v2_mgmt.ConfigGetOutputFormat)
            return v2_mgmt.EphemeralConfigGetResponse(
                status=v2_common.RpcStatus(code=v2_common.FAILURE, message=message)
            )
        paths = [r.path or "/" for r in request.config_requests] or ["/"]
        ids = [r.id for r in request.config_requests] or [""]
        try:
            for path in paths:
                check_path(path, "path")
            results = runtime.config.ephemeral_get(request.instance_name, paths, encoding)  # type: ignore[arg-type]
        except (ConfigError, InputRejected) as exc:
            return v2_mgmt.EphemeralConfigGetResponse(
                status=v2_common.RpcStatus(code=v2_common.FAILURE, message=exc.message)
            )
        replies = []
        for rid, result in zip(ids, results, strict=True):
            code = v2_common.SUCCESS if result.ok else v2_common.FAILURE
            replies.append(
                v2_mgmt.EphemeralConfigGetResponse.ConfigPathResponse(
                    status=v2_common.RpcStatus(code=code, message=result.message),
                    id=rid,
                    path=result.path,
                    value=result.value,
                )
            )
        overall = v2_common.SUCCESS if all(r.ok for r in results) else v2_common.FAILURE
        failed = [r.message for r in results if not r.ok]
        return v2_mgmt.EphemeralConfigGetResponse(
            status=v2_common.RpcStatus(code=overall, message="\n".join(failed)), config_responses=replies
        )


class ManagementConfigV1(ConfigServiceMixin):
    async def ExecuteCfgCommand(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        load_type = V1_LOAD_TYPES.get(request.load_type)
        if load_type is None:
            ok, message = False, _unknown_enum("load_type", request.load_type, v1_mgmt.ConfigLoadType)
        elif request.HasField("commit"):
            synchronize = V1_SYNCHRONIZE.get(request.commit.commit_type)
            if synchronize is None:
                ok, message = False, _unknown_enum("commit_type", request.commit.commit_type, v1_mgmt.ConfigCommitType)
            else:
                await self._before_commit(runtime)
                ok, message = self._config_set(
                    runtime, session, request, load_type, True, request.commit.comment, synchronize
                )
        else:
            # Without a commit message the v1 API only loads into the candidate.
            ok, message = self._config_set(runtime, session, request, load_type, False, "", False)
        return v1_mgmt.ExecuteCfgCommandResponse(
            request_id=request.request_id,
            status=v1_mgmt.SUCCESS if ok else v1_mgmt.INVALID_CONFIGURATION,
            message=message,
        )

    async def EditEphemeralConfig(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        operations: list[EphemeralOperation] = []
        problem = None
        for op in request.eph_config_operations:
            kind = V1_EPHEMERAL_OPERATIONS.get(op.operation)
            which = op.WhichOneof("value")
            if kind is None:
                problem = _unknown_enum("operation", op.operation, v1_mgmt.ConfigCommands)
                break
            if which is None and kind != "delete":
                problem = f"error: operation '{op.operation_id}' has no xml_config or json_config"
                break
            operations.append(
                EphemeralOperation(
                    id=op.operation_id,
                    config=getattr(op, which) if which else "",
                    fmt=("xml" if which == "xml_config" else "json") if which else None,
                    path=op.path or "/",
                    operation=kind,  # type: ignore[arg-type]
                )
            )
        if problem is not None:
            ok, message = False, problem
        else:
            ok, message = self._ephemeral_set(
                runtime,
                session,
                request.eph_instance_name,
                operations,
                request.enable_config_validation,
                request.load_only,
            )
        status = v1_mgmt.SUCCESS if ok else v1_mgmt.INVALID_CONFIGURATION
        return v1_mgmt.EditEphemeralConfigResponse(
            request_id=request.request_id,
            response=[
                v1_mgmt.EditEphemeralConfigResponse.ResponseList(
                    operation_id=op.operation_id, status=status, message=message
                )
                for op in request.eph_config_operations
            ],
        )

    async def GetEphemeralConfig(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        encoding = V1_ENCODINGS.get(request.encoding)
        requests = list(request.eph_config_requests) or [v1_mgmt.EphConfigRequestList(operation_id="", path="/")]
        if encoding is None:
            message = _unknown_enum("encoding", request.encoding, v1_mgmt.JunosDataEncodingTypes)
            return v1_mgmt.GetEphemeralConfigResponse(
                request_id=request.request_id,
                response=[
                    v1_mgmt.GetEphemeralConfigResponse.ResponseList(
                        operation_id=r.operation_id,
                        path=r.path,
                        status=v1_mgmt.UNSUPPORTED_ENCODING,
                        message=message,
                    )
                    for r in requests
                ],
            )
        try:
            for r in requests:
                check_path(r.path, "path")
            results = runtime.config.ephemeral_get(
                request.eph_instance_name,
                [r.path or "/" for r in requests],
                encoding,  # type: ignore[arg-type]
                merge_view=request.merge_view,
            )
        except (ConfigError, InputRejected) as exc:
            return v1_mgmt.GetEphemeralConfigResponse(
                request_id=request.request_id,
                response=[
                    v1_mgmt.GetEphemeralConfigResponse.ResponseList(
                        operation_id=r.operation_id,
                        path=r.path,
                        status=v1_mgmt.NOK,
                        message=exc.message,
                    )
                    for r in requests
                ],
            )
        return v1_mgmt.GetEphemeralConfigResponse(
            request_id=request.request_id,
            response=[
                v1_mgmt.GetEphemeralConfigResponse.ResponseList(
                    operation_id=r.operation_id,
                    path=res.path,
                    value=res.value,
                    status=v1_mgmt.SUCCESS if res.ok else v1_mgmt.INVALID_PATH,
                    message=res.message,
                )
                for r, res in zip(requests, results, strict=True)
            ],
        )


class ManagementServiceV2(ManagementV2, ManagementConfigV2):
    """Everything ``jnx.jet.management.Management`` serves."""


class ManagementServiceV1(ManagementV1, ManagementConfigV1):
    """Everything legacy ``management.ManagementRpcApi`` serves."""
