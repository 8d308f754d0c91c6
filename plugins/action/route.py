# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of jetkit.junos.route: runs the module's logic in the worker."""

from __future__ import annotations

from typing import Any

from ansible.errors import AnsibleActionFail

from ansible_collections.jetkit.junos.plugins.action import JetActionBase
from ansible_collections.jetkit.junos.plugins.module_utils._jet.routing import ROUTE


class ActionModule(JetActionBase):
    SPEC = ROUTE

    def _params(self) -> dict[str, Any]:
        """Validate every option but ``routes`` with the argument spec.

        The generic validator deep-copies its input, which costs seconds for 10,000 routes;
        ``routes`` is checked item by item by the module logic instead (every key and value,
        with errors naming the item), so it is set aside here and handed over as given.
        """
        args = self._task.args
        routes = args.get("routes")
        self._task.args = {key: value for key, value in args.items() if key != "routes"}
        try:
            params = super()._params()
        finally:
            self._task.args = args
        if routes is not None:
            if not isinstance(routes, list):
                raise AnsibleActionFail(f"routes must be a list of routes, got {type(routes).__name__}")
            params["routes"] = routes
        return params
