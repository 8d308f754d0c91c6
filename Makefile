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

.PHONY: help setup demo demo-jet test lint unit bench stubs check-stubs clean

help:
	@echo "make demo   - set everything up, start the emulator, run the main job against it"
	@echo "make demo-jet - the same emulator, raw JET calls over gRPC instead of a playbook"
	@echo "make test   - set everything up and run the whole suite"
	@echo "make lint   - ruff over our Python"
	@echo "make bench  - run the benchmarks in bench/ (ratios against in-run baselines)"
	@echo "make stubs  - regenerate gRPC stubs from proto/"

$(STAMP): requirements.txt requirements-dev.txt emulator/pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (Python 3.11 needed)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -e emulator
	mkdir -p $(dir $(COLLECTION_LINK))
	ln -sfn $(CURDIR) $(COLLECTION_LINK)
	touch $(STAMP)

setup: $(STAMP)

lint: setup
	$(VENV)/bin/ruff check .

unit: setup
	$(VENV)/bin/pytest -q tests/unit emulator/tests

test: setup lint
	$(VENV)/bin/pytest -q

demo: setup
	$(PY) tools/demo.py

demo-jet: setup
	$(PY) tools/demo.py --jet-calls

bench: setup
	$(PY) bench/emulator.py
	$(PY) bench/config.py
	$(PY) bench/tasks.py

stubs: setup
	$(PY) proto/generate.py

check-stubs: setup
	$(PY) proto/generate.py --check

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache tests/output
