"""The worker's connection keeps the app's clock."""

from __future__ import annotations

from tests.conftest import TODAY


def test_the_worker_keeps_the_app_clock(qapp, state, db_path):
    """Lines the worker posts (appliance days during a badge sync) are dated by the app's
    clock, not the system's: a test's fixed day stays the day everywhere."""
    from greenlife.ui.worker import worker_store

    assert worker_store(db_path).today() == TODAY
