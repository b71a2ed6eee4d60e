"""Marking user-facing texts in the domain without importing Qt.

Domain errors carry an English source text marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` extracts it into the translation file; the view layer translates it
(Dutch by default) and fills in the parameters. The context must be written as a string
literal (``QT_TRANSLATE_NOOP("errors", "...")``): lupdate reads the source, not the values.
"""

ERRORS = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Return ``text`` unchanged; the call only marks it for extraction."""
    return text
