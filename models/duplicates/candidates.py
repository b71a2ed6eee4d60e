"""Possible duplicates (*Mogelijke dubbelen*): pairs of companies, and of contact persons, that are
probably the same, each with its score and reasons, best first; and the pairs a person said are
not ("Geen dubbel"), which are not offered again.

Candidates come from ``models.matching``: profiles blocked by what they share exactly, compared
only within a block (never all pairs). Tombstones of merged records are left out; archived
companies are in (an archived copy is still worth merging into its active twin).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.base import CURRENT_USER
from models.companies.entities import Company, CompanyContact, Contact, Establishment
from models.duplicates.entities import COMPANY, CONTACT, DuplicateDecision
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.matching import normalise
from models.matching.compare import DEFAULT_MIN_SCORE, Match, MatchIndex, Profile, Reason, compare
from models.matching.contacts import ContactIndex, ContactProfile
from models.matching.profiles import companies_near, company_profiles
from models.permissions import Permission, requires
from models.progress import SILENT, Progress
from models.validation import InvalidValue


@dataclass(frozen=True, kw_only=True)
class Side:
    """One of the two records of a candidate pair, as the list shows it."""

    id: int
    name: str
    detail: str  # a company's address, a contact person's companies
    archived: bool


@dataclass(frozen=True, kw_only=True)
class CandidatePair:
    kind: str
    first: Side
    second: Side
    score: int
    reasons: tuple[Reason, ...]
    group: int  # pairs that share a record (three copies of one bakery) have the same group


@dataclass(frozen=True, kw_only=True)
class Candidate:
    """A company that is probably the one on screen."""

    id: int
    name: str
    detail: str
    archived: bool
    score: int
    reasons: tuple[Reason, ...]


def _id(key: Hashable) -> int:
    """Profiles of the database are keyed by id (an import's rows by row number)."""
    assert isinstance(key, int)
    return key


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _decided(session: Session, kind: str, ids: Iterable[int] | None = None) -> set[tuple[int, int]]:
    stmt = select(DuplicateDecision.low_id, DuplicateDecision.high_id).where(DuplicateDecision.kind == kind)
    if ids is not None:
        wanted = list(ids)
        stmt = stmt.where(or_(DuplicateDecision.low_id.in_(wanted), DuplicateDecision.high_id.in_(wanted)))
    return {(a, b) for a, b in session.execute(stmt).tuples()}


def _tombstones(session: Session, kind: str) -> set[int]:
    entity = Company if kind == COMPANY else Contact
    return set(session.scalars(select(entity.id).where(entity.merged_into_id.is_not(None))))


def _company_sides(session: Session, ids: Iterable[int]) -> dict[int, Side]:
    wanted = sorted(set(ids))
    sides: dict[int, Side] = {}
    for start in range(0, len(wanted), 1000):
        chunk = wanted[start : start + 1000]
        rows = session.execute(
            select(
                Company.id,
                Company.name,
                Company.archived_at,
                Establishment.street,
                Establishment.house_number,
                Establishment.postcode,
                Establishment.city,
            )
            .outerjoin(Establishment, (Establishment.company_id == Company.id) & Establishment.is_main)
            .where(Company.id.in_(chunk))
        ).all()
        for cid, name, archived_at, street, number, postcode, city in rows:
            if cid in sides:
                continue
            address = f"{street} {number}, {postcode} {city}" if street else ""
            sides[cid] = Side(id=cid, name=name, detail=address, archived=archived_at is not None)
    return sides


def _groups(pairs: list[tuple[int, int]]) -> dict[int, int]:
    """Connected records get one group number (the smallest id among them)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in parent}


def _sorted(kind: str, found: list[tuple[int, int, Match]], sides: dict[int, Side]) -> list[CandidatePair]:
    groups = _groups([(a, b) for a, b, _ in found])
    result = [
        CandidatePair(
            kind=kind,
            first=sides[a],
            second=sides[b],
            score=match.score,
            reasons=match.reasons,
            group=groups[a],
        )
        for a, b, match in found
        if a in sides and b in sides
    ]
    result.sort(key=lambda p: (-p.score, p.first.name.lower(), p.first.id, p.second.id))
    return result


@requires(Permission.VIEW_COMPANIES)
def company_candidates(
    session: Session, min_score: int = DEFAULT_MIN_SCORE, *, progress: Progress = SILENT
) -> list[CandidatePair]:
    """Every pair of companies that is probably one, best first, without those decided "not a
    duplicate" and without tombstones of merged companies."""
    tombstones = _tombstones(session, COMPANY)
    total = session.scalar(select(Company.id).order_by(Company.id.desc()).limit(1)) or 0
    index = MatchIndex()
    for profile in company_profiles(session):
        if profile.key in tombstones:
            continue
        index.add(profile)
        if len(index) % 5000 == 0:
            progress.step(_id(profile.key), total)
    decided = _decided(session, COMPANY)
    found: list[tuple[int, int, Match]] = []
    for a, b, match in index.pairs(min_score):
        pair = _pair(_id(a), _id(b))
        if pair not in decided:
            found.append((pair[0], pair[1], match))
    progress.step(total, total)
    sides = _company_sides(session, {i for a, b, _ in found for i in (a, b)})
    return _sorted(COMPANY, found, sides)


@requires(Permission.VIEW_COMPANIES)
def candidates_for_company(
    session: Session, company_id: int, min_score: int = DEFAULT_MIN_SCORE
) -> list[Candidate]:
    """The companies that are probably this one (its file's badge and the merge dialog), best first."""
    own = next(iter(company_profiles(session, [company_id])), None)
    if own is None:
        return []
    near = _near(session, own)
    if not near:
        return []
    decided = _decided(session, COMPANY, [company_id])
    tombstones = set(
        session.scalars(select(Company.id).where(Company.id.in_(near), Company.merged_into_id.is_not(None)))
    )
    matches: list[Match] = []
    for profile in company_profiles(session, near):
        if profile.key in tombstones or _pair(company_id, _id(profile.key)) in decided:
            continue
        match = compare(own, profile)
        if match is not None and match.score >= min_score:
            matches.append(match)
    matches.sort(key=lambda m: (-m.score, _id(m.key)))
    sides = _company_sides(session, [_id(m.key) for m in matches])
    return [
        Candidate(
            id=side.id,
            name=side.name,
            detail=side.detail,
            archived=side.archived,
            score=m.score,
            reasons=m.reasons,
        )
        for m in matches
        if (side := sides.get(_id(m.key))) is not None
    ]


# Below this a name in the same postcode cannot make a candidate (``compare`` wants 90 there, and
# 50 at the same address, which is kept anyway): most of a postcode is left out before profiles are read.
_NEAR_NAME = 85


def _near(session: Session, own: Profile) -> list[int]:
    """The companies that can be a match of ``own``: those sharing an identifier, phone or e-mail
    (``companies_near`` without the postcode), and of those in its postcode only the ones at its
    address or with a name alike, judged from the names alone (a business park's postcode holds
    hundreds of companies, whose full profiles would cost more than the 50 ms a file may take)."""
    found = set(companies_near(session, replace(own, postcodes=frozenset())))
    if own.postcodes:
        rows = session.execute(
            select(
                Establishment.company_id,
                Establishment.postcode_compact,
                Establishment.house_number,
                Establishment.trade_name,
                Company.name,
                Company.legal_name,
            )
            .join(Company, Company.id == Establishment.company_id)
            .where(Establishment.postcode_compact.in_(own.postcodes))
        ).tuples()
        for company_id, compact, house, trade_name, name, legal_name in rows:
            if company_id == own.key or company_id in found:
                continue
            if (compact, normalise.house_number_key(house)) in own.addresses:
                found.add(company_id)
                continue
            keys = [normalise.name_key(n) for n in (trade_name, name, legal_name) if n]
            if any(normalise.key_similarity(k, mine) >= _NEAR_NAME for k in keys for mine in own.name_keys):
                found.add(company_id)
    return sorted(found)


def _clean(normaliser: Any, values: Iterable[str | None]) -> frozenset[str]:
    found = set()
    for value in values:
        try:
            clean = normaliser(value)
        except InvalidValue:
            continue
        if clean:
            found.add(clean)
    return frozenset(found)


def contact_profiles(session: Session) -> list[ContactProfile]:
    companies: dict[int, set[int]] = {}
    for contact_id, company_id in session.execute(
        select(CompanyContact.contact_id, CompanyContact.company_id)
    ):
        companies.setdefault(contact_id, set()).add(company_id)
    rows = session.execute(
        select(
            Contact.id,
            Contact.first_name,
            Contact.name_prefix,
            Contact.last_name,
            Contact.email,
            Contact.phone,
        ).where(Contact.merged_into_id.is_(None))
    ).all()
    return [
        ContactProfile(
            key=cid,
            first_name=first or "",
            name_prefix=prefix or "",
            last_name=last or "",
            emails=frozenset(e.lower() for e in _clean(normalise.email, [email])),
            phones=_clean(normalise.phone, [phone]),
            companies=frozenset(companies.get(cid, ())),
        )
        for cid, first, prefix, last, email, phone in rows
    ]


@requires(Permission.VIEW_COMPANIES)
def contact_candidates(session: Session, min_score: int = DEFAULT_MIN_SCORE) -> list[CandidatePair]:
    """Every pair of contact persons that is probably one person, within and across companies."""
    index = ContactIndex()
    profiles = contact_profiles(session)
    for profile in profiles:
        index.add(profile)
    decided = _decided(session, CONTACT)
    found = []
    for a, b, match in index.pairs(min_score):
        pair = _pair(_id(a), _id(b))
        if pair not in decided:
            found.append((pair[0], pair[1], match))
    wanted = {i for a, b, _ in found for i in (a, b)}
    names: dict[int, list[str]] = {}
    for contact_id, name in session.execute(
        select(CompanyContact.contact_id, Company.name)
        .join(Company, Company.id == CompanyContact.company_id)
        .where(CompanyContact.contact_id.in_(wanted))
        .order_by(Company.name)
    ):
        names.setdefault(contact_id, []).append(name)
    sides = {
        _id(p.key): Side(
            id=_id(p.key),
            name=" ".join(x for x in (p.first_name, p.name_prefix, p.last_name) if x),
            detail=", ".join(names.get(_id(p.key), [])),
            archived=False,
        )
        for p in profiles
        if p.key in wanted
    }
    return _sorted(CONTACT, found, sides)


@requires(Permission.MERGE_COMPANIES)
def not_a_duplicate(session: Session, kind: str, first_id: int, second_id: int) -> None:
    """Remember that these two are not the same ("Geen dubbel"): the pair is not offered again."""
    if kind not in (COMPANY, CONTACT) or first_id == second_id:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "A record cannot be compared with itself."))
    low, high = _pair(first_id, second_id)
    exists = session.scalar(
        select(DuplicateDecision.id).where(
            and_(
                DuplicateDecision.kind == kind,
                DuplicateDecision.low_id == low,
                DuplicateDecision.high_id == high,
            )
        )
    )
    if exists is not None:
        return
    try:
        with session.begin_nested():
            session.add(
                DuplicateDecision(
                    kind=kind, low_id=low, high_id=high, decided_by_id=session.info.get(CURRENT_USER)
                )
            )
    except IntegrityError:
        pass  # a colleague decided the same a moment ago


@requires(Permission.VIEW_COMPANIES)
def candidate_count(session: Session, company_id: int) -> int:
    """How many companies are probably this one: the badge on its file."""
    return len(candidates_for_company(session, company_id))


def keys(pairs: Iterable[CandidatePair]) -> list[tuple[Hashable, Hashable]]:
    return [(p.first.id, p.second.id) for p in pairs]
