# The two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev lint format serve messages bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Development server on SQLite with the demo data; prints the demo logins. The job
# worker (imports by URL, feeds, webhooks, snapshots) runs beside it and stops with it.
run: install
	DEBUG=$${DEBUG:-true} $(PY) manage.py migrate --noinput
	DEBUG=$${DEBUG:-true} $(PY) manage.py createcachetable
	DEBUG=$${DEBUG:-true} $(PY) manage.py seed_demo
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: /admin/, queue: /queue/)"
	DEBUG=$${DEBUG:-true} $(PY) manage.py run_jobs --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DEBUG=$${DEBUG:-true} $(PY) manage.py runserver $(HOST):$(PORT)

# The whole suite: unit, API, pages and browser tests. Set DATABASE_URL for PostgreSQL.
test: install-dev
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Production-style serving: gunicorn behind whitenoise. Needs SECRET_KEY and ALLOWED_HOSTS.
serve: install
	DEBUG=$${DEBUG:-false} $(PY) manage.py migrate --noinput
	DEBUG=$${DEBUG:-false} $(PY) manage.py createcachetable
	DEBUG=$${DEBUG:-false} $(PY) manage.py collectstatic --noinput
	DEBUG=$${DEBUG:-false} $(PY) manage.py run_jobs --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DEBUG=$${DEBUG:-false} $(VENV)/bin/gunicorn factcheck.wsgi --bind $(HOST):$(PORT) --workers 3 --timeout 120

# Refresh the German catalogue after changing user-visible texts (needs GNU gettext).
messages: install-dev
	DEBUG=true $(PY) manage.py makemessages -l de --no-location --ignore=.venv --ignore=bench
	DEBUG=true $(PY) manage.py compilemessages -l de --ignore=.venv

bench: install-dev
	$(PY) bench/extraction.py

clean:
	rm -rf $(VENV) staticfiles test-artifacts .pytest_cache
