"""The global search: type any fragment, see the best-matching companies as you type.

Results float under the field (an overlay inside the window, so typing never loses
focus); Up/Down choose, Enter or a click opens the file, Escape closes the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.companies.search import FIELD_LABELS, MatchReason, SearchHit, SearchService
from views.common.accessibility import announce
from views.common.icons import icon
from views.common.text import error_text, label
from views.common.worker import DatabaseWorker

DEBOUNCE_MS = 120
# The part of a hit that matched what was typed: marked like a highlighter would.
MARK_STYLE = "background-color:#fde68a;color:#1f1f1f"


class SearchBox(QLineEdit):
    """Signals:
    open_company(int): a hit was chosen.
    results_shown(int): this many hits are on screen (tests wait for it).
    """

    open_company = Signal(int)
    results_shown = Signal(int)

    def __init__(self, worker: DatabaseWorker, overlay_parent: QWidget) -> None:
        super().__init__()
        self.worker = worker
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.setPlaceholderText(
            self.tr("Search a company: name, KvK, address, postcode, contact person…  (Ctrl+K)")
        )
        self.setAccessibleName(self.tr("Search companies"))
        self.setMinimumWidth(480)
        self.setAccessibleName(self.tr("Search companies"))
        self.setAccessibleDescription(
            self.tr(
                "Finds companies by name, KvK number, address, postcode or contact person; "
                "Up and Down choose a result, Enter opens it"
            )
        )
        self.popup = _ResultList(overlay_parent)
        self.popup.chosen.connect(self._choose)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self._ticket = 0
        # The files opened lately, most recent first: they come first when otherwise equal.
        self.recent_ids: Callable[[], Sequence[int]] = lambda: ()
        self.textEdited.connect(lambda _t: self._timer.start())
        self.installEventFilter(self)

    def _search(self) -> None:
        text = self.text().strip()
        self._ticket += 1
        ticket = self._ticket
        if not text:
            self.popup.hide()
            return
        recent = list(self.recent_ids())
        self.worker.run(
            lambda s: SearchService(s).search(text, limit=12, recent=recent),
            lambda hits: self._show(ticket, hits),
            lambda error: self.popup.show_message(error_text(error), self),
        )

    def search_now(self) -> None:
        """Run the search without waiting for the typing pause."""
        self._timer.stop()
        self._search()

    def _show(self, ticket: int, hits: list[SearchHit]) -> None:
        if ticket != self._ticket:
            return  # the user typed on; a newer search is under way
        self.popup.show_hits(hits, self)
        self.results_shown.emit(len(hits))

    def _choose(self, company_id: int) -> None:
        self.popup.hide()
        self.clear()
        self.open_company.emit(company_id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                self.popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or not self.popup.isVisible():
                    self.search_now()
                    self.popup.open_first_when_shown = True
                else:
                    self.popup.choose_current()
                return True
            if key == Qt.Key.Key_Escape and self.popup.isVisible():
                self.popup.hide()
                return True
        if obj is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_unless_focused)
        return super().eventFilter(obj, event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus() and not self.popup.list.hasFocus():
            self.popup.hide()


class _ResultList(QFrame):
    chosen = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)
        self.list.itemClicked.connect(self._clicked)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setContentsMargins(10, 6, 10, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        self.open_first_when_shown = False
        self.hide()

    def show_hits(self, hits: list[SearchHit], anchor: QWidget) -> None:
        self.list.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, hit.company_id)
            # Read out by a screen reader: the row itself is a widget without text.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hit_plain_text(hit, self.tr("archived")))
            item.setSizeHint(QSize(0, 44))
            spoken = QTextDocumentFragment.fromHtml(hit_text(hit, self.tr("archived"))).toPlainText()
            item.setData(Qt.ItemDataRole.AccessibleTextRole, " ".join(spoken.split()))
            self.list.addItem(item)
            self.list.setItemWidget(item, _hit_widget(hit, self.tr("archived"), self))
        if hits:
            self.list.setCurrentRow(0)
            self.note.setText(self.tr("↑↓ to choose, Enter to open, Esc to close"))
            # The list never takes the focus (typing goes on in the field): the reader is told.
            found = self.tr("%Ln company(ies) found.", "", len(hits))
            announce(anchor, f"{found} {self._spoken_current()}")
        else:
            self.note.setText(
                self.tr("Nothing found. Try part of the name, a street, a postcode or a KvK number.")
            )
            announce(anchor, self.note.text())
        self.list.setVisible(bool(hits))
        self._place(anchor, len(hits))
        if self.open_first_when_shown and hits:
            self.open_first_when_shown = False
            self.choose_current()

    def show_message(self, text: str, anchor: QWidget) -> None:
        self.list.clear()
        self.list.setVisible(False)
        self.note.setText(text)
        announce(anchor, text, urgent=True)
        self._place(anchor, 0)

    def _place(self, anchor: QWidget, count: int) -> None:
        parent = self.parentWidget()
        assert parent is not None, "the popup is made with the window as its parent"
        top_left = anchor.mapTo(parent, QPoint(0, anchor.height() + 2))
        height = min(count, 9) * 44 + 34 if count else 36
        self.setGeometry(top_left.x(), top_left.y(), max(anchor.width(), 560), height)
        self.show()
        self.raise_()

    def move_selection(self, step: int) -> None:
        if self.list.count():
            self.list.setCurrentRow((self.list.currentRow() + step) % self.list.count())
            announce(self, self._spoken_current())

    def _spoken_current(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.AccessibleTextRole) or "") if item is not None else ""

    def choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


def marked(text: str, start: int, end: int) -> str:
    """``text`` as rich text with ``text[start:end]`` marked (escaped; nothing marked when empty)."""
    if end <= start:
        return escape(text)
    return f"{escape(text[:start])}<span style='{MARK_STYLE}'>{escape(text[start:end])}</span>{escape(text[end:])}"


def _is_name(reason: MatchReason | None) -> bool:
    return reason is not None and reason.label == FIELD_LABELS["n"]


def hit_text(hit: SearchHit, archived_text: str) -> str:
    """The rich text of one hit: the name (its matching part marked), then why it was found when
    that is not the name ("contactpersoon: Anneke van der Berg"), the KvK number and the address."""
    reason = hit.reason
    name = (
        marked(hit.name, reason.start, reason.end)
        if reason is not None and _is_name(reason)
        else escape(hit.name)
    )
    archived = f" <span style='color:#8a8a8a'>({escape(archived_text)})</span>" if hit.archived else ""
    kvk = f"KvK {hit.kvk_number}" if hit.kvk_number else ""
    area = hit.area if hit.area and hit.area not in hit.address else ""
    parts = [escape(p) for p in (kvk, hit.address, area) if p]
    if reason is not None and reason.marked and hit.address.startswith(reason.text):
        # The main establishment's street and number: marked in the address itself.
        parts[1 if kvk else 0] = marked(hit.address, reason.start, reason.end)
    elif reason is not None and not _is_name(reason) and reason.text not in (hit.kvk_number, hit.address):
        parts.insert(0, f"{escape(label(reason.label))}: {marked(reason.text, reason.start, reason.end)}")
    elif reason is not None and reason.text == hit.kvk_number and kvk:
        parts[0] = "KvK " + marked(reason.text, reason.start, reason.end)
    detail = "  ·  ".join(parts)
    return f"<b>{name}</b>{archived}<br><span style='color:#666'>{detail}</span>"


def hit_plain_text(hit: SearchHit, archived_text: str) -> str:
    """One hit as a screen reader says it: the name, whether archived, the KvK number and the address."""
    parts = [hit.name + (f" ({archived_text})" if hit.archived else "")]
    parts += [p for p in (f"KvK {hit.kvk_number}" if hit.kvk_number else "", hit.address) if p]
    return ", ".join(parts)


def _hit_widget(hit: SearchHit, archived_text: str, parent: QWidget) -> QWidget:
    widget = QLabel(parent)
    widget.setText(hit_text(hit, archived_text))
    widget.setContentsMargins(10, 2, 10, 2)
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return widget
