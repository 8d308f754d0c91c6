# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.command: operational CLI commands over JET (PRIVATE).

Takes juniper.device's options (``cli``/``cmd``/``cmds`` aliases, ``formats`` one per command,
``dest``/``dest_dir``, ``return_output``, ``ignore_warning``) as well as ours (``wait_for``).
Results have both shapes: juniper.device's per-command keys (``command``, ``format``, ``msg``,
``stdout`` as a string, ``parsed_output``; under ``results`` when there are several commands)
and ours (``stdout``/``stdout_lines`` as lists when there are several commands, ``parsed``).
"""

from __future__ import annotations

import time
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, parse_output, to_lines
from .conditions import parse_condition
from .dropin import (
    SavedOutput,
    Warnings,
    per_item,
    refuse_transport_options,
    with_common,
    xml_data,
    xml_messages,
)
from .errors import JetError

FORMATS = ("text", "json", "xml")

ARGUMENT_SPEC: dict[str, Any] = with_common(
    {
        "commands": {"type": "raw", "required": True, "aliases": ["cli", "command", "cmd", "cmds"]},
        "format": {
            "type": "list",
            "elements": "str",
            "choices": list(FORMATS),
            "aliases": ["formats", "display", "output"],
        },
        "wait_for": {"type": "list", "elements": "str", "aliases": ["waitfor"]},
        "match": {"type": "str", "default": "all", "choices": ["all", "any"]},
        "retries": {"type": "int", "default": 10},
        "interval": {"type": "float", "default": 1.0},
        "dest": {"type": "path", "aliases": ["destination"]},
        "dest_dir": {"type": "path", "aliases": ["destination_dir", "destdir"]},
        "return_output": {"type": "bool", "default": True},
        "ignore_warning": {"type": "list", "elements": "str"},
    }
)
MUTUALLY_EXCLUSIVE = [["dest", "dest_dir"]]

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


def _one(api: JetApi, command: str, fmt: str, warnings: Warnings) -> tuple[str, Any, Any]:
    """(output text, our parsed value, juniper.device's parsed_output) of one command."""
    text = api.op_command(command, fmt, "cli")
    if fmt == "xml":
        warnings.report(f"command {command!r}", xml_messages(text, "warning"))
        return text, parse_output(text, fmt, f"command {command!r}"), xml_data(text, f"command {command!r}")
    if fmt == "json":
        parsed = parse_output(text, fmt, f"command {command!r}")
        return text, parsed, parsed
    return text, None, None


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    commands = normalize_commands(params["commands"])
    formats = per_item(params.get("format"), len(commands), "format", "commands", FORMATS, "text")
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
    saved = SavedOutput(params, ctx)
    warnings = Warnings(params, ctx)

    writers = [c for c in commands if not is_read_only(c)]
    if writers and ctx.check_mode:
        raise TaskError(
            f"check mode: not running {writers[0]!r}, which may change the device; in check mode "
            "jetkit.junos.command runs only read-only commands (show, ping, traceroute, file show/list)"
        )

    attempts = retries + 1 if conditions else 1
    failed_conditions: list[str] = []
    entries: list[dict[str, Any]] = []
    outputs: list[tuple[str, Any, Any] | None] = []
    for attempt in range(1, attempts + 1):
        entries, outputs = [], []
        for command, fmt in zip(commands, formats, strict=True):
            entry: dict[str, Any] = {"command": command, "format": fmt, "changed": command in writers}
            try:
                output = _one(api, command, fmt, warnings)
            except JetError as exc:
                if conditions or len(commands) == 1:
                    raise TaskError(
                        f"Unable to execute the command: {command}. Error: {exc.message}",
                        jet_status=exc.status,
                        command=command,
                        format=fmt,
                    ) from None
                entry.update(failed=True, msg=f"Unable to execute the command: {command}. Error: {exc.message}")
                entry["jet_status"] = exc.status
                entries.append(entry)
                outputs.append(None)
                continue
            entry.update(failed=False, msg="The command executed successfully.")
            entries.append(entry)
            outputs.append(output)
        if not conditions:
            break
        subjects = [
            (out[1] if fmt == "json" else out[0]) if out is not None else None
            for out, fmt in zip(outputs, formats, strict=True)
        ]
        held = [c for c in conditions if c.holds(subjects)]
        failed_conditions = [c.text for c in conditions if c not in held]
        if (params["match"] == "all" and not failed_conditions) or (params["match"] == "any" and held):
            failed_conditions = []
            break
        if attempt < attempts:
            time.sleep(interval)
    texts = [out[0] if out is not None else "" for out in outputs]
    if failed_conditions:
        raise TaskError(
            f"wait_for: conditions not met after {attempts} attempt(s): {failed_conditions}",
            failed_conditions=failed_conditions,
            stdout=texts,
            stdout_lines=[to_lines(s) for s in texts],
        )

    return_output = params["return_output"]
    for entry, done in zip(entries, outputs, strict=True):
        if done is None:
            continue
        saved.add(entry["command"], entry["format"], done[0])
        if return_output:
            entry["stdout"] = done[0]
            entry["stdout_lines"] = to_lines(done[0])
            if done[2] is not None:
                entry["parsed_output"] = done[2]
    saved.write()

    changed = bool(writers)
    if len(commands) == 1:
        result = dict(entries[0])
        result["changed"] = changed
        if return_output and outputs[0] is not None and outputs[0][1] is not None:
            result["parsed"] = [outputs[0][1]]
        return result

    failures = [e for e in entries if e["failed"]]
    result = {
        "changed": changed,
        "failed": len(failures) == len(entries),
        "results": entries,
        "msg": (
            "The commands executed successfully."
            if not failures
            else f"{len(failures)} of {len(entries)} commands failed: " + "; ".join(str(e["msg"]) for e in failures)
        ),
    }
    if failures and len(failures) < len(entries):
        ctx.warn(result["msg"])
    if return_output:
        result["stdout"] = texts
        result["stdout_lines"] = [to_lines(s) for s in texts]
        if any(fmt in ("json", "xml") for fmt in formats):
            result["parsed"] = [out[1] if out is not None else None for out in outputs]
    return result


SPEC = ModuleSpec(name="command", argument_spec=ARGUMENT_SPEC, run=run, mutually_exclusive=MUTUALLY_EXCLUSIVE)
