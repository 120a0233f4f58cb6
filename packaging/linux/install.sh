#!/bin/sh
# Install GreenLife from the unpacked bundle for this user (no root): the program folder goes to
# ~/.local/opt/GreenLife, the menu entry (with an absolute Exec), icons and AppStream metainfo
# to ~/.local/share. Run it from the unpacked folder:  ./install.sh
# PREFIX=/opt/GreenLife DATA=/usr/share ./install.sh installs for everyone (as root).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=org.greenlife.GreenLife
prefix=${PREFIX:-$HOME/.local/opt/GreenLife}
data=${DATA:-${XDG_DATA_HOME:-$HOME/.local/share}}
if [ "$here" != "$prefix" ]; then
  rm -rf "$prefix"
  mkdir -p "$(dirname "$prefix")"
  cp -R "$here" "$prefix"
fi
mkdir -p "$data/applications" "$data/metainfo"
# the desktop file says Exec=greenlife (not on PATH for a bundle): point it at this copy
sed "s|^Exec=.*|Exec=\"$prefix/greenlife\"|" "$prefix/share/$id.desktop" > "$data/applications/$id.desktop"
cp "$prefix/share/$id.metainfo.xml" "$data/metainfo/"
for png in "$prefix"/share/hicolor/*/apps/$id.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$png" "$data/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "GreenLife installed in $prefix; menu entry $data/applications/$id.desktop"
echo "Your data is not touched by installing or uninstalling: see the README, 'Where your data lives'."
