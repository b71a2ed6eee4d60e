"""Which column of a file holds which field: the fields, their Dutch synonyms, suggestions for a
new file, and mappings remembered for files with the same columns."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.importing.entities import ImportMapping
from models.permissions import Permission, requires
from models.text import fold


@dataclass(frozen=True, kw_only=True)
class Field:
    key: str
    label: str  # context "labels"
    synonyms: tuple[str, ...] = ()


FIELDS: tuple[Field, ...] = (
    Field(
        key="kvk_number",
        label=QT_TRANSLATE_NOOP("labels", "KvK number"),
        synonyms=(
            "kvk",
            "kvk nr",
            "kvk nummer",
            "kvknummer",
            "kvknr",
            "handelsregisternummer",
            "kamer van koophandel",
        ),
    ),
    Field(
        key="establishment_number",
        label=QT_TRANSLATE_NOOP("labels", "Establishment number"),
        synonyms=("vestigingsnr", "vestigingsnummer", "vestnr", "vestiging nr", "vestigingsnummer kvk"),
    ),
    Field(
        key="name",
        label=QT_TRANSLATE_NOOP("labels", "Company name"),
        synonyms=(
            "bedrijfsnaam",
            "naam",
            "bedrijf",
            "onderneming",
            "organisatie",
            "naam onderneming",
            "company",
        ),
    ),
    Field(
        key="trade_name",
        label=QT_TRANSLATE_NOOP("labels", "Trade name"),
        synonyms=("handelsnaam", "eerste handelsnaam", "naam vestiging"),
    ),
    Field(
        key="legal_name",
        label=QT_TRANSLATE_NOOP("labels", "Legal name"),
        synonyms=("statutaire naam", "juridische naam"),
    ),
    Field(key="legal_form", label=QT_TRANSLATE_NOOP("labels", "Legal form"), synonyms=("rechtsvorm",)),
    Field(
        key="street",
        label=QT_TRANSLATE_NOOP("labels", "Street"),
        synonyms=("straat", "straatnaam", "adres", "bezoekadres", "vestigingsadres"),
    ),
    Field(
        key="house_number",
        label=QT_TRANSLATE_NOOP("labels", "House number"),
        synonyms=("huisnr", "huisnummer", "nr", "nummer", "hnr", "huisnr."),
    ),
    Field(
        key="addition",
        label=QT_TRANSLATE_NOOP("labels", "Addition"),
        synonyms=("toev", "toevoeging", "huisletter", "huisnummertoevoeging", "toev."),
    ),
    Field(
        key="postcode",
        label=QT_TRANSLATE_NOOP("labels", "Postcode"),
        synonyms=("postcode", "pc", "post code"),
    ),
    Field(
        key="city",
        label=QT_TRANSLATE_NOOP("labels", "Place"),
        synonyms=("plaats", "woonplaats", "vestigingsplaats", "plaatsnaam", "kern", "stad", "dorp"),
    ),
    Field(
        key="phone",
        label=QT_TRANSLATE_NOOP("labels", "Phone"),
        synonyms=("telefoon", "telefoonnummer", "tel", "telnr", "tel nr", "telefoonnr"),
    ),
    Field(
        key="email",
        label=QT_TRANSLATE_NOOP("labels", "E-mail"),
        synonyms=("email", "e mail", "emailadres", "e mailadres", "mail", "mailadres"),
    ),
    Field(
        key="website",
        label=QT_TRANSLATE_NOOP("labels", "Website"),
        synonyms=("website", "www", "internet", "url"),
    ),
    Field(
        key="sbi_code",
        label=QT_TRANSLATE_NOOP("labels", "SBI code"),
        synonyms=("sbi", "sbi code", "sbicode", "hoofdactiviteit", "sbi hoofdactiviteit"),
    ),
    Field(
        key="employees",
        label=QT_TRANSLATE_NOOP("labels", "Employees"),
        synonyms=(
            "werkzame personen",
            "medewerkers",
            "aantal medewerkers",
            "werknemers",
            "aantal werknemers",
            "personeel",
        ),
    ),
    Field(
        key="is_main",
        label=QT_TRANSLATE_NOOP("labels", "Main establishment"),
        synonyms=("hoofdvestiging", "ind hoofdvestiging"),
    ),
    Field(
        key="contact_name",
        label=QT_TRANSLATE_NOOP("labels", "Contact person"),
        synonyms=("contactpersoon", "contact", "naam contactpersoon"),
    ),
    Field(
        key="account_manager",
        label=QT_TRANSLATE_NOOP("labels", "Account manager"),
        synonyms=(
            "accountmanager",
            "account manager",
            "relatiebeheerder",
            "ondernemersmanager",
            "behandelaar",
        ),
    ),
    Field(
        key="area",
        label=QT_TRANSLATE_NOOP("labels", "Area"),
        synonyms=("gebied", "bedrijventerrein", "winkelgebied"),
    ),
    Field(key="status", label=QT_TRANSLATE_NOOP("labels", "Status"), synonyms=("status",)),
    Field(
        key="notes",
        label=QT_TRANSLATE_NOOP("labels", "Notes"),
        synonyms=("opmerking", "opmerkingen", "notitie", "notities", "toelichting", "memo"),
    ),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
# Fields an unmapped column can get a default for (chosen in the wizard or --mapping).
DEFAULTABLE = ("area", "account_manager", "status")
SUGGEST_MIN = 85  # 0-100: how close a column's label must be to a synonym to be suggested


def _forms(text: str) -> set[str]:
    folded = fold(text)
    return {folded, folded.replace(" ", "")}


_SYNONYMS: dict[str, str] = {}
for _field in FIELDS:
    for _word in (_field.key.replace("_", " "), *_field.synonyms):
        for _form in _forms(_word):
            _SYNONYMS.setdefault(_form, _field.key)


def field_score(label: str) -> tuple[str | None, int]:
    """The field a column label most likely means, and how sure (100: exactly a synonym)."""
    forms = _forms(label)
    for form in forms:
        if form in _SYNONYMS:
            return _SYNONYMS[form], 100
    folded = fold(label)
    if not folded:
        return None, 0
    best, score = None, 0
    for synonym, key in _SYNONYMS.items():
        s = int(fuzz.ratio(folded, synonym))
        if s > score:
            best, score = key, s
    return (best, score) if score >= SUGGEST_MIN else (None, score)


def looks_like_header(label: str) -> bool:
    """Whether a cell reads like one of the known columns (to find the header below title lines)."""
    return field_score(label)[0] is not None


@dataclass(kw_only=True)
class Mapping:
    """Per column of the file (by position) the field it holds, or None; defaults for unmapped fields."""

    columns: list[str | None]
    defaults: dict[str, str] = field(default_factory=dict)

    def column_of(self, key: str) -> int | None:
        return next((i for i, f in enumerate(self.columns) if f == key), None)

    def to_json(self, header: Sequence[str]) -> str:
        return json.dumps(
            {
                "columns": {label: key for label, key in zip(header, self.columns, strict=False) if key},
                "defaults": self.defaults,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, header: Sequence[str]) -> Mapping:
        """A mapping saved by label (``--mapping M.json``, a remembered one) applied to this header."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "The mapping file is not valid JSON: {reason}"), reason=str(e)
            ) from e
        if not isinstance(data, dict):
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", 'The mapping file should hold an object with "columns".')
            )
        by_label = {fold(k): v for k, v in (data.get("columns") or {}).items()}
        columns: list[str | None] = []
        for label in header:
            key = by_label.get(fold(label))
            if key is not None and key not in FIELD_BY_KEY:
                raise DomainError(
                    QT_TRANSLATE_NOOP("errors", "The mapping names an unknown field: {field}."), field=key
                )
            columns.append(key)
        defaults = {k: str(v) for k, v in (data.get("defaults") or {}).items() if k in DEFAULTABLE and v}
        return cls(columns=columns, defaults=defaults)


def suggest(header: Sequence[str]) -> Mapping:
    """A first mapping for a new file: each field to the column most like it (each field once)."""
    scored = [(field_score(label), index) for index, label in enumerate(header)]
    columns: list[str | None] = [None] * len(header)
    taken: set[str] = set()
    for (key, _score), index in sorted(scored, key=lambda s: (-s[0][1], s[1])):
        if key is not None and key not in taken:
            columns[index] = key
            taken.add(key)
    return Mapping(columns=columns)


def validate(mapping: Mapping, header: Sequence[str]) -> None:
    """Refuse what cannot be imported: two columns for one field, no name column."""
    seen: dict[str, int] = {}
    for index, key in enumerate(mapping.columns):
        if key is None:
            continue
        if key in seen:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    'The columns "{first}" and "{second}" are both mapped to {field}. Map each field once.',
                ),
                first=header[seen[key]],
                second=header[index],
                field=FIELD_BY_KEY[key].label,
            )
        seen[key] = index
    if "name" not in seen and "trade_name" not in seen:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Map a column to the company name (or the trade name): every company needs one."
            )
        )


def header_key(header: Sequence[str]) -> str:
    return hashlib.sha256("\x1f".join(fold(h) for h in header).encode()).hexdigest()


@requires(Permission.IMPORT_COMPANIES)
def remembered(session: Session, header: Sequence[str]) -> Mapping | None:
    """The mapping last used for a file with exactly these columns, if any."""
    row = session.execute(
        select(ImportMapping.mapping, ImportMapping.defaults).where(
            ImportMapping.header_key == header_key(header)
        )
    ).one_or_none()
    if row is None:
        return None
    data = json.loads(row.mapping)
    columns = [c if c in FIELD_BY_KEY else None for c in data][: len(header)]
    columns += [None] * (len(header) - len(columns))
    return Mapping(columns=columns, defaults=json.loads(row.defaults))


@requires(Permission.IMPORT_COMPANIES)
def remember(session: Session, header: Sequence[str], mapping: Mapping) -> None:
    key = header_key(header)
    row = session.scalars(select(ImportMapping).where(ImportMapping.header_key == key)).one_or_none()
    if row is None:
        row = ImportMapping(header_key=key)
        session.add(row)
    row.mapping = json.dumps(mapping.columns)
    row.defaults = json.dumps(mapping.defaults)
    session.flush()


@requires(Permission.IMPORT_COMPANIES)
def default_choices(session: Session) -> tuple[list[str], list[str]]:
    """The areas and the active officials an unmapped field can default to, by name."""
    from models.companies.entities import Area
    from models.team.entities import User

    areas = list(session.scalars(select(Area.name).order_by(Area.name)))
    officials = list(session.scalars(select(User.full_name).where(User.active).order_by(User.full_name)))
    return areas, officials
