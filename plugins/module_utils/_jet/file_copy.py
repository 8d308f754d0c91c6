# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Logic of jetkit.junos.file_copy: files between the controller and a device over JET (PRIVATE).

juniper.device copies with SCP or FTP; JET has neither, so a put makes the device fetch the file
from the task's one-shot HTTP(S) endpoint and a get reads it with ``file show ... encoding
base64`` (both in :mod:`.transfer`, shared with the on-device applications). With ``checksum``
(the default) a file already there with the same content is not copied again, as in
juniper.device; every copy is checked with sha-256 both ways.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

from .api import JetApi
from .common import ModuleSpec, TaskContext, TaskError, write_atomically
from .dropin import refuse_transport_options, with_common
from .errors import JetError
from .transfer import TRANSFER_ARGUMENT_SPEC, TransferOptions, device_checksum, put_file, read_file

ARGUMENT_SPEC: dict[str, Any] = with_common(
    {
        "action": {"type": "str", "required": True, "choices": ["put", "get"]},
        "local_dir": {"type": "str", "required": True},
        "remote_dir": {"type": "str", "required": True},
        "file": {"type": "str", "required": True},
        "transfer_filename": {"type": "str"},
        "checksum": {"type": "bool", "default": True},
        "protocol": {"type": "str", "default": "scp", "choices": ["scp", "ftp"]},
        **TRANSFER_ARGUMENT_SPEC,
    }
)

PUSHED = "File pushed OK"  # juniper.device's message for a copy either way
SAME = "File already present, skipping the scp"


def _sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise TaskError(f"cannot read {path}: {exc.strerror or exc}") from None


def _name(text: str, what: str) -> str:
    if not text or "/" in text or text in (".", ".."):
        raise TaskError(f"{what} must be a file name without '/', got {text!r}")
    return text


def run(api: JetApi, params: dict[str, Any], ctx: TaskContext) -> dict[str, Any]:
    refuse_transport_options(params)
    name = _name(params["file"], "file")
    other = _name(params["transfer_filename"], "transfer_filename") if params.get("transfer_filename") else name
    remote_dir = str(params["remote_dir"]).rstrip("/") or "/"
    if not remote_dir.startswith("/"):
        raise TaskError(f"remote_dir must be an absolute path on the device, got {params['remote_dir']!r}")
    local_dir = os.path.expanduser(str(params["local_dir"]))
    if params["action"] == "put":
        local, remote = os.path.join(local_dir, name), f"{remote_dir.rstrip('/')}/{other}"
    else:
        remote, local = f"{remote_dir.rstrip('/')}/{name}", os.path.join(local_dir, other)
    result: dict[str, Any] = {"changed": False, "local": local, "remote": remote, "action": params["action"]}
    try:
        there = device_checksum(api, remote)
    except JetError as exc:
        raise TaskError(f"file checksum sha-256 {remote} failed: {exc.message}", jet_status=exc.status) from None
    here = _sha256(local)

    if params["action"] == "put":
        if here is None:
            raise TaskError(f"{local}: no such file on the controller")
        if params["checksum"] and there == here:
            return {**result, "msg": SAME, "sha256": here}
        if ctx.check_mode:
            return {**result, "changed": True, "msg": f"check mode: would copy {local} to {remote}"}
        done = put_file(api, local, remote, options=TransferOptions.from_params(params.get("transfer")))
        return {**result, "changed": True, "msg": PUSHED, "sha256": done.sha256, "size": done.size, "url": done.url}

    if there is None:
        raise TaskError(f"{remote}: no such file on the device")
    if params["checksum"] and there == here:
        return {**result, "msg": SAME, "sha256": there}
    if ctx.check_mode:
        return {**result, "changed": True, "msg": f"check mode: would copy {remote} to {local}"}
    if not os.path.isdir(local_dir):
        raise TaskError(f"local_dir {local_dir}: no such directory on the controller")
    try:
        data = read_file(api, remote)
    except JetError as exc:
        raise TaskError(f"file show {remote} failed: {exc.message}", jet_status=exc.status) from None
    write_atomically(local, data)
    return {**result, "changed": True, "msg": PUSHED, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


SPEC = ModuleSpec(name="file_copy", argument_spec=ARGUMENT_SPEC, run=run)
