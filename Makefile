# jetkit.junos: the two commands are `make demo` and `make test`; both set everything up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
# ansible-core 2.20 and later need Python 3.12: the first python3.12 that runs, on PATH or in pyenv
PYTHON312 ?= $(firstword $(foreach p,python3.12 $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3.12),\
	$(if $(shell $(p) -c 'print(1)' 2>/dev/null),$(p))))
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.jetkit-setup
# The collection is the repository root; Ansible finds it through this symlink farm.
COLLECTIONS := $(VENV)/collections
COLLECTION_LINK := $(COLLECTIONS)/ansible_collections/jetkit/junos

export ANSIBLE_COLLECTIONS_PATH := $(CURDIR)/$(COLLECTIONS)
export PYTHONDONTWRITEBYTECODE := 1
# Podman reads the project's settings (runc, host ulimits), never the user's containers.conf.
CONTAINERS_CONF ?= $(CURDIR)/tools/containers/containers.conf
export CONTAINERS_CONF

# The oldest and newest supported ansible-core, each in a venv of its own with the collection's
# runtime requirements only: make test runs the smoke set with their ansible-playbook, and
# ansible-test sanity with their ansible-test.
OLDEST := .venv-ansible-2.16
NEWEST := .venv-ansible-2.21

.PHONY: help setup demo demo-single demo-jet test lint typecheck sanity smoke unit images docs changelog bench stubs check-stubs clean

help:
	@echo "make demo   - set everything up, start the emulator, run the main job against it"
	@echo "make demo-single - one device, playbooks/demo.yml only"
	@echo "make demo-jet - one device, raw JET calls over gRPC instead of a playbook"
	@echo "make test   - set everything up and run the whole suite"
	@echo "make lint   - ruff over our Python"
	@echo "make typecheck - mypy over plugins/ and emulator/jetemu/ (configuration in pyproject.toml)"
	@echo "make images - build jetemu's image and the execution/decision environments with podman (cached)"
	@echo "make docs   - build the documentation site into build/docs/html"
	@echo "make changelog - regenerate CHANGELOG.md from changelogs/changelog.yaml"
	@echo "make sanity - ansible-test sanity for the collection, on the oldest and newest ansible-core"
	@echo "make smoke  - the smoke tests on the oldest and newest ansible-core"
	@echo "make bench  - run the benchmarks in bench/ (ratios against in-run baselines)"
	@echo "make stubs  - regenerate gRPC stubs from proto/"

# Debian packages: mosquitto (jetemu --broker mosquitto and its tests), Java 17 (the drools
# engine of ansible-rulebook), podman with runc and debootstrap (container images, Molecule's podman
# driver, execution environments). Installed only when missing; needs root or password-less sudo.
SYSTEM_STAMP := $(VENV)/.jetkit-system

$(SYSTEM_STAMP):
	@missing=""; \
	command -v mosquitto >/dev/null || [ -x /usr/sbin/mosquitto ] || missing="$$missing mosquitto"; \
	java -version 2>&1 | grep -q 'version "\(1[7-9]\|2[0-9]\)' || missing="$$missing openjdk-17-jre-headless"; \
	for tool in podman runc debootstrap; do \
	  command -v $$tool >/dev/null || [ -x /usr/sbin/$$tool ] || missing="$$missing $$tool"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing \
	    || { echo "error: could not install$$missing (run as root, or install them yourself)"; exit 1; }; \
	fi
	mkdir -p $(VENV) && touch $(SYSTEM_STAMP)

$(STAMP): requirements.txt requirements-dev.txt emulator/pyproject.toml | $(SYSTEM_STAMP)
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (Python 3.11 needed)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -e emulator
	mkdir -p $(dir $(COLLECTION_LINK))
	ln -sfn $(CURDIR) $(COLLECTION_LINK)
	touch $(STAMP)

# The Node.js JET client of the suite (tests/node): npm ci from the committed lockfile, once per
# lockfile change; npm's own cache (~/.npm) keeps reinstalls offline.
NODE_CLIENT := tests/node
NODE_STAMP := $(NODE_CLIENT)/node_modules/.jetkit-npm-ci

$(NODE_STAMP): $(NODE_CLIENT)/package.json $(NODE_CLIENT)/package-lock.json
	@command -v npm >/dev/null || { echo "error: npm not found (Node.js 18 or newer runs tests/node)"; exit 1; }
	cd $(NODE_CLIENT) && npm ci --no-audit --no-fund --prefer-offline --loglevel=error
	touch $(NODE_STAMP)

setup: $(STAMP) $(NODE_STAMP)

$(OLDEST)/.stamp: requirements.txt
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (Python 3.11 needed)"; exit 1; }
	test -x $(OLDEST)/bin/python || $(PYTHON) -m venv $(OLDEST)
	$(OLDEST)/bin/python -m pip install --quiet --disable-pip-version-check "ansible-core>=2.16,<2.17" -r requirements.txt
	touch $@

$(NEWEST)/.stamp: requirements.txt
	@test -n "$(PYTHON312)" || { echo "error: no python3.12 found (ansible-core 2.21 needs Python 3.12; set PYTHON312)"; exit 1; }
	test -x $(NEWEST)/bin/python || $(PYTHON312) -m venv $(NEWEST)
	$(NEWEST)/bin/python -m pip install --quiet --disable-pip-version-check "ansible-core>=2.21,<2.22" -r requirements.txt
	touch $@

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/antsibull-changelog lint

typecheck: setup
	$(VENV)/bin/mypy

# Base images come from debootstrap once per machine (~/.cache/jetkit); images are tagged by recipe.
images: setup
	$(PY) tools/containers/images.py

docs: setup
	$(PY) tools/docs/build.py

changelog: setup
	$(VENV)/bin/antsibull-changelog generate

unit: setup
	$(VENV)/bin/pytest -q tests/unit emulator/tests

sanity: setup $(OLDEST)/.stamp $(NEWEST)/.stamp
	VENV=$(CURDIR)/$(OLDEST) SANITY_PYTHON=3.11 tools/sanity.sh
	VENV=$(CURDIR)/$(NEWEST) SANITY_PYTHON=3.12 tools/sanity.sh

smoke: setup $(OLDEST)/.stamp $(NEWEST)/.stamp
	JETKIT_ANSIBLE_BIN=$(CURDIR)/$(OLDEST)/bin $(VENV)/bin/pytest -q -m smoke tests/integration
	JETKIT_ANSIBLE_BIN=$(CURDIR)/$(NEWEST)/bin $(VENV)/bin/pytest -q -m smoke tests/integration

test: setup lint typecheck sanity images
	$(VENV)/bin/pytest -q --durations=15
	$(MAKE) --no-print-directory smoke

demo: setup
	$(PY) tools/fleet_demo.py

demo-single: setup
	$(PY) tools/demo.py

demo-jet: setup
	$(PY) tools/demo.py --jet-calls

bench: setup
	$(PY) bench/emulator.py
	$(PY) bench/config.py
	$(PY) bench/tasks.py
	$(PY) bench/peer.py
	$(PY) bench/routes.py
	$(PY) bench/events.py
	$(PY) bench/events_fleet.py

stubs: setup
	$(PY) proto/generate.py

check-stubs: setup
	$(PY) proto/generate.py --check

clean:
	rm -rf $(VENV) $(OLDEST) $(NEWEST) .pytest_cache .ruff_cache .mypy_cache tests/output build $(NODE_CLIENT)/node_modules
