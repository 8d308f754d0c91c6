"""Exceptions of the configuration engine."""

from __future__ import annotations


class ConfigError(Exception):
    """A configuration operation failed; ``message`` is Junos-like text naming the line or element."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigSyntaxError(ConfigError):
    """Input that cannot be parsed; ``line`` is the 1-based line at fault when the format has lines."""

    def __init__(self, message: str, line: int | None = None) -> None:
        if line is not None and not message.startswith("line "):
            message = f"line {line}: {message}"
        super().__init__(message)
        self.line = line


class ConfigValidationError(ConfigError):
    """Commit check failed; ``errors`` holds one Junos-like block per problem (see ``validate``)."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join([*self.errors, "error: configuration check-out failed"]))
