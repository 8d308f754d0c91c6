# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The action plugin of every jetkit.junos module: the module's logic runs in the worker.

Every module has an action file of its own name in ``plugins/action`` that only imports
:class:`ActionModule` from here. Ansible needs that file: the playbook process loads a task's
action by the module's name before it forks the task's worker (so what this file loads is
inherited by every worker), and ``module_defaults`` are looked up under the name the action
resolves to. A module file holds its documentation and ``SPEC`` (a
``module_utils._jet.common.ModuleSpec``: argument spec and logic); this plugin finds it by the
task's module name, validates the task's arguments against it and runs the logic in the Ansible
worker, no module process per task:

* a JET module gets a ``JetApi`` on its host's session in the per-run gateway
  (``plugin_utils/gateway.py``), reached through the ``jetkit.junos.jet`` connection plugin,
  whose options Ansible has already resolved for the task (``self._connection.get_option``).
  Per-task ``host``/``user``/``passwd``/``port`` (juniper.device's module options), and plays
  with ``connection: local``, select the connection through the same plugin and its options:
  the task's values are given to ``set_options`` over the host's variables;
* an MQTT module (event_publish, event_wait) gets its host's broker.

Speed: this file is imported by the playbook process when it meets the first task of the
collection (the strategy loads a task's action before forking its worker), and every module's
spec, the connection plugin and gRPC are loaded then, once, for all the workers forked after.
"""

from __future__ import annotations

import datetime
import importlib
import os
import pkgutil
from typing import Any

from ansible.errors import AnsibleActionFail, AnsibleError
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.common.text.converters import to_text
from ansible.module_utils.errors import UnsupportedError
from ansible.plugins.action import ActionBase
from ansible.utils.display import Display

from ansible_collections.jetkit.junos.plugins.module_utils._jet.common import ModuleSpec, TaskContext, TaskError
from ansible_collections.jetkit.junos.plugins.module_utils._jet.errors import JetError

display = Display()

COLLECTION = "jetkit.junos"
JET_TRANSPORT = "jetkit.junos.jet"
LOCAL_TRANSPORTS = ("local", "ansible.builtin.local", "ansible.legacy.local")
MODULES_PACKAGE = "ansible_collections.jetkit.junos.plugins.modules"
# module option -> jetkit.junos.jet connection option it sets for the task
SESSION_OVERRIDES = {"host": "host", "user": "remote_user", "passwd": "password", "port": "port"}

# module name -> (spec, its validator); filled in the playbook process, inherited by every worker
_MODULES: dict[str, tuple[ModuleSpec, ArgumentSpecValidator]] = {}


def _module(name: str) -> tuple[ModuleSpec, ArgumentSpecValidator]:
    """The spec of module ``name`` (its file's ``SPEC``) and a validator built once for it."""
    if name not in _MODULES:
        spec = importlib.import_module(f"{MODULES_PACKAGE}.{name}").SPEC
        # Building a validator deep-copies the spec: once per module, not once per task.
        _MODULES[name] = (spec, ArgumentSpecValidator(spec.argument_spec, **spec.validator_kwargs()))
    return _MODULES[name]


def _preload() -> None:
    """What every task needs, loaded in the playbook process for all workers: see the docstring."""
    from ansible.plugins.loader import connection_loader

    try:
        package = importlib.import_module(MODULES_PACKAGE)
        for info in pkgutil.iter_modules(package.__path__):
            try:
                _module(info.name)
            except Exception:  # not ours, or broken: the task using it reports the error
                _MODULES.pop(info.name, None)
        for name in (JET_TRANSPORT, "local"):
            connection_loader.get(name, class_only=True)
        from ansible_collections.jetkit.junos.plugins.module_utils._jet import services
        from ansible_collections.jetkit.junos.plugins.plugin_utils import gateway

        services.method(services.MANAGEMENT, "OpCommandGet")  # reads every service of the stubs once
        gateway.preload()
    except Exception:  # only an optimisation: a worker loads what is missing itself
        pass


_preload()


class ActionContext(TaskContext):
    """Task context on the controller: files and templates found like Ansible's own actions."""

    def __init__(self, action: ActionModule, task_vars: dict[str, Any]) -> None:
        super().__init__(
            check_mode=bool(action._task.check_mode), diff=bool(action._task.diff), verbosity=display.verbosity
        )
        self._action = action
        self._task_vars = task_vars

    def _text(self, path: str) -> str:
        loader = self._action._loader
        if hasattr(loader, "get_text_file_contents"):  # ansible-core 2.19 and later
            return str(loader.get_text_file_contents(path))
        real = loader.get_real_file(path)
        try:
            with open(real, encoding="utf-8") as handle:
                return handle.read()
        finally:
            loader.cleanup_tmp_file(real)

    def read_source(self, path: str) -> str:
        try:
            return self._text(self._action._find_needle("files", path))
        except (AnsibleError, OSError, UnicodeDecodeError) as exc:
            reason = to_text(exc.message) if isinstance(exc, AnsibleError) else str(exc)
            raise TaskError(f"cannot read src file {path}: {reason}") from None

    def render_template(self, path: str, variables: dict[str, Any]) -> str:
        action = self._action
        try:
            source = action._find_needle("templates", path)
            text = self._text(source)
        except (AnsibleError, OSError, UnicodeDecodeError) as exc:
            reason = to_text(exc.message) if isinstance(exc, AnsibleError) else str(exc)
            raise TaskError(f"cannot read template {path}: {reason}") from None
        try:  # ansible-core 2.19 and later template only text marked as trusted
            from ansible.template import trust_as_template

            text = trust_as_template(text)
        except ImportError:
            pass
        available = dict(self._task_vars)
        available.update(variables or {})
        searchpath = [os.path.dirname(source)]
        templar = action._templar.copy_with_new_env(searchpath=searchpath, available_variables=available)
        try:
            return str(templar.template(text, escape_backslashes=False))
        except AnsibleError as exc:
            raise TaskError(f"template {path}: {to_text(exc.message)}") from None

    def find_local_file(self, path: str) -> str:
        """A controller file or directory the task names, found like Ansible's file actions do:
        in the role's or playbook's ``files/`` directory, then relative to it."""
        try:
            return str(self._action._find_needle("files", path))
        except AnsibleError as exc:
            raise TaskError(f"cannot find {path} on the controller: {to_text(exc.message)}") from None

    def host_name(self) -> str:
        return str(self._task_vars.get("inventory_hostname") or self._action._play_context.remote_addr)

    def backup_dir(self) -> str:
        base = self._action._task.get_search_path()
        root = base[-1] if base else os.getcwd()
        return os.path.join(root, "backup")


class ActionModule(ActionBase):
    """Runs a jetkit.junos module's logic in the worker."""

    # Ansible must not start a persistent connection for these tasks (a misconfigured host may
    # name one); the jetkit.junos.jet connection it makes for them is kept as it is.
    _requires_connection = False
    _supports_check_mode = True
    _supports_async = False
    TRANSFERS_FILES = False

    def _spec(self) -> tuple[ModuleSpec, ArgumentSpecValidator]:
        # The module as the task names it: its FQCN, or its short name with ``collections``.
        collection, _sep, short = str(self._task.action).rpartition(".")
        if collection not in (COLLECTION, ""):
            raise AnsibleActionFail(f"{self._task.action} is not a module of {COLLECTION}")
        try:
            return _module(short)
        except (ImportError, AttributeError) as exc:
            raise AnsibleActionFail(f"{COLLECTION}.{short} has no module logic: {exc}") from None

    def _params(self, spec: ModuleSpec, validator: ArgumentSpecValidator) -> dict[str, Any]:
        """The task's arguments checked and completed by the module's argument spec.

        What ``ActionBase.validate_argument_spec`` does, with the validator made once per module;
        options the logic checks itself (``passed_through``) are handed over as given.
        """
        given = self._task.args
        # An empty list stands in for each passed-through option: presence still counts
        # (mutually_exclusive, required_*), and nothing big is copied.
        args = {k: ([] if k in spec.passed_through else v) for k, v in given.items()}
        outcome = validator.validate(args)
        if outcome.error_messages:
            error = outcome.errors[0]
            message = outcome.errors.msg
            if isinstance(error, UnsupportedError):
                message = f"Unsupported parameters for ({self._task.action}) module: {message}"
            raise AnsibleActionFail(message, obj=given)
        args.update(outcome.validated_parameters)
        for name in spec.passed_through:
            args[name] = given.get(name)
        return args

    # -- the JET connection of the task ------------------------------------------------------------
    def _jet_connection(self, task_vars: dict[str, Any], params: dict[str, Any]) -> Any:
        """The jetkit.junos.jet connection plugin with this task's options.

        Normally the one Ansible made for the task. With per-task connection options, or in a
        play with ``connection: local``, one made here the way Ansible makes it: the plugin's
        variables of this host, templated, and the task's own values given directly.
        """
        overrides = {SESSION_OVERRIDES[k]: params[k] for k in SESSION_OVERRIDES if params.get(k) is not None}
        connection = self._connection
        transport = getattr(connection, "transport", None)
        if transport == JET_TRANSPORT and not overrides:
            return connection
        if transport != JET_TRANSPORT and transport not in LOCAL_TRANSPORTS:
            raise AnsibleActionFail(
                f"{self._task.action} needs the {JET_TRANSPORT} connection: set ansible_connection: "
                f"{JET_TRANSPORT} for this host, or use connection: local (the host uses {transport!r})"
            )
        from ansible import constants as C
        from ansible.plugins.loader import connection_loader

        ours = connection_loader.get(JET_TRANSPORT, self._play_context, ansible_playbook_pid=str(os.getppid()))
        var_options: dict[str, Any] = {"_extras": {}}
        for name in C.config.get_plugin_vars("connection", ours._load_name):
            if name in task_vars:
                var_options[name] = self._templar.template(task_vars[name])
        task_keys = self._task.dump_attrs()
        task_keys.pop("retries", None)  # the task's retries are not the connection's
        if self._play_context.password:
            task_keys["password"] = self._play_context.password
        ours.set_options(task_keys=task_keys, var_options=var_options, direct=overrides)
        return ours

    def _jet_api(self, task_vars: dict[str, Any], params: dict[str, Any]) -> Any:
        connection = self._jet_connection(task_vars, params)
        api = connection.jet_api()
        if params.get("timeout") is not None:
            api.policy.timeout = float(params["timeout"])
            if api.policy.timeout <= 0:
                raise TaskError(f"timeout must be positive, got {params['timeout']}")
        return api

    # -- the task ----------------------------------------------------------------------------------
    def run(self, tmp: str | None = None, task_vars: dict[str, Any] | None = None) -> dict[str, Any]:
        task_vars = task_vars or {}
        result = super().run(tmp, task_vars)
        spec, validator = self._spec()
        params = self._params(spec, validator)
        ctx = ActionContext(self, task_vars)
        api = None
        try:
            if spec.transport == "mqtt":
                outcome = spec.run(self._broker(task_vars, params), params, ctx)
            else:
                api = self._jet_api(task_vars, params)
                outcome = spec.run(api, params, ctx)
        except TaskError as exc:
            outcome = {"failed": True, "msg": exc.message, **exc.extra}
        except JetError as exc:
            outcome = exc.to_result()
        except AnsibleError as exc:
            outcome = {"failed": True, "msg": to_text(exc.message)}
        finally:
            client = getattr(api, "endpoint", None)
            if client is not None:
                client.close()
        result.update(outcome)
        result.setdefault("changed", False)
        if ctx.warnings:
            result["warnings"] = list(result.get("warnings", [])) + ctx.warnings
        if client is not None:
            for line in client.messages:
                display.vvvv(line, host=ctx.host_name())
            if spec.transport == "jet":
                self._log(params, ctx.host_name(), spec.name, client, result)
        return result

    def _broker(self, task_vars: dict[str, Any], params: dict[str, Any]) -> Any:
        """The MQTT broker of this host: the task's options, else the host's variables."""
        from ansible_collections.jetkit.junos.plugins.module_utils._jet.mqtt import HOST_VARS, broker_from_vars

        host_vars = {name: self._templar.template(task_vars[name]) for name in HOST_VARS if name in task_vars}
        if not params.get("username") and host_vars.get("jet_mqtt_username"):
            params["username"] = host_vars["jet_mqtt_username"]
            params["password"] = params.get("password") or host_vars.get("jet_mqtt_password")
        return broker_from_vars(host_vars, params)

    def _log(self, params: dict[str, Any], host: str, module: str, client: Any, result: dict[str, Any]) -> None:
        """juniper.device's ``logfile``/``logdir``/``level``: the task's calls, on the controller.

        WARNING (the default) logs a failure; INFO (or ``-v``) also every call with its outcome
        and time; DEBUG (or ``-vv``) also what the gateway did (Login, retries, reconnects).
        """
        path = params.get("logfile")
        if not path and params.get("logdir"):
            path = os.path.join(params["logdir"], f"{host}.log")
        if not path:
            return
        level = params.get("level") or {0: "WARNING", 1: "INFO"}.get(display.verbosity, "DEBUG")
        entries: list[tuple[str, str]] = []
        if level in ("INFO", "DEBUG"):
            entries += [
                ("INFO", f"{what}: {status} in {seconds * 1000:.1f} ms") for what, seconds, status in client.calls
            ]
        if level == "DEBUG":
            entries += [("DEBUG", line) for line in client.messages]
        if result.get("failed"):
            entries.append(("ERROR", str(result.get("msg"))))
        now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]
        text = "".join(f"{now} - {COLLECTION}.{module} - {lvl} - [{host}] {msg}\n" for lvl, msg in entries)
        try:
            directory = os.path.dirname(path)
            if directory:
                os.makedirs(directory, exist_ok=True)
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            result.setdefault("warnings", []).append(f"cannot write the log file {path}: {exc.strerror}")
