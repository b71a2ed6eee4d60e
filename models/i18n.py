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
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # no import at start: the first screen uses this module, and no date (issue 20)
    from datetime import date, datetime

ERRORS = "errors"

# The languages the application speaks (a catalogue ``ondernemersdesk_<code>.ts`` each); Dutch is
# the default, English for whoever chooses it or whose computer speaks English.
DUTCH, ENGLISH = "nl", "en"
LANGUAGES = (DUTCH, ENGLISH)
DEFAULT_LANGUAGE = DUTCH

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
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
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
# The Qt catalogue (resources/translations/ondernemersdesk_<language>.ts, compiled to .qm for
# the window) is the one place a text is translated. The window reads the .qm through
# QTranslator; what is written without Qt (the PDFs, letters filled in by the services, the
# command line) reads the same catalogue's source here with the standard library's XML parser,
# so a word is never translated twice. tests/test_translations.py checks that every message
# reads here as QTranslator reads it from the .qm.


class Catalogue:
    """The finished translations of one Qt .ts catalogue, looked up as ``QTranslator`` does."""

    def __init__(self, messages: dict[tuple[str, str, str], list[str]]) -> None:
        self._messages = messages

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        from xml.etree import ElementTree  # when a catalogue is first read, not at every start (issue 20)

        messages: dict[tuple[str, str, str], list[str]] = {}
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if not forms and translation.text:
                    forms = [translation.text]
                if forms:
                    key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                    messages[key] = forms
        return cls(messages)

    def translations(self, context: str, source: str, disambiguation: str = "") -> list[str]:
        """Every form of the translation (one, or one per plural form); empty when there is none."""
        return self._messages.get((context, source, disambiguation), [])

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
def catalogue(language: str = DEFAULT_LANGUAGE) -> Catalogue:
    """The application's catalogue for ``language``, read once."""
    return Catalogue.load(translations_dir() / f"ondernemersdesk_{language}.ts")


# -- the language of what is written without Qt ---------------------------------------------
#
# One per process, chosen at start with the window's (desktop.bootstrap.install_translations):
# the documents, letters and command-line texts speak the language the official reads.

_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Write from now on in ``language`` (one of ``LANGUAGES``)."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _language = language


def language() -> str:
    """The language chosen for this process (Dutch unless told otherwise)."""
    return _language


def translate(context: str, source: str, disambiguation: str = "") -> str:
    """``source`` in the chosen language, from the same catalogue the window uses; for documents,
    letters and the command line. ``context`` as in ``QT_TRANSLATE_NOOP`` (a string literal, so
    that lupdate finds the text)."""
    return catalogue(_language).translate(context, source, disambiguation)


def long_date(value: date | None, *, short: bool = False) -> str:
    """``22 november 2026`` (English: ``22 November 2026``), or with ``short`` ``22 nov. 2026``
    (``22 Nov 2026``); empty for no date."""
    if value is None:
        return ""
    if _language == ENGLISH:
        months = ENGLISH_SHORT_MONTHS if short else ENGLISH_MONTHS
    else:
        months = SHORT_MONTHS if short else MONTHS
    return f"{value.day} {months[value.month - 1]} {value.year}"


def clock_time(hour: int, minute: int) -> str:
    """A time of day as a letter writes it: ``14.05 uur`` in Dutch, ``14:05`` in English."""
    if _language == ENGLISH:
        return f"{hour}:{minute:02d}"
    return f"{hour}.{minute:02d} uur"


def system_language(locale_name: str) -> str:
    """The language to speak on a computer whose locale is ``locale_name`` (``en_GB``, ``nl-NL``):
    English for an English computer, Dutch for every other."""
    return ENGLISH if locale_name.lower().startswith("en") else DEFAULT_LANGUAGE
