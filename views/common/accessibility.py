"""What a screen reader (Orca, NVDA) says: names for controls, and news that appears on its own.

Qt hands a widget's accessible name to the screen reader; a label next to a field only names it
when both sit in the same parent, and a combo box or spin box is otherwise "named" by its value.
So every field gets its label as its accessible name (``name_field``), every list and table a name
that says what it lists and a description with its columns (``name_view``), and whatever changes
without the person asking (saved, a colleague's conflict, the connection lost, N overdue, an error
under a field) is announced once through ``announce``.

Signals (of ``announcer()``):
    announced(str, bool): a message was handed to the screen reader; the flag says it interrupts.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAction
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QWidget
from shiboken6 import isValid


class _Announcer(QObject):
    announced = Signal(str, bool)


_ANNOUNCER: _Announcer | None = None


def announcer() -> _Announcer:
    """The one object that tells what was announced (tests, and a log if ever wanted)."""
    global _ANNOUNCER
    if _ANNOUNCER is None:
        _ANNOUNCER = _Announcer()
    return _ANNOUNCER


def plain(label: str) -> str:
    """A label as spoken: without its mnemonic ampersand, HTML bold or the trailing colon."""
    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    for tag in ("<b>", "</b>", "<i>", "</i>"):
        text = text.replace(tag, "")
    return text.strip().rstrip(":").strip()


def announce(source: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have the screen reader say ``text`` now, on behalf of ``source`` (the banner, label or
    window it appeared in). ``urgent`` interrupts what is being read (an error, a lost
    connection); otherwise it is said when the reader is done (saved, a count)."""
    text = text.strip()
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    if urgent:
        QAccessible.updateAccessibility(QAccessibleEvent(source, QAccessible.Event.Alert))
    announcer().announced.emit(text, urgent)


def name_field(editor: QWidget, label: str, description: str = "") -> None:
    """Name ``editor`` after its label, and describe it (a description it has already is kept).
    An editor made of parts (a report editor, a date field) passes the name on to the part that
    takes the focus."""
    name = plain(label)
    for widget in (editor, editor.focusProxy()):
        if widget is None:
            continue
        if name:
            widget.setAccessibleName(name)
        if description and not widget.accessibleDescription():
            widget.setAccessibleDescription(description)


def label_field(label: QLabel, editor: QWidget) -> None:
    """``label`` names ``editor``: its buddy (Alt+letter jumps there) and its spoken name."""
    label.setBuddy(editor)
    name_field(editor, label.text())


def columns_of(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    found = []
    for column in range(model.columnCount(QModelIndex())):
        text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text:
            found.append(plain(str(text)))
    return found


def _describe_columns(view: QAbstractItemView, description: str) -> None:
    """Keep ``view``'s description saying its columns. A plain function, not a slot of a helper
    object: a bound method of a QObject whose Python wrapper had gone was still called by the model
    ("Slot '_ColumnsDescription::' not found"), and Qt crashed soon after (CI, 3 December)."""

    def update() -> None:
        if not isValid(view):  # the model speaks up while the view is being deleted, or after
            return
        columns = [] if isinstance(view, QListView) else columns_of(view.model())
        parts = [description] if description else []
        if len(columns) > 1:
            parts.append(
                QCoreApplication.translate("Accessibility", "Columns: %1").replace("%1", ", ".join(columns))
            )
        view.setAccessibleDescription(" ".join(parts))

    model = view.model()
    if model is not None:
        model.headerDataChanged.connect(update)
        model.modelReset.connect(update)
        model.columnsInserted.connect(update)
    update()


def name_view(view: QAbstractItemView, name: str, description: str = "") -> None:
    """Name a list, table or tree, and describe it with its columns, kept up to date when the
    model or its header changes ("Kolommen: Naam, KvK, Plaats"). Tab leaves the view at once
    (arrow keys move within it), so a long table is never a wall of Tab presses."""
    view.setAccessibleName(plain(name))
    view.setTabKeyNavigation(False)
    _describe_columns(view, description)


def sortable_by_keyboard(view: QAbstractItemView) -> None:
    """Sorting by a column without the mouse: the view's context menu (the Menu key or Shift+F10)
    offers "Sort by <column>" for every column, which does what a click on its header does (the
    page's sort, in the query: a second time the other way round)."""
    header = getattr(view, "horizontalHeader", None)
    if header is None:
        return
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    model = view.model()
    described = getattr(model, "columns", None)  # a LazyTableModel says which columns sort
    for column in range(model.columnCount(QModelIndex())):
        label = plain(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        if not label or (described is not None and getattr(described[column], "sort_key", None) is None):
            continue
        action = QAction(QCoreApplication.translate("Accessibility", "Sort by %1").replace("%1", label), view)
        action.triggered.connect(lambda _checked=False, c=column: header().sectionClicked.emit(c))
        view.addAction(action)
