"""Dutch words as people type them in a question: stems, compounds, synonyms and typos.

The knowledge base is searched with questions written the way people say them ("hoe vraag ik een
terras aan", "terrasvergunning aanvragen", "terassen"): the words that carry no meaning are set
aside, the others are reduced to their stem (Snowball's Dutch stemmer: ``terrassen`` → ``terras``,
``vergunningen`` → ``vergun``), and a word matches another when the stems are equal, when one is
part of the other (Dutch compounds: ``terrasvergunning`` holds ``terras`` and ``vergun``), when
they are synonyms the desk uses interchangeably, or when they differ by a typo.
"""

from __future__ import annotations

import functools

import snowballstemmer
from rapidfuzz import fuzz

# Words that say how something is asked, not what: left out unless nothing else is typed.
_STOPWORDS_TEXT = """
aan al alle als bij dan dat de der des deze die dit doe doen door een en er ga gaan had heb hebben
heeft het hier hoe hun ik in is je jij kan kun kunnen krijg krijgen me mag meer met mij mijn moet
moeten na naar niet nog nu of om onder ons ook op over te tot u uw van voor waar wanneer wat we
welk welke wie wij wil willen word worden wordt ze zij zijn zo zonder
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# Stems the desk uses for one thing (keep it small and obvious; a stem maps to its group).
_SYNONYM_GROUPS = (
    {"vergun", "onthef", "toestemm"},
    {"aanvraag", "aanvrag", "vraag", "aanmeld"},
    {"bedrijf", "onderneming", "ondernem", "zak"},
    {"evenement", "festival", "feest"},
    {"afval", "vuilnis", "afvalstoff"},
    {"parker", "parkeerplat", "park"},
    {"horeca", "cafe", "restaurant"},
)
SYNONYMS: dict[str, frozenset[str]] = {
    stem: frozenset(group - {stem}) for group in _SYNONYM_GROUPS for stem in group
}

_STEMMER = snowballstemmer.stemmer("dutch")
TYPO_MIN = 80  # 0-100: how alike two stems must be to count as one with a typo


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of a folded word (cached: the same words come back with every keystroke)."""
    return _STEMMER.stemWord(word)


def content_words(folded: str) -> list[str]:
    """The words of a folded question that carry its meaning; all of them when none does."""
    words = folded.split()
    meaningful = [w for w in words if w not in STOPWORDS]
    return meaningful or words


def likeness(query_word: str, text_word: str) -> float:
    """0-1: how well one typed word matches one word of an article."""
    if query_word == text_word:
        return 1.0
    q, t = stem(query_word), stem(text_word)
    if q == t:
        return 0.95
    if t in SYNONYMS.get(q, ()):
        return 0.85
    # Compounds: "terras" in "terrasvergunning", "vergun" in "parkeervergunning", and the other way.
    if len(q) >= 4 and q in text_word:
        return 0.8
    if len(q) >= 5 and len(t) >= 4 and fuzz.ratio(q, t) >= TYPO_MIN:
        return 0.7
    # A typo inside a compound ("terasvergunning"): like a part of the word as long as the query.
    if len(q) >= 6 and len(text_word) > len(q) and fuzz.partial_ratio(q, text_word) >= 88:
        return 0.6
    return 0.0


def best_likeness(query_word: str, words: set[str]) -> float:
    """How well one typed word matches the best of these words; a typed compound
    ("terrasvergunning") matches when each of its parts does ("terras", "vergunning")."""
    best = 0.0
    for word in words:
        value = likeness(query_word, word)
        if value > best:
            best = value
            if best == 1.0:
                return best
    if best < 0.75 and len(query_word) >= 8:
        whole = stem(query_word)
        for word in words:
            part = stem(word)
            if len(part) >= 4 and part in whole:
                rest = [r for r in whole.replace(part, " ", 1).split() if len(r) >= 3]
                if rest and all(any(likeness(r, w) >= 0.7 for w in words if w != word) for r in rest):
                    return 0.75
    return best


def pieces(word: str) -> list[str]:
    """Fragments of a word to find candidates by substring: its stem's start and, against a typo
    in the first letters, its end."""
    s = stem(word)
    found = {s[:5] if len(s) >= 3 else word}
    if len(word) >= 6:
        found.add(word[-4:])
    return sorted(p for p in found if len(p) >= 3)
