# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Shared base of the jetkit.junos action plugins: task code in the worker, no process per task.

Why this exists (speed): a module run as a Python process costs about 0.3 s per task, and
ansible-core's stock persistent-connection path starts the ``ansible-connection`` helper on
*every* task (about 0.3 s of imports). Our action plugins declare ``_requires_connection =
False``, so the task executor starts nothing for them. Each task then:

1. resolves the ``jetkit.junos.jet`` connection options for this host and task, in-process;
2. computes the persistent process's socket path exactly as ``ansible-connection`` does
   (``ssh._create_control_path(host, port, user, connection, playbook_pid)`` in
   ``PERSISTENT_CONTROL_PATH_DIR``; the worker's parent is the playbook process);
3. starts that process (through ansible-core's ``start_connection``) only if the socket does not
   exist yet: once per host per run, or again after it ended (idle timeout);
4. runs the module's logic from ``module_utils`` right here, talking JSON-RPC to the process.

The module files keep their documentation and a ``main()`` that runs the same logic as a
module process; that path is only used when something bypasses these action plugins.
"""

from __future__ import annotations

import json
import os
from typing import Any

from ansible.errors import AnsibleActionFail, AnsibleError
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.common.text.converters import to_text
from ansible.module_utils.connection import ConnectionError
from ansible.module_utils.errors import UnsupportedError
from ansible.plugins.action import ActionBase
from ansible.utils.display import Display

from ansible_collections.jetkit.junos.plugins.module_utils._jet.api import JetApi
from ansible_collections.jetkit.junos.plugins.module_utils._jet.common import ModuleSpec, TaskContext, TaskError
from ansible_collections.jetkit.junos.plugins.module_utils._jet.errors import JetError

display = Display()

JET_TRANSPORT = "jetkit.junos.jet"
POLICY_OPTIONS = ("persistent_command_timeout", "session_retries", "session_retry_delay")


# connection name as tasks give it -> load name of the plugin when it is ours, else None.
# Filled in the playbook process (by _preload) and so inherited by every worker.
_LOAD_NAMES: dict[str, str | None] = {}


def _jet_load_name(name: str) -> str | None:
    if name not in _LOAD_NAMES:
        from ansible.plugins.loader import connection_loader

        cls = connection_loader.get(name, class_only=True)
        ours = cls is not None and getattr(cls, "transport", None) == JET_TRANSPORT
        _LOAD_NAMES[name] = str(getattr(cls, "_load_name", JET_TRANSPORT)) if ours else None
    return _LOAD_NAMES[name]


def _resolve_policy(load_name: str, variables: dict[str, Any]) -> dict[str, Any]:
    from ansible import constants as C

    values = {
        option: C.config.get_config_value(option, plugin_type="connection", plugin_name=load_name, variables=variables)
        for option in POLICY_OPTIONS
    }
    return {
        "timeout": values["persistent_command_timeout"],
        "session_retries": values["session_retries"],
        "retry_delay": values["session_retry_delay"],
    }


# load name -> (variables that can set the call policy, the policy when none of them is set)
_POLICY_SOURCES: dict[str, tuple[list[str], dict[str, Any]]] = {}


def _policy_sources(load_name: str) -> tuple[list[str], dict[str, Any]]:
    if load_name not in _POLICY_SOURCES:
        from ansible import constants as C

        definitions = C.config.get_configuration_definitions("connection", load_name)
        names = [v["name"] for option in POLICY_OPTIONS for v in definitions[option].get("vars", [])]
        _POLICY_SOURCES[load_name] = (names, _resolve_policy(load_name, {"_extras": {}}))
    return _POLICY_SOURCES[load_name]


def _preload() -> None:
    """Load the plugins every task of ours needs once, here, in the playbook process.

    The linear and free strategies import an action plugin in the playbook process before
    forking the worker of each task, so what is loaded now is inherited by every worker instead
    of being loaded (and its documentation parsed for option definitions) again in each one:
    our connection plugin, and ``ssh`` and ``local``, which ``NetworkConnectionBase`` uses.
    The persistent processes are forked from workers, so they inherit it too.
    """
    from ansible.plugins.loader import connection_loader

    for name in ("ssh", "local"):
        try:
            connection_loader.get(name, class_only=True)
        except Exception:  # only an optimisation: the worker loads it again if this failed
            pass
    try:
        _policy_sources(_jet_load_name(JET_TRANSPORT) or JET_TRANSPORT)
    except Exception:
        _LOAD_NAMES.pop(JET_TRANSPORT, None)
        _POLICY_SOURCES.clear()
    # The gRPC runtime and our stubs (about 0.1 s of imports), likewise inherited by the
    # persistent process of every host. Importing grpc creates no thread and no channel, so
    # the forks that follow are safe; channels are only ever made in the persistent processes.
    try:
        import importlib

        from ansible_collections.jetkit.junos.plugins.module_utils._jet import transport  # noqa: F401

        # grpcio imports its channel implementation on the first channel; do it here, once.
        importlib.import_module("grpc._channel")
    except Exception:  # grpc missing: the persistent process reports it with a clear message
        pass


_preload()


def _daemon(
    read_fd: int,
    write_fd: int,
    play_context: Any,
    socket_path: str,
    original_path: str,
    task_uuid: str,
    options: dict[str, Any],
    process_class: Any,
    playbook_pid: str,
) -> None:  # pragma: no cover - runs in the forked daemon
    """Child side of ``_start``: detach, serve the socket, never return into the worker."""
    import io
    import signal
    import sys

    code = 0
    try:
        os.close(read_fd)
        # A new session, away from the worker's signals. No second fork: the worker does not
        # wait for this process (it ends before it and leaves it to init), and a fork of a
        # worker-sized process is a good part of what starting a connection costs.
        os.setsid()
        os.chdir("/")
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.close(null)
        sys.stdout = io.StringIO()
        sys.stderr = io.StringIO()
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        # Display must write locally now, not through the worker's queue to the playbook process.
        display._final_q = None
        writer = os.fdopen(write_fd, "w")
        process = process_class(writer, play_context, socket_path, original_path, task_uuid, playbook_pid)
        process.start(options)
        if process.connection is not None and os.path.exists(socket_path):
            process.run()
        else:
            process.shutdown()
    except BaseException:
        code = 1
    finally:
        os._exit(code)


class ActionContext(TaskContext):
    """Task context on the controller: files and templates found like Ansible's own actions."""

    def __init__(self, action: JetActionBase, task_vars: dict[str, Any]) -> None:
        super().__init__(
            check_mode=bool(action._task.check_mode), diff=bool(action._task.diff), verbosity=display.verbosity
        )
        self._action = action
        self._task_vars = task_vars

    def read_source(self, path: str) -> str:
        try:
            real = self._action._find_needle("files", path)
            return self._action._loader.get_text_file_contents(real)
        except AnsibleError as exc:
            raise TaskError(f"cannot read src file {path}: {to_text(exc.message)}") from None

    def render_template(self, path: str, variables: dict[str, Any]) -> str:
        from ansible.template import trust_as_template

        action = self._action
        try:
            source = action._find_needle("templates", path)
            text = trust_as_template(action._loader.get_text_file_contents(source))
        except AnsibleError as exc:
            raise TaskError(f"cannot read template {path}: {to_text(exc.message)}") from None
        available = dict(self._task_vars)
        available.update(variables or {})
        searchpath = [os.path.dirname(source)]
        templar = action._templar.copy_with_new_env(searchpath=searchpath, available_variables=available)
        try:
            return str(templar.template(text, escape_backslashes=False))
        except AnsibleError as exc:
            raise TaskError(f"template {path}: {to_text(exc.message)}") from None

    def host_name(self) -> str:
        return str(self._task_vars.get("inventory_hostname") or self._action._play_context.remote_addr)

    def backup_dir(self) -> str:
        base = self._action._task.get_search_path()
        root = base[-1] if base else os.getcwd()
        return os.path.join(root, "backup")


class JetActionBase(ActionBase):
    """Runs a jetkit.junos module's logic in the worker against the persistent connection."""

    _requires_connection = False
    _supports_check_mode = True
    _supports_async = False
    TRANSFERS_FILES = False

    SPEC: ModuleSpec
    _validator: ArgumentSpecValidator

    # -- connection ----------------------------------------------------------------------------
    def _connection_name(self, task_vars: dict[str, Any]) -> str:
        name = task_vars.get("ansible_connection")
        if name is None:
            name = self._task.connection
        elif not isinstance(name, str) or self._templar.is_possibly_template(name):
            name = self._templar.template(name)
        return str(name or "")

    def _jet_class(self, task_vars: dict[str, Any]) -> tuple[str, str]:
        """(connection name as the task gives it, plugin load name); fail unless it is ours."""
        name = self._connection_name(task_vars)
        load_name = _jet_load_name(name) if name else None
        if load_name is None:
            raise AnsibleActionFail(
                f"{self._task.action} needs the {JET_TRANSPORT} connection: set "
                f"ansible_connection: {JET_TRANSPORT} for this host (it uses {name or 'none'!r})"
            )
        return name, load_name

    def _templated_vars(self, task_vars: dict[str, Any], names: Any) -> dict[str, Any]:
        from ansible.errors import AnsibleValueOmittedError

        var_options: dict[str, Any] = {"_extras": {}}
        for var_name in names:
            if var_name in task_vars:
                try:
                    var_options[var_name] = self._templar.template(task_vars[var_name])
                except AnsibleValueOmittedError:
                    pass
        return var_options

    def _jet_options(self, load_name: str, task_vars: dict[str, Any]) -> dict[str, Any]:
        """All jetkit.junos.jet options for this host and task, resolved as the executor does.

        (``ConnectionBase._resolve_option_variables`` + ``set_options``, without building a
        connection object.) Only needed to start the persistent process.
        """
        from ansible import constants as C

        task_keys = self._task.dump_attrs()
        task_keys["timeout"] = self._play_context.timeout
        if self._play_context.password:
            task_keys["password"] = self._play_context.password
        task_keys.pop("retries", None)
        var_options = self._templated_vars(task_vars, C.config.get_plugin_vars("connection", load_name))
        return dict(C.config.get_plugin_options("connection", load_name, keys=task_keys, variables=var_options))

    def _call_policy(self, load_name: str, task_vars: dict[str, Any]) -> dict[str, Any]:
        """The per-call settings of this task (its deadline and session retries), resolved alone.

        Every task sends them with each call, so a task can set its own
        ``ansible_command_timeout``; resolving three options instead of all keeps tasks cheap,
        and when no variable sets them, the answer (from ansible.cfg, the environment or the
        defaults, fixed for the whole run) was computed once in the playbook process.
        """
        names, fixed = _policy_sources(load_name)
        if not any(name in task_vars for name in names):
            return dict(fixed)
        return _resolve_policy(load_name, self._templated_vars(task_vars, names))

    @staticmethod
    def _socket_path(play_context: Any, connection_name: str) -> str:
        from ansible import constants as C
        from ansible.plugins.connection.ssh import Connection as SshConnection
        from ansible.utils.path import unfrackpath

        control_path = SshConnection._create_control_path(
            play_context.remote_addr,
            play_context.port,
            play_context.remote_user,
            connection_name,
            to_text(os.getppid()),
        )
        directory = unfrackpath(C.PERSISTENT_CONTROL_PATH_DIR)
        return unfrackpath(control_path % {"directory": directory})

    def _start(self, name: str, load_name: str, task_vars: dict[str, Any]) -> str:
        """Start the persistent process of this host, forked from this worker.

        This does what ``ansible-connection`` (started by ``start_connection``) does, minus
        starting a new Python interpreter that imports Ansible again (about 0.4 s): the same
        socket path, the same lock, ansible-core's own ``ConnectionProcess`` serving the
        socket. The worker is already detached from the terminal; the child starts its own
        session and no longer writes through the worker's result queue.
        """
        from ansible import constants as C
        from ansible.cli.scripts.ansible_connection_cli_stub import ConnectionProcess, file_lock
        from ansible.utils.path import unfrackpath

        options = self._jet_options(load_name, task_vars)
        play_context = self._play_context.copy()
        play_context.connection = name
        play_context.timeout = options.get("persistent_command_timeout")
        socket_path = self._socket_path(play_context, name)
        os.makedirs(unfrackpath(C.PERSISTENT_CONTROL_PATH_DIR), mode=0o700, exist_ok=True)
        directory, base = os.path.split(socket_path)
        lock_path = unfrackpath(f"{directory}/.ansible_pc_lock_{base}")
        display.vvvv(f"starting the {JET_TRANSPORT} persistent connection", host=play_context.remote_addr)
        with file_lock(lock_path):
            if os.path.exists(socket_path):
                return socket_path  # another worker of the same host got there first
            original_path = os.getcwd()
            playbook_pid = to_text(os.getppid())
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the daemon, not in the test process
                _daemon(
                    read_fd,
                    write_fd,
                    play_context,
                    socket_path,
                    original_path,
                    self._task._uuid,
                    options,
                    ConnectionProcess,
                    playbook_pid,
                )
            os.close(write_fd)
            with os.fdopen(read_fd, "r") as reader:
                answer = reader.read()
            if not answer:  # it ended before answering: collect it rather than leave a zombie
                os.waitpid(pid, 0)
        try:
            started = json.loads(answer) if answer else {"error": "the persistent process ended at once"}
        except ValueError:
            started = {"error": answer}
        for level, message in started.get("messages", []):
            if level in ("vvvv", "vvv", "vv", "v", "debug"):
                display.vvvv(to_text(message), host=play_context.remote_addr)
        if "error" in started:
            raise AnsibleActionFail(f"cannot start the {JET_TRANSPORT} connection: {started['error']}")
        return socket_path

    def _jet_api(self, task_vars: dict[str, Any]) -> JetApi:
        name, load_name = self._jet_class(task_vars)
        policy = self._call_policy(load_name, task_vars)
        host = self._play_context.remote_addr
        socket_path = self._socket_path(self._play_context, name)
        if not os.path.exists(socket_path):
            socket_path = self._start(name, load_name, task_vars)
        display.vvvv(f"using persistent socket {socket_path}", host=host)

        def restart() -> str:
            # The socket exists but nobody answers: a process that was killed left it behind.
            display.vvvv(f"stale persistent socket {socket_path}, restarting", host=host)
            try:
                os.unlink(socket_path)
            except OSError:
                pass
            return self._start(name, load_name, task_vars)

        return JetApi.from_socket(socket_path, policy, restart=restart)

    # -- task ------------------------------------------------------------------------------------
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        spec = getattr(cls, "SPEC", None)
        if spec is not None:
            # Built once, when the playbook process imports the action: a worker only validates.
            cls._validator = ArgumentSpecValidator(spec.argument_spec, **spec.validator_kwargs())

    def _params(self) -> dict[str, Any]:
        """The task's arguments checked and completed by the module's argument spec.

        What ``ActionBase.validate_argument_spec`` does, with a validator made once per action
        instead of once per task (building one deep-copies the spec).
        """
        args = self._task.args.copy()
        outcome = self._validator.validate(args)
        if outcome.error_messages:
            error = outcome.errors[0]
            message = outcome.errors.msg
            if isinstance(error, UnsupportedError):
                message = f"Unsupported parameters for ({self._load_name}) module: {message}"
            raise AnsibleActionFail(message, obj=self._task.args)
        args.update(outcome.validated_parameters)
        return args

    def _context(self, task_vars: dict[str, Any]) -> TaskContext:
        return ActionContext(self, task_vars)

    def run(self, tmp: str | None = None, task_vars: dict[str, Any] | None = None) -> dict[str, Any]:
        task_vars = task_vars or {}
        result = super().run(tmp, task_vars)
        params = self._params()
        ctx = self._context(task_vars)
        try:
            api = self._jet_api(task_vars)
            outcome = self.SPEC.run(api, params, ctx)
        except TaskError as exc:
            outcome = {"failed": True, "msg": exc.message, **exc.extra}
        except JetError as exc:
            outcome = exc.to_result()
        except ConnectionError as exc:
            outcome = {"failed": True, "msg": to_text(exc)}
        result.update(outcome)
        result.setdefault("changed", False)
        if ctx.warnings:
            result["warnings"] = list(result.get("warnings", [])) + ctx.warnings
        return result
