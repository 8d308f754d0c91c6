#!/usr/bin/env python3
"""Build this project's container images with podman, on our Debian base images, and say what it cost.

    python tools/containers/images.py [jetemu] [ee] [de]      # all three when none is named

- `jetemu`: emulator/Containerfile on Debian bookworm (its Python 3.11).
- `ee`, `de`: `ansible-builder build` of execution-environment/{execution,decision}-environment.yml
  on Debian trixie (Python 3.13, which ansible-core 2.21 needs), with the collection installed from
  the tarball `ansible-galaxy collection build` makes of this checkout.

Each image is tagged with a key hashing its whole recipe (base image, definition, sources), so an
unchanged recipe is found instead of rebuilt; podman's layer cache makes most rebuilds partial.

Python packages come from a wheelhouse the host's pip downloads (cached under ~/.cache/jetkit),
mounted into the build with a pip.conf that points pip at it: pip inside a build here cannot verify
PyPI's certificate (the machine reaches PyPI through a TLS-intercepting proxy whose CA only the host
trusts). Debian packages come from deb.debian.org over plain HTTP inside the build. Nothing of the
wheelhouse or pip.conf stays in the images. This file builds; it runs no containers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import base_image

ROOT = Path(__file__).resolve().parents[2]
EMULATOR = ROOT / "emulator"
EE_DIR = ROOT / "execution-environment"
VENV_BIN = Path(sys.executable).parent
PYTHON_OF_SUITE = {"bookworm": ("3.11", 36), "trixie": ("3.13", 41)}  # Python, glibc 2.N
WHEELS_IN_BUILD = "/jetkit-wheels"
# Debian packages for ansible-builder's scripts: Python, pip (skip_pip_install) and venv (its assemble step).
DEBIAN_PYTHON = "python3 python3-pip python3-venv"


@dataclass
class Image:
    name: str
    tag: str
    built: bool  # False: found with the same recipe key
    seconds: float
    size_mb: float
    base: str

    def line(self) -> str:
        how = f"built in {self.seconds:.0f} s" if self.built else "unchanged (cached)"
        return f"{self.name:7} {self.tag}  {self.size_mb:.0f} MB  {how}  (base {self.base})"


def digest(parts: Iterable[bytes]) -> str:
    total = hashlib.sha256()
    for part in parts:
        total.update(hashlib.sha256(part).digest())
    return total.hexdigest()[:12]


def tree_bytes(top: Path) -> Iterable[bytes]:
    for path in sorted(top.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield str(path.relative_to(top)).encode()
            yield path.read_bytes()


def podman(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["podman", *args], check=check, capture_output=True, text=True)


def exists(tag: str) -> bool:
    return podman("image", "exists", tag, check=False).returncode == 0


def size_mb(tag: str) -> float:
    return round(int(podman("image", "inspect", "--format", "{{.Size}}", tag).stdout.strip()) / 1e6, 1)


def wheelhouse(requirements: list[str], suite: str) -> Path:
    """Wheels for SUITE's Python resolved from REQUIREMENTS by the host's pip, plus a pip.conf."""
    python, glibc = PYTHON_OF_SUITE[suite]
    key = digest([python.encode(), "\n".join(sorted(requirements)).encode()])
    house = base_image.cache_dir() / "wheels" / f"{suite}-{key}"
    if (house / "pip.conf").is_file():
        return house
    house.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f"{house.name}.", dir=house.parent))
    platforms = [f"manylinux_2_{n}_x86_64" for n in range(17, glibc + 1)]
    platforms += ["manylinux2014_x86_64", "manylinux1_x86_64"]
    argv = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--only-binary=:all:"]
    argv += ["--python-version", python, "--implementation", "cp", "--dest", str(partial)]
    argv += [arg for platform in platforms for arg in ("--platform", platform)]
    proc = subprocess.run([*argv, *requirements], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        shutil.rmtree(partial)
        raise SystemExit(f"pip download for the {suite} wheelhouse failed:\n{proc.stdout}{proc.stderr}")
    (partial / "pip.conf").write_text(f"[global]\nno-index = true\nfind-links = {WHEELS_IN_BUILD}\n")
    try:
        partial.rename(house)
    except OSError:  # another build made the same wheelhouse meanwhile
        shutil.rmtree(partial)
    return house


def wheel_mounts(house: Path) -> list[str]:
    return ["--volume", f"{house}:{WHEELS_IN_BUILD}:ro", "--volume", f"{house / 'pip.conf'}:/etc/pip.conf:ro"]


def jetemu() -> Image:
    base = base_image.ensure("bookworm")
    containerfile = EMULATOR / "Containerfile"
    project = tomllib.loads((EMULATOR / "pyproject.toml").read_text())
    key = digest(
        [
            base.tag.encode(),
            containerfile.read_bytes(),
            (EMULATOR / ".containerignore").read_bytes(),
            (EMULATOR / "pyproject.toml").read_bytes(),
            (EMULATOR / "README.md").read_bytes(),
            *tree_bytes(EMULATOR / "jetemu"),
        ]
    )
    tag = f"localhost/jetkit/jetemu:{key}"
    started = time.monotonic()
    built = not exists(tag)
    if built:
        house = wheelhouse([*project["project"]["dependencies"], "setuptools>=68"], "bookworm")
        argv = ["podman", "build", "--quiet", "--build-arg", f"BASE_IMAGE={base.tag}", *wheel_mounts(house)]
        argv += ["--label", f"jetkit.recipe={key}", "-f", str(containerfile), "-t", tag, str(EMULATOR)]
        run_build(argv, "jetemu")
        base_image.remove_stale("localhost/jetkit/jetemu", tag)
    return Image("jetemu", tag, built, round(time.monotonic() - started, 1), size_mb(tag), base.tag)


def collection_tarball(dest: Path) -> Path:
    proc = subprocess.run(
        [str(VENV_BIN / "ansible-galaxy"), "collection", "build", "--force", "--output-path", str(dest), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"ansible-galaxy collection build failed:\n{proc.stdout}{proc.stderr}")
    (tarball,) = dest.glob("*.tar.gz")
    return tarball


def tarball_bytes(tarball: Path) -> Iterable[bytes]:
    """The collection's contents (names, modes, bytes), not the archive's timestamps."""
    # Read in archive order (a gzip stream only reads forward: visiting members sorted by name
    # would decompress the archive again for every backward step), then hash in name order.
    entries: dict[str, tuple[bytes, bytes | None]] = {}
    with tarfile.open(tarball, mode="r|gz") as archive:
        for member in archive:
            content = None
            if member.isfile():
                handle = archive.extractfile(member)
                content = handle.read() if handle else b""
            entries[member.name] = (f"{member.name} {member.mode} {member.type!r}".encode(), content)
    for name in sorted(entries):
        header, content = entries[name]
        yield header
        if content is not None:
            yield content


def environment_requirements(definition: dict) -> list[str]:
    """What pip installs in an ansible-builder v3 build of DEFINITION with this collection."""
    deps = definition["dependencies"]
    wanted = [deps["ansible_core"]["package_pip"], deps["ansible_runner"]["package_pip"]]
    wanted += list(deps.get("python") or [])
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            wanted.append(line)
    init = (definition.get("options") or {}).get("container_init", {"package_pip": "dumb-init==1.2.5"})  # its default
    if init.get("package_pip"):
        wanted.append(init["package_pip"])
    return [*wanted, "bindep", "pyyaml", "packaging"]  # the builder stage's own tools


def environment(kind: str) -> Image:
    """`ansible-builder build` of our execution ('ee') or decision ('de') environment definition."""
    file_name = {"ee": "execution-environment.yml", "de": "decision-environment.yml"}[kind]
    definition_path = EE_DIR / file_name
    definition = yaml.safe_load(definition_path.read_text())
    base = base_image.ensure("trixie")
    with tempfile.TemporaryDirectory(prefix=f"jetkit-{kind}-") as scratch:
        work = Path(scratch)
        tarball = collection_tarball(work / "collections")
        key = digest(
            [
                base.tag.encode(),
                definition_path.read_bytes(),
                (EE_DIR / "requirements.yml").read_bytes(),
                *tarball_bytes(tarball),
            ]
        )
        tag = f"localhost/jetkit/junos-{kind}:{key}"
        started = time.monotonic()
        built = not exists(tag)
        if built:
            shutil.copy(definition_path, work / file_name)
            shutil.copy(EE_DIR / "requirements.yml", work / "requirements.yml")
            house = wheelhouse(environment_requirements(definition), "trixie")
            build_args = {
                "EE_BASE_IMAGE": base.tag,
                "PKGMGR": "/usr/local/sbin/pkgmgr-apt",
                "PYCMD": "/usr/bin/python3",
                "PYPKG": DEBIAN_PYTHON,
            }
            argv = [str(VENV_BIN / "ansible-builder"), "build", "-f", file_name, "-t", tag, "-c", str(work / "context")]
            argv += ["--container-runtime", "podman", "-v", "1"]
            argv += [arg for name, value in build_args.items() for arg in ("--build-arg", f"{name}={value}")]
            argv += ["--extra-build-cli-args", " ".join([*wheel_mounts(house), "--label", f"jetkit.recipe={key}"])]
            run_build(argv, kind, cwd=work)
            base_image.remove_stale(f"localhost/jetkit/junos-{kind}", tag)
        return Image(kind, tag, built, round(time.monotonic() - started, 1), size_mb(tag), base.tag)


def run_build(argv: list[str], name: str, cwd: Path | None = None) -> None:
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"building {name} failed ({' '.join(argv)}):\n{proc.stdout[-8000:]}{proc.stderr[-8000:]}")


BUILDERS = {"jetemu": jetemu, "ee": lambda: environment("ee"), "de": lambda: environment("de")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("images", nargs="*", help=f"which images: {', '.join(BUILDERS)} (default: all)")
    parser.add_argument("--json", action="store_true", help="one JSON object per image")
    args = parser.parse_args(argv)
    unknown = set(args.images) - set(BUILDERS)
    if unknown:
        parser.error(f"unknown images {sorted(unknown)}; known: {', '.join(BUILDERS)}")
    names = args.images or list(BUILDERS)
    for suite in sorted({"bookworm" if name == "jetemu" else "trixie" for name in names}):
        base = base_image.ensure(suite)
        print(json.dumps(asdict(base)) if args.json else base.line(), flush=True)
    # The builds wait mostly on downloads and dpkg, not on one CPU: side by side they finish sooner.
    with ThreadPoolExecutor(max_workers=len(names)) as pool:
        running = [pool.submit(BUILDERS[name]) for name in names]
        for future in running:
            image = future.result()
            print(json.dumps(asdict(image)) if args.json else image.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
