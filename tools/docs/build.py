#!/usr/bin/env python3
"""Build the collection's documentation site (make docs): antsibull-docs, then Sphinx, warnings fatal.

1. `antsibull-docs lint-collection-docs` checks the plugin docs, extra docs and changelog.
2. `antsibull-docs collection --use-current` writes one page per module, plugin and role, the
   environment variables and the extra docs (docs/docsite/extra-docs.yml, docs/docsite/rst/) of the
   collection found on ANSIBLE_COLLECTIONS_PATH (make points it at this checkout).
3. antsibull-docs does not know Event-Driven Ansible plugins: the pages of the EDA event sources and
   filters are rendered here from their DOCUMENTATION and EXAMPLES (read as text, never imported).
4. The pages link to ansible-core's documentation (labels such as `common_return_values`, core
   environment variables). That site is not reachable from our machines, so its intersphinx
   inventory is written here for exactly the targets the pages use (EXTERNAL_LABELS); a target
   missing from the table fails the build instead of leaving a dead link.
5. `sphinx-build -W`: the HTML site in build/docs/html (index.html).

    python tools/docs/build.py [--dest build/docs]
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import yaml
from antsibull_docs_parser.parser import Context, parse
from antsibull_docs_parser.rst import to_rst_plain

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
COLLECTION = "jetkit.junos"
EDA_PLUGINS = ROOT / "extensions" / "eda" / "plugins"
EDA_KINDS = {"event_source": "event source", "event_filter": "event filter"}
ANSIBLE_DOCS = "https://docs.ansible.com/projects/ansible/devel/"
# ansible-core documentation targets the generated pages refer to: label -> (page#anchor, title).
EXTERNAL_LABELS = {
    "action_plugins": ("plugins/action.html#action-plugins", "Action plugins"),
    "common_return_values": (
        "reference_appendices/common_return_values.html#common-return-values",
        "Return Values",
    ),
    "ansible_configuration_settings": (
        "reference_appendices/config.html#ansible-configuration-settings",
        "Ansible Configuration Settings",
    ),
    "check_mode_dry": ("playbook_guide/playbooks_checkmode.html#check-mode-dry", "Using check mode"),
    "module_defaults": ("playbook_guide/playbooks_module_defaults.html#module-defaults", "Module defaults"),
    "connection_plugins": ("plugins/connection.html#connection-plugins", "Connection plugins"),
    "ansible.builtin.debug_module": ("collections/ansible/builtin/debug_module.html", "ansible.builtin.debug"),
}
CORE_ENVVAR_PAGE = "reference_appendices/config.html#envvar-{name}"


def run(argv: list[str], cwd: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or "ERROR" in proc.stderr:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


# --- Event-Driven Ansible plugin pages -------------------------------------------------------------


def module_strings(path: Path) -> dict[str, str]:
    """DOCUMENTATION and EXAMPLES of a plugin file, without importing it."""
    found = {}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("DOCUMENTATION", "EXAMPLES"):
                    found[target.id] = node.value.value
    return found


def markup(text: str | list[str]) -> str:
    return to_rst_plain(parse(text, Context()), par_sep="\n\n")


def heading(text: str, underline: str) -> str:
    return f"{text}\n{underline * len(text)}\n"


def option_rows(options: dict[str, Any]) -> list[str]:
    rows = []
    for name, spec in sorted(options.items()):
        kind = spec.get("type", "str")
        if spec.get("elements"):
            kind += f" / elements={spec['elements']}"
        facts = [f"``{kind}``"]
        if spec.get("required"):
            facts.append("required")
        if "choices" in spec:
            facts.append("choices: " + ", ".join(f"``{choice}``" for choice in spec["choices"]))
        if "default" in spec:
            facts.append(f"default: ``{json.dumps(spec['default'])}``")
        description = markup(spec.get("description", "")).replace("\n", "\n       ")
        rows += [f"   * - ``{name}``", f"     - {'; '.join(facts)}", f"     - {description}"]
    return rows


def eda_page(kind: str, path: Path) -> tuple[str, str, str]:
    """(page name, short description, RST) of one EDA plugin file."""
    strings = module_strings(path)
    if "DOCUMENTATION" not in strings:
        raise SystemExit(f"{path}: no DOCUMENTATION string")
    doc = yaml.safe_load(strings["DOCUMENTATION"])
    name = f"{COLLECTION}.{path.stem}"
    page = f"{path.stem}_eda_{kind}"
    short = doc.get("short_description", "").rstrip(".")
    lines = [
        f".. _ansible_collections.{name}_eda_{kind}:",
        "",
        heading(f"{name} {EDA_KINDS[kind]} -- {short}", "+"),
        f"This Event-Driven Ansible {EDA_KINDS[kind]} is part of the {COLLECTION} collection; "
        f"ansible-rulebook finds it as ``{name}`` once the collection is installed.",
        "",
        heading("Synopsis", "-"),
    ]
    for paragraph in doc.get("description", []):
        lines += [f"- {markup(paragraph)}".replace("\n", "\n  "), ""]
    if doc.get("options"):
        lines += [heading("Parameters", "-"), ".. list-table::", "   :header-rows: 1", "   :widths: 20 25 55", ""]
        lines += ["   * - Parameter", "     - Type, default", "     - Comments", *option_rows(doc["options"]), ""]
    if strings.get("EXAMPLES", "").strip():
        example = strings["EXAMPLES"].strip("\n")
        lines += [heading("Examples", "-"), ".. code-block:: yaml+jinja", ""]
        lines += ["    " + line if line else "" for line in example.splitlines()]
    return page, short, "\n".join(lines) + "\n"


def write_eda_pages(rst: Path) -> list[str]:
    pages = []
    index = ["", ".. _eda_plugins_in_jetkit.junos:", "", heading("Event-Driven Ansible plugins", "-")]
    index.append(f"ansible-rulebook plugins of the {COLLECTION} collection (in ``extensions/eda/plugins/``):\n")
    toctree = ["", ".. toctree::", "    :maxdepth: 1", "    :hidden:", ""]
    for kind in EDA_KINDS:
        for path in sorted((EDA_PLUGINS / kind).glob("*.py")):
            page, short, text = eda_page(kind, path)
            (rst / f"{page}.rst").write_text(text)
            index.append(f"* :ref:`{COLLECTION}.{path.stem} {EDA_KINDS[kind]} "
                         f"<ansible_collections.{COLLECTION}.{path.stem}_eda_{kind}>` -- {short}")
            toctree.append(f"    {page}")
            pages.append(page)
    with open(rst / "index.rst", "a") as handle:
        handle.write("\n".join(index + toctree) + "\n")
    return pages


# --- links into ansible-core's documentation -------------------------------------------------------


def external_inventory(rst: Path, dest: Path) -> Path:
    """An intersphinx inventory for the ansible-core targets the pages use; unknown ones fail."""
    text = "\n".join(p.read_text() for p in rst.glob("*.rst"))
    defined = set(re.findall(r"^\.\. _([^:]+):\s*$", text, re.M))
    defined_envvars = set(re.findall(r"^\.\. envvar:: (\S+)", text, re.M))
    labels = {m.group(2) or m.group(1) for m in re.finditer(r":ref:`([^`<]+?)(?:\s*<([^>]+)>)?`", text)}
    envvars = {name.replace("\\", "") for name in re.findall(r":envvar:`([^`]+)`", text)}
    entries = []
    unknown = []
    for label in sorted(labels - defined):
        if label in EXTERNAL_LABELS:
            uri, title = EXTERNAL_LABELS[label]
            entries.append(f"{label} std:label -1 {uri} {title}")
        else:
            unknown.append(label)
    for name in sorted(envvars - defined_envvars):
        if not name.startswith("ANSIBLE_"):
            unknown.append(f"envvar {name}")
            continue
        entries.append(f"{name} std:envvar 1 {CORE_ENVVAR_PAGE.format(name=name)} -")
    if unknown:
        raise SystemExit(
            "the pages refer to targets that are neither in the collection's docs nor known ansible-core "
            f"targets: {unknown}; add them to EXTERNAL_LABELS in {Path(__file__).relative_to(ROOT)}"
        )
    header = "# Sphinx inventory version 2\n# Project: Ansible\n# Version: devel\n"
    header += "# The remainder of this file is compressed using zlib.\n"
    inventory = dest / "ansible_devel.inv"
    inventory.write_bytes(header.encode() + zlib.compress(("\n".join(entries) + "\n").encode()))
    return inventory


def build(dest: Path) -> Path:
    env_path = os.environ.get("ANSIBLE_COLLECTIONS_PATH", "")
    if not env_path:
        raise SystemExit("ANSIBLE_COLLECTIONS_PATH must name a path where jetkit.junos is this checkout (make sets it)")
    if dest.exists():
        shutil.rmtree(dest)
    rst = dest / "rst"
    rst.mkdir(parents=True, mode=0o700)  # antsibull-docs wants a directory only its owner can write
    dest.chmod(0o700)
    run([tool("antsibull-docs"), "lint-collection-docs", "--plugin-docs", "--skip-rstcheck", str(ROOT)], cwd=ROOT)
    run(
        [
            tool("antsibull-docs"), "--config-file", str(HERE / "antsibull-docs.cfg"), "collection",
            "--use-current", "--squash-hierarchy", "--fail-on-error", "--cleanup", "everything",
            "--dest-dir", str(rst), COLLECTION,
        ],
        cwd=dest,
    )  # fmt: skip
    write_eda_pages(rst)
    inventory = external_inventory(rst, dest)
    env = {**os.environ, "JETKIT_DOCS_ANSIBLE_INVENTORY": str(inventory)}
    html = dest / "html"
    argv = [tool("sphinx-build"), "-b", "html", "-c", str(HERE), "-W", "--keep-going", "-q", str(rst), str(html)]
    proc = subprocess.run(argv, cwd=dest, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"sphinx-build failed:\n{proc.stdout}{proc.stderr}")
    return html / "index.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dest", type=Path, default=ROOT / "build" / "docs", help="output directory (replaced)")
    args = parser.parse_args(argv)
    index = build(args.dest.resolve())
    print(f"documentation site: {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
