"""The emulated device: state model (:mod:`.model`) and operational commands (:mod:`.commands`)."""

from .commands import default_registry, run_cli, run_rpc
from .config import ConfigurationError
from .model import Change, Device, DeviceError, NextHop, Route
from .registry import (
    ClientInfo,
    CommandContext,
    CommandRegistry,
    NodeResult,
    OpCommandError,
    OpResult,
    OpSpec,
    ServerListener,
    ServerSettings,
    TextResult,
)
from .tree import Node

__all__ = [
    "Change",
    "ClientInfo",
    "CommandContext",
    "CommandRegistry",
    "ConfigurationError",
    "Device",
    "DeviceError",
    "NextHop",
    "Node",
    "NodeResult",
    "OpCommandError",
    "OpResult",
    "OpSpec",
    "Route",
    "ServerListener",
    "ServerSettings",
    "TextResult",
    "default_registry",
    "run_cli",
    "run_rpc",
]
