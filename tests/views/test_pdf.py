"""The PDF documents, read back: what an entrepreneur or official would find on paper.

Each document is made from data entered through the services, on SQLite and PostgreSQL,
and its text is extracted with pypdf: people, agreements, Dutch dates, page numbers,
metadata, diacritics, and report text that looks like markup printed as typed.
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.ambitions.entities import ActionStatus
from models.companies import services as companies
from models.companies.entities import AreaKind, EstablishmentStatus
from models.companies.services import CompanyInput, ContactInput, EstablishmentInput
from models.consultations import services as consultations
from models.consultations.entities import AgreementStatus, Channel, Responsible
from models.consultations.services import AgreementInput, InteractionInput
from models.db import Database
from models.documents import services as documents
from models.i18n import translate
from models.signals.entities import SignalStatus
from models.team.entities import Role, User
from models.team.identity import Identity, save_identity
from models.tools.demo import DEMO_IDENTITY
from views.documents import markdown, words
from views.documents.briefing import render_briefing
from views.documents.dossier import render_dossier
from views.documents.report import CLOSING, render_report
from views.documents.toolkit import PdfDocument, PdfWriteError

ROOT = Path(__file__).resolve().parents[2]
KVK = "69599084"
REPORT = """We spraken over de **terrasvergunning**. In de mail stond letterlijk: <b>not bold</b> & <script>alert(1)</script> en R&D <font size=40>groot</font>.
De leges zijn € 1.250. De ondernemer vroeg: “kan het terras tot 23.00 uur open?”

- parkeren bij de kerk: **te weinig plaatsen**
- afval: ophaaldag verplaatsen
  naar donderdag"""


@dataclass(frozen=True)
class Seeded:
    company_id: int
    interaction_id: int  # the visit with three agreements
    today: date
    occurred: datetime
    overdue_due: date
    soon_due: date


def _at(day: date, hour: int = 10, minute: int = 30) -> datetime:
    return datetime.combine(day, clock(hour, minute), tzinfo=UTC)


def seed(db: Database, today: date | None = None, *, identity: Identity | None = None) -> Seeded:
    """Café De Zwaan with two contact persons, two officials, and three contact moments:
    a visit with an agreement for each party (one overdue, one due soon), a call whose
    agreement was completed, and a visit of two years ago (outside the briefing's year).
    """
    today = today or date.today()
    with db.session() as session:
        petra = User(username="pvdam", full_name="Petra van Dam", role=Role.BUSINESS_MANAGER)
        kees = User(username="kjansen", full_name="Kees Jansen", role=Role.SUPERVISOR)
        session.add_all([petra, kees])
        session.flush()
        save_identity(
            session,
            identity
            or replace(
                DEMO_IDENTITY,
                sender_name="Marieke Smit",
                sender_role="Ondernemersmanager",
                confidentiality="Vertrouwelijk",
            ),
        )
        company_id = companies.create_company(
            session,
            CompanyInput(
                name="Café De Zwaan",
                kvk_number=KVK,
                legal_name="Horeca De Zwaan B.V.",
                legal_form="Besloten vennootschap",
                account_manager_id=petra.id,
                email="info@dezwaan.nl",
                phone="035 656 1234",
                website="https://www.dezwaan.nl",
                notes="Terras aan de Noordereinde; eigenaar wil uitbreiden.",
            ),
            EstablishmentInput(
                trade_name="Café De Zwaan",
                establishment_number="000037211485",
                street="Noordereinde",
                house_number="12",
                postcode="1243 JJ",
                city="'s-Graveland",
                employees=8,
            ),
        )
        companies.add_establishment(
            session,
            company_id,
            EstablishmentInput(
                trade_name="Zwaan’s Brasserie Één",
                street="Kerkstraat",
                house_number="3a",
                postcode="1243 JK",
                city="'s-Graveland",
                employees=3,
                status=EstablishmentStatus.ACTIVE,
            ),
        )
        jan = companies.add_contact(
            session,
            company_id,
            ContactInput(first_name="Jan", name_prefix="de", last_name="Vries", role="owner"),
        )
        zoe = companies.add_contact(
            session,
            company_id,
            ContactInput(first_name="Zoë", last_name="Ëlsinga", role="bedrijfsleider", phone="06 12345678"),
        )
        occurred = _at(today - timedelta(days=40))
        overdue_due = today - timedelta(days=10)
        soon_due = today + timedelta(days=3)
        visit = consultations.log_interaction(
            session,
            company_id,
            InteractionInput(
                occurred_at=occurred,
                channel=Channel.VISIT,
                subject="Terrasvergunning en parkeren",
                report=REPORT,
                official_ids=[petra.id, kees.id],
                contact_ids=[jan, zoe],
                agreements=[
                    AgreementInput(
                        description="Gemeente stuurt het aanvraagformulier terrasvergunning",
                        responsible=Responsible.MUNICIPALITY,
                        assignee_id=petra.id,
                        due_date=overdue_due,
                    ),
                    AgreementInput(
                        description="Ondernemer levert de plattegrond van het terras aan",
                        responsible=Responsible.ENTREPRENEUR,
                        assignee_id=None,
                        due_date=soon_due,
                    ),
                    AgreementInput(
                        description="Afvalbedrijf GAD bekijkt de ophaaldag",
                        responsible=Responsible.THIRD_PARTY,
                        assignee_id=kees.id,
                        due_date=None,
                    ),
                ],
            ),
        )
        call = consultations.log_interaction(
            session,
            company_id,
            InteractionInput(
                occurred_at=_at(today - timedelta(days=5), 14, 5),
                channel=Channel.PHONE,
                subject="Vraag over reclamebord",
                report="Kort gebeld over het reclamebord.",
                official_ids=[petra.id],
                contact_ids=[jan],
                agreements=[
                    AgreementInput(
                        description="Regels reclamebord mailen",
                        responsible=Responsible.MUNICIPALITY,
                        assignee_id=petra.id,
                        due_date=today,
                    )
                ],
            ),
        )
        consultations.log_interaction(
            session,
            company_id,
            InteractionInput(
                occurred_at=_at(today - timedelta(days=800)),
                channel=Channel.MEETING,
                subject="Kennismaking oude eigenaar",
                report="Eerste kennismaking.",
                official_ids=[kees.id],
            ),
        )
        done = consultations.interaction(session, call, today=today).agreements[0]
        consultations.set_agreement_status(
            session, done.id, done.version, AgreementStatus.DONE, "Gemaild op verzoek.", today=today
        )
        session.commit()
    return Seeded(company_id, visit, today, occurred, overdue_due, soon_due)


def add_many(db: Database, company_id: int, n: int, today: date, *, long: bool = False) -> None:
    """``n`` more contact moments, each with two agreements; ``long`` makes every text huge."""
    with db.session() as session:
        user_ids = [u for (u,) in session.query(User.id).order_by(User.id)]
        contact_ids = [c for c, _name in consultations.company_contacts(session, company_id)]
        filler = "Lange tekst met woorden als café, één en € 12,50. " * (30 if long else 1)
        for i in range(n):
            occurred = _at(today - timedelta(days=i % 700 + 1), 9 + i % 8)
            consultations.log_interaction(
                session,
                company_id,
                InteractionInput(
                    occurred_at=occurred,
                    channel=list(Channel)[i % len(Channel)],
                    subject=(f"Gesprek {i} " + "over een heel lang onderwerp " * 6)[:200]
                    if long
                    else f"Gesprek {i}",
                    report=f"**Punt {i}.** {filler}\n\n- eerste\n- tweede {filler}",
                    official_ids=user_ids,
                    contact_ids=contact_ids,
                    agreements=[
                        AgreementInput(
                            description=f"Afspraak {i}a " + filler,
                            responsible=Responsible.MUNICIPALITY,
                            assignee_id=user_ids[0],
                            due_date=occurred.date() + timedelta(days=30),
                        ),
                        AgreementInput(
                            description=f"Afspraak {i}b",
                            responsible=Responsible.ENTREPRENEUR,
                            assignee_id=None,
                            due_date=None,
                        ),
                    ],
                ),
            )
        session.commit()


def pages_of(data: bytes | Path) -> list[str]:
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def text_of(data: bytes | Path) -> str:
    return " ".join(pages_of(data))


def body_of(path: Path) -> str:
    """The text between letterhead and footer of every page, without any whitespace: a
    sentence that runs over a page break reads as one."""
    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if 50 < tm[5] + cm[5] < 760:  # points from the bottom: below the letterhead, above the footer
            parts.append(text)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return "".join("".join(parts).split())


def check_page_numbers(pages: list[str]) -> None:
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {total}" in page


# -- the words and the text -------------------------------------------------------------------


def test_dutch_dates_and_words_without_qt() -> None:
    assert words.long_date(date(2026, 11, 22)) == "22 november 2026"
    assert words.long_date(date(2026, 3, 1), short=True) == "1 mrt. 2026"
    assert words.long_date(None) == ""
    assert words.long_datetime(datetime(2026, 11, 22, 14, 5)) == "22 november 2026, 14.05 uur"
    assert set(words.CHANNEL) == set(Channel)
    assert set(words.RESPONSIBLE) == set(Responsible)
    assert set(words.AGREEMENT_STATUS) == set(AgreementStatus)
    assert set(words.ESTABLISHMENT_STATUS) == set(EstablishmentStatus)
    assert set(words.AREA_KIND) == set(AreaKind)
    assert words.contact_role("owner") == "eigenaar"
    assert words.contact_role("kok") == "kok"


def test_user_text_is_never_markup() -> None:
    assert markdown.plain("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"
    assert markdown.inline("**vet** en <i>**</i>") == "<b>vet</b> en &lt;i&gt;**&lt;/i&gt;"
    assert markdown.inline("a ** b ** c") == "a ** b ** c"  # asterisks with spaces stay asterisks
    assert markdown.summary("- **een**\n  - twee") == "een twee"


# -- the documents ----------------------------------------------------------------------------


def test_briefing(db: Database, tmp_path: Path) -> None:
    s = seed(db)
    out = tmp_path / "briefing.pdf"
    with db.session() as session:
        render_briefing(documents.briefing(session, s.company_id, today=s.today), out)
    reader = PdfReader(out)
    assert reader.metadata.title == "Gespreksvoorbereiding – Café De Zwaan"
    assert reader.metadata.author == "Gemeente Wijdemeren"
    pages = pages_of(out)
    check_page_numbers(pages)
    text = " ".join(pages)
    for expected in (
        "Gemeente Wijdemeren",
        "Vertrouwelijk",
        words.long_date(s.today),
        "Aandachtspunten",
        "1 afspraak is over de uiterste datum: 1 van de gemeente",
        f"de oudste sinds {words.long_date(s.overdue_due)}",
        "1 afspraak moet binnen 7 dagen zijn uitgevoerd",
        "3 afspraken staan open",
        "Laatste contact: " + words.long_date(s.today - timedelta(days=5)),
        "Horeca De Zwaan B.V.",
        "Besloten vennootschap",
        KVK,
        "Noordereinde 12, 1243 JJ 's-Graveland",
        "Petra van Dam",
        "Zwaan’s Brasserie Één",
        "Zoë Ëlsinga",
        "eigenaar",
        "Voor de gemeente (1)",
        "Voor de ondernemer (1)",
        "Voor een derde (1)",
        "Gemeente stuurt het aanvraagformulier terrasvergunning",
        "10 dagen te laat",
        "binnenkort",
        "Terrasvergunning en parkeren",
        "Vraag over reclamebord",
        "€ 1.250",
        "<b>not bold</b> & <script>alert(1)</script>",
    ):
        assert expected in text, expected
    assert "Kennismaking oude eigenaar" not in text  # more than a year ago
    assert "Regels reclamebord mailen" not in text.split("Open afspraken")[1].split("Contactmomenten")[0]


def test_conversation_report(db: Database, tmp_path: Path) -> None:
    s = seed(db)
    out = io.BytesIO()
    with db.session() as session:
        render_report(documents.report(session, s.interaction_id, today=s.today), out)
    data = out.getvalue()
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "Gespreksverslag – Café De Zwaan – Terrasvergunning en parkeren"
    pages = pages_of(data)
    check_page_numbers(pages)
    text = " ".join(pages)
    for expected in (
        "Café De Zwaan",
        "t.a.v. Jan de Vries",
        "Noordereinde 12",
        "1243 JJ 's-Graveland",
        "Rading 1",  # the municipality's address
        f"Op {words.long_date(s.occurred.date())} bezochten wij u",
        words.long_datetime(s.occurred),
        "Namens de gemeente Kees Jansen, Petra van Dam",
        "Jan de Vries (eigenaar), Zoë Ëlsinga (bedrijfsleider)",
        "Beste Jan de Vries en Zoë Ëlsinga,",
        "terrasvergunning",
        "“kan het terras tot 23.00 uur open?”",
        "te weinig plaatsen",
        "<b>not bold</b> & <script>alert(1)</script> en R&D <font size=40>groot</font>",
        "Gemeente stuurt het aanvraagformulier terrasvergunning",
        "Ondernemer levert de plattegrond van het terras aan",
        "Afvalbedrijf GAD bekijkt de ophaaldag",
        "gemeente",
        "ondernemer",
        "derde",
        words.long_date(s.soon_due, short=True),
        "geïnformeerd",
        "binnen twee weken",
        "Met vriendelijke groet,",
        "Marieke Smit",
        "Ondernemersmanager",
    ):
        assert expected in text, expected
    assert " ".join(translate("documents", CLOSING).split()) in text
    assert "Vraag over reclamebord" not in text  # another contact moment


def test_report_without_sender_is_signed_by_the_official(db: Database, tmp_path: Path) -> None:
    s = seed(db, identity=replace(DEMO_IDENTITY, confidentiality=""))
    out = tmp_path / "report.pdf"
    with db.session() as session:
        render_report(documents.report(session, s.interaction_id, today=s.today), out)
    text = text_of(out)
    assert "Met vriendelijke groet, Kees Jansen Gemeente Wijdemeren" in text
    assert "Vertrouwelijk" not in text


def test_dossier(db: Database, tmp_path: Path) -> None:
    s = seed(db)
    out = tmp_path / "dossier.pdf"
    with db.session() as session:
        render_dossier(documents.dossier(session, s.company_id, today=s.today), out)
    assert PdfReader(out).metadata.title == "Ondernemersdossier – Café De Zwaan"
    pages = pages_of(out)
    check_page_numbers(pages)
    text = " ".join(pages)
    for expected in (
        "Afspraken (4)",
        "3 afspraken staan open",
        "Contactmomenten (3)",
        "Kennismaking oude eigenaar",  # everything, however old
        "Regels reclamebord mailen",
        "afgerond",
        "toelichting: Gemaild op verzoek.",
        "Terras aan de Noordereinde; eigenaar wil uitbreiden.",
        "<b>not bold</b> & <script>alert(1)</script>",
        "Gemeente: Kees Jansen, Petra van Dam",
    ):
        assert expected in text, expected
    # Open agreements come first, the completed one last.
    assert text.index("Afvalbedrijf GAD") < text.index("Regels reclamebord mailen")


def test_dossier_lists_the_signals_about_the_company_linked_or_at_its_address(
    db: Database, tmp_path: Path
) -> None:
    from models.signals.entities import Signal, SignalCategory, SignalSource

    s = seed(db)
    with db.session() as session:
        category = SignalCategory(name="Geluidsoverlast", target_days=5)
        session.add(category)
        session.flush()

        def signal(description: str, **where: object) -> Signal:
            return Signal(
                reported_at=_at(s.today - timedelta(days=800)),  # older than the briefing's year
                source=SignalSource.CITIZEN,
                category_id=category.id,
                status=SignalStatus.HANDLING,
                description=description,
                **where,
            )

        session.add_all(
            [
                signal("Muziek op het terras", company_id=s.company_id),
                # At the second establishment's address, not linked to the company.
                signal(
                    "Afval naast de container", street="Kerkstraat", house_number="3A", postcode="1243 JK"
                ),
                signal("Fietsen op de stoep", street="Kerkstraat", house_number="3a", city="'s-Graveland"),
                # The neighbours: another number, another postcode.
                signal("Lawaai bij de buren", street="Kerkstraat", house_number="5", postcode="1243 JK"),
            ]
        )
        session.commit()
    out = tmp_path / "dossier.pdf"
    with db.session() as session:
        render_dossier(documents.dossier(session, s.company_id, today=s.today), out)
    text = text_of(out)
    assert "Meldingen (3)" in text
    for expected in ("Muziek op het terras", "Afval naast de container", "Fietsen op de stoep"):
        assert expected in text, expected
    assert "Lawaai bij de buren" not in text


def test_an_e_mail_address_breaks_after_its_at_sign_never_mid_word(db: Database, tmp_path: Path) -> None:
    s = seed(db)
    address = "secretariaat.directie@horecabedrijf-dezwaan-noordereinde.nl"
    with db.session() as session:
        companies.add_contact(
            session,
            s.company_id,
            ContactInput(first_name="Lotte", last_name="Brink", role="owner", email=address),
        )
        session.commit()
    out = tmp_path / "dossier.pdf"
    with db.session() as session:
        render_dossier(documents.dossier(session, s.company_id, today=s.today), out)
    lines = [
        line.strip() for page in PdfReader(out).pages for line in (page.extract_text() or "").splitlines()
    ]
    assert "secretariaat.directie@" in lines
    assert "".join(lines).count(address) == 1  # whole, however it wraps
    assert any(line.startswith("horecabedrijf-") for line in lines), lines
    assert all(
        line.endswith(("@", "-", ".nl")) for line in lines if "horecabedrijf" in line or "directie@" in line
    )


def test_a_long_dossier_runs_over_pages_with_its_header_row_repeated(db: Database, tmp_path: Path) -> None:
    s = seed(db)
    add_many(db, s.company_id, 200, s.today)
    out = tmp_path / "dossier.pdf"
    with db.session() as session:
        render_dossier(documents.dossier(session, s.company_id, today=s.today), out)
    pages = pages_of(out)
    assert len(pages) > 20
    check_page_numbers(pages)
    # The table of all 403 agreements runs over several pages: each one repeats its header row.
    table_pages = [p for p in pages if "Afspraak 1" in p or "Afvalbedrijf" in p]
    assert len(table_pages) > 3
    header = "Afspraak Wie Uitvoerder Uiterlijk Status"
    assert sum(header in p for p in pages) >= 3
    assert "Gesprek 199" in " ".join(pages)


def test_nothing_is_cut_off_with_very_long_texts(db: Database, tmp_path: Path) -> None:
    s = seed(db)
    add_many(db, s.company_id, 5, s.today, long=True)
    with db.session() as session:
        one = consultations.timeline(session, s.company_id, today=s.today)[0]
        huge = "Eén woord" + "zonderspaties" * 80 + " " + ("Een hele lange alinea. " * 900)
        consultations.update_interaction(
            session,
            one.id,
            one.version,
            InteractionInput(
                occurred_at=one.occurred_at,
                channel=one.channel,
                subject="S" * 200,
                report=huge,
                official_ids=[i for i, _ in one.officials],
                contact_ids=[i for i, _ in one.contacts],
                agreements=[
                    AgreementInput(
                        description="Reusachtige afspraak " + "tekst " * 2500,
                        responsible=Responsible.THIRD_PARTY,
                    )
                ],
            ),
        )
        long_name = "Vennootschap " + "Zeer Lange Naam " * 11
        file = companies.company_file(session, s.company_id)
        companies.update_company(
            session, s.company_id, file.version, CompanyInput(name=long_name[:200], kvk_number=KVK)
        )
        session.commit()
    for fetch, render, target in (
        (documents.briefing, render_briefing, s.company_id),
        (documents.dossier, render_dossier, s.company_id),
        (documents.report, render_report, one.id),
    ):
        out = tmp_path / f"{render.__name__}.pdf"
        with db.session() as session:
            data = fetch(session, target, today=s.today)
        render(data, out)
        check_page_numbers(pages_of(out))
        text = body_of(out)
        if render is not render_briefing:
            # Every character of the longest texts is there: split over lines and pages, never cut.
            assert text.count("Eenhelelangealinea.") == 900
            assert "zonderspaties" * 80 in text
            assert text.count("tekst") >= 2500


def test_pdf_toolkit_writes_to_a_file_and_says_why_it_cannot(tmp_path: Path) -> None:
    doc = PdfDocument(Identity(), "Proef", subject="Één € “test”", today=date(2026, 11, 23))
    doc.title("Proef", "ë é ï ’ € “ ”")
    doc.markdown("Café **Één**")
    target = tmp_path / "ok.pdf"
    doc.build(target)
    assert "ë é ï ’ € “ ”" in text_of(target)
    assert "23 november 2026" in text_of(target)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(PdfWriteError) as raised:
        doc.build(blocker / "out.pdf")
    assert "is not a folder" in str(raised.value)
    with pytest.raises(PdfWriteError) as raised:
        doc.build(tmp_path)
    assert "is a folder" in str(raised.value)
    with pytest.raises(PdfWriteError) as raised:
        doc.build(tmp_path / "missing" / "out.pdf")
    assert "does not exist" in str(raised.value)


def test_a_logo_and_a_damaged_logo(tmp_path: Path) -> None:
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (300, 120), (31, 95, 168)).save(png, "PNG")
    for logo in (png.getvalue(), b"\x89PNG not really"):
        doc = PdfDocument(Identity(logo=logo), "Proef", today=date(2026, 11, 23))
        doc.paragraph("tekst")
        out = io.BytesIO()
        doc.build(out)
        assert "Gemeente (nog niet ingesteld)" in text_of(out.getvalue())


def test_the_documents_need_no_qt(db: Database, tmp_path: Path) -> None:
    """A worker or a script makes PDFs without an application object; no Qt module is loaded."""
    s = seed(db)
    out = tmp_path / "briefing.pdf"
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from models.db import Database\n"
        "from models.documents import services as documents\n"
        "from views.documents.briefing import render_briefing\n"
        f"db = Database({str(db.url)!r})\n"
        "with db.session() as session:\n"
        f"    data = documents.briefing(session, {s.company_id}, today=date.today())\n"
        f"render_briefing(data, Path({str(out)!r}))\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Aandachtspunten" in text_of(out)


def test_a_briefing_with_200_contact_moments_numbers_its_pages(db: Database, tmp_path: Path) -> None:
    # Its speed is the benchmark's to measure (admin bench: the 19-page briefing), not a test's.
    s = seed(db)
    add_many(db, s.company_id, 200, s.today)
    with db.session() as session:
        render_briefing(documents.briefing(session, s.company_id, today=s.today), tmp_path / "b.pdf")
    assert re.search(r"Pagina 1 van \d+", pages_of(tmp_path / "b.pdf")[0])


def test_briefing_tells_of_signals_observations_and_ambitions(db: Database, tmp_path: Path) -> None:
    from models.ambitions.entities import (
        Action,
        ActionCompany,
        ActionStatus,
        Ambition,
        AmbitionPlan,
        PlanStatus,
    )
    from models.rounds.entities import Observation, Round
    from models.signals.entities import Signal, SignalCategory, SignalSource, SignalStatus

    s = seed(db)
    with db.session() as session:
        category = SignalCategory(name="Geluidsoverlast", target_days=5)
        session.add(category)
        session.flush()
        session.add_all(
            [
                Signal(
                    reported_at=_at(s.today - timedelta(days=20)),
                    source=SignalSource.CITIZEN,
                    category_id=category.id,
                    status=SignalStatus.HANDLING,
                    description="Muziek op het terras na elf uur",
                    company_id=s.company_id,
                    due_date=s.today - timedelta(days=2),
                ),
                Signal(
                    reported_at=_at(s.today - timedelta(days=500)),  # outside the year
                    source=SignalSource.CITIZEN,
                    category_id=category.id,
                    status=SignalStatus.DONE,
                    description="Een oude melding",
                    company_id=s.company_id,
                ),
            ]
        )
        round_ = Round(held_on=s.today - timedelta(days=10), title="Horeca avondronde")
        session.add(round_)
        session.flush()
        session.add(
            Observation(
                round_id=round_.id,
                observed_at=_at(s.today - timedelta(days=10), 22),
                category_id=category.id,
                company_id=s.company_id,
                finding="Deur stond open bij livemuziek",
                action="Ondernemer gewezen op de regels",
                spoke_with="de bedrijfsleider",
            )
        )
        plan = AmbitionPlan(title="Ambitiedocument Wijdemeren", number=1, status=PlanStatus.ADOPTED)
        session.add(plan)
        session.flush()
        ambition = Ambition(plan_id=plan.id, theme="centrumgebieden", title="Levendige kernen")
        session.add(ambition)
        session.flush()
        action = Action(
            ambition_id=ambition.id, title="Terrassenbeleid herzien", status=ActionStatus.IN_PROGRESS
        )
        session.add(action)
        session.flush()
        session.add(ActionCompany(action_id=action.id, company_id=s.company_id))
        session.commit()
    out = tmp_path / "briefing.pdf"
    with db.session() as session:
        render_briefing(documents.briefing(session, s.company_id, today=s.today), out)
    text = text_of(out)
    for expected in (
        "1 melding over deze onderneming is nog in behandeling, waarvan 1 over de termijn.",
        "Meldingen en waarnemingen in de afgelopen twaalf maanden",
        "Muziek op het terras na elf uur",
        "in behandeling (te laat)",
        "Deur stond open bij livemuziek",
        "Gesproken met de bedrijfsleider",
        "Gerelateerde ambities",
        "Levendige kernen",
        "Terrassenbeleid herzien",
    ):
        assert expected in text, expected
    assert "Een oude melding" not in text


# -- the layering: a document only draws ----------------------------------------------------

FORBIDDEN_IN_PDF = ("PySide6", "sqlalchemy", "models.db")


def _imports(path: Path) -> list[str]:
    """Every module a file imports, at any depth (a function's local import counts too)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
            # ``from models import services`` names the package it takes from
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def test_the_documents_import_no_qt_no_database_and_no_service() -> None:
    """The documents are data first (models/documents/services.py), then a pure render."""
    modules = sorted((ROOT / "views" / "documents").glob("*.py"))
    assert len(modules) > 10
    wrong = [
        f"{path.name}: {name}"
        for path in modules
        for name in _imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_IN_PDF)
        or name.endswith(".services")
        or ".services." in name
    ]
    assert wrong == []


def test_the_pdf_words_come_from_the_window_s_catalogue() -> None:
    """One catalogue: a PDF's word for a status is the word the screen shows (read without Qt)."""
    from models.consultations.entities import CHANNEL_LABELS
    from models.i18n import catalogue

    for channel, label in CHANNEL_LABELS.items():
        assert words.CHANNEL[channel] == catalogue("nl").translate("labels", label)
    assert words.CHANNEL[Channel.PHONE] == "telefoon"
    assert words.SIGNAL_STATUS[SignalStatus.HANDLING] == "in behandeling"
    assert words.ACTION_STATUS[ActionStatus.PLANNED] == "gepland"
