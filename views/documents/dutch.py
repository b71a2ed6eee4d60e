"""Dutch words and dates for the PDFs, without Qt.

Why not ``views.common.text`` (Qt's translator and ``QLocale``)? The documents are made from the
command line and from worker threads too, where no translator may be installed, and a PDF
is always a Dutch document: it is sent to Dutch entrepreneurs and filed in a Dutch
archive, whatever language the official's screen speaks. So the few domain words a PDF
needs are mapped here, keyed by the enums themselves; ``tests/views/test_pdf.py`` checks
that every member has its word, so a new channel or status cannot slip through in English.
"""

from __future__ import annotations

from datetime import date, datetime

from models.ambitions.entities import ActionStatus
from models.companies.entities import AreaKind, EstablishmentStatus
from models.consultations.entities import AgreementStatus, Channel, Responsible
from models.signals.entities import SignalStatus

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
# The abbreviations of the Dutch style guides (Taaladvies), for narrow table columns.
SHORT_MONTHS = ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")

CHANNEL = {
    Channel.VISIT: "bezoek",
    Channel.PHONE: "telefoon",
    Channel.EMAIL: "e-mail",
    Channel.DESK: "balie",
    Channel.ROUND: "ronde",
    Channel.MEETING: "overleg",
}
RESPONSIBLE = {
    Responsible.MUNICIPALITY: "gemeente",
    Responsible.ENTREPRENEUR: "ondernemer",
    Responsible.THIRD_PARTY: "derde",
}
AGREEMENT_STATUS = {
    AgreementStatus.OPEN: "open",
    AgreementStatus.IN_PROGRESS: "in uitvoering",
    AgreementStatus.DONE: "afgerond",
    AgreementStatus.DROPPED: "vervallen",
}
SIGNAL_STATUS = {
    SignalStatus.REPORTED: "gemeld",
    SignalStatus.HANDLING: "in behandeling",
    SignalStatus.SCHEDULED: "ingepland",
    SignalStatus.DONE: "afgehandeld",
    SignalStatus.REOPENED: "heropend",
    SignalStatus.CANCELLED: "geannuleerd",
}
ACTION_STATUS = {
    ActionStatus.PLANNED: "gepland",
    ActionStatus.IN_PROGRESS: "in uitvoering",
    ActionStatus.DONE: "afgerond",
    ActionStatus.DROPPED: "vervallen",
}
ESTABLISHMENT_STATUS = {
    EstablishmentStatus.ACTIVE: "actief",
    EstablishmentStatus.MOVED: "verhuisd",
    EstablishmentStatus.CLOSED: "gesloten",
}
AREA_KIND = {
    AreaKind.KERN: "kern",
    AreaKind.SHOPPING: "winkelgebied",
    AreaKind.BUSINESS_PARK: "bedrijventerrein",
    AreaKind.NATURE: "natuurgebied",
}
# Contact roles are free text; the ones the form offers are stored as English source labels.
CONTACT_ROLE = {
    "owner": "eigenaar",
    "director": "directeur",
    "manager": "bedrijfsleider",
    "secretary": "secretaris",
    "bookkeeper": "boekhouder",
    "employee": "medewerker",
}


def dutch_date(value: date | None, *, short: bool = False) -> str:
    """``22 november 2026``, or ``22 nov. 2026`` with ``short``; empty for no date."""
    if value is None:
        return ""
    months = SHORT_MONTHS if short else MONTHS
    return f"{value.day} {months[value.month - 1]} {value.year}"


def local(value: datetime) -> datetime:
    """A stored moment (UTC) in this computer's time zone; a naive one is taken as it is."""
    return value.astimezone() if value.tzinfo is not None else value


def dutch_time(value: datetime) -> str:
    """``14.05 uur``: the Dutch way of writing a time in a letter."""
    moment = local(value)
    return f"{moment.hour}.{moment.minute:02d} uur"


def dutch_datetime(value: datetime | None, *, short: bool = False) -> str:
    """``22 november 2026, 14.05 uur``."""
    if value is None:
        return ""
    moment = local(value)
    return f"{dutch_date(moment.date(), short=short)}, {dutch_time(moment)}"


def contact_role(role: str | None) -> str:
    if not role:
        return ""
    return CONTACT_ROLE.get(role, role)


def count(n: int, one: str, many: str) -> str:
    """``1 afspraak``, ``3 afspraken``."""
    return f"{n} {one if n == 1 else many}"
