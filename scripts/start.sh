#!/usr/bin/env bash
# Sets everything up and starts the whole flow on this machine: the reference provincial server
# (SQLite in its data folder, sample agency, officers, catalogue) on 127.0.0.1:8470, the desk
# (SQLite in its own data folder) registered with it as officer canbo1, then the desk's window.
# The server stops when the window closes. Extra arguments go to desk-app (e.g. --data-dir DIR).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/bootstrap.sh" demo
bin="$root/.venv/bin"
port=${PROVINCIAL_PORT:-8470}
server="http://127.0.0.1:$port"

desk_args=()
if [ "${1:-}" = "--data-dir" ] && [ -n "${2:-}" ]; then
  desk_args=(--data-dir "$2")
fi

# A desktop session has an OS keyring (Secret Service, Windows Credential Manager, macOS
# Keychain); a bare Debian console has none, so the demo keeps the device token in keyrings.alt's
# file in the user's data folder instead, chosen through keyring's own setting.
if [ -z "${PYTHON_KEYRING_BACKEND:-}" ] && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  export PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring
fi

healthy() { "$bin/python" -c "import httpx, sys; sys.exit(httpx.get('$server/api/v1/health', timeout=1).status_code != 200)" 2>/dev/null; }

server_pid=""
if ! healthy; then
  "$bin/provincial" seed
  log_dir=$("$bin/python" -c "from platformdirs import user_log_dir; print(user_log_dir('mot-cua-provincial', appauthor=False))")
  mkdir -p "$log_dir"
  "$bin/provincial" serve --host 127.0.0.1 --port "$port" >>"$log_dir/server.log" 2>&1 &
  server_pid=$!
  stop_server() { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
  trap stop_server EXIT
  trap 'exit 130' INT TERM
  for _ in $(seq 1 50); do healthy && break; sleep 0.2; done
  healthy || { echo "The provincial server did not start; see $log_dir/server.log" >&2; exit 1; }
  echo "Provincial server: $server (docs at $server/docs; log in $log_dir/server.log)"
fi

if ! "$bin/desk-app" "${desk_args[@]}" sync status --json | "$bin/python" -c "import json, sys; sys.exit(not json.load(sys.stdin)['registered'])"; then
  echo "motcua2026" | "$bin/desk-app" "${desk_args[@]}" sync register --server "$server" --username canbo1
fi
"$bin/desk-app" "$@"
