"""Every kind of ``admin pdf`` made from one demo database and read back: every font embedded (no
Helvetica a reader must stand in for), no confidentiality marking and no red "te laat" on what goes
to a citizen or an entrepreneur, and the three documents only the window could make before
(hotspots, letter, handout) made from the command line with their mistakes told in Dutch."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.pdf_commands import PDF_DOCUMENTS
from models.i18n import ENGLISH_MONTHS, MONTHS, translate
from tests.desktop.test_cli import admin

# The red of "te laat" (views/documents/toolkit.OVERDUE, #b3261e) as reportlab writes a fill colour.
OVERDUE_FILL = b".701961 .14902 .117647 rg"
# What goes to a citizen or an entrepreneur.
PUBLIC = {"report", "entrepreneur-report", "letter", "handout", "hotspots"}


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font the PDF's pages use, and whether its file is embedded in the PDF."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"].get_object().get("/Font", {}).values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            else:
                descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return fonts


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def _content(path: Path) -> bytes:
    return b"\n".join(page.get_contents().get_data() for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, list[str]]]:
    """A demo database, and the arguments that make each kind of document from it."""
    folder = tmp_path_factory.mktemp("pdfcli")
    home = folder / "home"
    for sub in ("data", "config", "cache"):
        (home / sub).mkdir(parents=True)
    db = folder / "demo.db"
    url = f"sqlite:///{db}"
    made = admin("demo", "--companies", "120", "--seed", "2", "--database", url, env_home=home)
    assert made.returncode == 0, made.stderr
    today = date.today()
    with sqlite3.connect(db) as c:
        # A contact moment with an agreement overdue today: the report must still not say "te laat".
        interaction, kvk = c.execute(
            "SELECT i.id, co.kvk_number FROM agreement a JOIN interaction i ON i.id = a.interaction_id "
            "JOIN company co ON co.id = i.company_id WHERE a.status IN ('open', 'in_progress') "
            "AND a.due_date < ? AND co.kvk_number IS NOT NULL AND i.archived_at IS NULL "
            "AND NOT i.confidential ORDER BY i.id LIMIT 1",
            (today.isoformat(),),
        ).fetchone()
        signal = c.execute("SELECT max(signal_id) FROM signal_event WHERE feedback IS NOT NULL").fetchone()[0]
        article = c.execute("SELECT min(id) FROM knowledge_article WHERE archived_at IS NULL").fetchone()[0]
        day = c.execute("SELECT max(held_on) FROM supervision_round").fetchone()[0]
        visited = c.execute(
            "SELECT co.kvk_number FROM observation o JOIN company co ON co.id = o.company_id "
            "WHERE co.kvk_number IS NOT NULL ORDER BY o.observed_at DESC LIMIT 1"
        ).fetchone()[0]
    year = [f"--from={(today - timedelta(days=365)).isoformat()}", f"--to={today.isoformat()}"]
    args = {
        "briefing": ["--kvk", kvk],
        "dossier": ["--kvk", kvk],
        "report": ["--kvk", kvk, "--interaction", str(interaction)],
        "ambition-document": [],
        "monitoring": year,
        "daily-report": ["--date", str(day)],
        "entrepreneur-report": ["--kvk", visited, *year],
        "hotspots": year,
        "letter": ["--signal", f"M-{signal}"],
        "handout": ["--article", str(article)],
    }
    return url, args


@pytest.mark.parametrize("document", sorted(PDF_DOCUMENTS))
def test_every_kind_of_pdf_embeds_its_fonts(
    document: str, demo_db: tuple[str, dict[str, list[str]]], tmp_path: Path, isolated_home: Path
) -> None:
    url, args = demo_db
    assert document in args, f"a new kind of PDF ({document}): add its arguments to this test"
    out = tmp_path / f"{document}.pdf"
    result = admin(
        "pdf", document, *args[document], "--out", str(out), "--database", url, env_home=isolated_home
    )
    assert result.returncode == 0, result.stderr
    assert translate("documents", PDF_DOCUMENTS[document]) in result.stdout and str(out) in result.stdout
    fonts = fonts_of(out)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts), fonts
    text = _text(out)
    assert "Pagina 1 van" in text
    if document in PUBLIC:
        assert "Vertrouwelijk" not in text
        assert "te laat" not in text.lower() or document == "hotspots"  # its column counts late signals
        assert OVERDUE_FILL not in _content(out)
    else:
        assert "Vertrouwelijk" in text  # the demo's identity marks the municipality's own papers


# What each document says, per language (--language): for the company documents their first page,
# for the ambition plan's two their headings and fixed words. The plan's own texts (titles,
# ambitions, actions) are the demo's Dutch data, so only the documents' words count.
WORDED = {
    "nl": {
        "briefing": ["Gespreksvoorbereiding", "Aandachtspunten", "Open afspraken"],
        "dossier": ["Ondernemersdossier", "Stand van zaken op", "Contactpersonen"],
        "report": ["Gespreksverslag", "Met vriendelijke groet"],
        "ambition-document": [
            "Ambitiedocument",
            "De co-creatie in cijfers",
            "Kartrekker",
            "Draagvlak",
            "Ideeën die nog niet bij een ambitie horen",
            "Eigenaar",
        ],
        "monitoring": [
            "Monitoringsrapportage",
            "Samenvatting",
            "Indicatoren",
            "Streefwaarde",
            "Nulmeting",
            "Acties die hieraan werken",
            "Afgerond in de periode",
            "Pad naar het doel",
        ],
    },
    "en": {
        "briefing": ["Briefing", "Points of attention", "Open agreements"],
        "dossier": ["Company file", "As it stands on", "Contact persons"],
        "report": ["Conversation report", "Kind regards"],
        "ambition-document": [
            "Ambition document",
            "The co-creation in figures",
            "Lead",
            "Support",
            "Ideas that do not belong to an ambition yet",
            "Owner",
        ],
        "monitoring": [
            "Monitoring report",
            "Summary",
            "Indicators",
            "Target",
            "Baseline",
            "Actions working on this",
            "Done in the period",
            "Path to the target",
        ],
    },
}
PLAN_DOCUMENTS = {"ambition-document", "monitoring"}
MONTH = {"nl": MONTHS, "en": ENGLISH_MONTHS}


def foreign_words(document: str, language: str) -> list[str]:
    """What the document must not say in this language: the other language's words."""
    other = WORDED["en" if language == "nl" else "nl"][document]
    if document not in PLAN_DOCUMENTS:
        return other[1:]  # the title aside
    if language == "en":
        return [*other, "Pagina 1 van", " t/m ", "afgerond"]
    return []  # English words may stand in the plan's Dutch data ("Trend"), Dutch ones not in English


@pytest.mark.parametrize("language", sorted(WORDED))
@pytest.mark.parametrize("document", ["briefing", "dossier", "report", *sorted(PLAN_DOCUMENTS)])
def test_documents_in_either_language(
    document: str,
    language: str,
    demo_db: tuple[str, dict[str, list[str]]],
    tmp_path: Path,
    isolated_home: Path,
) -> None:
    url, args = demo_db
    out = tmp_path / f"{document}-{language}.pdf"
    result = admin(
        "pdf",
        document,
        *args[document],
        "--language",
        language,
        "--out",
        str(out),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    assert ("saved as" in result.stdout) == (language == "en")
    text = _text(out)
    for words in WORDED[language][document]:
        assert words in text, words
    assert not [words for words in foreign_words(document, language) if words in text], text
    assert ("Page 1 of" if language == "en" else "Pagina 1 van") in text
    assert f"{date.today().day} {MONTH[language][date.today().month - 1]} {date.today().year}" in text


def test_pdf_help_lists_every_kind(isolated_home: Path) -> None:
    result = admin("pdf", "--help", env_home=isolated_home)
    for document in PDF_DOCUMENTS:
        assert document in result.stdout


def test_hotspots_letter_and_handout_mistakes_are_told_in_dutch(
    demo_db: tuple[str, dict[str, list[str]]], tmp_path: Path, isolated_home: Path
) -> None:
    url, args = demo_db
    out = ["--out", str(tmp_path / "x.pdf")]
    cases = [
        (["hotspots", *out], "Geef de periode van de rapportage"),
        (["hotspots", "--from", "gisteren", "--to", "2026-01-01", *out], "gisteren is geen datum"),
        (["letter", *out], "Geef het nummer van de melding op"),
        (["letter", "--signal", "Q-1", *out], "Q-1 is geen nummer van een melding"),
        (["letter", "--signal", "M-999999", *out], "Melding M-999999 bestaat niet"),
        (["handout", *out], "Geef het nummer van het kennisbankartikel op"),
        (["handout", "--article", "abc", *out], "abc is geen nummer van een kennisbankartikel"),
        (["handout", "--article", "999999", *out], "Kennisbankartikel 999999 bestaat niet"),
        (["letter", *args["letter"]], "Geef het PDF-bestand op"),
    ]
    for case, expected in cases:
        result = admin("pdf", *case, "--database", url, env_home=isolated_home)
        assert result.returncode == 1, (case, result.stdout, result.stderr)
        assert expected in result.stderr, (case, result.stderr)
        assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "x.pdf").exists()


def test_a_letter_names_the_signal_and_the_handout_its_question(
    demo_db: tuple[str, dict[str, list[str]]], tmp_path: Path, isolated_home: Path
) -> None:
    url, args = demo_db
    letter = tmp_path / "letter.pdf"
    result = admin(
        "pdf", "letter", *args["letter"], "--out", str(letter), "--database", url, env_home=isolated_home
    )
    assert result.returncode == 0, result.stderr
    text = _text(letter)
    assert "Terugkoppeling op uw melding" in text and args["letter"][1] in text


def test_the_daily_report_lists_conversations_in_time_order(
    demo_db: tuple[str, dict[str, list[str]]], tmp_path: Path, isolated_home: Path
) -> None:
    url, _args = demo_db
    with sqlite3.connect(url.removeprefix("sqlite:///")) as c:
        # The day whose conversations were held on most rounds: their order is the report's to keep.
        day = c.execute(
            "SELECT r.held_on FROM observation o JOIN supervision_round r ON r.id = o.round_id "
            "WHERE o.spoke_with IS NOT NULL GROUP BY r.held_on ORDER BY count(DISTINCT r.id) DESC, "
            "r.held_on DESC LIMIT 1"
        ).fetchone()[0]
    out = tmp_path / "daily.pdf"
    result = admin(
        "pdf",
        "daily-report",
        "--date",
        str(day),
        "--out",
        str(out),
        "--database",
        url,
        env_home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    text = _text(out)
    talks = text[text.index("Gesprekken Tijd") : text.index("Afspraken", text.index("Gesprekken Tijd"))]
    times = [f"{int(h):02d}.{m}" for h, m in re.findall(r"\b(\d{1,2})\.(\d{2}) uur", talks)]
    assert len(times) >= 2, talks
    assert times == sorted(times), times
