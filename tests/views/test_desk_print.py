"""The desk prints a handout (issue 18): through Qt's printing, the same document the PDF shows,
with the municipality's contact details on it. Printed here to a PDF file (no dialog) and read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from models.desk import knowledge
from models.documents import services as documents
from models.errors import ValidationError
from models.team.identity import identity, save_identity
from views.common.worker import DatabaseWorker
from views.documents.knowledge import render_article
from views.shell.main_window import MainWindow


def _article_and_identity(worker: DatabaseWorker) -> int:
    with worker.database.session(user_id=1) as s:
        article = knowledge.create_article(
            s,
            knowledge.ArticleInput(
                question="Tot hoe laat mag mijn terras open zijn?",
                answer="Tot **23.00 uur**; in het weekend tot 24.00 uur.",
                tags="terras",
                valid_until=date.today() + timedelta(days=30),
            ),
        )
        save_identity(
            s,
            replace(
                identity(s),
                name="Gemeente Wijdemeren",
                address="Rading 1\n1231 KB Loosdrecht",
                phone="035 655 9511",
                website="www.wijdemeren.nl",
                email="Info@Wijdemeren.nl",
            ),
        )
        s.commit()
    return article


def test_the_identity_takes_the_municipalitys_contact_details(worker: DatabaseWorker) -> None:
    with worker.database.session(user_id=1) as s:
        try:
            save_identity(s, replace(identity(s), name="Gemeente X", phone="12", email="geen adres"))
        except ValidationError as refused:
            assert {e.field for e in refused.errors} == {"phone", "email"}
        else:
            raise AssertionError("a wrong phone number and e-mail address were stored")
    _article_and_identity(worker)
    with worker.database.session() as s:
        stored = identity(s)
    assert (stored.phone, stored.email) == ("035 655 9511", "info@wijdemeren.nl")
    assert stored.website.startswith(("https://www.wijdemeren.nl", "www.wijdemeren.nl", "http"))


def test_the_handout_carries_the_contact_details(worker: DatabaseWorker, tmp_path: Path) -> None:
    article = _article_and_identity(worker)
    with worker.database.session() as s:
        render_article(documents.article_sheet(s, article, today=date.today()), tmp_path / "blad.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "blad.pdf").pages).split())
    assert "Contact" in text and "Rading 1, 1231 KB Loosdrecht" in text
    assert "035 655 9511" in text and "wijdemeren.nl" in text and "info@wijdemeren.nl" in text


def test_ctrl_p_prints_the_handout(qtbot, window: MainWindow, worker: DatabaseWorker, tmp_path: Path) -> None:
    _article_and_identity(worker)
    window.show_page("desk")
    desk = window.page("desk")
    desk.article_search.setFocus()
    qtbot.keyClicks(desk.article_search, "terras")
    qtbot.waitUntil(lambda: desk.results.count() == 1 and not worker.busy)
    assert desk.answer_panel.print_button.isEnabled()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(desk.answer_panel.printed, timeout=20000) as printed:
        desk.answer_panel.print_article(printer)
    assert printed.args == [1]
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == 1
    # What went to the printer is the handout's page, drawn as one image filling the page.
    [image] = reader.pages[0].images
    assert image.image.width > 1500  # 300 dpi of an A4 page's width (~2480 px)
    pixels = image.image.convert("L").getextrema()
    assert pixels[0] < 100 and pixels[1] > 200  # text on paper, not a blank page


def test_the_administrator_types_the_contact_details(qtbot, worker: DatabaseWorker) -> None:
    from PySide6.QtCore import Qt

    from views.team.identity_dialog import IdentityDialog

    with worker.database.session() as s:
        current = identity(s)
    dialog = IdentityDialog(worker, current)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Gemeente Wijdemeren")
    qtbot.keyClicks(dialog.phone, "0356559511")
    qtbot.keyClicks(dialog.email, "geen adres")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.rows["email"].message.isVisible)  # said at the field, nothing lost
    assert dialog.phone.text() == "0356559511"
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "loket@wijdemeren.nl")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with worker.database.session() as s:
        stored = identity(s)
    assert (stored.phone, stored.email) == ("035 655 9511", "loket@wijdemeren.nl")
