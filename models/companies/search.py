"""One search service for both databases: any fragment of a company file finds the company.

Every company has one search document: the folded text of its names, KvK number,
establishments (trade names, numbers, streets, postcodes with and without space, places)
and contact persons (names, e-mail, phone). SQLite indexes it with FTS5's trigram tokenizer,
PostgreSQL with a pg_trgm GIN index; both answer "which documents contain this substring"
from the index. Short fragments (one or two characters) cannot use trigrams and go through
the indexed folded name instead. Exact identifiers (KvK, vestigingsnummer, postcode) are
looked up first through their own unique indexes, so they always rank above a name match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models import fulltext
from models.companies.entities import Area, Company, CompanyContact, Contact, Establishment
from models.text import digits, fold
from models.validation import format_phone

TABLE = "company_search"
KEY = "company_id"  # the index's id column on PostgreSQL (SQLite: the rowid)

_POSTCODE = re.compile(r"^([1-9][0-9]{3}) ?([a-z]{2})$")

# Scores: identifiers beat names, names beat other fields, fuzzy hits come last.
EXACT_KVK, EXACT_ESTABLISHMENT, EXACT_POSTCODE = 1000, 990, 900
NAME_PREFIX, SUBSTRING, FUZZY = 600, 300, 0
FUZZY_MIN = 75  # 0-100: how alike a name must be to count as a misspelling of the query


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    company_id: int
    name: str
    kvk_number: str | None
    address: str
    area: str | None
    archived: bool
    score: float


def phone_digits(stored: str | None) -> str:
    """``+31201234567`` as typed nationally: ``0201234567``."""
    return digits(format_phone(stored)) if stored else ""


def document(company: dict, establishments: Iterable[dict], contacts: Iterable[dict]) -> str:
    """The folded search text of one company; plain dicts so bulk imports can use it too."""
    parts: list[str] = [
        company.get("name") or "",
        company.get("legal_name") or "",
        company.get("kvk_number") or "",
        company.get("email") or "",
        phone_digits(company.get("phone")),
    ]
    for est in establishments:
        compact = (est.get("postcode") or "").replace(" ", "")
        parts += [
            est.get("trade_name") or "",
            est.get("establishment_number") or "",
            f"{est.get('street') or ''} {est.get('house_number') or ''}",
            est.get("postcode") or "",
            compact,
            est.get("city") or "",
            est.get("email") or "",
            phone_digits(est.get("phone")),
        ]
    for contact in contacts:
        parts += [
            " ".join(
                p
                for p in (contact.get("first_name"), contact.get("name_prefix"), contact.get("last_name"))
                if p
            ),
            contact.get("email") or "",
            phone_digits(contact.get("phone")),
        ]
    # Two spaces between fields: a fragment never spans two fields by accident.
    return "  ".join(fold(p) for p in parts if p)


_COMPANY = ("name", "legal_name", "kvk_number", "email", "phone")
_EST = ("trade_name", "establishment_number", "street", "house_number", "postcode", "city", "email", "phone")
_CONTACT = ("first_name", "name_prefix", "last_name", "email", "phone")


def _columns(entity: type, names: Sequence[str]) -> list:
    return [getattr(entity, name) for name in names]


def refresh(session: Session, company_ids: Iterable[int]) -> None:
    """Rebuild the search documents of these companies from the database as this session sees it.

    Read with three queries, not through ``Company.establishments`` and ``contact_links``:
    those collections, once loaded, miss the establishments and links the services add by
    foreign key later in the same unit of work (and cost two queries per company).
    """
    ids = sorted(set(company_ids))
    if not ids:
        return
    session.flush()
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
    # A company merged into one of these (models.duplicates) is found by its old name and KvK number.
    former: dict[int, list[str]] = {company_id: [] for company_id in ids}
    for survivor_id, name, legal_name, kvk in session.execute(
        select(Company.merged_into_id, Company.name, Company.legal_name, Company.kvk_number).where(
            Company.merged_into_id.in_(ids)
        )
    ):
        former[survivor_id] += [fold(p) for p in (name, legal_name, kvk) if p]
    docs = [
        {
            "id": company_id,
            "doc": "  ".join(
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
    write_documents(session, docs, replace=True)


def write_documents(session: Session, docs: list[dict], *, replace: bool) -> None:
    """Store ``{"id": company id, "doc": document(…)}`` in the company index (``fulltext.write``)."""
    fulltext.write(session, TABLE, docs, replace=replace, key=KEY)


def rebuild_all(session: Session, batch: int = 5000, advance: Callable[[int], None] | None = None) -> int:
    """Recreate every document (after a bulk import or a transfer); returns how many were written.

    ``advance`` hears how many companies each batch did (progress; it may raise to cancel).
    """
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


class SearchService:
    """Finds companies by any fragment, best first."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name

    def search(self, fragment: str, *, limit: int = 20, include_archived: bool = False) -> list[SearchHit]:
        query = fold(fragment)
        if not query:
            return []
        scores: dict[int, float] = {}

        def offer(ids: Iterable[int], score: float) -> None:
            for company_id in ids:
                if scores.get(company_id, -1) < score:
                    scores[company_id] = score

        # An exact identifier ranks first. A postcode is answered by it alone: the companies
        # at that postcode are what was asked for, and the substring pass would find them again.
        found, score = self._identifiers(query)
        offer(self._survivors(found), score)
        if found and score == EXACT_POSTCODE:
            return self._rank(query, scores, limit, include_archived)
        prefixed = self._name_prefix(query, limit * 2, include_archived)
        offer(prefixed, NAME_PREFIX)
        tokens = query.split()
        # A substring hit always ranks below a name-prefix hit: with a full page of the
        # latter, the (costlier) substring search cannot change what is shown.
        if any(len(t) >= 3 for t in tokens) and len(prefixed) < limit:
            offer(self._substring(tokens, 200, include_archived), SUBSTRING)
        if len(scores) < limit and len(query) >= 4:
            offer(self._fuzzy(query, limit, include_archived), FUZZY)
        return self._rank(query, scores, limit, include_archived)

    # -- candidate sources -------------------------------------------------------------------

    def _identifiers(self, query: str) -> tuple[list[int], float]:
        """Companies whose KvK number, vestigingsnummer or postcode is exactly the query."""
        compact = query.replace(" ", "")
        if compact.isdigit() and len(compact) == 8:
            stmt = select(Company.id).where(Company.kvk_number == compact)
            return list(self.session.scalars(stmt)), EXACT_KVK
        if compact.isdigit() and len(compact) == 12:
            # An archived establishment (moved, closed) is out of the search document too.
            stmt = select(Establishment.company_id).where(
                Establishment.establishment_number == compact, Establishment.archived_at.is_(None)
            )
            return list(self.session.scalars(stmt)), EXACT_ESTABLISHMENT
        postcode = _POSTCODE.match(query)
        if postcode:
            stmt = (
                select(Establishment.company_id)
                .where(
                    Establishment.postcode_compact == (postcode.group(1) + postcode.group(2)).upper(),
                    Establishment.archived_at.is_(None),
                )
                .limit(200)
            )
            return list(self.session.scalars(stmt)), EXACT_POSTCODE
        return [], 0

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

    def _name_prefix(self, query: str, limit: int, include_archived: bool) -> list[int]:
        stmt = select(Company.id).where(Company.name_folded >= query, Company.name_folded < query + "\uffff")
        if not include_archived:
            stmt = stmt.where(Company.archived_at.is_(None))
        return list(self.session.scalars(stmt.order_by(Company.name_folded).limit(limit)))

    def _substring(self, tokens: list[str], limit: int, include_archived: bool) -> list[int]:
        found = fulltext.match(self.dialect, TABLE, tokens, key=KEY)
        if found is None:
            return []
        sql = (
            f"SELECT c.id FROM {TABLE} JOIN company c ON c.id = {found.key} "
            f"WHERE {found.where}{self._archived_filter(include_archived)} LIMIT :limit"
        )
        return list(self.session.scalars(text(sql), {**found.params, "limit": limit}))

    def _fuzzy(self, query: str, limit: int, include_archived: bool) -> list[int]:
        """Names like the query, for a misspelling ("bakkerei") that no substring matches.

        Typos are rarely in the first letters of what someone types: the names that start
        with the same three or four letters come from the name index (a range scan, fast at any size)
        and are ranked here by edit similarity. The same on both databases.
        """
        head = query[:4] if len(query) >= 6 else query[:3]
        stmt = select(Company.id, Company.name_folded).where(
            Company.name_folded >= head, Company.name_folded < head + "\uffff"
        )
        if not include_archived:
            stmt = stmt.where(Company.archived_at.is_(None))
        candidates = self.session.execute(stmt.limit(3000)).all()
        scored = sorted(((fuzz.partial_ratio(query, name), cid) for cid, name in candidates), reverse=True)
        return [cid for score, cid in scored[:limit] if score >= FUZZY_MIN]

    # -- ranking and display -----------------------------------------------------------------

    def _rank(
        self, query: str, scores: dict[int, float], limit: int, include_archived: bool
    ) -> list[SearchHit]:
        if not scores:
            return []
        rows = self.session.execute(
            select(
                Company.id,
                Company.name,
                Company.name_folded,
                Company.kvk_number,
                Company.archived_at,
                Establishment.street,
                Establishment.house_number,
                Establishment.postcode,
                Establishment.city,
                Area.name,
            )
            .outerjoin(Establishment, (Establishment.company_id == Company.id) & Establishment.is_main)
            .outerjoin(Area, Area.id == Establishment.area_id)
            .where(Company.id.in_(list(scores)))
        ).all()
        hits: list[SearchHit] = []
        for cid, name, folded, kvk, archived_at, street, number, postcode, city, area in rows:
            if archived_at is not None and not include_archived:
                continue
            base = scores[cid]
            similarity = fuzz.WRatio(query, folded)
            if base >= SUBSTRING and query in folded:
                base += 100 if folded.startswith(query) else 50
            address = f"{street} {number}, {postcode} {city}" if street else ""
            hits.append(
                SearchHit(
                    company_id=cid,
                    name=name,
                    kvk_number=kvk,
                    address=address,
                    area=area,
                    archived=archived_at is not None,
                    score=base + similarity,
                )
            )
        hits.sort(key=lambda h: (-h.score, h.name.lower()))
        return hits[:limit]
