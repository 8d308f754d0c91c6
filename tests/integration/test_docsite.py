"""The documentation site (make docs): antsibull-docs and Sphinx build it with warnings fatal, and it
has a page with examples for every module, plugin, role, EDA event source and filter, plus the
extra docs of docs/docsite/extra-docs.yml. What is looked for comes from the tree, so a plugin or
guide added by anyone without documentation fails here by name."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from jet_helpers import COLLECTIONS, ROOT

pytestmark = pytest.mark.slow

# plugins/ directories that are not plugin types with pages of their own.
NOT_DOCUMENTED = {"module_utils", "plugin_utils", "doc_fragments", "action", "modules"}


def expected_pages() -> dict[str, bool]:
    """Page (relative to the site) -> whether it must show examples."""
    pages: dict[str, bool] = {}
    for path in sorted((ROOT / "plugins" / "modules").glob("*.py")):
        if not path.name.startswith("_"):
            pages[f"{path.stem}_module.html"] = True
    for kind in sorted(p.name for p in (ROOT / "plugins").iterdir() if p.is_dir()):
        if kind in NOT_DOCUMENTED:
            continue
        for path in sorted((ROOT / "plugins" / kind).glob("*.py")):
            if not path.name.startswith("_") and path.name != "__init__.py":
                pages[f"{path.stem}_{kind}.html"] = kind != "connection"  # connections have none
    for spec in sorted((ROOT / "roles").glob("*/meta/argument_specs.yml")):
        pages[f"{spec.parents[1].name}_role.html"] = True
    for kind in ["event_source", "event_filter"]:
        for path in sorted((ROOT / "extensions" / "eda" / "plugins" / kind).glob("*.py")):
            pages[f"{path.stem}_eda_{kind}.html"] = True
    extra = yaml.safe_load((ROOT / "docs" / "docsite" / "extra-docs.yml").read_text())
    for section in extra["sections"]:
        for name in section["toctree"]:
            pages[f"docsite/{name}.html"] = False
    return pages


# An "Examples" heading (h2 on plugin pages, h3 under a role's entry point) followed by a code block.
EXAMPLES = re.compile(r"<h[23][^>]*>(?:<a [^>]*>)?Examples<.*?<div class=\"highlight", re.S)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("docs") / "site"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "docs" / "build.py"), "--dest", str(dest)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS)},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return dest / "html"


def test_every_plugin_role_and_guide_has_a_page(site: Path) -> None:
    pages = expected_pages()
    assert len([p for p in pages if p.endswith("_module.html")]) >= 12
    assert {"jet_connection.html", "jet_events_eda_event_source.html", "jet_flatten_eda_event_filter.html"} <= set(
        pages
    )
    missing = [page for page in pages if not (site / page).is_file()]
    assert missing == []
    index = (site / "index.html").read_text()
    unlinked = [page for page in pages if f'href="{page}' not in index]
    assert unlinked == [], "pages not linked from the index"


def test_pages_show_examples(site: Path) -> None:
    without = [
        page
        for page, examples in expected_pages().items()
        if examples and not EXAMPLES.search((site / page).read_text())
    ]
    assert without == []


def test_eda_pages_document_every_option(site: Path) -> None:
    source = (site / "jet_events_eda_event_source.html").read_text()
    for option in ["brokers", "inventory", "topics", "qos", "client_id", "reconnect_max_delay"]:
        literal = f'<code class="docutils literal notranslate"><span class="pre">{option}</span></code>'
        assert literal in source, option
