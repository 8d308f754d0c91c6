# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""What firewall_filter programmed on a device, kept on the controller (PRIVATE).

The firewall service cannot read a filter back (no FilterGet, no PolicerGet, no binding list), so
the module keeps one JSON file per device and client id holding the canonical form of every filter
it programmed, with a digest, and checks on the device that a filter still exists before trusting
its record (see :mod:`.firewall`).
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

from .common import TaskError, write_atomically
from .filter_input import FilterSpec

DEFAULT_STATE_DIR = "~/.ansible/jetkit/firewall"


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


class Record:
    """What this controller programmed on one device for one client id (a JSON file)."""

    def __init__(self, directory: str, target: str, client_id: str) -> None:
        self.path = os.path.join(os.path.expanduser(directory), f"{_safe(target)}__{_safe(client_id)}.json")
        self.target = target
        self.client_id = client_id
        self.filters: dict[str, dict[str, Any]] = {}
        try:
            with open(self.path, encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            raise TaskError(f"state file {self.path} cannot be read ({exc}); remove it to start afresh") from None
        filters = data.get("filters") if isinstance(data, dict) else None
        if isinstance(filters, dict):
            self.filters = filters

    def get(self, key: str) -> FilterSpec | None:
        entry = self.filters.get(key)
        if not isinstance(entry, dict) or "spec" not in entry:
            return None
        try:
            spec = FilterSpec.from_dict(entry["spec"])
        except (KeyError, TypeError, AttributeError):
            return None
        return spec if spec.digest() == entry.get("digest") else None

    def put(self, spec: FilterSpec) -> None:
        self.filters[spec.key] = {"spec": spec.to_dict(), "digest": spec.digest()}

    def drop(self, key: str) -> None:
        self.filters.pop(key, None)

    def save(self) -> None:
        text = json.dumps(
            {"device": self.target, "client_id": self.client_id, "filters": self.filters}, indent=1, sort_keys=True
        )
        write_atomically(self.path, text, private=True)
