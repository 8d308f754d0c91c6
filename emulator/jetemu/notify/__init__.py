"""JET notifications in the emulator: per-device MQTT brokers, JET events, event injection."""

from __future__ import annotations

from .admin import AdminError, AdminServer, admin_request
from .brokers import BROKER_KINDS, BrokerError, BrokerSettings, DeviceBroker, make_broker
from .frontdoor import AccessPolicy, FrontDoor, parse_networks
from .payloads import Event
from .publisher import DevicePublisher
from .service import DEFAULT_MQTT_PORT, NotificationService, NotifySettings

__all__ = [
    "BROKER_KINDS",
    "DEFAULT_MQTT_PORT",
    "AccessPolicy",
    "AdminError",
    "AdminServer",
    "BrokerError",
    "BrokerSettings",
    "DeviceBroker",
    "DevicePublisher",
    "Event",
    "FrontDoor",
    "NotificationService",
    "NotifySettings",
    "admin_request",
    "make_broker",
    "parse_networks",
]
