"""One search service for both databases: any fragment of a company file finds the company.

Every company has one search document: the folded text of its names, KvK number,
establishments (trade names, numbers, streets, postcodes with and without space, places)
and contact persons (names, e-mail, phone). SQLite indexes it with FTS5's trigram tokenizer,
PostgreSQL with a pg_trgm GIN index; both answer "which documents contain this substring"
from the index. On PostgreSQL a phrase is looked up in a second index, of the pairs of words that
follow each other in a field (revision 0020), since the trigrams of its short words ("jan de")
are in nearly every document. Short fragments (one or two characters) cannot use trigrams and go through
the indexed folded name instead. Exact identifiers (KvK, vestigingsnummer, postcode) are
looked up first through their own unique indexes, so they always rank above a name match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from models import fulltext
from models.base import CURRENT_USER
from models.companies.entities import Area, Company, CompanyContact, Contact, Establishment
from models.i18n import QT_TRANSLATE_NOOP
from models.matching import normalise
from models.permissions import Permission, check
from models.text import digits, fold
from models.validation import InvalidValue, format_phone

TABLE = "company_search"
KEY = "company_id"  # the index's id column on PostgreSQL (SQLite: the rowid)

_POSTCODE = re.compile(r"^([1-9][0-9]{3}) ?([a-z]{2})$")


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    company_id: int
    name: str
    kvk_number: str | None
    address: str
    area: str | None
    archived: bool
    score: float
    reason: MatchReason | None = None  # why it was found (the field, the matching part marked)


def phone_digits(stored: str | None) -> str:
    """``+31201234567`` as typed nationally: ``0201234567``; a foreign number as its digits."""
    if not stored:
        return ""
    if stored.startswith("+31"):
        return "0" + digits(stored[3:])  # the stored form is E.164: no parsing needed (speed)
    return digits(format_phone(stored))


def _compact(folded: str) -> str:
    """``s graveland`` as typed without punctuation or space: ``sgraveland``."""
    return folded.replace(" ", "")


def document(company: dict, establishments: Iterable[dict], contacts: Iterable[dict]) -> str:
    """The search text of one company; plain dicts so bulk imports can use it too.

    Every field is folded and tagged (``#n`` name, ``#l`` legal name, ``#k`` KvK, ``#e`` e-mail,
    ``#f`` phone, ``#t`` trade name, ``#v`` vestigingsnummer, ``#a`` street and house number,
    ``#p`` postcode, ``#c`` place, ``#r`` contact person), so that ranking can tell which field
    matched and why, and a phrase never spans two fields (a folded query holds no ``#``). Places
    and streets with punctuation or spaces are also there written together (``sgraveland``).
    """
    fields: list[tuple[str, str]] = [
        ("n", company.get("name") or ""),
        ("l", company.get("legal_name") or ""),
        ("k", company.get("kvk_number") or ""),
        ("e", company.get("email") or ""),
        ("f", phone_digits(company.get("phone"))),
    ]
    for est in establishments:
        street = fold(est.get("street"))
        number = fold(est.get("house_number"))
        city = fold(est.get("city"))
        postcode = fold(est.get("postcode"))
        fields += [
            ("t", est.get("trade_name") or ""),
            ("v", est.get("establishment_number") or ""),
            ("a", f"{street} {number}".strip()),
            ("p", f"{postcode} {_compact(postcode)}" if " " in postcode else postcode),
            ("c", f"{city} {_compact(city)}" if " " in city else city),
            ("e", est.get("email") or ""),
            ("f", phone_digits(est.get("phone"))),
        ]
        if " " in street:
            fields.append(("a", f"{_compact(street)} {number}".strip()))
    for contact in contacts:
        fields += [
            (
                "r",
                " ".join(
                    p
                    for p in (contact.get("first_name"), contact.get("name_prefix"), contact.get("last_name"))
                    if p
                ),
            ),
            ("e", contact.get("email") or ""),
            ("f", phone_digits(contact.get("phone"))),
        ]
    seen: set[tuple[str, str]] = set()
    parts: list[str] = []
    for tag, value in fields:
        folded = fold(value)
        if folded and (tag, folded) not in seen:
            seen.add((tag, folded))
            parts.append(f"#{tag} {folded}")
    return " ".join(parts)


_COMPANY = ("name", "legal_name", "kvk_number", "email", "phone")
_EST = ("trade_name", "establishment_number", "street", "house_number", "postcode", "city", "email", "phone")
_CONTACT = ("first_name", "name_prefix", "last_name", "email", "phone")


def _columns(entity: type, names: Sequence[str]) -> list:
    return [getattr(entity, name) for name in names]


def lock(session: Session, company_ids: Iterable[int]) -> None:
    """Hold these companies' rows until the transaction ends (PostgreSQL; SQLite has one writer).

    Every rebuild of a search document takes this lock before it reads, so two desks' rebuilds
    of one company run one after the other, and the later one reads the earlier one's committed
    rows (READ COMMITTED: each statement after the wait sees what was committed meanwhile).
    Without it a colleague saving the company's notes while another changed a street wrote a
    document with the old street last, and the company was no longer found by its new one.
    A service that changes an establishment or a contact takes it before its own UPDATE, so the
    locks are always taken company first and two such saves cannot deadlock.
    """
    ids = sorted(set(company_ids))
    if ids and session.get_bind().dialect.name == "postgresql":
        session.execute(select(Company.id).where(Company.id.in_(ids)).order_by(Company.id).with_for_update())


def refresh(session: Session, company_ids: Iterable[int]) -> None:
    """Rebuild the search documents of these companies from the database as this session sees it,
    under a lock on the companies' rows (``lock``), in the transaction that changed them.
    """
    ids = sorted(set(company_ids))
    if not ids:
        return
    session.flush()
    lock(session, ids)
    write_documents(session, documents(session, ids), replace=True)


def documents(session: Session, ids: Sequence[int]) -> list[dict]:
    """``{"id": company id, "doc": …}`` of these companies as the data stands in this session.

    Read with three queries, not through ``Company.establishments`` and ``contact_links``:
    those collections, once loaded, miss the establishments and links the services add by
    foreign key later in the same unit of work (and cost two queries per company).
    """
    establishments: dict[int, list[dict]] = {company_id: [] for company_id in ids}
    for company_id, *values in session.execute(
        select(Establishment.company_id, *_columns(Establishment, _EST))
        .where(Establishment.company_id.in_(ids), Establishment.archived_at.is_(None))
        .order_by(Establishment.company_id, Establishment.is_main.desc(), Establishment.id)
    ):
        establishments[company_id].append(dict(zip(_EST, values, strict=True)))
    contacts: dict[int, list[dict]] = {company_id: [] for company_id in ids}
    for company_id, *values in session.execute(
        select(CompanyContact.company_id, *_columns(Contact, _CONTACT))
        .join(Contact, Contact.id == CompanyContact.contact_id)
        .where(CompanyContact.company_id.in_(ids), Contact.archived_at.is_(None))
        .order_by(CompanyContact.company_id, CompanyContact.id)
    ):
        contacts[company_id].append(dict(zip(_CONTACT, values, strict=True)))
    # A company merged into one of these (models.duplicates) is found by its old name and KvK
    # number: they stay in the survivor's document as a legal name and a KvK number would.
    former: dict[int, list[str]] = {company_id: [] for company_id in ids}
    for survivor_id, name, legal_name, kvk in session.execute(
        select(Company.merged_into_id, Company.name, Company.legal_name, Company.kvk_number).where(
            Company.merged_into_id.in_(ids)
        )
    ):
        former[survivor_id] += [f"#l {fold(p)}" for p in (name, legal_name) if fold(p)]
        former[survivor_id] += [f"#k {fold(kvk)}"] if kvk else []
    return [
        {
            "id": company_id,
            "doc": " ".join(
                [
                    document(
                        dict(zip(_COMPANY, values, strict=True)),
                        establishments[company_id],
                        contacts[company_id],
                    ),
                    *former[company_id],
                ]
            ),
        }
        for company_id, *values in session.execute(
            select(Company.id, *_columns(Company, _COMPANY)).where(Company.id.in_(ids))
        )
    ]


def write_documents(session: Session, docs: list[dict], *, replace: bool) -> None:
    """Store ``{"id": company id, "doc": document(…)}`` in the company index (``fulltext.write``)."""
    fulltext.write(session, TABLE, docs, replace=replace, key=KEY)


def rebuild_all(session: Session, batch: int = 5000, advance: Callable[[int], None] | None = None) -> int:
    """Recreate every document (after a bulk import or a transfer); returns how many were written.

    ``advance`` hears how many companies each batch did (progress; it may raise to cancel).
    On PostgreSQL the names' words go first: the documents' triggers would otherwise look up, for
    each word, whether a document still holds it (revision 0022); the new documents add them again.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"DELETE FROM {NAME_WORDS}"))
    session.execute(text(f"DELETE FROM {TABLE}"))
    last, written = 0, 0
    while True:
        ids = session.scalars(
            select(Company.id).where(Company.id > last).order_by(Company.id).limit(batch)
        ).all()
        if not ids:
            return written
        refresh(session, ids)
        session.expunge_all()
        last, written = ids[-1], written + len(ids)
        if advance is not None:
            advance(len(ids))


@dataclass(frozen=True, kw_only=True)
class Drift:
    """What ``admin check`` found: companies whose document is missing or differs from their data,
    and documents of companies that no longer exist (ids, smallest first)."""

    checked: int
    missing: list[int]
    stale: list[int]
    orphaned: list[int]

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.orphaned)


def drift(session: Session, batch: int = 2000) -> Drift:
    """Compare every company's stored search document with the one its committed data gives."""
    key = "rowid" if session.get_bind().dialect.name == "sqlite" else KEY
    missing: list[int] = []
    stale: list[int] = []
    last, checked = 0, 0
    while True:
        ids = list(
            session.scalars(select(Company.id).where(Company.id > last).order_by(Company.id).limit(batch))
        )
        if not ids:
            break
        stored = dict(
            session.execute(
                text(f"SELECT {key}, doc FROM {TABLE} WHERE {key} BETWEEN :low AND :high"),
                {"low": ids[0], "high": ids[-1]},
            )
            .tuples()
            .all()
        )
        for doc in documents(session, ids):
            if doc["id"] not in stored:
                missing.append(doc["id"])
            elif stored[doc["id"]] != doc["doc"]:
                stale.append(doc["id"])
        last, checked = ids[-1], checked + len(ids)
        session.expunge_all()
    orphaned = list(
        session.scalars(
            text(f"SELECT {key} FROM {TABLE} WHERE {key} NOT IN (SELECT id FROM company) ORDER BY {key}")
        )
    )
    return Drift(checked=checked, missing=missing, stale=stale, orphaned=orphaned)


def repair(session: Session) -> Drift:
    """Rewrite what ``drift`` finds (under the companies' locks); returns what was found. The
    caller commits."""
    found = drift(session)
    key = "rowid" if session.get_bind().dialect.name == "sqlite" else KEY
    wrong = sorted(found.missing + found.stale)
    for start in range(0, len(wrong), 1000):
        refresh(session, wrong[start : start + 1000])
    if found.orphaned:
        session.execute(
            text(f"DELETE FROM {TABLE} WHERE {key} IN :ids").bindparams(bindparam("ids", expanding=True)),
            {"ids": found.orphaned},
        )
    return found


# -- the query -------------------------------------------------------------------------------------

# What each field of the document weighs when the query matches it (a whole identifier most).
WEIGHTS = {
    "k": 100,
    "v": 96,
    "f": 95,
    "e": 92,
    "n": 100,
    "t": 94,
    "r": 90,
    "l": 86,
    "a": 88,
    "p": 82,
    "c": 45,
}
# Words spread over fields: a mailbox name counts no more than a place ("sgraveland@bakker.nl" is
# not what "noordereinde 2 sgraveland" asks for; the place field is).
_SCATTERED_WEIGHTS = {**WEIGHTS, "e": WEIGHTS["c"]}
_DIGIT_FIELDS = frozenset("kvf")
_JOINED = re.compile(r"^([a-z]{3,})([0-9]+[a-z]?)$")  # "dorpsstraat12" is "dorpsstraat 12"
_PHONE_TYPED = re.compile(r"^\s*(\+|00|0)[0-9\s()./-]{8,}$")

OWN_BONUS, RECENT_BONUS, ARCHIVED_PENALTY = 2.0, 3.0, 20.0
CANDIDATES = 150  # per candidate source; ranking reads their documents
PHRASE_SCAN = 3000  # SQLite: documents of the words read to find the phrase among them
PHRASE_KEPT = 600  # SQLite: of those holding the phrase, ordered by whole words before the cut
# PostgreSQL: the index of the word pairs of the documents (revision 0020) and how much of a word it keeps.
PAIRS, PAIR_WORD = "company_search_pairs", 100
FUZZY_CANDIDATES = 500  # typo candidates first ranked by name likeness alone
TYPO_KEPT = 60  # of those, the most alike ranked with the others
FUZZY_MIN = 75  # 0-100: how alike a name must be to count as a misspelling of the query
# PostgreSQL: the names' words and their index (revision 0022), and how many words like a typed one
# are looked for (pg_trgm's similarity threshold, 0.3, decides which are like it at all).
NAME_WORDS, NAMES, LIKE_WORDS = "company_search_word", "company_search_words", 6
LIKE_SHARE = 0.75  # of those, the ones at least this share as like it as the likest


def national_phone(typed: str) -> str | None:
    """``+31 35 656 1234``, ``0031 35…``, ``+31 (0)35-…`` and ``035-…`` as ``0356561234``."""
    if not _PHONE_TYPED.match(typed):
        return None
    try:
        stored = normalise.phone(typed)
    except InvalidValue:
        stored = None
    if stored is not None:
        return phone_digits(stored)
    number = digits(typed)
    if typed.strip().startswith(("+", "00")):
        number = number[2:] if typed.strip().startswith("00") else number
        if number.startswith("31"):
            rest = number[2:]
            return "0" + (rest[1:] if rest.startswith("0") else rest)
        return number
    return number


def pair_query(words: Sequence[str]) -> str:
    """The tsquery of revision 0020's index of word pairs that holds these (folded) words one after the
    other: ``'jan de' & 'de vries'``. Folded words hold only a-z and 0-9: nothing to quote."""
    cut = [word[:PAIR_WORD] for word in words]
    return " & ".join(f"'{first} {second}'" for first, second in zip(cut, cut[1:], strict=False))


@dataclass(frozen=True)
class Query:
    """What was typed, folded and normalised the way the documents are."""

    typed: str
    text: str  # folded; a street glued to its number split ("dorpsstraat 12")
    tokens: tuple[str, ...]
    phone: str | None  # national digits when the query is a phone number

    @classmethod
    def of(cls, typed: str) -> Query:
        folded = fold(typed)
        if "@" not in typed:
            folded = " ".join(
                m.group(1) + " " + m.group(2) if (m := _JOINED.match(t)) else t for t in folded.split()
            )
        phone = national_phone(typed)
        if phone is not None and len(phone) >= 9:
            folded = phone
        else:
            phone = None
        return cls(typed=typed, text=folded, tokens=tuple(folded.split()), phone=phone)


def fields_of(doc: str) -> list[tuple[str, str]]:
    """The tagged fields of a document; a document of an older version is one name-less field."""
    if doc.startswith("#"):
        return [(part[0], part[2:]) for part in doc[1:].split(" #") if part]
    return [("x", part.strip()) for part in doc.split("  ") if part.strip()]


def _quality(query: str, value: str, digit_field: bool) -> tuple[float, int]:
    """How well ``query`` matches one field's value (0-1) and where (-1: not as a phrase)."""
    if value == query:
        return 1.0, 0
    at = value.find(query)
    if at < 0:
        return 0.0, -1
    end = at + len(query)
    whole_start = at == 0 or value[at - 1] == " "
    whole_end = end == len(value) or value[end] == " "
    # A number inside a longer number ("12" in "120", seven digits of a KvK number) is a fragment.
    fragment = (query[-1].isdigit() and end < len(value) and value[end].isdigit()) or (
        query[0].isdigit() and at > 0 and value[at - 1].isdigit()
    )
    if fragment:
        return (0.45 if digit_field else 0.5) + (0.05 if at == 0 else 0.0), at
    if at == 0:
        return (0.95 if whole_end else 0.9), at
    if whole_start:
        return (0.85 if whole_end else 0.8), at
    return 0.6, at


@dataclass(frozen=True)
class _Scored:
    score: float
    tag: str
    value: str  # the folded field value that matched best
    start: int
    end: int


def score_document(query: Query, doc: str) -> _Scored:
    """The best field for this query, weighted; scattered words count for less than a phrase."""
    best = _Scored(0.0, "", "", 0, 0)
    text = query.text
    if doc.startswith("#"):
        # The phrase as typed: find it in the document and score only the fields it is in.
        at = doc.find(text)
        while at >= 0:
            head = doc.rfind("#", 0, at)
            tail = doc.find(" #", at)
            tail = len(doc) if tail < 0 else tail
            tag, value = doc[head + 1], doc[head + 3 : tail]
            quality, where = _quality(text, value, tag in _DIGIT_FIELDS)
            weighted = WEIGHTS.get(tag, 80) * quality
            if weighted > best.score:
                best = _Scored(weighted, tag, value, where, where + len(text))
            at = doc.find(text, tail)
        if best.score > 0.0 or len(query.tokens) == 1:
            return best
    fields = fields_of(doc)
    for tag, value in fields:
        weight = WEIGHTS.get(tag, 80)
        quality, at = _quality(text, value, tag in _DIGIT_FIELDS) if text in value else (0.0, -1)
        if quality == 0.0 and len(query.tokens) > 1:
            # Every word in this one field, though not as typed: near, but not a phrase.
            positions = [value.find(t) for t in query.tokens]
            if all(p >= 0 for p in positions):
                quality = 0.55 if positions == sorted(positions) else 0.5
                at = -1
        if quality and weight * quality > best.score:
            start = at if at >= 0 else 0
            end = at + len(text) if at >= 0 else 0
            best = _Scored(weight * quality, tag, value, start, end)
    if best.score == 0.0 and len(query.tokens) > 1:
        # Scattered over fields: each part's best field, at most 0.6 of a phrase's worth (an exact
        # name and its place above a longer trade name holding every word with others between). A part
        # is the longest run of words found together in one field ("noordereinde 2" of
        # "noordereinde 2 sgraveland"), so a house number counts where it follows its street, not
        # as the first digit of a KvK number elsewhere.
        total = 0.0
        for part in _parts(query.tokens, fields):
            text = " ".join(part)
            found = [
                _SCATTERED_WEIGHTS.get(tag, 80) * _quality(text, value, tag in _DIGIT_FIELDS)[0]
                for tag, value in fields
                if text in value
            ]
            if not found:
                return best  # a word found nowhere: not this company
            total += max(found) * len(part)
        first = next(((tag, v) for tag, v in fields if query.tokens[0] in v), ("", ""))
        best = _Scored(0.6 * total / len(query.tokens), first[0], first[1], 0, 0)
    return best


def _parts(tokens: Sequence[str], fields: Sequence[tuple[str, str]]) -> list[Sequence[str]]:
    """The query's words in runs, left to right, each as long as one field holds it as typed."""
    parts: list[Sequence[str]] = []
    start = 0
    while start < len(tokens):
        end = start + 1
        while end < len(tokens) and any(" ".join(tokens[start : end + 1]) in value for _, value in fields):
            end += 1
        parts.append(tokens[start:end])
        start = end
    return parts


def _fuzzy_score(query: Query, doc: str) -> _Scored:
    """For a misspelling no field contains: how alike the names (and contact persons) are."""
    best = _Scored(0.0, "", "", 0, 0)
    for tag, value in fields_of(doc):
        if tag not in ("n", "t", "l", "r", "x"):
            continue
        likeness = max(fuzz.ratio(query.text, value), fuzz.token_set_ratio(query.text, value) - 5)
        if len(query.tokens) == 1:  # one word: like one of the words of the name
            likeness = max(likeness, *(fuzz.ratio(query.text, word) - 3 for word in value.split()))
        if likeness >= FUZZY_MIN and likeness * 0.45 > best.score:
            best = _Scored(likeness * 0.45, tag, value, 0, 0)
    return best


# -- why a company was found -----------------------------------------------------------------------

FIELD_LABELS = {
    "n": QT_TRANSLATE_NOOP("labels", "name"),
    "l": QT_TRANSLATE_NOOP("labels", "legal name"),
    "k": QT_TRANSLATE_NOOP("labels", "KvK number"),
    "e": QT_TRANSLATE_NOOP("labels", "e-mail"),
    "f": QT_TRANSLATE_NOOP("labels", "phone"),
    "t": QT_TRANSLATE_NOOP("labels", "establishment"),
    "v": QT_TRANSLATE_NOOP("labels", "vestigingsnummer"),
    "a": QT_TRANSLATE_NOOP("labels", "establishment"),
    "p": QT_TRANSLATE_NOOP("labels", "postcode"),
    "c": QT_TRANSLATE_NOOP("labels", "place"),
    "r": QT_TRANSLATE_NOOP("labels", "contact person"),
    "x": QT_TRANSLATE_NOOP("labels", "found in"),
}
SIMILAR_LABEL = QT_TRANSLATE_NOOP("labels", "similar to")


@dataclass(frozen=True, kw_only=True)
class MatchReason:
    """Why a company was found: the field (a label for ``views.common.text.label``), its value as
    the file spells it, and the part of it that matched (``start`` = ``end``: nothing to mark)."""

    label: str
    text: str
    start: int
    end: int

    @property
    def marked(self) -> bool:
        return self.end > self.start


def fold_positions(original: str) -> tuple[str, list[int]]:
    """``fold`` of ``original`` and, for each folded character, where it came from in the original."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(original):
        folded = fold(ch) if ch.strip() else ""
        if not folded:
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
            continue
        for f in folded:
            out.append(f)
            where.append(i)
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def reason_for(query: Query, originals: Sequence[str], tag: str, fuzzy: bool) -> MatchReason | None:
    """The reason in the file's own spelling, the matching part marked."""
    label = SIMILAR_LABEL if fuzzy else FIELD_LABELS.get(tag, FIELD_LABELS["x"])
    for original in originals:
        folded, where = fold_positions(original)
        if tag == "f":
            folded, where = digits(original), [i for i, ch in enumerate(original) if "0" <= ch <= "9"]
        at = folded.find(query.text) if not fuzzy else -1
        if at < 0 and not fuzzy and " " not in query.text and " " in folded:
            # Typed together ("sgraveland"): look in the value without its spaces.
            kept = [i for i, ch in enumerate(folded) if ch != " "]
            folded, where = folded.replace(" ", ""), [where[i] for i in kept]
            at = folded.find(query.text)
        if at < 0 and not fuzzy and len(query.tokens) > 1:
            at_first = folded.find(query.tokens[0])
            if at_first >= 0 and all(t in folded for t in query.tokens):
                end = at_first + len(query.tokens[0])
                return MatchReason(label=label, text=original, start=where[at_first], end=where[end - 1] + 1)
        if at >= 0:
            end = at + len(query.text)
            return MatchReason(label=label, text=original, start=where[at], end=where[end - 1] + 1)
    if originals:
        return MatchReason(label=label, text=originals[0], start=0, end=0)
    return None


# -- the service -----------------------------------------------------------------------------------


class SearchService:
    """Finds companies by any fragment, best first, each with the reason it was found.

    Candidates come from the indexes (exact identifiers, the name index, the document index for
    the phrase and for every word, trigram likeness for typos); each candidate's document is then
    scored field by field (``score_document``), so what decides the order is how well a company
    fits, not which source found it first. Ties: the official's own companies, then recently
    opened files, then the name and the id — the same order every time.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    def search(
        self,
        fragment: str,
        *,
        limit: int = 20,
        include_archived: bool = False,
        recent: Sequence[int] = (),
    ) -> list[SearchHit]:
        """``recent``: the files this official opened lately, most recent first (a tie-breaker)."""
        check(self.session, Permission.VIEW_COMPANIES)
        query = Query.of(fragment[:200])
        if not query.text:
            return []
        candidates: set[int] = set()
        exact = self._survivors(self._identifiers(query))
        candidates.update(exact)
        if len(query.text) < 3:
            candidates.update(self._name_prefix(query.text, limit * 2, include_archived))
            return self._rank(query, candidates, set(), limit, include_archived, recent)
        contained: list[int] = []
        if not (exact and (query.text.replace(" ", "").isdigit() or _POSTCODE.match(query.text))):
            candidates.update(self._name_prefix(query.text, limit * 2, include_archived))
            # Every word first: the index answers that fast (it stops at the limit). When more
            # companies fit than that (or a word is too short for the index), the phrase is looked up
            # too: first as whole words ("dorpsstraat 1" and not "… 12"), then its last word as the
            # beginning of one; and the official's own companies and files opened lately among all that
            # fit, so a cut of equal ones never leaves out those the tie-break puts first.
            # A phrase with a short word ("jan d") is looked up first: its long word alone ("jan")
            # is in tens of thousands of documents, and when the phrase fills the hits shown the
            # words scattered over a file add nothing that outranks them.
            long = [t for t in query.tokens if len(t) >= 3] or [query.text]
            phrase = len(query.tokens) > 1 and len(long) < len(query.tokens)
            if phrase:
                contained = self._containing(long, include_archived, phrase=query.text)
            broad = len(contained) >= CANDIDATES
            if len(contained) < limit:
                scattered = self._containing(long, include_archived)
                broad = len(scattered) >= CANDIDATES
                if broad and len(query.tokens) > 1 and not phrase:
                    scattered += self._containing(long, include_archived, phrase=query.text)
                contained += scattered
            if broad:
                contained += self._preferred(long, include_archived, recent)
            candidates.update(contained)
        fuzzy: set[int] = set()
        # A word no document contains: look for what it may be a misspelling of.
        # So is a name written one way that is also written another ("bakkerei", "bakkerij").
        words = any(len(t) >= 5 for t in query.tokens)
        named = len(contained) < 3 and len(query.tokens) == 1 and not any(ch.isdigit() for ch in query.text)
        if not exact and (not contained or named) and query.phone is None and words:
            fuzzy = set(self._fuzzy(query, include_archived)) - candidates
        return self._rank(query, candidates, fuzzy, limit, include_archived, recent)

    # -- candidate sources -------------------------------------------------------------------

    def _identifiers(self, query: Query) -> list[int]:
        """Companies whose KvK number, vestigingsnummer, postcode or phone is exactly the query."""
        compact = query.text.replace(" ", "")
        found: list[int] = []
        if compact.isdigit() and len(compact) == 8:
            found += self.session.scalars(select(Company.id).where(Company.kvk_number == compact))
        if compact.isdigit() and 7 <= len(compact) <= 12:
            # An archived establishment (moved, closed) is out of the search document too.
            found += self.session.scalars(
                select(Establishment.company_id).where(
                    Establishment.establishment_number == compact.zfill(12),
                    Establishment.archived_at.is_(None),
                )
            )
        postcode = _POSTCODE.match(query.text)
        if postcode:
            found += self.session.scalars(
                select(Establishment.company_id)
                .where(
                    Establishment.postcode_compact == (postcode.group(1) + postcode.group(2)).upper(),
                    Establishment.archived_at.is_(None),
                )
                .limit(CANDIDATES)
            )
        return found

    def _survivors(self, ids: list[int]) -> list[int]:
        """A merged company's tombstone stands for the company it was merged into (its KvK
        number still leads there); followed down a chain of merges."""
        if not ids:
            return ids
        result = list(ids)
        for _ in range(5):
            moved: dict[int, int | None] = dict(
                self.session.execute(
                    select(Company.id, Company.merged_into_id).where(
                        Company.id.in_(result), Company.merged_into_id.is_not(None)
                    )
                )
                .tuples()
                .all()
            )
            if not moved:
                break
            result = list(dict.fromkeys(moved.get(i) or i for i in result))
        return result

    def _archived_filter(self, include_archived: bool) -> str:
        return "" if include_archived else " AND c.archived_at IS NULL"

    def _name_prefix(self, text: str, limit: int, include_archived: bool) -> list[int]:
        stmt = select(Company.id).where(Company.name_folded >= text, Company.name_folded < text + "\uffff")
        if not include_archived:
            stmt = stmt.where(Company.archived_at.is_(None))
        return list(self.session.scalars(stmt.order_by(Company.name_folded, Company.id).limit(limit)))

    def _containing(self, tokens: list[str], include_archived: bool, phrase: str | None = None) -> list[int]:
        """Documents that contain every token; with ``phrase``, those that hold the phrase as typed,
        the ones holding it as whole words first ("dorpsstraat 1", not "dorpsstraat 12").

        On SQLite a phrase of common trigrams (" de") is slow to look up in the index itself (it
        reads every document that holds them): its words are looked up, the phrase checked on those.
        """
        archived = self._archived_filter(include_archived)
        if self.dialect == "sqlite" and all(len(t) >= 3 for t in tokens):
            match = " AND ".join('"' + t.replace('"', '""') + '"' for t in tokens)
            if phrase:
                # At most PHRASE_SCAN documents of the words are read for the phrase: a bound on
                # the time a very common word can take.
                # Of the first PHRASE_KEPT that hold the phrase, those holding it as whole words first.
                sql = (
                    f"SELECT id FROM (SELECT c.id, found.doc FROM (SELECT rowid AS id, doc FROM {TABLE} "
                    f"WHERE {TABLE} MATCH :m LIMIT {PHRASE_SCAN}) AS found JOIN company c ON c.id = found.id "
                    f"WHERE instr(found.doc, :phrase) > 0{archived} LIMIT {PHRASE_KEPT}) AS kept "
                    f"ORDER BY instr(kept.doc || ' ', :whole) = 0 LIMIT :limit"
                )
                return list(
                    self.session.scalars(
                        text(sql), {"m": match, "phrase": phrase, "whole": f" {phrase} ", "limit": CANDIDATES}
                    )
                )
            sql = (
                f"SELECT c.id FROM {TABLE} JOIN company c ON c.id = {TABLE}.rowid "
                f"WHERE {TABLE} MATCH :m{archived} LIMIT :limit"
            )
            return list(self.session.scalars(text(sql), {"m": match, "limit": CANDIDATES}))
        if phrase:
            return self._phrase_pairs(phrase, archived)
        found = fulltext.match(self.dialect, TABLE, tokens, key=KEY)
        if found is None:
            return []
        sql = f"SELECT c.id FROM {TABLE} JOIN company c ON c.id = {found.key} WHERE {found.where}{archived} LIMIT :limit"
        return list(self.session.scalars(text(sql), {**found.params, "limit": CANDIDATES}))

    def _phrase_pairs(self, phrase: str, archived: str) -> list[int]:
        """PostgreSQL: the documents that hold the phrase, through the index of the pairs of words
        that follow each other in a field (revision 0020): as whole words first ("dorpsstraat 1",
        not "… 12"), then with the last word as the beginning of one ("bakkerij d").

        The trigrams of a short word (" d", "de ") are in nearly every document: looked up in the
        trigram index, "jan de" read them all (70-260 ms at 250,000 companies); its pair is in few.
        Each lookup stops at the limit.
        """
        pairs = pair_query(phrase.split())
        found_ids: list[int] = []
        for whole in (True, False):
            sql = (
                f"SELECT c.id FROM {TABLE} JOIN company c ON c.id = {TABLE}.{KEY} "
                f"WHERE {PAIRS}({TABLE}.doc) @@ CAST(:pairs AS tsquery) "
                f"AND strpos({TABLE}.doc || ' ', :phrase) > 0{archived} LIMIT :limit"
            )
            found_ids += self.session.scalars(
                text(sql),
                {
                    "pairs": pairs if whole else pairs + ":*",
                    "phrase": f" {phrase} " if whole else f" {phrase}",
                    "limit": CANDIDATES,
                },
            )
            if len(found_ids) >= CANDIDATES:
                break
        return found_ids

    def _preferred(self, tokens: list[str], include_archived: bool, recent: Sequence[int]) -> list[int]:
        """Of the companies whose document holds every token, the official's own (the index on
        the account manager) and the files opened lately: when more companies fit than are
        ranked, these are what the tie-break puts first among equals."""
        me = self.session.info.get(CURRENT_USER)
        found: list[int] = [int(i) for i in recent[:50]]  # scored like any candidate: kept if they fit
        if me is None:
            return found
        if self.dialect == "sqlite":
            inner = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :m"
            params: dict[str, object] = {
                "m": " AND ".join('"' + t.replace('"', '""') + '"' for t in tokens if len(t) >= 3)
                or '"' + " ".join(tokens).replace('"', '""') + '"'
            }
        else:
            match = fulltext.match(self.dialect, TABLE, tokens, key=KEY)
            if match is None:
                return found
            inner, params = f"SELECT {match.key} FROM {TABLE} WHERE {match.where}", dict(match.params)
        sql = (
            f"SELECT c.id FROM company c WHERE c.account_manager_id = :me AND c.id IN ({inner})"
            f"{self._archived_filter(include_archived)} LIMIT :limit"
        )
        return found + list(self.session.scalars(text(sql), {**params, "me": me, "limit": CANDIDATES}))

    def _fuzzy(self, query: Query, include_archived: bool) -> list[int]:
        """Companies whose text is like the query although none contains it: a typo, anywhere.

        Candidates from the trigram index on both databases: the documents that hold the front or
        the back of each longer word (a typo in the first letters leaves the back intact). They are
        ordered by their names' likeness: pg_trgm's similarity on PostgreSQL, rapidfuzz on SQLite.
        """
        groups: list[list[str]] = []
        typed = [t for t in query.tokens if len(t) >= 5]
        # Pieces of four letters at least for one word alone, or "aan" would fetch every "laan";
        # with more words the others narrow it down.
        shortest = 3 if len(typed) > 1 else 4
        for word in typed:
            # A typo leaves the front or the back of a word intact, whichever half it is not in.
            half = min(len(word) - 1, max(shortest, len(word) // 2))
            pieces = {word[:half], word[-half:], word[3:] if len(word) >= 8 else word[-half:]}
            groups.append(sorted(pieces))
        groups = [g for g in groups if g]
        archived = self._archived_filter(include_archived)
        if groups and self.dialect == "postgresql":
            named = self._named_like(query, typed, archived)
            if named is not None:
                found, whole = named
                # Every company whose names hold all the words is among them: nothing behind the
                # first word can add one.
                return found if whole else found + self._behind_the_first_word(query, archived)
        behind = self._behind_the_first_word(query, archived)
        if not groups:
            return behind
        if self.dialect == "sqlite":
            match = " AND ".join("(" + " OR ".join(f'"{p}"' for p in group) + ")" for group in groups)
            sql = (
                f"SELECT c.id, c.name_folded FROM {TABLE} JOIN company c ON c.id = {TABLE}.rowid "
                f"WHERE {TABLE} MATCH :m{archived} LIMIT :limit"
            )
            rows = self.session.execute(text(sql), {"m": match, "limit": FUZZY_CANDIDATES}).all()
            scored = sorted((-fuzz.WRatio(query.text, name), cid) for cid, name in rows)
            return [cid for _score, cid in scored[:TYPO_KEPT]] + behind
        params: dict[str, object] = {"q": query.text, "limit": FUZZY_CANDIDATES}
        where = []
        for i, group in enumerate(groups):
            ors = []
            for j, piece in enumerate(group):
                params[f"p{i}_{j}"] = f"%{piece}%"
                ors.append(f"{TABLE}.doc LIKE :p{i}_{j}")
            where.append("(" + " OR ".join(ors) + ")")
        # Names, not whole documents, are compared: a name is short, so pg_trgm's similarity is cheap.
        sql = (
            f"SELECT id FROM (SELECT c.id, c.name_folded FROM {TABLE} JOIN company c ON c.id = {TABLE}.{KEY} "
            f"WHERE {' AND '.join(where)}{archived} LIMIT :limit) AS found "
            f"ORDER BY similarity(:q, name_folded) DESC, id LIMIT {TYPO_KEPT}"
        )
        return list(self.session.scalars(text(sql), params)) + behind

    def _named_like(self, query: Query, typed: Sequence[str], archived: str) -> tuple[list[int], bool] | None:
        """PostgreSQL: typo candidates through the words of the names (revision 0022), and whether
        they are all the companies whose names hold every typed word or one like it; None when no
        typed word is like a name's word (a misspelt number, a street): the pieces then.

        Each typed word is first matched against the distinct words of all names
        (``company_search_word``, a few thousand, trigram likeness), then the companies whose names
        hold a word like every misspelt one are looked up in the index of the names' words, first
        with the words some name holds as typed ("vecht" of "kaspalon de vecht"), then, when no
        name holds them all, without them (a place: "kortenhoef" of "boetverhuur kortenhoef"). Reading the
        documents that hold a piece of the word instead ("bureau" of "adivesbureau") took 20-70 ms
        at 250,000 companies; looking for a word anywhere in those documents, 40-60 ms.
        """
        words = [t for t in typed if t.isalpha()]
        if not words:
            return None
        # A word of four letters narrows the names down only as typed ("laan" of "bkkerij van der laan").
        short = [t for t in dict.fromkeys(query.tokens) if len(t) == 4 and t.isalpha()]
        close: dict[str, list[str]] = {t: [] for t in words + short}
        best: dict[str, float] = {}
        for typed_word, word, likeness in self.session.execute(
            text(
                f"SELECT typed, similar_words.* FROM unnest(CAST(:words AS text[])) AS typed_words(typed) "
                f"CROSS JOIN LATERAL (SELECT word, similarity(word, typed) AS likeness FROM {NAME_WORDS} "
                f"WHERE word % typed ORDER BY likeness DESC, word LIMIT {LIKE_WORDS}) AS similar_words"
            ),
            {"words": words + short},
        ):
            # The words nearly as like it as the likest other one ("autobedrijf", not every other
            # "…bedrijf"); the word itself when a name holds it as typed ("bakkerei" and "bakkerij").
            if word == typed_word or likeness >= LIKE_SHARE * best.setdefault(typed_word, likeness):
                close[typed_word].append(word)
        misspelt = [t for t in words if close[t] and t not in close[t]] or [t for t in words if close[t]]
        if not misspelt:
            return None
        groups = ["(" + " | ".join(f"'{w}'" for w in close[t]) + ")" for t in misspelt]
        exact = [f"'{t}'" for t in words + short if t not in misspelt and t in close[t]]
        found, whole = self._with_names(query, groups + exact, archived)
        if exact and not found:
            more, whole = self._with_names(query, groups, archived)
            found += [i for i in more if i not in found]
        return found, whole and len(words) == len(typed)

    def _with_names(self, query: Query, words: Sequence[str], archived: str) -> tuple[list[int], bool]:
        """The companies whose names hold every one of these words (tsquery terms), the most alike
        by name first, and whether that is all of them (none left out by the limit). The index
        answers exactly: no document is read but those it finds."""
        sql = (
            f"SELECT id, count(*) OVER () FROM (SELECT c.id, c.name_folded FROM {TABLE} "
            f"JOIN company c ON c.id = {TABLE}.{KEY} "
            f"WHERE {NAMES}({TABLE}.doc) @@ CAST(:names AS tsquery){archived} LIMIT :limit) AS found "
            f"ORDER BY similarity(:q, name_folded) DESC, id LIMIT {TYPO_KEPT}"
        )
        params = {"names": " & ".join(words), "q": query.text, "limit": FUZZY_CANDIDATES}
        rows = self.session.execute(text(sql), params).all()
        return [row[0] for row in rows], bool(rows) and rows[0][1] < FUZZY_CANDIDATES

    def _behind_the_first_word(self, query: Query, archived: str) -> list[int]:
        """Typo candidates of a query of three words or more: the companies holding its words after
        the first as typed ("de vecht" of "kaspalon de vecht"), most alike by name first.

        A typo in the first letters is mostly in the first word, and the pieces of that word can
        be in thousands of documents ("alon" of every kapsalon, "cht" of every Loosdrecht): at
        250,000 companies the intended one was not among the first FUZZY_CANDIDATES of them. The
        words behind it are a phrase, found through the index of word pairs on PostgreSQL
        (revision 0020) and as a substring by FTS5 on SQLite.
        """
        rest = " ".join(query.tokens[1:])
        if len(query.tokens) < 3 or len(rest) < 3:
            return []
        if self.dialect == "sqlite":
            sql = (
                f"SELECT c.id, c.name_folded FROM {TABLE} JOIN company c ON c.id = {TABLE}.rowid "
                f"WHERE {TABLE} MATCH :m{archived} LIMIT :limit"
            )
            rows = self.session.execute(text(sql), {"m": f'"{rest}"', "limit": FUZZY_CANDIDATES}).all()
            scored = sorted((-fuzz.WRatio(query.text, name), cid) for cid, name in rows)
            return [cid for _score, cid in scored[:TYPO_KEPT]]
        sql = (
            f"SELECT id FROM (SELECT c.id, c.name_folded FROM {TABLE} JOIN company c ON c.id = {TABLE}.{KEY} "
            f"WHERE {PAIRS}({TABLE}.doc) @@ CAST(:pairs AS tsquery) "
            f"AND strpos({TABLE}.doc || ' ', :phrase) > 0{archived} LIMIT :limit) AS found "
            f"ORDER BY similarity(:q, name_folded) DESC, id LIMIT {TYPO_KEPT}"
        )
        params = {
            "pairs": pair_query(query.tokens[1:]),
            "phrase": f" {rest} ",
            "q": query.text,
            "limit": FUZZY_CANDIDATES,
        }
        return list(self.session.scalars(text(sql), params))

    # -- ranking and display -----------------------------------------------------------------

    def _rank(
        self,
        query: Query,
        candidates: set[int],
        fuzzy: set[int],
        limit: int,
        include_archived: bool,
        recent: Sequence[int],
    ) -> list[SearchHit]:
        ids = sorted(candidates | fuzzy)
        if not ids:
            return []
        doc_key = f"{TABLE}.rowid" if self.dialect == "sqlite" else f"{TABLE}.{KEY}"
        # The ids are the database's own integers: written into the statement, they cost
        # nothing to bind (hundreds of parameters did, measured).
        rows = self.session.execute(
            text(
                f"SELECT c.id, c.name_folded, c.archived_at, c.account_manager_id, {TABLE}.doc "
                f"FROM company c LEFT JOIN {TABLE} ON {doc_key} = c.id "
                f"WHERE c.id IN ({','.join(str(int(i)) for i in ids)})"
            )
        ).all()
        me = self.session.info.get(CURRENT_USER)
        recency = {cid: len(recent) - i for i, cid in enumerate(recent[:50])}
        scored: list[tuple[float, str, int, _Scored, bool]] = []
        for cid, folded, archived_at, manager, stored in rows:
            if archived_at is not None and not include_archived:
                continue
            doc = stored or ""
            match = score_document(query, doc) if cid in candidates else _Scored(0.0, "", "", 0, 0)
            similar = False
            if match.score <= 0.0 and cid in fuzzy:
                match, similar = _fuzzy_score(query, doc), True
            if match.score <= 0.0:
                continue
            value = match.score
            if match.tag == "n" and folded:
                value += 5.0 * min(1.0, len(query.text) / len(folded))  # more of the name typed
            if me is not None and manager == me:
                value += OWN_BONUS
            if cid in recency:
                value += RECENT_BONUS * recency[cid] / max(1, len(recency))
            if archived_at is not None:
                value -= ARCHIVED_PENALTY
            scored.append((value, folded or "", cid, match, similar))
        scored.sort(key=lambda s: (-round(s[0], 6), s[1], s[2]))
        return self._hits(query, scored[:limit])

    def _hits(self, query: Query, scored: list[tuple[float, str, int, _Scored, bool]]) -> list[SearchHit]:
        if not scored:
            return []
        ids = [cid for _v, _f, cid, _m, _s in scored]
        rows = {
            row[0]: row
            for row in self.session.execute(
                select(
                    Company.id,
                    Company.name,
                    Company.kvk_number,
                    Company.archived_at,
                    Company.legal_name,
                    Company.email,
                    Company.phone,
                    Establishment.street,
                    Establishment.house_number,
                    Establishment.postcode,
                    Establishment.city,
                    Area.name,
                )
                .outerjoin(Establishment, (Establishment.company_id == Company.id) & Establishment.is_main)
                .outerjoin(Area, Area.id == Establishment.area_id)
                .where(Company.id.in_(ids))
            )
        }
        originals = self._originals(ids, {cid: m.tag for _v, _f, cid, m, _s in scored}, rows)
        hits: list[SearchHit] = []
        for value, _folded, cid, match, similar in scored:
            row = rows.get(cid)
            if row is None:
                continue
            _id, name, kvk, archived_at, *_rest, street, number, postcode, city, area = row
            reason = reason_for(query, originals.get(cid, []), match.tag, similar)
            hits.append(
                SearchHit(
                    company_id=cid,
                    name=name,
                    kvk_number=kvk,
                    address=f"{street} {number}, {postcode} {city}" if street else "",
                    area=area,
                    archived=archived_at is not None,
                    score=value,
                    reason=reason,
                )
            )
        return hits

    def _originals(self, ids: list[int], tags: dict[int, str], rows: dict[int, Any]) -> dict[int, list[str]]:
        """The values of the matched field as the file spells them, for the reasons shown."""
        out: dict[int, list[str]] = {cid: [] for cid in ids}
        need_est = [cid for cid in ids if tags[cid] in "tvapcef"]
        need_contacts = [cid for cid in ids if tags[cid] in "ref"]
        for cid in ids:
            row = rows.get(cid)
            if row is None:
                continue
            tag = tags[cid]
            if tag in ("n", "x", ""):
                out[cid].append(row[1])
            elif tag == "l" and row[4]:
                out[cid].append(row[4])
            elif tag == "k" and row[2]:
                out[cid].append(row[2])
            elif tag == "e" and row[5]:
                out[cid].append(row[5])
            elif tag == "f" and row[6]:
                out[cid].append(format_phone(row[6]))
        if need_est:
            for cid, trade, number, street, house, postcode, city, email, phone in self.session.execute(
                select(
                    Establishment.company_id,
                    Establishment.trade_name,
                    Establishment.establishment_number,
                    Establishment.street,
                    Establishment.house_number,
                    Establishment.postcode,
                    Establishment.city,
                    Establishment.email,
                    Establishment.phone,
                )
                .where(Establishment.company_id.in_(need_est), Establishment.archived_at.is_(None))
                .order_by(Establishment.company_id, Establishment.is_main.desc(), Establishment.id)
            ):
                tag = tags[cid]
                if tag == "f":
                    value = format_phone(phone) if phone else None
                else:
                    value = {"t": trade, "v": number, "a": f"{street} {house}", "p": postcode, "c": city}.get(
                        tag, email
                    )
                if value:
                    out[cid].append(value)
        if need_contacts:
            for cid, first, prefix, last, email, phone in self.session.execute(
                select(
                    CompanyContact.company_id,
                    Contact.first_name,
                    Contact.name_prefix,
                    Contact.last_name,
                    Contact.email,
                    Contact.phone,
                )
                .join(Contact, Contact.id == CompanyContact.contact_id)
                .where(CompanyContact.company_id.in_(need_contacts), Contact.archived_at.is_(None))
                .order_by(CompanyContact.company_id, CompanyContact.id)
            ):
                tag = tags[cid]
                if tag == "r":
                    out[cid].append(" ".join(p for p in (first, prefix, last) if p))
                elif tag == "e" and email:
                    out[cid].append(email)
                elif tag == "f" and phone:
                    out[cid].append(format_phone(phone))
        return out
