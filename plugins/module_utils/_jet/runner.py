# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Run a jetkit.junos module's logic as a module process (PRIVATE to the collection).

The action plugins normally run the same logic inside the controller's worker; this is the
path taken when the module file itself is executed (``main()``), for example by tools that run
modules directly. It reaches the same persistent connection through ``module._socket_path``.
"""

from __future__ import annotations

from typing import Any

from ansible.module_utils.basic import AnsibleModule

from .api import JetApi
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
    socket_path = getattr(module, "_socket_path", None)
    if not socket_path:
        module.fail_json(
            msg=f"jetkit.junos.{spec.name} needs the jetkit.junos.jet connection "
            "(set ansible_connection: jetkit.junos.jet for this host)"
        )
    ctx = ModuleContext(module)
    result: dict[str, Any]
    try:
        result = spec.run(JetApi.from_socket(str(socket_path)), dict(module.params), ctx)
    except TaskError as exc:
        module.fail_json(msg=exc.message, **exc.extra)
    except JetError as exc:
        module.fail_json(**{k: v for k, v in exc.to_result().items() if k != "failed"})
    for warning in ctx.warnings:
        module.warn(warning)
    result.setdefault("changed", False)
    module.exit_json(**result)
