"""Demo knowledge base and desk history: what entrepreneurs ask the ondernemersloket.

Part of the demo generator (``models.tools.demo``), like ``models.tools.demo_consultations``: dates are
relative to ``today``, so the knowledge base always has a few expired articles, a few past
their review date and one that only becomes valid next month, and "Today at the desk" has
the questions of this morning. Questions asked by a known company are also contact moments
in its file (and, when handed over, agreements for its account manager), exactly as the
desk makes them; questions by starters and citizens are logged without a company.

Café De Zwaan and the busiest file are left alone: their histories are fixed elsewhere.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from models import fulltext
from models.calendar import add_working_days
from models.companies.entities import Company, CompanyContact
from models.consultations.entities import (
    Agreement,
    AgreementStatus,
    Channel,
    Interaction,
    InteractionContact,
    InteractionOfficial,
    Responsible,
)
from models.desk.entities import DeskQuestion, KnowledgeArticle
from models.desk.knowledge import SEARCH_TABLE, document
from models.desk.services import search_text
from models.tools.demo_consultations import InteractionBuilder

HISTORY_DAYS = 180
MORNING_END = 11 * 60 + 45  # minutes after midnight, local time
HANDOVER_SHARE = 0.08
WITHOUT_ARTICLE_SHARE = 0.15
COMPANY_SHARE = 0.65


@dataclass(frozen=True)
class _Article:
    question: str
    answer: str
    tags: str
    department: str
    # Relative to today, in days: valid from, valid until (None: open), review on.
    since: int = -400
    until: int | None = None
    review: int = 120
    weight: int = 3  # how often it is asked


_ARTICLES: tuple[_Article, ...] = (
    _Article(
        "Tot hoe laat mag mijn terras open zijn?",
        "Terrassen mogen open van **08.00 tot 23.00 uur**; op vrijdag en zaterdag tot **24.00 uur**.\n\n"
        "- Muziek op het terras is niet toegestaan na 22.00 uur\n"
        "- Tijdens de kermis en Koningsdag gelden ruimere tijden (zie het evenementenbesluit)",
        "terras, horeca, openingstijden",
        "Vergunningen",
        weight=9,
    ),
    _Article(
        "Hoe vraag ik een terrasvergunning aan?",
        "Een terras op openbare grond vraagt u aan via het **omgevingsloket** met een tekening van de "
        "opstelling. Houd een vrije doorloop van **1,5 meter** op de stoep.\n\n"
        "De behandeltermijn is **acht weken**. Voor een bestaand terras zonder wijzigingen is geen "
        "nieuwe aanvraag nodig.",
        "terras, vergunning, horeca",
        "Vergunningen",
        weight=8,
    ),
    _Article(
        "Mag mijn terras groter in het coronaseizoen?",
        "Tijdelijke regeling: terrassen mochten in 2021 en 2022 zonder vergunning tot **50% groter** worden, "
        "mits de doorloop vrij bleef.",
        "terras, horeca, corona",
        "Vergunningen",
        since=-1400,
        until=-700,
        review=-720,
        weight=2,
    ),
    _Article(
        "Wanneer heb ik een omgevingsvergunning nodig voor een verbouwing?",
        "Voor een verbouwing aan de buitenkant (aanbouw, dakkapel, gevelwijziging) is meestal een "
        "**omgevingsvergunning** nodig. Doe eerst de **vergunningcheck** in het omgevingsloket.\n\n"
        "Vooroverleg met team Vergunningen is gratis en voorkomt een afwijzing.",
        "omgevingsvergunning, verbouwing, bouwen",
        "Vergunningen",
        weight=6,
    ),
    _Article(
        "Hoe lang duurt de behandeling van mijn vergunningaanvraag?",
        "De reguliere procedure duurt **acht weken** en kan eenmaal met zes weken worden verlengd. De "
        "uitgebreide procedure (bij afwijken van het omgevingsplan) duurt **zes maanden**.\n\n"
        "De stand van uw aanvraag ziet u in het omgevingsloket onder *Mijn aanvragen*.",
        "vergunning, behandeltermijn, omgevingsvergunning",
        "Vergunningen",
        weight=9,
    ),
    _Article(
        "Heb ik een vergunning nodig voor een reclamebord of lichtreclame?",
        "Reclame aan de gevel tot **1 m²** mag zonder vergunning, mits niet boven de eerste verdieping. "
        "Voor grotere of verlichte reclame is een **omgevingsvergunning** nodig (reclamenota).\n\n"
        "Losse borden op de stoep (*driehoeksborden*) zijn niet toegestaan.",
        "reclame, gevel, vergunning",
        "Vergunningen",
        weight=4,
    ),
    _Article(
        "Wat heb ik nodig voor een evenementenvergunning?",
        "Vraag de vergunning uiterlijk **acht weken** voor het evenement aan. Nodig:\n\n"
        "- een situatietekening\n- een veiligheidsplan (vanaf 500 bezoekers)\n"
        "- toestemming van de grondeigenaar\n\nPolitie en brandweer geven advies; reken op kosten voor leges.",
        "evenement, vergunning, braderie",
        "Vergunningen",
        weight=4,
    ),
    _Article(
        "Hoe vraag ik een drank- en horecavergunning (alcoholvergunning) aan?",
        "Een alcoholvergunning vraagt u aan met het formulier op de website. Nodig: een **verklaring "
        "sociale hygiëne** van de leidinggevenden, een verklaring omtrent het gedrag en een plattegrond.\n\n"
        "Verandert de leidinggevende, meld dat dan binnen **een maand**.",
        "alcohol, horeca, vergunning",
        "Vergunningen",
        review=-20,
        weight=4,
    ),
    _Article(
        "Hoe kom ik aan een standplaats op de weekmarkt?",
        "Vaste standplaatsen worden toegewezen via de **wachtlijst**; de wachttijd is nu ongeveer drie "
        "maanden. Een dagplaats is soms direct mogelijk: meld u om 07.30 uur bij de marktmeester.",
        "markt, standplaats",
        "Economische zaken",
        weight=3,
    ),
    _Article(
        "Haalt de gemeente mijn bedrijfsafval op?",
        "Nee. De gemeente haalt alleen huishoudelijk afval op. Voor bedrijfsafval sluit u een contract "
        "met een **erkende afvalinzamelaar**. Kleine ondernemers aan huis mogen soms meedoen met de "
        "huisvuilinzameling tegen een reinigingsrecht.",
        "afval, bedrijfsafval",
        "Buitenruimte",
        weight=6,
    ),
    _Article(
        "Wat verandert er aan het reinigingsrecht voor bedrijven?",
        "Vanaf de nieuwe aanslag geldt een **vast tarief per container** in plaats van per ophaalbeurt. "
        "Bedrijven ontvangen vooraf een brief met hun nieuwe tarief.",
        "afval, belasting, reinigingsrecht",
        "Belastingen",
        since=30,
        review=200,
        weight=1,
    ),
    _Article(
        "Kan ik bezwaar maken tegen mijn aanslag precariobelasting of reclamebelasting?",
        "Ja, binnen **zes weken** na de dagtekening van de aanslag, via *Mijn belastingen* of per brief. "
        "Vermeld het aanslagnummer en waarom de aanslag volgens u niet klopt. Betaal intussen wel, of "
        "vraag uitstel van betaling.",
        "belasting, bezwaar, precario",
        "Belastingen",
        weight=4,
    ),
    _Article(
        "Welke energiebesparende maatregelen zijn verplicht voor mijn bedrijf?",
        "Bedrijven die meer dan **50.000 kWh** stroom of **25.000 m³** gas per jaar gebruiken, moeten alle "
        "maatregelen nemen die zich binnen vijf jaar terugverdienen (*energiebesparingsplicht*), en elke "
        "vier jaar rapporteren via het eLoket van RVO. De omgevingsdienst controleert.",
        "energie, verduurzaming, energiebesparingsplicht",
        "Omgevingsdienst",
        review=-45,
        weight=3,
    ),
    _Article(
        "Is er subsidie voor zonnepanelen op mijn bedrijfspand?",
        "De regionale **energiescan voor mkb** is gratis. Voor zonnepanelen op bedrijfsdaken geldt de "
        "landelijke SDE++ (vanaf 15 kWp). De gemeente zelf heeft geen subsidie voor bedrijven.",
        "energie, subsidie, zonnepanelen",
        "Economische zaken",
        weight=4,
    ),
    _Article(
        "Kan ik nog de energietegemoetkoming (TEK) aanvragen?",
        "De Tegemoetkoming Energiekosten voor het mkb liep van **april 2023 tot en met januari 2024**. "
        "Aanvragen kon tot en met het eerste kwartaal van 2024.",
        "energie, subsidie, tek",
        "Economische zaken",
        since=-1000,
        until=-500,
        review=-520,
        weight=2,
    ),
    _Article(
        "Waar vind ik personeel? Werkt de gemeente samen met werkgevers?",
        "Het **Werkgeversservicepunt** helpt gratis bij vacatures, proefplaatsingen en loonkostensubsidie "
        "voor mensen met afstand tot de arbeidsmarkt. De ondernemersmanager brengt u in contact.",
        "personeel, werkgeversservicepunt, arbeidsmarkt",
        "Werk en inkomen",
        weight=3,
    ),
    _Article(
        "Ik wil een bedrijf starten. Waar begin ik?",
        "Schrijf u in bij de **Kamer van Koophandel**; daar krijgt u ook het btw-nummer. Kijk bij de gemeente "
        "of uw activiteit **op deze plek mag** (omgevingsplan) en of u een vergunning nodig hebt.\n\n"
        "Het ondernemersloket plant graag een **startersgesprek** in.",
        "starten, starter, kvk, omgevingsplan",
        "Economische zaken",
        weight=7,
    ),
    _Article(
        "Mag ik een bedrijf aan huis beginnen?",
        "Een **beroep of bedrijf aan huis** mag als het op niet meer dan **30%** van de woning (maximaal 50 m²) "
        "gebeurt, de woonfunctie blijft en er geen overlast of verkeer bijkomt. Detailhandel en horeca aan "
        "huis zijn niet toegestaan.",
        "starten, bedrijf aan huis, omgevingsplan",
        "Vergunningen",
        weight=5,
    ),
    _Article(
        "Mag ik in mijn pand een andere functie beginnen (bijvoorbeeld een kapper of lunchroom)?",
        "Dat hangt af van het **omgevingsplan** op die plek. Dienstverlening is in de winkelgebieden meestal "
        "toegestaan; horeca alleen waar dat is aangewezen. Vraag het loket om een schriftelijke bevestiging "
        "voordat u een huurcontract tekent.",
        "omgevingsplan, bestemming, functiewijziging",
        "Vergunningen",
        weight=4,
    ),
    _Article(
        "Hoe is mijn zaak bereikbaar tijdens de wegwerkzaamheden?",
        "Tijdens de herinrichting van het centrum blijven alle winkels **te voet bereikbaar**. Laden en lossen "
        "mag tussen **07.00 en 11.00 uur**. De actuele fasering staat op de projectpagina; de "
        "omgevingsmanager is bereikbaar via het algemene nummer.",
        "wegwerkzaamheden, bereikbaarheid, centrum",
        "Projecten",
        since=-60,
        until=90,
        review=14,
        weight=5,
    ),
    _Article(
        "Waar kan ik parkeren als ondernemer, en is er een parkeervergunning voor bedrijven?",
        "In de **blauwe zone** parkeert u maximaal twee uur met een parkeerschijf. Ondernemers in het "
        "centrum kunnen één **bedrijfsvergunning** per vestiging aanvragen.",
        "parkeren, parkeervergunning, blauwe zone",
        "Verkeer",
        review=-10,
        weight=4,
    ),
    _Article(
        "Hoe meld ik overlast of vandalisme bij mijn bedrijf?",
        "Bij direct gevaar belt u **112**. Overlast of vandalisme meldt u via de app of website *Melding "
        "openbare ruimte*; u krijgt een terugkoppeling van wat ermee gebeurt. Voor structurele overlast "
        "neemt de wijkboa contact met u op.",
        "overlast, melding, veiligheid",
        "Openbare orde en veiligheid",
        weight=4,
    ),
    _Article(
        "Wie is mijn contactpersoon bij de gemeente?",
        "Elk bedrijf heeft een **ondernemersmanager** als vast aanspreekpunt. Het loket zoekt uw bedrijf op en "
        "geeft u naam, telefoonnummer en e-mailadres. Zonder vaste contactpersoon helpt het ondernemersloket.",
        "contactpersoon, ondernemersmanager",
        "Economische zaken",
        weight=6,
    ),
    _Article(
        "Wat moet ik doen bij een bedrijfsovername of als ik wil stoppen?",
        "De **Kamer van Koophandel** begeleidt gratis bij bedrijfsoverdracht. Geef een nieuwe eigenaar of "
        "leidinggevende door aan de gemeente: vergunningen zoals de alcoholvergunning zijn **persoonsgebonden**.",
        "overname, opvolging, vergunning",
        "Economische zaken",
        weight=2,
    ),
    _Article(
        "Hoe krijg ik glasvezel op het bedrijventerrein?",
        "De aanbieder legt aan bij voldoende deelname (meestal **15 aansluitingen**). De gemeente helpt met "
        "vraagbundeling en geeft de graafvergunning af. Meld interesse via de ondernemersvereniging.",
        "glasvezel, bedrijventerrein, internet",
        "Economische zaken",
        review=-90,
        weight=2,
    ),
    _Article(
        "Mag ik een container of steiger op de stoep zetten?",
        "Voor een container, steiger of bouwkeet op openbare grond is een **ontheffing** nodig. Vraag die "
        "minstens **twee weken** vooraf aan; vermeld de periode en de plek.",
        "openbare ruimte, ontheffing, container",
        "Buitenruimte",
        weight=2,
    ),
    _Article(
        "Mag ik tijdens de kermis langer open blijven?",
        "Tijdens de kermis mogen horecazaken in het centrum **tot 02.00 uur** open met een collectieve "
        "ontheffing; u hoeft die niet zelf aan te vragen. Muziek buiten stopt om 24.00 uur.",
        "horeca, openingstijden, kermis, terras",
        "Openbare orde en veiligheid",
        weight=3,
    ),
    _Article(
        "Wat zijn de regels voor de winkeltijden op zondag?",
        "Winkels mogen op zondag open van **12.00 tot 18.00 uur**. In de toeristische kernen geldt in de "
        "zomer een ruimere regeling van 10.00 tot 18.00 uur.",
        "winkeltijden, zondag, detailhandel",
        "Economische zaken",
        review=-30,
        weight=3,
    ),
    _Article(
        "Hoe zit het met de reclamebelasting en het ondernemersfonds?",
        "De reclamebelasting in de winkelgebieden gaat naar het **ondernemersfonds**. Het fonds betaalt "
        "gezamenlijke activiteiten zoals sfeerverlichting en evenementen; de winkeliersvereniging beslist "
        "over de besteding.",
        "belasting, reclamebelasting, ondernemersfonds",
        "Belastingen",
        weight=2,
    ),
    _Article(
        "Wat moet ik regelen voor een pop-upwinkel in een leeg pand?",
        "Controleer of winkelen op die plek mag (omgevingsplan) en maak afspraken met de eigenaar. Een "
        "pop-up tot **drie maanden** in een winkelpand vraagt meestal geen vergunning. Reclame en uitstallingen "
        "volgen de gewone regels.",
        "starten, pop-up, leegstand, detailhandel",
        "Economische zaken",
        weight=2,
    ),
)

_GAP_QUESTIONS = (
    "Kan de gemeente helpen bij het vinden van een groter bedrijfspand?",
    "Wordt de kruising bij de Kerkstraat nog aangepast? Klanten klagen over de veiligheid.",
    "Mag ik een foodtruck op mijn eigen terrein zetten?",
    "Is er een subsidie voor het opknappen van de gevel?",
    "Wanneer komt er een laadpaal bij het winkelcentrum?",
    "Kan ik een bijdrage krijgen voor een ondernemersbijeenkomst?",
    "Waarom is mijn vergunningaanvraag nog niet in behandeling genomen?",
)
_VISITORS = (
    "Starter, wil een lunchroom beginnen",
    "Starter, webwinkel aan huis",
    "Inwoner, vraag over het terras van de buren",
    "Starter, kapsalon",
    "Inwoner, overlast winkelstrip",
    "ZZP'er, vraag over bedrijf aan huis",
    "Makelaar namens nieuwe huurder",
)
_CHANNEL_WEIGHTS = ((Channel.DESK, 45), (Channel.PHONE, 40), (Channel.EMAIL, 15))


def _minutes_now(today: date) -> int:
    """The minute of the day it is now, on ``today``'s clock (a whole day for a day gone by): the
    one thing taken from the clock, so the demo never has a question asked later than now."""
    now = datetime.now()
    if today < now.date():
        return 24 * 60
    if today > now.date():
        return -1
    return now.hour * 60 + now.minute - 1


def write(session: Session, consultations: InteractionBuilder, seed: int, today: date) -> tuple[int, int]:
    """Write the knowledge base and the desk history; returns (articles, questions)."""
    rng = random.Random(f"desk-{seed}")
    # Everything derives from ``today`` (never the clock), so a seed always gives the same rows.
    articles = _write_articles(session, today, datetime.combine(today, time(8, 0), tzinfo=UTC))
    companies = _companies(session)
    desk_staff = consultations.desk or consultations.managers
    if not desk_staff:
        return len(articles), 0
    per_day = max(4, min(60, len(companies) // 40))
    questions: list[dict[str, Any]] = []
    interactions: list[dict[str, Any]] = []
    officials: list[dict[str, Any]] = []
    present: list[dict[str, Any]] = []
    agreements: list[dict[str, Any]] = []
    channels = [c for c, _ in _CHANNEL_WEIGHTS]
    channel_weights = [w for _, w in _CHANNEL_WEIGHTS]
    for back in range(HISTORY_DAYS, -1, -1):
        day = today - timedelta(days=back)
        if day.weekday() >= 5:
            continue
        count = rng.randint(per_day // 2, per_day + per_day // 2)
        last_minute = 16 * 60 + 30
        if back == 0:  # today: the questions of this morning, and none later than now
            last_minute = min(MORNING_END, _minutes_now(today))
            count = max(3, count // 2) if last_minute >= 8 * 60 + 30 else 0
        valid = [a for a in articles if _valid_on(a, day)]
        weights = [a["weight"] for a in valid]
        for _ in range(count):
            minute = rng.randint(8 * 60 + 30, last_minute)
            # Office hours on the municipality's clock (the computer's time zone), stored in UTC.
            at = datetime.combine(day, time(minute // 60, minute % 60)).astimezone(UTC)
            channel = rng.choices(channels, channel_weights)[0]
            article = (
                None if rng.random() < WITHOUT_ARTICLE_SHARE or not valid else rng.choices(valid, weights)[0]
            )
            question = article["question"] if article else rng.choice(_GAP_QUESTIONS)
            answer = None
            if article and rng.random() < 0.9:
                answer = article["answer"].split("\n")[0]
            official = rng.choice(desk_staff)
            row: dict[str, Any] = {
                "id": len(questions) + 1,
                "asked_at": at,
                "channel": channel,
                "question": question,
                "answer": answer,
                "article_id": article["id"] if article else None,
                "company_id": None,
                "contact_id": None,
                "visitor": None,
                "official_id": official,
                "interaction_id": None,
                "agreement_id": None,
                "version": 1,
                "created_at": at,
                "updated_at": at,
                "updated_by_id": official,
            }
            if companies and rng.random() < COMPANY_SHARE:
                company_id, manager, contacts = companies[rng.randrange(len(companies))]
                contact_id = rng.choice(contacts) if contacts and rng.random() < 0.7 else None
                interaction_id = consultations.next_interaction
                consultations.next_interaction += 1
                consultations.interaction_count += 1
                report = question if not answer else f"**Vraag:** {question}\n\n**Antwoord:** {answer}"
                interactions.append(
                    {
                        "id": interaction_id,
                        "company_id": company_id,
                        "occurred_at": at,
                        "channel": channel,
                        "subject": question[:120],
                        "report": report,
                        "confidential": False,
                        "archived_at": None,
                        "version": 1,
                        "created_at": at,
                        "updated_at": at,
                        "updated_by_id": official,
                    }
                )
                officials.append({"interaction_id": interaction_id, "user_id": official})
                if contact_id is not None:
                    present.append({"interaction_id": interaction_id, "contact_id": contact_id})
                row.update(company_id=company_id, contact_id=contact_id, interaction_id=interaction_id)
                # Unanswered questions are mostly handed over; now and then an answered one too.
                unanswered = article is None or answer is None
                if manager is not None and rng.random() < (0.6 if unanswered else HANDOVER_SHARE):
                    row["agreement_id"] = _handover(
                        consultations,
                        agreements,
                        rng,
                        interaction_id,
                        company_id,
                        manager,
                        question,
                        at,
                        today,
                    )
            else:
                row["visitor"] = rng.choice(_VISITORS)
            questions.append(row)
    _insert(session, Interaction, interactions)
    _insert(session, InteractionOfficial, officials)
    _insert(session, InteractionContact, present)
    _insert(session, Agreement, agreements)
    names = dict(
        session.execute(
            select(Company.id, Company.name).where(
                Company.id.in_({q["company_id"] for q in questions} - {None})
            )
        )
        .tuples()
        .all()
    )
    for q in questions:
        q["search_text"] = search_text(q["question"], q["answer"], q["visitor"], names.get(q["company_id"]))
    _insert(session, DeskQuestion, questions)
    _move_sequences(session)
    return len(articles), len(questions)


def _handover(
    consultations: InteractionBuilder,
    agreements: list[dict[str, Any]],
    rng: random.Random,
    interaction_id: int,
    company_id: int,
    manager: int,
    question: str,
    at: datetime,
    today: date,
) -> int:
    agreement_id = consultations.next_agreement
    consultations.next_agreement += 1
    consultations.agreement_count += 1
    due = add_working_days(at.date(), 5)
    age = (today - at.date()).days
    if age > 20 and rng.random() < 0.9:
        status, closed = AgreementStatus.DONE, min(today, due + timedelta(days=rng.randint(-4, 6)))
    else:
        status, closed = AgreementStatus.OPEN, None
    agreements.append(
        {
            "id": agreement_id,
            "interaction_id": interaction_id,
            "company_id": company_id,
            "description": question,
            "responsible": Responsible.MUNICIPALITY,
            "assignee_id": manager,
            "due_date": due,
            "status": status,
            "status_note": "Ondernemer teruggebeld en geïnformeerd." if closed else None,
            "closed_on": max(closed, at.date()) if closed else None,
            "version": 2 if closed else 1,
            "created_at": at,
            "updated_at": at,
            "updated_by_id": None,
        }
    )
    return agreement_id


def _valid_on(article: dict[str, Any], day: date) -> bool:
    return (article["valid_from"] is None or article["valid_from"] <= day) and (
        article["valid_until"] is None or day <= article["valid_until"]
    )


def _write_articles(session: Session, today: date, now: datetime) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for index, spec in enumerate(_ARTICLES, start=1):
        created = now - timedelta(days=max(0, -spec.since) + 10)
        rows.append(
            {
                "id": index,
                "question": spec.question,
                "answer": spec.answer,
                "tags": spec.tags,
                "department": spec.department,
                "valid_from": today + timedelta(days=spec.since),
                "valid_until": today + timedelta(days=spec.until) if spec.until is not None else None,
                "review_on": today + timedelta(days=spec.review),
                "archived_at": None,
                "version": 1,
                "created_at": created,
                "updated_at": created,
                "updated_by_id": None,
            }
        )
    session.execute(insert(KnowledgeArticle), rows)
    fulltext.write(
        session,
        SEARCH_TABLE,
        [
            {"id": r["id"], "doc": document(r["question"], r["tags"], r["answer"], r["department"])}
            for r in rows
        ],
        replace=False,
    )
    return [{**r, "weight": spec.weight} for r, spec in zip(rows, _ARTICLES, strict=True)]


def _companies(session: Session, sample: int = 4000) -> list[tuple[int, int | None, list[int]]]:
    """Active companies the desk hears from (not the two whose files are fixed), with their contacts."""
    rows = session.execute(
        select(Company.id, Company.account_manager_id)
        .where(Company.archived_at.is_(None))
        .order_by(Company.id)
        .offset(2)
        .limit(sample)
    ).all()
    ids = [r[0] for r in rows]
    contacts: dict[int, list[int]] = {cid: [] for cid in ids}
    if ids:
        for company_id, contact_id in session.execute(
            select(CompanyContact.company_id, CompanyContact.contact_id)
            .where(CompanyContact.company_id.in_(ids))
            .order_by(CompanyContact.company_id, CompanyContact.contact_id)
        ):
            contacts[company_id].append(contact_id)
    return [(cid, manager, contacts[cid]) for cid, manager in rows]


def _insert(session: Session, entity: type, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5000):
        session.execute(insert(entity.__table__), rows[start : start + 5000])  # type: ignore[attr-defined]


def _move_sequences(session: Session) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ("knowledge_article", "desk_question"):
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
            )
        )
