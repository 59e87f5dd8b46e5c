#!/bin/sh
# Regenerates the screenshots of docs/user-guide.md (docs/screenshots/*.png).
#
#   docs/screenshots/make-screenshots.sh [BUILD_FOLDER]     (default: build)
#
# Builds the `make_screenshots` program (tests/screenshots/make_screenshots.cpp) in the given,
# already configured build folder and runs it without a display (QT_QPA_PLATFORM=offscreen).
# It opens the real windows on a generated demo database of 2,000 members, in Chinese, and
# saves them with QWidget::grab(). HOME and the XDG folders point to a temporary folder, so
# the user's settings, logs and database are never read or touched.
set -eu

repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build}
case $build in
/*) ;;
*) build=$repo/$build ;;
esac
out=$repo/docs/screenshots

if [ ! -f "$build/CMakeCache.txt" ]; then
    echo "make-screenshots: $build is not a configured build folder; run first:" >&2
    echo "  cmake -S $repo -B $build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo" >&2
    exit 2
fi
cmake --build "$build" --target make_screenshots

scratch=$(mktemp -d "${TMPDIR:-/tmp}/partyroll-screenshots.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"

# The same fonts and language whatever the caller's environment says.
env HOME="$scratch/home" \
    XDG_CONFIG_HOME="$scratch/config" \
    XDG_DATA_HOME="$scratch/data" \
    XDG_CACHE_HOME="$scratch/cache" \
    XDG_RUNTIME_DIR="$scratch/runtime" \
    TMPDIR="$scratch" \
    QT_QPA_PLATFORM=offscreen \
    QT_SCALE_FACTOR=1 \
    QT_STYLE_OVERRIDE=Fusion \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    "$build/bin/make_screenshots" "$out" 2>"$scratch/stderr" || {
    status=$?
    grep -v 'propagateSizeHints' "$scratch/stderr" >&2 || true
    echo "make-screenshots: failed (exit $status)" >&2
    exit "$status"
}
# Qt's offscreen platform warns about window hints it ignores; anything else is worth seeing.
grep -v 'propagateSizeHints' "$scratch/stderr" >&2 || true
