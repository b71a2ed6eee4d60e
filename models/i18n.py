"""Marking user-facing texts in the domain without importing Qt.

Domain errors carry an English source text marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` extracts it into the translation file; the view layer translates it
(Dutch by default) and fills in the parameters. The context must be written as a string
literal (``QT_TRANSLATE_NOOP("errors", "...")``): lupdate reads the source, not the values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

ERRORS = "errors"


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
