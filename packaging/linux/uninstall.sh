#!/bin/sh
# Remove what install.sh put in place. Your data (the book and its backups) stays:
# delete ~/.local/share/GreenLife yourself to remove it too.
set -eu
id=org.greenlife.GreenLife
prefix=${PREFIX:-$HOME/.local/opt/GreenLife}
data=${DATA:-${XDG_DATA_HOME:-$HOME/.local/share}}
rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
rm -f "$data"/icons/hicolor/*/apps/$id.png
rm -rf "$prefix"
echo "GreenLife removed from $prefix. Data kept in ${XDG_DATA_HOME:-$HOME/.local/share}/GreenLife"
