# Samenspel. Quick start: `make run` (demo site) and `make test` (the whole suite).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint audit check bench messages compilemessages install install-test system-deps clean

run: install compilemessages
	mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	$(PY) -m casebank.deidentify.warmup >/dev/null
	$(MANAGE) run_worker --no-reload --verbosity 0 --interval 0.5 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(MANAGE) runserver $(HOST):$(PORT)

test: install-test compilemessages lint check audit
	$(PY) -m casebank.deidentify.warmup
	$(PY) -m pytest

lint:
	$(VENV)/bin/ruff check .

# Fails on known vulnerabilities; where no vulnerability service can be reached (exit 2, as on
# the development machines, which see only the package registries) it says so and goes on.
audit:
	scripts/audit.sh || test $$? -eq 2

check:
	DJANGO_SETTINGS_MODULE=samenspel.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=samenspel.settings.test $(MANAGE) makemigrations --check --dry-run
	SECRET_KEY=check-deploy-only-$$(head -c 32 /dev/urandom | od -An -tx1 | tr -d " \n") ALLOWED_HOSTS=samenspel.example \
	  DJANGO_SETTINGS_MODULE=samenspel.settings.production $(MANAGE) check --deploy --fail-level WARNING

bench: install-test compilemessages
	scripts/system-deps.sh bench
	$(PY) -m benchmarks

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=25"

$(VENV)/.installed: $(VENV)/bin/activate pyproject.toml constraints.txt setup.py
	scripts/system-deps.sh run
	$(PIP) install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	scripts/system-deps.sh test
	$(PIP) install --quiet -c constraints.txt -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

messages:
	$(MANAGE) makemessages --locale nl --ignore ".venv/*" --ignore "var/*" --no-obsolete

compilemessages: install
	$(MANAGE) compilemessages --ignore ".venv/*" -v0

clean:
	rm -rf $(VENV) var staticfiles
