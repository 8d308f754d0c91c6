"""Legacy ``management.ManagementRpcApi``: op commands, configuration, the ephemeral database (v1).

The v1 enums and reply statuses are translated here, at the edge; what the calls do is shared
with the v2 API (``op_commands.py``, ``config_calls.py``).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc

from ...config.database import EphemeralOperation
from ...config.engine import ConfigError
from ...proto import management_service_pb2 as v1_mgmt
from ..limits import InputRejected, check_path
from ..runtime import OpCommandFailed
from .base import unknown_enum
from .config_calls import ConfigServiceMixin
from .op_commands import chunks, is_commit_rpc, run_op_command

V1_LOAD_TYPES = {
    v1_mgmt.CONFIG_LOAD_REPLACE: "replace",
    v1_mgmt.CONFIG_LOAD_MERGE: "merge",
    v1_mgmt.CONFIG_LOAD_OVERRIDE: "override",
    v1_mgmt.CONFIG_LOAD_UPDATE: "update",
    v1_mgmt.CONFIG_LOAD_SET: "set",
}
V1_SYNCHRONIZE = {v1_mgmt.CONFIG_COMMIT: False, v1_mgmt.CONFIG_COMMIT_SYNCHRONIZE: True}
V1_ENCODINGS = {v1_mgmt.ENCODING_JSON: "json", v1_mgmt.ENCODING_XML: "xml"}
V1_EPHEMERAL_OPERATIONS = {
    v1_mgmt.UPDATE_CONFIG: "update",
    v1_mgmt.REPLACE_CONFIG: "replace",
    v1_mgmt.DELETE_CONFIG: "delete",
}
V1_OUT_FORMATS: dict[int, str] = {
    v1_mgmt.OPERATION_FORMAT_JSON: "json",
    v1_mgmt.OPERATION_FORMAT_XML: "xml",
    v1_mgmt.OPERATION_FORMAT_CLI: "text",
}


class ManagementServiceV1(ConfigServiceMixin):
    """Everything legacy ``management.ManagementRpcApi`` serves."""

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
        for piece in chunks(output):
            yield v1_mgmt.ExecuteOpCommandResponse(request_id=request.request_id, status=v1_mgmt.SUCCESS, data=piece)

    async def ExecuteCfgCommand(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        load_type = V1_LOAD_TYPES.get(request.load_type)
        if load_type is None:
            ok, message = False, unknown_enum("load_type", request.load_type, v1_mgmt.ConfigLoadType)
        elif request.HasField("commit"):
            synchronize = V1_SYNCHRONIZE.get(request.commit.commit_type)
            if synchronize is None:
                ok, message = False, unknown_enum("commit_type", request.commit.commit_type, v1_mgmt.ConfigCommitType)
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
                problem = unknown_enum("operation", op.operation, v1_mgmt.ConfigCommands)
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
            message = unknown_enum("encoding", request.encoding, v1_mgmt.JunosDataEncodingTypes)
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
