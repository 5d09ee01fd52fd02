#!/usr/bin/env bash
# tst_package: the .deb and .tar.gz as a user gets them. Builds both with CPack from this build
# tree into a fresh directory, checks the names carry the project version, the .deb's declared
# dependencies, the desktop file and the AppStream metainfo (their validators), the icons; then
# unpacks the .deb and runs its bcstats from there: --version, and --headless, whose API answers
# with the same version.
#   tst_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
work="$(mktemp -d)"
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

version="$(sed -n 's/^project(bcstats VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")"
[ -n "$version" ] || fail "no project version in CMakeLists.txt"
app_id="io.github.bcstats.BallchasingStats"

cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/packages" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/packages/*.deb)"
tgz="$(ls "$work"/packages/*.tar.gz)"
case "$(basename "$deb")" in bcstats_"$version"_*.deb) ;; *) fail "deb name $(basename "$deb")" ;; esac
case "$(basename "$tgz")" in bcstats-"$version"-*.tar.gz) ;; *) fail "tgz name $(basename "$tgz")" ;; esac

info="$(dpkg-deb -I "$deb")"
for needed in "Version: $version" "libqt6sql6-sqlite" "libqt6core6" "Recommends: qt6-translations-l10n, qt6-wayland"; do
  grep -qF -- "$needed" <<<"$info" || { echo "$info"; fail "the .deb's control lacks '$needed'"; }
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli"
grep -q "release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo has no release $version"
for size in 16 24 32 48 64 128 256 512; do
  [ -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/bcstats.png" ] || fail "no ${size}px icon"
done
[ -s "$root/usr/share/icons/hicolor/scalable/apps/bcstats.svg" ] || fail "no SVG icon"
# Listings captured first: `producer | grep -q` fails under pipefail when grep stops reading early.
listing="$(tar -tzf "$tgz")"
grep -q "bin/bcstats$" <<<"$listing" || fail "the .tar.gz has no bin/bcstats"

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen
export DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/bcstats-package-test"
unset BALLCHASING_API_KEY
mkdir -p "$HOME"
said="$("$root/usr/bin/bcstats" --version)" || fail "bcstats --version exited with $?"
grep -qF "$version" <<<"$said" || fail "bcstats --version does not say $version: $said"

"$root/usr/bin/bcstats" --headless --api-port 0 --data-dir "$work/data" >"$work/out.log" 2>"$work/err.log" &
app=$!
port=""
for _ in $(seq 1 300); do
  port="$(sed -n 's|.*API listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/out.log")"
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/err.log"; fail "the unpacked bcstats did not start its API"; }
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /api/openapi.json HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$port" >&3
# The server may keep the connection open: what arrived within a few seconds is the answer.
answer="$(timeout 5 cat <&3 || true)"
exec 3>&-
grep -q "^HTTP/1.1 200" <<<"$answer" || { echo "$answer" | head -5; fail "GET /api/openapi.json"; }
grep -qF "\"version\":\"$version\"" <<<"${answer//[[:space:]]/}" || fail "openapi.json does not say $version"
echo "PASS: $(basename "$deb") and $(basename "$tgz"): validated, unpacked, started, API answered (version $version)"
