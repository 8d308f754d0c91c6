#!/usr/bin/env python3
"""Debian base images for our container builds, made from Debian's packages (no registry needed).

`debootstrap --variant=minbase SUITE` into a scratch directory, trimmed like Debian's slim images,
then `podman import`ed as `localhost/jetkit/debian:SUITE-KEY`. KEY hashes everything that shapes
the image (this file, the package-manager shim, suite, mirror), so the image is built once per
machine and rebuilt when it is missing or its recipe changes. Concurrent callers (two worktrees)
wait on one lock instead of building twice. It must not touch images it did not make.

    python tools/containers/base_image.py --suite bookworm      # prints the image tag

Needs root (debootstrap), podman and debootstrap; `make` installs them on Debian.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PKGMGR_SHIM = HERE / "pkgmgr-apt"
REPOSITORY = "localhost/jetkit/debian"
MIRROR = os.environ.get("JETKIT_DEBIAN_MIRROR", "http://deb.debian.org/debian")
SECURITY_MIRROR = os.environ.get("JETKIT_DEBIAN_SECURITY_MIRROR", "http://deb.debian.org/debian-security")
SUITES = ("bookworm", "trixie")
# Our images under an older recipe key are removed once this old (a run in another checkout may
# still use a recent one).
STALE_AFTER = "2h"
LABEL = "io.jetkit.base"  # on our base images, hence on every image and layer built from them

# Like Debian's slim images: no documentation, manual pages or translations (copyright files stay).
DPKG_EXCLUDES = """\
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
"""
APT_SETTINGS = """\
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
"""


@dataclass
class BaseImage:
    tag: str
    suite: str
    built: bool  # False: it was already there
    seconds: float  # time spent here (building, or finding it)
    size_mb: float

    def line(self) -> str:
        how = f"built in {self.seconds:.0f} s" if self.built else "unchanged (cached)"
        return f"base    {self.tag}  {self.size_mb:.0f} MB  {how}"


def cache_dir() -> Path:
    base = os.environ.get("JETKIT_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "jetkit"
    )
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def recipe_key(suite: str) -> str:
    digest = hashlib.sha256()
    for part in (Path(__file__).read_bytes(), PKGMGR_SHIM.read_bytes(), suite.encode(), MIRROR.encode()):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:12]


def podman(*args: str, check: bool = True, capture: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["podman", *args], check=check, capture_output=capture, text=True)


def image_size_mb(tag: str) -> float:
    size = podman("image", "inspect", "--format", "{{.Size}}", tag).stdout.strip()
    return round(int(size) / 1e6, 1)


def remove_stale(repository: str, keep: str, family: str = "") -> None:
    """Our images REPOSITORY:FAMILY* older than STALE_AFTER, except KEEP; then dangling layers as old."""
    filters = ["--filter", f"reference={repository}", "--filter", f"until={STALE_AFTER}"]
    for tag in podman("images", *filters, "--format", "{{.Repository}}:{{.Tag}}").stdout.split():
        if tag != keep and tag.rsplit(":", 1)[1].startswith(family):
            podman("rmi", tag, check=False)  # refused while a container uses it: fine
    # Dangling layers (build stages, replaced tags) descend from our base images, whose label they inherit.
    podman("image", "prune", "--force", "--filter", f"until={STALE_AFTER}", "--filter", f"label={LABEL}", check=False)


@contextmanager
def locked(path: Path) -> Iterator[None]:
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def configure_rootfs(root: Path, suite: str) -> None:
    """Sources with updates and security fixes, slim dpkg/apt settings, the ansible-builder shim."""
    security = f"deb {SECURITY_MIRROR} {suite}-security main\n"
    (root / "etc/apt/sources.list").write_text(
        f"deb {MIRROR} {suite} main\ndeb {MIRROR} {suite}-updates main\n{security}"
    )
    (root / "etc/dpkg/dpkg.cfg.d/jetkit-slim").write_text(DPKG_EXCLUDES)
    (root / "etc/apt/apt.conf.d/90jetkit-slim").write_text(APT_SETTINGS)
    for pattern in ("usr/share/doc/*/*", "usr/share/man/*", "usr/share/info/*", "usr/share/locale/*"):
        for path in root.glob(pattern):
            if path.name == "copyright":
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
    for section in range(1, 9):  # empty, as some maintainer scripts link man pages there (openjdk)
        (root / f"usr/share/man/man{section}").mkdir(parents=True, exist_ok=True)
    for leftover in ("var/cache/apt/archives", "var/lib/apt/lists"):
        for path in (root / leftover).glob("*"):
            if path.is_file():
                path.unlink()
    for log in (root / "var/log").rglob("*"):
        if log.is_file():
            log.write_bytes(b"")
    shim = root / "usr/local/sbin/pkgmgr-apt"
    shim.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(PKGMGR_SHIM, shim)
    shim.chmod(0o755)


def build(suite: str, tag: str, workdir: Path) -> None:
    if os.geteuid() != 0:
        raise SystemExit("base_image: debootstrap needs root (run make as root, or build the image as root once)")
    for tool in ("debootstrap", "podman"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"base_image: {tool} is not installed (make installs it on Debian)")
    debs = cache_dir() / "debootstrap" / suite  # downloaded packages, reused by the next build
    debs.mkdir(parents=True, exist_ok=True)
    root = workdir / "rootfs"
    subprocess.run(
        ["debootstrap", "--variant=minbase", f"--cache-dir={debs}", suite, str(root), MIRROR],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    configure_rootfs(root, suite)
    tar = subprocess.Popen(["tar", "-C", str(root), "--numeric-owner", "-cf", "-", "."], stdout=subprocess.PIPE)
    try:
        subprocess.run(
            [
                "podman",
                "import",
                "--change",
                'CMD ["/bin/bash"]',
                "--change",
                "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "--change",
                f"LABEL {LABEL}={suite}",
                "--message",
                f"debootstrap --variant=minbase {suite} {MIRROR}",
                "-",
                tag,
            ],
            stdin=tar.stdout,
            check=True,
            capture_output=True,
        )
    finally:
        if tar.stdout is not None:
            tar.stdout.close()
        if tar.wait() != 0:
            raise SystemExit("base_image: tar of the root file system failed")


def ensure(suite: str) -> BaseImage:
    """The base image for SUITE: found, or built now (once per machine, whoever asks first)."""
    if suite not in SUITES:
        raise SystemExit(f"base_image: unknown suite {suite!r} (known: {', '.join(SUITES)})")
    tag = f"{REPOSITORY}:{suite}-{recipe_key(suite)}"
    started = time.monotonic()
    cache = cache_dir()
    with locked(cache / f"base-{suite}.lock"):
        built = podman("image", "exists", tag, check=False).returncode != 0
        if built:
            with tempfile.TemporaryDirectory(prefix=f"base-{suite}-", dir=cache) as scratch:
                build(suite, tag, Path(scratch))
            remove_stale(REPOSITORY, tag, family=f"{suite}-")
    return BaseImage(tag, suite, built, round(time.monotonic() - started, 1), image_size_mb(tag))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", default="bookworm", choices=SUITES)
    parser.add_argument("--json", action="store_true", help="print tag, build time and size as JSON")
    args = parser.parse_args(argv)
    image = ensure(args.suite)
    if args.json:
        print(json.dumps(asdict(image)))
    else:
        print(image.line(), file=sys.stderr)
        print(image.tag)
    return 0


if __name__ == "__main__":
    sys.exit(main())
