# wagtail-widunetz: `make demo` serves the example site, `make test` runs the test suite.
# Needs only Python 3.11+ with pip; everything else goes into a virtualenv ($(VENV)).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Which Wagtail to test against: the newest allowed by pyproject.toml by default;
# `make test VENV=.venv-lts WAGTAIL_SPEC="wagtail>=7.4,<7.5"` for the lowest supported (7.4 LTS).
WAGTAIL_SPEC ?= wagtail
HOST ?= 127.0.0.1
PORT ?= 8000
MANAGE := $(BIN)/python example_site/manage.py
ADMIN_USER ?= admin
ADMIN_PASSWORD ?= widunetz-demo
PYTEST_ARGS ?=

.PHONY: help install demo serve test screenshots lint check messages build clean

help:
	@echo "make demo   - install, migrate SQLite, load the Herford demo, serve http://$(HOST):$(PORT)/"
	@echo "make test   - the whole test suite (SQLite; set DATABASE_URL=postgres://... for PostgreSQL)"
	@echo "make lint   - ruff;  make check - Django checks and missing migrations"
	@echo "make screenshots - the docs' screenshots (docs/screenshots/, needs chromium)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "wagtail-widunetz needs Python 3.11 or newer; $(PYTHON) is older." >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		rm -rf $(VENV); \
		if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian's python3-venv (needed for virtualenvs) ..."; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; \
			$(PYTHON) -m venv $(VENV); \
		else \
			echo "Cannot create a virtualenv. On Debian/Ubuntu: sudo apt-get install python3-venv" >&2; exit 1; \
		fi; }
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the package metadata changes.
$(VENV)/.installed: pyproject.toml setup.cfg | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]" "$(WAGTAIL_SPEC)"
	@touch $@

install: $(VENV)/.installed

demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) widunetz_demo
	@DJANGO_SUPERUSER_PASSWORD="$(ADMIN_PASSWORD)" $(MANAGE) createsuperuser --noinput \
		--username "$(ADMIN_USER)" --email admin@example.org >/dev/null 2>&1 || true
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/de/   (also /en/ /tr/ /ar/ /ru/ /uk/)"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/   user: $(ADMIN_USER)   password: $(ADMIN_PASSWORD)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

serve: install
	$(MANAGE) runserver $(HOST):$(PORT)

test: install
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
		echo "NOTE: no Chromium found: browser tests will be skipped (Debian: apt-get install chromium)."
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Screenshots of the main pages (German and Arabic, phone and desktop) for the docs.
screenshots: install
	WIDUNETZ_SCREENSHOTS=1 $(BIN)/python -m pytest tests/browser/test_screenshots.py $(PYTEST_ARGS)

lint: install
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

# Refresh the gettext catalogues (needs Debian's gettext) and compile them. One catalogue for the
# whole package, kept in the core app (where Django finds it without LOCALE_PATHS).
messages: install
	cd wagtail_widunetz && ln -sfn core/locale locale && \
		../$(BIN)/django-admin makemessages --no-obsolete --add-location=file \
		-l de -l en -l ar -l tr -l ru -l uk --ignore "*/demo.py" --ignore "*/generate.py"; \
		status=$$?; rm -f locale; exit $$status
	cd wagtail_widunetz/core && ../../$(BIN)/django-admin compilemessages

build: install
	rm -rf dist build
	$(BIN)/python -m build --outdir dist .

clean:
	rm -rf dist build *.egg-info example_site/db.sqlite3 example_site/static
