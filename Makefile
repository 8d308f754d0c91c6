# jetkit.junos: the two commands are `make demo` and `make test`; both set everything up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
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

.PHONY: help setup demo demo-single demo-jet test lint typecheck sanity unit images docs changelog bench stubs check-stubs clean

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
	@echo "make sanity - ansible-test sanity for the collection"
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

sanity: setup
	VENV=$(CURDIR)/$(VENV) tools/sanity.sh

test: setup lint typecheck sanity images
	$(VENV)/bin/pytest -q --durations=15

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
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache tests/output build $(NODE_CLIENT)/node_modules
