# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.command: operational CLI commands over JET (PRIVATE)."""

from __future__ import annotations

import time
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, parse_output, to_lines
from .conditions import parse_condition
from .errors import JetError

FORMATS = ("text", "json", "xml")

ARGUMENT_SPEC: dict[str, Any] = {
    "commands": {"type": "raw", "required": True},
    "format": {"type": "str", "default": "text", "choices": list(FORMATS)},
    "wait_for": {"type": "list", "elements": "str", "aliases": ["waitfor"]},
    "match": {"type": "str", "default": "all", "choices": ["all", "any"]},
    "retries": {"type": "int", "default": 10},
    "interval": {"type": "float", "default": 1.0},
}

# Verbs of Junos operational mode that only read state (prefixes of at least two letters match,
# like the CLI's own completion: "sh ver" is "show version").
_READ_ONLY_VERBS = ("show", "ping", "traceroute", "help")
_READ_ONLY_FILE = ("show", "list", "checksum", "compare")


def _is_verb(token: str, verb: str) -> bool:
    return len(token) >= 2 and verb.startswith(token.lower())


def is_read_only(command: str) -> bool:
    """True for commands that cannot change the device (show, ping, traceroute, file show...)."""
    head = command.split("|", 1)[0].split()
    if not head:
        return True
    if any(_is_verb(head[0], verb) for verb in _READ_ONLY_VERBS):
        return True
    if _is_verb(head[0], "file") and len(head) > 1:
        return any(_is_verb(head[1], verb) for verb in _READ_ONLY_FILE)
    return False


def normalize_commands(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise TaskError("commands must be a command (string) or a non-empty list of commands")
    commands = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise TaskError(f"commands[{i}] must be a non-empty string, got {item!r}")
        commands.append(item.strip())
    return commands


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    commands = normalize_commands(params["commands"])
    fmt = params["format"]
    conditions = [parse_condition(text) for text in params.get("wait_for") or []]
    retries = params["retries"]
    interval = params["interval"]
    if retries < 0:
        raise TaskError(f"retries must be 0 or more, got {retries}")
    if interval < 0:
        raise TaskError(f"interval must be 0 or more, got {interval}")
    for condition in conditions:
        if condition.index >= len(commands):
            raise TaskError(
                f"wait_for condition {condition.text!r} refers to result[{condition.index}] "
                f"but only {len(commands)} command(s) are given"
            )

    writers = [c for c in commands if not is_read_only(c)]
    if writers and ctx.check_mode:
        raise TaskError(
            f"check mode: not running {writers[0]!r}, which may change the device; in check mode "
            "jetkit.junos.command runs only read-only commands (show, ping, traceroute, file show/list)"
        )

    attempts = retries + 1 if conditions else 1
    failed: list[str] = []
    stdout: list[str] = []
    parsed: list[Any] = []
    for attempt in range(1, attempts + 1):
        stdout = []
        for command in commands:
            try:
                stdout.append(api.op_command(command, fmt, "cli"))
            except JetError as exc:
                raise TaskError(
                    f"command {command!r} failed: {exc.message}", jet_status=exc.status, stdout=stdout
                ) from None
        parsed = [parse_output(text, fmt, f"command {cmd!r}") for text, cmd in zip(stdout, commands, strict=True)]
        if not conditions:
            break
        subjects = parsed if fmt == "json" else stdout
        held = [c for c in conditions if c.holds(subjects)]
        failed = [c.text for c in conditions if c not in held]
        if (params["match"] == "all" and not failed) or (params["match"] == "any" and held):
            failed = []
            break
        if attempt < attempts:
            time.sleep(interval)
    if failed:
        raise TaskError(
            f"wait_for: conditions not met after {attempts} attempt(s): {failed}",
            failed_conditions=failed,
            stdout=stdout,
            stdout_lines=[to_lines(s) for s in stdout],
        )
    result: dict[str, Any] = {
        "changed": bool(writers),
        "stdout": stdout,
        "stdout_lines": [to_lines(s) for s in stdout],
    }
    if fmt in ("json", "xml"):
        result["parsed"] = parsed
    return result


SPEC = ModuleSpec(name="command", argument_spec=ARGUMENT_SPEC, run=run)
