"""A candidate's reasons as a person reads them: "naam lijkt 94 % · zelfde postcode en huisnummer"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from models.matching.compare import Reason

MATCHING = "matching"  # the translation context of models.matching's reasons


def reason_text(reason: Reason) -> str:
    text = QCoreApplication.translate(MATCHING, reason.text)
    return text.format(**reason.params) if reason.params else text


def reasons_text(reasons: Iterable[Reason]) -> str:
    return " · ".join(reason_text(r) for r in reasons)
