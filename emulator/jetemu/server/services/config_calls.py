"""Load/commit and ephemeral-database calls, shared by the v2 and legacy management services.

The services translate their own enums first; what is loaded, committed or written to an
ephemeral instance is decided here, once for both APIs. No service here.
"""

from __future__ import annotations

from typing import Any

from ...config import rpc as cfg_rpc
from ...config.database import EphemeralOperation
from ...config.engine import ConfigError
from ..limits import InputRejected, check_path, check_text
from ..runtime import DeviceRuntime
from ..sessions import Session
from .base import ServiceBase


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
