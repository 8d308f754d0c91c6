"""jet_app, yang_package and jet_app_info with the real ansible-playbook against a real jetemu.

The story of issue 14 on one device: deploy -> start -> the custom command answers in three
formats -> restart -> stop -> absent, with idempotence and check mode at each step; then a
crashing application, refused paths, a hanging action script, and the module-process path.
The device's files are inspected through JET (a second session), never on the host.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jet_helpers import ROOT, Emulator, device_cli, run_playbook, start_emulator

SAMPLE = ROOT / "playbooks" / "files" / "route_watch"
CRASHER = "import sys\nprint('crashing', flush=True)\nsys.exit(3)\n"
HANGING = "import time\ntime.sleep(600)\n"


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    emu = start_emulator(
        tmp_path_factory.mktemp("emu"),
        "--hostname",
        "app1",
        "--commit-confirm-minute",
        "1",
        "--action-script-timeout",
        "3",
    )
    yield emu
    emu.stop()


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    files = tmp_path / "files" / "route_watch"
    files.mkdir(parents=True)
    for name in ("route_watch.py", "route_watch_action.py", "route-watch.yang"):
        shutil.copy(SAMPLE / name, files / name)
    return tmp_path


def app_task(name: str, **args: Any) -> dict[str, Any]:
    extra = {k: args.pop(k) for k in ("check_mode", "diff", "ignore_errors", "register") if k in args}
    return {"name": name, "jetkit.junos.jet_app": {"name": "route_watch.py", **args}, **extra}


def package_task(name: str, **args: Any) -> dict[str, Any]:
    extra = {k: args.pop(k) for k in ("check_mode", "diff", "ignore_errors") if k in args}
    body = {
        "name": "route-watch",
        "modules": ["route_watch/route-watch.yang"],
        "action_scripts": ["route_watch/route_watch_action.py"],
        **args,
    }
    return {"name": name, "jetkit.junos.yang_package": body, **extra}


def command_task(name: str, fmt: str) -> dict[str, Any]:
    return {
        "name": name,
        "jetkit.junos.command": {
            "commands": "show route-watch",
            "format": fmt,
            "wait_for": ["result[0] contains Static"],
            "retries": 40,
            "interval": 0.25,
        },
    }


def test_deploy_start_command_restart_stop_absent(device: Emulator, workdir: Path) -> None:
    started = app_task("start", src="route_watch/route_watch.py", state="started")
    tasks = [
        app_task("start (check)", src="route_watch/route_watch.py", state="started", check_mode=True, diff=True),
        started,
        dict(started, name="start again"),
        dict(started, name="start again (check)", check_mode=True),
        package_task("package (check)", check_mode=True),
        package_task("package", diff=True),
        package_task("package again"),
        package_task("package again (check)", check_mode=True),
        {
            "name": "routes",
            "jetkit.junos.config": {"lines": ["set routing-options static route 198.51.100.0/24 discard"]},
        },
        command_task("text", "text"),
        command_task("json", "json"),
        command_task("xml", "xml"),
        {"name": "info", "jetkit.junos.jet_app_info": {}},
    ]
    r = run_playbook(workdir, device.inventory, tasks)
    assert r.rc == 0, r.output
    check = r.task("start (check)")
    assert check["changed"] is True and check["action"] == "start" and check["status"] is None
    assert "daemonize" in check["diff"]["after"] and "language python3" in check["diff"]["after"]
    first = r.task("start")
    assert first["changed"] is True and first["file"]["changed"] is True and first["config_changed"] is True
    status = first["status"]
    assert status["running"] is True and status["pid"] == int(status["process_id"])
    assert status["name"] == "route_watch" and status["data_segment_size"] == "134217728B"
    transfer = first["file"]["transfers"][0]
    assert transfer["dest"] == "/var/db/scripts/jet/route_watch.py" and "/<token>/route_watch.py" in transfer["url"]
    for again in ("start again", "start again (check)"):
        assert r.task(again)["changed"] is False, r.task(again)
        assert r.task(again)["status"]["pid"] == first["status"]["pid"]
    assert r.task("package (check)")["changed"] is True
    package = r.task("package")
    assert package["changed"] is True and "Restarting mgd" in package["output"]
    assert package["package"]["commands"] == ["show route-watch"]
    assert r.task("package again")["changed"] is False
    assert r.task("package again (check)")["changed"] is False

    text = r.task("text")["stdout"]
    assert "route_watch: connected" in text
    assert any(line.split()[:2] == ["Static", "1"] for line in text.splitlines()), text
    parsed = r.task("json")["parsed"][0]["route-watch-information"][0]
    assert any(p["protocol"][0]["data"] == "Static" for p in parsed["protocol-counts"])
    xml = r.task("xml")["parsed"][0]["route-watch-information"]
    assert "Static" in json.dumps(xml["protocol-counts"])

    info = r.task("info")
    app = info["applications"]["route_watch.py"]
    assert app["daemonize"] is True and app["status"]["running"] is True
    assert app["checksum"] == first["file"]["sha256"]
    assert info["yang_packages"]["route-watch"]["commands"] == ["show route-watch"]

    # restart, stop (idempotent, check mode), absent
    tasks = [
        app_task("restart", state="restarted"),
        app_task("stop (check)", state="stopped", check_mode=True),
        app_task("stop", state="stopped"),
        app_task("stop again", state="stopped"),
        app_task("start (check)", state="started", check_mode=True),
        app_task("absent (check)", state="absent", check_mode=True, diff=True),
        app_task("absent", state="absent"),
        app_task("absent again", state="absent"),
        package_task("package absent", state="absent"),
        package_task("package absent again", state="absent"),
    ]
    r = run_playbook(workdir, device.inventory, tasks)
    assert r.rc == 0, r.output
    restart = r.task("restart")
    assert restart["changed"] is True and restart["action"] == "restart"
    assert restart["status"]["running"] is True and restart["status"]["pid"] != first["status"]["pid"]
    assert r.task("stop (check)")["changed"] is True
    assert r.task("stop (check)")["status"]["running"] is True  # check mode stopped nothing
    stop = r.task("stop")
    assert stop["changed"] is True and stop["status"] == {"pid": None, "running": False}
    # route_watch.py ends cleanly on SIGTERM (return 0), or is ended by it (-1) when it comes before
    # the restarted program has set its handler up
    pid = restart["status"]["pid"]
    assert re.fullmatch(
        rf"Extension-service application 'route_watch.py' with pid: {pid} exited with return: (0|-1)\n", stop["output"]
    )
    assert restart["output"].endswith(
        f"Extension-service application 'route_watch.py' started with PID: {restart['status']['pid']}\n"
    )
    assert r.task("stop again")["changed"] is False
    start_check = r.task("start (check)")
    assert start_check["changed"] is True and start_check["status"]["running"] is False
    absent_check = r.task("absent (check)")
    assert absent_check["changed"] is True and "route_watch.py" in absent_check["diff"]["before"]
    assert r.task("absent")["changed"] is True
    assert r.task("absent again")["changed"] is False
    assert r.task("package absent")["changed"] is True
    assert r.task("package absent again")["changed"] is False
    assert "route_watch.py" not in device_cli(device, "show configuration system extensions")
    assert "route_watch.py" not in device_cli(device, "file list /var/db/scripts/jet")
    assert "route-watch" not in device_cli(device, "show system yang package")


def test_a_crashing_application_is_reported(device: Emulator, workdir: Path) -> None:
    """The device shows no process for it once jetemu gives up respawning; why is in its trace file."""
    (workdir / "files" / "crasher.py").write_text(CRASHER)
    tasks = [
        {"name": "deploy", "jetkit.junos.jet_app": {"name": "crasher.py", "src": "crasher.py", "state": "present"}},
        {
            "name": "wait",
            "jetkit.junos.command": {
                "commands": "file show /var/log/crasher.log",
                "wait_for": ["result[0] contains respawning stopped"],
                "retries": 60,
                "interval": 0.5,
            },
        },
        {"name": "info", "jetkit.junos.jet_app_info": {"gather": ["applications"]}},
        {"name": "remove", "jetkit.junos.jet_app": {"name": "crasher.py", "state": "absent"}},
    ]
    r = run_playbook(workdir, device.inventory, tasks)
    assert r.rc == 0, r.output
    assert r.task("info")["applications"]["crasher.py"]["status"] == {"pid": None, "running": False}
    stdout = r.task("wait")["stdout"]
    log = stdout if isinstance(stdout, str) else stdout[0]
    assert log.count("jetemu: crasher.py ended (exit code 3); respawning in") == 4
    assert "crasher.py ended (exit code 3); respawning stopped after 5 abnormal ends" in log
    assert "Hostname:" in device_cli(device, "show version")


def test_bad_names_and_paths_are_refused(device: Emulator, workdir: Path) -> None:
    tasks = [
        {"name": "traversal", "jetkit.junos.jet_app": {"name": "../../../tmp/x.py", "state": "absent"}},
        {"name": "absolute", "jetkit.junos.jet_app": {"name": "/etc/x.py", "state": "absent"}},
        {"name": "package id", "jetkit.junos.yang_package": {"name": "../up", "state": "absent"}},
        {
            "name": "started needs daemonize",
            "jetkit.junos.jet_app": {"name": "x.py", "daemonize": False, "state": "started"},
        },
        {"name": "missing src", "jetkit.junos.jet_app": {"name": "x.py", "src": "nope/x.py"}},
        {"name": "no file", "jetkit.junos.jet_app": {"name": "never-deployed.py"}},
    ]
    r = run_playbook(workdir, device.inventory, [dict(t, ignore_errors=True) for t in tasks])
    assert r.rc == 0, r.output
    assert "must be a relative path of plain names" in r.task("traversal")["msg"]
    assert "must be a relative path of plain names" in r.task("absolute")["msg"]
    assert "package id" in r.task("package id")["msg"]
    assert "needs daemonize: true" in r.task("started needs daemonize")["msg"]
    assert "nope/x.py" in r.task("missing src")["msg"]
    assert "is not on the device" in r.task("no file")["msg"]
    assert all(r.task(t["name"])["_status"] == "failed" for t in tasks)


def test_a_hanging_action_script_times_out(device: Emulator, workdir: Path) -> None:
    (workdir / "files" / "route_watch" / "route_watch_action.py").write_text(HANGING)
    tasks = [
        {
            "name": "language",
            "jetkit.junos.config": {"lines": ["set system scripts language python3"]},
        },
        package_task("package"),
        {"name": "command", "jetkit.junos.command": {"commands": "show route-watch"}, "ignore_errors": True},
        package_task("remove", state="absent"),
    ]
    r = run_playbook(workdir, device.inventory, tasks)
    assert r.rc == 0, r.output
    failed = r.task("command")
    assert failed["_status"] == "failed"
    assert "did not finish within 3 seconds and was stopped" in failed["msg"]


LIBRARY_MODULE = """#!/usr/bin/python
# A module of the playbook's own library/ that runs jetkit.junos.jet_app's logic: Ansible executes
# it as a module process (no jetkit.junos action plugin), as it would any module of another collection.
from ansible_collections.jetkit.junos.plugins.module_utils._jet.apps import JET_APP
from ansible_collections.jetkit.junos.plugins.module_utils._jet.runner import run_module

if __name__ == "__main__":
    run_module(JET_APP)
"""


def test_module_process_path(tmp_path: Path) -> None:
    """jet_app's logic run as a module process serves the transfer endpoint from that process and
    reaches the device through the session of the playbook's connection."""
    emu = start_emulator(tmp_path / "emu", "--hostname", "modproc")
    app = tmp_path / "hello.py"
    app.write_text("print('hello')\n")
    workdir = tmp_path / "run"
    (workdir / "library").mkdir(parents=True)
    (workdir / "library" / "jet_library_app.py").write_text(LIBRARY_MODULE)
    deploy = {"name": "hello.py", "src": str(app), "daemonize": False}
    tasks = [
        {"name": "before", "jetkit.junos.command": {"commands": "show version"}},
        {"name": "deployed", "jet_library_app": deploy},
        {"name": "again", "jet_library_app": deploy},
    ]
    try:
        r = run_playbook(workdir, emu.inventory, tasks, play_vars={"ansible_python_interpreter": sys.executable})
        assert r.rc == 0, r.output
        deployed, again = r.task("deployed"), r.task("again")
        assert deployed["changed"] is True and deployed["file"]["transfers"][0]["size"] == len("print('hello')\n")
        assert again["changed"] is False, again
        assert device_cli(emu, "file show /var/db/scripts/jet/hello.py") == "print('hello')\n"
    finally:
        emu.stop()
