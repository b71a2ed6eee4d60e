"""*Meenemen…*: choose a set to take along (a planned round, companies by a filter or the ones
selected, or "my companies"), where the encrypted file is kept, and copy it with progress shown.

The copy is made on the window's worker, as the official signed in on the server
(``models.offline.sync.take``); the dialog only collects the choice and says what happened.

Signals:
    taken(str): the set is on this computer, in this file.
    work_offline(str): the official asked to work in it now.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.offline import sync
from models.offline.sets import COMPANIES, MINE, ROUND, SET_TABLES, SetDefinition
from models.rounds.services import rounds_between
from models.tools.transfer import TABLE_LABELS
from views.common.accessibility import label_field, name_field
from views.common.paths import default_database_path
from views.common.screen import ScrollingPane, fit_to_screen
from views.common.text import error_text, format_number, format_short_date
from views.common.worker import DatabaseWorker

ROUNDS_BACK, ROUNDS_AHEAD = 7, 90  # the rounds offered: planned in the coming weeks (or just held)


def default_file() -> Path:
    """Beside the local database: ``meegenomen-2026-12-03.odset`` (a new name each day)."""
    folder = default_database_path().parent
    stem = f"meegenomen-{date.today().isoformat()}"
    path, n = folder / f"{stem}.odset", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.odset", n + 1
    return path


def _table(name: str) -> str:
    return QCoreApplication.translate("transfer", TABLE_LABELS.get(name, name))


class TakeDialog(QDialog):
    taken = Signal(str)
    work_offline = Signal(str)

    def __init__(
        self, worker: DatabaseWorker, selected: list[int] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("takeDialog")
        self.setWindowTitle(self.tr("Take along"))
        self.worker = worker
        self.selected = list(selected or [])
        intro = QLabel(
            self.tr(
                "Copy a set to this laptop to work on it without a connection. The copy is "
                "encrypted; its key stays in this computer's password store."
            )
        )
        intro.setWordWrap(True)

        self.choice = QButtonGroup(self)
        self.by_round = QRadioButton(self.tr("A planned round"))
        self.rounds = QComboBox()
        self.rounds.setMinimumContentsLength(36)  # a date and the round's title
        self.rounds.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        name_field(self.rounds, self.tr("Round"))
        self.by_filter = QRadioButton(self.tr("Companies whose name, KvK number, postcode or place contains"))
        self.filter = QLineEdit()
        name_field(self.filter, self.tr("Filter"))
        self.filter.setPlaceholderText(self.tr("for example Loosdrecht or 1231"))
        self.by_selection = QRadioButton(
            self.tr("The companies selected in the list (%1)").replace(
                "%1", format_number(len(self.selected))
            )
        )
        self.by_selection.setVisible(bool(self.selected))
        self.mine = QRadioButton(self.tr("My companies (where I am the account manager)"))
        grid = QGridLayout()
        for row, (button, field) in enumerate(
            (
                (self.by_round, self.rounds),
                (self.by_filter, self.filter),
                (self.by_selection, None),
                (self.mine, None),
            )
        ):
            self.choice.addButton(button, row)
            grid.addWidget(button, row, 0)
            if field is not None:
                grid.addWidget(field, row, 1)
                field.setEnabled(False)
                button.toggled.connect(field.setEnabled)
        grid.setColumnStretch(1, 1)
        (self.by_selection if self.selected else self.mine).setChecked(True)
        self.filter.textEdited.connect(lambda _text: self.by_filter.setChecked(True))

        where = QLabel(self.tr("Keep it in"))
        self.file = QLineEdit(str(default_file()))
        label_field(where, self.file)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(where)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the copy says no steps: busy while it runs
        self.progress.setAccessibleName(self.tr("Copying"))
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("takeMessage")

        self.take_button = QPushButton(self.tr("Take along"))
        self.take_button.setObjectName("primary")
        self.take_button.setDefault(True)
        self.take_button.clicked.connect(self.take)
        self.offline_button = QPushButton(self.tr("Work offline now"))
        self.offline_button.setObjectName("primary")
        self.offline_button.setVisible(False)
        self.offline_button.clicked.connect(self._work_offline)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.offline_button)

        # The choices and the result scroll (both ways) when a large font or scale leaves too little
        # room; the buttons stay in view.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(file_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollingPane(content), 1)
        outer.addLayout(buttons)
        fit_to_screen(self, 760, 420)
        self.path: Path | None = None
        today = date.today()
        worker.run(
            lambda s: rounds_between(
                s, today - timedelta(days=ROUNDS_BACK), today + timedelta(days=ROUNDS_AHEAD)
            ),
            self._rounds_loaded,
            lambda _error: self.by_round.setEnabled(False),  # a role without rounds: not offered
        )

    def _rounds_loaded(self, rounds: list[Any]) -> None:
        for record in sorted(rounds, key=lambda r: (r.held_on, r.id)):
            self.rounds.addItem(f"{format_short_date(record.held_on)} · {record.title}", record.id)
        self.by_round.setEnabled(bool(rounds))
        if not rounds:
            self.by_round.setText(self.tr("A planned round (none in the coming weeks)"))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Keep the set in"), self.file.text(), self.tr("Sets taken along (*.odset)")
        )
        if chosen:
            self.file.setText(chosen)

    def definition(self) -> SetDefinition | None:
        """The set chosen, or None (and the reason shown) when a choice lacks its detail."""
        if self.by_round.isChecked():
            if self.rounds.currentData() is None:
                self._say(self.tr("Choose a round."), error=True)
                return None
            return SetDefinition(kind=ROUND, round_id=int(self.rounds.currentData()))
        if self.by_filter.isChecked():
            if not self.filter.text().strip():
                self._say(self.tr("Type part of a name, KvK number, postcode or place."), error=True)
                self.filter.setFocus()
                return None
            return SetDefinition(kind=COMPANIES, text=self.filter.text().strip())
        if self.by_selection.isChecked():
            return SetDefinition(kind=COMPANIES, company_ids=tuple(self.selected))
        return SetDefinition(kind=MINE)

    def take(self) -> None:
        definition = self.definition()
        if definition is None:
            return
        typed = self.file.text().strip()
        if not typed:
            self._say(self.tr("Choose the file to keep the set in."), error=True)
            return
        path = Path(typed).expanduser()
        if path.suffix == "":
            path = path.with_suffix(".odset")
        server = self.worker.database
        self.take_button.setEnabled(False)
        self.progress.setVisible(True)
        self._say(self.tr("Copying the set from the server…"))
        path.parent.mkdir(parents=True, exist_ok=True)
        self.worker.run(
            lambda s: sync.take(s, definition, path, server=server),
            lambda report: self._taken(path, report),
            self._failed,
        )

    def _taken(self, path: Path, report: sync.TakeReport) -> None:
        self.path = path
        self.progress.setVisible(False)
        counts = ", ".join(
            _table(n) + ": " + format_number(report.counts[n]) for n in SET_TABLES if report.counts.get(n)
        )
        self._say(
            self.tr("Taken along in %1 s and kept encrypted in %2.")
            .replace("%1", f"{report.seconds:.1f}")
            .replace("%2", str(path))
            + "\n"
            + (counts or self.tr("No records matched; the lookups and the knowledge base are there."))
        )
        self.take_button.setVisible(False)
        self.offline_button.setVisible(True)
        self.offline_button.setFocus()
        self.close_button.setText(self.tr("Close"))
        self.taken.emit(str(path))

    def _failed(self, error: DomainError) -> None:
        self.progress.setVisible(False)
        self.take_button.setEnabled(True)
        self._say(error_text(error), error=True)

    def _work_offline(self) -> None:
        if self.path is not None:
            self.accept()
            self.work_offline.emit(str(self.path))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #8c1d18;" if error else "")
