#!/usr/bin/env bash
# One-command set-up for ConflictMap on Debian 12.
#   tools/setup.sh run    install what is missing, build, start the viewer on the sample articles
#   tools/setup.sh test   install what is missing, build everything, run the whole test suite
#   tools/setup.sh deps   only install the Debian packages
# BUILD_DIR (default: build) chooses the build folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

packages=(
  build-essential cmake ninja-build pkg-config python3
  qtbase5-dev qtpositioning5-dev qttools5-dev qttools5-dev-tools libqt5svg5-dev
  libqgis-dev qgis-providers
  libgdal-dev gdal-bin libgeos-dev
  qt6-base-dev qt6-positioning-dev
  catch2 libbenchmark-dev
  libavcodec-dev libavformat-dev libswscale-dev libavutil-dev
  xvfb xauth fonts-dejavu-core qttranslations5-l10n appstream desktop-file-utils dpkg-dev file
  clang libclang-rt-14-dev
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() {
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$build_dir" -j "$jobs"
}

case "${1:-}" in
  deps)
    install_missing
    ;;
  run)
    install_missing
    build
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "setup: no display; starting the viewer under xvfb-run"
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/app/viewer/conflictmap" "$@"
    fi
    exec "$build_dir/app/viewer/conflictmap" "$@"
    ;;
  test)
    install_missing
    build -DCONFLICTMAP_BUILD_TESTS=ON
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
    ;;
  *)
    echo "usage: tools/setup.sh run|test|deps" >&2
    exit 2
    ;;
esac
