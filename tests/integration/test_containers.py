"""jetemu's container image for real: built by podman from emulator/Containerfile, a 3-device fleet
reached by the collection through published ports, its state on a volume that outlives the container.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from container_helpers import Container, built, images, needs_podman, podman, remove_volume, unique, write_inventory
from jet_helpers import PASSWORD, USER, run_playbook

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


def test_playbook_against_containerized_fleet_keeps_state_across_containers(
    jetemu_image: str, volume: str, tmp_path: Path
) -> None:
    line = f'set interfaces ge-0/0/0 description "{DESCRIPTION}"'
    first = start_fleet(jetemu_image, volume)
    try:
        inventory = fleet_inventory(first, tmp_path / "inventory.yml")
        run = run_playbook(
            tmp_path / "first",
            inventory,
            [
                {"name": "facts", "jetkit.junos.facts": {}},
                {"name": "commit", "jetkit.junos.config": {"lines": [line], "comment": "container test"}},
            ],
            extra_args=["--forks", str(DEVICES)],
        )
        assert run.rc == 0, run.output[-6000:]
        assert "ok=2" in run.output and "failed=0" in run.output
        recap = [row for row in run.output.splitlines() if row.startswith("ctr")]
        assert len(recap) == DEVICES and all("changed=1" in row for row in recap), recap
    finally:
        first.stop()
        first.remove()

    # A new container on the same volume: committed configuration and rollback history are back.
    second = start_fleet(jetemu_image, volume)
    try:
        inventory = fleet_inventory(second, tmp_path / "inventory.yml")
        run = run_playbook(
            tmp_path / "second",
            inventory,
            [
                {
                    "name": "show",
                    "jetkit.junos.command": {
                        "commands": ["show configuration interfaces ge-0/0/0 | display set", "show system commit"]
                    },
                },
                {"name": "again", "jetkit.junos.config": {"lines": [line]}},
            ],
            extra_args=["--forks", str(DEVICES)],
        )
        assert run.rc == 0, run.output[-6000:]
        recap = [row for row in run.output.splitlines() if row.startswith("ctr")]
        assert len(recap) == DEVICES and all("changed=0" in row for row in recap), recap
        shown = run.task("show")  # the last host's result; every host passed the same task
        assert DESCRIPTION in shown["stdout"][0]
        assert "container test" in shown["stdout"][1]
    finally:
        second.stop()
        second.remove()
