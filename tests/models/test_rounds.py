"""Supervision rounds: recording, follow-up as agreement or signal, the daily and entrepreneur reports."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from models.consultations import services as consultations
from models.consultations.entities import Responsible
from models.consultations.services import AgreementInput
from models.db import Database
from models.documents import services as documents
from models.errors import DomainError, ValidationError
from models.rounds import services as rounds
from models.rounds.services import ObservationInput, RoundInput
from models.signals import categories
from models.signals import services as signals
from models.signals.entities import SignalSource, SignalStatus
from tests.models.conftest import new_area, new_company
from views.documents.rounds import render_daily_report, render_entrepreneur_report

DAY = date(2026, 11, 20)


def _setup(db: Database, anna: int) -> tuple[int, int, int, int]:
    area = new_area(db, "Loosdrecht")
    company = new_company(db, "Café De Zwaan")
    with db.session(user_id=anna) as session:
        category = categories.save_category(session, "Terras en uitstalling", 5)
        round_id = rounds.save_round(
            session,
            RoundInput(held_on=DAY, title="Winkelstraten", area_id=area, notes="", official_ids=[anna]),
        )
        session.commit()
    return area, company, category, round_id


def _observe(db: Database, round_id: int, category: int, **values: object) -> int:
    data = ObservationInput(
        observed_at=datetime(2026, 11, 20, 10, 15, tzinfo=UTC),
        category_id=category,
        street="Noordereinde",
        house_number="12",
        finding="Terras blokkeert de stoep",
        action="Ondernemer gewezen op 1,5 meter doorloop",
    )
    for key, value in values.items():
        setattr(data, key, value)
    with db.session() as session:
        observation_id = rounds.add_observation(session, round_id, data)
        session.commit()
    return observation_id


def test_a_round_needs_a_day_a_name_and_supervisors(db: Database) -> None:
    with db.session() as session, pytest.raises(ValidationError) as caught:
        rounds.save_round(
            session, RoundInput(held_on=None, title="", area_id=None, notes="", official_ids=[])
        )
    assert {e.field for e in caught.value.errors} == {"held_on", "title", "official_ids"}


def test_observation_follow_up_as_signal_in_one_step(db: Database, anna: int) -> None:
    _area, company, category, round_id = _setup(db, anna)
    observation_id = _observe(db, round_id, category, company_id=company, follow_up=True)
    with db.session(user_id=anna) as session:
        record = rounds.round_record(session, round_id)
        assert record.open_follow_ups == 1
        signal_id = rounds.follow_up_as_signal(session, observation_id, record.observations[0].version)
        session.commit()
        signal = signals.signal(session, signal_id, today=DAY)
        assert signal.source is SignalSource.SUPERVISOR and signal.company == "Café De Zwaan"
        assert signal.status is SignalStatus.REPORTED and "Terras blokkeert" in signal.description
        again = rounds.round_record(session, round_id).observations[0]
        assert again.signal_id == signal_id and again.followed_up
        with pytest.raises(DomainError):
            rounds.follow_up_as_signal(session, observation_id, again.version)


def test_observation_follow_up_as_agreement_lands_in_the_company_file(db: Database, anna: int) -> None:
    _area, company, category, round_id = _setup(db, anna)
    without_company = _observe(db, round_id, category)
    observation_id = _observe(db, round_id, category, company_id=company, spoke_with="Jan de Vries")
    with db.session(user_id=anna) as session:
        with pytest.raises(DomainError):
            rounds.follow_up_as_agreement(
                session, without_company, 1, AgreementInput(description="Terras terugzetten")
            )
        agreement_id = rounds.follow_up_as_agreement(
            session,
            observation_id,
            1,
            AgreementInput(
                description="Terras terugzetten tot de gevellijn",
                responsible=Responsible.ENTREPRENEUR,
                assignee_id=None,
                due_date=date(2026, 11, 27),
            ),
        )
        session.commit()
        moments = consultations.timeline(session, company, today=DAY)
    assert moments[0].subject == "Ronde: Winkelstraten" and moments[0].officials[0][1] == "Anna de Vries"
    assert moments[0].agreements[0].id == agreement_id


def test_daily_and_entrepreneur_reports(db: Database, anna: int) -> None:
    _area, company, category, round_id = _setup(db, anna)
    observation_id = _observe(db, round_id, category, company_id=company, spoke_with="Jan de Vries")
    _observe(db, round_id, category, finding="Reclamebord <b>midden</b> op de stoep & fietspad")
    with db.session(user_id=anna) as session:
        rounds.follow_up_as_agreement(
            session,
            observation_id,
            1,
            AgreementInput(description="Terras terugzetten", responsible=Responsible.ENTREPRENEUR),
        )
        session.commit()
        report = rounds.daily_report(session, DAY, today=DAY)
        assert report.observation_count == 2 and len(report.agreements) == 1
        assert report.per_category == [("Terras en uitstalling", 2)]
        assert rounds.daily_report(session, date(2026, 11, 21), today=DAY).rounds == []
        daily, letter = io.BytesIO(), io.BytesIO()
        day_data = documents.daily_report(session, DAY, today=DAY)
        company_data = documents.entrepreneur_report(session, company, date(2026, 11, 1), DAY, today=DAY)
        mine = rounds.entrepreneur_report(session, company, date(2026, 11, 1), DAY, today=DAY)
    render_daily_report(day_data, daily)
    render_entrepreneur_report(company_data, letter)
    assert len(mine.observations) == 1 and len(mine.agreements) == 1
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(daily.getvalue())).pages).split())
    assert "Dagrapport toezicht" in text and "20 november 2026" in text and "Loosdrecht" in text
    assert "Reclamebord <b>midden</b> op de stoep & fietspad" in text
    assert "Jan de Vries" in text and "Terras terugzetten" in text
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.getvalue())).pages).split()
    )
    assert "Rapportage toezicht" in text and "Café De Zwaan" in text and "Terras blokkeert de stoep" in text
    assert "Reclamebord" not in text  # not about this company


def test_an_observation_says_which_street_and_whom_was_spoken_with(db: Database, anna: int) -> None:
    """Two streets of one name exist: the postcode or the place tells them apart. *Gesproken met*
    is one of the company's contact persons (or free text), named in the conversation report."""
    from models.companies import services as companies
    from tests.models.conftest import contact

    _area, company, category, round_id = _setup(db, anna)
    other = new_company(db, "Bakkerij Elders", allow_duplicate=True)
    with db.session() as session:
        owner = companies.add_contact(session, company, contact("Visser", first_name="Jan", role="eigenaar"))
        stranger = companies.add_contact(session, other, contact("Bakker", first_name="Els"))
        session.commit()
    with db.session() as session, pytest.raises(ValidationError) as caught:
        rounds.add_observation(
            session,
            round_id,
            ObservationInput(
                observed_at=datetime(2026, 11, 20, 10, 15, tzinfo=UTC),
                category_id=category,
                street="Kerkstraat",
                postcode="12345",
                company_id=company,
                contact_id=stranger,  # not a contact person of this company
                finding="Reclamebord op de stoep",
            ),
        )
    assert {e.field for e in caught.value.errors} == {"postcode", "spoke_with"}
    observation_id = _observe(
        db,
        round_id,
        category,
        street="Kerkstraat",
        house_number="3",
        postcode="1231ab",
        place="Nieuw-Loosdrecht",
        company_id=company,
        contact_id=owner,
    )
    free_text = _observe(
        db, round_id, category, street="Kerkstraat", place="Breukeleveen", spoke_with="de buurman"
    )
    with db.session(user_id=anna) as session:
        records = {o.id: o for o in rounds.round_record(session, round_id).observations}
        seen = records[observation_id]
        assert (seen.postcode, seen.place, seen.contact_id, seen.spoke_with) == (
            "1231 AB",
            "Nieuw-Loosdrecht",
            owner,
            "Jan Visser",
        )
        assert seen.location == "Kerkstraat 3, 1231 AB Nieuw-Loosdrecht"
        assert records[free_text].location == "Kerkstraat 12, Breukeleveen"
        assert (records[free_text].contact_id, records[free_text].spoke_with) == (None, "de buurman")
        # The Rondes page's search finds the street by its place, so the one in Breukeleveen.
        found = rounds.search_rounds(session, "kerkstraat breukeleveen", date(2000, 1, 1), date(2100, 1, 1))
        assert [o.id for r in found for o in r.observations] == [free_text]
        rounds.follow_up_as_agreement(
            session,
            observation_id,
            seen.version,
            AgreementInput(description="Bord naar binnen", assignee_id=anna),
        )
        session.commit()
        [moment] = consultations.timeline(session, company, today=DAY)
    assert moment.report.startswith("Gesproken met Jan Visser.")
    assert [name for _id, name in moment.contacts] == ["Jan Visser"]
    # The Gespreksverslag made from the round, and the report for the entrepreneur, name him.
    from views.documents.report import render_report

    with db.session(user_id=anna) as session:
        report = documents.report(session, moment.id, today=DAY)
        to_entrepreneur = documents.entrepreneur_report(session, company, DAY, DAY, today=DAY)
    for render, data in ((render_report, report), (render_entrepreneur_report, to_entrepreneur)):
        buffer = io.BytesIO()
        render(data, buffer)
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(buffer).pages).split())
        assert "Jan Visser" in text
    assert "Gesproken met Jan Visser." in " ".join(report.interaction.report.split())
