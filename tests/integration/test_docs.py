"""`ansible-doc` renders the documentation of every module and of the connection plugin.

Every file in plugins/modules/ is checked, whoever wrote it: a module whose DOCUMENTATION is
missing or does not parse, or that lacks a section users rely on (options, attributes with
check_mode and diff_mode, examples using the module, return values), fails here by name.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from jet_helpers import COLLECTIONS, ROOT, VENV_BIN

pytestmark = pytest.mark.slow

MODULES = sorted(p.stem for p in (ROOT / "plugins" / "modules").glob("*.py") if not p.name.startswith("_"))
COLLECTION_DIR = COLLECTIONS / "ansible_collections" / "jetkit" / "junos"


def doc_env(collections_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "ANSIBLE_COLLECTIONS_PATH": str(collections_path),
            # Only the path above: no collection found through sys.path by accident.
            "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "False",
            "ANSIBLE_NOCOLOR": "1",
            "ANSIBLE_FORCE_COLOR": "0",
        }
    )
    return env


def ansible_doc(args: list[str], collections_path: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VENV_BIN / "ansible-doc"), *args],
        capture_output=True,
        text=True,
        env=doc_env(collections_path),
        cwd=cwd,
        timeout=120,
        check=False,
    )


def module_doc_problems(name: str, collections_path: Path, cwd: Path) -> list[str]:
    """What is wrong with the rendered documentation of module jetkit.junos.<name> (empty: nothing)."""
    fqcn = f"jetkit.junos.{name}"
    proc = ansible_doc(["-t", "module", fqcn], collections_path, cwd)
    problems = []
    if proc.returncode != 0:
        problems.append(f"ansible-doc exited {proc.returncode}")
    problems += [line for line in proc.stderr.splitlines() if "[ERROR]" in line or "[WARNING]" in line]
    text = proc.stdout
    header = re.search(rf"^> MODULE {re.escape(fqcn)} \((?P<path>[^)]+)\)$", text, re.MULTILINE)
    if not header:
        problems.append(f"no '> MODULE {fqcn}' header in the output")
        return problems
    if not Path(os.path.abspath(header["path"])).is_relative_to(os.path.abspath(collections_path)):
        problems.append(f"rendered from {header['path']}, not from {collections_path}")
    for section in ("OPTIONS", "ATTRIBUTES:", "AUTHOR:", "EXAMPLES:", "RETURN VALUES:"):
        if not re.search(rf"^{re.escape(section)}", text, re.MULTILINE):
            problems.append(f"no {section.rstrip(':')} section")
    attributes = text.partition("\nATTRIBUTES:")[2].partition("\nNOTES:")[0]
    for attribute in ("check_mode", "diff_mode"):
        if not re.search(rf"^\s*`?{attribute}:`?$", attributes, re.MULTILINE):
            problems.append(f"attribute {attribute} not documented")
    examples = text.partition("\nEXAMPLES:")[2].partition("\nRETURN VALUES:")[0]
    if f"{fqcn}:" not in examples:
        problems.append(f"no example uses {fqcn}")
    return problems


@pytest.mark.parametrize("module", MODULES)
def test_module_doc_renders(module: str, tmp_path: Path) -> None:
    problems = module_doc_problems(module, COLLECTIONS, tmp_path)
    assert not problems, f"jetkit.junos.{module}:\n" + "\n".join(problems)


def test_connection_doc_renders(tmp_path: Path) -> None:
    proc = ansible_doc(["-t", "connection", "jetkit.junos.jet"], COLLECTIONS, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "[ERROR]" not in proc.stderr and "[WARNING]" not in proc.stderr, proc.stderr
    assert re.search(r"^> CONNECTION jetkit\.junos\.jet \(", proc.stdout, re.MULTILINE), proc.stdout[:500]
    # The options users set in inventories are documented with their variables.
    for option, variable in [
        ("host", "ansible_host"),
        ("port", "ansible_port"),
        ("remote_user", "ansible_user"),
        ("password", "ansible_password"),
        ("persistent_command_timeout", "ansible_command_timeout"),
        ("tls", "jet_tls"),
    ]:
        assert re.search(rf"^- {option}\s", proc.stdout, re.MULTILINE), f"option {option} not rendered"
        assert variable in proc.stdout, f"variable {variable} not rendered"


def test_every_module_file_is_listed(tmp_path: Path) -> None:
    """`ansible-doc -l` lists exactly the module files of the collection, each with a description."""
    proc = ansible_doc(["-t", "module", "-l", "jetkit.junos"], COLLECTIONS, tmp_path)
    assert proc.returncode == 0, proc.stderr
    listed = {}
    for line in proc.stdout.splitlines():
        name, _sep, description = line.partition(" ")
        if name.startswith("jetkit.junos."):
            listed[name.removeprefix("jetkit.junos.")] = description.strip()
    assert sorted(listed) == MODULES
    assert [name for name, description in listed.items() if not description] == []


BROKEN_YAML = '''
DOCUMENTATION = r"""
module: broken
short_description: Broken on purpose
description:
  - one
 - two: [unclosed
"""
'''

NO_DOCUMENTATION = """
def main():
    pass
"""


def test_check_catches_broken_and_missing_docs(tmp_path: Path) -> None:
    """The check above fails for a module whose DOCUMENTATION does not parse or is missing."""
    collection = tmp_path / "collections" / "ansible_collections" / "jetkit" / "junos"
    (collection / "plugins" / "modules").mkdir(parents=True)
    (collection / "meta").mkdir()
    (collection / "meta" / "runtime.yml").write_text('requires_ansible: ">=2.16.0"\n')
    (collection / "plugins" / "modules" / "broken.py").write_text(BROKEN_YAML)
    (collection / "plugins" / "modules" / "nodoc.py").write_text(NO_DOCUMENTATION)
    for name in ("broken", "nodoc"):
        problems = module_doc_problems(name, tmp_path / "collections", tmp_path)
        assert any("ansible-doc exited" in p for p in problems), (name, problems)
        assert any("[ERROR]" in p for p in problems), (name, problems)
