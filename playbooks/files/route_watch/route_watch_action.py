# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action script of ``show route-watch`` (rpc get-route-watch-information, route-watch.yang).

Junos runs it with ``--rpc_name get-route-watch-information`` and ``--protocol NAME`` when the
command names one; it prints the RPC's reply as XML, which Junos renders with the module's
junos-odl formats for the CLI. It reads the state file route_watch.py keeps.
"""

from __future__ import annotations

import argparse
import json
import os
from xml.sax.saxutils import escape


def device_path(path: str) -> str:
    root = os.environ.get("JETEMU_DEVICE_ROOT")
    return os.path.join(root, path.lstrip("/")) if root else path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rpc_name", required=True)
    parser.add_argument("--protocol", default=None)
    parser.add_argument("--state-file", default="/var/tmp/route_watch.json")
    args = parser.parse_args()
    try:
        with open(device_path(args.state_file), encoding="utf-8") as handle:
            state = json.load(handle)
    except (OSError, ValueError):
        state = None
    out = ["<route-watch-information>"]
    if state is None:
        out.append("<status>no data: is route_watch.py running?</status>")
        out.append("<events-seen>0</events-seen>")
    else:
        out.append(f"<status>{'connected' if state.get('connected') else 'not connected to the broker'}</status>")
        out.append(f"<events-seen>{int(state.get('events', 0))}</events-seen>")
        out.append(f"<watching-since>{escape(str(state.get('watching-since', '')))}</watching-since>")
        for protocol, counts in sorted(state.get("protocols", {}).items()):
            if args.protocol and protocol.lower() != args.protocol.lower():
                continue
            out.append("<protocol-counts>")
            out.append(f"<protocol>{escape(protocol)}</protocol>")
            for tag, key in (("added", "add"), ("changed", "change"), ("deleted", "delete")):
                out.append(f"<{tag}>{int(counts.get(key, 0))}</{tag}>")
            out.append("</protocol-counts>")
    out.append("</route-watch-information>")
    print("\n".join(out))


if __name__ == "__main__":
    main()
