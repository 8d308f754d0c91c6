"""``jnx.jet.management.Management``: op commands, load and commit, the ephemeral database (v2).

The v2 enums (output formats, load types, commit types, encodings) are translated here, at the
edge; what the calls do is shared with the legacy API (``op_commands.py``, ``config_calls.py``).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc

from ...config.database import EphemeralOperation
from ...config.engine import ConfigError
from ...proto import jnx_common_base_types_pb2 as v2_common
from ...proto import jnx_management_service_pb2 as v2_mgmt
from ..limits import InputRejected, check_path
from ..runtime import OpCommandFailed
from .base import unknown_enum
from .config_calls import ConfigServiceMixin
from .op_commands import chunks, is_commit_rpc, run_op_command

V2_LOAD_TYPES = {
    v2_mgmt.CONFIG_LOAD_MERGE: "merge",
    v2_mgmt.CONFIG_LOAD_REPLACE: "replace",
    v2_mgmt.CONFIG_LOAD_OVERRIDE: "override",
    v2_mgmt.CONFIG_LOAD_UPDATE: "update",
    v2_mgmt.CONFIG_LOAD_SET: "set",
}
V2_SYNCHRONIZE = {v2_mgmt.CONFIG_COMMIT: False, v2_mgmt.CONFIG_COMMIT_SYNCHRONIZE: True}
V2_ENCODINGS = {v2_mgmt.CONFIG_GET_OUTPUT_JSON: "json", v2_mgmt.CONFIG_GET_OUTPUT_XML: "xml"}
V2_OUT_FORMATS: dict[int, str] = {
    v2_mgmt.OP_COMMAND_OUTPUT_JSON: "json",
    v2_mgmt.OP_COMMAND_OUTPUT_XML: "xml",
    v2_mgmt.OP_COMMAND_OUTPUT_CLI: "text",
}


class ManagementServiceV2(ConfigServiceMixin):
    """Everything ``jnx.jet.management.Management`` serves."""

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
        for piece in chunks(output):
            yield v2_mgmt.OpCommandGetResponse(status=v2_common.RpcStatus(code=v2_common.SUCCESS), data=piece)

    async def ConfigSet(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        runtime, session = await self._session(context, request)
        load_type = V2_LOAD_TYPES.get(request.load_type)
        synchronize = V2_SYNCHRONIZE.get(request.commit.type)
        if load_type is None:
            ok, message = False, unknown_enum("load_type", request.load_type, v2_mgmt.ConfigLoadType)
        elif synchronize is None:
            ok, message = False, unknown_enum("commit.type", request.commit.type, v2_mgmt.ConfigCommitType)
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
                problem = unknown_enum("operation", op.operation, v2_mgmt.ConfigOperationType)
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
            message = unknown_enum("encoding", request.encoding, v2_mgmt.ConfigGetOutputFormat)
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
