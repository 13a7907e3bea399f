#!/usr/bin/env bash
# Sets everything up and runs the whole test suite, headless. Extra arguments go to pytest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/bootstrap.sh" test
cd "$root"
# The server tests need the machine's PostgreSQL (127.0.0.1:5432); start it when it is stopped.
# When there is none, those tests fail and say so: they are never skipped.
if command -v pg_lsclusters >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_lsclusters -h "$version" main 2>/dev/null | grep -q online \
      || pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
fi
export QT_QPA_PLATFORM=offscreen
exec "$root/.venv/bin/python" -m pytest "$@"
