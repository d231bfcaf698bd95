# Two commands for everyone: `make serve` (preview with live reload) and `make test` (the whole suite).
# Both set up what they need on a fresh Debian machine with Python 3.11.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends
export NO_MKDOCS_2_WARNING := 1
# The site the editor tools work on: this one, or another town's (make status SITE=../musterstadt).
SITE ?= .
CONFIG := $(SITE)/mkdocs.yml

.PHONY: serve build test lint clean plain-language status audit bench leaflets links fuzz new-site

serve: $(VENV)/.site-installed ## Build and preview the site at http://127.0.0.1:8000/ (live reload)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.site-installed ## Strict build into site/; a failed build leaves site/ as it was
	$(BIN)/civic-site -f $(CONFIG) build

test: lint system-packages checkers/node_modules/.installed ## Lint and run every test, browser tests included
	$(BIN)/python -m pytest

lint: $(VENV)/.test-installed
	$(BIN)/ruff check engine scripts tests
	$(BIN)/ruff format --check engine scripts tests

# Debian's python3 has no venv module until python3-venv is installed.
$(VENV)/bin/python:
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "Installing Debian's python3-venv (needed to create $(VENV))"; \
	  $(SUDO) apt-get update && $(APT_INSTALL) python3-venv; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==26.3

$(VENV)/.site-installed: requirements/site.txt engine/pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements/site.txt
	touch $@

$(VENV)/.test-installed: requirements/test.txt requirements/site.txt engine/pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements/test.txt
	touch $(VENV)/.site-installed $@

# The browser tests drive Debian's Chromium and serve the built site with nginx; the HTML
# checker runs on Java and comes from npm, as axe-core does; Chinese leaflets need a font with Chinese letters.
.PHONY: system-packages
system-packages:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing nodejs npm"; \
	fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing="$$missing fonts-noto-cjk"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update && $(APT_INSTALL) $$missing; \
	fi

status: $(VENV)/.site-installed ## Translations outdated or missing, facts due for a check, all figures (STRICT=1: fail on any)
	$(BIN)/civic-site -f $(CONFIG) status $(if $(STRICT),--strict)

plain-language: build ## Words per sentence on every German page, with the guides' budget
	$(BIN)/python scripts/plain_language.py site

audit: build system-packages audit/node_modules/.installed ## Lighthouse scores (mobile) for the home page and a guide, German and Arabic
	$(BIN)/python scripts/audit.py site

fuzz: $(VENV)/.test-installed ## Many more random and mutated inputs for the data and marker checks than `make test` runs
	HYPOTHESIS_PROFILE=fuzz FUZZ_BUILDS=40 $(BIN)/python -m pytest tests/test_fuzzing.py

links: build ## Check every internal link and anchor in site/; list the addresses outside the site in external-links.txt
	$(BIN)/python scripts/check_links.py site --external-report external-links.txt

leaflets: build system-packages $(VENV)/.test-installed ## Every guide in every language as an A4 PDF in leaflets/
	$(BIN)/civic-site -f $(CONFIG) leaflets --site $(SITE)/site --out $(SITE)/leaflets

new-site: $(VENV)/.site-installed ## A new site for another town: make new-site DIR=../musterstadt NAME="Musterstadt" LANGUAGES=nl,ar
	@test -n "$(DIR)" -a -n "$(NAME)" -a -n "$(LANGUAGES)" || { echo 'Give DIR=, NAME= and LANGUAGES= (the default first), e.g. make new-site DIR=../musterstadt NAME="Musterstadt – wir alle" LANGUAGES=nl,ar,ti'; exit 2; }
	$(BIN)/civic-site new-site "$(DIR)" --name "$(NAME)" --languages "$(LANGUAGES)"

bench: $(VENV)/.test-installed system-packages ## Build time, scale and page weight against their budgets, beside a default Material build
	$(BIN)/python scripts/bench.py

# The Nu HTML Checker and axe-core from npm, pinned in checkers/package-lock.json
# (tests/test_valid_html.py, tests/axe.py).
checkers/node_modules/.installed: checkers/package.json checkers/package-lock.json | system-packages
	cd checkers && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# Lighthouse from npm, pinned in audit/package-lock.json; it uses Debian's Chromium, never a download.
audit/node_modules/.installed: audit/package.json audit/package-lock.json
	@command -v npm >/dev/null 2>&1 || { $(SUDO) apt-get update && $(APT_INSTALL) nodejs npm; }
	cd audit && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

clean:
	rm -rf site .build .pytest_cache audit/node_modules checkers/node_modules leaflets
