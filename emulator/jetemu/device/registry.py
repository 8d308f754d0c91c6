"""The operational command registry: CLI words and XML RPC names mapped to handlers.

One :class:`OpSpec` describes one operation: its RPC name (``get-interface-information``),
optionally the CLI words that reach it (``("show", "interfaces")``), the keywords it accepts and
the handler that builds the reply. The same keyword names are the RPC's child elements
(``show interfaces terse`` == ``<get-interface-information><terse/></get-interface-information>``).

Other components extend the device by registering more specs, e.g. the configuration engine::

    default_registry.register(OpSpec(rpc="get-configuration", cli=("show", "configuration"),
                                     handler=my_handler, positional="path"))

Components with their own grammar can instead see the raw command first through
:meth:`CommandRegistry.add_cli_interceptor` / :meth:`CommandRegistry.add_rpc_interceptor`.

A handler receives ``(device, params, ctx)`` and returns anything with
``render(fmt) -> str`` (an :class:`OpResult`); :class:`NodeResult` covers the usual case of one
reply tree rendered by the shared XML/JSON renderers plus a text renderer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from .tree import Node, to_junos_json, to_xml

if TYPE_CHECKING:
    from .model import Device

Format = Literal["text", "xml", "json"]
FORMATS: tuple[str, ...] = ("text", "xml", "json")
Params = dict[str, "str | bool"]


class OpCommandError(Exception):
    """An operational command failed; ``message`` is the Junos-like text shown to the client."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --------------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClientInfo:
    """One logged-in JET client (``show extension-service request-response clients``)."""

    client_id: str
    address: str  # e.g. "ipv4:127.0.0.1:5555"
    client_type: str = "gRPC"
    channel_count: int = 1
    user: str = ""
    login_time: float | None = None


@dataclass(frozen=True)
class ServerListener:
    """One address jsd listens on: TCP (address + port) or a unix socket (``unix:/path``)."""

    address: str
    port: int | None = None
    tls: bool = False
    status: str = "Up"


@dataclass(frozen=True)
class ServerSettings:
    """The request-response server as configured (``show ... request-response servers``)."""

    max_connections: int = 5
    skip_authentication: bool = False
    listeners: tuple[ServerListener, ...] = (
        ServerListener("0.0.0.0", 32767),
        ServerListener("unix:/var/run/japi_jsd"),
    )


@dataclass
class CommandContext:
    """What the command needs that the Device itself does not own."""

    clients: list[ClientInfo] = field(default_factory=list)
    server: ServerSettings = field(default_factory=ServerSettings)
    user: str = "root"  # the user running the command
    registry: CommandRegistry | None = None  # None: the default registry
    extras: dict[str, Any] = field(default_factory=dict)  # for other subsystems (config store, ...)


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------
class OpResult(Protocol):
    def render(self, fmt: Format) -> str: ...


@dataclass
class NodeResult:
    """A reply tree plus its text renderer; XML and JSON come from the shared renderers."""

    node: Node
    text: Callable[[Node], str]
    junos_version: str

    def render(self, fmt: Format) -> str:
        if fmt == "xml":
            return to_xml(self.node, self.junos_version)
        if fmt == "json":
            return to_junos_json(self.node)
        return self.text(self.node)


@dataclass
class TextResult:
    """Plain text output (for commands without a structured reply); XML/JSON wrap it in
    ``<output>`` like Junos does for such commands."""

    text: str

    def render(self, fmt: Format) -> str:
        if fmt == "text":
            return self.text
        node = Node("output", self.text)
        return to_xml(node, "") if fmt == "xml" else to_junos_json(node)


Handler = Callable[["Device", Params, CommandContext], OpResult]
#: ``(device, raw_command, fmt, ctx) -> output or None`` (None: not mine, keep going)
Interceptor = Callable[["Device", str, Format, CommandContext], "str | None"]


@dataclass(frozen=True)
class OpSpec:
    """One operational command / RPC."""

    rpc: str
    handler: Handler
    cli: tuple[str, ...] | None = None
    flags: tuple[str, ...] = ()  # keywords without a value (RPC: empty elements)
    values: tuple[str, ...] = ()  # keywords followed by a value (RPC: elements with text)
    positional: str | None = None  # name of an optional bare CLI argument (RPC: element with text)
    # further bare CLI arguments, filled in order after ``positional`` (``file copy SOURCE DEST``)
    positionals: tuple[str, ...] = ()
    exclusive: tuple[tuple[str, ...], ...] = ()  # groups of mutually exclusive flags
    fixed: Mapping[str, str | bool] = field(default_factory=dict)  # params implied by the CLI words
    # CLI keywords whose value the RPC carries under another element name
    # (``show route advertising-protocol bgp`` -> ``<advertising-protocol-name>bgp</...>``)
    renamed_values: Mapping[str, str] = field(default_factory=dict)
    # False for handlers that read nothing of the device model and may wait on the outside
    # world (file copy fetching a URL): they run without holding ``device.lock``.
    device_lock: bool = True

    @property
    def cli_keywords(self) -> tuple[str, ...]:
        return self.flags + self.values + tuple(self.renamed_values)

    @property
    def bare_arguments(self) -> tuple[str, ...]:
        """The names of the bare CLI arguments, in the order they are given."""
        return ((self.positional,) if self.positional is not None else ()) + self.positionals


@dataclass
class _CliNode:
    children: dict[str, _CliNode] = field(default_factory=dict)
    spec: OpSpec | None = None


class CommandRegistry:
    """Maps RPC names and CLI word paths to :class:`OpSpec`."""

    def __init__(self, specs: Iterable[OpSpec] = ()) -> None:
        self._rpcs: dict[str, OpSpec] = {}
        self._cli = _CliNode()
        self.cli_interceptors: list[Interceptor] = []
        self.rpc_interceptors: list[Interceptor] = []
        for spec in specs:
            self.register(spec)

    def register(self, spec: OpSpec, *, replace: bool = False) -> None:
        """Add ``spec``. An RPC name or CLI path already taken raises ValueError unless ``replace``
        (then the previous spec with that RPC name or CLI path is dropped)."""
        if spec.cli is not None and (not spec.cli or any(not w or w != w.strip() or " " in w for w in spec.cli)):
            raise ValueError(f"invalid CLI path {spec.cli!r}")
        old = self._rpcs.get(spec.rpc)
        holder = self._cli_node(spec.cli) if spec.cli is not None else None
        if not replace:
            if old is not None:
                raise ValueError(f"RPC <{spec.rpc}> is already registered")
            if holder is not None and holder.spec is not None:
                raise ValueError(f"CLI command '{' '.join(spec.cli or ())}' is already registered")
        if old is not None and old.cli is not None:
            self._cli_node(old.cli).spec = None
        if holder is not None:
            if holder.spec is not None:
                self._rpcs.pop(holder.spec.rpc, None)
            holder.spec = spec
        self._rpcs[spec.rpc] = spec

    def _cli_node(self, words: tuple[str, ...]) -> _CliNode:
        node = self._cli
        for word in words:
            node = node.children.setdefault(word, _CliNode())
        return node

    def add_cli_interceptor(self, interceptor: Interceptor) -> None:
        """Offer every raw CLI command (pipes included) to ``interceptor`` before normal parsing.

        For components with their own grammar (``show configuration ... | display set``,
        ``show | compare``): return the output, or None to let the registry handle the command.
        Exceptions propagate unchanged (raise OpCommandError for client-facing errors).
        """
        self.cli_interceptors.append(interceptor)

    def add_rpc_interceptor(self, interceptor: Interceptor) -> None:
        """Like :meth:`add_cli_interceptor`, for raw XML RPC text (``<get-configuration>``...)."""
        self.rpc_interceptors.append(interceptor)

    def copy(self) -> CommandRegistry:
        """An independent registry with the same entries (to extend without touching this one)."""
        clone = CommandRegistry(self._rpcs.values())
        clone.cli_interceptors = list(self.cli_interceptors)
        clone.rpc_interceptors = list(self.rpc_interceptors)
        return clone

    def specs(self) -> list[OpSpec]:
        return list(self._rpcs.values())

    def rpc(self, name: str) -> OpSpec | None:
        return self._rpcs.get(name)

    def rpc_names(self) -> list[str]:
        return sorted(self._rpcs)

    # -- CLI parsing ------------------------------------------------------------------------------
    def parse_cli(self, tokens: list[str]) -> tuple[OpSpec, Params]:
        """Resolve ``tokens`` (no pipes) to a spec and its parameters; raises OpCommandError."""
        if not tokens:
            raise OpCommandError("error: empty command")
        node = self._cli
        path: list[str] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            keywords = node.spec.cli_keywords if node.spec is not None else ()
            choice = resolve_abbreviation(token, [*node.children, *keywords])
            if choice is None or choice not in node.children:
                break
            node = node.children[choice]
            path.append(choice)
            index += 1
        spec = node.spec
        if spec is None:
            if index < len(tokens):
                raise OpCommandError(f"error: syntax error, expecting <command>: {tokens[index]}")
            choices = ", ".join(sorted(node.children))
            raise OpCommandError(f"error: incomplete command '{' '.join(path)}', expecting one of: {choices}")
        params: Params = dict(spec.fixed)
        rest = tokens[index:]
        position = 0
        while position < len(rest):
            token = rest[position]
            choice = resolve_abbreviation(token, list(spec.cli_keywords))
            if choice in spec.flags:
                for group in spec.exclusive:
                    if choice in group and any(other in params for other in group if other != choice):
                        raise OpCommandError(f"error: syntax error, expecting <command>: {token}")
                if choice in params:
                    raise OpCommandError(f"error: syntax error, expecting <command>: {token}")
                params[choice] = True
            elif choice is not None and (choice in spec.values or choice in spec.renamed_values):
                if position + 1 >= len(rest):
                    raise OpCommandError(f"error: missing argument after '{choice}'")
                position += 1
                params[spec.renamed_values.get(choice, choice)] = rest[position]
            elif (bare := next((name for name in spec.bare_arguments if name not in params), None)) is not None:
                params[bare] = token
            else:
                raise OpCommandError(f"error: syntax error, expecting <command>: {token}")
            position += 1
        return spec, params


def resolve_abbreviation(token: str, candidates: list[str]) -> str | None:
    """Junos-style abbreviation: exact word, else the unique word starting with ``token``."""
    if token in candidates:
        return token
    matches = sorted({word for word in candidates if word.startswith(token)})
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        listing = "\n".join(f"  {word}" for word in matches)
        raise OpCommandError(f"error: '{token}' is ambiguous.\nPossible completions:\n{listing}")
    return None
