# Samenspel. Quick start: `make run` (demo site) and `make test` (the whole suite).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# `make run` passes them to manage.py: SITE_URL (links in e-mails and calendar files) follows.
RUN_ENV = HOST=$(HOST) PORT=$(PORT)

.PHONY: run test lint audit check bench messages compilemessages install install-test system-deps clean

# Prints only what a newcomer needs (about 25 lines before runserver's own); the install log is
# in .venv/install.log, the database in var/db.sqlite3.
run: install compilemessages
	@mkdir -p var
	@echo "Preparing the demo database (var/db.sqlite3) ..."
	@$(RUN_ENV) $(MANAGE) migrate --noinput -v0
	@$(RUN_ENV) $(MANAGE) seed_demo
	@echo "Loading the de-identifier's model (a few minutes the first time) ..."
	@$(PY) -m casebank.deidentify.warmup >/dev/null
	@$(RUN_ENV) $(MANAGE) demo_welcome --url http://$(HOST):$(PORT)/
	@$(RUN_ENV) $(MANAGE) run_worker --no-reload --verbosity 0 --interval 0.5 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  DJANGO_RUNSERVER_HIDE_WARNING=true $(RUN_ENV) $(MANAGE) runserver $(HOST):$(PORT)

test: install-test compilemessages lint check audit
	$(PY) -m casebank.deidentify.warmup
	$(PY) -m pytest

# Python style and errors, formatting, template lint (djLint, lint only: templates are not
# reformatted) and dead code (vulture with a reviewed whitelist: scripts/deadcode.py).
lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint --lint templates site toolkit learning casebank embed
	$(PY) scripts/deadcode.py

# Fails on known vulnerabilities; where no vulnerability service can be reached (exit 2, as on
# the development machines, which see only the package registries) it says so and goes on.
audit:
	scripts/audit.sh || test $$? -eq 2

check:
	DJANGO_SETTINGS_MODULE=samenspel.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=samenspel.settings.test $(MANAGE) makemigrations --check --dry-run
	SECRET_KEY=check-deploy-only-$$(head -c 32 /dev/urandom | od -An -tx1 | tr -d " \n") ALLOWED_HOSTS=samenspel.example SITE_URL=https://samenspel.example \
	  DJANGO_SETTINGS_MODULE=samenspel.settings.production $(MANAGE) check --deploy --fail-level WARNING

# wagtail-cache is measured beside the site's own page cache (docs/benchmarks.md). It declares
# wagtail<8, so it is installed without dependencies, pinned in constraints.txt, for the
# benchmark only; the site never imports it.
bench: install-test compilemessages
	scripts/system-deps.sh bench
	$(PIP_LOGGED) --no-deps wagtail-cache >> $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	$(PY) -m benchmarks

# pip's output goes to .venv/install.log and is shown only when the install fails.
PIP_LOGGED = $(PIP) install --quiet -c constraints.txt

$(VENV)/bin/activate:
	@echo "Creating the virtual environment in $(VENV) ..."
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) install --quiet --upgrade "pip>=25" > $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }

$(VENV)/.installed: $(VENV)/bin/activate pyproject.toml constraints.txt setup.py
	@scripts/system-deps.sh run
	@echo "Installing the pinned Python packages (log: $(VENV)/install.log) ..."
	@$(PIP_LOGGED) -e . >> $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	@scripts/system-deps.sh test
	@echo "Installing the test packages (log: $(VENV)/install.log) ..."
	@$(PIP_LOGGED) -e ".[test]" >> $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $@

# Front-end assets (NL Design System CSS, Fira Sans) and the Nu HTML checker (vnu-jar, a test tool)
# from the npm registry, pinned by
# package-lock.json: `npm ci`, then the served files are copied into static/vendor/ (git-ignored).
VENDOR := static/vendor/.installed
$(VENDOR): package.json package-lock.json scripts/vendor-assets.sh
	@echo "Installing the pinned front-end assets (npm ci) ..."
	@scripts/vendor-assets.sh
	@touch $@

install: $(VENV)/.installed $(VENDOR)
install-test: $(VENV)/.installed-test $(VENDOR)

messages:
	$(MANAGE) makemessages --locale nl --ignore ".venv/*" --ignore "var/*" --no-obsolete

compilemessages: install
	@$(MANAGE) compilemessages --ignore ".venv/*" -v0

clean:
	rm -rf $(VENV) var staticfiles node_modules static/vendor
