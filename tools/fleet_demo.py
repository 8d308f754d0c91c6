"""`make demo`: the whole story against a fleet of 3 emulated Junos devices, step by step.

1. jetemu starts 3 devices (jsd gRPC + an MQTT broker each) and writes their inventory.
2. `playbooks/demo.yml`: facts, a command, a configuration change with its diff, a rollback.
3. `playbooks/route_watch.yml`: the sample on-box application route_watch.py and the
   `show route-watch` command its YANG package adds, on r1.
4. `playbooks/routes.yml`: routes programmed over the JET RIB service (jet_routes role); then
   `show route-watch` on r1 counts them.
5. `ansible-rulebook` runs `extensions/eda/rulebooks/interface_down.yml`; a link goes down on
   r2 only, the rulebook runs the remediation playbook on r2 only, and the others are untouched.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "emulator"))

from jetemu import launcher  # noqa: E402

BIN = Path(sys.executable).parent
USER, PASSWORD = "lab", "lab123"
ROUTES = [
    {"prefix": "198.51.100.0/24", "next_hops": ["172.16.0.254"]},
    {"prefix": "203.0.113.0/25", "next_hops": ["172.16.0.254"], "preference": 20},
]


def banner(number: int, title: str) -> None:
    print(f"\n{'=' * 78}\n Step {number}: {title}\n{'=' * 78}", flush=True)


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("ANSIBLE_COLLECTIONS_PATH", str(ROOT / ".venv" / "collections"))
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "emulator"), env.get("PYTHONPATH")) if p)
    env.setdefault("ANSIBLE_NOCOLOR", "1")
    if "JAVA_HOME" not in env:
        jvm = next(
            (p for p in sorted(Path("/usr/lib/jvm").glob("java-17-openjdk*")) if (p / "bin/java").exists()), None
        )
        if jvm is not None:
            env["JAVA_HOME"] = str(jvm)
    return env


def playbook(inventory: Path, name: str, *extra: str) -> None:
    argv = [str(BIN / "ansible-playbook"), "-i", str(inventory), str(ROOT / "playbooks" / name), *extra]
    shown = " ".join(["ansible-playbook", "-i", "inventory.yml", f"playbooks/{name}", *extra])
    print(f"$ {shown}", flush=True)
    rc = subprocess.call(argv, env=environment(), cwd=ROOT, stdin=subprocess.DEVNULL)
    if rc != 0:
        raise SystemExit(f"{name} failed (exit {rc})")


def jetemu_event(emu: launcher.Emulator, *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "jetemu", "event", "--ready-file", str(emu.ready_file), *args],
        capture_output=True, text=True, env=environment(), timeout=60, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"jetemu event {' '.join(args)} failed: {done.stderr.strip()}")
    return dict(json.loads(done.stdout))


def wait_for(log: Path, pattern: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        if re.search(pattern, text):
            return text
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    raise SystemExit(f"ansible-rulebook did not print {pattern!r}:\n{log.read_text(errors='replace')[-3000:]}")


def rulebook_story(emu: launcher.Emulator, inventory: Path, work: Path) -> None:
    rulebook = shutil.which("ansible-rulebook", path=str(BIN)) or shutil.which("ansible-rulebook")
    if rulebook is None:
        raise SystemExit("ansible-rulebook is not installed (make setup installs it)")
    reports = work / "remediation"
    variables = work / "rulebook-vars.json"
    variables.write_text(json.dumps({"jet_inventory": str(inventory), "jet_client_id": "jetkit-demo"}))
    log = work / "rulebook.log"
    env = environment()
    env["JET_REMEDIATION_DIR"] = str(reports)
    argv = [rulebook, "-r", str(ROOT / "extensions/eda/rulebooks/interface_down.yml"), "-i", str(inventory),
            "--vars", str(variables), "-v"]  # fmt: skip
    print("$ ansible-rulebook -r extensions/eda/rulebooks/interface_down.yml -i inventory.yml --vars ...", flush=True)
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=work)
    try:
        wait_for(log, r"Waiting for events", proc)
        deadline = time.monotonic() + 60
        while not all(int(d["clients"]) >= 1 for d in jetemu_event(emu, "status")["devices"]):  # type: ignore[union-attr]
            if time.monotonic() > deadline:
                raise SystemExit("the EDA source did not connect to every device broker")
            time.sleep(0.2)
        time.sleep(0.5)  # the SUBSCRIBE follows the CONNACK
        print("the source is subscribed to the brokers of r1, r2 and r3", flush=True)
        print("$ jetemu event --device r2 link-down ge-0/0/1", flush=True)
        jetemu_event(emu, "--device", "r2", "link-down", "ge-0/0/1")
        text = wait_for(log, r"PLAY RECAP", proc)
        time.sleep(1)
        recap = text[text.index("PLAY [") :] if "PLAY [" in text else text[-2000:]
        print("\n--- what ansible-rulebook ran ---\n" + recap.strip(), flush=True)
        made = sorted(p.stem for p in reports.glob("*.json"))
        print(f"\nremediation reports written for: {', '.join(made) or 'none'}")
        if made != ["r2"]:
            raise SystemExit(f"expected a report for r2 only, got {made}")
        report = json.loads((reports / "r2.json").read_text())
        print(json.dumps(report, indent=2))
        print("r1 and r3 were left alone: the event carried meta.hosts = r2.")
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="jetkit-demo-") as tmp:
        work = Path(tmp)
        banner(1, "three emulated Junos devices (jsd gRPC + MQTT broker each)")
        emu = launcher.Emulator.start(
            work / "lab", "--devices", "3", "--host", "127.0.0.1", "--hostname", "r",
            "--user", f"{USER}:{PASSWORD}", inventory=True,
        )  # fmt: skip
        inventory = emu.inventory
        assert inventory is not None
        try:
            for device in emu.devices:
                print(
                    f"{device['name']}: jsd {device['host']}:{device['port']}, MQTT port {device.get('jet_mqtt_port')}"
                )
            banner(2, "facts, a command, a configuration change with its diff, a rollback (playbooks/demo.yml)")
            playbook(inventory, "demo.yml", "--diff")
            banner(3, "an on-box application and the CLI command it adds (playbooks/route_watch.yml)")
            playbook(inventory, "route_watch.yml", "--diff", "--limit", "r1")
            banner(4, "routes programmed over the JET RIB service (playbooks/routes.yml)")
            playbook(inventory, "routes.yml", "--diff", "-e", json.dumps({"jet_routes_list": ROUTES}))
            print("\nshow route-watch on r1 again: route_watch counted the routes just programmed", flush=True)
            playbook(inventory, "route_watch.yml", "--limit", "r1", "-e", "route_watch_wait_for=Static")
            banner(5, "a link goes down on r2; the rulebook remediates r2 only")
            rulebook_story(emu, inventory, work)
        finally:
            emu.stop()
    print("\nDemo done: rulebook and emulator stopped cleanly.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
