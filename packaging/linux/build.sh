#!/usr/bin/env bash
# Build the Linux one-folder bundle and its tar.gz; print the build time and sizes.
#   packaging/linux/build.sh [PYTHON]      (PYTHON: a venv's python with pyinstaller; default .venv/bin/python)
# Output: dist/GreenLife/ and dist/GreenLife-<version>-linux-<arch>.tar.gz (the folder plus
# install.sh / uninstall.sh, which put a menu entry with an absolute Exec in place).
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${1:-.venv/bin/python}
version=$("$python" -c 'import greenlife; print(greenlife.__version__)')
arch=$(uname -m)
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/greenlife.spec
built=$(date +%s)
# what a menu entry needs, next to the program
share=dist/GreenLife/share
rm -rf "$share" && mkdir -p "$share"
cp resources/org.greenlife.GreenLife.desktop resources/org.greenlife.GreenLife.metainfo.xml "$share/"
cp -r resources/icons/hicolor "$share/"
install -m755 packaging/linux/install.sh packaging/linux/uninstall.sh dist/GreenLife/
tarball=dist/GreenLife-$version-linux-$arch.tar.gz
tar -C dist -czf "$tarball" GreenLife
done_=$(date +%s)
echo "bundle: built in $((built - start)) s, packed in $((done_ - built)) s"
echo "bundle: folder $(du -sm dist/GreenLife | cut -f1) MB, $(basename "$tarball") $(du -sm "$tarball" | cut -f1) MB"
echo "bundle: needs glibc >= $(objdump -T dist/GreenLife/_internal/*.so* 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -V | tail -1 | cut -d_ -f2) (built on $(ldd --version | head -1 | grep -o '[0-9.]*$'))"
