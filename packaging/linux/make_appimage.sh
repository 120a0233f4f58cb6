#!/usr/bin/env bash
# Make dist/GreenLife-<version>-<arch>.AppImage from the one-folder bundle (run build.sh first).
#   APPIMAGETOOL=/path/to/appimagetool packaging/linux/make_appimage.sh
# appimagetool is not in Debian or PyPI: the release workflow (.github/workflows/bundles.yml)
# downloads it on ubuntu-22.04. Without it this script stops after writing dist/GreenLife.AppDir,
# which CI checks with desktop-file-validate and appstreamcli.
set -euo pipefail
cd "$(dirname "$0")/../.."
id=org.greenlife.GreenLife
[ -d dist/GreenLife ] || { echo "dist/GreenLife is missing: run packaging/linux/build.sh first" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' greenlife/__init__.py)
appdir=dist/GreenLife.AppDir
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/metainfo"
cp -R dist/GreenLife "$appdir/usr/lib/GreenLife"
rm -f "$appdir/usr/lib/GreenLife/install.sh" "$appdir/usr/lib/GreenLife/uninstall.sh"
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/GreenLife/greenlife" "$@"
RUN
chmod +x "$appdir/AppRun"
cp resources/$id.desktop "$appdir/$id.desktop"
cp resources/$id.desktop "$appdir/usr/share/applications/"
cp resources/$id.metainfo.xml "$appdir/usr/share/metainfo/"
cp resources/icons/hicolor/256x256/apps/$id.png "$appdir/$id.png"
ln -s $id.png "$appdir/.DirIcon"
mkdir -p "$appdir/usr/share/icons"
cp -R resources/icons/hicolor "$appdir/usr/share/icons/"
tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
  echo "appimagetool not found: AppDir left in $appdir (set APPIMAGETOOL to make the AppImage)"
  exit 0
fi
out=dist/GreenLife-$version-$(uname -m).AppImage
ARCH=$(uname -m) VERSION=$version "$tool" --no-appstream "$appdir" "$out"
echo "appimage: $out $(du -sm "$out" | cut -f1) MB"
