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
from xml.etree import ElementTree

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
def catalogue(language: str = "nl") -> Catalogue:
    """The application's catalogue for ``language``, read once."""
    return Catalogue.load(translations_dir() / f"ondernemersdesk_{language}.ts")


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
