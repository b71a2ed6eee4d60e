"""The administrator's lists for signals: categories (with their handling time), feedback templates
and the standard reasons of a reporter's reaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.lookups import Choice
from models.signals import categories, feedback, reactions
from models.signals.categories import CategoryRecord
from models.signals.entities import SignalStatus
from models.signals.feedback import TemplateRecord
from models.signals.reactions import ReasonRecord
from views.common import icons
from views.common.accessibility import name_view
from views.common.forms import FormDialog
from views.common.screen import fit_to_screen
from views.common.text import label
from views.common.worker import DatabaseWorker
from views.signals.signal_dialogs import status_text


class CategoryDialog(FormDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        categories: list[CategoryRecord],
        record: CategoryRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, self.tr("Signal category"), parent)
        self.record, self.categories = record, categories
        self.name = self.line("name", self.tr("Name"), record.name if record else "", max_length=120)
        others = [
            Choice(value=c.id, label=c.name, depth=c.depth)
            for c in categories
            if record is None or c.id != record.id
        ]
        self.parent_combo = self.combo(
            "parent_id",
            self.tr("Under"),
            others,
            record.parent_id if record else None,
            empty=self.tr("(top level)"),
        )
        self.days = QSpinBox()
        self.days.setRange(0, 250)
        self.days.setSpecialValueText(self.tr("none"))
        self.days.setSuffix(self.tr(" working days"))
        self.days.setValue(record.target_days or 0 if record else 5)
        self.add_field("target_days", self.tr("Target handling time"), self.days)
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(record.active if record else True)
        self.add_field("active", "", self.active)
        self.name.setFocus()

    def task(self) -> Callable[[Session], Any]:
        name, parent_id, days, active = (
            self.name.text(),
            self.parent_combo.currentData(),
            self.days.value() or None,
            self.active.isChecked(),
        )
        record = self.record
        return lambda s: categories.save_category(
            s,
            name,
            days,
            parent_id,
            category_id=record.id if record else None,
            expected_version=record.version if record else None,
            active=active,
        )

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        category_id = self.record.id
        return lambda s: next(
            (c for c in categories.categories(s, include_inactive=True) if c.id == category_id), None
        )

    def sibling(self, record: CategoryRecord) -> CategoryDialog:
        return CategoryDialog(self.worker, self.categories, record)


class TemplateDialog(FormDialog):
    def __init__(
        self, worker: DatabaseWorker, record: TemplateRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, self.tr("Feedback template"), parent)
        self.record = record
        self.name = self.line("name", self.tr("Name"), record.name if record else "", max_length=120)
        self.status = self.combo(
            "status",
            self.tr("For status"),
            [
                Choice(value=s.value, label=status_text(s))
                for s in SignalStatus
                if s not in (SignalStatus.REPORTED, SignalStatus.REOPEN_REQUESTED)
            ],
            record.status.value if record and record.status else None,
            empty=self.tr("(every status)"),
        )
        known = ", ".join("{" + k + "}" + " " + label(v) for k, v in feedback.PLACEHOLDERS.items())
        self.body = QPlainTextEdit(record.body if record else "")
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(240)
        self.add_field("body", self.tr("Text"), self.body, self.tr("Placeholders: %1").replace("%1", known))
        self.rows["body"].hint.setWordWrap(True)
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(record.active if record else True)
        self.add_field("active", "", self.active)
        self.setMinimumWidth(640)
        self.name.setFocus()

    def task(self) -> Callable[[Session], Any]:
        name, body, active = self.name.text(), self.body.toPlainText(), self.active.isChecked()
        status = SignalStatus(self.status.currentData()) if self.status.currentData() else None
        record = self.record
        return lambda s: feedback.save_template(
            s,
            name,
            body,
            status,
            template_id=record.id if record else None,
            expected_version=record.version if record else None,
            active=active,
        )

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        template_id = self.record.id
        return lambda s: next(
            (t for t in feedback.templates(s, include_inactive=True) if t.id == template_id), None
        )

    def sibling(self, record: TemplateRecord) -> TemplateDialog:
        return TemplateDialog(self.worker, record)


class ReasonDialog(FormDialog):
    """A standard reason of a reporter's reaction, and whether "niet tevreden" for it asks to reopen."""

    def __init__(
        self, worker: DatabaseWorker, record: ReasonRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, self.tr("Reason of a reaction"), parent)
        self.record = record
        self.name = self.line("name", self.tr("Reason"), record.name if record else "", max_length=120)
        self.reopens = QCheckBox(self.tr("Not satisfied for this reason: a request to reopen the signal"))
        self.reopens.setChecked(record.reopens if record else False)
        self.add_field("reopens", "", self.reopens)
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(record.active if record else True)
        self.add_field("active", "", self.active)
        self.setMinimumWidth(560)
        self.name.setFocus()

    def task(self) -> Callable[[Session], Any]:
        name, reopens, active = self.name.text(), self.reopens.isChecked(), self.active.isChecked()
        record = self.record
        return lambda s: reactions.save_reason(
            s,
            name,
            reopens,
            reason_id=record.id if record else None,
            expected_version=record.version if record else None,
            active=active,
        )

    def load_current(self) -> Callable[[Session], Any] | None:
        if self.record is None:
            return None
        reason_id = self.record.id
        return lambda s: next(
            (r for r in reactions.reasons(s, include_inactive=True) if r.id == reason_id), None
        )

    def sibling(self, record: ReasonRecord) -> ReasonDialog:
        return ReasonDialog(self.worker, record)


class SignalSettingsDialog(QDialog):
    """The administrator's categories (with target handling times) and feedback templates."""

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("Categories and feedback templates"))
        fit_to_screen(self, 720, 520)  # a large scale: what the screen has
        self.categories: list[CategoryRecord] = []
        self.template_records: list[TemplateRecord] = []
        self.reason_records: list[ReasonRecord] = []
        self.category_list = QListWidget()
        name_view(self.category_list, self.tr("Categories"))
        self.template_list = QListWidget()
        name_view(self.template_list, self.tr("Feedback templates"))
        self.reason_list = QListWidget()
        name_view(self.reason_list, self.tr("Reasons for dissatisfaction"))
        tabs = QTabWidget()
        tabs.addTab(
            self._tab(self.category_list, self.new_category, self.edit_category), self.tr("Categories")
        )
        tabs.addTab(
            self._tab(self.template_list, self.new_template, self.edit_template),
            self.tr("Feedback templates"),
        )
        tabs.addTab(
            self._tab(self.reason_list, self.new_reason, self.edit_reason), self.tr("Reasons of reactions")
        )
        self.tabs = tabs
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addLayout(bottom)
        self.category_list.itemActivated.connect(lambda _i: self.edit_category())
        self.template_list.itemActivated.connect(lambda _i: self.edit_template())
        self.reason_list.itemActivated.connect(lambda _i: self.edit_reason())
        self.reload()

    def _tab(self, listing: QListWidget, new: Callable[[], None], edit: Callable[[], None]) -> QWidget:
        page = QWidget()
        new_button = QPushButton(icons.icon("mdi6.plus"), self.tr("New…"))
        new_button.clicked.connect(new)
        edit_button = QPushButton(icons.icon("mdi6.pencil-outline"), self.tr("Edit…"))
        edit_button.clicked.connect(edit)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(listing, 1)
        layout.addLayout(buttons)
        return page

    def reload(self) -> None:
        self.worker.run(
            lambda s: (
                categories.categories(s, include_inactive=True),
                feedback.templates(s, include_inactive=True),
                reactions.reasons(s, include_inactive=True),
            ),
            self._loaded,
        )

    def _loaded(self, result: tuple[list[CategoryRecord], list[TemplateRecord], list[ReasonRecord]]) -> None:
        self.categories, self.template_records, self.reason_records = result
        self.category_list.clear()
        for c in self.categories:
            text = "    " * c.depth + c.name
            if c.target_days:
                text += "  —  " + self.tr("%Ln working day(s)", "", c.target_days)
            if not c.active:
                text += "  (" + self.tr("not in use") + ")"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.category_list.addItem(item)
        self.template_list.clear()
        for t in self.template_records:
            text = t.name + "  —  " + (status_text(t.status) if t.status else self.tr("every status"))
            if not t.active:
                text += "  (" + self.tr("not in use") + ")"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.template_list.addItem(item)
        self.reason_list.clear()
        for r in self.reason_records:
            text = r.name
            if r.reopens:
                text += "  —  " + self.tr("not satisfied: request to reopen")
            if not r.active:
                text += "  (" + self.tr("not in use") + ")"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.reason_list.addItem(item)

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda _r: self.reload())
        dialog.open()

    def new_category(self) -> None:
        self._open(CategoryDialog(self.worker, self.categories, None, self))

    def edit_category(self) -> None:
        item = self.category_list.currentItem()
        record = next(
            (c for c in self.categories if item and c.id == item.data(Qt.ItemDataRole.UserRole)), None
        )
        if record is not None:
            self._open(CategoryDialog(self.worker, self.categories, record, self))

    def new_template(self) -> None:
        self._open(TemplateDialog(self.worker, None, self))

    def edit_template(self) -> None:
        item = self.template_list.currentItem()
        record = next(
            (t for t in self.template_records if item and t.id == item.data(Qt.ItemDataRole.UserRole)), None
        )
        if record is not None:
            self._open(TemplateDialog(self.worker, record, self))

    def new_reason(self) -> None:
        self._open(ReasonDialog(self.worker, None, self))

    def edit_reason(self) -> None:
        item = self.reason_list.currentItem()
        record = next(
            (r for r in self.reason_records if item and r.id == item.data(Qt.ItemDataRole.UserRole)), None
        )
        if record is not None:
            self._open(ReasonDialog(self.worker, record, self))
