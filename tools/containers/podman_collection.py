#!/usr/bin/env python3
"""Install the containers.podman collection (Molecule's podman driver needs it) into .venv/collections.

Galaxy is not reachable from our machines, so the collection comes from the community `ansible`
package on PyPI, which bundles it: pip downloads that wheel (its pip cache makes this cheap) and
only ansible_collections/containers/podman/ is unpacked. Nothing else of the package is installed.

    python tools/containers/podman_collection.py [--dest .venv/collections]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The community package whose bundled containers.podman we take (pinned: one known version).
ANSIBLE_PACKAGE = "ansible==12.3.0"
PREFIX = "ansible_collections/containers/podman/"


def installed_version(collection: Path) -> str | None:
    manifest = collection / "MANIFEST.json"
    if not manifest.is_file():
        return None
    return str(json.loads(manifest.read_text())["collection_info"]["version"])


def install(dest: Path) -> tuple[Path, str]:
    target = dest / PREFIX
    stamp = target / ".jetkit-source"
    if installed_version(target) and stamp.is_file() and stamp.read_text().strip() == ANSIBLE_PACKAGE:
        return target, str(installed_version(target))
    with tempfile.TemporaryDirectory(prefix="jetkit-ansible-wheel-") as scratch:
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
             "--dest", scratch, ANSIBLE_PACKAGE],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if proc.returncode != 0:
            raise SystemExit(f"pip download {ANSIBLE_PACKAGE} failed:\n{proc.stdout}{proc.stderr}")
        (wheel,) = Path(scratch).glob("*.whl")
        if target.exists():
            shutil.rmtree(target)
        with zipfile.ZipFile(wheel) as archive:
            for member in archive.namelist():
                if member.startswith(PREFIX) and not member.endswith("/"):
                    archive.extract(member, dest)
    stamp.write_text(ANSIBLE_PACKAGE + "\n")
    version = installed_version(target)
    if version is None:
        raise SystemExit(f"{ANSIBLE_PACKAGE} holds no containers.podman collection")
    return target, version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dest", type=Path, default=ROOT / ".venv" / "collections")
    args = parser.parse_args(argv)
    target, version = install(args.dest)
    print(f"containers.podman {version} in {target} (from {ANSIBLE_PACKAGE})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
