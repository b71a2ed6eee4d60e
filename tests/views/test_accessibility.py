"""Usable with a screen reader and with the keyboard alone (issue 21).

Every page of the registry, a company's file and every dialog class of ``views`` (the fit test's
factories, so a new dialog is covered or that test says it is not) is opened on a demo database;
in each, every control a person can tab to must have a name a screen reader can say (its
accessible name, a label that is its buddy, or a button's own text), and pressing Tab from the
first control must visit every enabled input and come back round to it (no keyboard trap).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tests.views import screen_walk
from tests.views.conftest import closed, visible
from tests.views.test_fit_screen import ABSTRACT, dialog_classes
from views.common.accessibility import announcer
from views.common.date_field import DateField
from views.common.widgets import icon_only
from views.companies.company_dialogs import CompanyDialog
from views.shell.main_window import MainWindow
from views.shell.pages import PAGES

TRAPPED = 6  # Tab presses that may stay in one control (the sections of a date and time)


def _owner(widget: QWidget) -> QWidget:
    """The control a person perceives: a spin box or combo box rather than its inner line edit."""
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return widget


def focusable(top: QWidget) -> list[QWidget]:
    """The controls of ``top`` a person can reach with Tab, in no particular order."""
    found: list[QWidget] = []
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        owner = _owner(widget)
        if owner not in found:
            found.append(owner)
    return found


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``: what Qt's accessibility layer reports (its
    accessible name; a button's text; a label beside it that is its buddy)."""
    if isinstance(widget, (QComboBox, QAbstractSpinBox)):
        # Qt names these by their value ("Open", "12") when nothing else is set: not a name.
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(top: QWidget) -> list[str]:
    """The reachable controls of ``top`` a screen reader could not name."""
    return [
        f"{type(w).__name__} {w.objectName()!r} {w.toolTip()!r}"
        for w in focusable(top)
        if not isinstance(w, QTabBar) and not spoken_name(w)
    ]


def unnamed_views(top: QWidget) -> list[str]:
    """Tables, trees and lists that have no name, or a header that does not say its columns."""
    problems = []
    for view in top.findChildren(QAbstractItemView):
        if not view.isVisibleTo(top) or isinstance(view, QHeaderView):
            continue
        if isinstance(view.parentWidget(), QComboBox) or isinstance(
            view.parentWidget().parentWidget(), QComboBox
        ):
            continue
        if not spoken_name(view):
            problems.append(f"{type(view).__name__} {view.objectName()!r} has no name")
    return problems


def _radio_reached(widget: QWidget, visited: list[QWidget]) -> bool:
    """Tab stops at one radio button of a group (the chosen one); arrow keys move within it."""
    if not isinstance(widget, QRadioButton):
        return False
    return any(
        isinstance(other, QRadioButton)
        and (
            (widget.group() is not None and other.group() is widget.group())
            or (widget.group() is None and other.parentWidget() is widget.parentWidget())
        )
        for other in visited
    )


def tab_round(top: QWidget, qtbot: Any) -> list[str]:
    """Tab from the first control until focus comes back to it: every control is visited, and
    focus never stays stuck in one (a trap) or leaves the window."""
    controls = focusable(top)
    if not controls:
        return []
    top.show()
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow, timeout=5_000)
    first = top.focusWidget() or controls[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    start = QApplication.focusWidget()
    visited: list[QWidget] = [_owner(start)]
    stays = 0
    for _ in range(8 * len(controls) + 20):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now.window() is not top:
            return [f"Tab from {type(current).__name__} {current.objectName()!r} left the window"]
        # A date-time field moves from day to month to year first: a few presses, then on.
        stays = stays + 1 if now is current else 0
        if stays > TRAPPED:
            return [f"Tab stays in {type(now).__name__} {now.objectName()!r} (a keyboard trap)"]
        if now is start:
            break
        visited.append(_owner(now))
    else:
        return [f"Tab from {type(start).__name__} {start.objectName()!r} never comes back"]
    missed = [c for c in controls if c not in visited and c.isVisible() and not _radio_reached(c, visited)]
    return [f"Tab never reaches {type(c).__name__} {c.objectName()!r}" for c in missed]


def check(top: QWidget, what: str, qtbot: Any, problems: list[str]) -> None:
    problems += [f"{what}: unnamed {p}" for p in unnamed(top)]
    problems += [f"{what}: {p}" for p in unnamed_views(top)]
    problems += [f"{what}: {p}" for p in tab_round(top, qtbot)]


def test_every_page_names_its_controls_and_tabs_round(page_walk: screen_walk.Walked) -> None:
    """Every page of the registry and a company's file (the walk shared with test_fit_screen.py)."""
    assert page_walk.opened == [*(info.key for info in PAGES if not info.dialog), "a company's file"]
    assert not page_walk.accessibility, "\n".join(page_walk.accessibility)


def test_every_dialog_names_its_controls_and_tabs_round(dialog_walk: screen_walk.Walked) -> None:
    """Every dialog class (the walk shared with test_fit_screen.py, whose test says when a dialog
    has no opener)."""
    keys = [screen_walk.dialog_key(c) for c in dialog_classes()]
    assert dialog_walk.opened == [key for key in keys if key not in ABSTRACT]
    assert not dialog_walk.accessibility, "\n".join(dialog_walk.accessibility)


# -- the shortcuts overview, an announced error, the shared helpers -----------------------------


def test_f1_lists_every_shortcut_of_the_window_in_dutch(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    overview = window.shortcuts
    assert overview is not None and overview.isVisible()
    assert overview.windowTitle() == "Sneltoetsen"
    rows = overview.rows()
    assert ("Ctrl+K", "Zoek een onderneming", "Overal") in rows
    assert ("F1", "Sneltoetsen", "Overal") in rows
    assert ("Ctrl+M", "Melding registreren", "Meldingen") in rows
    assert ("Ctrl+E", "Onderneming bewerken", "Ondernemingsdossier") in rows
    assert ("Tab", "Volgend veld of volgende knop", "Elk formulier en elke lijst") in rows
    # Read from the shortcuts themselves: every one made in the window (now that every page is)
    # is listed, and each says what it does.
    made = {
        QKeySequence(s.key()).toString(QKeySequence.SequenceFormat.NativeText)
        for s in window.findChildren(QShortcut)
    }
    made |= {
        a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in window.findChildren(QAction)
    }
    made |= {
        b.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for b in window.findChildren(QAbstractButton)
    }
    made.discard("")
    assert made <= {keys for keys, _what, _where in rows}
    assert all(what for _keys, what, _where in rows), [r for r in rows if not r[1]]
    assert overview.table.accessibleName() == "Sneltoetsen"
    assert overview.table.accessibleDescription() == "Kolommen: Toetsen, Wat het doet, Waar"
    qtbot.keyClick(overview, Qt.Key.Key_Escape)
    assert not overview.isVisible()
    # Also from the help menu.
    assert window.shortcuts_action in window.help_menu.actions()
    window.shortcuts_action.trigger()
    assert window.shortcuts is not None and window.shortcuts.isVisible()
    window.shortcuts.close()


def test_an_error_at_a_field_is_announced_and_describes_the_field(qtbot: Any, window: MainWindow) -> None:
    said: list[tuple[str, bool]] = []
    announcer().announced.connect(lambda text, urgent: said.append((text, urgent)))
    qtbot.mouseClick(window.companies.new_button, Qt.MouseButton.LeftButton)
    dialog = visible(window, CompanyDialog)
    dialog.name.setText("Bakkerij Van Dijk")
    dialog.main.street.setText("Noordereinde")
    dialog.main.house_number.setText("12")
    dialog.main.city.setText("'s-Graveland")
    dialog.main.postcode.setText("12345")
    assert dialog.main.postcode.accessibleName() == "Postcode"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = dialog.rows["main.postcode"].message
    qtbot.waitUntil(message.isVisible)
    # Said at once, with the field's name: every message of the form in one announcement.
    assert any(f"Postcode: {message.text()}" in text and urgent for text, urgent in said), said
    assert dialog.main.postcode.accessibleDescription() == message.text()
    assert QApplication.focusWidget() is dialog.main.postcode
    # Put right and saved: the message and the description go, "saved" is said politely.
    dialog.main.postcode.setText("1243 JJ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(closed(dialog))
    assert dialog.main.postcode.accessibleDescription() == ""
    assert ("Opgeslagen: Nieuwe onderneming", False) in said


def test_an_icon_only_button_is_named_after_what_it_does(qtbot: Any) -> None:
    button = QPushButton("PDF")
    qtbot.addWidget(button)
    button.setToolTip("(Ctrl+P)")
    icon_only(button)
    assert button.text() == ""
    assert button.accessibleName() == "PDF"
    assert button.toolTip() == "PDF (Ctrl+P)"
    bare = QPushButton()
    qtbot.addWidget(bare)
    bare.setToolTip("Afdrukken (Ctrl+P)")
    icon_only(bare)
    assert bare.accessibleName() == "Afdrukken"


def test_a_lost_connection_is_announced_at_once(qtbot: Any, window: MainWindow) -> None:
    said: list[tuple[str, bool]] = []
    announcer().announced.connect(lambda text, urgent: said.append((text, urgent)))
    window.banner.say("De server is niet bereikbaar.")
    window.notice.say("2 van uw afspraken zijn te laat.")
    assert said == [("De server is niet bereikbaar.", True), ("2 van uw afspraken zijn te laat.", False)]


def _changed_pixels(before: QImage, after: QImage) -> int:
    return sum(
        before.pixel(x, y) != after.pixel(x, y) for y in range(before.height()) for x in range(before.width())
    )


def test_the_focus_is_visible_on_every_kind_of_control(qtbot: Any) -> None:
    """Each kind of control looks different with the keyboard's focus on it than without: a ring
    round its edge (at least its width and height in changed pixels), not just a blinking caret."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    primary = QPushButton("Opslaan")
    primary.setObjectName("primary")
    tool = QToolButton()
    tool.setText("B")
    combo = QComboBox()
    combo.addItems(["Open", "Te laat"])
    tree = QTreeWidget()
    tree.setHeaderLabels(["Naam"])
    QTreeWidgetItem(tree, ["Café De Zwaan"])
    listing = QListWidget()
    listing.addItems(["Ondernemingen", "Meldingen"])
    tabs = QTabBar()
    tabs.addTab("Tijdlijn")
    tabs.addTab("Meldingen")
    kinds: list[QWidget] = [
        QPushButton("Annuleren"),
        primary,
        tool,
        QLineEdit("Noordereinde"),
        combo,
        QSpinBox(),
        DateField(),
        QCheckBox("Toon gearchiveerde"),
        QRadioButton("Mijn afspraken"),
        QPlainTextEdit("Verslag"),
        QTextEdit("Verslag"),
        QTableWidget(2, 2),
        tree,
        listing,
        tabs,
    ]
    parking = QLineEdit()  # where the focus is while a control is drawn without it
    layout.addWidget(parking)
    for widget in kinds:
        layout.addWidget(widget)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    plain_looks: list[str] = []
    for widget in kinds:
        target = widget.focusProxy() or widget
        parking.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        before = widget.grab().toImage()
        target.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert target.hasFocus(), type(widget).__name__
        after = widget.grab().toImage()
        if _changed_pixels(before, after) < min(widget.width(), widget.height()):
            plain_looks.append(
                type(widget).__name__ + (f" #{widget.objectName()}" if widget.objectName() else "")
            )
    assert not plain_looks, f"no visible focus on: {plain_looks}"


def test_a_list_sorts_by_a_column_from_its_context_menu(qtbot: Any, window: MainWindow) -> None:
    """Without a mouse the header cannot be clicked: the list's context menu (Menu key, Shift+F10)
    sorts by any column, as a click on its header does."""
    page = window.companies
    table = page.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    offered = {action.text(): action for action in table.actions()}
    assert {"Sorteren op Naam", "Sorteren op Plaats"} <= set(offered)
    assert not page.filter.descending
    offered["Sorteren op Naam"].trigger()  # the same column again: the other way round
    assert page.filter.descending
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    offered["Sorteren op Plaats"].trigger()
    assert table.horizontalHeader().sortIndicatorSection() == [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ].index("Plaats")
