"""The inzage PDF: what a person receives when they ask what the municipality holds about them."""

from __future__ import annotations

from pathlib import Path

from models.db import Database
from models.i18n import translate
from models.privacy import services as privacy
from models.privacy.services import PersonQuery
from models.signals.entities import SignalStatus
from models.team.identity import save_identity
from models.team.records import Identity
from tests.models.test_privacy import TODAY, _category, _desk_question, _signal
from tests.views.test_pdf import check_page_numbers, pages_of
from views.documents.inzage import TITLE, render_inzage


def test_the_inzage_pdf_shows_everything_held_about_the_person(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as session:
        save_identity(
            session, Identity(name="Gemeente Wijdemeren", address="Postbus 190\n1230 AD Loosdrecht")
        )
        session.commit()
    category_id = _category(sqlite_db)
    _signal(sqlite_db, category_id, status=SignalStatus.DONE)
    _signal(sqlite_db, category_id, name="Piet Bos", phone="0201234567", email="piet@example.nl")
    _desk_question(sqlite_db, "Els Jansen", TODAY)
    with sqlite_db.session() as session:
        dossier = privacy.person_dossier(session, PersonQuery(name="Els Jansen", email="els@example.nl"))

    out = tmp_path / "inzage.pdf"
    render_inzage(dossier, out)
    pages = pages_of(out)
    text = " ".join(pages)
    check_page_numbers(pages)
    assert translate("documents", TITLE) in text and "Gemeente Wijdemeren" in text
    for held in (
        "Els Jansen",
        "els@example.nl",
        "06 12345678",
        "Noordereinde 12",
        "Mag ik een kraam zetten?",
    ):
        assert held in text
    assert "Geachte Els Jansen, wij hebben de tak gesnoeid" in text  # the letter as sent
    assert "Piet Bos" not in text
    assert "artikel 15" in text
