"""A fresh installation prints a neutral letterhead until the administrator sets the identity."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from models.db import Database
from models.documents import services as documents
from models.team.identity import identity, save_identity
from models.team.records import NOT_SET_ADDRESS, NOT_SET_NAME, Identity
from views.documents.hotspots import render_hotspots

TODAY = date(2026, 11, 23)


def _pdf_text(db: Database) -> tuple[str, str]:
    out = io.BytesIO()
    with db.session() as session:
        data = documents.hotspots_report(session, date(2026, 11, 1), TODAY, today=TODAY)
    render_hotspots(data, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return text, reader.metadata.author


def test_a_fresh_database_prints_the_neutral_identity_then_the_one_set(db: Database) -> None:
    with db.session() as session:
        assert not identity(session).is_set
    text, author = _pdf_text(db)
    assert NOT_SET_NAME == "Gemeente (nog niet ingesteld)"
    assert NOT_SET_NAME in text and NOT_SET_ADDRESS in text
    assert author == NOT_SET_NAME
    assert "Wijdemeren" not in text

    with db.session() as session:
        save_identity(session, Identity(name="Gemeente Gooise Meren", address="Brinklaan 35\n1404 GA Bussum"))
        session.commit()
    with db.session() as session:
        assert identity(session).is_set
    text, author = _pdf_text(db)
    assert "Gemeente Gooise Meren" in text
    assert NOT_SET_NAME not in text and NOT_SET_ADDRESS not in text
    assert author == "Gemeente Gooise Meren"


def test_the_dialog_of_a_fresh_database_says_the_identity_is_not_set(qtbot, db: Database) -> None:
    from PySide6.QtWidgets import QLabel

    from views.common.worker import DatabaseWorker
    from views.team.identity_dialog import IdentityDialog

    with db.session() as session:
        current = identity(session)
    dialog = IdentityDialog(DatabaseWorker(db, None), current)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == ""  # the neutral name is no value to edit
    notes = [label.text() for label in dialog.findChildren(QLabel) if NOT_SET_NAME in label.text()]
    assert notes and notes[0].startswith("Nog niet ingesteld")
