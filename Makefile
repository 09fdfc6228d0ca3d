# Field Dossier — the two commands are `make run` and `make test`.
# Everything else (venv, installs, system checks) is done here, so a clean
# clone on a fresh Debian/Ubuntu machine needs nothing done by hand.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_DIST := $(VENV)/.installed-dist
export PIP_DISABLE_PIP_VERSION_CHECK := 1

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-tools lint typecheck pytest bench bench-quick bench-hq stress dist clean check-system help translations screenshots mutants mutants-names mutants-rules

help:
	@echo "make run    - set up .venv and open Field Dossier on the default vault"
	@echo "make test   - set up .venv with test extras; run ruff, mypy and pytest headless"
	@echo "make bench  - build/reuse a 100k-applicant vault and print timings"
	@echo "make bench-hq - HQ vault of 1M cases from 50 posts (CASES=100000 for less): list, import, stats"
	@echo "make dist   - build the standalone one-folder app in dist/field-dossier and self-test it"
	@echo "make stress - the long adversarial suite: 500 random kills, every crash point of the CLI (~1,750),"
	@echo "              1,020 byte flips, 10,800 fuzz examples, 10,000 fuzzed files through the CLI, undelete scan"

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
	  { echo "Field Dossier needs Python >= 3.11 (found: $$($(PYTHON) --version 2>&1))."; \
	    echo "Install it with:  sudo apt-get install -y python3 python3-venv"; exit 1; }
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || \
	  { echo "Could not create a virtual environment."; \
	    echo "Install it with:  sudo apt-get install -y python3-venv"; rm -rf $(VENV); exit 1; }
	@$(PY) -m pip install -q --upgrade pip

$(STAMP_RUN): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	@touch $@

$(STAMP_TEST): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[test]'
	@touch $@ $(STAMP_RUN)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP_RUN)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing UI strings: refresh the .ts sources, translate them in Qt Linguist.
update-translations: $(STAMP_RUN)
	$(VENV)/bin/python -m app.casefile.words  # app/ui/catalogue.py: the codes and printed strings
	$(VENV)/bin/pyside6-lupdate $$(find app/ui -name '*.py' | sort) -ts $(TS)

check-system: $(STAMP_RUN)
	@$(PY) packaging/check_system.py

run: $(STAMP_RUN) $(QM)
	@$(PY) packaging/check_system.py --gui
	$(VENV)/bin/dossier

test-tools:
	@packaging/test_tools.sh

test: $(STAMP_TEST) $(QM) test-tools
	@QT_QPA_PLATFORM=offscreen $(PY) packaging/check_system.py
	$(VENV)/bin/ruff check app tests bench packaging docs
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:cacheprovider -n auto --dist loadfile

$(STAMP_DIST): pyproject.toml $(STAMP_TEST)
	$(PY) -m pip install -q -e '.[test,dist]'
	@touch $@

# One-folder Linux app in dist/field-dossier (resources, translations, migrations inside),
# then its own self-test. packaging/linux/install.sh installs it for the user.
dist: $(STAMP_DIST) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/field-dossier.spec
	cp packaging/linux/org.fielddossier.FieldDossier.desktop packaging/linux/install.sh dist/field-dossier/
	dist/field-dossier/field-dossier selftest

# The long part of the adversarial suite (tests/adversarial): the same tests as
# `make test`, with the counts raised (DOSSIER_STRESS=1): random kills, every crash point
# of the CLI (strace), byte flips, fuzzing (Hypothesis, and files through the CLI), and the
# undelete scan of a loop-mounted ext4 image (root). Takes about 1.5-2 hours on 2 cores.
stress: $(STAMP_TEST) $(QM) test-tools
	DOSSIER_STRESS=1 QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:cacheprovider -s tests/adversarial

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py --applicants 100000 --bundles 1000

bench-quick: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py --applicants 10000 --bundles 200

bench-hq: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) bench/hq.py --cases $(or $(CASES),1000000) --posts 50 --bundles 500

# docs/screenshots at 1366x768 on a private Xvfb, English and Ukrainian
screenshots: $(STAMP_TEST) $(QM) test-tools
	$(PY) docs/make_screenshots.py en uk

# Mutation testing of the polygraph, workflow and name-matching rules ([tool.mutmut] in pyproject.toml); prints the survivors.
mutants: $(STAMP_TEST)
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen nice -n 10 $(VENV)/bin/mutmut run --max-children 2 || true
	$(VENV)/bin/mutmut results

# Only the name-matching rules (matching, phonetics, name_search; tests in [tool.mutmut]);
# keeps the polygraph mutants out of the run. Prints the survivors (8 known equivalents: docs/vetting-rules.md).
NAME_MUTANTS := 'app.domain.matching.*' 'app.domain.phonetics.*' 'app.domain.name_search.*'
mutants-names: $(STAMP_TEST)
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen nice -n 15 $(VENV)/bin/mutmut run --max-children 2 $(NAME_MUTANTS) || true
	$(VENV)/bin/mutmut results | grep -E 'app\.domain\.(matching|phonetics|name_search)\.' || true

# Only the insider-proofing rules (roles, authors, changes, sealing; tests in [tool.mutmut]).
# Prints the survivors (3 known equivalents: docs/vetting-rules.md).
RULE_MUTANTS := 'app.domain.roles.*' 'app.domain.authors.*' 'app.domain.changes.*' 'app.domain.sealing.*'
mutants-rules: $(STAMP_TEST)
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen nice -n 15 $(VENV)/bin/mutmut run --max-children 1 $(RULE_MUTANTS) || true
	$(VENV)/bin/mutmut results | grep -E 'app\.domain\.(roles|authors|changes|sealing)\.' || true

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache mutants
