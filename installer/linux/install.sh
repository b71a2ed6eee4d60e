#!/bin/sh
# Install (or remove) Ondernemersdesk for every user of this Linux machine.
#
#   sudo ./install.sh              # copies this folder to /opt/ondernemersdesk
#   sudo ./install.sh --uninstall  # removes it again (users' data and settings stay)
#
# PREFIX=/some/where overrides /opt/ondernemersdesk. The machine-wide settings file
# (/etc/xdg/Ondernemersdesk/ondernemersdesk.ini) is never written or removed here: see README.md.
set -eu

PREFIX="${PREFIX:-/opt/ondernemersdesk}"
BIN=/usr/local/bin/ondernemersdesk
DESKTOP=/usr/share/applications/ondernemersdesk.desktop
ICON=/usr/share/icons/hicolor/256x256/apps/ondernemersdesk.png
HERE="$(cd "$(dirname "$0")" && pwd)"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$BIN" "$DESKTOP" "$ICON"
  rm -rf "$PREFIX"
  refresh
  echo "Ondernemersdesk removed from $PREFIX."
  exit 0
fi

if [ "$HERE" != "$PREFIX" ]; then
  rm -rf "$PREFIX.new"
  mkdir -p "$(dirname "$PREFIX")"
  cp -a "$HERE" "$PREFIX.new"
  rm -rf "$PREFIX"
  mv "$PREFIX.new" "$PREFIX"
fi
mkdir -p "$(dirname "$BIN")" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
ln -sf "$PREFIX/ondernemersdesk" "$BIN"
sed "s|^Exec=.*|Exec=$PREFIX/ondernemersdesk|" "$PREFIX/ondernemersdesk.desktop" > "$DESKTOP"
cp "$PREFIX/ondernemersdesk.png" "$ICON"
refresh
echo "Ondernemersdesk installed in $PREFIX; start it from the menu or with: ondernemersdesk"
