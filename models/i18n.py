"""Marking user-facing texts in the domain without importing Qt.

Domain errors carry an English source text marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` extracts it into the translation file; the view layer translates it
(Dutch by default) and fills in the parameters. The context must be written as a string
literal (``QT_TRANSLATE_NOOP("errors", "...")``): lupdate reads the source, not the values.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

ERRORS = "errors"

# Dates in Dutch letters and documents (the window formats dates with QLocale instead).
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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; the call only marks it for extraction."""
    return text


@dataclass(frozen=True, kw_only=True)
class Wording:
    """How a plain-text report of the domain is put into words for its reader, without Qt here:
    the view layer passes its translator and the Dutch locale (``views.common.text.WORDING``)."""

    translate: Callable[[str, str], str]  # (context, English source text) → what the reader sees
    number: Callable[[int], str]  # 250.000
    seconds: Callable[[float], str]  # one decimal: 2,4
    moment: Callable[[datetime], str]  # 22 november 2026 14:05
    message: Callable[[str, dict[str, Any]], str]  # an error's text with its parameters filled in


# -- the catalogue without Qt ----------------------------------------------------------------
#
# The compiled Qt catalogue (resources/translations/ondernemersdesk_<language>.qm) is the one
# place a text is translated. The window reads it through QTranslator; what is written without
# Qt (the PDFs, letters filled in by the services, the command line) reads the same file here,
# so a word is never translated twice. The format is Qt's QM: sections of (tag, length), the
# messages addressed by the ELF hash of their source text, as QTranslator looks them up.

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_HASHES, _SECTION_MESSAGES = 0x42, 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8


def _elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


class Catalogue:
    """The translations of one compiled Qt catalogue, looked up like ``QTranslator`` does."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(_QM_MAGIC):
            raise ValueError("not a Qt .qm file")
        self._hashes: dict[int, list[int]] = {}
        self._messages = b""
        at = len(_QM_MAGIC)
        while at + 5 <= len(data):
            tag, length = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
            body = data[at + 5 : at + 5 + length]
            at += 5 + length
            if tag == _SECTION_HASHES:
                for i in range(0, len(body) - 7, 8):
                    key = int.from_bytes(body[i : i + 4], "big")
                    self._hashes.setdefault(key, []).append(int.from_bytes(body[i + 4 : i + 8], "big"))
            elif tag == _SECTION_MESSAGES:
                self._messages = body

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        return cls(path.read_bytes())

    def _message(self, offset: int) -> tuple[list[str], dict[int, bytes]]:
        data, translations, fields = self._messages, [], {}
        while offset < len(data):
            tag = data[offset]
            offset += 1
            if tag == _TAG_END:
                break
            if tag == _TAG_OBSOLETE1:
                offset += 4
                continue
            length = int.from_bytes(data[offset : offset + 4], "big")
            offset += 4
            if tag == _TAG_TRANSLATION:
                if length == 0xFFFFFFFF:  # a null translation
                    continue
                translations.append(data[offset : offset + length].decode("utf-16-be"))
            elif tag in (_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT):
                fields[tag] = data[offset : offset + length]
            else:
                raise ValueError(f"unknown tag {tag} in a .qm message")
            offset += length
        return translations, fields

    def translations(self, context: str, source: str, disambiguation: str = "") -> list[str]:
        """Every form of the translation (one, or one per plural form); empty when there is none."""
        wanted = {
            _TAG_CONTEXT: context.encode(),
            _TAG_SOURCE: source.encode(),
            _TAG_COMMENT: disambiguation.encode(),
        }
        for offset in self._hashes.get(_elf_hash(wanted[_TAG_SOURCE] + wanted[_TAG_COMMENT]), ()):
            found, fields = self._message(offset)
            if found and all(fields.get(tag, value) == value for tag, value in wanted.items()):
                return found
        return []

    def translate(self, context: str, source: str, disambiguation: str = "") -> str:
        """The translation, or ``source`` itself when the catalogue has none (as Qt does)."""
        found = self.translations(context, source, disambiguation)
        return found[0] if found else source


def translations_dir() -> Path:
    """``resources/translations`` from a source checkout, or from inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources" / "translations"


@functools.cache
def catalogue(language: str = "nl") -> Catalogue:
    """The application's catalogue for ``language``, read once."""
    return Catalogue.load(translations_dir() / f"ondernemersdesk_{language}.qm")


def dutch_date(value: date | None, *, short: bool = False) -> str:
    """``22 november 2026``, or ``22 nov. 2026`` with ``short``; empty for no date."""
    if value is None:
        return ""
    months = SHORT_MONTHS if short else MONTHS
    return f"{value.day} {months[value.month - 1]} {value.year}"


def dutch(context: str, source: str) -> str:
    """``source`` in Dutch, from the same catalogue the window uses; for documents, which are
    Dutch whatever language the screen speaks. ``context`` as in ``QT_TRANSLATE_NOOP``."""
    return catalogue("nl").translate(context, source)
