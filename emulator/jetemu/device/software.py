"""``request system software add|validate|rollback``, ``show system storage``,
``request support information`` and ``file archive``: the emulated device's files at work.

A Junos package's file name carries its release (``junos-install-mx-x86-64-24.4R2.5.tgz``):
``software add`` checks the file is on the device, validates the configuration against it
unless ``no-validate``, and stages that release in the device's
:class:`~jetemu.device.power.DevicePower`; the next reboot runs it (``show version`` says so).
``software rollback`` stages the release that ran before. Replies follow Juniper's models:
``<output>`` lines and a ``<package-result>`` (0 = success) that PyEZ reads.
"""

from __future__ import annotations

import io
import re
import tarfile
from typing import TYPE_CHECKING

from .file_commands import EmptyResult, filesystem_of
from .fmt import junos_ns
from .power import DevicePower
from .registry import CommandContext, NodeResult, OpCommandError, OpSpec, Params, TextResult
from .results import NodeListResult, output_nodes, output_text
from .tree import Node

if TYPE_CHECKING:
    from .model import Device

_RELEASE = re.compile(r"-(\d{2}\.\d+[A-Z]\d+(?:-S\d+)?(?:\.\d+)?)(?=[-.]|$)")
_PACKAGE_SUFFIXES = (".tgz", ".tar.gz", ".img", ".iso")
SUPPORT_INFO_LIMIT = 1024 * 1024  # bytes of `request support information` output at most


def package_release(path: str) -> str | None:
    """The Junos release in a package's file name, or None when it names none."""
    name = path.rsplit("/", 1)[-1]
    if not name.endswith(_PACKAGE_SUFFIXES):
        return None
    found = _RELEASE.search(name)
    return found.group(1) if found else None


def _power(ctx: CommandContext) -> DevicePower:
    power = ctx.extras.get("power")
    if not isinstance(power, DevicePower):
        raise OpCommandError("error: software installation is not available on this device")
    return power


def _package(params: Params, ctx: CommandContext) -> tuple[str, str]:
    """(device path, release) of the package named by the request, or OpCommandError."""
    raw = params.get("package-name")
    if not isinstance(raw, str) or not raw.strip():
        raise OpCommandError("error: missing mandatory argument: package-name")
    fs = filesystem_of(ctx)
    path = fs.normalize(raw, ctx.user)
    if not fs.exists(path, ctx.user) or fs.is_directory(path, ctx.user):
        raise _PackageFailed([f"ERROR: package: {path} is not found or empty"])
    release = package_release(path)
    if release is None:
        raise _PackageFailed([f"ERROR: package: {path}: not a Junos software package (its name carries no release)"])
    return path, release


class _PackageFailed(Exception):
    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def _result(device: Device, lines: list[str], code: int) -> NodeListResult:
    return NodeListResult(output_nodes(lines, package_result=code), device.junos_version, output_text)


def _validation(path: str) -> list[str]:
    return [
        f"Checking compatibility with configuration of {path}",
        "Initializing...",
        "Using the currently running configuration",
        "Validating against /config/juniper.conf.gz",
        "mgd: commit complete",
        "Validation succeeded",
    ]


def software_add(device: Device, params: Params, ctx: CommandContext) -> NodeListResult:
    if params.get("member") is not None:
        raise OpCommandError("error: the device is not part of a virtual chassis (member)")
    try:
        path, release = _package(params, ctx)
    except _PackageFailed as failed:
        return _result(device, failed.lines, 1)
    power = _power(ctx)
    lines = [] if params.get("no-validate") else _validation(path)
    lines += [
        f"Installing package '{path}' ...",
        f"Verified {path.rsplit('/', 1)[-1]} signed by PackageProductionECP256_2024 method ECDSA256+SHA256",
        f"NOTICE: '{release}' will become active at next reboot",
        "Saving state for rollback ...",
    ]
    power.stage(path, release)
    if params.get("unlink"):
        filesystem_of(ctx).delete(path, ctx.user)
    if params.get("reboot"):
        lines.append("Rebooting ...")
        lines.append(power.request("reboot", user=ctx.user))
    else:
        lines.append("WARNING: A reboot is required to install the software")
        lines.append("WARNING:     Use the 'request system reboot' command immediately")
    return _result(device, lines, 0)


def software_validate(device: Device, params: Params, ctx: CommandContext) -> NodeListResult:
    try:
        path, _release = _package(params, ctx)
    except _PackageFailed as failed:
        return _result(device, failed.lines, 1)
    return _result(device, _validation(path), 0)


def software_rollback(device: Device, params: Params, ctx: CommandContext) -> NodeListResult:
    try:
        message = _power(ctx).rollback()
    except OpCommandError as exc:
        return NodeListResult([Node("output", exc.message.removeprefix("error: "))], device.junos_version, output_text)
    return NodeListResult([Node("output", message)], device.junos_version, output_text)


# -- show system storage --------------------------------------------------------------------------
def _human(kbytes: int) -> str:
    size = float(kbytes)
    for unit in ("K", "M", "G", "T"):
        if size < 1024 or unit == "T":
            return f"{size:.0f}{unit}" if unit == "K" or size >= 10 else f"{size:.1f}{unit}"
        size /= 1024
    return f"{size:.1f}T"


def storage(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    from .filesystem import MAX_ROOT_BYTES

    used_var = filesystem_of(ctx).usage() // 1024
    node = Node("system-storage-information", attrs={"xmlns": junos_ns(device.junos_version)})
    for name, mount, total, used in (
        ("/dev/gpt/junos", "/.mount", 20 * 1024 * 1024, 1990 * 1024),
        ("/dev/gpt/var", "/.mount/var", MAX_ROOT_BYTES // 1024, used_var),
    ):
        fs = node.add("filesystem")
        fs.add("filesystem-name", name)
        fs.add("total-blocks", total, junos__format=_human(total))
        fs.add("used-blocks", used, junos__format=_human(used))
        fs.add("available-blocks", total - used, junos__format=_human(total - used))
        percent = round(100 * used / total)
        fs.add("used-percent", f"{percent:>3}")
        fs.add("mounted-on", mount)
    return NodeResult(node, _storage_text, device.junos_version)


def _formatted(fs: Node, tag: str) -> str:
    element = fs.find(tag)
    return element.attrs.get("junos:format", element.text or "") if element is not None else ""


def _storage_text(node: Node) -> str:
    lines = [f"{'Filesystem':<24}{'Size':>6}{'Used':>11}{'Avail':>11}  Capacity  Mounted on"]
    for fs in node.findall("filesystem"):

        def fmt(tag: str, fs: Node = fs) -> str:
            return _formatted(fs, tag)

        lines.append(
            f"{fs.findtext('filesystem-name'):<24}{fmt('total-blocks'):>6}{fmt('used-blocks'):>11}"
            f"{fmt('available-blocks'):>11}  {fs.findtext('used-percent').strip():>7}%  {fs.findtext('mounted-on')}"
        )
    return "\n".join(lines) + "\n"


# Files ``request system storage cleanup`` removes: temporary files and rotated logs.
_CLEANUP = (("/var/tmp", re.compile(r".")), ("/var/log", re.compile(r"\.(\d+|gz)$")))


def storage_cleanup(device: Device, params: Params, ctx: CommandContext) -> NodeResult:
    fs = filesystem_of(ctx)
    node = Node("system-storage-cleanup-information")
    doomed = []
    for directory, pattern in _CLEANUP:
        for _where, entries in fs.walk(directory, "root"):
            doomed += [e for e in entries if e.kind == "file" and pattern.search(e.name)]
    listing = node.add("file-list")
    for entry in doomed:
        item = listing.add("file")
        item.add("size", entry.size)
        item.add("file-name", entry.path)
        if not params.get("dry-run"):
            fs.delete(entry.path, "root")
    node.add("success" if not params.get("dry-run") else "dry-run")
    return NodeResult(node, _cleanup_text, device.junos_version)


def _cleanup_text(node: Node) -> str:
    listing = node.find("file-list") or Node("file-list")
    files = listing.findall("file")
    head = "List of files to delete:" if node.has("dry-run") else "List of files deleted:"
    lines = [head, f"{'Size':>9} Date         Name"] + [
        f"{f.findtext('size'):>9}              {f.findtext('file-name')}" for f in files
    ]
    return "\n".join(lines) + "\n"


# -- request support information ------------------------------------------------------------------
_SUPPORT_COMMANDS = (
    "show version",
    "show system uptime",
    "show chassis hardware",
    "show chassis routing-engine",
    "show system storage",
    "show interfaces terse",
    "show route summary",
    "show system commit",
    "show configuration | display set",
)


def support_information(device: Device, params: Params, ctx: CommandContext) -> TextResult:
    """``request support information``: the usual show commands in one text, at most 1 MiB."""
    from .commands import run_cli

    parts: list[str] = []
    size = 0
    for command in _SUPPORT_COMMANDS:
        try:
            text = run_cli(device, command, "text", ctx)
        except OpCommandError as exc:
            text = exc.message + "\n"
        block = f"\n{command} \n\n{text}"
        if size + len(block) > SUPPORT_INFO_LIMIT:
            parts.append(f"\n[output truncated at {SUPPORT_INFO_LIMIT} bytes]\n")
            break
        parts.append(block)
        size += len(block)
    return TextResult("".join(parts))


# -- file archive ---------------------------------------------------------------------------------
def file_archive(device: Device, params: Params, ctx: CommandContext) -> EmptyResult:
    fs = filesystem_of(ctx)
    source, destination = params.get("source"), params.get("destination")
    if not isinstance(source, str) or not isinstance(destination, str):
        raise OpCommandError("error: file archive needs source and destination")
    compress = bool(params.get("compress"))
    suffix = ".tgz" if compress else ".tar"
    if not destination.endswith((".tgz", ".tar", ".tar.gz")):
        destination += suffix
    src = fs.normalize(source, ctx.user)
    if not fs.exists(src, ctx.user):
        raise OpCommandError(f"error: {src}: No such file or directory")
    files: list[str] = []
    if fs.is_directory(src, ctx.user):
        for _directory, entries in fs.walk(src, ctx.user):
            files += [entry.path for entry in entries if entry.kind == "file"]
    else:
        files = [src]
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz" if compress else "w") as archive:
        for path in files:
            _device_path, data = fs.read_bytes(path, ctx.user)
            info = tarfile.TarInfo(path.lstrip("/"))
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    fs.write_bytes(destination, buffer.getvalue(), ctx.user)
    return EmptyResult()


_ADD_FLAGS = (
    "no-validate",
    "validate",
    "reboot",
    "no-copy",
    "unlink",
    "force",
    "force-host",
    "best-effort-load",
    "no-auto-reboot",
    "re0",
    "re1",
    "both-routing-engines",
)

SPECS: list[OpSpec] = [
    OpSpec(
        rpc="request-package-add",
        cli=("request", "system", "software", "add"),
        handler=software_add,
        positional="package-name",
        flags=_ADD_FLAGS,
        values=("member",),
    ),
    OpSpec(
        rpc="request-package-validate",
        cli=("request", "system", "software", "validate"),
        handler=software_validate,
        positional="package-name",
    ),
    OpSpec(
        rpc="request-package-rollback", cli=("request", "system", "software", "rollback"), handler=software_rollback
    ),
    OpSpec(
        rpc="request-system-storage-cleanup",
        cli=("request", "system", "storage", "cleanup"),
        handler=storage_cleanup,
        flags=("dry-run", "no-confirm"),
    ),
    OpSpec(rpc="get-system-storage", cli=("show", "system", "storage"), handler=storage, flags=("detail",)),
    OpSpec(rpc="get-support-information", cli=("request", "support", "information"), handler=support_information),
    OpSpec(
        rpc="file-archive",
        cli=("file", "archive"),
        handler=file_archive,
        flags=("compress",),
        values=("source", "destination"),
    ),
]
