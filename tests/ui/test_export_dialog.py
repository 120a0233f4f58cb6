import csv

import pypdf

from greenlife.ui.widgets.export_dialog import ExportDialog


def seed(state):
    state.store.log("杨女士", "commute", "subway", 61, day="2026-03-02")
    state.store.log("李先生", "food", "clean_plate", 2, day="2026-04-02")


def test_export_pdf_csv_in_the_background(qtbot, window, state, tmp_path):
    tmp_path = tmp_path / "out"
    seed(state)
    d = ExportDialog(state, window)
    qtbot.addWidget(d)
    d.folder.setText(str(tmp_path))
    d.year.setValue(2026)
    d.checks["json"].setChecked(True)
    d.start()
    qtbot.waitUntil(lambda: bool(d.written), timeout=20000)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "greenlife-2026.csv", "greenlife-2026.json", "greenlife-2026.pdf"]
    rows = list(csv.DictReader((tmp_path / "greenlife-2026.csv").open(encoding="utf-8-sig")))
    assert [int(r["points"]) for r in rows] == [5917, 460]
    pdf = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "greenlife-2026.pdf").pages)
    assert "杨女士" in pdf
    assert "5,917" in pdf
    assert d.progress.value() == 100
    assert "Wrote" in d.status.text()


def test_overwrite_asks_first(qtbot, window, state, tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    seed(state)
    (tmp_path / "greenlife-2026.pdf").write_text("old report")
    d = ExportDialog(state, window)
    qtbot.addWidget(d)
    d.folder.setText(str(tmp_path))
    asked = []
    monkeypatch.setattr(d, "confirm_overwrite", lambda existing: asked.append(existing) or False)
    d.start()
    assert asked == [[tmp_path / "greenlife-2026.pdf"]]
    assert (tmp_path / "greenlife-2026.pdf").read_text() == "old report"
    assert not (tmp_path / "greenlife-2026.csv").exists()
    assert d.status.text() == "Nothing was exported."


def test_cancel_keeps_previous_files(qtbot, window, state, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    seed(state)
    (tmp_path / "greenlife-2026.pdf").write_text("old report")
    d = ExportDialog(state, window)
    qtbot.addWidget(d)
    d.folder.setText(str(tmp_path))
    d.confirm_overwrite = lambda existing: True
    import threading

    original = threading.Event

    class PreCancelled(original):
        def __init__(self):
            super().__init__()
            self.set()

    threading.Event = PreCancelled
    try:
        d.start()
    finally:
        threading.Event = original
    qtbot.waitUntil(lambda: "cancelled" in d.status.text(), timeout=20000)
    assert (tmp_path / "greenlife-2026.pdf").read_text() == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["greenlife-2026.pdf"]


def test_worker_callbacks_run_on_the_main_thread(qtbot, state):
    from greenlife.ui.worker import on_main_thread, run_in_background

    seen = []
    run_in_background(state.path, lambda store, _p: store.count_entries(),
                      lambda r: seen.append((r, on_main_thread())), lambda e: seen.append(e))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(0, True)]


def test_certificates_are_an_option_of_the_pdf(qtbot, window, state, tmp_path):
    seed(state)
    d = ExportDialog(state, window)
    qtbot.addWidget(d)
    d.folder.setText(str(tmp_path))
    d.year.setValue(2026)
    d.checks["csv"].setChecked(False)
    assert d.certificates.isEnabled()
    d.certificates.setChecked(True)
    d.start()
    qtbot.waitUntil(lambda: bool(d.written), timeout=20000)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "greenlife-2026.pdf").pages)
    assert text.count("Green certificate 2026") == 2  # one page per member
    d.checks["pdf"].setChecked(False)
    assert not d.certificates.isEnabled()
