#!/usr/bin/env bash
# ISMS Desk developer entry point: the README's two quick-start commands.
#   scripts/dev.sh run   [app args...]  install what is missing, build, start the GUI
#   scripts/dev.sh test                 install what is missing, build, run the whole suite
#   scripts/dev.sh build                install what is missing, build only
#   scripts/dev.sh package              install what is missing, build, write build/package/isms-desk_*.deb
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ISMS_BUILD_DIR:-$root/build}

# Debian 12 packages only. Keep this list the single place that says what the project needs.
packages=(
  cmake ninja-build g++ pkgconf postgresql
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgtest-dev libbenchmark-dev libsodium-dev libqrencode-dev libsqlite3-dev
  fonts-noto-cjk fonts-dejavu-core fonts-symbola xvfb xauth poppler-utils zbar-tools unzip
  librsvg2-bin dpkg-dev file man-db lintian desktop-file-utils appstream
  libquazip1-qt6-dev libpoppler-qt6-dev libreoffice-writer-nogui qpdf
)

install_missing() {
  local missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo}
  cmake --build "$build" --parallel "$(nproc)"
}

cmd=${1:-}
shift || true
case "$cmd" in
  run)
    install_missing
    configure_and_build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: starting under xvfb-run (set DISPLAY to see the window)." >&2
      exec xvfb-run -a "$build/app/isms-desk" "$@"
    fi
    exec "$build/app/isms-desk" "$@"
    ;;
  test)
    install_missing
    configure_and_build
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)"
    ;;
  build)
    install_missing
    configure_and_build
    ;;
  package)
    install_missing
    configure_and_build
    cd "$build"
    cpack -G DEB
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|build|package" >&2
    exit 2
    ;;
esac
