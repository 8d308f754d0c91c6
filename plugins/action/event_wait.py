# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of jetkit.junos.event_wait: waits in the worker, subscribed to the device broker."""

from __future__ import annotations

from ansible_collections.jetkit.junos.plugins.module_utils._jet.mqtt import WAIT_SPEC, run_wait
from ansible_collections.jetkit.junos.plugins.plugin_utils.mqtt_action import MqttActionBase


class ActionModule(MqttActionBase):
    SPEC = WAIT_SPEC
    RUN = staticmethod(run_wait)
