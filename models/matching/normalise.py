"""What people and spreadsheets write, in the one form the application stores and compares.

Each function takes a cell's value as a spreadsheet or a form gives it (text, a whole number, a
float Excel made of a number) and returns the stored form, or ``None`` for an empty cell, or
raises ``InvalidValue`` with a message for a person. They repair only what can be repaired
without guessing: a KvK number of seven digits lost its leading zero in Excel and is padded,
but one in scientific notation (``8.77E+07``) has lost digits and is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from models.i18n import QT_TRANSLATE_NOOP
from models.text import digits, fold
from models.validation import InvalidValue, check_email, check_house_number, check_phone, check_postcode

_SCIENTIFIC = re.compile(r"^\s*[0-9]+([.,][0-9]+)?\s*[eE]\s*[+]?\s*[0-9]+\s*$")
_WHOLE_FLOAT = re.compile(r"^\s*([0-9]+)[.,]0+\s*$")

# Words that say what kind of legal entity a company is, not which company it is.
LEGAL_FORMS = frozenset(
    {
        "bv",
        "nv",
        "vof",
        "cv",
        "bva",
        "ez",
        "eenmanszaak",
        "holding",
        "stichting",
        "vereniging",
        "cooperatie",
        "ua",
    }
)
_LEGAL_FORM_RUNS = re.compile(r"\b(b v|n v|v o f|c v|u a)\b")


@dataclass(frozen=True, kw_only=True)
class Place:
    name: str  # the municipality's own spelling when known, else the value as typed
    known: bool


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value).strip()


def _number(value: object, length: int, what: str, *, shortest: int) -> str | None:
    text = _text(value)
    if not text:
        return None
    if _SCIENTIFIC.match(text):
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "errors",
                "This number was saved by Excel in scientific notation ({value}): its last digits are "
                "lost. Format the column as text in Excel and export it again.",
            ),
            value=text,
        )
    whole = _WHOLE_FLOAT.match(text)
    if whole:
        text = whole.group(1)
    compact = re.sub(r"[\s.\-]", "", text)
    if not compact.isdigit() or not compact.isascii() or len(compact) > length:
        raise InvalidValue(what)
    if len(compact) < shortest:  # Excel drops leading zeros; fewer digits than that is a wrong number
        raise InvalidValue(what)
    return compact.zfill(length)


def kvk_number(value: object) -> str | None:
    """``69599084``; ``"1234567"`` and ``1234567`` (Excel dropped the zero) become ``01234567``."""
    return _number(
        value,
        8,
        QT_TRANSLATE_NOOP("errors", "A KvK number has exactly 8 digits, for example 69599084."),
        shortest=7,  # KvK numbers start at 01000000: at most one zero can have been lost
    )


def establishment_number(value: object) -> str | None:
    """Twelve digits; the leading zeros Excel drops (``12345678`` for ``000012345678``) come back."""
    text = _text(value)
    if text and not _SCIENTIFIC.match(text):
        compact = re.sub(r"[\s.\-]", "", _WHOLE_FLOAT.sub(r"\1", text))
        if compact.isdigit() and compact.isascii() and len(compact) <= 12:
            return compact.zfill(12)
    return _number(
        value,
        12,
        QT_TRANSLATE_NOOP("errors", "A vestigingsnummer has exactly 12 digits, for example 000012345678."),
        shortest=1,
    )


def postcode(value: object) -> str | None:
    """``1234 AB`` from ``1234ab``, ``1234  AB`` or `` 1234AB ``."""
    text = _text(value)
    if not text:
        return None
    return check_postcode(re.sub(r"\s+", "", text))


def postcode_compact(value: str | None) -> str:
    return (value or "").replace(" ", "").upper()


def house_number(value: object) -> str | None:
    """``12``, ``12a``, ``12-2``; a number Excel typed as ``12.0`` is ``12``."""
    text = _text(value)
    if not text:
        return None
    whole = _WHOLE_FLOAT.match(text)
    return check_house_number(whole.group(1) if whole else text)


def house_number_key(value: str | None) -> str:
    """``12 A``, ``12-a`` and ``12a`` are one address."""
    return re.sub(r"[^0-9a-z]", "", (value or "").lower())


def phone(value: object) -> str | None:
    """E.164 (``+31351234567``) from ``035-1234567``, ``+31 35 …``, ``0031…``, or ``351234567``
    (a number column in Excel that dropped the leading zero)."""
    text = _text(value)
    if not text:
        return None
    cleaned = text.strip()
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    try:
        return check_phone(cleaned)
    except InvalidValue:
        number = digits(cleaned)
        if not cleaned.startswith("+") and len(number) == 9 and not number.startswith("0"):
            return check_phone("0" + number)
        raise


def email(value: object) -> str | None:
    text = _text(value)
    if not text:
        return None
    return check_email(text)


def _place_key(name: str) -> str:
    return fold(name).replace(" ", "")


def place(value: object, known: Iterable[str]) -> Place | None:
    """The municipality's spelling of a place: ``s Graveland``, ``'s-Graveland`` and ``sgraveland``
    are all ``'s-Graveland`` when that is one of the known places."""
    text = _text(value)
    if not text:
        return None
    wanted = _place_key(text)
    for name in known:
        if _place_key(name) == wanted:
            return Place(name=name, known=True)
    return Place(name=text, known=False)


def name_key(name: str | None) -> str:
    """The words that say which company it is: folded, ``&`` as ``en``, legal forms dropped.

    ``name_key("Bakkerij Janssen B.V.")`` is ``"bakkerij janssen"``, as is that of ``"Bakkerij
    Janssen BV"``.
    """
    if not name:
        return ""
    folded = fold(name.replace("&", " en "))
    folded = _LEGAL_FORM_RUNS.sub(" ", folded)
    words = [w for w in folded.split() if w not in LEGAL_FORMS]
    return " ".join(words) if words else folded


def name_similarity(a: str | None, b: str | None) -> int:
    """0–100: how alike two company names are once legal forms, case and accents are set aside.

    Word order does not matter ("Janssen Bakkerij"), nor does a word one name adds ("Bakkerij
    Janssen" within "Bakkerij Janssen Brood en Banket" scores high but below an equal name).
    """
    return key_similarity(name_key(a), name_key(b))


def key_similarity(ka: str, kb: str) -> int:
    """``name_similarity`` of two names already turned into ``name_key``s (for many comparisons)."""
    if not ka or not kb:
        return 0
    if ka == kb:
        return 100
    sort = fuzz.token_sort_ratio(ka, kb)
    subset = fuzz.token_set_ratio(ka, kb)
    # A name inside another counts, but less than the same name: "Janssen" is in many names.
    return int(round(max(sort, subset * 0.9)))
