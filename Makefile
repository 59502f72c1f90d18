# Dossier — developer entry points. Every target creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Tests run headless; `make demo` uses the real display.

.PHONY: setup test lint bench reliability demo clean package package-test

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[server,dev]'
	touch $(STAMP)

setup: $(STAMP)

# The whole suite, headless. PostgreSQL tests run when DOSSIER_TEST_PG_URL is set.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadfile -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python -m bench.run

# Long runs: >= 1,000 random kills of a writing process (the issue's floor), and the other slow proofs.
reliability: $(STAMP)
	QT_QPA_PLATFORM=offscreen DOSSIER_KILL_ROUNDS=$${DOSSIER_KILL_ROUNDS:-1000} \
	  $(BIN)/python -m pytest -q -s -m slow tests/reliability

# The shippable one-folder bundle dist/dossier/ (`dossier` + `dossier-sync`, docs/deploy.md);
# build.spec compiles the translations (.ts -> .qm) into it.
$(VENV)/.installed-build: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[build]'
	touch $@

package: $(VENV)/.installed-build
	$(BIN)/pyinstaller --noconfirm build.spec

# Builds the bundle when missing or stale, then runs it against temporary data.
package-test: $(VENV)/.installed-build
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -m bundle tests/build

# A demo service (SQLite) with two caseworkers and a team lead, two enrolled laptops and a
# conflict waiting; opens the app on laptop A. Built once in demo-data/, reused after.
demo: $(STAMP)
	$(BIN)/python -m demo --root demo-data

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
