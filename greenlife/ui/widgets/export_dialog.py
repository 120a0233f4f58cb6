"""File → Export yearly summary: pick the year and formats; the export runs off the UI
thread with a progress bar that can cancel; replacing existing files asks first."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greenlife.reports.atomic import Cancelled
from greenlife.reports.exporting import FORMATS, export_year, targets
from greenlife.ui.i18n_names import lang
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import show_error
from greenlife.ui.worker import run_in_background


def run_export(store, year: int, outputs: dict[str, Path], language: str,
               progress, cancel: threading.Event, certificates: bool = False) -> list[Path]:
    """Runs on the worker with its connection: the one export use-case."""
    return export_year(store, year, outputs, language, progress, cancel.is_set, certificates)


class ExportDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setMinimumWidth(520)
        today = state.store.today()
        self.year = QSpinBox()
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year)
        self.checks = {f: QCheckBox() for f in FORMATS}
        self.checks["pdf"].setChecked(True)
        self.checks["csv"].setChecked(True)
        self.certificates = QCheckBox()  # a page per member for the fridge door, in the PDF
        self.checks["pdf"].toggled.connect(self.certificates.setEnabled)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder = QLineEdit(docs or str(Path.home()))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(self.year_label, self.year)
        for fmt, box in self.checks.items():
            form.addRow("", box)
            if fmt == "pdf":
                form.addRow("", self.certificates)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form.addRow(self.folder_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._cancel: threading.Event | None = None
        self.written: list[Path] = []
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the dialog; again when the language changes while it is open."""
        self.setWindowTitle(self.tr("Export yearly summary"))
        self.year.setAccessibleName(self.tr("Year"))
        self.year_label.setText(self.tr("Year"))
        for fmt, text in (("pdf", self.tr("Printable report (PDF)")),
                          ("csv", self.tr("Every entry as a spreadsheet (CSV)")),
                          ("json", self.tr("Every entry as data (JSON)")),
                          ("png", self.tr("The year's charts (PNG)"))):
            self.checks[fmt].setText(text)
        self.certificates.setText(self.tr("… with a certificate page per member, for the fridge door"))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder_label.setText(self.tr("Save in"))
        self.browse.setText(self.tr("Browse…"))
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.export_button.setText(self.tr("&Export"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the summary in"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def outputs(self) -> dict[str, Path]:
        formats = [f for f in FORMATS if self.checks[f].isChecked()]
        return targets(Path(self.folder.text()).expanduser(), self.year.value(), formats)

    def confirm_overwrite(self, existing: list[Path]) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace files?"),
            self.tr("These files already exist and would be replaced:\n{files}").format(
                files="\n".join(str(p) for p in existing)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def start(self) -> None:
        outputs = self.outputs()
        if not outputs:
            self.status.setText(self.tr("Choose at least one format."))
            return
        existing = [p for p in outputs.values() if p.exists()]
        if existing and not self.confirm_overwrite(existing):
            self.status.setText(self.tr("Nothing was exported."))
            return
        self._cancel = threading.Event()
        cancel = self._cancel
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        year, language = self.year.value(), lang()
        certificates = self.certificates.isChecked() and "pdf" in outputs
        job = lambda store, progress: run_export(store, year, outputs, language, progress, cancel,  # noqa: E731
                                                 certificates)
        if self.state.path is None:
            try:
                self._done(job(self.state.store, self._progress))
            except Exception as exc:
                self._failed(exc)
            return
        run_in_background(self.state.path, job, self._done, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _done(self, written: list[Path]) -> None:
        self.written = written
        self._cancel = None
        self.export_button.setEnabled(True)
        self.progress.setValue(100)
        self.status.setText(self.tr("Wrote:\n{files}").format(files="\n".join(str(p) for p in written)))

    def _failed(self, exc: Exception) -> None:
        self._cancel = None
        self.export_button.setEnabled(True)
        self.progress.hide()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Export cancelled. Files already there were left as they were."))
            return
        self.status.setText(self.tr("Export failed: {error}").format(error=str(exc)))
        show_error(self, exc)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()  # the worker stops at its next check and removes its temporary file
        else:
            self.reject()
