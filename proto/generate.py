#!/usr/bin/env python3
"""Compile ``proto/v2`` and ``proto/v1`` into the two committed Python stub packages.

Outputs (identical content):

* ``plugins/module_utils/_jet/proto/`` – imported by the collection as
  ``ansible_collections.jetkit.junos.plugins.module_utils._jet.proto.<name>_pb2``;
* ``emulator/jetemu/proto/`` – imported by the emulator as ``jetemu.proto.<name>_pb2``.

protoc writes top-level imports between sibling stubs (``import jnx_common_base_types_pb2 as ...``);
they are rewritten to relative imports (``from . import jnx_common_base_types_pb2 as ...``) so that
both copies work as ordinary packages without touching ``sys.path``.

Run with the project's virtualenv, which holds the pinned ``grpcio-tools`` (requirements-dev.txt)::

    .venv/bin/python proto/generate.py            # regenerate both packages
    .venv/bin/python proto/generate.py --check    # exit 1 and list files that differ from a fresh run
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
PROTO_ROOT = REPO_ROOT / "proto"
SOURCE_DIRS = (PROTO_ROOT / "v2", PROTO_ROOT / "v1")
TARGETS = (
    REPO_ROOT / "plugins" / "module_utils" / "_jet" / "proto",
    REPO_ROOT / "emulator" / "jetemu" / "proto",
)
GENERATED_SUFFIXES = ("_pb2.py", "_pb2_grpc.py", "_pb2.pyi")
INIT_TEXT = '''"""Generated gRPC/protobuf stubs for the JET API (v2 ``jnx.jet.*`` and legacy v1 packages).

Do not edit: regenerate with ``python proto/generate.py`` from the repository root.
Every module is also importable from the sibling copy (collection / emulator); both register the
same serialized descriptors, which the protobuf runtime accepts when identical.
"""
'''


class GenerationError(Exception):
    """protoc failed or produced something unexpected."""


def proto_sources() -> list[Path]:
    """All our .proto files, sorted, checking that no file name is used twice."""
    seen: dict[str, Path] = {}
    for directory in SOURCE_DIRS:
        for path in sorted(directory.glob("*.proto")):
            if path.name in seen:
                raise GenerationError(f"{path} and {seen[path.name]} share a file name")
            seen[path.name] = path
    if not seen:
        raise GenerationError(f"no .proto files under {', '.join(str(d) for d in SOURCE_DIRS)}")
    return [seen[name] for name in sorted(seen)]


def _well_known_include() -> Path:
    return Path(str(resources.files("grpc_tools") / "_proto"))


def run_protoc(out_dir: Path, extra_args: list[str] | None = None) -> None:
    """Compile every source into ``out_dir`` (python, grpc and .pyi outputs)."""
    from grpc_tools import protoc  # imported late: only the generator needs grpcio-tools

    sources = proto_sources()
    args = ["grpc_tools.protoc"]
    args += [f"-I{directory}" for directory in SOURCE_DIRS]
    args.append(f"-I{_well_known_include()}")
    args += [f"--python_out={out_dir}", f"--grpc_python_out={out_dir}", f"--pyi_out={out_dir}"]
    args += extra_args or []
    args += [str(path) for path in sources]
    code = protoc.main(args)
    if code != 0:
        raise GenerationError(f"protoc exited with status {code}")


def _relativise(text: str, siblings: set[str]) -> str:
    """Turn ``import x_pb2 as y`` of a sibling stub into ``from . import x_pb2 as y``."""

    def replace(match: re.Match[str]) -> str:
        module = match.group(2)
        if module not in siblings:
            return match.group(0)
        return f"{match.group(1)}from . import {module}{match.group(3)}"

    return re.sub(r"^(\s*)import (\w+_pb2)((?: as \w+)?)$", replace, text, flags=re.MULTILINE)


def generate_into(target: Path) -> list[str]:
    """Generate the complete stub package into ``target`` (created if needed); return file names."""
    with tempfile.TemporaryDirectory(prefix="jetkit-protoc-") as scratch:
        scratch_dir = Path(scratch)
        run_protoc(scratch_dir)
        produced = sorted(p.name for p in scratch_dir.iterdir() if p.name.endswith(GENERATED_SUFFIXES))
        siblings = {name[: -len(".py")] for name in produced if name.endswith("_pb2.py")}
        expected = {f"{path.stem}_pb2.py" for path in proto_sources()}
        if not expected <= set(produced):
            raise GenerationError(f"protoc did not produce {sorted(expected - set(produced))}")
        target.mkdir(parents=True, exist_ok=True)
        for stale in target.iterdir():
            if stale.name.endswith(GENERATED_SUFFIXES) and stale.name not in produced:
                stale.unlink()
        for name in produced:
            text = (scratch_dir / name).read_text(encoding="utf-8")
            (target / name).write_text(_relativise(text, siblings), encoding="utf-8")
        (target / "__init__.py").write_text(INIT_TEXT, encoding="utf-8")
    return [*produced, "__init__.py"]


def _managed_files(directory: Path) -> set[str]:
    if not directory.is_dir():
        return set()
    return {
        p.name for p in directory.iterdir() if p.name.endswith(GENERATED_SUFFIXES) or p.name == "__init__.py"
    }


def check() -> list[str]:
    """Problems found comparing the committed packages with a fresh generation (empty = clean)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="jetkit-check-") as scratch:
        fresh = Path(scratch) / "proto"
        names = set(generate_into(fresh))
        for target in TARGETS:
            rel = target.relative_to(REPO_ROOT)
            present = _managed_files(target)
            for name in sorted(names - present):
                problems.append(f"missing: {rel / name}")
            for name in sorted(present - names):
                problems.append(f"not generated from proto/ (stale): {rel / name}")
            for name in sorted(names & present):
                if not filecmp.cmp(fresh / name, target / name, shallow=False):
                    problems.append(f"differs: {rel / name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="compare the committed stubs with a fresh generation"
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check()
            if problems:
                print("generated stubs are out of date (run: python proto/generate.py):", file=sys.stderr)
                for problem in problems:
                    print(f"  {problem}", file=sys.stderr)
                return 1
            print("generated stubs are up to date")
            return 0
        with tempfile.TemporaryDirectory(prefix="jetkit-gen-") as scratch:
            fresh = Path(scratch) / "proto"
            names = generate_into(fresh)
            for target in TARGETS:
                target.mkdir(parents=True, exist_ok=True)
                for stale in target.iterdir():
                    if stale.name.endswith(GENERATED_SUFFIXES) and stale.name not in names:
                        stale.unlink()
                for name in names:
                    shutil.copyfile(fresh / name, target / name)
                print(f"wrote {len(names)} files to {target.relative_to(REPO_ROOT)}")
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
