"""The file system of one emulated device: a directory on the host that is the device's ``/``.

A device keeps its files (applications under ``/var/db/scripts/jet``, action scripts under
``/var/db/scripts/action``, logs under ``/var/log``, users' homes under ``/var/home/<user>``,
``/var/tmp``...) in a root directory of its own: ``<state-dir>/device-N/root`` when jetemu runs
with ``--state-dir``, otherwise a temporary directory removed when the emulator stops.

Every device path given by a client goes through :meth:`DeviceFilesystem.resolve`, and nothing
else in this module touches a host path, so no command can reach outside the root:

* a relative path is relative to the user's home (``/var/home/<user>``, also ``~``), as on Junos;
* ``..`` that would climb above ``/`` is refused (path traversal), and so is any symbolic link
  on the way (applications run as host processes and could plant one), a NUL byte or a path
  longer than Junos allows;
* files are opened with ``O_NOFOLLOW`` and written atomically (temporary file + rename).

``file copy`` fetches ``http://`` and ``https://`` URLs (HTTPS certificates are verified against
the host's trust store, which ``SSL_CERT_FILE`` can point at a lab CA) or copies a local path;
sizes are bounded (:data:`MAX_FILE_BYTES` per file, :data:`MAX_ROOT_BYTES` per device).

This module holds no command syntax or output rendering (see :mod:`.file_commands`).
"""

from __future__ import annotations

import base64
import builtins
import fnmatch
import hashlib
import os
import shutil
import ssl
import stat
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .registry import OpCommandError

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ROOT_BYTES = 1024 * 1024 * 1024
MAX_PATH_CHARS = 1024
FETCH_TIMEOUT = 120.0

#: Files every device has (what Junos keeps there; clients such as PyEZ's facts read them).
STANDARD_FILES = {
    "/etc/hosts.junos": (
        "#\n# File mapping AF_INET/AF_INET6 hostnames for REs on Single and Multichassis\n# systems\n#\n"
        "128.0.0.1\t\tmaster\n128.0.0.4\t\tre0\n128.0.0.5\t\tre1\n"
    ),
    "/etc/resolv.conf": "",
}

#: Directories every device has (``/var/home/<user>`` is made per user).
STANDARD_DIRECTORIES = (
    "/config",
    "/var/db/scripts/jet",
    "/var/db/scripts/op",
    "/var/db/scripts/action",
    "/var/db/scripts/commit",
    "/var/db/scripts/event",
    "/var/db/scripts/lib",
    "/var/home",
    "/var/log",
    "/var/tmp",
)

CHECKSUM_METHODS = {"md5": "md5", "sha1": "sha1", "sha-256": "sha256"}


class FilesystemError(OpCommandError):
    """A file operation the device refuses; ``message`` is what the client sees."""


@dataclass(frozen=True)
class FileInfo:
    """One directory entry as ``file list detail`` shows it."""

    name: str  # the entry's name (or the full device path when a single file is listed)
    path: str  # full device path
    kind: str  # "file" | "directory" | "symlink" | "other"
    size: int
    mode: int  # permission bits
    mtime: float
    links: int
    blocks: int  # 1 KiB blocks
    executable: bool
    target: str | None = None  # symlink target (shown, never followed)


class DeviceFilesystem:
    """The files of one device, rooted at ``root`` on the host.

    Every access walks from the root's directory descriptor one component at a time with
    ``O_NOFOLLOW`` (``openat``), so a symbolic link planted anywhere, even while a command runs,
    is refused instead of followed: no operation can reach a host path outside the root.
    """

    def __init__(self, root: Path, users: Iterable[str] = (), *, lazy: bool = False) -> None:
        """``lazy``: the standard directories, files and homes are made by the first access, not
        now. A fleet of hundreds of devices in temporary roots then starts and stops without
        writing them all, most devices never using their files (that was most of jetemu's start
        time with 200 devices); a kept root (``--state-dir``) is made at once, for people to look in.
        """
        self.root = Path(root).resolve()
        self._users = tuple(users)
        self._lock = threading.Lock()
        self._prepared = False
        self._preparing: int | None = None  # the thread making them (its own accesses go through)
        self._prepare_lock = threading.Lock()
        if not lazy:
            self._prepare()

    def _prepare(self) -> None:
        if self._prepared or self._preparing == threading.get_ident():
            return
        with self._prepare_lock:
            if self._prepared:
                return
            self._preparing = threading.get_ident()
            try:
                self.root.mkdir(parents=True, exist_ok=True)
                for directory in ("/etc", *STANDARD_DIRECTORIES):
                    self.make_directory(directory)
                for path, text in STANDARD_FILES.items():
                    if not self.exists(path):
                        self.write_bytes(path, text.encode())
                for user in self._users:
                    self.ensure_home(user)
                self._prepared = True
            finally:
                self._preparing = None

    def _absent_from_fresh_root(self, device_path: str) -> bool:
        """Whether ``device_path`` cannot exist because the device never had more than its standard
        files (its root is still empty): a read of it needs no preparation (jetemu's own startup
        reads, say a package manifest, on every device)."""
        if self._prepared or self._preparing == threading.get_ident():
            return False
        standard = ("/etc", *STANDARD_DIRECTORIES, *STANDARD_FILES, *(self.home(u) for u in self._users))
        below = device_path.rstrip("/") + "/"
        if any(path == device_path or path.startswith(below) for path in standard):
            return False
        try:
            with os.scandir(self.root) as entries:
                return next(entries, None) is None
        except FileNotFoundError:
            return True

    # -- paths ----------------------------------------------------------------------------------
    @staticmethod
    def home(user: str) -> str:
        return f"/var/home/{user or 'root'}"

    def ensure_home(self, user: str) -> str:
        name = user or "root"
        if "/" in name or name in (".", "..") or "\x00" in name:
            raise FilesystemError(f"error: invalid user name {user!r}")
        return self.make_directory(self.home(name))

    def normalize(self, path: str, user: str = "root") -> str:
        """The absolute device path of ``path`` (relative to the user's home); no host access.

        Raises :class:`FilesystemError` for an empty path, a NUL byte, an over-long path, or
        ``..`` that would leave ``/`` (path traversal).
        """
        if not isinstance(path, str) or not path.strip():
            raise FilesystemError("error: missing file name")
        if "\x00" in path:
            raise FilesystemError("error: invalid file name: it contains a NUL character")
        if len(path) > MAX_PATH_CHARS:
            raise FilesystemError(f"error: file name too long ({len(path)} characters, at most {MAX_PATH_CHARS})")
        text = path.strip()
        if text == "~" or text.startswith("~/"):  # the user's home, as the Junos CLI reads it
            text = self.home(user) + text[1:]
        parts = [] if text.startswith("/") else [p for p in self.home(user).split("/") if p]
        for part in text.split("/"):
            if part in ("", "."):
                continue
            if part == "..":
                if not parts:
                    raise FilesystemError(f"error: {text}: the path leaves the device's file system (refused)")
                parts.pop()
                continue
            parts.append(part)
        return "/" + "/".join(parts)

    @staticmethod
    def _parts(device_path: str) -> list[str]:
        return [p for p in device_path.split("/") if p]

    def _open_directory(self, parts: list[str], *, create: bool = False) -> int:
        """A descriptor of the directory ``/parts...``, walked with ``O_NOFOLLOW`` from the root."""
        self._prepare()
        flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
        fd = os.open(self.root, flags)
        walked = ""
        try:
            for part in parts:
                walked += "/" + part
                try:
                    child = os.open(part, flags, dir_fd=fd)
                except FileNotFoundError:
                    if not create:
                        raise FilesystemError(f"error: {walked}: No such file or directory") from None
                    os.mkdir(part, 0o755, dir_fd=fd)
                    child = os.open(part, flags, dir_fd=fd)
                except OSError as exc:
                    raise self._walk_error(fd, part, walked, exc) from None
                os.close(fd)
                fd = child
        except BaseException:
            os.close(fd)
            raise
        return fd

    @staticmethod
    def _walk_error(fd: int, part: str, walked: str, exc: OSError) -> FilesystemError:
        try:
            st = os.stat(part, dir_fd=fd, follow_symlinks=False)
        except OSError:
            st = None
        if st is not None and stat.S_ISLNK(st.st_mode):
            return FilesystemError(f"error: {walked}: symbolic links are not followed (refused)")
        if st is not None and not stat.S_ISDIR(st.st_mode):
            return FilesystemError(f"error: {walked}: Not a directory")
        return FilesystemError(f"error: {walked}: {exc.strerror or exc}")

    def _lstat(self, device_path: str) -> os.stat_result | None:
        parts = self._parts(device_path)
        if not parts:
            self._prepare()
            return os.stat(self.root)
        fd = self._open_directory(parts[:-1])
        try:
            return os.stat(parts[-1], dir_fd=fd, follow_symlinks=False)
        except FileNotFoundError:
            return None
        finally:
            os.close(fd)

    def exists(self, path: str, user: str = "root") -> bool:
        try:
            return self._lstat(self.normalize(path, user)) is not None
        except FilesystemError:
            return False

    def is_directory(self, path: str, user: str = "root") -> bool:
        try:
            st = self._lstat(self.normalize(path, user))
        except FilesystemError:
            return False
        return st is not None and stat.S_ISDIR(st.st_mode)

    # -- reading --------------------------------------------------------------------------------
    def read_bytes(self, path: str, user: str = "root", *, limit: int = MAX_FILE_BYTES) -> tuple[str, bytes]:
        """``(device path, content)``; raises :class:`FilesystemError` with Junos' words."""
        device_path = self.normalize(path, user)
        parts = self._parts(device_path)
        if not parts:
            raise FilesystemError("error: /: is a directory")
        if self._absent_from_fresh_root(device_path):
            raise FilesystemError(f"error: could not resolve file: {device_path}")
        try:
            directory = self._open_directory(parts[:-1])
        except FilesystemError as exc:
            if "No such file or directory" in exc.message:
                raise FilesystemError(f"error: could not resolve file: {device_path}") from None
            raise
        try:
            try:
                fd = os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=directory)
            except FileNotFoundError:
                raise FilesystemError(f"error: could not resolve file: {device_path}") from None
            except OSError as exc:
                raise self._walk_error(directory, parts[-1], device_path, exc) from None
        finally:
            os.close(directory)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise FilesystemError(f"error: {device_path}: is a directory")
            if not stat.S_ISREG(info.st_mode):
                raise FilesystemError(f"error: {device_path}: not a regular file")
            if info.st_size > limit:
                raise FilesystemError(f"error: {device_path}: file too large ({info.st_size} bytes, at most {limit})")
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise FilesystemError(f"error: {device_path}: file too large (more than {limit} bytes)")
        return device_path, data

    def checksum(self, path: str, method: str, user: str = "root") -> tuple[str, str]:
        """``(device path, hex digest)`` with ``method`` ``md5``, ``sha1`` or ``sha-256``."""
        algorithm = CHECKSUM_METHODS.get(method)
        if algorithm is None:
            raise FilesystemError(f"error: unknown checksum method '{method}' (md5, sha1, sha-256)")
        try:
            device_path, data = self.read_bytes(path, user)
        except FilesystemError as exc:
            if "could not resolve file" in exc.message:
                missing = self.normalize(path, user)
                raise FilesystemError(f"error: {algorithm}: {missing}: No such file or directory") from None
            raise
        return device_path, hashlib.new(algorithm, data).hexdigest()

    @staticmethod
    def _info(directory: int, name: str, shown: str, device_path: str) -> FileInfo:
        st = os.stat(name, dir_fd=directory, follow_symlinks=False)
        if stat.S_ISLNK(st.st_mode):
            kind = "symlink"
        elif stat.S_ISDIR(st.st_mode):
            kind = "directory"
        elif stat.S_ISREG(st.st_mode):
            kind = "file"
        else:
            kind = "other"
        return FileInfo(
            name=shown,
            path=device_path,
            kind=kind,
            size=st.st_size,
            mode=stat.S_IMODE(st.st_mode),
            mtime=st.st_mtime,
            links=st.st_nlink,
            blocks=(getattr(st, "st_blocks", 0) + 1) // 2,
            executable=kind == "file" and bool(st.st_mode & 0o111),
            target=os.readlink(name, dir_fd=directory) if kind == "symlink" else None,
        )

    def list(self, path: str | None, user: str = "root") -> tuple[str, bool, list[FileInfo]]:
        """``(device path, is a directory, entries)``; entries sorted by name, symbolic links
        listed (never followed). Raises :class:`FileNotFoundError` when nothing is there."""
        device_path = self.normalize(path if path else self.home(user), user)
        parts = self._parts(device_path)
        try:
            st = self._lstat(device_path)
        except FilesystemError as exc:
            if "No such file or directory" in exc.message:
                raise FileNotFoundError(device_path) from None
            raise
        if st is None:
            raise FileNotFoundError(device_path)
        if not stat.S_ISDIR(st.st_mode):
            parent = self._open_directory(parts[:-1])
            try:
                return device_path, False, [self._info(parent, parts[-1], device_path, device_path)]
            finally:
                os.close(parent)
        directory = self._open_directory(parts)
        try:
            base = device_path.rstrip("/")
            entries = [self._info(directory, name, name, f"{base}/{name}") for name in sorted(os.listdir(directory))]
        finally:
            os.close(directory)
        return device_path, True, entries

    def walk(self, path: str | None, user: str = "root") -> builtins.list[tuple[str, builtins.list[FileInfo]]]:
        """``file list recursive``: each directory (device path) with its entries, top down;
        symbolic links are listed, never entered."""
        device_path, is_dir, entries = self.list(path, user)
        found = [(device_path, entries)]
        if is_dir:
            for entry in entries:
                if entry.kind == "directory":
                    found.extend(self.walk(entry.path, user))
        return found

    # -- writing --------------------------------------------------------------------------------
    def usage(self) -> int:
        """Bytes used by the regular files under the root."""
        self._prepare()
        total = 0
        for directory, _dirs, files in os.walk(self.root, followlinks=False):
            for name in files:
                try:
                    st = os.lstat(os.path.join(directory, name))
                except OSError:
                    continue
                if stat.S_ISREG(st.st_mode):
                    total += st.st_size
        return total

    def target(self, path: str, user: str = "root", source_name: str | None = None) -> str:
        """The device path a copy writes: ``path``, or ``path/<source name>`` when ``path`` is a
        directory. The parent directory must exist."""
        device_path = self.normalize(path, user)
        st = self._lstat(device_path)
        if st is not None and stat.S_ISDIR(st.st_mode):
            if not source_name:
                raise FilesystemError(f"error: {device_path}: is a directory")
            device_path = device_path.rstrip("/") + "/" + source_name
            st = self._lstat(device_path)
            if st is not None and stat.S_ISDIR(st.st_mode):
                raise FilesystemError(f"error: {device_path}: is a directory")
        if not self._parts(device_path):
            raise FilesystemError("error: /: is a directory")
        return device_path

    def write_bytes(self, path: str, data: bytes, user: str = "root", *, mode: int = 0o644) -> str:
        """Write ``data`` to ``path`` atomically; returns the device path written."""
        device_path = self.target(path, user)
        self._store(device_path, data, mode)
        return device_path

    def _store(self, device_path: str, data: bytes, mode: int) -> None:
        if len(data) > MAX_FILE_BYTES:
            raise FilesystemError(f"error: {device_path}: file too large ({len(data)} bytes, at most {MAX_FILE_BYTES})")
        parts = self._parts(device_path)
        name = parts[-1]
        with self._lock:
            directory = self._open_directory(parts[:-1])
            try:
                try:
                    old = os.stat(name, dir_fd=directory, follow_symlinks=False)
                except FileNotFoundError:
                    old = None
                if old is not None and stat.S_ISDIR(old.st_mode):
                    raise FilesystemError(f"error: {device_path}: is a directory")
                replaced = old.st_size if old is not None and stat.S_ISREG(old.st_mode) else 0
                if self.usage() - replaced + len(data) > MAX_ROOT_BYTES:
                    raise FilesystemError(
                        f"error: {device_path}: No space left on device "
                        f"(a device's files may use {MAX_ROOT_BYTES} bytes)"
                    )
                temp = f".{name[:100]}.{os.getpid()}.{threading.get_ident()}.part"
                fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode, dir_fd=directory)
                try:
                    with os.fdopen(fd, "wb") as handle:
                        handle.write(data)
                        handle.flush()
                        os.fsync(handle.fileno())
                        os.fchmod(handle.fileno(), mode)
                    # rename replaces a symbolic link itself, it never writes through one
                    os.replace(temp, name, src_dir_fd=directory, dst_dir_fd=directory)
                except BaseException:
                    try:
                        os.unlink(temp, dir_fd=directory)
                    except OSError:
                        pass
                    raise
            finally:
                os.close(directory)

    def delete(self, path: str, user: str = "root") -> builtins.list[str]:
        """``file delete``: remove a file (not a directory); a symbolic link itself is removed.

        A shell wildcard (``*``, ``?``, ``[...]``) in the last path component is expanded as the
        shell Junos runs ``rm`` through expands it: every matching entry of the directory is
        removed, names starting with ``.`` only when the pattern does; a pattern that matches
        nothing reaches ``rm`` as it was typed (``rm: /var/log/*x*: No such file or directory``).
        Matching directories are not removed and are reported like ``rm`` reports them, after
        the files were removed. Returns the device paths removed."""
        device_path = self.normalize(path, user)
        parts = self._parts(device_path)
        if not parts:
            raise FilesystemError("rm: /: is a directory")
        if _has_wildcard(parts[-1]):
            matches = self._expand(parts)
            if matches:
                return self._delete_each(matches)
        return [self._delete_one(device_path, parts)]

    def _expand(self, parts: builtins.list[str]) -> builtins.list[str]:
        """The device paths matching the wildcard in the last component of ``parts``, sorted
        (the shell's order); none when the directory is missing."""
        pattern = parts[-1]
        try:
            directory = self._open_directory(parts[:-1])
        except FilesystemError:
            return []
        try:
            names = sorted(os.listdir(directory))
        finally:
            os.close(directory)
        base = "/" + "/".join(parts[:-1])
        return [
            f"{base.rstrip('/')}/{name}"
            for name in names
            if fnmatch.fnmatchcase(name, pattern) and (pattern.startswith(".") or not name.startswith("."))
        ]

    def _delete_each(self, device_paths: builtins.list[str]) -> builtins.list[str]:
        removed: builtins.list[str] = []
        refusals: builtins.list[str] = []
        for device_path in device_paths:
            try:
                removed.append(self._delete_one(device_path, self._parts(device_path)))
            except FilesystemError as exc:  # rm goes on with the other names, then reports
                refusals.append(exc.message)
        if refusals:
            raise FilesystemError("\n".join(refusals))
        return removed

    def _delete_one(self, device_path: str, parts: builtins.list[str]) -> str:
        try:
            directory = self._open_directory(parts[:-1])
        except FilesystemError as exc:
            if "No such file or directory" in exc.message:
                raise FilesystemError(f"rm: {device_path}: No such file or directory") from None
            raise
        try:
            try:
                st = os.stat(parts[-1], dir_fd=directory, follow_symlinks=False)
            except FileNotFoundError:
                raise FilesystemError(f"rm: {device_path}: No such file or directory") from None
            if stat.S_ISDIR(st.st_mode):
                raise FilesystemError(f"rm: {device_path}: is a directory")
            os.unlink(parts[-1], dir_fd=directory)
        finally:
            os.close(directory)
        return device_path

    def size(self, path: str, user: str = "root") -> int | None:
        """The size of the regular file ``path``, None when there is none (or not a file)."""
        try:
            st = self._lstat(self.normalize(path, user))
        except FilesystemError:
            return None
        return st.st_size if st is not None and stat.S_ISREG(st.st_mode) else None

    def rename(self, source: str, destination: str, user: str = "root") -> str:
        """Move the file ``source`` to ``destination`` (replacing it), both walked without
        following symbolic links; what log rotation does (``messages`` -> ``messages.0``)."""
        source_path, destination_path = self.normalize(source, user), self.normalize(destination, user)
        source_parts, destination_parts = self._parts(source_path), self._parts(destination_path)
        if not source_parts or not destination_parts:
            raise FilesystemError("error: /: is a directory")
        with self._lock:
            source_dir = self._open_directory(source_parts[:-1])
            try:
                destination_dir = self._open_directory(destination_parts[:-1])
                try:
                    os.rename(
                        source_parts[-1], destination_parts[-1], src_dir_fd=source_dir, dst_dir_fd=destination_dir
                    )
                except OSError as exc:
                    raise self._walk_error(source_dir, source_parts[-1], source_path, exc) from None
                finally:
                    os.close(destination_dir)
            finally:
                os.close(source_dir)
        return destination_path

    def remove_directory(self, path: str, user: str = "root") -> str:
        """Remove the empty directory ``path`` (what a device removes when it drops a package)."""
        device_path = self.normalize(path, user)
        parts = self._parts(device_path)
        if not parts:
            raise FilesystemError("rmdir: /: is the root")
        directory = self._open_directory(parts[:-1])
        try:
            os.rmdir(parts[-1], dir_fd=directory)
        except OSError as exc:
            raise self._walk_error(directory, parts[-1], device_path, exc) from None
        finally:
            os.close(directory)
        return device_path

    def open_append(self, path: str, user: str = "root") -> int:
        """A descriptor of ``path`` opened for appending (created 0644), for a child process's
        output (trace files). The parent directory must exist; symbolic links are refused."""
        device_path = self.normalize(path, user)
        parts = self._parts(device_path)
        if not parts:
            raise FilesystemError("error: /: is a directory")
        directory = self._open_directory(parts[:-1])
        try:
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW
            try:
                return os.open(parts[-1], flags, 0o644, dir_fd=directory)
            except OSError as exc:
                raise self._walk_error(directory, parts[-1], device_path, exc) from None
        finally:
            os.close(directory)

    def make_directory(self, path: str, user: str = "root") -> str:
        """Create ``path`` and its parents (refusing symbolic links on the way)."""
        device_path = self.normalize(path, user)
        os.close(self._open_directory(self._parts(device_path), create=True))
        return device_path

    # -- file copy ------------------------------------------------------------------------------
    def copy(self, source: str, destination: str, user: str = "root", *, timeout: float = FETCH_TIMEOUT) -> str:
        """``file copy SOURCE DESTINATION``: SOURCE is a local path or an ``http(s)://`` URL,
        DESTINATION a local path (a directory takes the source's file name). Returns the
        device path written. Errors say what failed, in Junos' ``file-fetch failed`` words."""
        if _is_url(destination):
            raise FilesystemError(
                f"error: file copy to {_redact(destination)} is not supported by jetemu "
                "(the destination must be a path on the device)"
            )
        self.normalize(destination, user)  # a bad destination fails before anything is read
        if _is_url(source):
            device_path = self.target(destination, user, _url_file_name(source))
            data = _fetch(source, timeout)
        else:
            source_path, data = self.read_bytes(source, user)
            device_path = self.target(destination, user, source_path.rsplit("/", 1)[-1])
            if device_path == source_path:
                raise FilesystemError(f"error: {source_path} and {device_path} are the same file")
        self._store(device_path, data, 0o644)
        return device_path

    def host_path(self, path: str, user: str = "root") -> Path:
        """The host path of an existing regular file or directory, for code that must hand a
        path to a child process (an application, an action script). Refuses symbolic links on
        the way like every other access."""
        device_path = self.normalize(path, user)
        st = self._lstat(device_path)
        if st is None:
            raise FilesystemError(f"error: could not resolve file: {device_path}")
        if stat.S_ISLNK(st.st_mode):
            raise FilesystemError(f"error: {device_path}: symbolic links are not followed (refused)")
        return self.root.joinpath(*self._parts(device_path))


# -- URLs -----------------------------------------------------------------------------------------
_SCHEMES = ("http", "https")


def _has_wildcard(name: str) -> bool:
    """Whether a path component holds a character the shell expands (``*``, ``?``, ``[``)."""
    return any(char in name for char in "*?[")


def _is_url(text: str) -> bool:
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.isalpha()


def _redact(url: str) -> str:
    """A URL without its password (``user:***@host``)."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def _url_file_name(url: str) -> str:
    path = urllib.parse.urlsplit(url).path
    name = urllib.parse.unquote(path.rsplit("/", 1)[-1])
    if not name or name in (".", "..") or "/" in name or "\x00" in name:
        raise FilesystemError(f"error: file-fetch failed: {_redact(url)}: the URL names no file")
    return name


def _fetch(url: str, timeout: float) -> bytes:
    parts = urllib.parse.urlsplit(url)
    shown = _redact(url)
    if parts.scheme not in _SCHEMES:
        raise FilesystemError(
            f"error: file-fetch failed: {shown}: scheme '{parts.scheme}' is not supported by jetemu "
            "(http, https and local paths are)"
        )
    if not parts.hostname:
        raise FilesystemError(f"error: file-fetch failed: {shown}: no host in the URL")
    request = urllib.request.Request(url, headers={"User-Agent": "jetemu-fetch"})
    if parts.username is not None:
        token = base64.b64encode(f"{parts.username}:{parts.password or ''}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        request.full_url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    context = ssl.create_default_context() if parts.scheme == "https" else None
    handlers: list[urllib.request.BaseHandler] = [urllib.request.ProxyHandler({})]
    if context is not None:
        handlers.append(urllib.request.HTTPSHandler(context=context))
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(request, timeout=timeout) as reply:
            declared = reply.headers.get("Content-Length")
            if declared is not None and declared.isdigit() and int(declared) > MAX_FILE_BYTES:
                raise FilesystemError(
                    f"error: file-fetch failed: {shown}: file too large ({declared} bytes, at most {MAX_FILE_BYTES})"
                )
            data = reply.read(MAX_FILE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise FilesystemError(f"error: file-fetch failed: {shown}: {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        text = getattr(reason, "strerror", None) or str(reason)
        raise FilesystemError(f"error: file-fetch failed: {shown}: {text}") from None
    except TimeoutError:
        raise FilesystemError(f"error: file-fetch failed: {shown}: timed out after {timeout:g} seconds") from None
    except (OSError, ValueError) as exc:
        raise FilesystemError(f"error: file-fetch failed: {shown}: {exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise FilesystemError(f"error: file-fetch failed: {shown}: file too large (more than {MAX_FILE_BYTES} bytes)")
    return data


def make_root(state_dir: Path | None) -> tuple[Path, bool]:
    """``(root directory, whether it is temporary)`` for a device."""
    if state_dir is not None:
        return state_dir / "root", False
    return Path(tempfile.mkdtemp(prefix="jetemu-root-")), True


def remove_root(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)


__all__ = [
    "CHECKSUM_METHODS",
    "DeviceFilesystem",
    "FileInfo",
    "FilesystemError",
    "MAX_FILE_BYTES",
    "MAX_ROOT_BYTES",
    "STANDARD_DIRECTORIES",
    "make_root",
    "remove_root",
]
