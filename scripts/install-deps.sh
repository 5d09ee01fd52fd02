#!/usr/bin/env bash
# Installs the Debian 12 packages bcstats needs to build, run and test. Idempotent and
# non-interactive: does nothing when everything is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev
  qt6-svg-dev # the window's SVG icons (Qt6::Svg and the icon engine plugin)
  qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  libzstd-dev xvfb xauth
  gnome-keyring dbus # a real Secret Service for the keychain test (tests/gui)
  imagemagick # `import -window root` screenshots of the window under xvfb-run
  clang libclang-rt-dev llvm # the sanitizer build and libFuzzer (scripts/test.sh, scripts/fuzz.sh)
  dpkg-dev file desktop-file-utils appstream # cpack -G DEB (shlibdeps) and its validators (tst_package)
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
