#!/usr/bin/env bash
# Sets everything up and starts the desk on its embedded default: a local SQLite database in the
# user's data folder, the bundled sample catalogue. Extra arguments go to desk-app.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/bootstrap.sh"
exec "$root/.venv/bin/desk-app" "$@"
