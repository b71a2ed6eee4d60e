"""The ambitiedocument and the monitoringsrapportage, read back with pypdf."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from models.ambitions import cocreation, indicators
from models.ambitions import services as svc
from models.ambitions.cocreation import IdeaInput, RespondentInput
from models.ambitions.entities import ActionStatus, CompanySize, Direction, InputChannel, RespondentSector
from models.ambitions.indicators import IndicatorInput
from models.ambitions.services import ActionInput, AmbitionInput
from models.db import Database
from models.documents import services as documents
from models.errors import DomainError
from tests.models.conftest import new_area, new_user
from views.documents.ambitions import render_ambition_document, render_monitoring

TODAY = date(2026, 11, 23)


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def forms_of(data: bytes) -> int:
    """Charts are placed as form XObjects: count them over all pages."""
    reader = PdfReader(io.BytesIO(data))
    total = 0
    for page in reader.pages:
        objects = page.get("/Resources", {}).get("/XObject", {})
        total += sum(1 for ref in objects.values() if ref.get_object().get("/Subtype") == "/Form")
    return total


@pytest.fixture
def plan(sqlite_db: Database) -> Database:
    lead = new_user(sqlite_db, "ilse", "Ilse Ruijter")
    kern = new_area(sqlite_db, "Loosdrecht")
    with sqlite_db.session() as s:
        plan_id = svc.create_plan(s, "Koers op ondernemen", "Samen met ondernemers geschreven.")
        centre = svc.save_ambition(
            s,
            plan_id,
            AmbitionInput(
                theme="centrumgebieden",
                title="Levendige winkelkernen",
                description="Weinig leegstand.",
                lead_id=lead,
            ),
        )
        jobs = svc.save_ambition(
            s,
            plan_id,
            AmbitionInput(theme="arbeidsmarkt", title="Jongeren aan het werk", description="", lead_id=lead),
        )
        s.commit()
        svc.adopt_plan(s, plan_id, 1, date(2025, 3, 1))
        union = cocreation.save_respondent(
            s,
            RespondentInput(
                name="Ondernemersvereniging",
                sector=RespondentSector.PRIVATE,
                size=None,
                area_id=kern,
                channel=InputChannel.MEETING,
            ),
        )
        school = cocreation.save_respondent(
            s,
            RespondentInput(
                name="Basisschool De Linde",
                sector=RespondentSector.PUBLIC,
                size=None,
                area_id=kern,
                channel=InputChannel.EMAIL,
            ),
        )
        baker = cocreation.save_respondent(s, RespondentInput(name="Bakker Jansen", size=CompanySize.SME))
        cocreation.save_idea(s, union, IdeaInput(text="Pop-upwinkels in lege panden", ambition_ids=[centre]))
        cocreation.save_idea(s, school, IdeaInput(text="Gastlessen door ondernemers", ambition_ids=[jobs]))
        cocreation.save_idea(s, baker, IdeaInput(text="Een ondernemersprijs"))
        svc.save_action(
            s,
            centre,
            ActionInput(
                title="Pop-upregeling", owner_id=lead, due_date=date(2026, 3, 1), status=ActionStatus.DONE
            ),
            today=date(2026, 2, 10),
        )
        svc.save_action(
            s, centre, ActionInput(title="Centrummanager aanstellen", due_date=date(2026, 6, 1)), today=TODAY
        )
        svc.save_action(s, jobs, ActionInput(title="Banenmarkt", due_date=date(2027, 4, 1)), today=TODAY)
        vacancy = indicators.save_indicator(
            s,
            centre,
            IndicatorInput(
                name="Winkelleegstand",
                unit="%",
                baseline=12.0,
                baseline_date=date(2024, 12, 31),
                target=6.0,
                target_date=date(2028, 12, 31),
                direction=Direction.LOWER,
            ),
        )
        for day, value in ((date(2025, 6, 30), 11.0), (date(2025, 12, 31), 10.0), (date(2026, 6, 30), 8.5)):
            indicators.add_measurement(s, vacancy, day, value, today=TODAY)
        indicators.save_indicator(
            s,
            jobs,
            IndicatorInput(
                name="Stageplaatsen",
                unit="plaatsen",
                baseline=None,
                baseline_date=None,
                target=150,
                target_date=date(2028, 1, 1),
            ),
        )
        s.commit()
    return sqlite_db


def test_the_ambition_document_shows_the_co_creation_and_every_ambition(plan: Database) -> None:
    out = io.BytesIO()
    with plan.session() as s:
        render_ambition_document(documents.ambition_document(s, today=TODAY), out)
    text = text_of(out.getvalue())
    assert "Koers op ondernemen" in text
    assert "Versie 1, vastgesteld op 1 maart 2025" in text
    assert "3 respondenten gaven samen 3 ideeën; 2 daarvan zijn verwerkt in de ambities." in text
    assert re.search(r"Sector private sector 2 67% publieke sector 1 33%", text)
    assert re.search(r"Kern Loosdrecht 2 67% onbekend 1 33%", text)
    assert "bijeenkomst" in text and "e-mail" in text
    assert "Centrumgebieden – Levendige winkelkernen" in text
    assert "Kartrekker Ilse Ruijter" in text
    assert "1 respondent (private sector 1), 1 idee" in text
    assert "Pop-upwinkels in lege panden (Ondernemersvereniging)" in text
    assert "Pop-upregeling" in text and "Centrummanager aanstellen" in text and "te laat" in text
    assert "Ideeën die nog niet bij een ambitie horen" in text
    assert "Een ondernemersprijs Bakker Jansen" in text


def test_the_monitoring_report_shows_every_indicator_with_its_chart_and_the_actions(plan: Database) -> None:
    out = io.BytesIO()
    with plan.session() as s:
        render_monitoring(
            documents.monitoring(s, since=date(2026, 1, 1), until=date(2026, 9, 30), today=TODAY), out
        )
    data = out.getvalue()
    text = text_of(data)
    assert "periode 1 januari 2026 t/m 30 september 2026" in text
    assert "Winkelleegstand" in text and "Stageplaatsen" in text
    assert "op koers" in text  # 12 → 8,5 in eighteen months: on course for 6 by 2028
    assert "Laatste waarde 8,5 % op 30 juni 2026" in text
    assert "Streefwaarde 6 % op 31 december 2028" in text
    assert "geen gegevens" in text and "nog geen meting" in text
    assert "Pad naar het doel" in text and "Gemeten" in text  # the charts' legends
    assert forms_of(data) == 2  # one chart per indicator
    assert "Afgerond in de periode (1)" in text and "Pop-upregeling" in text
    assert "Te laat (1)" in text and "Centrummanager aanstellen" in text
    assert "Gepland of in uitvoering (1)" in text and "Banenmarkt" in text


def test_a_measurement_after_the_period_does_not_count(plan: Database) -> None:
    out = io.BytesIO()
    with plan.session() as s:
        render_monitoring(
            documents.monitoring(s, since=date(2025, 1, 1), until=date(2025, 7, 31), today=TODAY), out
        )
    text = text_of(out.getvalue())
    assert "Laatste waarde 11 % op 30 juni 2025" in text
    assert "Afgerond in de periode (0)" in text


def test_without_a_plan_there_is_nothing_to_print(sqlite_db: Database) -> None:
    with sqlite_db.session() as s, pytest.raises(DomainError, match="no ambition plan"):
        documents.ambition_document(s, today=TODAY)
    with sqlite_db.session() as s, pytest.raises(DomainError, match="ends before"):
        documents.monitoring(s, since=date(2026, 2, 1), until=date(2026, 1, 1), today=TODAY)


def test_the_monitoring_summary_counts_what_the_ambities_screen_shows(qtbot, plan: Database) -> None:
    from models.ambitions.monitoring import Light
    from models.ambitions.summary import plan_summary
    from views.ambitions.overview_tab import OverviewTab

    with plan.session() as s:
        plan_id = svc.current_plan_id(s)
        overview = svc.overview(s, plan_id, today=TODAY)
        data = documents.monitoring(s, since=date(2026, 1, 1), until=TODAY, today=TODAY, plan_id=plan_id)
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.show_overview(overview, today=TODAY)
    screen = re.sub(r"<[^>]+>|&nbsp;", " ", tab.summary.text())
    summary = plan_summary(overview, as_of_day=TODAY)
    assert f"{summary.actions} acties · {summary.percent_done}% afgerond" in screen
    assert f"{summary.late} te laat" in screen
    out = io.BytesIO()
    render_monitoring(data, out)
    text = text_of(out.getvalue())
    # The report says what it counts and when, and counts it as the screen does.
    assert "Stand op 23 november 2026 (de laatste dag van de periode)" in text
    assert f"Acties {summary.actions}, waarvan {summary.percent_done}% afgerond" in text
    assert f"Acties te laat {summary.late}" in text
    assert "Acties afgerond van 1 januari 2026 t/m 23 november 2026" in text
    for light, n in summary.lights.items():
        if light is Light.NO_DATA:
            continue  # the screen names the lights that say something
        assert f"{n} {dutch_label(light)}" in text and f"{n} {dutch_label(light)}" in screen


def dutch_label(light) -> str:
    from models.ambitions.monitoring import LIGHT_LABELS
    from models.i18n import translate

    return translate("labels", LIGHT_LABELS[light])


def test_the_indicator_chart_labels_every_year(qtbot, plan: Database) -> None:
    from PySide6.QtCharts import QValueAxis
    from PySide6.QtCore import Qt

    from views.ambitions.indicator_chart import IndicatorChart

    with plan.session() as s:
        overview = svc.overview(s, svc.current_plan_id(s), today=TODAY)
    record = next(i for a in overview.ambitions for i in a.indicators if i.measurements)
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.show_indicator(record)
    [x_axis] = chart.chart().axes(Qt.Orientation.Horizontal)
    assert isinstance(x_axis, QValueAxis)
    assert x_axis.tickType() is QValueAxis.TickType.TicksDynamic and x_axis.tickInterval() == 1
    days = [m.measured_on for m in record.measurements] + [record.target_date]
    first = min(days + ([record.baseline_date] if record.baseline_date else [])).year
    assert (x_axis.min(), x_axis.max()) == (first, record.target_date.year + 1)  # a tick on every year
    assert x_axis.labelFormat() == "%i"
