#!/usr/bin/env bash
# Make dist/GreenLife-<version>-macos-<arch>.dmg from dist/GreenLife.app (pyinstaller on macOS).
# The dmg opens to the app and a link to /Applications: drag one onto the other.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d dist/GreenLife.app ] || { echo "dist/GreenLife.app is missing: run pyinstaller packaging/greenlife.spec" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' greenlife/__init__.py)
stage=$(mktemp -d)
cp -R dist/GreenLife.app "$stage/"
ln -s /Applications "$stage/Applications"
out=dist/GreenLife-$version-macos-$(uname -m).dmg
rm -f "$out"
hdiutil create -volname "GreenLife $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
rm -rf "$stage"
echo "dmg: $out $(du -sm "$out" | cut -f1) MB"
