"""jetemu's container image for real: built by podman from emulator/Containerfile, a 3-device fleet
reached by the collection through published ports, its state on a volume that outlives the container.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from container_helpers import Container, built, images, needs_podman, podman, remove_volume, unique, write_inventory
from jet_helpers import PASSWORD, USER, PlaybookRun, run_playbook

pytestmark = [pytest.mark.slow, needs_podman]

DEVICES = 3
JSD_PORTS = [32767 + i for i in range(DEVICES)]  # inside the container: consecutive ports (--host 0.0.0.0)
MQTT_PORTS = [1883 + i for i in range(DEVICES)]
DESCRIPTION = "uplink set from the container test"


@pytest.fixture(scope="module")
def jetemu_image() -> str:
    return built(images.jetemu()).tag


@pytest.fixture
def volume() -> Iterator[str]:
    name = unique("state")
    podman("volume", "create", "--label", "jetkit.test=1", name)
    yield name
    remove_volume(name)


def start_fleet(image: str, volume: str) -> Container:
    container = Container.run(
        image,
        "--devices", str(DEVICES), "--port", str(JSD_PORTS[0]), "--mqtt-port", str(MQTT_PORTS[0]),
        "--hostname", "ctr",
        publish=JSD_PORTS + MQTT_PORTS,
        options=["--volume", f"{volume}:/var/lib/jetemu"],
        secrets={"JETEMU_USERS": f"{USER}:{PASSWORD}"},
    )  # fmt: skip
    container.wait_for_file("/var/lib/jetemu/ready.json")
    return container


def fleet_inventory(container: Container, path: Path) -> Path:
    hosts: dict[str, dict[str, object]] = {}
    for i, (jsd, mqtt) in enumerate(zip(JSD_PORTS, MQTT_PORTS, strict=True), start=1):
        hosts[f"ctr{i}"] = {
            "ansible_connection": "jetkit.junos.jet",
            "ansible_host": "127.0.0.1",
            "ansible_port": container.host_port(jsd),
            "ansible_user": USER,
            "ansible_password": PASSWORD,
            "jet_mqtt_port": container.host_port(mqtt),
        }
    return write_inventory(path, hosts)


def test_password_is_in_no_process_argument(jetemu_image: str, volume: str) -> None:
    container = start_fleet(jetemu_image, volume)
    try:
        inside = podman("exec", container.name, "cat", "/proc/1/cmdline").stdout
        assert "--devices" in inside.replace("\0", " ") and PASSWORD not in inside
        assert PASSWORD not in podman("inspect", "--format", "{{json .Config.Cmd}}", container.name).stdout
    finally:
        container.remove()


def test_image_runs_as_an_unprivileged_user_with_a_state_volume(jetemu_image: str) -> None:
    config = podman("image", "inspect", "--format", "{{json .Config}}", jetemu_image).stdout
    assert '"User":"jetemu"' in config
    assert '"/var/lib/jetemu":{}' in config
    assert "--state-dir" in config and "0.0.0.0" in config


def play_on_a_new_fleet(image: str, volume: str, workdir: Path, tasks: list[dict[str, Any]]) -> PlaybookRun:
    """Start a fleet container on VOLUME, run TASKS on its devices, then stop and remove the container."""
    container = start_fleet(image, volume)
    try:
        workdir.mkdir(parents=True)
        inventory = fleet_inventory(container, workdir / "inventory.yml")
        run = run_playbook(workdir, inventory, tasks, extra_args=["--forks", str(DEVICES)])
        assert run.rc == 0, run.output[-6000:]
        return run
    finally:
        container.stop()
        container.remove()


def recap_rows(run: PlaybookRun) -> list[str]:
    rows = [row for row in run.output.splitlines() if row.startswith("ctr")]
    assert len(rows) == DEVICES, run.output[-4000:]
    return rows


def test_playbook_against_containerized_fleet_keeps_state_across_containers(
    jetemu_image: str, volume: str, tmp_path: Path
) -> None:
    line = f'set interfaces ge-0/0/0 description "{DESCRIPTION}"'
    first = play_on_a_new_fleet(
        jetemu_image,
        volume,
        tmp_path / "first",
        [
            {"name": "facts", "jetkit.junos.facts": {}},
            {"name": "commit", "jetkit.junos.config": {"lines": [line], "comment": "container test"}},
        ],
    )
    assert all("ok=2" in row and "changed=1" in row and "failed=0" in row for row in recap_rows(first))

    # A new container on the same volume: committed configuration and rollback history are back.
    show = ["show configuration interfaces ge-0/0/0 | display set", "show system commit"]
    second = play_on_a_new_fleet(
        jetemu_image,
        volume,
        tmp_path / "second",
        [
            {"name": "show", "jetkit.junos.command": {"commands": show}},
            {"name": "again", "jetkit.junos.config": {"lines": [line]}},
        ],
    )
    assert all("changed=0" in row for row in recap_rows(second))
    shown = second.task("show")  # the last host's result; every host passed the same task
    assert DESCRIPTION in shown["stdout"][0]
    assert "container test" in shown["stdout"][1]
