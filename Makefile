# Public Tech Pathways: the two commands of the README, and a few helpers.
#   make run    set everything up and serve the site with demo content on http://127.0.0.1:8000
#   make test   run the whole test suite against a real OpenSearch node it starts and stops

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install lint messages search-start search-stop clean

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (found %s); set PYTHON=python3.11" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	@touch $@

install: $(VENV)/.installed

run: install
	scripts/run

test: install
	scripts/test

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The translation catalogues: gather the interface's messages into locale/<language>/ (GNU
# gettext's xgettext), then compile them (polib). Translate what is new before committing.
messages: install
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemessages --all \
		--ignore=.venv --ignore=var --ignore=tests --ignore=bench --no-location --no-obsolete
	$(BIN)/python scripts/compile_messages.py

search-start:
	scripts/search-engine start

search-stop:
	scripts/search-engine stop

clean:
	scripts/search-engine stop || true
	rm -rf $(VENV) var
