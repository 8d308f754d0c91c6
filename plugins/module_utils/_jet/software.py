# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.software: install a Junos package over JET (PRIVATE).

juniper.device's steps, over JET: compare the running version with the package's; clean up
storage; copy the package from the controller unless the device already has it with the same
checksum (the device fetches it from the one-shot endpoint of :mod:`.transfer`); validate it
against the configuration; ``request system software add``; reboot. Unlike juniper.device, the
task then waits for the device to answer on JET again and checks that it runs the new version.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import urllib.parse
import xml.etree.ElementTree as ET
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError
from .dropin import refuse_transport_options, with_common, xml_messages
from .errors import JetError
from .facts import reply_element, software_blocks
from .system import boot_time, request_rpc, routing_engine_count, wait_for_reboot
from .transfer import TRANSFER_ARGUMENT_SPEC, TransferOptions, put_file

ARGUMENT_SPEC: dict[str, Any] = with_common(
    {
        "local_package": {"type": "path", "aliases": ["package"]},
        "remote_package": {"type": "path"},
        "pkg_set": {"type": "list", "elements": "str"},
        "version": {"type": "str", "aliases": ["target_version", "new_version", "desired_version"]},
        "no_copy": {"type": "bool", "default": False},
        "reboot": {"type": "bool", "default": True},
        "reboot_pause": {"type": "int", "default": 10},
        "issu": {"type": "bool", "default": False},
        "nssu": {"type": "bool", "default": False},
        "force_host": {"type": "bool", "default": False},
        "validate": {"type": "bool", "default": True},
        "cleanfs": {"type": "bool", "default": True},
        "all_re": {"type": "bool", "default": True},
        "member_id": {"type": "list", "elements": "str"},
        "vmhost": {"type": "bool", "default": False},
        "checksum": {"type": "str"},
        "checksum_algorithm": {"type": "str", "default": "md5", "choices": ["md5", "sha1", "sha256"]},
        "checksum_timeout": {"type": "int", "default": 300},
        "cleanfs_timeout": {"type": "int", "default": 300},
        "install_timeout": {"type": "int", "default": 1800},
        "kwargs": {"type": "dict", "aliases": ["kwarg", "args", "arg"]},
        "wait": {"type": "bool", "default": True},
        "wait_timeout": {"type": "int", "default": 1800},
        **TRANSFER_ARGUMENT_SPEC,
    }
)
MUTUALLY_EXCLUSIVE = [["issu", "nssu"]]
REQUIRED_ONE_OF = [["local_package", "remote_package", "pkg_set"]]

# Known prefixes of Junos package file names; the release follows them (as juniper.device reads it).
_PREFIXES = (
    "jbundle",
    "jinstall",
    "junos-install",
    "junos-srx",
    "junos-vmhost-install",
    "junos-vrr",
    "vmx-bundle",
    "junos-arm",
)
_CHECKSUM_RPCS = {
    "md5": "get-checksum-information",
    "sha1": "get-sha1-checksum-information",
    "sha256": "get-sha256-checksum-information",
}


def version_from_filename(name: str) -> str | None:
    """The release a package's file name carries, or None (not a Junos package name)."""
    if not name.startswith(_PREFIXES):
        return None
    found = re.search(r"-(\d{2}\.[^/]*\d)", name)
    return found.group(1) if found else None


def local_checksum(path: str, algorithm: str) -> str:
    digest = hashlib.new(algorithm)
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise TaskError(f"cannot read local_package {path}: {exc.strerror or exc}") from None
    return digest.hexdigest()


def remote_checksum(api: JetApi, path: str, algorithm: str, timeout: int) -> str | None:
    """The device's checksum of ``path``, or None when the file is not there."""
    rpc = f"<{_CHECKSUM_RPCS[algorithm]}><path>{path}</path></{_CHECKSUM_RPCS[algorithm]}>"
    slow = api.with_deadline(timeout)
    try:
        reply = slow.rpc(rpc, "xml")
    except JetError as exc:
        if "No such file" in exc.message or "could not resolve" in exc.message:
            return None
        raise TaskError(f"file checksum {algorithm} {path} failed: {exc.message}", jet_status=exc.status) from None
    for element in reply_element(reply, "file checksum").iter():
        if element.tag == "checksum" and element.text:
            return element.text.strip().lower()
    return None


def running_versions(api: JetApi) -> dict[str, str]:
    """RE name -> the Junos version it runs (every RE the device reports)."""
    local = reply_element(api.rpc("<get-software-information/>", "xml"), "show version")
    try:
        every = reply_element(
            api.op_command("show version invoke-on all-routing-engines", "xml", "cli"), "show version"
        )
    except JetError:
        every = None
    versions = {}
    for name, info in software_blocks(local, every):
        found = info.find("junos-version")
        if found is not None and found.text:
            versions[name] = found.text.strip()
    return versions


def _package_rpc(name: str, package: str | list[str], params: dict[str, Any], member: str | None) -> str:
    element = ET.Element(name)
    if isinstance(package, list):
        for item in package:
            ET.SubElement(element, "set").text = item
    else:
        ET.SubElement(element, "package-name").text = package
    if name == "request-package-add":
        ET.SubElement(element, "no-validate")  # validated before, as PyEZ does
        if params["force_host"]:
            ET.SubElement(element, "force-host")
    if member is not None:
        ET.SubElement(element, "member").text = member
    for key, value in (params.get("kwargs") or {}).items():
        if value is None or value is False:
            continue
        child = ET.SubElement(element, str(key).replace("_", "-"))
        if value is not True:
            child.text = str(value)
    return ET.tostring(element, encoding="unicode")


def _outcome(reply: str) -> tuple[bool, str]:
    """(success, output text) of a package request, read the way PyEZ reads it."""
    root = reply_element(reply, "package request")
    lines = [e.text.strip() for e in root.iter() if e.tag == "output" and e.text]
    output = "\n".join(lines)
    code = next((e.text.strip() for e in root.iter() if e.tag == "package-result" and e.text), None)
    if code is None:
        code = "1" if "ERROR:" in output and ("is not found" in output or "no such file" in output) else "0"
    return code == "0", output


def _plan_paths(params: dict[str, Any]) -> tuple[str | None, str | None, str, str | None]:
    """(url, remote directory, remote file name, local file) from juniper.device's options."""
    local = params.get("local_package")
    remote = params.get("remote_package")
    url = None
    remote_dir: str | None = "/var/tmp"
    remote_name = ""
    if remote:
        parsed = urllib.parse.urlparse(remote)
        if parsed.scheme:
            url = remote
            remote_dir = None
            remote_name = os.path.basename(parsed.path)
        else:
            remote_dir, remote_name = os.path.split(remote)
    if url is not None and local:
        raise TaskError(f"The remote_package ({remote}) is a URL. The local_package option is not allowed.")
    if url is not None and params["no_copy"]:
        raise TaskError(f"The remote_package ({remote}) is a URL. The no_copy option is not allowed.")
    local_name = None
    if local:
        local = os.path.abspath(local)
        local_name = os.path.basename(local)
        if not local_name:
            raise TaskError(f"There is no filename component to the local_package ({local}).")
        if not remote_name:
            remote_name = local_name
        elif remote_name != local_name:
            raise TaskError(
                f"The filename of the remote_package ({remote_name}) must be the same as the filename of "
                f"the local_package ({local_name})."
            )
    return url, remote_dir, remote_name, local


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    url, remote_dir, remote_name, local = _plan_paths(params)
    no_copy = params["no_copy"] or (local is None and url is None)
    cleanfs = params["cleanfs"] and not no_copy
    if local is not None and not no_copy and not os.path.isfile(local):
        raise TaskError(f"The local_package ({local}) is not a valid file on the local Ansible control machine.")
    pkg_set = params.get("pkg_set")
    target = params.get("version")
    if target is not None and target.strip().lower() == "false":
        target = None  # juniper.device: version false skips the version check
    elif target is None and pkg_set is None:
        target = version_from_filename(remote_name)
    result: dict[str, Any] = {"changed": False, "check_mode": ctx.check_mode, "msg": ""}

    if target is not None:
        try:
            versions = running_versions(api)
        except JetError as exc:
            raise TaskError(f"reading the running version failed: {exc.message}", jet_status=exc.status) from None
        if not params["all_re"]:
            versions = dict(list(versions.items())[:1])
        for re_name, current in versions.items():
            if current != target:
                result["changed"] = True
            else:
                result["msg"] += f"Current version on {re_name}: {current} same as Targeted version: {target}.\n"
    else:
        result["changed"] = True  # not a Junos image (or version: false): always install
    if not result["changed"] or ctx.check_mode:
        return result

    package: str | list[str]
    if url is not None:
        package = url
    elif pkg_set is not None:
        package = [f"/var/tmp/{os.path.basename(item)}" for item in pkg_set]
    else:
        package = f"{remote_dir or '/var/tmp'}/{remote_name}"
    if cleanfs:
        _call(
            api,
            "<request-system-storage-cleanup><no-confirm/></request-system-storage-cleanup>",
            "storage cleanup",
            params["cleanfs_timeout"],
        )
    copied = []
    if not no_copy:
        transfer = TransferOptions.from_params(params.get("transfer"))
        sources = [os.path.abspath(p) for p in pkg_set] if pkg_set is not None else [str(local)]
        targets = package if isinstance(package, list) else [package]
        for source, dest in zip(sources, targets, strict=True):
            algorithm = params["checksum_algorithm"]
            wanted = params.get("checksum") if pkg_set is None else None
            wanted = (wanted or local_checksum(source, algorithm)).lower()
            present = remote_checksum(api, dest, algorithm, params["checksum_timeout"])
            if present == wanted:
                continue
            done = put_file(api, source, dest, options=transfer)
            copied.append(done.to_dict())
    if copied:
        result["copied"] = copied

    engines = routing_engine_count(api)
    members = params.get("member_id") or [None]
    if params["validate"] and not params["issu"] and not params["nssu"]:
        name = "request-package-validate"
        for member in members:
            ok, output = _outcome(
                _call(api, _package_rpc(name, package, params, member), "validate", params["install_timeout"])
            )
            if not ok:
                raise TaskError(f"Package validation failed: {output}", **_extra(result))
    name = "request-package-add"
    if params["vmhost"]:
        name = "request-vmhost-package-add"
    if params["issu"]:
        name = "request-package-in-service-upgrade"
    elif params["nssu"]:
        name = "request-package-nonstop-upgrade"
    responses = []
    for member in members:
        reply = _call(api, _package_rpc(name, package, params, member), "software add", params["install_timeout"])
        ok, output = _outcome(reply)
        if not ok:
            raise TaskError(f"Unable to install the software {output}", **_extra(result))
        for warning in xml_messages(reply, "warning"):
            ctx.warn(warning)
        responses.append(output)
    shown = package if isinstance(package, str) else ", ".join(package)
    result["msg"] = f"Package {shown} successfully installed. Response from device is: {' '.join(responses)}"
    if not params["reboot"]:
        return result

    before = None
    if params["wait"]:
        try:
            before = boot_time(api)
        except JetError as exc:
            raise TaskError(f"reading the boot time failed: {exc.message}", jet_status=exc.status) from None
    reboot = {"vmhost": params["vmhost"], "other_re": False, "all_re": params["all_re"], "in_min": 0}
    request = request_rpc("reboot", reboot, engines)
    try:
        reply = api.rpc(request, "xml")
        said = next((e.text for e in reply_element(reply, "reboot").iter() if e.tag == "request-reboot-status"), None)
        result["msg"] += f" Reboot successfully initiated. Reboot message: {said or 'none'}"
    except JetError as exc:
        if exc.status not in ("UNAVAILABLE", "CANCELLED", "DEADLINE_EXCEEDED"):
            raise TaskError(f"{result['msg']} Reboot failed. Error: {exc.message}", jet_status=exc.status) from None
        result["msg"] += " Reboot succeeded."
    if not params["wait"]:
        if params["reboot_pause"] > 0:
            time.sleep(params["reboot_pause"])
        return result
    waited = wait_for_reboot(api, before, params["wait_timeout"])
    result["reconnected"] = True
    if target is not None:
        after = running_versions(api)
        wrong = {name: v for name, v in after.items() if v != target}
        if wrong:
            raise TaskError(f"after the reboot the device runs {wrong}, not {target}", **_extra(result))
        result["msg"] += f" The device runs {target} after {waited:.0f} s."
    return result


def _extra(result: dict[str, Any]) -> dict[str, Any]:
    """What a failure keeps of the result (its own message replaces ``msg``)."""
    return {k: v for k, v in result.items() if k != "msg"}


def _call(api: JetApi, rpc: str, what: str, timeout: int) -> str:
    slow = api.with_deadline(timeout)
    try:
        return slow.rpc(rpc, "xml")
    except JetError as exc:
        raise TaskError(f"{what} failed: {exc.message}", jet_status=exc.status) from None


SPEC = ModuleSpec(
    name="software",
    argument_spec=ARGUMENT_SPEC,
    run=run,
    mutually_exclusive=MUTUALLY_EXCLUSIVE,
    required_one_of=REQUIRED_ONE_OF,
)
