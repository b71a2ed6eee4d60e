"""Are two companies the same? A score with the reasons a person can check.

Exact identifiers decide: the same vestigingsnummer or KvK number is the same company (100).
Otherwise the evidence is weighed: a name that looks alike at the same address (postcode and
house number) or in the same postcode, the same phone number, the same e-mail address. Each
piece becomes a ``Reason`` shown to the user ("naam lijkt 94 % · zelfde postcode en
huisnummer"); more independent pieces raise the score. Two different KvK numbers say they are
two legal entities, whatever else they share (a holding and its operating company at one
address), so such a pair stays below the default threshold.

``MatchIndex`` finds candidates without comparing all pairs: profiles are blocked by what they
share exactly (KvK, vestigingsnummer, address, postcode, phone, e-mail), and only profiles in a
common block are compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any

from models.i18n import QT_TRANSLATE_NOOP
from models.matching.normalise import key_similarity, name_key
from models.text import fold

DEFAULT_MIN_SCORE = 70
CERTAIN = 100
# A postcode holds a street or two; a business park's may hold hundreds of companies. Blocking on
# a postcode that large would compare hundreds of pairs for little: addresses still block there.
LARGEST_POSTCODE_BLOCK = 200
MIN_BLOCK_WORD = 4  # shorter words ("de", "en", "van") say nothing about which company it is


@dataclass(frozen=True, kw_only=True)
class Profile:
    """What matching knows of one company, or of one row of a file being imported."""

    key: Hashable
    kvk_number: str | None = None
    establishment_numbers: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()
    addresses: frozenset[tuple[str, str]] = frozenset()  # (postcode compact, house_number_key)
    postcodes: frozenset[str] = frozenset()  # compact
    phones: frozenset[str] = frozenset()  # E.164
    emails: frozenset[str] = frozenset()
    archived: bool = False
    name_keys: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not self.name_keys:
            keys = tuple(dict.fromkeys(k for k in (name_key(n) for n in self.names) if k))
            object.__setattr__(self, "name_keys", keys)


@dataclass(frozen=True, kw_only=True)
class Reason:
    code: str  # kvk, establishment, name_address, name_postcode, address, phone, email
    text: str  # English source text, translated in the "matching" context
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Match:
    key: Hashable
    score: int
    reasons: tuple[Reason, ...]


SAME_KVK = Reason(code="kvk", text=QT_TRANSLATE_NOOP("matching", "same KvK number"))
SAME_ESTABLISHMENT = Reason(code="establishment", text=QT_TRANSLATE_NOOP("matching", "same vestigingsnummer"))
SAME_PHONE = Reason(code="phone", text=QT_TRANSLATE_NOOP("matching", "same phone number"))
SAME_EMAIL = Reason(code="email", text=QT_TRANSLATE_NOOP("matching", "same e-mail address"))
SAME_ADDRESS = Reason(code="address", text=QT_TRANSLATE_NOOP("matching", "same postcode and house number"))


def _name_address(similarity: int) -> Reason:
    return Reason(
        code="name_address",
        text=QT_TRANSLATE_NOOP("matching", "name {similarity} % alike · same postcode and house number"),
        params={"similarity": similarity},
    )


def _name_postcode(similarity: int) -> Reason:
    return Reason(
        code="name_postcode",
        text=QT_TRANSLATE_NOOP("matching", "name {similarity} % alike · same postcode"),
        params={"similarity": similarity},
    )


# A holding and the company it holds share a name and an address but are two legal entities: a
# pair of which only one is a holding is shown as possible at most, for a person to judge.
HOLDING_CAP = 69


def _holding(profile: Profile) -> bool:
    return any("holding" in fold(name).split() for name in profile.names)


def similarity(a: Profile, b: Profile) -> int:
    """The best name similarity between any name of one and any name of the other."""
    return max((key_similarity(x, y) for x in a.name_keys for y in b.name_keys), default=0)


def compare(a: Profile, b: Profile) -> Match | None:
    """The evidence that ``a`` and ``b`` are the same company, as a match on ``b``; None if none."""
    if a.establishment_numbers & b.establishment_numbers:
        same_kvk = (SAME_KVK,) if a.kvk_number and a.kvk_number == b.kvk_number else ()
        return Match(key=b.key, score=CERTAIN, reasons=(SAME_ESTABLISHMENT, *same_kvk))
    if a.kvk_number and a.kvk_number == b.kvk_number:
        return Match(key=b.key, score=CERTAIN, reasons=(SAME_KVK,))

    scores: list[int] = []
    reasons: list[Reason] = []
    alike = similarity(a, b)
    if a.addresses & b.addresses:
        if alike >= 85:
            scores.append(alike)
            reasons.append(_name_address(alike))
        elif alike >= 50:
            scores.append(60 + (alike - 50) // 2)  # 60–77: a possible match for a person to judge
            reasons.append(_name_address(alike))
        else:
            scores.append(50)  # a business centre holds many companies at one address
            reasons.append(SAME_ADDRESS)
    elif a.postcodes & b.postcodes and alike >= 90:
        scores.append(alike - 10)
        reasons.append(_name_postcode(alike))
    if a.phones & b.phones:
        # Unlike names behind one number: a business centre's or an accountant's switchboard.
        scores.append(85 if alike >= 60 else 65)
        reasons.append(SAME_PHONE)
    if a.emails & b.emails:
        scores.append(90 if alike >= 60 else 78)
        reasons.append(SAME_EMAIL)
    if not scores:
        return None
    # More pieces of evidence raise the score, when the names agree: unlike names at one address
    # with one phone number is one fact (a shared building), not two.
    bonus = 5 * (len(scores) - 1) if alike >= 60 else 0
    score = min(99, max(scores) + bonus)
    if a.kvk_number and b.kvk_number:  # two legal entities: at most a hint
        score = min(score, 60)
    elif _holding(a) != _holding(b):  # "Jansen Holding B.V." and "Bakkerij Jansen": two entities, likely
        score = min(score, HOLDING_CAP)
    return Match(key=b.key, score=score, reasons=tuple(reasons))


def _blocks(profile: Profile) -> Iterator[tuple[str, Hashable]]:
    if profile.kvk_number:
        yield "kvk", profile.kvk_number
    for number in profile.establishment_numbers:
        yield "establishment", number
    for address in profile.addresses:
        yield "address", address
    # Within a postcode only a name at least 90 % alike counts (``compare``), and such names share
    # a word: blocked by postcode and word, so a business park's postcode with hundreds of
    # companies is not compared pair by pair (250,000 companies: minutes against seconds).
    words = {w for key in profile.name_keys for w in key.split() if len(w) >= MIN_BLOCK_WORD}
    for code in profile.postcodes:
        for word in words:
            yield "postcode", (code, word)
    for phone in profile.phones:
        yield "phone", phone
    for email in profile.emails:
        yield "email", email


class MatchIndex:
    """Profiles in memory, found again by what they share exactly; compared only within blocks."""

    def __init__(self) -> None:
        self._profiles: dict[Hashable, Profile] = {}
        self._order: dict[Hashable, int] = {}
        self._blocks: dict[tuple[str, Hashable], list[Hashable]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._profiles)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._profiles

    def get(self, key: Hashable) -> Profile | None:
        return self._profiles.get(key)

    def add(self, profile: Profile) -> None:
        if profile.key in self._profiles:
            raise ValueError(f"profile {profile.key!r} is already in the index")
        self._profiles[profile.key] = profile
        self._order[profile.key] = len(self._order)
        for block in _blocks(profile):
            self._blocks[block].append(profile.key)

    def by_kvk(self, kvk_number: str) -> list[Profile]:
        return [self._profiles[k] for k in self._blocks.get(("kvk", kvk_number), ())]

    def by_establishment(self, number: str) -> Profile | None:
        keys = self._blocks.get(("establishment", number), ())
        return self._profiles[keys[0]] if keys else None

    def _neighbours(self, profile: Profile) -> dict[Hashable, None]:
        found: dict[Hashable, None] = {}
        for block in _blocks(profile):
            members = self._blocks.get(block, ())
            if block[0] == "postcode" and len(members) > LARGEST_POSTCODE_BLOCK:
                continue
            for key in members:
                if key != profile.key:
                    found[key] = None
        return found

    def candidates(self, profile: Profile, min_score: int = DEFAULT_MIN_SCORE) -> list[Match]:
        """Profiles in the index that are probably ``profile``, best first."""
        matches = []
        for key in self._neighbours(profile):
            match = compare(profile, self._profiles[key])
            if match is not None and match.score >= min_score:
                matches.append(match)
        matches.sort(key=lambda m: (-m.score, self._order[m.key]))
        return matches

    def pairs(self, min_score: int = DEFAULT_MIN_SCORE) -> Iterator[tuple[Hashable, Hashable, Match]]:
        """Every pair of profiles in the index that is probably one company, each pair once."""
        for key, profile in self._profiles.items():
            mine = self._order[key]
            for other in self._neighbours(profile):
                if self._order[other] <= mine:
                    continue
                match = compare(profile, self._profiles[other])
                if match is not None and match.score >= min_score:
                    yield key, other, match
