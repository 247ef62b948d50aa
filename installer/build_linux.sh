#!/usr/bin/env bash
# Build the Linux release: PyInstaller one-folder bundle -> tarball with .desktop file and icon,
# and an AppImage when appimagetool is on PATH.
#   installer/build_linux.sh [OUT_DIR]      (default: dist/)
# Needs: pip install -e .[build]   (PyInstaller; PySide6 brings lupdate/lrelease)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/dist}" && cd "${1:-$ROOT/dist}" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
VERSION=$(cd "$ROOT" && python -c "import bordertrack; print(bordertrack.__version__)")
ARCH=$(uname -m)
NAME="bordertrack-$VERSION-linux-$ARCH"

cd "$ROOT"
python -m PyInstaller --noconfirm --log-level WARN --distpath "$WORK/dist" --workpath "$WORK/build" build.spec

STAGE="$WORK/$NAME"
mkdir -p "$STAGE"
cp -r "$WORK/dist/bordertrack" "$STAGE/bordertrack"
cp installer/linux/bordertrack.desktop installer/linux/install.sh "$STAGE/"
cp resources/icons/bordertrack-256.png "$STAGE/bordertrack.png"
chmod +x "$STAGE/install.sh"
tar -C "$WORK" -czf "$OUT/$NAME.tar.gz" "$NAME"
rm -rf "$OUT/bordertrack"
cp -r "$WORK/dist/bordertrack" "$OUT/bordertrack"
echo "one-folder bundle: $OUT/bordertrack ($(du -sh "$OUT/bordertrack" | cut -f1))"
echo "tarball:           $OUT/$NAME.tar.gz ($(du -sh "$OUT/$NAME.tar.gz" | cut -f1))"

if command -v appimagetool >/dev/null 2>&1; then
    APPDIR="$WORK/BorderTrack.AppDir"
    mkdir -p "$APPDIR/usr"
    cp -r "$WORK/dist/bordertrack" "$APPDIR/usr/bordertrack"
    cp installer/linux/bordertrack.desktop "$APPDIR/bordertrack.desktop"
    cp resources/icons/bordertrack-256.png "$APPDIR/bordertrack.png"
    printf '#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/usr/bordertrack/bordertrack" "$@"\n' > "$APPDIR/AppRun"
    chmod +x "$APPDIR/AppRun"
    ARCH=$ARCH appimagetool --no-appstream "$APPDIR" "$OUT/$NAME.AppImage" >/dev/null
    echo "AppImage:          $OUT/$NAME.AppImage ($(du -sh "$OUT/$NAME.AppImage" | cut -f1))"
else
    echo "AppImage:          skipped (appimagetool not on PATH)"
fi
