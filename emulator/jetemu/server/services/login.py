"""Legacy ``authentication.Login``: ``LoginCheck`` opens a client's session (v1 API)."""

from __future__ import annotations

from typing import Any

import grpc

from ...proto import authentication_service_pb2 as v1_auth
from .base import ServiceBase


class AuthenticationV1(ServiceBase):
    """Legacy ``authentication.Login``."""

    async def LoginCheck(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        ok, _ = await self._login(context, request, username_field="user_name", api="v1")
        return v1_auth.LoginReply(result=ok)
