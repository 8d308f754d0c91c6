"""Make the collection and the emulator importable for the wire-contract tests.

The collection lives at the repository root, but Python can only import it as
``ansible_collections.jetkit.junos``; a throw-away directory holding
``ansible_collections/jetkit/junos -> <repo root>`` is put on ``sys.path`` (unless something
else already made the collection importable).  The emulator package is imported from
``emulator/`` without being installed.
"""

from __future__ import annotations

import atexit
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
EMULATOR_ROOT = REPO_ROOT / "emulator"


def _collection_importable() -> bool:
    try:
        return importlib.util.find_spec("ansible_collections.jetkit.junos") is not None
    except ModuleNotFoundError:
        return False


def _expose_collection() -> None:
    if _collection_importable():
        return
    holder = Path(tempfile.mkdtemp(prefix="jetkit-collections-"))
    atexit.register(shutil.rmtree, holder, ignore_errors=True)
    namespace = holder / "ansible_collections" / "jetkit"
    namespace.mkdir(parents=True)
    (namespace / "junos").symlink_to(REPO_ROOT, target_is_directory=True)
    sys.path.insert(0, str(holder))


def _expose_emulator() -> None:
    if importlib.util.find_spec("jetemu") is None:
        sys.path.insert(0, str(EMULATOR_ROOT))


_expose_collection()
_expose_emulator()
