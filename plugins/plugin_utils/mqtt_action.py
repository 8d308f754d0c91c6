# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Shared base of the event_publish / event_wait action plugins (PRIVATE; controller side only).

These tasks talk MQTT to the device broker directly (host and port from the task, else
``jet_mqtt_host``/``ansible_host`` and ``jet_mqtt_port`` of the host): no gRPC connection, no
persistent process, nothing started on the device side. Credentials may also come from the host
variables ``jet_mqtt_username`` / ``jet_mqtt_password``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ansible.plugins.action import ActionBase

from ansible_collections.jetkit.junos.plugins.module_utils._jet.common import TaskContext, TaskError
from ansible_collections.jetkit.junos.plugins.module_utils._jet.mqtt import BrokerTarget, broker_from_vars

HOST_VARS = ("jet_mqtt_host", "ansible_host", "inventory_hostname", "jet_mqtt_port", "jet_mqtt_username",
             "jet_mqtt_password")  # fmt: skip


class _Context(TaskContext):
    def __init__(self, check_mode: bool, host: str) -> None:
        super().__init__(check_mode=check_mode)
        self._host = host

    def host_name(self) -> str:
        return self._host


class MqttActionBase(ActionBase):
    _requires_connection = False
    _supports_check_mode = True
    _supports_async = False
    TRANSFERS_FILES = False

    SPEC: dict[str, Any]
    RUN: Callable[[dict[str, Any], BrokerTarget, TaskContext], dict[str, Any]]

    def run(self, tmp: str | None = None, task_vars: dict[str, Any] | None = None) -> dict[str, Any]:
        task_vars = task_vars or {}
        result = super().run(tmp, task_vars)
        _spec, params = self.validate_argument_spec(argument_spec=self.SPEC)
        host_vars = {name: self._templar.template(task_vars[name]) for name in HOST_VARS if name in task_vars}
        if not params.get("username") and host_vars.get("jet_mqtt_username"):
            params["username"] = host_vars["jet_mqtt_username"]
            params["password"] = params.get("password") or host_vars.get("jet_mqtt_password")
        ctx = _Context(bool(self._task.check_mode), str(host_vars.get("inventory_hostname") or "device"))
        try:
            target = broker_from_vars(host_vars, params)
            outcome = type(self).RUN(params, target, ctx)
        except TaskError as exc:
            outcome = {"failed": True, "msg": exc.message, **exc.extra}
        result.update(outcome)
        result.setdefault("changed", False)
        return result
