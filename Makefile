# Quick start: `make run` opens the app on a real seed document; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SEED := ../shared/seeds/001_6fd42bcf01736092.txt
# Debian packages the app and the suite need: Qt's runtime libraries for the offscreen/xcb
# platforms, poppler-utils to render exported PDFs in tests, Xvfb for screenshots of a real window.
SYSTEM_PACKAGES := libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 \
	libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 fonts-dejavu-core \
	poppler-utils xvfb

.PHONY: run test install system-packages benchmarks lexicon wordpairs translations clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

system-packages:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages: $$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

run: install system-packages translations
	$(VENV)/bin/minutes-desk gui $(SEED)

# The English UI: resources/i18n/*.ts (committed) -> *.qm with PySide6's lrelease.
translations: install
	$(PY) scripts/build_translations.py

test: install system-packages
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

benchmarks: install
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

lexicon:
	$(PY) -m pip install --quiet -e '.[lexicon]'
	$(PY) scripts/build_lexicon.py

wordpairs: install
	$(PY) scripts/build_wordpairs.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
