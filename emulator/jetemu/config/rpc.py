"""Configuration RPCs of the emulated device: what the gRPC server calls.

* :func:`config_set`: v2 ``Management.ConfigSet`` and v1 ``ExecuteCfgCommand``;
* :func:`handle_rpc`: the configuration XML RPCs real clients send through
  ``OpCommandGet(xml_command=...)`` (``get-configuration``, ``load-configuration``,
  ``commit-configuration``, ``lock-configuration`` ...);
* :func:`handle_cli`: the configuration CLI forms (``show configuration ...``,
  ``show system commit``, ``show | compare`` ...).

``handle_rpc`` and ``handle_cli`` return None when the command is not theirs, so an op-command
registry can try them first. Errors raise :class:`ConfigRpcError`, whose ``message`` the server
returns word for word with an RpcStatus FAILURE.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html import unescape
from typing import Literal

from .. import xmlsafe
from ..device.pipes import FILTERS, Pipe, apply_filters, check_filter, split_pipes, tokenize
from ..device.registry import CommandContext, CommandRegistry, OpCommandError, resolve_abbreviation
from ..device.tree import Node, to_junos_json, to_xml
from . import engine
from .database import (
    DEFAULT_EPHEMERAL,
    ConfigDatabase,
    DatabaseError,
    SessionRef,
    format_time,
)
from .engine import ConfigTree, Format, LoadType

OutFormat = Literal["xml", "json", "text"]

JUNOS_VERSION = "24.4R1"
XNM_NS = "http://xml.juniper.net/xnm/1.1/xnm"
LOAD_TYPES: tuple[LoadType, ...] = ("merge", "replace", "override", "update", "set")
CONFIG_FORMATS: tuple[Format, ...] = ("text", "set", "xml", "json")


class ConfigRpcError(OpCommandError):
    """A configuration RPC failed; ``message`` goes to the client word for word.

    A subclass of the op-command error, so the op-command path maps both the same way.
    """


def _error_text(exc: BaseException) -> str:
    msg = getattr(exc, "message", None)
    text = msg if isinstance(msg, str) and msg else str(exc)
    return text


def _strip_prefix(text: str, prefix: str) -> str:
    return text[len(prefix) :] if text.startswith(prefix) else text


def _fail(exc: BaseException) -> ConfigRpcError:
    return ConfigRpcError(_error_text(exc))


_ERRORS = (engine.ConfigError, DatabaseError)


# ============================================================================================
# ConfigSet / ExecuteCfgCommand

_WRAPPER_RE = re.compile(
    r"^\s*<(?P<tag>configuration-set|configuration-text)(?:\s[^>]*)?>(?P<body>.*)</(?P=tag)>\s*$",
    re.S,
)


def _unwrap_text(text: str) -> tuple[str, Format | None]:
    """``<configuration-set>set ...</configuration-set>`` -> (``set ...``, "set")."""
    m = _WRAPPER_RE.match(text)
    if m is None:
        return text, None
    body = m.group("body")
    cdata = re.fullmatch(r"\s*<!\[CDATA\[(.*)\]\]>\s*", body, re.S)
    body = cdata.group(1) if cdata else unescape(body)
    return body, ("set" if m.group("tag") == "configuration-set" else "text")


def config_input(
    *,
    text_config: str | None = None,
    xml_config: str | None = None,
    json_config: str | None = None,
    load_type: LoadType = "merge",
) -> tuple[str, Format]:
    """Pick the one configuration of a ConfigSet request and its format."""
    given = [
        (name, value)
        for name, value in (
            ("text_config", text_config),
            ("xml_config", xml_config),
            ("json_config", json_config),
        )
        if value is not None
    ]
    if len(given) != 1:
        names = ", ".join(n for n, _ in given) or "none"
        raise ConfigRpcError(f"error: exactly one of text_config, xml_config, json_config is required (got {names})")
    name, value = given[0]
    if load_type not in LOAD_TYPES:
        raise ConfigRpcError(f'error: unknown load type "{load_type}"')
    if not value.strip():
        raise ConfigRpcError(f"error: {name} is empty: no configuration to load")
    if name == "xml_config":
        fmt: Format = "xml"
    elif name == "json_config":
        fmt = "json"
    else:
        value, wrapped = _unwrap_text(value)
        if wrapped is not None:
            fmt = wrapped
        elif load_type == "set":
            fmt = "set"
        else:
            fmt = engine.detect_format(value)
    if load_type == "set" and fmt != "set":
        raise ConfigRpcError(
            f"error: load type SET takes configuration mode commands (set, delete, ...) in "
            f"text_config, not {fmt} data in {name}"
        )
    return value, fmt


def config_set(
    db: ConfigDatabase,
    session: SessionRef,
    *,
    text_config: str | None = None,
    xml_config: str | None = None,
    json_config: str | None = None,
    load_type: LoadType = "merge",
    commit: bool = True,
    comment: str | None = None,
    synchronize: bool = False,
) -> tuple[bool, str]:
    """Load (and optionally commit) one configuration; ``(ok, message)``.

    On any error nothing is applied: the candidate and the committed configuration stay as
    they were, and ``message`` names the line or element at fault.
    """
    try:
        text, fmt = config_input(
            text_config=text_config, xml_config=xml_config, json_config=json_config, load_type=load_type
        )
        if commit:
            info = db.load_and_commit(session, text, fmt, load_type, comment=comment or None, synchronize=synchronize)
            return True, "\n".join([*info.warnings, "commit complete"])
        loaded = db.load(session, text, fmt, load_type)
        return True, "\n".join([*loaded.warnings, "load complete"])
    except ConfigRpcError as exc:
        return False, exc.message
    except _ERRORS as exc:
        return False, _error_text(exc)


# ============================================================================================
# Rendering helpers


def _render_node(node: Node, fmt: OutFormat, text: Callable[[], str]) -> str:
    if fmt == "xml":
        return to_xml(node, JUNOS_VERSION)
    if fmt == "json":
        return to_junos_json(node)
    return text()


def _configuration_output(body: str, fmt: OutFormat) -> str:
    """``show | compare`` style output: ``<configuration-information><configuration-output>``.

    Junos starts the element's text with a newline, so an empty compare is
    ``<configuration-output>\n</configuration-output>``: clients read the text (PyEZ's
    ``Config.diff()`` takes ``"\n"`` for "no change", junos_config takes a missing text for one).
    The CLI's text form is the compare itself (nothing when nothing changed).
    """
    node = Node("configuration-information")
    node.add("configuration-output", "\n" + body)
    return _render_node(node, fmt, lambda: body)


def _render_config(
    tree: ConfigTree,
    config_fmt: Format,
    out: OutFormat,
    *,
    path: list[str] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    """A configuration in ``config_fmt``, packaged for an op-command reply in ``out``."""
    body = engine.render(tree, config_fmt, path)
    if config_fmt == "xml":
        return _with_root_attrs(body, attrs or {})
    if config_fmt == "json":
        return body
    if out == "text":
        return body
    tag = "configuration-text" if config_fmt == "text" else "configuration-set"
    return _render_node(Node(tag, body), out, lambda: body)


def _with_root_attrs(xml_text: str, attrs: dict[str, str]) -> str:
    if not attrs:
        return xml_text
    m = re.match(r"\s*<configuration(?=[\s/>])", xml_text)
    if m is None:
        return xml_text
    extra = "".join(f' {k}="{_xml_attr(v)}"' for k, v in attrs.items())
    if any(k.startswith("junos:") for k in attrs) and "xmlns:junos" not in xml_text[: xml_text.find(">")]:
        extra = f' xmlns:junos="http://xml.juniper.net/junos/{JUNOS_VERSION}/junos"' + extra
    return xml_text[: m.end()] + extra + xml_text[m.end() :]


def _xml_attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _commit_attrs(db: ConfigDatabase) -> dict[str, str]:
    head = db.history()[0]
    return {
        "junos:commit-seconds": str(int(head.time)),
        "junos:commit-localtime": format_time(head.time),
        "junos:commit-user": head.user,
    }


def _ok(fmt: OutFormat, text: str = "") -> str:
    node = Node("ok")
    return _render_node(node, fmt, lambda: text)


# ============================================================================================
# Commit information


def commit_information(db: ConfigDatabase, now: float | None = None) -> Node:
    """``<commit-information>`` (``show system commit``)."""
    node = Node("commit-information")
    pending = db.pending_confirm()
    for index, entry in enumerate(db.history()):
        hist = node.add("commit-history")
        hist.add("sequence-number", index)
        hist.add("user", entry.user)
        hist.add("client", entry.method)
        if entry.client_id:
            hist.add("client-id", entry.client_id)
        hist.add("date-time", format_time(entry.time), junos__seconds=str(int(entry.time)))
        if entry.comment:
            hist.add("comment", entry.comment)
        if index == 0 and pending is not None and now is not None:
            deadline, _minutes = pending
            remaining = max(1, math.ceil((deadline - now) / 60))
            hist.add("log", f"commit confirmed, rollback in {remaining}mins")
    return node


def commit_information_text(node: Node) -> str:
    lines: list[str] = []
    for hist in node.findall("commit-history"):
        line = (
            f"{hist.findtext('sequence-number'):<4}{hist.findtext('date-time')} "
            f"by {hist.findtext('user')} via {hist.findtext('client')}"
        )
        if hist.has("log"):
            line += " " + hist.findtext("log")
        lines.append(line)
        if hist.has("comment"):
            for comment_line in hist.findtext("comment").splitlines():
                lines.append(f"    {comment_line}")
    return "\n".join(lines) + "\n"


def _commit_results(info_warnings: tuple[str, ...], check: bool, sequence: int | None) -> Node:
    node = Node("commit-results")
    re0 = node.add("routing-engine", junos__style="normal")
    re0.add("name", "re0")
    for warning in info_warnings:
        w = re0.add("xnm:warning", xmlns__xnm=XNM_NS)
        w.add("message", warning)
    if check:
        re0.flag("commit-check-success")
    else:
        re0.flag("commit-success")
        if sequence is not None:
            re0.add("commit-revision", f"re0-{sequence}")
    return node


# ============================================================================================
# XML RPCs

_RPC_TAGS = frozenset(
    {
        "get-configuration",
        "load-configuration",
        "commit-configuration",
        "lock-configuration",
        "unlock-configuration",
        "open-configuration",
        "close-configuration",
        "discard-changes",
        "get-commit-information",
        "get-rollback-information",
        "request-save-rescue-configuration",
        "request-delete-rescue-configuration",
        "get-rescue-information",
    }
)

_ROOT_RE = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<rpc(?:\s[^>]*)?>\s*)?<([A-Za-z][\w.:-]*)")


def rpc_name(xml_command: str) -> str | None:
    """The RPC element of ``xml_command`` (``<rpc>`` wrapper allowed), without parsing it all."""
    m = _ROOT_RE.match(xml_command)
    return m.group(1) if m else None


def handle_rpc(db: ConfigDatabase, session: SessionRef, xml_command: str, fmt: OutFormat) -> str | None:
    """Run a configuration XML RPC; None if ``xml_command`` is not one."""
    name = rpc_name(xml_command)
    if name not in _RPC_TAGS:
        return None
    try:
        root = xmlsafe.fromstring(xml_command)
    except ET.ParseError as exc:
        raise ConfigRpcError(f"error: <{name}>: malformed XML: {exc}") from exc
    except xmlsafe.UnsafeXml as exc:
        raise ConfigRpcError(f"error: <{name}>: {exc}") from exc
    if root.tag == "rpc":
        children = list(root)
        if len(children) != 1:
            raise ConfigRpcError("error: <rpc> must contain exactly one request")
        root = children[0]
    handler = _HANDLERS[root.tag]
    try:
        return handler(db, session, root, fmt)
    except ConfigRpcError:
        raise
    except _ERRORS as exc:
        raise _fail(exc) from exc


def _attr_choice(el: ET.Element, attr: str, choices: tuple[str, ...], default: str | None) -> str | None:
    value = el.get(attr)
    if value is None:
        return default
    if value not in choices:
        raise ConfigRpcError(f'error: <{el.tag}>: invalid {attr}="{value}" (expected one of: {", ".join(choices)})')
    return value


def _int_value(where: str, what: str, raw: str | None, low: int, high: int) -> int:
    try:
        value = int((raw or "").strip())
    except ValueError:
        raise ConfigRpcError(f"error: {where}: {what} {raw!r} is not a number") from None
    if not low <= value <= high:
        raise ConfigRpcError(f"error: {where}: {what} {value} is out of range ({low}..{high})")
    return value


def _get_configuration(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    database = _attr_choice(el, "database", ("candidate", "committed", "ephemeral"), "candidate")
    config_fmt = _attr_choice(el, "format", CONFIG_FORMATS, None)
    compare = _attr_choice(el, "compare", ("rollback",), None)
    if database == "ephemeral":
        instance = el.get("ephemeral-instance", DEFAULT_EPHEMERAL)
        db.check_ephemeral_instance(instance)
        tree = db.ephemeral_tree(instance if instance != "default" else DEFAULT_EPHEMERAL)
    else:
        tree = db.get(session, "committed" if database == "committed" else "candidate")
    if compare is not None:
        n = _int_value("<get-configuration>", "rollback", el.get("rollback", "0"), 0, 49)
        if database == "ephemeral":
            raise ConfigRpcError("error: compare is not supported for the ephemeral database")
        diff = engine.diff(db.rollback(n), tree)
        return _configuration_output(diff, fmt)
    inherit = _attr_choice(el, "inherit", ("inherit", "defaults"), None)
    if inherit is not None:
        # <get-configuration inherit="inherit" [groups="groups"]>: groups expanded, and with
        # groups="groups" each inherited element names its group (junos:group)
        tree = engine.inherit(tree, marks=el.get("groups") == "groups")
    filters = [child for child in el if child.tag == "configuration"]
    if filters:
        tree = engine.filter_xml(tree, ET.tostring(filters[0], encoding="unicode"))
    if config_fmt is None:
        config_fmt = {"xml": "xml", "json": "json", "text": "text"}[fmt]
    assert config_fmt is not None
    attrs = _commit_attrs(db) if database == "committed" else {}
    return _render_config(tree, config_fmt, fmt, attrs=attrs)  # type: ignore[arg-type]


def _load_configuration(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    where = "<load-configuration>"
    warnings: tuple[str, ...] = ()
    if el.get("rollback") is not None:
        n = _int_value(where, "rollback", el.get("rollback"), 0, 49)
        db.load_rollback(session, n)
    elif el.get("rescue") is not None:
        if el.get("rescue") != "rescue":
            raise ConfigRpcError(f'error: {where}: rescue="{el.get("rescue")}" (expected rescue="rescue")')
        db.load_rescue(session)
    else:
        action = _attr_choice(el, "action", (*LOAD_TYPES, "patch"), "merge")
        declared = _attr_choice(el, "format", ("text", "xml", "json"), None)
        if el.get("url") is not None:
            raise ConfigRpcError(f"error: {where}: loading from a url is not supported by the emulator")
        children = list(el)
        if len(children) != 1:
            raise ConfigRpcError(
                f"error: {where}: expected one of <configuration>, <configuration-text>, "
                "<configuration-set>, <configuration-json>"
            )
        data = children[0]
        load_type: LoadType = action  # type: ignore[assignment]
        if data.tag == "configuration":
            if declared not in (None, "xml"):
                raise ConfigRpcError(f'error: {where}: format="{declared}" does not match <configuration>')
            text = ET.tostring(data, encoding="unicode")
            config_fmt: Format = "xml"
        elif data.tag == "configuration-text":
            text, config_fmt = data.text or "", "text"
        elif data.tag == "configuration-set":
            text, config_fmt = data.text or "", "set"
            if el.get("action") is None:
                load_type = "set"
        elif data.tag == "configuration-json":
            text, config_fmt = data.text or "", "json"
        else:
            raise ConfigRpcError(f"error: {where}: unexpected element <{data.tag}>")
        if config_fmt != "set" and load_type == "set":
            raise ConfigRpcError(f'error: {where}: action="set" needs <configuration-set>')
        if config_fmt != "text" and action == "patch":
            raise ConfigRpcError(f'error: {where}: action="patch" needs <configuration-text>')
        if config_fmt != "xml" and not text.strip():
            raise ConfigRpcError(f"error: {where}: <{data.tag}> is empty")
        warnings = db.load(session, text, config_fmt, load_type).warnings
    node = Node("load-configuration-results")
    for warning in warnings:
        node.add("xnm:warning", xmlns__xnm=XNM_NS).add("message", _strip_prefix(warning, "warning: "))
    node.flag("load-success")
    return _render_node(node, fmt, lambda: "".join(f"{w}\n" for w in warnings) + "load complete\n")


def _commit_configuration(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    where = "<commit-configuration>"
    known = {"check", "log", "confirmed", "confirm-timeout", "synchronize", "force-synchronize", "full"}
    for child in el:
        if child.tag not in known:
            raise ConfigRpcError(f"error: {where}: unsupported element <{child.tag}>")
    check = el.find("check") is not None
    comment = el.findtext("log")
    minutes: int | None = None
    if el.find("confirmed") is not None:
        timeout = el.findtext("confirm-timeout")
        minutes = 10 if timeout is None else _int_value(where, "confirm-timeout", timeout, 1, 65535)
    elif el.find("confirm-timeout") is not None:
        raise ConfigRpcError(f"error: {where}: <confirm-timeout> needs <confirmed/>")
    synchronize = el.find("synchronize") is not None or el.find("force-synchronize") is not None
    info = db.commit(session, check=check, comment=comment, confirmed_minutes=minutes, synchronize=synchronize)
    warnings = list(info.warnings)
    if synchronize:
        warnings.append("synchronize: this device has a single routing engine; committed on re0 only")
    node = _commit_results(tuple(warnings), check, info.sequence)

    def text() -> str:
        lines = [f"warning: {w}" for w in warnings]
        if check:
            lines.append("configuration check succeeds")
        else:
            if minutes is not None:
                lines.append(
                    f"commit confirmed will be automatically rolled back in {minutes} minutes unless confirmed"
                )
            lines.append("commit complete")
        return "\n".join(lines) + "\n"

    return _render_node(node, fmt, text)


def _lock(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    db.lock(session)
    return _ok(fmt)


def _unlock(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    db.unlock(session)
    return _ok(fmt)


def _open(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    if el.find("private") is None:
        others = [c.tag for c in el]
        raise ConfigRpcError(
            "error: <open-configuration>: only <private/> is supported"
            + (f" (got {', '.join('<' + t + '>' for t in others)})" if others else "")
        )
    db.open_private(session)
    return _ok(fmt)


def _close(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    discarded = db.close_private(session)
    if discarded:
        node = Node("ok")
        node.add("xnm:warning", xmlns__xnm=XNM_NS).add("message", "uncommitted changes were discarded")
        return _render_node(node, fmt, lambda: "warning: uncommitted changes were discarded\n")
    return _ok(fmt)


def _discard(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    db.discard_changes(session)
    return _ok(fmt)


def _get_commit_information(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    node = commit_information(db, db.now())
    return _render_node(node, fmt, lambda: commit_information_text(node))


def _get_rollback_information(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    where = "<get-rollback-information>"
    n = _int_value(where, "rollback", el.findtext("rollback", "0"), 0, 49)
    config_fmt = el.findtext("format") or ("xml" if fmt == "xml" else "json" if fmt == "json" else "text")
    if config_fmt not in CONFIG_FORMATS:
        raise ConfigRpcError(f"error: {where}: invalid format {config_fmt!r}")
    compare = el.findtext("compare")
    if compare is not None:
        m = _int_value(where, "compare", compare, 0, 49)
        return _configuration_output(engine.diff(db.rollback(n), db.rollback(m)), fmt)
    return _render_config(db.rollback(n), config_fmt, fmt)


def _save_rescue(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    db.set_rescue()
    return _ok(fmt)


def _delete_rescue(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    db.delete_rescue()
    return _ok(fmt)


def _get_rescue(db: ConfigDatabase, session: SessionRef, el: ET.Element, fmt: OutFormat) -> str:
    rescue = db.rescue()
    if rescue is None:
        raise ConfigRpcError("error: no rescue configuration is set")
    config_fmt = el.findtext("format") or ("xml" if fmt == "xml" else "json" if fmt == "json" else "text")
    if config_fmt not in CONFIG_FORMATS:
        raise ConfigRpcError(f"error: <get-rescue-information>: invalid format {config_fmt!r}")
    return _render_config(rescue.tree, config_fmt, fmt)


_Handler = Callable[[ConfigDatabase, SessionRef, ET.Element, OutFormat], str]
_HANDLERS: dict[str, _Handler] = {
    "get-configuration": _get_configuration,
    "load-configuration": _load_configuration,
    "commit-configuration": _commit_configuration,
    "lock-configuration": _lock,
    "unlock-configuration": _unlock,
    "open-configuration": _open,
    "close-configuration": _close,
    "discard-changes": _discard,
    "get-commit-information": _get_commit_information,
    "get-rollback-information": _get_rollback_information,
    "request-save-rescue-configuration": _save_rescue,
    "request-delete-rescue-configuration": _delete_rescue,
    "get-rescue-information": _get_rescue,
}


# ============================================================================================
# CLI
#
# Output: ``fmt`` chooses the reply format as for every op command (text / xml / json);
# ``| display set|xml|json`` chooses the configuration format; the filtering pipes
# (``match``, ``except`` (case-insensitive, like Junos), ``count``, ``last N``, ``trim N``,
# ``no-more``) then work on the lines of the final output.

_PIPES = ("display", "compare", *FILTERS)


def _pick(word: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """Junos abbreviation: the exact word, else the only choice starting with ``word``."""
    try:
        return resolve_abbreviation(word, list(choices))
    except OpCommandError as exc:  # ambiguous
        raise ConfigRpcError(exc.message) from None


def _command_words(words: list[str]) -> list[str] | None:
    """Expand the abbreviated command words; None if this is not a configuration command."""
    if not words or _safe_pick(words[0], ("show",)) != "show":
        return None
    out = ["show"]
    if len(words) == 1:
        return out
    second = _safe_pick(words[1], ("configuration", "system", "ephemeral-configuration"))
    if second is None:
        return None
    out.append(second)
    if second != "system":
        return out + words[2:]
    if len(words) < 3:
        return None
    third = _safe_pick(words[2], ("commit", "rollback"))
    if third is None:
        return None
    return [*out, third, *words[3:]]


def _safe_pick(word: str, choices: tuple[str, ...]) -> str | None:
    try:
        return _pick(word, choices)
    except ConfigRpcError:
        return None


def handle_cli(db: ConfigDatabase, session: SessionRef, command: str, fmt: OutFormat) -> str | None:
    """Run a configuration CLI command; None if ``command`` is not one."""
    head = command.split("|", 1)[0].split()
    if _command_words(head) is None:
        return None
    if head == ["show"] and "|" not in command:
        return None  # a bare `show` is not ours
    try:
        words, pipes = split_pipes(tokenize(command), _PIPES)
        for pipe in pipes:
            if pipe.name in FILTERS:
                check_filter(pipe)
    except ConfigRpcError:
        raise
    except OpCommandError as exc:
        raise ConfigRpcError(exc.message) from None
    base = _command_words(words)
    if base is None:
        return None
    try:
        return _run_cli(db, session, base, pipes, fmt)
    except ConfigRpcError:
        raise
    except _ERRORS as exc:
        raise _fail(exc) from exc


def _run_cli(db: ConfigDatabase, session: SessionRef, base: list[str], pipes: list[Pipe], fmt: OutFormat) -> str:
    display: Format | None = None
    inheritance: str | None = None  # "comments" or "no-comments" (| display inheritance [no-comments])
    compare: int | None = None
    for pipe in pipes:
        name, args = pipe.name, pipe.args
        if name == "display":
            word = _pick(args[0], ("set", "xml", "json", "text", "inheritance")) if args else None
            if word == "inheritance" and len(args) <= 2:
                option = _pick(args[1], ("no-comments",)) if len(args) == 2 else "comments"
                if option is None:
                    raise ConfigRpcError(f"error: unsupported pipe '| display {' '.join(args)}'")
                inheritance = option
                continue
            choice = word if len(args) == 1 and word != "inheritance" else None
            if choice is None:
                raise ConfigRpcError(
                    f"error: unsupported pipe '| display {' '.join(args)}' (display set, xml, json or inheritance)"
                )
            display = choice  # type: ignore[assignment]
        elif name == "compare":
            if not args:
                compare = 0
            elif len(args) == 2 and _pick(args[0], ("rollback",)) == "rollback":
                compare = _int_value("| compare", "rollback", args[1], 0, 49)
            else:
                raise ConfigRpcError(f"error: unsupported pipe '| compare {' '.join(args)}' (use | compare rollback N)")
    # `| display xml` / `| display json` on a diff or on history: the reply format.
    if display in ("xml", "json") and (compare is not None or base[1:2] == ["system"]):
        fmt = display
    return apply_filters(_cli_output(db, session, base, display, compare, fmt, inheritance), pipes)


def _cli_output(
    db: ConfigDatabase,
    session: SessionRef,
    base: list[str],
    display: Format | None,
    compare: int | None,
    fmt: OutFormat,
    inheritance: str | None = None,
) -> str:
    if base == ["show"]:
        # Configuration-mode `show | compare [rollback N]`: rollback N (default: the committed
        # configuration) against the candidate.
        if compare is None:
            raise ConfigRpcError("error: 'show' needs '| compare' here (show | compare [rollback N])")
        return _configuration_output(db.compare(session, rollback=compare, database="candidate"), fmt)

    if base[1] == "configuration":
        path = base[2:]
        tree = db.committed()
        if compare is not None:
            return _configuration_output(engine.diff(db.rollback(compare), tree, path or None), fmt)
        if inheritance is not None:
            # statements inherited from groups: "## ... inherited from group" lines in text,
            # junos:group attributes in XML (Junos's `| display inheritance`)
            tree = engine.inherit(tree, marks=inheritance == "comments" and (display or fmt) in ("text", "xml"))
        return _show_config(db, tree, path, display, fmt, committed=True)

    if base[1] == "ephemeral-configuration":
        if compare is not None:
            raise ConfigRpcError("error: '| compare' is not supported for the ephemeral configuration")
        args = base[2:]
        instance = DEFAULT_EPHEMERAL
        merge = False
        while args:
            if args[0] == "instance" and len(args) >= 2:
                instance = args[1]
                args = args[2:]
            elif args[0] == "merge":
                merge = True
                args = args[1:]
            else:
                break
        name = db.check_ephemeral_instance(instance)
        tree = db.effective() if merge else db.ephemeral_tree(name)
        return _show_config(db, tree, args, display, fmt, committed=False)

    if compare is not None:
        raise ConfigRpcError("error: '| compare' applies to 'show configuration' and 'show'")
    if base[2] == "commit":
        if len(base) > 3:
            raise ConfigRpcError(f"error: syntax error, expecting <command>: {base[3]}")
        node = commit_information(db, db.now())
        return _render_node(node, fmt, lambda: commit_information_text(node))

    # show system rollback N [compare M]
    args = base[3:]
    if not args:
        raise ConfigRpcError("error: missing argument after 'rollback' (a number 0..49)")
    n = _int_value("show system rollback", "rollback", args[0], 0, 49)
    if len(args) == 3 and _pick(args[1], ("compare",)) == "compare":
        m = _int_value("show system rollback", "compare", args[2], 0, 49)
        return _configuration_output(engine.diff(db.rollback(n), db.rollback(m)), fmt)
    if len(args) != 1:
        raise ConfigRpcError(f"error: syntax error, expecting <command>: {args[1]}")
    return _show_config(db, db.rollback(n), [], display, fmt, committed=False)


def _show_config(
    db: ConfigDatabase,
    tree: ConfigTree,
    path: list[str],
    display: Format | None,
    fmt: OutFormat,
    *,
    committed: bool,
) -> str:
    config_fmt: Format
    if display is not None:
        config_fmt = display
    else:
        config_fmt = {"xml": "xml", "json": "json", "text": "text"}[fmt]  # type: ignore[assignment]
    attrs = _commit_attrs(db) if committed else {}
    return _render_config(tree, config_fmt, fmt, path=path or None, attrs=attrs)


# ============================================================================================
# Op-command registry hook

CONFIG_DB_KEY = "config_db"  # CommandContext.extras key: the device's ConfigDatabase
CONFIG_SESSION_KEY = "config_session"  # CommandContext.extras key: the caller's SessionRef

Lookup = Callable[[CommandContext], "tuple[ConfigDatabase, SessionRef] | None"]


def _extras_lookup(ctx: CommandContext) -> tuple[ConfigDatabase, SessionRef] | None:
    db = ctx.extras.get(CONFIG_DB_KEY)
    session = ctx.extras.get(CONFIG_SESSION_KEY)
    if isinstance(db, ConfigDatabase) and isinstance(session, SessionRef):
        return db, session
    return None


def register(registry: CommandRegistry, lookup: Lookup | None = None) -> None:
    """Route the configuration CLI forms and XML RPCs of ``registry`` to this module.

    ``lookup`` finds the database and the caller for a command; by default it reads
    ``ctx.extras["config_db"]`` and ``ctx.extras["config_session"]``. Commands run without
    them fall through to the registry (which then answers "syntax error" as before).
    """
    find = lookup or _extras_lookup

    def cli_interceptor(_device: object, command: str, fmt: str, ctx: CommandContext) -> str | None:
        found = find(ctx)
        if found is None:
            return None
        return handle_cli(found[0], found[1], command, fmt)  # type: ignore[arg-type]

    def rpc_interceptor(_device: object, xml_command: str, fmt: str, ctx: CommandContext) -> str | None:
        found = find(ctx)
        if found is None:
            return None
        return handle_rpc(found[0], found[1], xml_command, fmt)  # type: ignore[arg-type]

    registry.add_cli_interceptor(cli_interceptor)
    registry.add_rpc_interceptor(rpc_interceptor)
