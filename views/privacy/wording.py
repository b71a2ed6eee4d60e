"""How the privacy screens word retention actions, periods and counts, in one place so the rules,
the preview, the confirmation and the log say the same thing the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from models.i18n import QT_TRANSLATE_NOOP
from models.privacy.dossier import PERSON_KINDS
from models.privacy.kinds import ACTION_LABELS, ANONYMISE, KINDS, REMOVE, RetentionKind
from views.common.text import format_number, label

CONTEXT = "PrivacyWording"

# What was done (the privacy log).
_DONE = {
    ANONYMISE: QT_TRANSLATE_NOOP("PrivacyWording", "anonymised"),
    REMOVE: QT_TRANSLATE_NOOP("PrivacyWording", "removed"),
}
# A count with what will be done to it (the preview) …
_DUE = {
    ANONYMISE: QT_TRANSLATE_NOOP("PrivacyWording", "%1 to anonymise"),
    REMOVE: QT_TRANSLATE_NOOP("PrivacyWording", "%1 to remove"),
}
# … or was done to it (after a run or an erasure).
_COUNT_DONE = {
    ANONYMISE: QT_TRANSLATE_NOOP("PrivacyWording", "%1 anonymised"),
    REMOVE: QT_TRANSLATE_NOOP("PrivacyWording", "%1 removed"),
}


def _pick(texts: dict[str, str], action: str, fallback: str) -> str:
    text = texts.get(action)
    return QCoreApplication.translate(CONTEXT, text) if text else fallback


def action_text(action: str) -> str:
    """What a rule does to the data: ``anonimiseren``, ``verwijderen``."""
    return label(ACTION_LABELS[action]) if action in ACTION_LABELS else action


def kind_text(kind: str | None, erasure: bool = False) -> str:
    """A kind of record in the privacy log: a retention kind (``Afgehandelde meldingen``) or, for
    an erasure or an inzage, the role the person had (``Melder van een melding``). The two share some names
    (``signal_reporter``), so which one is meant comes with the log line's action."""
    if kind is None:
        return ""
    if erasure and kind in PERSON_KINDS:
        return capitalised(label(PERSON_KINDS[kind]))
    if not erasure and kind in KINDS:
        return label(KINDS[RetentionKind(kind)].label)
    return kind


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def done_text(action: str) -> str:
    """``geanonimiseerd``, ``verwijderd``."""
    return _pick(_DONE, action, action)


def step_text(action: str, count: int, done: bool = False) -> str:
    """``3 te anonimiseren`` (a preview) or ``3 geanonimiseerd`` (done)."""
    text = _pick(_COUNT_DONE if done else _DUE, action, "%1 " + action)
    return text.replace("%1", format_number(count))


class PrivacyWording(QObject):
    """Only for its ``tr``: lupdate marks a plural form only in a ``tr`` call."""

    def months(self, months: int) -> str:
        return self.tr("%Ln month(s)", "", months)


_WORDING = PrivacyWording()


def months_text(months: int) -> str:
    """``12 maanden``, ``1 maand``."""
    return _WORDING.months(months)
