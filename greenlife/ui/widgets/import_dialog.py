"""File → Import: the CSV the export writes. A dry run first: what would be imported, or
every bad row with its line number; nothing is written until the person confirms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError
from greenlife.store.importer import ImportPlan, plan_import
from greenlife.ui.labels import error_text
from greenlife.ui.state import AppState


class ImportDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.plan: ImportPlan | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import entries"))
        self.setMinimumSize(560, 400)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("CSV file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        check = QPushButton(self.tr("Check the file"))
        check.clicked.connect(lambda: self.check())
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Rows with problems"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        row.addWidget(check)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A CSV file written by GreenLife's export (same columns).")))
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Import entries"), "", self.tr("CSV files (*.csv)"))
        if name:
            self.file.setText(name)
            self.check()

    def check(self, path: str | None = None) -> ImportPlan | None:
        """The dry run: validate every row, write nothing."""
        if path is not None:
            self.file.setText(path)
        self.plan = None
        self.import_button.setEnabled(False)
        self.details.clear()
        try:
            plan = plan_import(self.state.store, Path(self.file.text()))
        except GreenlifeError as exc:
            self.summary.setText(error_text(exc))
            return None
        self.plan = plan
        if not plan.ok:
            self.summary.setText(self.tr("%n rows have problems; nothing will be imported until they are "
                                         "fixed.", "", len(plan.errors)))
            self.details.setPlainText("\n".join(
                self.tr("line {line}: {reason}").format(line=line, reason=reason)
                for line, reason in plan.errors))
            return plan
        self.summary.setText(self.tr("{new} entries to import; {already} already in the book.").format(
            new=plan.new_lines, already=plan.already))
        self.import_button.setEnabled(bool(plan.new_lines))
        return plan

    def run_import(self) -> None:
        """Write the checked rows on the worker; the import goes on the undo stack."""
        if self.plan is None:
            return
        plan, self.plan = self.plan, None
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))

        def done(result: ImportPlan) -> None:
            self.summary.setText(self.tr("Imported %n entries. A backup was made first.", "",
                                         result.new_lines))
            self.imported = result.new_lines

        def failed(exc: Exception) -> None:
            self.summary.setText(error_text(exc))

        self.state.import_plan(plan, self.tr("Import {file}").format(
            file=Path(self.file.text()).name), done, failed)
