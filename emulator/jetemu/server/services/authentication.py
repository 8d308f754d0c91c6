"""``jnx.jet.authentication.Authentication``: the v2 ``Login`` that opens a client's session."""

from __future__ import annotations

from typing import Any

import grpc

from ...proto import jnx_authentication_service_pb2 as v2_auth
from ...proto import jnx_common_base_types_pb2 as v2_common
from .base import ServiceBase


class AuthenticationV2(ServiceBase):
    """``jnx.jet.authentication.Authentication``."""

    async def Login(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        ok, message = await self._login(context, request, username_field="username", api="v2")
        code = v2_common.SUCCESS if ok else v2_common.FAILURE
        return v2_auth.LoginResponse(status=v2_common.RpcStatus(code=code, message=message))
