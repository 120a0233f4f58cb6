"""A fresh store in a few milliseconds: a copy of one migrated file instead of migrating an
in-memory database for every test (about 0.3 s each). The mutation runs re-run these tests for
every mutant, so it matters there."""

from __future__ import annotations

import shutil
from pathlib import Path

from greenlife.store import Store
from tests.conftest import TODAY

_TEMPLATE: dict[str, Path] = {}


def quick_store(tmp_path: Path, tmp_path_factory) -> Store:  # type: ignore[no-untyped-def]
    """A store at tmp_path/book.db with the two members 杨女士 and 李先生, today = TODAY."""
    if "path" not in _TEMPLATE or not _TEMPLATE["path"].exists():
        path = tmp_path_factory.mktemp("template") / "template.db"
        s = Store.open(path, today=lambda: TODAY)
        s.add_member("杨女士")
        s.add_member("李先生")
        s.close()
        _TEMPLATE["path"] = path
    dest = tmp_path / "book.db"
    shutil.copyfile(_TEMPLATE["path"], dest)
    return Store.open(dest, today=lambda: TODAY)
