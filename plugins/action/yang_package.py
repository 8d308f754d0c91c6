# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of jetkit.junos.yang_package: runs the module's logic in the worker."""

from __future__ import annotations

from typing import Any

from ansible_collections.jetkit.junos.plugins.action import JetActionBase
from ansible_collections.jetkit.junos.plugins.action.jet_app import FileActionContext
from ansible_collections.jetkit.junos.plugins.module_utils._jet.apps import YANG_PACKAGE
from ansible_collections.jetkit.junos.plugins.module_utils._jet.common import TaskContext


class ActionModule(JetActionBase):
    SPEC = YANG_PACKAGE

    def _context(self, task_vars: dict[str, Any]) -> TaskContext:
        return FileActionContext(self, task_vars)
