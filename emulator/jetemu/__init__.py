"""jetemu: an emulated Junos device speaking JET (jsd gRPC and, later, MQTT)."""

__version__ = "0.1.0"
