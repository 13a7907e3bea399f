#!/usr/bin/env bash
# Sets up everything the desk needs on this machine, then gets out of the way:
# Debian packages for Qt (only as root on Debian), a virtual environment in .venv, and the
# project with its Python packages. Safe to run again: it skips what is already in place.
# Usage: scripts/bootstrap.sh [extra]   e.g. "test" installs the test tools too.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
extra=${1:-}

debian_packages=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libnss3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6
  libcups2 fonts-dejavu-core make xvfb xauth
)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
  echo "Creating the virtual environment in $venv"
  "$python" -m venv "$venv"
fi

spec="."
[ -n "$extra" ] && spec=".[$extra]"
stamp="$venv/.installed-$(sha256sum "$root/pyproject.toml" | cut -c1-16)-${extra:-base}"
if [ ! -f "$stamp" ]; then
  echo "Installing the project and its Python packages"
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  (cd "$root" && "$venv/bin/python" -m pip install --quiet -e "$spec")
  touch "$stamp"
fi
