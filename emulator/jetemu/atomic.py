"""Writing a file of jetemu's own state so that readers see the old file or the new one, never half.

One helper for every file jetemu keeps on the host (device state, configuration history, the
ready file and inventory, the SSH host key). It writes a fresh temporary file next to the target
(never a leftover or a planted link), with exactly ``mode``, flushes it to disk, renames it over
the target and flushes the directory, so a crash leaves either version. Files inside an emulated
device's own file system are written by that file system (relative to the device's root), not here.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], data: bytes | str, mode: int = 0o600) -> None:
    """Write ``data`` (text is UTF-8) to ``path``; the file gets ``mode`` (default: owner only)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # what a cleanup of ".*.tmp" finds
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_directory(target.parent)


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory descriptors
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
