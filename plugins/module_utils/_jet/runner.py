# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Run a jetkit.junos module's logic as a module process (PRIVATE to the collection).

The collection's action plugin normally runs the same logic inside the controller's worker; this
is the path taken when the module file itself is executed (``main()``), for example when a
module of another collection or a playbook's ``library/`` runs it through Ansible's ordinary
module execution. A JET module then reaches the host's session in the per-run gateway through
the address the ``jetkit.junos.jet`` connection gave Ansible (``_ansible_socket``); an MQTT
module talks to its broker from the module's own options.
"""

from __future__ import annotations

from typing import Any

from ansible.module_utils.basic import AnsibleModule

from .api import JetApi
from .client import GatewayClient
from .common import ModuleSpec, TaskContext, TaskError
from .errors import JetError


class ModuleContext(TaskContext):
    def __init__(self, module: AnsibleModule) -> None:
        super().__init__(
            check_mode=module.check_mode,
            diff=bool(getattr(module, "_diff", False)),
            verbosity=int(getattr(module, "_verbosity", 0) or 0),
        )
        self.module = module


def run_module(spec: ModuleSpec) -> None:
    module = AnsibleModule(
        argument_spec=spec.argument_spec,
        supports_check_mode=True,
        **{k: v for k, v in spec.validator_kwargs().items() if v},
    )
    ctx = ModuleContext(module)
    params = dict(module.params)
    result: dict[str, Any]
    try:
        if spec.transport == "mqtt":
            from .mqtt import broker_from_vars

            result = spec.run(broker_from_vars({}, params), params, ctx)
        else:
            result = spec.run(_session(module, spec, params), params, ctx)
    except TaskError as exc:
        module.fail_json(msg=exc.message, **exc.extra)
    except JetError as exc:
        module.fail_json(**{k: v for k, v in exc.to_result().items() if k != "failed"})
    for warning in ctx.warnings:
        module.warn(warning)
    result.setdefault("changed", False)
    module.exit_json(**result)


def _session(module: AnsibleModule, spec: ModuleSpec, params: dict[str, Any]) -> JetApi:
    address = getattr(module, "_socket_path", None)
    if not address:
        module.fail_json(
            msg=f"jetkit.junos.{spec.name} needs the jetkit.junos.jet connection "
            "(set ansible_connection: jetkit.junos.jet for this host)"
        )
    chosen = sorted(k for k in ("host", "user", "passwd", "port") if params.get(k) is not None)
    if chosen:
        module.fail_json(
            msg=f"{', '.join(chosen)}: per-task connection options need the jetkit.junos action plugin; "
            "a module process uses the session of its host's connection"
        )
    policy = {"timeout": params["timeout"]} if params.get("timeout") is not None else None
    return JetApi(GatewayClient.from_address(str(address)), policy)
