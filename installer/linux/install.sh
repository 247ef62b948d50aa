#!/bin/sh
# Install BorderTrack for the current user (no root): the program to ~/.local/opt/bordertrack,
# a launcher to ~/.local/bin, the menu entry and icon to ~/.local/share.
# Data stays in ~/.local/share/BorderTrack and is never touched by install or uninstall.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
rm -rf "$PREFIX/opt/bordertrack"
mkdir -p "$PREFIX/opt" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/icons/hicolor/256x256/apps"
cp -r "$HERE/bordertrack" "$PREFIX/opt/bordertrack"
ln -sf "$PREFIX/opt/bordertrack/bordertrack" "$PREFIX/bin/bordertrack"
sed "s|^Exec=bordertrack|Exec=$PREFIX/bin/bordertrack|" "$HERE/bordertrack.desktop" \
    > "$PREFIX/share/applications/bordertrack.desktop"
cp "$HERE/bordertrack.png" "$PREFIX/share/icons/hicolor/256x256/apps/bordertrack.png"
echo "BorderTrack installed in $PREFIX/opt/bordertrack; start it from the menu or run: bordertrack"
