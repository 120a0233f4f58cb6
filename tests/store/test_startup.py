"""Start-up cost: opening the store does not import numpy (sqlite-utils would, for nothing)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from greenlife.store import Store
s = Store.open(memory=True)
s.add_member('A')
s.log('A', 'commute', 'bike', 2)
assert 'numpy' not in sys.modules and 'pandas' not in sys.modules, 'numpy imported'
import numpy  # still importable afterwards, for matplotlib
from matplotlib.figure import Figure
Figure()
print('ok', s.balance().points)
"""


def test_store_opens_without_numpy_and_numpy_still_imports_later():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["ok", "196"]
