"""Demo contact moments and agreements: years of consultations around the demo companies.

Part of the demo generator (``models.tools.demo``), kept apart because it is a different kind of
data: the register is a snapshot, the consultations are a history that must look current on
the day the demo is made. Contact moments are therefore placed relative to ``today`` (the
generator's argument), so the demo always has agreements overdue, due this week and later,
and a "Mijn werk" that looks like a real Monday morning. For the same seed and the same
``today`` the rows are identical; the register itself does not depend on ``today``.

Scale, chosen to match the benchmark's large database (about 2,000,000 contact moments and
500,000 agreements for 250,000 companies): on average eight contact moments per company,
more recent ones more often, a quarter of them with agreements. Older agreements are mostly
done or dropped; some were forgotten and are long overdue, as in every real back office.

Two files are fixed, so tests, screenshots and the benchmark can rely on them:
- **Café De Zwaan** (the first company) has a short, readable history with Jan de Vries:
  a terrace permit with one agreement overdue and one due this week, and older moments done.
- **The second company** is the busiest file of the municipality: ``BUSY_FILE_SIZE`` contact
  moments (when at least ``BUSY_FILE_MIN_COMPANIES`` companies are generated), for the
  benchmark's "open a company file with 1,000 timeline entries".
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from models.consultations.entities import AgreementStatus, Channel, Responsible
from models.team.entities import Role

BUSY_FILE_SIZE = 1_000
BUSY_FILE_MIN_COMPANIES = 1_000
MEAN_INTERACTIONS = 8.0
HISTORY_DAYS = 3_650  # ten years at most

M, E, T = Responsible.MUNICIPALITY, Responsible.ENTREPRENEUR, Responsible.THIRD_PARTY


@dataclass(frozen=True)
class _Topic:
    subject: str
    channels: tuple[Channel, ...]
    reports: tuple[str, ...]  # Markdown; one is chosen
    agreements: tuple[tuple[str, Responsible], ...]  # zero or more are chosen


_ANY = tuple(Channel)
_TALK = (Channel.VISIT, Channel.MEETING, Channel.PHONE)
_TOPICS: tuple[_Topic, ...] = (
    _Topic(
        "Kennismakingsgesprek",
        (Channel.VISIT, Channel.MEETING),
        (
            "Kennisgemaakt met de ondernemer en het bedrijf. De zaak draait goed; de ondernemer "
            "wil de komende jaren **uitbreiden** en zoekt daarvoor ruimte in de kern.\n\n"
            "- Huidige pand is te klein voor opslag\n- Personeel vinden blijft lastig\n"
            "- Tevreden over de bereikbaarheid",
            "Eerste kennismaking na de overname van het bedrijf. De nieuwe eigenaar kent de "
            "gemeente nog weinig en weet niet bij wie hij moet zijn.\n\n"
            "Afgesproken dat het ondernemersloket voortaan het **eerste aanspreekpunt** is.",
        ),
        (
            ("Overzicht van beschikbare bedrijfsruimte in de kern sturen", M),
            ("Ruimtebehoefte voor de komende vijf jaar op papier zetten", E),
        ),
    ),
    _Topic(
        "Terrasvergunning zomerseizoen",
        (Channel.VISIT, Channel.DESK, Channel.PHONE, Channel.EMAIL),
        (
            "De ondernemer wil het terras uitbreiden richting de stoep. Besproken wat de regels "
            "zijn: een **vrije doorloop van 1,5 meter** moet blijven.\n\n- Tekening van de "
            "nieuwe opstelling nodig\n- Afstemmen met de buren over geluid",
            "Vraag over de sluitingstijd van het terras in de zomermaanden. Uitgelegd dat de "
            "terrassen tot 23.00 uur open mogen, op vrijdag en zaterdag tot middernacht.",
        ),
        (
            ("Aanvraag terrasvergunning met tekening indienen via het omgevingsloket", E),
            ("Aanvraag binnen twee weken beoordelen en terugkoppelen", M),
        ),
    ),
    _Topic(
        "Parkeerdruk bij de winkels",
        (Channel.MEETING, Channel.VISIT, Channel.EMAIL),
        (
            "Klachten van klanten over de parkeerdruk op zaterdag. De ondernemers vragen om een "
            "**blauwe zone** en betere bewegwijzering naar het parkeerterrein.\n\n"
            "De gemeente neemt het mee in het parkeeronderzoek van dit jaar.",
        ),
        (
            ("Resultaten parkeeronderzoek delen met de winkeliersvereniging", M),
            ("Tellingen van klanten op zaterdag aanleveren", E),
        ),
    ),
    _Topic(
        "Uitbreiding bedrijfspand",
        _TALK,
        (
            "Plannen voor een aanbouw van circa 300 m² aan de achterzijde. Het bestemmingsplan "
            "laat dit **niet zonder meer** toe; een omgevingsvergunning met afwijking is nodig.\n\n"
            "- Vooroverleg aanvragen\n- Buren vroeg informeren",
            "Stand van zaken van de uitbreiding besproken. De architect heeft een schetsontwerp "
            "gemaakt; welstand heeft nog vragen over de gevel.",
        ),
        (
            ("Vooroverleg met team Vergunningen inplannen", M),
            ("Schetsontwerp en situatietekening aanleveren", E),
            ("Advies welstandscommissie opvragen", T),
        ),
    ),
    _Topic(
        "Energiebesparing en subsidie",
        (Channel.VISIT, Channel.PHONE, Channel.EMAIL, Channel.MEETING),
        (
            "De ondernemer wil zonnepanelen op het dak en de verlichting vervangen door led. "
            "Gewezen op de **regionale energiescan** voor mkb en de subsidiemogelijkheden.",
            "Vraag over de energiebesparingsplicht. Uitgelegd welke maatregelen verplicht zijn "
            "en dat de omgevingsdienst daarop controleert.",
        ),
        (
            ("Gratis energiescan aanvragen bij het Regionaal Energieloket", E),
            ("Contactgegevens subsidieadviseur doorsturen", M),
        ),
    ),
    _Topic(
        "Personeelstekort",
        (Channel.VISIT, Channel.MEETING, Channel.PHONE),
        (
            "Het bedrijf heeft drie vacatures die al maanden openstaan. Besproken: samenwerking "
            "met het **werkgeversservicepunt** en stageplekken voor het mbo.",
        ),
        (
            ("Ondernemer in contact brengen met het werkgeversservicepunt", M),
            ("Vacatures aanmelden bij het werkgeversservicepunt", E),
        ),
    ),
    _Topic(
        "Overlast rond de winkelstrip",
        (Channel.ROUND, Channel.PHONE, Channel.VISIT),
        (
            "Tijdens de ronde gesproken met de ondernemer over **hangjongeren** achter de winkels "
            "in de avond. Geen directe dreiging, wel zwerfafval en geluid.\n\n"
            "Handhaving loopt de komende weken 's avonds extra langs.",
            "Melding van de ondernemer over afval naast de containers. Ter plekke bekeken; de "
            "container van het bedrijf was vol en wordt vaker geleegd.",
        ),
        (
            ("Extra avondronde handhaving inplannen", M),
            ("Camerabeeld achterom controleren en bij overlast melden", E),
        ),
    ),
    _Topic(
        "Controle drank- en horecavergunning",
        (Channel.ROUND, Channel.VISIT),
        (
            "Tijdens de horecaronde de vergunning en het aanwezigheidsregister gecontroleerd. "
            "Alles **in orde**; de leidinggevende op de vergunning is nog dezelfde.",
            "Controle in de avond. De vergunning hing niet zichtbaar; de ondernemer heeft dit "
            "direct hersteld. Verder geen bijzonderheden.",
        ),
        (("Gewijzigde leidinggevende doorgeven aan de gemeente", E),),
    ),
    _Topic(
        "Bereikbaarheid tijdens wegwerkzaamheden",
        (Channel.MEETING, Channel.EMAIL, Channel.PHONE),
        (
            "Informatie over de herinrichting van de straat: de werkzaamheden duren naar "
            "verwachting **zes weken**. De ondernemer maakt zich zorgen over de omzet.\n\n"
            "- Omleiding wordt met borden aangegeven\n- Laden en lossen blijft 's ochtends mogelijk",
        ),
        (
            ("Planning van de werkzaamheden per fase toesturen", M),
            ("Tijdelijke bebording 'winkels bereikbaar' plaatsen", T),
        ),
    ),
    _Topic(
        "Evenementenvergunning",
        (Channel.DESK, Channel.EMAIL, Channel.PHONE, Channel.MEETING),
        (
            "De ondernemer organiseert een braderie en vraagt wat er nodig is. Uitgelegd dat "
            "een evenementenvergunning **acht weken** voor de datum binnen moet zijn.",
        ),
        (
            ("Aanvraag evenementenvergunning met veiligheidsplan indienen", E),
            ("Aanvraag doorzetten naar politie en brandweer voor advies", M),
        ),
    ),
    _Topic(
        "Bedrijfsovername en opvolging",
        (Channel.VISIT, Channel.MEETING),
        (
            "De eigenaar wil over twee jaar stoppen; er is nog geen opvolger. Gewezen op de "
            "begeleiding bij **bedrijfsoverdracht** van de Kamer van Koophandel.",
        ),
        (("Informatie bedrijfsoverdracht KvK toesturen", M), ("Gesprek met adviseur inplannen", E)),
    ),
    _Topic(
        "Reclame-uiting aan de gevel",
        (Channel.DESK, Channel.EMAIL, Channel.ROUND),
        (
            "Vraag of een lichtreclame aan de gevel mag. Uitgelegd dat de reclamenota van "
            "toepassing is; een **vergunning** is nodig boven 1 m².",
        ),
        (("Ontwerp van de lichtreclame met afmetingen sturen", E),),
    ),
    _Topic(
        "Bedrijfsafval en inzameling",
        (Channel.PHONE, Channel.EMAIL, Channel.DESK),
        (
            "Vraag over het scheiden van bedrijfsafval. Doorverwezen naar de afvalinzamelaar; "
            "de gemeente haalt geen bedrijfsafval op.",
        ),
        (),
    ),
    _Topic(
        "Vraag over het bestemmingsplan",
        (Channel.DESK, Channel.PHONE, Channel.EMAIL),
        (
            "De ondernemer wil een deel van het pand verhuren aan een kapper. Nagezocht in het "
            "omgevingsplan: **dienstverlening is toegestaan** op deze locatie.",
        ),
        (("Schriftelijke bevestiging van de bestemming sturen", M),),
    ),
    _Topic(
        "Glasvezel op het bedrijventerrein",
        (Channel.MEETING, Channel.EMAIL),
        (
            "Overleg met de ondernemersvereniging over de aanleg van glasvezel. Er is interesse "
            "bij **twaalf bedrijven**; de aanbieder wil vijftien aansluitingen.",
        ),
        (
            ("Vraagbundeling onder de overige bedrijven organiseren", T),
            ("Graafvergunning voor de aanbieder voorbereiden", M),
        ),
    ),
    _Topic(
        "Standplaats weekmarkt",
        (Channel.DESK, Channel.PHONE),
        ("Vraag naar een vaste standplaats op de weekmarkt. Er is een wachtlijst van drie maanden.",),
        (("Ondernemer op de wachtlijst voor de weekmarkt zetten", M),),
    ),
    _Topic(
        "Wateroverlast na hevige regen",
        (Channel.PHONE, Channel.VISIT, Channel.ROUND),
        (
            "Na de hoosbui stond de kelder van de winkel blank. Ter plekke gekeken: de **kolk** "
            "voor de deur was verstopt.\n\n- Kolk is inmiddels gereinigd\n- Riool wordt geïnspecteerd",
        ),
        (("Rioolinspectie in de straat laten uitvoeren", M),),
    ),
    _Topic(
        "Precario en reclamebelasting",
        (Channel.PHONE, Channel.EMAIL, Channel.DESK),
        (
            "Vraag over de aanslag precariobelasting voor het terras. Uitgelegd hoe de oppervlakte is bepaald.",
        ),
        (("Aanslag laten nakijken door team Belastingen", M),),
    ),
)

_DONE_NOTES = (
    "Afgehandeld; ondernemer telefonisch geïnformeerd.",
    "Gedaan en per e-mail bevestigd.",
    "Aanvraag is binnen en in behandeling genomen.",
    "Besproken tijdens het vervolggesprek; geen actie meer nodig.",
    "Stukken ontvangen en doorgestuurd.",
)
_DROPPED_NOTES = (
    "Vervallen: de ondernemer heeft van de plannen afgezien.",
    "Vervallen door de nieuwe regels; niet meer nodig.",
    "Ingehaald door een latere afspraak.",
)

# How often each channel is used.
_CHANNEL_WEIGHTS = {
    Channel.VISIT: 20,
    Channel.PHONE: 30,
    Channel.EMAIL: 25,
    Channel.DESK: 10,
    Channel.ROUND: 8,
    Channel.MEETING: 7,
}


class InteractionBuilder:
    """Makes the contact moments of each company as the register is generated.

    It has its own random generator (derived from the seed), so the register is the same
    whatever ``today`` is, and the same per company whatever the batch size.
    """

    def __init__(
        self,
        seed: int,
        today: date,
        staff: dict[Role, list[int]],
        next_interaction: int,
        next_agreement: int,
        total_companies: int,
    ) -> None:
        self.rng = random.Random(f"consultations-{seed}")
        self.today = today
        self.now = datetime.combine(today, time(17, 0), tzinfo=UTC)
        self.managers = staff.get(Role.BUSINESS_MANAGER, [])
        self.officials = staff.get(Role.OFFICIAL, []) or self.managers
        self.desk = staff.get(Role.DESK, []) or self.managers
        self.supervisors = staff.get(Role.SUPERVISOR, []) or self.managers
        self.next_interaction = next_interaction
        self.next_agreement = next_agreement
        self.busy_file = total_companies >= BUSY_FILE_MIN_COMPANIES
        self.interactions: list[dict[str, Any]] = []
        self.officials_present: list[dict[str, Any]] = []
        self.contacts_present: list[dict[str, Any]] = []
        self.agreements: list[dict[str, Any]] = []
        self.interaction_count = self.agreement_count = 0
        self.topics_by_channel = {
            channel: [t for t in _TOPICS if channel in t.channels] for channel in Channel
        }
        self._channels = list(_CHANNEL_WEIGHTS)
        self._channel_weights = list(_CHANNEL_WEIGHTS.values())

    def take(self) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
        """The rows made since the last call: interactions, officials, contacts, agreements."""
        rows = (self.interactions, self.officials_present, self.contacts_present, self.agreements)
        self.interactions, self.officials_present, self.contacts_present, self.agreements = [], [], [], []
        return rows

    # -- per company ------------------------------------------------------------------------

    def add_company(self, company: dict[str, Any], contact_ids: Sequence[int], index: int) -> None:
        """The history of one company; ``index`` is its position in the generated register."""
        if index == 0:
            self._zwaan(company, contact_ids)
            return
        rng = self.rng
        first_day = max(company["created_at"].date(), self.today - timedelta(days=HISTORY_DAYS))
        last_day = company["archived_at"].date() if company["archived_at"] else self.today
        span = (last_day - first_day).days
        if span <= 0:
            return
        if index == 1 and self.busy_file:
            count = BUSY_FILE_SIZE
        else:
            count = int(rng.expovariate(1 / MEAN_INTERACTIONS))
        manager = company["account_manager_id"]
        for _ in range(count):
            # Recent moments are more frequent than old ones.
            day = last_day - timedelta(days=int(span * rng.random() ** 1.5))
            channel = rng.choices(self._channels, weights=self._channel_weights)[0]
            topic = rng.choice(self.topics_by_channel[channel])
            self._moment(company["id"], day, channel, topic, manager, contact_ids)

    def _moment(
        self,
        company_id: int,
        day: date,
        channel: Channel,
        topic: _Topic,
        manager: int | None,
        contact_ids: Sequence[int],
    ) -> None:
        rng = self.rng
        at = datetime.combine(day, time(7 + rng.randrange(9), rng.choice((0, 15, 30, 45))), tzinfo=UTC)
        interaction_id = self._interaction(
            company_id, at, channel, topic.subject, rng.choice(topic.reports), rng.random() < 0.02
        )
        officials = self._officials(channel, manager)
        for user_id in officials:
            self.officials_present.append({"interaction_id": interaction_id, "user_id": user_id})
        if contact_ids and (channel is not Channel.ROUND or rng.random() < 0.5):
            present = 2 if channel in (Channel.VISIT, Channel.MEETING) and rng.random() < 0.3 else 1
            for contact_id in rng.sample(list(contact_ids), min(present, len(contact_ids))):
                self.contacts_present.append({"interaction_id": interaction_id, "contact_id": contact_id})
        roll = rng.random()
        wanted = 0 if roll < 0.78 else 1 if roll < 0.95 else 2
        for description, responsible in rng.sample(topic.agreements, min(wanted, len(topic.agreements))):
            assignee = officials[0] if responsible is not M or manager is None else manager
            due = day + timedelta(days=rng.randint(7, 90)) if rng.random() < 0.9 else None
            status, closed_on, note = self._fate(day, due)
            self._agreement(
                interaction_id,
                company_id,
                at,
                description,
                responsible,
                assignee,
                due,
                status,
                closed_on,
                note,
            )

    def _officials(self, channel: Channel, manager: int | None) -> list[int]:
        rng = self.rng
        if channel is Channel.DESK:
            first = rng.choice(self.desk)
        elif channel is Channel.ROUND:
            first = rng.choice(self.supervisors)
        elif manager is not None and rng.random() < 0.75:
            first = manager
        else:
            first = rng.choice(self.managers)
        officials = [first]
        if channel in (Channel.VISIT, Channel.MEETING) and rng.random() < 0.25:
            second = rng.choice(self.officials)
            if second != first:
                officials.append(second)
        return officials

    def _fate(self, day: date, due: date | None) -> tuple[AgreementStatus, date | None, str | None]:
        """What became of an agreement made on ``day``: its status, closing date and note."""
        rng = self.rng
        reference = due or day + timedelta(days=45)
        late = (self.today - reference).days
        roll = rng.random()
        table: tuple[tuple[float, AgreementStatus], ...]
        if late > 730:  # two years on, everything has been dealt with one way or another
            table = ((0.88, AgreementStatus.DONE), (1.0, AgreementStatus.DROPPED))
        elif late > 30:
            table = (
                (0.82, AgreementStatus.DONE),
                (0.92, AgreementStatus.DROPPED),
                (0.97, AgreementStatus.OPEN),
            )
        elif late > 0:
            table = (
                (0.35, AgreementStatus.DONE),
                (0.40, AgreementStatus.DROPPED),
                (0.80, AgreementStatus.OPEN),
            )
        else:
            table = (
                (0.10, AgreementStatus.DONE),
                (0.12, AgreementStatus.DROPPED),
                (0.75, AgreementStatus.OPEN),
            )
        status = next((s for limit, s in table if roll < limit), AgreementStatus.IN_PROGRESS)
        if status is AgreementStatus.DONE:
            closed = min(self.today, reference + timedelta(days=rng.randint(-20, 10)))
            return status, max(closed, day), rng.choice(_DONE_NOTES)
        if status is AgreementStatus.DROPPED:
            closed = min(self.today, reference + timedelta(days=rng.randint(0, 30)))
            return status, max(closed, day), rng.choice(_DROPPED_NOTES)
        return status, None, None

    # -- rows -------------------------------------------------------------------------------

    def _interaction(
        self, company_id: int, at: datetime, channel: Channel, subject: str, report: str, confidential: bool
    ) -> int:
        interaction_id = self.next_interaction
        self.next_interaction += 1
        self.interaction_count += 1
        self.interactions.append(
            {
                "id": interaction_id,
                "company_id": company_id,
                "occurred_at": at,
                "channel": channel,
                "subject": subject,
                "report": report,
                "confidential": confidential,
                "archived_at": None,
                "version": 1,
                "created_at": at,
                "updated_at": at,
                "updated_by_id": None,
            }
        )
        return interaction_id

    def _agreement(
        self,
        interaction_id: int,
        company_id: int,
        at: datetime,
        description: str,
        responsible: Responsible,
        assignee: int | None,
        due: date | None,
        status: AgreementStatus,
        closed_on: date | None,
        note: str | None,
    ) -> None:
        agreement_id = self.next_agreement
        self.next_agreement += 1
        self.agreement_count += 1
        updated = datetime.combine(closed_on, time(15, 0), tzinfo=UTC) if closed_on else at
        self.agreements.append(
            {
                "id": agreement_id,
                "interaction_id": interaction_id,
                "company_id": company_id,
                "description": description,
                "responsible": responsible,
                "assignee_id": assignee,
                "due_date": due,
                "status": status,
                "status_note": note,
                "closed_on": closed_on,
                "version": 1 if closed_on is None else 2,
                "created_at": at,
                "updated_at": max(updated, at),
                "updated_by_id": None,
            }
        )

    def _zwaan(self, company: dict[str, Any], contact_ids: Sequence[int]) -> None:
        """Café De Zwaan's fixed history (see the module docstring); no randomness."""
        today = self.today
        manager = company["account_manager_id"]
        jan = list(contact_ids[:1])
        history = (
            (
                today - timedelta(days=900),
                Channel.VISIT,
                "Kennismakingsgesprek",
                "Kennisgemaakt met **Jan de Vries**, sinds 2012 eigenaar van Café De Zwaan. Het café "
                "draait goed; in de zomer is het terras de helft van de omzet.\n\n"
                "- Wil op termijn de bovenverdieping als zaal gebruiken\n"
                "- Vraagt aandacht voor het parkeren op het Noordereinde",
                (("Informatie over gebruik bovenverdieping als zaal sturen", M, 14, AgreementStatus.DONE),),
            ),
            (
                today - timedelta(days=400),
                Channel.PHONE,
                "Geluidsklacht buren",
                "Jan belde over een klacht van de buren over muziek op het terras. Afgesproken dat "
                "de muziek buiten om 22.00 uur uit gaat.",
                (("Buren informeren over de gemaakte afspraak", E, 7, AgreementStatus.DONE),),
            ),
            (
                today - timedelta(days=60),
                Channel.DESK,
                "Vraag over de sluitingstijden",
                "Jan vroeg aan de balie of het café tijdens de kermis langer open mag. Dat mag tot "
                "02.00 uur met een ontheffing.",
                (),
            ),
            (
                today - timedelta(days=24),
                Channel.VISIT,
                "Terrasvergunning zomerseizoen",
                "Jan wil het terras volgend seizoen **uitbreiden** tot aan de lindeboom. Besproken "
                "dat een vrije doorloop van 1,5 meter moet blijven.\n\n"
                "- Tekening van de nieuwe opstelling volgt\n"
                "- Buren worden vooraf geïnformeerd",
                (
                    ("Aanvraag terrasvergunning met tekening indienen", E, 14, AgreementStatus.OPEN),
                    ("Aanvraag binnen twee weken beoordelen", M, 27, AgreementStatus.OPEN),
                ),
            ),
        )
        for day, channel, subject, report, agreements in history:
            at = datetime.combine(day, time(9, 30), tzinfo=UTC)
            interaction_id = self._interaction(company["id"], at, channel, subject, report, False)
            if manager is not None:
                self.officials_present.append({"interaction_id": interaction_id, "user_id": manager})
            for contact_id in jan:
                self.contacts_present.append({"interaction_id": interaction_id, "contact_id": contact_id})
            for description, responsible, days, status in agreements:
                due = day + timedelta(days=days)
                done = status is AgreementStatus.DONE
                self._agreement(
                    interaction_id,
                    company["id"],
                    at,
                    description,
                    responsible,
                    manager,
                    due,
                    status,
                    due if done else None,
                    _DONE_NOTES[0] if done else None,
                )
