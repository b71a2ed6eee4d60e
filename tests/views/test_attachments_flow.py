"""Documents in a company's file, clicked as an official would: added from the file dialog (one
too large is refused with its size and the limit, the others go in), opened through the
computer's own program, saved elsewhere, removed after a question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from models.attachments import services as attachments
from models.companies import services as companies
from models.companies.services import CompanyInput, EstablishmentInput
from models.consultations.entities import Channel
from views.common.worker import DatabaseWorker
from views.shell.main_window import MainWindow

PDF = b"%PDF-1.4\n% vergunning\n" + bytes(range(256)) * 8


def _company(worker: DatabaseWorker) -> int:
    with worker.database.session(user_id=1) as session:
        company_id = companies.create_company(
            session,
            CompanyInput(name="Bakkerij Van Dijk"),
            EstablishmentInput(
                trade_name="Bakkerij Van Dijk",
                street="Noordereinde",
                house_number="12",
                postcode="1243 JJ",
                city="x",
            ),
        )
        attachments.set_limit_megabytes(session, 1)
        session.commit()
    return company_id


def test_add_open_save_and_remove_a_document(
    qtbot, window: MainWindow, worker: DatabaseWorker, tmp_path: Path, monkeypatch
) -> None:
    company_id = _company(worker)
    permit = tmp_path / "Vergunning terras.pdf"
    permit.write_bytes(PDF)
    video = tmp_path / "filmpje.mp4"
    video.write_bytes(b"0" * (1024 * 1024 + 10))
    tab = window.company.attachments
    with qtbot.waitSignal(tab.loaded):
        window.open_company(company_id)
    window.company.tabs.setCurrentWidget(tab)
    assert tab.stack.currentWidget() is tab.empty and "ten hoogste 1 MB" in tab.empty.text()

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(permit), str(video)], ""))
    with qtbot.waitSignal(tab.loaded):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.message.isVisible()
    assert "filmpje.mp4 is 1,0 MB" in tab.message.text() and "ten hoogste 1 MB" in tab.message.text()
    assert tab.model.rowCount() == 1 and tab.model.row(0).name == "Vergunning terras.pdf"
    tabs = window.company.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Documenten (1)"

    tab.table.selectRow(0)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    with qtbot.waitSignal(tab.opened):
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "Vergunning terras.pdf" and copy.read_bytes() == PDF

    target = tmp_path / "elders.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: target.read_bytes() == PDF)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.loaded):
        qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0
    with worker.database.session() as session:
        assert attachments.attachments(session, company_id) == []


MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail" / "aanvraag-terras.eml"


def _drop(qtbot, target, paths: list[Path]) -> None:
    """Drag files from the mail program (or the file manager) and let go over ``target``."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(target.width() / 2, target.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        point.toPoint(), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def test_an_e_mail_dropped_on_the_timeline_becomes_a_contact_moment_with_its_attachments(
    qtbot, window: MainWindow, worker: DatabaseWorker, tmp_path: Path
) -> None:
    company_id = _company(worker)
    page = window.company
    with qtbot.waitSignal(page.timeline.loaded):
        window.open_company(company_id)
    mail = tmp_path / "Aanvraag terras.eml"
    mail.write_bytes(MAIL.read_bytes())
    with qtbot.waitSignal(page.timeline.loaded, timeout=10000):
        _drop(qtbot, page.timeline, [mail])
    assert page.timeline.tree.topLevelItemCount() == 1
    record = page.timeline.records[0]
    assert record.channel is Channel.EMAIL
    assert record.subject == "Aanvraag terrasvergunning – café ‘De Zwaan’"
    assert "Van: Jan de Vries" in (record.report or "")
    qtbot.waitUntil(lambda: page.attachments.model.rowCount() == 2)
    assert {page.attachments.model.row(r).name for r in range(2)} == {
        "Aanvraag terras getekend.pdf",
        "plattegrond.png",
    }

    # Not an e-mail: said at the timeline, nothing recorded.
    bad = tmp_path / "kapot.eml"
    bad.write_bytes(b"\x00\x01\x02")
    _drop(qtbot, page.timeline, [bad])
    qtbot.waitUntil(page.timeline.drop_message.isVisible)
    assert page.timeline.drop_message.text() == "Dit bestand is geen e-mailbericht."
    assert len(page.timeline.records) == 1


def test_the_administrator_sets_the_size_limit_for_everyone(
    qtbot, window: MainWindow, worker: DatabaseWorker, monkeypatch
) -> None:
    company_id = _company(worker)
    tab = window.company.attachments
    with qtbot.waitSignal(tab.loaded):
        window.open_company(company_id)
    window.company.tabs.setCurrentWidget(tab)
    assert not tab.limit_button.isHidden() and tab.limit_button.text() == "Ten hoogste 1 MB"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (5, True))
    with qtbot.waitSignal(tab.loaded):
        qtbot.mouseClick(tab.limit_button, Qt.MouseButton.LeftButton)
    assert tab.limit_button.text() == "Ten hoogste 5 MB"
    with worker.database.session() as session:
        assert attachments.limit_megabytes(session) == 5


def test_an_outlook_message_dropped_on_the_timeline_becomes_a_contact_moment(
    qtbot, window: MainWindow, worker: DatabaseWorker, tmp_path: Path
) -> None:
    company_id = _company(worker)
    page = window.company
    with qtbot.waitSignal(page.timeline.loaded):
        window.open_company(company_id)
    assert "of .msg uit Outlook" in page.timeline.empty.text()
    mail = tmp_path / "Aanvraag terras.msg"
    mail.write_bytes(MAIL.with_suffix(".msg").read_bytes())
    with qtbot.waitSignal(page.timeline.loaded, timeout=10000):
        _drop(qtbot, page.timeline, [mail])
    record = page.timeline.records[0]
    assert record.channel is Channel.EMAIL
    assert record.subject == "Aanvraag terrasvergunning – café ‘De Zwaan’"
    assert "Van: Jan de Vries <jan@bakkerijvandijk.nl>" in (record.report or "")
    assert "Kunt u laten weten wanneer de vergunning klaar is?" in (record.report or "")
    qtbot.waitUntil(lambda: page.attachments.model.rowCount() == 2)
    assert {page.attachments.model.row(r).name for r in range(2)} == {
        "Aanvraag terras getekend.pdf",
        "plattegrond.png",
    }


def test_a_message_dragged_straight_out_of_outlook_becomes_a_contact_moment(
    qtbot, window: MainWindow, worker: DatabaseWorker
) -> None:
    """Outlook gives no file, but the virtual files FileGroupDescriptorW (the names) and
    FileContents (the first message's bytes), as Qt on Windows names them. Built here as Qt
    would hand them over: a real drag from Outlook was not tried on this machine."""
    from tests.models.test_attachments import outlook_descriptor
    from views.consultations.timeline import OUTLOOK_CONTENTS, OUTLOOK_NAMES

    company_id = _company(worker)
    page = window.company
    with qtbot.waitSignal(page.timeline.loaded):
        window.open_company(company_id)
    data = QMimeData()
    data.setData(OUTLOOK_NAMES, outlook_descriptor("Aanvraag terrasvergunning.msg"))
    data.setData(OUTLOOK_CONTENTS, MAIL.with_suffix(".msg").read_bytes())
    with qtbot.waitSignal(page.timeline.loaded, timeout=10000):
        _drop_data(page.timeline, data)
    record = page.timeline.records[0]
    assert record.channel is Channel.EMAIL
    assert record.subject == "Aanvraag terrasvergunning – café ‘De Zwaan’"
    assert "Kunt u laten weten wanneer de vergunning klaar is?" in (record.report or "")
    qtbot.waitUntil(lambda: page.attachments.model.rowCount() == 2)

    # Two messages at once: the first is recorded, the other is named as still to drag.
    data.setData(OUTLOOK_NAMES, outlook_descriptor("Aanvraag terrasvergunning.msg", "Re: kermis.msg"))
    with qtbot.waitSignal(page.timeline.loaded, timeout=10000):
        _drop_data(page.timeline, data)
    assert len(page.timeline.records) == 2
    assert page.timeline.drop_message.isVisible()
    assert page.timeline.drop_message.text() == (
        "Outlook geeft één bericht tegelijk mee: sleep het andere bericht er apart naartoe."
    )

    # Something else dragged out of a Windows program: not taken.
    other = QMimeData()
    other.setData(OUTLOOK_NAMES, b"")
    enter = QDragEnterEvent(
        QPointF(5, 5).toPoint(),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page.timeline, enter)
    assert not enter.isAccepted()


def _drop_data(target, data: QMimeData) -> None:
    point = QPointF(target.width() / 2, target.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        point.toPoint(), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
