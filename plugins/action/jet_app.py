# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of jetkit.junos.jet_app: runs the module's logic in the worker.

Its task context finds controller files (``src``) like Ansible's own file actions do: in the
role's or playbook's ``files/`` directory, then relative to it. The transfer endpoint the
device fetches from is served from this worker too.
"""

from __future__ import annotations

from typing import Any

from ansible.errors import AnsibleError
from ansible.module_utils.common.text.converters import to_text

from ansible_collections.jetkit.junos.plugins.action import ActionContext, JetActionBase
from ansible_collections.jetkit.junos.plugins.module_utils._jet.apps import JET_APP
from ansible_collections.jetkit.junos.plugins.module_utils._jet.common import TaskContext, TaskError


class FileActionContext(ActionContext):
    """An action context that resolves controller paths of files and directories."""

    def find_local_file(self, path: str) -> str:
        try:
            return str(self._action._find_needle("files", path))
        except AnsibleError as exc:
            raise TaskError(f"cannot find {path} on the controller: {to_text(exc.message)}") from None


class ActionModule(JetActionBase):
    SPEC = JET_APP

    def _context(self, task_vars: dict[str, Any]) -> TaskContext:
        return FileActionContext(self, task_vars)
