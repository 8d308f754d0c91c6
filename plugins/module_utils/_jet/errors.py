# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Error codes shared by the persistent connection and the task code (PRIVATE to the collection).

The persistent ``jetkit.junos.jet`` process answers JSON-RPC calls. ansible-core turns an
``ansible.module_utils.connection.ConnectionError`` raised there into a JSON-RPC error that keeps
two things: an integer ``code`` and the message text. Every failure we raise therefore carries a
code from the table below and a message in which the gRPC status details or the device's
``RpcStatus`` message appear word for word, so nothing is lost as "Internal error".
"""

from __future__ import annotations

from typing import Any

# gRPC status codes by number (grpc.StatusCode values), so this file needs no grpc import.
GRPC_STATUS_NAMES: dict[int, str] = {
    0: "OK",
    1: "CANCELLED",
    2: "UNKNOWN",
    3: "INVALID_ARGUMENT",
    4: "DEADLINE_EXCEEDED",
    5: "NOT_FOUND",
    6: "ALREADY_EXISTS",
    7: "PERMISSION_DENIED",
    8: "RESOURCE_EXHAUSTED",
    9: "FAILED_PRECONDITION",
    10: "ABORTED",
    11: "OUT_OF_RANGE",
    12: "UNIMPLEMENTED",
    13: "INTERNAL",
    14: "UNAVAILABLE",
    15: "DATA_LOSS",
    16: "UNAUTHENTICATED",
}
GRPC_STATUS_NUMBERS: dict[str, int] = {name: number for number, name in GRPC_STATUS_NAMES.items()}

# JSON-RPC error codes we use (the -32000..-32099 range is "server error" in JSON-RPC 2.0).
GRPC_CODE_BASE = -32000  # -32000 - <grpc status number>: the call ended with that gRPC status
DEVICE_FAILURE = -32050  # the device answered with RpcStatus FAILURE (message = device message)
LOGIN_REFUSED = -32051  # Login answered FAILURE: wrong user or password
CONNECT_FAILED = -32052  # no channel to jsd within the connect timeout
BAD_REQUEST = -32053  # the task asked for something impossible before anything was sent
LOCAL_FAILURE = -32054  # reading certificate files and the like on the controller

_KIND_NAMES = {
    DEVICE_FAILURE: "DEVICE_FAILURE",
    LOGIN_REFUSED: "LOGIN_REFUSED",
    CONNECT_FAILED: "CONNECT_FAILED",
    BAD_REQUEST: "BAD_REQUEST",
    LOCAL_FAILURE: "LOCAL_FAILURE",
}


def code_for_grpc_status(name: str) -> int:
    """JSON-RPC code for a gRPC status name (``"UNAVAILABLE"`` -> -32014)."""
    return GRPC_CODE_BASE - GRPC_STATUS_NUMBERS.get(name, 2)


def status_for_code(code: int | None) -> str:
    """The name behind a code: a gRPC status name or one of our kinds, else ``"UNKNOWN"``."""
    if code is None:
        return "UNKNOWN"
    if code in _KIND_NAMES:
        return _KIND_NAMES[code]
    number = GRPC_CODE_BASE - code
    if 0 < number <= 16:
        return GRPC_STATUS_NAMES[number]
    if code == -32601:
        return "METHOD_NOT_FOUND"
    if code == -32603:
        return "INTERNAL_ERROR"
    return "UNKNOWN"


class JetError(Exception):
    """A failure talking to the device, as seen by task code.

    ``status`` names what happened (a gRPC status such as ``RESOURCE_EXHAUSTED``, or
    ``DEVICE_FAILURE``/``LOGIN_REFUSED``/...); ``message`` is the full text for the task result.
    """

    def __init__(self, message: str, status: str = "UNKNOWN", code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code

    def to_result(self) -> dict[str, Any]:
        return {"failed": True, "msg": self.message, "jet_status": self.status}


def redact(text: str, secrets: list[str]) -> str:
    """Replace every occurrence of each non-empty secret by ``********``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "********")
    return text
