"""Walk the window at a system scale or text size and report every text that is cut off.

Run by tests/views/test_zoom.py in a subprocess, because Qt reads its scale factor
(``QT_SCALE_FACTOR``) and the offscreen screen's size once, when the application starts:
``python tests/views/zoom_walk.py POINT_SIZE WORKDIR``. Every page, a company's file and every
dialog (the openers of tests/views/test_fit_screen.py) are walked; it prints one line per problem
and ``walked N`` at the end.

Cut off means: a label or button narrower than its text (no eliding), a wrapped label lower than
its lines, or a widget outside its window or its parent where no scroll bar brings it into view.
At 200 % a 1366×768 laptop is 683×384 logical pixels: scrolling is allowed, cutting is not.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QWidget,
)

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from desktop.bootstrap import install_translations  # noqa: E402
from models.db import Database  # noqa: E402
from models.migrations import migrate  # noqa: E402
from models.tools import demo  # noqa: E402
from tests.views import screen_walk  # noqa: E402
from views.common import theme  # noqa: E402
from views.common.worker import DatabaseWorker  # noqa: E402
from views.shell.pages import PAGES  # noqa: E402


def settle(worker: DatabaseWorker) -> None:
    """Until the worker is idle: the events of the window handled, the processor left to the worker
    between them (a loop of bare ``processEvents`` took a core from it on a two-core machine)."""
    while worker.busy:
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def scrolled(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` lies in a scroll area's content under ``top``: out of view, it scrolls."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return True
        child, parent = parent, parent.parentWidget()
    return False


def shown_to_the_user(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def cut(top: QWidget, what: str) -> list[str]:
    problems = []
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not shown_to_the_user(widget, top):
            continue
        name = f"{what}: {type(widget).__name__} {widget.objectName()!r}"
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and text:
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    problems.append(f"{name} {text[:60]!r} cut at the bottom")
            elif hint.width() > widget.width() + 1 and not widget.pixmap():
                problems.append(f"{name} {text[:60]!r} is {widget.width()} wide, needs {hint.width()}")
        elif (
            isinstance(widget, (QPushButton, QCheckBox, QRadioButton))
            and text
            and hint.width() > widget.width() + 1
        ):
            problems.append(f"{name} {text[:60]!r} is {widget.width()} wide, needs {hint.width()}")
        parent = widget.parentWidget()
        if parent is None or scrolled(widget, top):
            continue
        if not isinstance(parent, QAbstractScrollArea):
            bounds = parent.rect().adjusted(-1, -1, 1, 1)
            if not bounds.contains(widget.geometry()):
                problems.append(f"{name} {text[:40]!r} outside its parent {type(parent).__name__}")
                continue
        where = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not top.rect().adjusted(-1, -1, 1, 1).contains(where):
            problems.append(f"{name} {text[:40]!r} outside the window at {where.getRect()}")
    return problems


def main(point_size: float, workdir: Path) -> int:
    app = QApplication(sys.argv[:1])
    install_translations(app)
    app.setStyleSheet(theme.stylesheet(point_size))
    database = Database(f"sqlite:///{workdir / 'zoom.db'}")
    migrate(database)
    demo.generate(database, 40, seed=4, today=date.today())
    admin_id = screen_walk.administrator(database)
    worker = DatabaseWorker(database, user_id=admin_id)
    window = screen_walk.administrators_window(worker, admin_id, workdir / "settings.ini")
    window.show()
    settle(worker)
    screen = window.screen().availableGeometry()
    print(f"screen {screen.width()}x{screen.height()}, window {window.width()}x{window.height()}")
    problems: list[str] = []
    walked = 0
    if window.width() > screen.width() or window.height() > screen.height():
        problems.append(
            f"the window is {window.width()}×{window.height()} on a {screen.width()}×{screen.height()} screen"
        )
    for info in PAGES:
        if info.dialog:
            continue
        window.show_page(info.key)
        settle(worker)
        problems += cut(window, info.key)
        walked += 1
    from tests.views.test_fit_screen import Demo, _factories, _zwaan

    window.open_company(_zwaan(worker))
    while window.company.record is None:
        QApplication.processEvents()
        time.sleep(0.005)
    settle(worker)
    problems += cut(window, "a company's file")
    walked += 1

    factories = _factories()
    data = Demo(worker, admin_id, window, workdir)
    for key in factories:  # every dialog class: test_fit_screen.py fails when one has no opener
        dialog = factories[key](data)
        dialog.show()
        QApplication.processEvents()
        if not isinstance(dialog, QProgressDialog):
            settle(worker)
        # Word-wrapped labels take their height when the layout has run on their final width.
        for _ in range(2):
            layout = dialog.layout()
            if layout is not None:
                layout.activate()
            QApplication.processEvents()
        short = key.rpartition(".")[2]
        if dialog.width() > screen.width() or dialog.height() > screen.height():
            problems.append(f"{short} is {dialog.width()}×{dialog.height()}")
        problems += cut(dialog, short)
        data.busy.set()  # the long work the progress dialog shows ends: not its 60 s deadline
        settle(worker)
        dialog.hide()
        dialog.deleteLater()
        walked += 1
    for problem in problems:
        print(problem)
    print(f"walked {walked}")
    worker.wait()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1]), Path(sys.argv[2])))
