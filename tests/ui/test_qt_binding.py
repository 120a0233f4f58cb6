"""Guards against a Qt binding that mismanages references (PySide6 6.12.0 on Python 3.11
dropped a reference to None on every void call, so a long session crashed)."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100
