"""Demo data: a believable business register of one municipality, Gemeente Wijdemeren.

Why it exists: screenshots, training sessions and the performance benchmark need a
database that looks like a real back office (villages, shopping streets, business parks,
lakes with marinas, bakers, cafés and builders) at any size, from 200 companies for a test
to 250,000 for a benchmark. ``generate`` fills an empty database with it.

What is always there, so tests, manuals and screenshots can rely on it: the first company
is **Café De Zwaan** (Noordereinde 12, 1243 JJ 's-Graveland, KvK 69599084, SBI 5630 Cafés,
vestigingsnummer 000037211485), with contact person **Jan de Vries** (owner). No other
company, street or person contains the word "zwaan", so searching for it finds exactly one
company.

Deterministic: the same seed on the same (empty) database gives byte-identical rows, on
SQLite and PostgreSQL alike. Everything comes from one ``random.Random(seed)``; timestamps
are a fixed base moment (``BASE_TIME``, UTC) minus random amounts, never the clock. The
batch size does not change the data.

Fast: rows are written in batches (SQLAlchemy Core executemany; COPY on PostgreSQL), with
ids assigned here so that establishments, contacts and search documents refer to their
company without a round trip. The search index is written in the same batches
(``search.document`` and ``search.write_documents``), since a company that is not in the
index cannot be found.

Years of contact moments and agreements around the companies are made alongside them, in
the same batches: see ``models.tools.demo_consultations`` (they are placed relative to the day the
demo is made, so its agreements are always current).

One transaction: all batches run in a single transaction and are committed at the end, so
a cancelled or failed run leaves the database exactly as it was (nothing half-generated to
clean up). The price: on SQLite other writers wait (and time out) until the run is done;
readers are not blocked (WAL). Bulk rows bypass the ORM and therefore the audit trail: the
demo data simply has no history (on a server, the owner's session tells the audit triggers so:
``models.server.audit.without_trail``). Officials, areas and sectors already present are kept
(ids continue after them); PostgreSQL sequences are moved past the ids used here, and both
databases get fresh planner statistics (ANALYZE) afterwards.

Why one module of over a thousand lines: most of it is data, not logic (the kernen with
their streets and postcodes, shopping streets, business parks, the sector table with its
legal forms and trade-name patterns, first names and surnames), and the one builder that walks
it must see all of it to keep the ids and the random sequence deterministic. The other kinds
of demo data (interactions, signals, rounds, the desk, the ambition plan) have modules of
their own beside it.
"""

from __future__ import annotations

import math
import random
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from models.companies import search
from models.companies.entities import (
    CONTACT_ROLES,
    Area,
    AreaKind,
    Company,
    CompanyContact,
    Contact,
    Establishment,
    EstablishmentStatus,
    Sector,
)
from models.consultations.entities import (
    OPEN_STATUSES,
    Agreement,
    Interaction,
    InteractionContact,
    InteractionOfficial,
    Responsible,
)
from models.db import Database
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.server import audit as server_audit
from models.team.entities import Role, User
from models.team.identity import Identity, save_identity, stored_identity
from models.text import fold
from models.tools import demo_ambitions, demo_desk, demo_rounds, demo_signals
from models.tools.bulk import bulk_insert
from models.tools.demo_consultations import InteractionBuilder

BASE_TIME = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
MUNICIPALITY_DOMAIN = "wijdemeren.nl"
DEFAULT_BATCH = 5_000
# The demo's letterhead, set only when the administrator has not set one yet (a fresh
# installation otherwise prints the neutral "not set up yet" identity).
DEMO_IDENTITY = Identity(
    name="Gemeente Wijdemeren",
    address="Rading 1\n1231 KB Loosdrecht",
    phone="035 655 9511",
    website="www.wijdemeren.nl",
    email=f"ondernemersloket@{MUNICIPALITY_DOMAIN}",
)

# The well-known first company (see the module docstring).
ZWAAN_NAME = "Café De Zwaan"
ZWAAN_KVK = "69599084"
ZWAAN_ESTABLISHMENT = "000037211485"


@dataclass(frozen=True, kw_only=True)
class DemoSummary:
    """How many rows of each kind were generated, and how long it took."""

    users: int
    areas: int
    sectors: int
    companies: int
    establishments: int
    contacts: int
    interactions: int
    agreements: int
    seconds: float


# -- the municipality -----------------------------------------------------------------------

# Where a sector is found: in the kern itself, or preferably in a child area of some kind.
SHOP, INDUSTRY, WATER, RURAL, ANYWHERE = "shop", "industry", "water", "rural", "anywhere"
_PREFERRED_KIND = {
    SHOP: (AreaKind.SHOPPING, 0.65),
    INDUSTRY: (AreaKind.BUSINESS_PARK, 0.65),
    WATER: (AreaKind.NATURE, 0.6),
    RURAL: (AreaKind.NATURE, 0.3),
}


@dataclass(frozen=True)
class _Child:
    name: str
    kind: AreaKind
    streets: tuple[str, ...]


@dataclass(frozen=True)
class _Kern:
    name: str
    city: str
    postcodes: tuple[str, ...]  # the 4-digit part(s) PostNL uses for this kern
    area_code: str  # telephone area code without the leading 0
    weight: int  # share of the companies, roughly by population
    places: tuple[str, ...]  # how a company name refers to the place
    streets: tuple[str, ...]  # streets outside the child areas
    children: tuple[_Child, ...]
    start: int = 0  # first letter pair of the first street, e.g. "JJ" for Noordereinde


KERNEN: tuple[_Kern, ...] = (
    _Kern(
        "'s-Graveland",
        "'s-Graveland",
        ("1243",),
        "35",
        13,
        ("'s-Graveland",),
        ("Noordereinde", "Kininelaan", "Gooilaan", "Kerklaan", "Noorderheul", "Oud-Bussumerweg"),
        (
            _Child("Winkelstrip Noordereinde", AreaKind.SHOPPING, ("Noordereinde", "Leeuwenlaan")),
            _Child(
                "Bedrijventerrein 's-Graveland-Zuid",
                AreaKind.BUSINESS_PARK,
                ("Zuidereinde", "Nijverheidsweg"),
            ),
            _Child(
                "Buitenplaatsen 's-Graveland",
                AreaKind.NATURE,
                ("Spanderswoudlaan", "Trompenburgerlaan", "Boekesteynlaan", "Zuidereinde"),
            ),
        ),
        start=243,  # "JJ": Noordereinde 1-20 is 1243 JJ, the address of Café De Zwaan
    ),
    _Kern(
        "Ankeveen",
        "Ankeveen",
        ("1244",),
        "35",
        6,
        ("Ankeveen",),
        ("Stichts End", "Kerkelanden", "Prinses Julianaweg", "Graaf Florisweg"),
        (
            _Child("Dorpskern Ankeveen", AreaKind.SHOPPING, ("Stichts End",)),
            _Child("Ankeveense Plassen", AreaKind.NATURE, ("Herenweg", "Ankeveensepad")),
            _Child("Naardermeer-rand", AreaKind.NATURE, ("Cannenburgerweg", "Noorderweg")),
        ),
    ),
    _Kern(
        "Kortenhoef",
        "Kortenhoef",
        ("1241",),
        "35",
        22,
        ("Kortenhoef",),
        ("Meentweg", "Curtevenne", "Oranjelaan", "Beatrixlaan", "Koninginneweg", "Emmaweg", "Reigerlaan"),
        (
            _Child("Winkelcentrum Kortenhoef", AreaKind.SHOPPING, ("Kerklaan", "Kortenhoefsedijk")),
            _Child("Bedrijventerrein De Zuwe", AreaKind.BUSINESS_PARK, ("Zuwe", "Ambachtsweg", "Zuidsingel")),
            _Child("Kortenhoefse Plassen", AreaKind.NATURE, ("Moleneind", "Suikerpot")),
        ),
    ),
    _Kern(
        "Oud-Loosdrecht",
        "Loosdrecht",
        ("1231",),
        "35",
        12,
        ("Loosdrecht", "Oud-Loosdrecht"),
        ("Kievitsweg", "Bloklaan", "Laan van Eikenstein", "Ter Sype"),
        (
            _Child("Dorpskern Oud-Loosdrecht", AreaKind.SHOPPING, ("Oud-Loosdrechtsedijk", "Kerkstraat")),
            _Child(
                "Loosdrechtse Plassen", AreaKind.NATURE, ("Oud-Loosdrechtsedijk", "Mijnden", "Jachthavenweg")
            ),
        ),
    ),
    _Kern(
        "Nieuw-Loosdrecht",
        "Loosdrecht",
        ("1232",),
        "35",
        24,
        ("Loosdrecht", "Nieuw-Loosdrecht"),
        ("Eikenlaan", "Lindelaan", "Beukenlaan", "Kastanjelaan", "Horndijk", "Muyeveld", "Van Ostadelaan"),
        (
            _Child("Winkelcentrum Rading", AreaKind.SHOPPING, ("Rading", "Nieuw-Loosdrechtsedijk")),
            _Child(
                "Bedrijventerrein Loosdrecht-Noord", AreaKind.BUSINESS_PARK, ("Korte Kade", "Tjalk", "Schouw")
            ),
            _Child("Loenderveense Plas", AreaKind.NATURE, ("Veenkade", "Loenderveenseweg")),
        ),
    ),
    _Kern(
        "Nederhorst den Berg",
        "Nederhorst den Berg",
        ("1394",),
        "294",
        20,
        ("Nederhorst den Berg", "Den Berg"),
        ("Voordijk", "Slotlaan", "Googweg", "Overmeerseweg", "Meentlaan", "Vreelandseweg"),
        (
            _Child("Dorpscentrum Nederhorst den Berg", AreaKind.SHOPPING, ("Kerkstraat", "Dammerweg")),
            _Child("Bedrijventerrein Horstermeer", AreaKind.BUSINESS_PARK, ("Middenweg", "Randweg")),
            _Child("Spiegel- en Blijkpolderplas", AreaKind.NATURE, ("Blijklaan", "Eilandseweg")),
        ),
    ),
    _Kern(
        "Breukeleveen",
        "Breukeleveen",
        ("3625",),
        "35",
        2,
        ("Breukeleveen",),
        ("Herenweg", "Dwarsweg"),
        (_Child("Breukeleveense Plas", AreaKind.NATURE, ("Herenweg", "Scheendijk")),),
    ),
)

# -- sectors and how their companies are called -----------------------------------------------

# Name patterns: {S} a surname ("Van Dijk"), {F} a first name, {P} the place, {N} a name from
# the sector's list of evocative names.
_HORECA = (
    "De Eendracht", "'t Hoekje", "De Witte Brug", "Het Wapen van {P}", "'t Veerhuis", "De Otter",
    "De Reiger", "De Kievit", "Het Anker", "De Roerdomp", "De Lindeboom", "De Vriendschap",
    "'t Trefpunt", "De Gouden Karper", "De Sluis", "Het Rechthuis", "'t Schippertje", "De Fuut",
    "Bij Anné", "Chez Noël", "Het Oude Raadhuis", "De Molen", "Zonnehoek", "De Vergulde Hand",
)  # fmt: skip
_WATER = (
    "De Plashoeve", "Het Rietland", "De Legakker", "De Vijf Plassen", "Het Kievitsnest", "De Meerkoet",
    "Waterland", "De Waterlelie", "Het Zwarte Water", "De Drie Eilanden", "Plashaven", "'t Hemeltje",
    "De Strook", "Wijdemeren", "De Hoge Kade", "Porto Loosdrecht",
)  # fmt: skip
_GREEN = (
    "De Groene Vinger", "Het Groene Hart", "De Buxus", "Tuinlust", "De Lindeboom", "De Boterbloem",
    "Het Gooi", "De Hortensia", "De Beukenhaag", "Groen & Zo", "De Hovenier",
)  # fmt: skip
_GENERIC = (
    "De Eendracht", "'t Hoekje", "De Toekomst", "Het Gooi", "De Vecht", "Morgenrood", "De Linde",
    "Het Zonnetje", "De Molen", "De Plassen", "Oostereind", "De Horstermeer", "Vecht & Plas",
    "Het Ambacht", "De Brug", "Crème de la Crème", "Noorderlicht",
)  # fmt: skip


@dataclass(frozen=True)
class _SectorSpec:
    code: str
    name: str
    weight: int
    place: str
    legal: str  # which table of legal forms applies
    patterns: tuple[str, ...]
    noun: str  # used in a legal name: "Van Dijk Bakkerij B.V."
    names: tuple[str, ...] = _GENERIC
    size: float = 1.0  # scales the number of employees


SECTORS: tuple[_SectorSpec, ...] = (
    _SectorSpec("0113", "Teelt van groenten, wortel- en knolgewassen", 1, RURAL, "farm",
                ("Kwekerij {S}", "Tuinderij {N}", "Groentekwekerij {P}"), "Kwekerij", _GREEN),
    _SectorSpec("0141", "Fokken en houden van melkvee", 2, RURAL, "farm",
                ("Melkveebedrijf {S}", "Boerderij {N}", "Veehouderij {S}", "Zuivelboerderij {N}"),
                "Melkveebedrijf", _WATER),
    _SectorSpec("1071", "Brood- en banketbakkerijen", 2, SHOP, "default",
                ("Bakkerij {S}", "Warme Bakker {S}", "Banketbakkerij {S}", "Bakkerij {N}", "Pâtisserie {F}"),
                "Bakkerij"),
    _SectorSpec("1392", "Vervaardiging van textielwaren (geen kleding)", 1, WATER, "default",
                ("Zeilmakerij {P}", "Zeilmakerij {S}", "Bootkussens {S}", "Zeil- en Tuigerij {N}"),
                "Zeilmakerij", _WATER),
    _SectorSpec("3012", "Bouw van sport- en recreatievaartuigen", 1, WATER, "default",
                ("Jachtbouw {S}", "Scheepswerf {P}", "Jachtwerf {N}", "Sloepenbouw {S}"), "Jachtbouw", _WATER,
                size=2.0),
    _SectorSpec("3109", "Vervaardiging van overige meubels", 1, INDUSTRY, "default",
                ("Meubelmakerij {S}", "Houtwerk {S}", "Interieurbouw {N}"), "Meubelmakerij"),
    _SectorSpec("3315", "Reparatie en onderhoud van schepen", 2, WATER, "default",
                ("Jachtservice {S}", "Botenservice {P}", "Watersportservice {N}", "Motorenservice {S}"),
                "Jachtservice", _WATER),
    _SectorSpec("4120", "Algemene burgerlijke en utiliteitsbouw", 6, INDUSTRY, "default",
                ("Bouwbedrijf {S}", "Aannemersbedrijf {S}", "{S} Bouw", "Bouwbedrijf {P}", "{S} & Zn. Bouw"),
                "Bouw", size=2.0),
    _SectorSpec("4321", "Elektrotechnische bouwinstallatie", 3, INDUSTRY, "default",
                ("{S} Elektrotechniek", "Elektrobedrijf {S}", "Installatiebureau {P}"), "Elektrotechniek"),
    _SectorSpec("4322", "Loodgieters- en fitterswerk; installatie van sanitair en van verwarmings- en "
                "luchtbehandelingsapparatuur", 3, INDUSTRY, "default",
                ("{S} Installatietechniek", "Loodgietersbedrijf {S}", "Installatiebedrijf {N}"),
                "Installatietechniek"),
    _SectorSpec("4332", "Bouwtimmeren", 3, INDUSTRY, "default",
                ("Timmerbedrijf {S}", "Klussenbedrijf {F}", "Timmerwerken {S}"), "Timmerbedrijf"),
    _SectorSpec("4334", "Schilderen en glaszetten", 3, INDUSTRY, "default",
                ("Schildersbedrijf {S}", "{S} Schilderwerken", "Schildersbedrijf {P}"), "Schilderwerken"),
    _SectorSpec("4391", "Dakbouw", 1, INDUSTRY, "default",
                ("Dakdekkersbedrijf {S}", "{S} Dakwerken"), "Dakwerken"),
    _SectorSpec("4511", "Handel in en reparatie van personenauto's en lichte bedrijfsauto's", 2, INDUSTRY,
                "default", ("Autobedrijf {S}", "Autobedrijf {P}", "Garage {N}", "{S} Auto's"), "Autobedrijf"),
    _SectorSpec("4520", "Gespecialiseerde reparatie van auto's", 1, INDUSTRY, "default",
                ("Garage {S}", "Autoservice {P}", "Bandenservice {S}"), "Garage"),
    _SectorSpec("4711", "Supermarkten en dergelijke", 1, SHOP, "default",
                ("Supermarkt {P}", "Buurtsuper {S}", "Dorpswinkel {N}"), "Supermarkt", size=4.0),
    _SectorSpec("4721", "Winkels in aardappelen, groenten en fruit", 1, SHOP, "default",
                ("Groente & Fruit {S}", "Groentehandel {F}", "Versmarkt {N}"), "Groentehandel"),
    _SectorSpec("4722", "Winkels in vlees en vleeswaren", 1, SHOP, "default",
                ("Slagerij {S}", "Keurslager {S}", "Slagerij {N}"), "Slagerij"),
    _SectorSpec("4723", "Winkels in vis", 1, SHOP, "default",
                ("Vishandel {S}", "Viskraam {N}", "Visspeciaalzaak {P}"), "Vishandel", _WATER),
    _SectorSpec("4761", "Winkels in boeken", 1, SHOP, "default",
                ("Boekhandel {P}", "Boekhandel {N}", "Boek & Kantoor {S}"), "Boekhandel"),
    _SectorSpec("4771", "Winkels in kleding", 2, SHOP, "default",
                ("Modehuis {S}", "Boutique {F}", "Mode {N}"), "Modehuis"),
    _SectorSpec("4773", "Apotheken", 1, SHOP, "care", ("Apotheek {P}", "Apotheek {N}"), "Apotheek"),
    _SectorSpec("4776", "Winkels in bloemen, planten, zaden en kunstmest; kleine huisdieren en "
                "dierbenodigdheden", 1, SHOP, "default",
                ("Bloemenhuis {F}", "Bloembinderij {N}", "Tuincentrum {P}", "Bloemen {S}"), "Bloemenhuis",
                _GREEN),
    _SectorSpec("4791", "Detailhandel via internet", 2, ANYWHERE, "default",
                ("Webwinkel {N}", "{S} Online", "{F}'s Webshop"), "Webwinkel"),
    _SectorSpec("4941", "Goederenvervoer over de weg (geen verhuizingen)", 2, INDUSTRY, "default",
                ("Transportbedrijf {S}", "{S} Transport", "Koeriersdienst {P}"), "Transport", size=2.0),
    _SectorSpec("5510", "Hotels", 1, WATER, "default",
                ("Hotel {N}", "Hotel {P}", "Hotel-Restaurant {N}"), "Hotel", _WATER, size=3.0),
    _SectorSpec("5520", "Vakantieverblijven", 2, RURAL, "default",
                ("B&B {N}", "Bed & Breakfast {N}", "Vakantiehuisjes {N}"), "Vakantieverblijven", _WATER),
    _SectorSpec("5530", "Kampeerterreinen", 1, WATER, "default",
                ("Camping {N}", "Minicamping {N}", "Recreatiepark {P}"), "Camping", _WATER),
    _SectorSpec("5610", "Restaurants", 4, SHOP, "default",
                ("Restaurant {N}", "Brasserie {N}", "Eetcafé {N}", "Crêperie {N}", "Lunchroom {N}",
                 "Visrestaurant {N}", "Restaurant {P}"), "Restaurant", _HORECA, size=2.0),
    _SectorSpec("5621", "Eventcatering", 1, ANYWHERE, "default",
                ("Catering {S}", "{F} Catering", "Partyservice {P}"), "Catering"),
    _SectorSpec("5630", "Cafés", 3, SHOP, "default",
                ("Café {N}", "Grand Café {N}", "Café {P}", "Bar {N}"), "Café", _HORECA),
    _SectorSpec("6201", "Ontwikkelen, produceren en uitgeven van software", 3, ANYWHERE, "default",
                ("{S} Software", "{S} IT", "Webbureau {N}", "{N} Digital"), "Software"),
    _SectorSpec("6831", "Bemiddeling bij handel, huur en verhuur van onroerend goed", 2, SHOP, "default",
                ("Makelaardij {P}", "{S} Makelaars", "Makelaardij {S}"), "Makelaardij"),
    _SectorSpec("6910", "Rechtskundige dienstverlening", 1, ANYWHERE, "care",
                ("Advocatenkantoor {S}", "Notariskantoor {P}", "{S} Advocaten"), "Advocatenkantoor"),
    _SectorSpec("6920", "Administratiekantoren", 3, ANYWHERE, "default",
                ("Administratiekantoor {S}", "{S} Administratie", "Boekhoudkantoor {P}"),
                "Administratiekantoor"),
    _SectorSpec("7022", "Organisatie-adviesbureaus", 4, ANYWHERE, "default",
                ("{S} Advies", "Adviesbureau {N}", "{F} {S} Consultancy"), "Advies"),
    _SectorSpec("7111", "Architecten", 1, ANYWHERE, "default",
                ("Architectenbureau {S}", "{S} Architecten"), "Architecten"),
    _SectorSpec("7410", "Industrieel ontwerp en vormgeving", 2, ANYWHERE, "default",
                ("Studio {N}", "Ontwerpbureau {S}", "{F} Grafisch Ontwerp"), "Ontwerp"),
    _SectorSpec("7500", "Veterinaire dienstverlening", 1, ANYWHERE, "care",
                ("Dierenartsenpraktijk {P}", "Dierenkliniek {N}"), "Dierenartsenpraktijk", _GREEN),
    _SectorSpec("7721", "Verhuur van sport- en recreatieartikelen", 1, WATER, "default",
                ("Bootverhuur {P}", "Sloepverhuur {N}", "Kano- en Bootverhuur {S}"), "Bootverhuur", _WATER),
    _SectorSpec("8121", "Algemene reiniging van gebouwen", 1, ANYWHERE, "default",
                ("Schoonmaakbedrijf {S}", "Glazenwasserij {S}", "Schoonmaakservice {P}"), "Schoonmaak",
                size=3.0),
    _SectorSpec("8130", "Landschapsverzorging", 3, RURAL, "default",
                ("Hoveniersbedrijf {S}", "Hoveniersbedrijf {N}", "Tuinaanleg {S}", "{S} Groenvoorziening"),
                "Hoveniersbedrijf", _GREEN),
    _SectorSpec("8553", "Autorijscholen", 1, ANYWHERE, "default",
                ("Rijschool {S}", "Autorijschool {P}", "Rijschool {F}"), "Rijschool"),
    _SectorSpec("8621", "Huisartsenpraktijken", 1, SHOP, "care",
                ("Huisartsenpraktijk {P}", "Huisartsenpraktijk {S}"), "Huisartsenpraktijk"),
    _SectorSpec("8623", "Tandartspraktijken", 1, SHOP, "care",
                ("Tandartspraktijk {P}", "Tandartspraktijk {S}", "Mondzorg {N}"), "Tandartspraktijk"),
    _SectorSpec("8891", "Kinderopvang", 1, ANYWHERE, "foundation",
                ("Kinderopvang {N}", "Kinderdagverblijf {N}", "Buitenschoolse Opvang {P}"), "Kinderopvang",
                _GREEN, size=2.0),
    _SectorSpec("9311", "Exploitatie van sportaccommodaties", 1, ANYWHERE, "foundation",
                ("Sportpark {P}", "Tennispark {N}", "Manege {N}"), "Sportaccommodatie", _GREEN),
    _SectorSpec("9312", "Sportclubs", 1, ANYWHERE, "club",
                ("Voetbalvereniging {P}", "Tennisvereniging {P}", "Zeilvereniging {P}", "Roeivereniging {N}",
                 "Hockeyclub {P}"), "Sportclub", _WATER),
    _SectorSpec("9313", "Fitnesscentra", 1, SHOP, "default",
                ("Fitness {P}", "Sportschool {S}", "Personal Training {F}"), "Fitness"),
    _SectorSpec("9329", "Overige recreatie", 2, WATER, "default",
                ("Jachthaven {N}", "Jachthaven {P}", "Watersportcentrum {N}", "Recreatiecentrum {N}"),
                "Jachthaven", _WATER),
    _SectorSpec("9602", "Kappers en schoonheidsverzorging", 4, SHOP, "default",
                ("Kapsalon {F}", "Haarstudio {N}", "Schoonheidssalon {F}", "Kapsalon {N}", "Barbershop {P}"),
                "Kapsalon"),
)  # fmt: skip

# Legal forms (entities.LEGAL_FORMS) and how often each occurs, per kind of sector.
_LEGAL_WEIGHTS: dict[str, tuple[tuple[str, int], ...]] = {
    "default": (
        ("Eenmanszaak", 450),
        ("Besloten vennootschap", 340),
        ("Vennootschap onder firma", 150),
        ("Commanditaire vennootschap", 10),
        ("Maatschap", 10),
        ("Naamloze vennootschap", 3),
        ("Stichting", 15),
        ("Coöperatie", 2),
    ),
    "farm": (
        ("Eenmanszaak", 40),
        ("Vennootschap onder firma", 40),
        ("Maatschap", 12),
        ("Besloten vennootschap", 8),
    ),
    "care": (("Besloten vennootschap", 45), ("Maatschap", 30), ("Eenmanszaak", 25)),
    "foundation": (("Stichting", 60), ("Besloten vennootschap", 35), ("Coöperatie", 5)),
    "club": (("Vereniging", 90), ("Stichting", 10)),
}

# -- people ---------------------------------------------------------------------------------

FIRST_NAMES = (
    "Jan", "Piet", "Kees", "Henk", "Gerrit", "Willem", "Hans", "Peter", "Marco", "Erik", "Dennis", "Sander",
    "Thijs", "Bram", "Daan", "Lucas", "Sem", "Niels", "Joost", "Ruud", "Frank", "Michiel", "Daniël",
    "Raphaël", "Noël", "José", "Bas", "Jeroen", "Wouter", "Martijn", "Rik", "Stijn", "Tim", "Koen", "Luuk",
    "Maria", "Anna", "Sanne", "Lotte", "Emma", "Julia", "Sophie", "Anouk", "Linda", "Marieke", "Ingrid",
    "Petra", "Monique", "Esther", "Ilse", "Femke", "Lisa", "Eva", "Fleur", "Iris", "Anné", "Renée",
    "Zoë", "Chloë", "Noëlle", "Ellen", "Marloes", "Karin", "Wilma", "Corrie", "Mirjam", "Saskia", "Nicole",
    "Yvonne", "Hanneke", "Mohamed", "Fatima", "Yusuf", "Aylin", "Priya",
)  # fmt: skip

# (tussenvoegsel, surname); about a third of Dutch surnames carry a tussenvoegsel.
PREFIXED_SURNAMES = (
    ("de", "Vries"), ("van", "Dijk"), ("de", "Boer"), ("de", "Groot"), ("van der", "Meer"),
    ("van den", "Berg"), ("van der", "Linden"), ("de", "Wit"), ("van", "Leeuwen"), ("de", "Graaf"),
    ("de", "Haan"), ("van der", "Heijden"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"),
    ("de", "Jong"), ("van", "Beek"), ("van", "Vliet"), ("van", "Wijk"), ("ter", "Horst"), ("van 't", "Hof"),
    ("van", "Os"), ("van", "Rooijen"), ("van de", "Water"), ("ter", "Braak"), ("te", "Velde"),
    ("van", "Loenen"), ("in 't", "Veld"), ("van", "Hilten"), ("de", "Kruijf"), ("van", "Gaal"),
    ("van der", "Laan"), ("van", "Eijk"), ("den", "Hartog"), ("van", "Vreeland"),
)  # fmt: skip
PLAIN_SURNAMES = (
    "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
    "Brouwer", "Dijkstra", "Smits", "Kok", "Jacobs", "Vermeulen", "Schouten", "Willems", "Hoekstra", "Maas",
    "Verhoeven", "Koster", "Prins", "Blom", "Huisman", "Post", "Kuipers", "Roelofs", "Hoogendoorn",
    "Boogaard", "Kramer", "Molenaar", "Veenstra", "Kroon", "Wijnands", "Hoogland", "Stam", "Verkerk",
    "Gerritsen", "Claassen", "Poëll", "Noë", "Hüsken", "Korteweg", "Loosman", "Schipper", "Rietveld",
    "Ruijter", "Zandbergen", "Yilmaz", "El Amrani", "Kaya",
)  # fmt: skip
_PREFIX_SHARE = 0.35
_PERSONAL_MAIL = (
    "gmail.com",
    "hotmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "outlook.com",
    "xs4all.nl",
    "planet.nl",
)

# Officials per role besides the business managers (which scale with the register).
_STAFF = ((Role.ADMINISTRATOR, 2), (Role.OFFICIAL, 4), (Role.DESK, 4), (Role.SUPERVISOR, 3))
_COMPANIES_PER_MANAGER = 2_500
_MIN_MANAGERS = 6

_LETTER_PAIRS = tuple(
    a + b
    for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if a + b not in {"SA", "SD", "SS"}
)
_HOUSES_PER_POSTCODE = 20
_ADDITIONS = ("-A", "-B", "A", "B", "-1", "-2", "-3", " bis")


# -- generation -----------------------------------------------------------------------------


def generate(
    db: Database,
    companies: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    *,
    batch_size: int = DEFAULT_BATCH,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with ``companies`` demo companies and everything around them.

    ``progress(done, total)`` is called after each batch; ``is_cancelled()`` is asked before
    each batch and before the commit. Cancelling rolls everything back (one transaction).
    The contact moments and agreements are placed relative to ``today`` (default: the date
    of the run; see ``models.tools.demo_consultations``).
    """
    if companies < 1:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Choose at least one company to generate."))
    started = time.perf_counter()
    with db.session() as session:
        existing = session.scalar(select(func.count()).select_from(Company)) or 0
        if existing:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database already holds {count} companies. Demo data can only be generated "
                    "into an empty database.",
                ),
                count=existing,
            )
        server_audit.without_trail(session.connection())
        builder = _Builder(session, random.Random(seed), companies)
        # Whoever set the database up (the account `admin screenshot` and the window sign in as).
        administrators = list(
            session.scalars(
                select(User.id).where(User.role == Role.ADMINISTRATOR, User.active).order_by(User.id)
            )
        )
        users = builder.write_users()
        builder.consultations = InteractionBuilder(
            seed,
            today or date.today(),
            builder.staff,
            next_interaction=_max_id(session, Interaction.id) + 1,
            next_agreement=_max_id(session, Agreement.id) + 1,
            total_companies=companies,
        )
        areas = builder.write_areas()
        sectors = builder.write_sectors()
        done = 0
        while done < companies:
            _check_cancelled(is_cancelled)
            size = min(batch_size, companies - done)
            builder.write_batch(size)
            done += size
            if progress is not None:
                progress(done, companies)
        _check_cancelled(is_cancelled)
        demo_desk.write(session, builder.consultations, seed, today or date.today())
        demo_ambitions.write(session, seed, today or date.today(), builder.staff)
        demo_signals.write(session, builder, seed, today or date.today())
        demo_rounds.write(session, builder, seed, today or date.today())
        if not stored_identity(session).is_set:
            save_identity(session, DEMO_IDENTITY)
        builder.finish()
        _give_work(session, administrators, today or date.today())
        session.commit()
    _analyze(db)
    return DemoSummary(
        users=users,
        areas=areas,
        sectors=sectors,
        companies=builder.companies,
        establishments=builder.establishments,
        contacts=builder.contacts,
        interactions=builder.consultations.interaction_count,
        agreements=builder.consultations.agreement_count,
        seconds=time.perf_counter() - started,
    )


def _give_work(session: Session, administrators: list[int], today: date) -> None:
    """Hand a few of the municipality's open agreements to the administrators who were there before
    the demo, so that their Mijn werk shows what a business manager's does: something overdue,
    something due this week, something later."""
    if not administrators:
        return
    open_for_us = select(Agreement.id).where(
        Agreement.status.in_(OPEN_STATUSES), Agreement.responsible == Responsible.MUNICIPALITY
    )
    week = today + timedelta(days=7)
    chosen: list[int] = []
    for when in (
        Agreement.due_date < today,
        Agreement.due_date.between(today, week),
        Agreement.due_date > week,
    ):
        chosen += session.scalars(
            open_for_us.where(when).order_by(Agreement.id).limit(2 * len(administrators))
        )
    for index, agreement_id in enumerate(chosen):
        session.execute(
            update(Agreement)
            .where(Agreement.id == agreement_id)
            .values(assignee_id=administrators[index % len(administrators)])
        )


def _check_cancelled(is_cancelled: Callable[[], bool] | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Generating the demo data was cancelled; nothing has been saved.")
        )


def _analyze(db: Database) -> None:
    """Fresh statistics, so the planner knows the tables are no longer empty."""
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.execute(text("ANALYZE"))
        else:
            connection.execute(
                text(
                    "ANALYZE app_user, area, sector, company, establishment, contact, company_contact, "
                    "interaction, interaction_official, interaction_contact, agreement, "
                    f"{search.TABLE}"
                )
            )


def _max_id(session: Session, column: Any) -> int:
    return session.scalar(select(func.max(column))) or 0


def _weighted(rng: random.Random, items: Sequence[Any], weights: Sequence[float]) -> Callable[[], Any]:
    """A fast chooser: cumulative weights computed once."""
    cumulative: list[float] = []
    total = 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)
    choices = rng.choices

    def pick() -> Any:
        return choices(items, cum_weights=cumulative)[0]

    return pick


@dataclass
class _Place:
    """A kern or child area where establishments can be; knows its streets and postcodes."""

    kern: _Kern
    area_id: int
    streets: tuple[str, ...]


# The share of companies that are a second copy of another (models.duplicates finds them).
DUPLICATE_SHARE = 0.02


class _Builder:
    """Makes rows batch by batch; keeps the ids, the used numbers and the lookup tables."""

    def __init__(self, session: Session, rng: random.Random, total: int) -> None:
        self.session = session
        self.rng = rng
        self.total = total
        self.companies = self.establishments = self.contacts = 0
        self.next_company = _max_id(session, Company.id) + 1
        self.next_establishment = _max_id(session, Establishment.id) + 1
        self.next_contact = _max_id(session, Contact.id) + 1
        self.next_link = _max_id(session, CompanyContact.id) + 1
        self.used_kvk: set[str] = {ZWAAN_KVK}
        # Trade names per kern: two cafés of one name in one village confuse a demonstration.
        self.used_names: set[tuple[str, str]] = {(KERNEN[0].name, fold(ZWAAN_NAME))}
        self.used_establishment: set[str] = {ZWAAN_ESTABLISHMENT}
        self.used_establishment.update(
            n for n in session.scalars(select(Establishment.establishment_number)) if n is not None
        )
        self.managers: list[int] = []
        self.staff: dict[Role, list[int]] = {}  # active officials by role
        self.consultations: InteractionBuilder  # set once the officials exist
        self.shared: dict[int, list[dict[str, Any]]] = {}  # company id -> contacts of earlier companies
        # Duplicates (models.duplicates has something to find): their own generator, so that the
        # rest of the data does not depend on them; copies of one of the last companies made.
        self.duplicate_rng = random.Random(f"duplicates-{rng.getstate()[1][:4]}")
        self.recent: deque[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]] = deque(
            maxlen=50
        )
        self.kern_places: dict[str, _Place] = {}
        self.child_places: dict[str, dict[AreaKind, list[_Place]]] = {}
        self.postcodes: dict[tuple[str, str], tuple[int, int, tuple[str, ...]]] = {}
        self.pick_kern = _weighted(rng, KERNEN, [k.weight for k in KERNEN])
        self.pick_sector = _weighted(rng, SECTORS, [s.weight for s in SECTORS])
        self.pick_legal = {
            kind: _weighted(rng, [f for f, _ in table], [w for _, w in table])
            for kind, table in _LEGAL_WEIGHTS.items()
        }
        self.pick_role = _weighted(rng, CONTACT_ROLES, (50, 20, 12, 5, 5, 8))
        # Streets get more house numbers as the register grows: 250,000 companies do not fit
        # a municipality of 23,000 inhabitants otherwise.
        streets = sum(len(k.streets) + sum(len(c.streets) for c in k.children) for k in KERNEN)
        self.max_house = max(40, math.ceil(total * 1.2 / streets))

    # -- reference data ----------------------------------------------------------------------

    def write_users(self) -> int:
        rng = self.rng
        taken = set(self.session.scalars(select(User.username)))
        next_id = _max_id(self.session, User.id) + 1
        managers = max(_MIN_MANAGERS, round(self.total / _COMPANIES_PER_MANAGER))
        plan = [(Role.BUSINESS_MANAGER, managers), *_STAFF]
        rows: list[dict[str, Any]] = []
        full_names: set[str] = set()
        for role, count in plan:
            for index in range(count):
                while True:
                    first, prefix, last = self._person()
                    full = " ".join(p for p in (first, prefix, last) if p)
                    if full not in full_names:
                        break
                full_names.add(full)
                base = fold(first)[0] + fold(f"{prefix or ''}{last}").replace(" ", "")
                username, suffix = base, 1
                while username in taken:
                    suffix += 1
                    username = f"{base}{suffix}"
                taken.add(username)
                created = BASE_TIME - timedelta(days=rng.randint(30, 3000), seconds=rng.randint(0, 86_399))
                # The last business manager has left: inactive, and no longer assigned.
                leaver = role is Role.BUSINESS_MANAGER and index == count - 1
                rows.append(
                    {
                        "id": next_id,
                        "username": username,
                        "full_name": full,
                        "email": f"{username}@{MUNICIPALITY_DOMAIN}",
                        "phone": f"+3135{rng.randint(2_000_000, 9_999_999)}",
                        "role": role,
                        "active": not leaver,
                        "version": 1,
                        "created_at": created,
                        "updated_at": created + timedelta(days=rng.randint(0, 29)),
                        "updated_by_id": None,
                    }
                )
                if not leaver:
                    self.staff.setdefault(role, []).append(next_id)
                if role is Role.BUSINESS_MANAGER and not leaver:
                    self.managers.append(next_id)
                next_id += 1
        self.session.execute(insert(User.__table__), rows)
        return len(rows)

    def write_areas(self) -> int:
        """The kernen and their child areas; areas already there (same name and parent) are reused."""
        existing = {
            (name, parent): area_id
            for area_id, name, parent in self.session.execute(select(Area.id, Area.name, Area.parent_id))
        }
        next_id = _max_id(self.session, Area.id) + 1
        rows: list[dict[str, Any]] = []

        def area(name: str, kind: AreaKind, parent: int | None) -> int:
            nonlocal next_id
            if (name, parent) in existing:
                return existing[(name, parent)]
            area_id, next_id = next_id, next_id + 1
            created = BASE_TIME - timedelta(days=3650 - len(rows))
            rows.append(
                {
                    "id": area_id,
                    "name": name,
                    "kind": kind,
                    "parent_id": parent,
                    "version": 1,
                    "created_at": created,
                    "updated_at": created,
                    "updated_by_id": None,
                }
            )
            return area_id

        for kern in KERNEN:
            kern_id = area(kern.name, AreaKind.KERN, None)
            self.kern_places[kern.name] = _Place(kern, kern_id, kern.streets)
            children: dict[AreaKind, list[_Place]] = {}
            for child in kern.children:
                place = _Place(kern, area(child.name, child.kind, kern_id), child.streets)
                children.setdefault(child.kind, []).append(place)
            self.child_places[kern.name] = children
            # Each street of the kern gets its own run of postcodes, spread over the kern's range.
            names = list(dict.fromkeys([*kern.streets, *(s for c in kern.children for s in c.streets)]))
            if kern.name == "'s-Graveland":
                names.remove("Noordereinde")
                names.insert(0, "Noordereinde")
            pool = tuple(f"{code} {pair}" for code in kern.postcodes for pair in _LETTER_PAIRS)
            stride = max(1, len(pool) // len(names))
            for index, street in enumerate(names):
                self.postcodes[(kern.name, street)] = (
                    (kern.start + index * stride) % len(pool),
                    len(pool),
                    pool,
                )
        # Parents first: rows are in creation order, so the self-reference is always satisfied.
        if rows:
            self.session.execute(insert(Area.__table__), rows)
        return len(rows)

    def write_sectors(self) -> int:
        present = set(self.session.scalars(select(Sector.code)))
        rows = [{"code": s.code, "name": s.name} for s in SECTORS if s.code not in present]
        if rows:
            self.session.execute(insert(Sector.__table__), rows)
        return len(rows)

    # -- one batch of companies ------------------------------------------------------------

    def write_batch(self, size: int) -> None:
        companies: list[dict[str, Any]] = []
        establishments: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        # Per company: its establishments and contact persons, for the search document.
        members: dict[int, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
        for _ in range(size):
            if self.companies == 0:
                company, ests, people, company_links = self._zwaan()
            elif self.recent and self.duplicate_rng.random() < DUPLICATE_SHARE:
                company, ests, people, company_links = self._duplicate()
            else:
                company, ests, people, company_links = self._company()
                self.recent.append((company, ests, people))
            # Contact persons of earlier companies who also represent this one.
            shared = self.shared.pop(company["id"], [])
            for contact in shared:
                company_links.append(
                    self._link(company["id"], contact["id"], self.pick_role(), company["created_at"])
                )
            companies.append(company)
            establishments.extend(ests)
            contacts.extend(people)
            links.extend(company_links)
            members[company["id"]] = (ests, people + shared)
            self.consultations.add_company(company, [c["id"] for c in people + shared], self.companies)
            self.companies += 1
        self.establishments += len(establishments)
        self.contacts += len(contacts)
        docs = [{"id": c["id"], "doc": _document(c, *members[c["id"]])} for c in companies]
        session = self.session
        bulk_insert(session, Company, companies)
        bulk_insert(session, Establishment, establishments)
        bulk_insert(session, Contact, contacts)
        bulk_insert(session, CompanyContact, links)
        interactions, officials, present, agreements = self.consultations.take()
        bulk_insert(session, Interaction, interactions)
        bulk_insert(session, InteractionOfficial, officials)
        bulk_insert(session, InteractionContact, present)
        bulk_insert(session, Agreement, agreements)
        search.write_documents(session, docs, replace=False)

    def finish(self) -> None:
        """Move PostgreSQL's id sequences past the ids assigned here; compact the SQLite index."""
        if self.session.get_bind().dialect.name == "sqlite":
            self.session.execute(text(f"INSERT INTO {search.TABLE}({search.TABLE}) VALUES ('optimize')"))
            return
        for table in (
            "app_user",
            "area",
            "company",
            "establishment",
            "contact",
            "company_contact",
            "interaction",
            "agreement",
        ):
            self.session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
                )
            )

    # -- the parts of a company ------------------------------------------------------------

    def _company(self) -> tuple[dict, list[dict], list[dict], list[dict]]:
        rng = self.rng
        company_id = self.next_company
        self.next_company += 1
        sector = self.pick_sector()
        kern = self.pick_kern()
        first, prefix, last = self._person()
        name, surname_used = self._name(sector, kern, first, prefix, last)
        legal_form = self.pick_legal[sector.legal]()
        domain = _domain(name, rng)
        created = BASE_TIME - timedelta(days=rng.randint(1, 5_500), seconds=rng.randint(0, 86_399))
        updated = created + timedelta(seconds=rng.randint(0, int((BASE_TIME - created).total_seconds())))
        archived = updated if rng.random() < 0.03 else None
        roll = rng.random()
        if roll < 0.72:
            phone: str | None = self._landline(kern)
        elif roll < 0.95:
            phone = self._mobile()
        else:
            phone = None
        company = {
            "id": company_id,
            "kvk_number": self._kvk() if rng.random() >= 0.02 else None,
            "name": name,
            "name_folded": fold(name),
            "legal_name": _legal_name(name, legal_form, sector, prefix, last if surname_used else None),
            "legal_form": legal_form,
            "account_manager_id": rng.choice(self.managers) if rng.random() < 0.6 else None,
            "email": f"info@{domain}" if rng.random() < 0.9 else None,
            "phone": phone,
            "website": f"www.{domain}" if rng.random() < 0.5 else None,
            "notes": None,
            "archived_at": archived,
            "version": 1,
            "created_at": created,
            "updated_at": updated,
            "updated_by_id": None,
        }
        roll = rng.random()
        count = 1 if roll < 0.88 else 2 if roll < 0.97 else 3
        ests = []
        for index in range(count):
            where = kern if index == 0 or rng.random() < 0.4 else self.pick_kern()
            ests.append(self._establishment(company, sector, where, index, domain, archived is not None))
        roll = rng.random()
        people_count = 0 if roll < 0.08 else 1 if roll < 0.74 else 2 if roll < 0.94 else 3
        people: list[dict] = []
        company_links: list[dict] = []
        for index in range(people_count):
            # The first is the person the company is named after, or its owner.
            person = (first, prefix, last) if index == 0 else self._person()
            contact = self._contact(*person, domain, created)
            people.append(contact)
            role = CONTACT_ROLES[0] if index == 0 and legal_form == "Eenmanszaak" else self.pick_role()
            company_links.append(self._link(company_id, contact["id"], role, created))
            # Now and then the same person also represents a company made a little later (an
            # owner with two businesses). Decided here, per company, so that the batch size
            # does not change the data.
            if rng.random() < 0.03:
                self.shared.setdefault(company_id + rng.randint(1, 40), []).append(contact)
        return company, ests, people, company_links

    def _duplicate(self) -> tuple[dict, list[dict], list[dict], list[dict]]:
        """A second copy of a recent company, as years of spreadsheets make them: the name written
        differently ("B.V."/"BV", "&"/"en", a typo), the same address, no KvK number, sometimes the
        same phone or e-mail, and its owner typed in again."""
        rng = self.duplicate_rng
        original, original_ests, original_people = self.recent[rng.randrange(len(self.recent))]
        company_id = self.next_company
        self.next_company += 1
        created = original["created_at"] + timedelta(days=rng.randint(30, 900))
        created = min(created, BASE_TIME - timedelta(days=1))
        company = {
            **original,
            "id": company_id,
            "kvk_number": None,
            "name": (name := _misspelt(original["name"], rng)),
            "name_folded": fold(name),
            "legal_name": None,
            "email": original["email"] if rng.random() < 0.5 else None,
            "phone": original["phone"] if rng.random() < 0.5 else None,
            "website": None,
            "account_manager_id": None,
            "created_at": created,
            "updated_at": created,
        }
        main = original_ests[0]
        establishment_id = self.next_establishment
        self.next_establishment += 1
        ests = [
            {
                **main,
                "id": establishment_id,
                "company_id": company_id,
                "establishment_number": None,
                "trade_name": name,
                "is_main": True,
                "created_at": created,
                "updated_at": created,
            }
        ]
        people: list[dict] = []
        links: list[dict] = []
        if original_people and rng.random() < 0.7:
            person = original_people[0]
            contact_id = self.next_contact
            self.next_contact += 1
            people.append({**person, "id": contact_id, "created_at": created, "updated_at": created})
            links.append(self._link(company_id, contact_id, CONTACT_ROLES[0], created))
        return company, ests, people, links

    def _establishment(
        self, company: dict, sector: _SectorSpec, kern: _Kern, index: int, domain: str, closed: bool
    ) -> dict:
        rng = self.rng
        place = self.kern_places[kern.name]
        preferred = _PREFERRED_KIND.get(sector.place)
        if preferred is not None:
            kind, share = preferred
            options = self.child_places[kern.name].get(kind)
            if options and rng.random() < share:
                place = options[rng.randrange(len(options))]
        street = place.streets[rng.randrange(len(place.streets))]
        number = 1 + int(self.max_house * rng.random() ** 1.4)
        start, size, pool = self.postcodes[(kern.name, street)]
        postcode = pool[(start + (number - 1) // _HOUSES_PER_POSTCODE) % size]
        house = str(number)
        if rng.random() < 0.08:
            house += _ADDITIONS[rng.randrange(len(_ADDITIONS))]
        roll = rng.random()
        if closed or roll < 0.04:
            status = EstablishmentStatus.CLOSED
        elif roll < 0.08:
            status = EstablishmentStatus.MOVED
        else:
            status = EstablishmentStatus.ACTIVE
        trade_name = company["name"]
        if index > 0:
            trade_name = f"{trade_name} {kern.places[-1]}" if rng.random() < 0.6 else trade_name
        establishment_id = self.next_establishment
        self.next_establishment += 1
        secondary = index > 0
        return {
            "id": establishment_id,
            "company_id": company["id"],
            "establishment_number": self._establishment_number(),
            "trade_name": trade_name,
            "street": street,
            "house_number": house,
            "postcode": postcode,
            "postcode_compact": postcode.replace(" ", ""),
            "city": kern.city,
            "area_id": place.area_id,
            "sbi_code": sector.code,
            "employees": self._employees(sector),
            "status": status,
            "is_main": not secondary,
            "phone": self._landline(kern) if secondary and rng.random() < 0.5 else None,
            "email": f"{fold(kern.places[-1]).replace(' ', '')}@{domain}"
            if secondary and rng.random() < 0.3
            else None,
            "archived_at": None,
            "version": 1,
            "created_at": company["created_at"],
            "updated_at": company["updated_at"],
            "updated_by_id": None,
        }

    def _contact(
        self, first: str, prefix: str | None, last: str, domain: str, created: datetime
    ) -> dict[str, Any]:
        rng = self.rng
        contact_id = self.next_contact
        self.next_contact += 1
        local_first = fold(first).replace(" ", "")
        local_last = fold(f"{prefix or ''}{last}").replace(" ", "")
        roll = rng.random()
        if roll < 0.35:
            email: str | None = f"{local_first}@{domain}"
        elif roll < 0.6:
            email = f"{local_first[0]}.{local_last}@{domain}"
        elif roll < 0.85:
            email = f"{local_first}.{local_last}@{_PERSONAL_MAIL[rng.randrange(len(_PERSONAL_MAIL))]}"
        else:
            email = None
        roll = rng.random()
        phone = (
            self._mobile()
            if roll < 0.8
            else f"+3135{rng.randint(2_000_000, 9_999_999)}"
            if roll < 0.85
            else None
        )
        return {
            "id": contact_id,
            "first_name": first,
            "name_prefix": prefix,
            "last_name": last,
            "email": email,
            "phone": phone,
            "notes": None,
            "archived_at": None,
            "version": 1,
            "created_at": created,
            "updated_at": created,
            "updated_by_id": None,
        }

    def _link(self, company_id: int, contact_id: int, role: str, created: datetime | None = None) -> dict:
        link_id = self.next_link
        self.next_link += 1
        at = created or BASE_TIME - timedelta(days=self.rng.randint(1, 400))
        return {
            "id": link_id,
            "company_id": company_id,
            "contact_id": contact_id,
            "role": role,
            "version": 1,
            "created_at": at,
            "updated_at": at,
            "updated_by_id": None,
        }

    def _zwaan(self) -> tuple[dict, list[dict], list[dict], list[dict]]:
        """The well-known company of the module docstring; fixed values, no randomness."""
        kern = KERNEN[0]
        created = datetime(2012, 4, 1, 10, 0, tzinfo=UTC)
        updated = datetime(2025, 6, 12, 14, 30, tzinfo=UTC)
        company_id = self.next_company
        self.next_company += 1
        company = {
            "id": company_id,
            "kvk_number": ZWAAN_KVK,
            "name": ZWAAN_NAME,
            "name_folded": fold(ZWAAN_NAME),
            "legal_name": "Café De Zwaan V.O.F.",
            "legal_form": "Vennootschap onder firma",
            "account_manager_id": self.managers[0],
            "email": "info@cafedezwaan.nl",
            "phone": "+31356561234",
            "website": "www.cafedezwaan.nl",
            "notes": None,
            "archived_at": None,
            "version": 1,
            "created_at": created,
            "updated_at": updated,
            "updated_by_id": None,
        }
        establishment_id = self.next_establishment
        self.next_establishment += 1
        shopping = self.child_places[kern.name][AreaKind.SHOPPING][0]
        establishment = {
            "id": establishment_id,
            "company_id": company_id,
            "establishment_number": ZWAAN_ESTABLISHMENT,
            "trade_name": ZWAAN_NAME,
            "street": "Noordereinde",
            "house_number": "12",
            "postcode": "1243 JJ",
            "postcode_compact": "1243JJ",
            "city": kern.city,
            "area_id": shopping.area_id,
            "sbi_code": "5630",
            "employees": 6,
            "status": EstablishmentStatus.ACTIVE,
            "is_main": True,
            "phone": None,
            "email": None,
            "archived_at": None,
            "version": 1,
            "created_at": created,
            "updated_at": updated,
            "updated_by_id": None,
        }
        contact = self._contact("Jan", "de", "Vries", "cafedezwaan.nl", created)
        contact.update(email="jan@cafedezwaan.nl", phone="+31653829104")
        link = self._link(company_id, contact["id"], CONTACT_ROLES[0], created)
        return company, [establishment], [contact], [link]

    # -- small values --------------------------------------------------------------------------

    def _person(self) -> tuple[str, str | None, str]:
        rng = self.rng
        first = FIRST_NAMES[rng.randrange(len(FIRST_NAMES))]
        if rng.random() < _PREFIX_SHARE:
            prefix, last = PREFIXED_SURNAMES[rng.randrange(len(PREFIXED_SURNAMES))]
            return first, prefix, last
        return first, None, PLAIN_SURNAMES[rng.randrange(len(PLAIN_SURNAMES))]

    def _name(
        self, sector: _SectorSpec, kern: _Kern, first: str, prefix: str | None, last: str
    ) -> tuple[str, bool]:
        rng = self.rng
        for _attempt in range(30):
            pattern = sector.patterns[rng.randrange(len(sector.patterns))]
            place = kern.places[rng.randrange(len(kern.places))]
            nice = sector.names[rng.randrange(len(sector.names))].replace("{P}", place)
            name = pattern.format(S=_surname(prefix, last), F=first, P=place, N=nice)
            if (kern.name, fold(name)) not in self.used_names:
                break
        else:  # every name of the sector is taken in this kern: the owner's name makes it unique
            name, pattern = f"{name} {_surname(prefix, last)}", "{S}"
        self.used_names.add((kern.name, fold(name)))
        return name, "{S}" in pattern

    def _kvk(self) -> str:
        while True:
            number = f"{self.rng.randrange(10_000_000, 100_000_000)}"
            if number not in self.used_kvk:
                self.used_kvk.add(number)
                return number

    def _establishment_number(self) -> str:
        while True:
            number = f"{self.rng.randrange(1_000_000, 100_000_000):012d}"
            if number not in self.used_establishment:
                self.used_establishment.add(number)
                return number

    def _landline(self, kern: _Kern) -> str:
        digits = 9 - len(kern.area_code)
        low = 2 * 10 ** (digits - 1)
        return f"+31{kern.area_code}{self.rng.randrange(low, 10**digits)}"

    def _mobile(self) -> str:
        rng = self.rng
        return f"+316{'12345'[rng.randrange(5)]}{rng.randrange(2_000_000, 10_000_000)}"

    def _employees(self, sector: _SectorSpec) -> int:
        rng = self.rng
        roll = rng.random()
        if roll < 0.55:
            base = rng.randint(1, 3)
        elif roll < 0.85:
            base = rng.randint(4, 10)
        elif roll < 0.975:
            base = rng.randint(11, 49)
        else:
            base = int(math.exp(rng.uniform(math.log(50), math.log(500))))
        return max(1, min(500, round(base * sector.size))) if base < 50 else base


def _misspelt(name: str, rng: random.Random) -> str:
    """The same name as someone else typed it."""
    if name.endswith(" B.V."):
        return name[:-5] + " BV"
    if " & " in name:
        return name.replace(" & ", " en ")
    words = name.split()
    last = words[-1]
    if len(last) > 4 and rng.random() < 0.6:
        i = rng.randrange(1, len(last) - 1)
        words[-1] = last[:i] + last[i + 1 :] if rng.random() < 0.5 else last[:i] + last[i] + last[i:]
        return " ".join(words)
    return name + " B.V."


def _surname(prefix: str | None, last: str) -> str:
    """ "Van der Meer" at the start of a name: the tussenvoegsel gets a capital there."""
    if not prefix:
        return last
    return f"{prefix[0].upper()}{prefix[1:]} {last}"


def _legal_name(
    name: str, legal_form: str, sector: _SectorSpec, prefix: str | None, surname: str | None
) -> str | None:
    if legal_form == "Eenmanszaak":
        return None  # a sole proprietorship has no name of its own besides the trade name
    if legal_form == "Besloten vennootschap":
        if surname is not None:
            return f"{_surname(prefix, surname)} {sector.noun} B.V."
        return f"{name} B.V."
    if legal_form == "Naamloze vennootschap":
        return f"{name} N.V."
    if legal_form == "Vennootschap onder firma":
        return f"{name} V.O.F."
    if legal_form == "Commanditaire vennootschap":
        return f"{name} C.V."
    if legal_form == "Maatschap":
        return f"Maatschap {name}"
    if legal_form == "Stichting":
        return name if name.startswith("Stichting") else f"Stichting {name}"
    if legal_form == "Vereniging":
        return name if "vereniging" in name.lower() or "club" in name.lower() else f"Vereniging {name}"
    return f"Coöperatie {name} U.A."


def _domain(name: str, rng: random.Random) -> str:
    """``Café 't Hoekje`` → ``cafethoekje.nl`` or ``cafe-t-hoekje.nl``."""
    words = fold(name.replace("&", "")).split()
    slug = ("-" if rng.random() < 0.3 else "").join(words)
    if len(slug) > 40:
        slug = slug[:40].rstrip("-")
    return f"{slug}.nl"


def _document(company: dict, establishments: list[dict], contacts: list[dict]) -> str:
    """The search document of one company: ``search.document`` itself (its phone numbers are
    E.164, which ``search.phone_digits`` turns into national digits without parsing)."""
    return search.document(company, establishments, contacts)
