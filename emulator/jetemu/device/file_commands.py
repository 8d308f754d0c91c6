"""The ``file`` operational commands of the emulated device and their XML RPCs.

=========================================  ==========================================
CLI                                        RPC (Junos YANG, 24.4R1)
=========================================  ==========================================
``file copy SOURCE DESTINATION``           ``<file-copy><source/><destination/>``
``file list [detail|recursive] [PATH]``    ``<file-list><detail/><path/>``
``file show FILE [encoding base64|raw]``   ``<file-show><filename/><encoding/>``
``file delete PATH``                       ``<file-delete><path/>``
``file make-directory DIR [with-path]``    ``<make-directory><directory/>``
``file checksum md5 PATH``                 ``<get-checksum-information><path/>[<method/>]``
``file checksum sha1 PATH``                ``<get-sha1-checksum-information><path/>``
``file checksum sha-256 PATH``             ``<get-sha256-checksum-information><path/>``
=========================================  ==========================================

Reply shapes follow Junos (``directory-list``/``directory``/``file-information``,
``file-content filename= filesize= encoding=``, ``checksum-information``/``file-checksum``), as
read by Juniper's PyEZ ``FS`` utility. The files live in the device's
:class:`~.filesystem.DeviceFilesystem`, found in ``ctx.extras["filesystem"]``; the user running
the command (``ctx.user``) decides what relative paths mean. Nothing here touches a host path.
"""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from .filesystem import DeviceFilesystem, FileInfo, FilesystemError
from .registry import CommandContext, Format, NodeResult, OpCommandError, OpSpec, Params, TextResult
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

#: Characters XML 1.0 cannot carry (a binary file shown as text): replaced by U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
BASE64_LINE = 76


class EmptyResult:
    """A command that answers nothing when it succeeds (``file delete``, ``file copy``)."""

    def render(self, fmt: Format) -> str:
        return ""


def filesystem_of(ctx: CommandContext) -> DeviceFilesystem:
    found = ctx.extras.get("filesystem")
    if not isinstance(found, DeviceFilesystem):
        raise OpCommandError("error: the device's file system is not available")
    return found


def _required(params: Params, name: str, command: str) -> str:
    value = params.get(name)
    if not isinstance(value, str) or not value:
        raise OpCommandError(f"error: syntax error, expecting <{name}> after '{command}'")
    return value


# -- file copy --------------------------------------------------------------------------------
def _file_copy(device: Device, params: Params, ctx: CommandContext) -> EmptyResult:
    source = _required(params, "source", "file copy")
    destination = _required(params, "destination", "file copy")
    filesystem_of(ctx).copy(source, destination, ctx.user)
    return EmptyResult()


# -- file list --------------------------------------------------------------------------------
def _permissions(info: FileInfo) -> str:
    kind = {"directory": "d", "symlink": "l"}.get(info.kind, "-")
    bits = ""
    for shift in (6, 3, 0):
        triple = (info.mode >> shift) & 0o7
        bits += ("r" if triple & 4 else "-") + ("w" if triple & 2 else "-") + ("x" if triple & 1 else "-")
    return kind + bits


def _date(epoch: float) -> str:
    """``ls -l`` date: ``Feb 17 15:30`` within six months, ``Feb 17  2023`` otherwise."""
    stamp = time.localtime(epoch)
    if abs(time.time() - epoch) < 182 * 86400:
        return time.strftime("%b %e %H:%M", stamp)
    return time.strftime("%b %e  %Y", stamp)


def _suffix(info: FileInfo) -> str:
    if info.kind == "directory":
        return "/"
    if info.kind == "symlink":
        return "@"
    return "*" if info.executable else ""


def file_node(info: FileInfo, detail: bool) -> Node:
    node = Node("file-information")
    node.add("file-name", info.name)
    if info.kind == "directory":
        node.add("file-directory", junos__format="/")
    elif info.kind == "symlink":
        node.add("file-symlink-target", info.target or "", junos__format="@")
    elif info.executable:
        node.add("file-executable", junos__format="*")
    if detail:
        node.add("file-permissions", f"{info.mode:o}", junos__format=_permissions(info))
        node.add("file-links", info.links)
        node.add("file-owner", "root")
        node.add("file-group", "wheel")
        node.add("file-size", info.size)
        node.add("file-date", int(info.mtime), junos__format=_date(info.mtime))
    return node


def _directory_node(path: str, is_dir: bool, entries: list[FileInfo], detail: bool) -> Node:
    shown = path.rstrip("/") + "/" if is_dir else path
    directory = Node("directory", attrs={"name": shown if is_dir else ""})
    if is_dir:
        directory.add("directory-name", shown)
        if detail:
            directory.add("total-file-blocks", sum(e.blocks for e in entries))
    for entry in entries:
        directory.append(file_node(entry, detail))
    directory.add("total-files", sum(1 for e in entries if e.kind != "directory"))
    return directory


def detail_line(entry: Node, shown: str) -> str:
    """``ls -l``'s line of a ``file-information`` element (``file list detail``, core dumps)."""
    perms = entry.find("file-permissions")
    date = entry.find("file-date")
    return (
        f"{perms.attrs.get('junos:format', '') if perms else '':<10} "
        f"{entry.findtext('file-links'):>2} {entry.findtext('file-owner'):<6} "
        f"{entry.findtext('file-group'):<6} {entry.findtext('file-size'):>10} "
        f"{date.attrs.get('junos:format', '') if date else ''} {shown}"
    )


def _render_list(top: Node) -> str:
    detail = top.attrs.get("junos:style") == "detail"
    lines: list[str] = []
    for index, directory in enumerate(top.findall("directory")):
        is_dir = bool(directory.attrs.get("name"))
        if is_dir:
            if index:
                lines.append("")
            lines.append(f"{directory.attrs['name']}:")
            if detail:
                lines.append(f"total blocks: {directory.findtext('total-file-blocks', '0')}")
        for entry in directory.findall("file-information"):
            name = entry.findtext("file-name")
            mark = ""
            for tag in ("file-directory", "file-symlink-target", "file-executable"):
                flag = entry.find(tag)
                if flag is not None:
                    mark = flag.attrs.get("junos:format", "")
            target = entry.findtext("file-symlink-target")
            shown = f"{name}{mark}" + (f" -> {target}" if target else "")
            if detail:
                lines.append(detail_line(entry, shown))
            else:
                lines.append(shown)
        if is_dir and detail:
            lines.append(f"total files: {directory.findtext('total-files', '0')}")
    return "\n".join(lines) + "\n"


class NotFound:
    """``file list`` of a missing path: Junos answers an ``<output>`` line, not an error."""

    def __init__(self, text: str) -> None:
        self.text = text

    def render(self, fmt: Format) -> str:
        return TextResult(self.text).render(fmt)


def _file_list(device: Device, params: Params, ctx: CommandContext) -> NodeResult | NotFound:
    fs = filesystem_of(ctx)
    detail = bool(params.get("detail"))
    recursive = bool(params.get("recursive"))
    path = params.get("path")
    wanted = path if isinstance(path, str) and path else None
    try:
        if recursive:
            found = [(p, True, entries) for p, entries in fs.walk(wanted, ctx.user)]
            if found and len(found[0][2]) == 1 and found[0][2][0].path == found[0][0]:
                found = [(found[0][0], False, found[0][2])]
        else:
            found = [fs.list(wanted, ctx.user)]
    except FileNotFoundError as exc:
        return NotFound(f"{exc.args[0]}: No such file or directory\n")
    root_path = found[0][0]
    top = Node(
        "directory-list",
        attrs={
            "root-path": root_path,
            "junos:seconds": str(int(time.time())),
            "junos:style": "detail" if detail else "brief",
        },
    )
    for directory_path, is_dir, entries in found:
        top.append(_directory_node(directory_path, is_dir, entries, detail))
    return NodeResult(top, _render_list, device.junos_version)


# -- file show --------------------------------------------------------------------------------
def xml_safe_text(data: bytes) -> str:
    """File bytes as text that XML and JSON can carry (undecodable bytes and control
    characters become U+FFFD)."""
    return _NOT_XML.sub("\ufffd", data.decode("utf-8", errors="replace"))


def base64_lines(data: bytes) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return "\n".join(encoded[i : i + BASE64_LINE] for i in range(0, len(encoded), BASE64_LINE)) + "\n"


def _file_show(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    filename = _required(params, "filename", "file show")
    encoding = params.get("encoding")
    if encoding not in (None, "base64", "raw"):
        raise OpCommandError(f"error: syntax error, expecting base64 or raw: {encoding}")
    device_path, data = filesystem_of(ctx).read_bytes(filename, ctx.user)
    if encoding == "base64":
        content, label = base64_lines(data), "base64"
    else:
        content, label = xml_safe_text(data), "text"
    node = Node(
        "file-content",
        content,
        {
            "filename": device_path,
            "junos:seconds": str(int(time.time())),
            "filesize": str(len(data)),
            "encoding": label,
        },
    )
    return NodeResult(node, lambda n: n.text or "", device.junos_version)


# -- file delete ------------------------------------------------------------------------------
def _file_delete(device: Device, params: Params, ctx: CommandContext) -> EmptyResult:
    filesystem_of(ctx).delete(_required(params, "path", "file delete"), ctx.user)
    return EmptyResult()


# -- file make-directory -----------------------------------------------------------------------
def _make_directory(device: Device, params: Params, ctx: CommandContext) -> EmptyResult:
    """``file make-directory DIR [with-path]``: without ``with-path`` the parent must exist."""
    fs = filesystem_of(ctx)
    directory = fs.normalize(_required(params, "directory", "file make-directory"), ctx.user)
    parent = directory.rsplit("/", 1)[0] or "/"
    if not params.get("with-path") and not fs.is_directory(parent, ctx.user):
        raise FilesystemError(f"mkdir: {parent}: No such file or directory")
    if fs.exists(directory, ctx.user):
        raise FilesystemError(f"mkdir: {directory}: File exists")
    fs.make_directory(directory, ctx.user)
    return EmptyResult()


# -- file checksum ----------------------------------------------------------------------------
_METHOD_LABELS = {"md5": "MD5", "sha1": "SHA1", "sha-256": "SHA256"}


def _checksum_handler(default_method: str, command: str) -> Callable[[Device, Params, CommandContext], NodeResult]:
    def handler(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
        path = _required(params, "path", command)
        method = params.get("method", default_method)
        if method not in _METHOD_LABELS:
            raise OpCommandError(f"error: syntax error, expecting md5, sha1 or sha-256: {method}")
        device_path, digest = filesystem_of(ctx).checksum(path, str(method), ctx.user)
        top = Node("checksum-information")
        entry = top.add("file-checksum")
        entry.add("computation-method", _METHOD_LABELS[str(method)])
        entry.add("input-file", device_path)
        entry.add("checksum", digest)

        def text(node: Node) -> str:
            item = node.find("file-checksum")
            assert item is not None
            return (
                f"{item.findtext('computation-method')} ({item.findtext('input-file')}) = {item.findtext('checksum')}\n"
            )

        return NodeResult(top, text, device.junos_version)

    return handler


SPECS: list[OpSpec] = [
    OpSpec(
        device_lock=False,
        rpc="file-copy",
        cli=("file", "copy"),
        handler=_file_copy,
        positional="source",
        positionals=("destination",),
    ),
    OpSpec(
        device_lock=False,
        rpc="file-list",
        cli=("file", "list"),
        handler=_file_list,
        flags=("detail", "recursive"),
        positional="path",
        exclusive=(("detail", "recursive"),),
    ),
    OpSpec(
        device_lock=False,
        rpc="file-show",
        cli=("file", "show"),
        handler=_file_show,
        positional="filename",
        values=("encoding",),
    ),
    OpSpec(
        device_lock=False,
        rpc="file-delete",
        cli=("file", "delete"),
        handler=_file_delete,
        positional="path",
        flags=("purge",),
    ),
    OpSpec(
        device_lock=False,
        rpc="make-directory",
        cli=("file", "make-directory"),
        handler=_make_directory,
        positional="directory",
        flags=("with-path",),
    ),
    OpSpec(
        device_lock=False,
        rpc="get-checksum-information",
        cli=("file", "checksum", "md5"),
        handler=_checksum_handler("md5", "file checksum md5"),
        positional="path",
        values=("method",),
    ),
    OpSpec(
        device_lock=False,
        rpc="get-sha1-checksum-information",
        cli=("file", "checksum", "sha1"),
        handler=_checksum_handler("sha1", "file checksum sha1"),
        positional="path",
    ),
    OpSpec(
        device_lock=False,
        rpc="get-sha256-checksum-information",
        cli=("file", "checksum", "sha-256"),
        handler=_checksum_handler("sha-256", "file checksum sha-256"),
        positional="path",
    ),
]

__all__ = ["SPECS", "EmptyResult", "FilesystemError", "base64_lines", "filesystem_of", "xml_safe_text"]
