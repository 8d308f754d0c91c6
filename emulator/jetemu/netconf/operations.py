"""What each ``<rpc>`` of a NETCONF session does on the emulated device.

Two kinds of requests reach the device, as on Junos:

* the NETCONF operations of RFC 6241 (``<get-config>``, ``<edit-config>``, ``<lock>``,
  ``<commit>``, ...), mapped onto the device's one configuration database, so locks and private
  candidates are shared with JET sessions;
* every Junos XML RPC (``<get-software-information>``, ``<load-configuration>``,
  ``<commit-configuration>``, ``<command>``, ...), run through the same op-command dispatch as
  JET's ``OpCommandGet``: same replies, same errors.

Nothing here parses configuration or renders operational data itself: the configuration goes
through the ``<load-configuration>``/``<get-configuration>`` RPCs of the op-command dispatch and
:class:`~jetemu.config.database.ConfigDatabase`'s public methods. This module translates requests
and replies, and turns the device's Junos-style error texts into ``<rpc-error>``.
"""

from __future__ import annotations

import asyncio
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from .. import device as opcmd
from ..config.database import DatabaseError, LockedError
from .errors import NetconfError, RpcError, from_message

if TYPE_CHECKING:
    from .session import NetconfSession

# Junos's `format` attribute of an RPC: the reply format.
_REPLY_FORMATS = {"xml": "xml", "text": "text", "ascii": "text", "json": "json"}
# RPCs whose `format` attribute is the format of configuration data, not of the reply.
_CONFIG_FORMAT_RPCS = frozenset({"get-configuration", "load-configuration"})
_COMMIT_RPCS = frozenset({"commit-configuration", "commit", "validate"})
_WARNING = re.compile(r"<xnm:warning\b[^>]*>(.*?)</xnm:warning>\s*", re.S)
_WARNING_MESSAGE = re.compile(r"<message>(.*?)</message>", re.S)
_CONFIGURATION_START = re.compile(r"<configuration(?=[\s/>])")
YANG_CONF_NS = "http://yang.juniper.net/junos/conf/root"


@dataclass
class Outcome:
    """The body of an ``<rpc-reply>`` and whether the session ends after sending it."""

    body: str
    end_session: bool = False


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


class Operations:
    """The requests of one session."""

    def __init__(self, session: NetconfSession) -> None:
        self.session = session
        self.runtime = session.runtime
        self._netconf: dict[str, Callable[[ET.Element], Awaitable[Outcome]]] = {
            "get-config": self._get_config,
            "get": self._get,
            "edit-config": self._edit_config,
            "copy-config": self._copy_config,
            "delete-config": self._delete_config,
            "lock": self._lock,
            "unlock": self._unlock,
            "commit": self._commit,
            "validate": self._validate,
            "discard-changes": self._discard_changes,
            "close-session": self._close_session,
            "kill-session": self._kill_session,
        }

    @property
    def _prefix(self) -> str:
        return "nc:" if self.session.options.rfc_compliant else ""

    async def run(self, request: ET.Element) -> Outcome:
        """Answer one request (namespaces already stripped); raises :class:`NetconfError`."""
        settings = self.runtime.settings
        if settings.response_delay > 0:
            await asyncio.sleep(settings.response_delay)
        if request.tag in _COMMIT_RPCS and settings.commit_delay > 0:
            await asyncio.sleep(settings.commit_delay)
        handler = self._netconf.get(request.tag)
        if handler is not None:
            return await handler(request)
        return self._junos_rpc(request)

    # ======================================================================================
    # Junos XML RPCs

    def _junos_rpc(self, request: ET.Element) -> Outcome:
        if request.tag == "command":
            return self._command(request)
        if request.tag == "request-end-session":
            return Outcome("<end-session/>", end_session=True)
        if request.tag in _CONFIG_FORMAT_RPCS:
            reply_format = "xml"
        else:
            reply_format = self._reply_format(request)
            request.attrib.pop("format", None)
        output = self._op_rpc(ET.tostring(request, encoding="unicode"), reply_format)
        return Outcome(self._package(output, reply_format))

    def _reply_format(self, request: ET.Element) -> str:
        value = request.get("format", "xml")
        fmt = _REPLY_FORMATS.get(value)
        if fmt is None:
            raise NetconfError.one(
                f"invalid format '{value}' (expected one of: xml, text, json)",
                error_type="protocol",
                tag="invalid-value",
                bad_element=request.tag,
            )
        return fmt

    def _command(self, request: ET.Element) -> Outcome:
        """``<command format="...">show ...</command>``: a CLI command, pipes included.

        ``format="set"`` is taken for ``show configuration ...`` only, as on Junos: the reply is
        ``<configuration-set>``; plain text of ``show configuration`` comes in
        ``<configuration-output>``, of any other command in ``<output>``.
        """
        text = (request.text or "").strip()
        if not text:
            raise NetconfError.one("syntax error, expecting <command>", bad_element="command")
        show_configuration = text.split()[:2] == ["show", "configuration"]
        wrapper = "configuration-output" if show_configuration else None
        if request.get("format") == "set" and show_configuration:
            fmt, text, wrapper = "text", f"{text} | display set", "configuration-set"
        else:
            fmt = self._reply_format(request)
        try:
            output = opcmd.run_cli(self.runtime.device, text, fmt, self._context())  # type: ignore[arg-type]
        except opcmd.OpCommandError as exc:
            raise NetconfError(from_message(exc.message)) from None
        return Outcome(self._package(output, fmt, text_wrapper=wrapper))

    def _context(self) -> opcmd.CommandContext:
        return self.runtime.command_context(self.session.user, self.session.config_ref)

    def _op_rpc(self, xml_text: str, fmt: str) -> str:
        try:
            return opcmd.run_rpc(self.runtime.device, xml_text, fmt, self._context())  # type: ignore[arg-type]
        except opcmd.OpCommandError as exc:
            raise NetconfError(from_message(exc.message)) from None

    def _package(self, output: str, fmt: str, *, text_wrapper: str | None = None) -> str:
        """An op-command result as the body of an ``<rpc-reply>``."""
        if fmt == "text":
            tag = text_wrapper or "output"
            return f"<{tag}>\n{escape(output)}</{tag}>" if output else ""
        if fmt == "json":
            return escape(output)
        return self._warnings_to_errors(output)

    def _warnings_to_errors(self, xml_text: str) -> str:
        """Junos's NETCONF server reports ``<xnm:warning>`` as ``<rpc-error>`` of severity warning."""

        def replace(match: re.Match[str]) -> str:
            found = _WARNING_MESSAGE.search(match.group(1))
            message = _unescape(found.group(1).strip()) if found else "warning"
            return RpcError(message=message, severity="warning").render(self._prefix) + "\n"

        return _WARNING.sub(replace, xml_text)

    def _ok(self, warnings: list[str] | None = None) -> Outcome:
        parts: list[str] = []
        if warnings and not self.session.options.rfc_compliant:
            # rfc-compliant: a successful reply carries no warnings next to <ok/>.
            parts.extend(RpcError(message=w, severity="warning").render(self._prefix) for w in warnings)
        parts.append(f"<{self._prefix}ok/>")
        return Outcome("\n".join(parts))

    # ======================================================================================
    # NETCONF operations (RFC 6241)

    def _datastore(self, request: ET.Element, which: str, allowed: tuple[str, ...]) -> str:
        holder = request.find(which)
        if holder is None or len(holder) != 1:
            raise NetconfError.one(
                f"<{request.tag}> needs <{which}> with one of: {', '.join('<' + a + '/>' for a in allowed)}",
                error_type="protocol",
                tag="missing-element",
                bad_element=which,
            )
        name = holder[0].tag
        if name not in allowed:
            raise NetconfError.one(
                f"<{name}> is not a valid {which} of <{request.tag}> on this device",
                error_type="protocol",
                tag="invalid-value",
                bad_element=name,
            )
        return name

    def _check_children(self, request: ET.Element, known: tuple[str, ...]) -> None:
        for child in request:
            if child.tag not in known:
                raise NetconfError.one(
                    f"syntax error, unexpected element <{child.tag}> in <{request.tag}>",
                    error_type="protocol",
                    tag="unknown-element",
                    bad_element=child.tag,
                )

    def _configuration(self, database: str, filter_element: ET.Element | None) -> Outcome:
        query = ET.Element("get-configuration", {"database": database, "format": "xml"})
        if filter_element is not None:
            kind = filter_element.get("type", "subtree")
            if kind != "subtree":
                raise NetconfError.one(
                    f'filter type "{kind}" is not supported (use type="subtree")',
                    error_type="protocol",
                    tag="operation-not-supported",
                    bad_element="filter",
                )
            roots = list(filter_element)
            if len(roots) > 1 or (roots and roots[0].tag != "configuration"):
                raise NetconfError.one(
                    "a subtree filter starts at <configuration>",
                    error_type="protocol",
                    tag="invalid-value",
                    bad_element=roots[1].tag if len(roots) > 1 else roots[0].tag,
                )
            query.extend(roots)
        output = self._op_rpc(ET.tostring(query, encoding="unicode"), "xml").strip()
        p = self._prefix
        if self.session.options.rfc_compliant:
            if re.fullmatch(r"<configuration\b[^>]*/>", output):
                return Outcome(f"<{p}data/>")
            output = _CONFIGURATION_START.sub(f'<configuration xmlns="{YANG_CONF_NS}"', output, count=1)
        return Outcome(f"<{p}data>\n{output}\n</{p}data>")

    async def _get_config(self, request: ET.Element) -> Outcome:
        self._check_children(request, ("source", "filter"))
        source = self._datastore(request, "source", ("running", "candidate"))
        return self._configuration("committed" if source == "running" else "candidate", request.find("filter"))

    async def _get(self, request: ET.Element) -> Outcome:
        self._check_children(request, ("filter",))
        return self._configuration("committed", request.find("filter"))

    async def _edit_config(self, request: ET.Element) -> Outcome:
        self._check_children(
            request, ("target", "default-operation", "test-option", "error-option", "config", "config-text", "url")
        )
        self._datastore(request, "target", ("candidate",))
        default_operation = _option(request, "default-operation", ("merge", "replace", "none"))
        # Loads are all or nothing here, so every error-option behaves as rollback-on-error would.
        _option(request, "error-option", ("stop-on-error", "continue-on-error", "rollback-on-error"))
        _option(request, "test-option", ("test-then-set", "set"), unsupported=("test-only",))
        load = self._load_request(request, default_operation)
        if load is None:
            return self._ok()
        return self._ok(self._load(load))

    def _load_request(self, request: ET.Element, default_operation: str) -> ET.Element | None:
        """The ``<load-configuration>`` equivalent of an ``<edit-config>`` or ``<copy-config>``."""
        if request.find("url") is not None or request.find("source/url") is not None:
            raise NetconfError.one(
                "loading configuration from a URL is not supported by this device",
                error_type="protocol",
                tag="operation-not-supported",
                bad_element="url",
            )
        action = {"merge": "merge", "replace": "override", "none": "merge"}[default_operation]
        config = request.find("config")
        if config is None:
            config = request.find("source/config")
        text = request.find("config-text")
        if config is not None:
            roots = list(config)
            if len(roots) != 1 or roots[0].tag != "configuration":
                found = roots[0].tag if roots else "config"
                raise NetconfError.one(
                    "<config> must hold one <configuration> element",
                    error_type="application",
                    tag="unknown-element",
                    bad_element=found,
                )
            configuration = roots[0]
            if default_operation == "none":
                pruned = _prune_unmarked(configuration)
                if pruned is None:
                    return None
                configuration = pruned
            configuration = _netconf_operations(configuration)
            load = ET.Element("load-configuration", {"action": action, "format": "xml"})
            load.append(configuration)
            return load
        if text is not None:
            bodies = list(text)
            if len(bodies) != 1 or bodies[0].tag not in ("configuration-text", "configuration-set"):
                raise NetconfError.one(
                    "<config-text> must hold <configuration-text> or <configuration-set>",
                    error_type="application",
                    tag="unknown-element",
                    bad_element=bodies[0].tag if bodies else "config-text",
                )
            body = bodies[0]
            if body.tag == "configuration-set":
                action = "set"
            load = ET.Element("load-configuration", {"action": action, "format": "text"})
            load.append(body)
            return load
        raise NetconfError.one(
            f"<{request.tag}> needs <config> or <config-text>",
            error_type="protocol",
            tag="missing-element",
            bad_element="config",
        )

    def _load(self, load: ET.Element) -> list[str]:
        """Run a ``<load-configuration>``; return its warnings."""
        output = self._op_rpc(ET.tostring(load, encoding="unicode"), "xml")
        return [_unescape(m.strip()) for w in _WARNING.findall(output) for m in _WARNING_MESSAGE.findall(w)]

    async def _copy_config(self, request: ET.Element) -> Outcome:
        self._check_children(request, ("target", "source"))
        self._datastore(request, "target", ("candidate",))
        source = self._datastore(request, "source", ("running", "candidate", "config", "url"))
        if source == "candidate":
            return self._ok()
        if source == "running":
            self._op_rpc('<load-configuration rollback="0"/>', "xml")
            return self._ok()
        load = self._load_request(request, "replace")
        assert load is not None
        return self._ok(self._load(load))

    async def _delete_config(self, request: ET.Element) -> Outcome:
        target = self._datastore(request, "target", ("running", "candidate", "startup"))
        raise NetconfError.one(
            f"<delete-config> of <{target}/> is not supported; use <edit-config> with "
            '<configuration operation="delete"/> or <load-configuration action="override">',
            error_type="protocol",
            tag="operation-not-supported",
            bad_element=target,
        )

    async def _lock(self, request: ET.Element) -> Outcome:
        self._check_children(request, ("target",))
        self._datastore(request, "target", ("candidate",))
        try:
            self.runtime.config.lock(self.session.config_ref)
        except LockedError as exc:
            raise NetconfError(
                [
                    RpcError(
                        message=_strip_error(exc.message),
                        tag="lock-denied",
                        info={"session-id": str(exc.holder.session_id)},
                    )
                ]
            ) from None
        except DatabaseError as exc:
            raise NetconfError(
                [RpcError(message=_strip_error(exc.message), tag="lock-denied", info={"session-id": "0"})]
            ) from None
        return self._ok()

    async def _unlock(self, request: ET.Element) -> Outcome:
        self._check_children(request, ("target",))
        self._datastore(request, "target", ("candidate",))
        try:
            self.runtime.config.unlock(self.session.config_ref)
        except DatabaseError as exc:
            raise NetconfError(from_message(exc.message)) from None
        return self._ok()

    async def _commit(self, request: ET.Element) -> Outcome:
        self._check_children(request, ("confirmed", "confirm-timeout"))
        commit = ET.Element("commit-configuration")
        if request.find("confirmed") is not None:
            ET.SubElement(commit, "confirmed")
            raw = request.findtext("confirm-timeout")
            if raw is not None:
                try:
                    seconds = int(raw.strip())
                except ValueError:
                    seconds = 0
                if seconds < 1:
                    raise NetconfError.one(
                        f"invalid confirm-timeout '{raw.strip()}' (seconds, at least 1)",
                        error_type="protocol",
                        tag="invalid-value",
                        bad_element="confirm-timeout",
                    )
                ET.SubElement(commit, "confirm-timeout").text = str(math.ceil(seconds / 60))
        elif request.find("confirm-timeout") is not None:
            raise NetconfError.one(
                "<confirm-timeout> needs <confirmed/>",
                error_type="protocol",
                tag="missing-element",
                bad_element="confirmed",
            )
        return self._commit_results(commit)

    async def _validate(self, request: ET.Element) -> Outcome:
        self._check_children(request, ("source",))
        source = self._datastore(request, "source", ("candidate", "running"))
        if source == "running":
            return self._ok()
        commit = ET.Element("commit-configuration")
        ET.SubElement(commit, "check")
        return self._commit_results(commit)

    def _commit_results(self, commit: ET.Element) -> Outcome:
        output = self._op_rpc(ET.tostring(commit, encoding="unicode"), "xml").strip()
        options = self.session.options
        if options.rfc_compliant or options.flatten_commit_results:
            return self._ok()
        return Outcome(self._warnings_to_errors(output) + f"\n<{self._prefix}ok/>")

    async def _discard_changes(self, request: ET.Element) -> Outcome:
        self._check_children(request, ())
        self._op_rpc("<discard-changes/>", "xml")
        return self._ok()

    async def _close_session(self, request: ET.Element) -> Outcome:
        self._check_children(request, ())
        outcome = self._ok()
        outcome.end_session = True
        return outcome

    async def _kill_session(self, request: ET.Element) -> Outcome:
        self._check_children(request, ("session-id",))
        raw = (request.findtext("session-id") or "").strip()
        if not raw.isdigit():
            raise NetconfError.one(
                f"invalid session-id '{raw}'", error_type="protocol", tag="missing-element", bad_element="session-id"
            )
        target = int(raw)
        if target == self.session.session_id:
            raise NetconfError.one(
                "a session cannot kill itself; use <close-session/>",
                error_type="protocol",
                tag="invalid-value",
                bad_element="session-id",
            )
        victim = self.session.registry.find(target)
        if victim is None:
            raise NetconfError.one(
                f"session {target} does not exist",
                error_type="protocol",
                tag="invalid-value",
                bad_element="session-id",
            )
        victim.terminate()
        return self._ok()


def _option(request: ET.Element, tag: str, allowed: tuple[str, ...], *, unsupported: tuple[str, ...] = ()) -> str:
    """The value of an option element (``<default-operation>``...), the first allowed one by default."""
    value = (request.findtext(tag) or allowed[0]).strip()
    if value in allowed:
        return value
    known = value in unsupported
    raise NetconfError.one(
        f"{tag} '{value}' is {'not supported' if known else 'invalid'} (expected {' or '.join(allowed)})",
        error_type="protocol",
        tag="operation-not-supported" if known else "invalid-value",
        bad_element=tag,
    )


def _strip_error(message: str) -> str:
    return message[len("error: ") :] if message.startswith("error: ") else message


def _netconf_operations(configuration: ET.Element) -> ET.Element:
    """RFC 6241 ``operation`` attributes in Junos's terms: ``remove`` deletes without complaint
    (the engine's delete already does), ``create`` adds like merge."""
    for element in configuration.iter():
        operation = element.get("operation")
        if operation == "remove":
            element.set("operation", "delete")
        elif operation in ("create", "merge"):
            del element.attrib["operation"]
    return configuration


def _prune_unmarked(element: ET.Element) -> ET.Element | None:
    """``default-operation none``: only what carries an ``operation`` attribute (and the path to
    it, list entries keeping their ``name``) changes; everything else is left out of the load."""
    if element.get("operation") is not None:
        return element
    kept = [pruned for child in element if (pruned := _prune_unmarked(child)) is not None]
    if not kept:
        return None
    copy = ET.Element(element.tag, dict(element.attrib))
    names = [child for child in element if child.tag == "name" and len(child) == 0]
    for child in [*names, *kept]:
        if child not in copy:
            copy.append(child)
    return copy
