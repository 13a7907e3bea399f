.PHONY: run test bench ui

run:
	bash scripts/start.sh

test:
	bash scripts/test.sh

# Benchmarks: prints a table (median of several runs, and the machine) and writes tests/perf/results.json.
bench:
	bash scripts/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/run.py

# Recompile the Qt Designer forms in ui/ after editing them.
ui:
	.venv/bin/python scripts/compile_ui.py
