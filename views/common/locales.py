"""The two locales of the interface, for dates and numbers; light (Qt only), so the start can set
the default before anything of the database stack is imported."""

from __future__ import annotations

from PySide6.QtCore import QLocale

DUTCH_LOCALE = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
ENGLISH_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
