# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of jetkit.junos.file_copy: runs the module's logic in the worker."""

from __future__ import annotations

from ansible_collections.jetkit.junos.plugins.action import JetActionBase
from ansible_collections.jetkit.junos.plugins.module_utils._jet.file_copy import SPEC


class ActionModule(JetActionBase):
    SPEC = SPEC
