#!/usr/bin/env bash
# Quick start: install dependencies, build, and start bcstats — a window when a display is
# available, otherwise the headless API server. Extra arguments go to bcstats.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
app="${BCS_BUILD_DIR:-$root/build}/bin/bcstats"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi
echo "No display found: starting headless (Ctrl+C stops it)."
exec "$app" --headless "$@"
