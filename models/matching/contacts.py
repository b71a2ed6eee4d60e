"""Are two contact persons the same? The same rules as for companies, for people: exact
identifiers (e-mail, phone) weigh most, a name alone only counts within one company.

Two records of one person arise when each copy of a company got its own contact person, or when
someone was typed in twice at one company ("A. de Vries" and "Anna de Vries"). Names alone are a
weak sign across companies (many people are called Jansen), so a name needs an e-mail address,
a phone number or a shared company to become a candidate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from models.i18n import QT_TRANSLATE_NOOP
from models.matching.compare import DEFAULT_MIN_SCORE, Match, Reason
from models.text import fold

SAME_CONTACT_EMAIL = Reason(code="email", text=QT_TRANSLATE_NOOP("matching", "same e-mail address"))
SAME_CONTACT_PHONE = Reason(code="phone", text=QT_TRANSLATE_NOOP("matching", "same phone number"))
# A block this large (a shared switchboard number, info@ of a chain) says little about a person.
LARGEST_BLOCK = 50


def _same_company(similarity: int) -> Reason:
    return Reason(
        code="name_company",
        text=QT_TRANSLATE_NOOP("matching", "name {similarity} % alike · same company"),
        params={"similarity": similarity},
    )


def _name(similarity: int) -> Reason:
    return Reason(
        code="name",
        text=QT_TRANSLATE_NOOP("matching", "name {similarity} % alike"),
        params={"similarity": similarity},
    )


@dataclass(frozen=True, kw_only=True)
class ContactProfile:
    """What matching knows of one contact person."""

    key: Hashable
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    emails: frozenset[str] = frozenset()  # normalised
    phones: frozenset[str] = frozenset()  # E.164
    companies: frozenset[int] = frozenset()
    last_key: str = field(default="", compare=False)
    first_key: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "last_key", fold(f"{self.name_prefix} {self.last_name}".strip()))
        object.__setattr__(self, "first_key", fold(self.first_name))


def name_alike(a: ContactProfile, b: ContactProfile) -> int:
    """0–100. The family name must match closely; a first name may be an initial ("A." for Anna)."""
    if not a.last_key or not b.last_key:
        return 0
    last = fuzz.ratio(a.last_key, b.last_key)
    if last < 85:
        return int(last * 0.5)
    fa, fb = a.first_key.rstrip("."), b.first_key.rstrip(".")
    if not fa or not fb:
        first = 80.0
    elif fa == fb:
        first = 100.0
    elif len(fa) == 1 or len(fb) == 1:
        first = 85.0 if fa[0] == fb[0] else 20.0
    else:
        first = fuzz.ratio(fa, fb)
    return int(round(last * 0.6 + first * 0.4))


def compare_contacts(a: ContactProfile, b: ContactProfile) -> Match | None:
    """The evidence that ``a`` and ``b`` are one person, as a match on ``b``; None if none."""
    alike = name_alike(a, b)
    scores: list[int] = []
    reasons: list[Reason] = []
    if a.emails & b.emails:
        scores.append(95 if alike >= 70 else 75)
        reasons.append(SAME_CONTACT_EMAIL)
    if a.phones & b.phones:
        scores.append(90 if alike >= 70 else 65)
        reasons.append(SAME_CONTACT_PHONE)
    if a.companies & b.companies and alike >= 80:
        scores.append(alike - 5)
        reasons.append(_same_company(alike))
    elif scores and alike >= 80:
        reasons.append(_name(alike))
    if not scores:
        return None
    return Match(key=b.key, score=min(99, max(scores) + 5 * (len(scores) - 1)), reasons=tuple(reasons))


def _blocks(profile: ContactProfile) -> Iterator[tuple[str, Hashable]]:
    for email in profile.emails:
        yield "email", email
    for phone in profile.phones:
        yield "phone", phone
    if profile.last_key:
        for company in profile.companies:
            yield "company", company


class ContactIndex:
    """Contact persons in memory, compared only with those sharing an e-mail address, a phone
    number or a company."""

    def __init__(self) -> None:
        self._profiles: dict[Hashable, ContactProfile] = {}
        self._order: dict[Hashable, int] = {}
        self._blocks: dict[tuple[str, Hashable], list[Hashable]] = defaultdict(list)

    def add(self, profile: ContactProfile) -> None:
        self._profiles[profile.key] = profile
        self._order[profile.key] = len(self._order)
        for block in _blocks(profile):
            self._blocks[block].append(profile.key)

    def pairs(self, min_score: int = DEFAULT_MIN_SCORE) -> Iterator[tuple[Hashable, Hashable, Match]]:
        for key, profile in self._profiles.items():
            mine = self._order[key]
            seen: set[Hashable] = set()
            for block in _blocks(profile):
                members = self._blocks.get(block, ())
                if len(members) > LARGEST_BLOCK:
                    continue
                for other in members:
                    if other in seen or self._order[other] <= mine:
                        continue
                    seen.add(other)
                    match = compare_contacts(profile, self._profiles[other])
                    if match is not None and match.score >= min_score:
                        yield key, other, match
