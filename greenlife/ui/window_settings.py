"""The one place QSettings is used: window geometry and the last page."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from greenlife import APP_NAME, ORG_DOMAIN


def _settings() -> QSettings:
    # the domain makes macOS name the file after the app id: org.greenlife.GreenLife.plist
    return QSettings(ORG_DOMAIN, APP_NAME)


def restore(window: QWidget, key: str = "main") -> bool:
    value = _settings().value(f"{key}/geometry")
    if isinstance(value, QByteArray | bytes) and value:
        return window.restoreGeometry(QByteArray(value))
    return False


def save(window: QWidget, key: str = "main") -> None:
    s = _settings()
    s.setValue(f"{key}/geometry", window.saveGeometry())
    s.sync()


def value(key: str, default: object = None) -> object:
    return _settings().value(key, default)


def set_value(key: str, val: object) -> None:
    s = _settings()
    s.setValue(key, val)
    s.sync()


def file_name() -> str:
    """Where the settings are kept (a file, or the registry key on Windows)."""
    return _settings().fileName()
