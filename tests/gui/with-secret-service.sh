#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring Secret Service, in a
# throw-away HOME: the keychain path as a desktop user has it, without touching anyone's keyring.
set -eu
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
unset XDG_RUNTIME_DIR
dbus-run-session -- sh -c '
  printf "bcstats-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
