"""core, store and reports never import Qt: checked with PySide6 blocked."""

import subprocess
import sys

CODE = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == 'PySide6' or name.startswith('PySide6.'):
            raise ImportError('PySide6 is blocked in this test')
sys.meta_path.insert(0, Block())
import pkgutil, importlib, greenlife
for pkg in ('greenlife.core', 'greenlife.store', 'greenlife.reports'):
    mod = importlib.import_module(pkg)
    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):
        importlib.import_module(info.name)
import greenlife.cli
print('ok', 'matplotlib' in sys.modules)
"""


def test_core_store_reports_cli_import_without_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")
