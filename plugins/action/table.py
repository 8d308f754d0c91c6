# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action of jetkit.junos.table: the collection's one action plugin (plugins/plugin_utils/action.py)."""

from __future__ import annotations

from ansible_collections.jetkit.junos.plugins.plugin_utils.action import ActionModule

__all__ = ["ActionModule"]
