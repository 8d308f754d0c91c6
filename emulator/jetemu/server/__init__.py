"""The jsd side of the emulator: accept loop, sessions, services."""
