.PHONY: run test bench ui bundle translations

run:
	bash scripts/start.sh

test:
	bash scripts/test.sh

# Benchmarks: prints a table (median of several runs, and the machine) and writes tests/perf/results.json.
bench:
	bash scripts/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/run.py

# The installable bundle (PyInstaller, build.spec): dist/mot-cua-desk/desk-app, and beside it
# dist/mot-cua-desk-<version>-<platform>.tar.gz with its .sha256.
bundle:
	bash scripts/bootstrap.sh test
	.venv/bin/python scripts/bundle.py

# Recompile the Qt Designer forms in ui/ after editing them.
ui:
	.venv/bin/python scripts/compile_ui.py

# Bring resources/i18n/*.ts up to date with the sources and compile them to .qm (see ARCHITECTURE.md).
translations:
	.venv/bin/python scripts/translations.py
