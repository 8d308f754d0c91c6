# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""How failures are named between the device, the gateway and a task (PRIVATE to the collection).

A failure is a status name and a message. The status is gRPC's own name when a call ended with a
gRPC status (``UNAVAILABLE``, ``DEADLINE_EXCEEDED``, ``RESOURCE_EXHAUSTED``...), else one of the
names below. The message carries the gRPC details or the device's ``RpcStatus`` message word for
word, so nothing reaches the task as a bare "internal error". Secrets never go into a message.
"""

from __future__ import annotations

from typing import Any

DEVICE_FAILURE = "DEVICE_FAILURE"  # the device answered with RpcStatus FAILURE (message = device message)
LOGIN_REFUSED = "LOGIN_REFUSED"  # Login answered FAILURE: wrong user or password
CONNECT_FAILED = "CONNECT_FAILED"  # no channel to jsd within the connect timeout
BAD_REQUEST = "BAD_REQUEST"  # the task asked for something impossible before anything was sent
LOCAL_FAILURE = "LOCAL_FAILURE"  # reading certificate files and the like on the controller
GATEWAY_FAILURE = "GATEWAY_FAILURE"  # the gateway process was unreachable or went away during a call


class JetError(Exception):
    """A failure talking to the device, as task code sees it."""

    def __init__(self, message: str, status: str = "UNKNOWN") -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def to_result(self) -> dict[str, Any]:
        return {"failed": True, "msg": self.message, "jet_status": self.status}


def redact(text: str, secrets: list[str]) -> str:
    """Replace every occurrence of each non-empty secret by ``********``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "********")
    return text
