# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of jetkit.junos.event_publish: publishes from the worker, straight to the broker."""

from __future__ import annotations

from ansible_collections.jetkit.junos.plugins.module_utils._jet.mqtt import PUBLISH_SPEC, run_publish
from ansible_collections.jetkit.junos.plugins.plugin_utils.mqtt_action import MqttActionBase


class ActionModule(MqttActionBase):
    SPEC = PUBLISH_SPEC
    RUN = staticmethod(run_publish)
