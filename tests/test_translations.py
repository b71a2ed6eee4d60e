"""Every visible text has its Dutch and its English translation, and the compiled files match
their sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from models.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CATALOGUES = {
    language: ROOT / "resources" / "translations" / f"ondernemersdesk_{language}.ts" for language in LANGUAGES
}
each_language = pytest.mark.parametrize("language", LANGUAGES)


def _sources() -> list[str]:
    return sorted(
        str(p)
        for folder in ("desktop", "views", "models")
        for p in (ROOT / folder).rglob("*.py")
        if "versions" not in p.parts
    )


@each_language
def test_every_string_in_the_code_is_translated(tmp_path: Path, language: str) -> None:
    ts = tmp_path / "check.ts"
    shutil.copy(CATALOGUES[language], ts)
    subprocess.run(
        [BIN / "pyside6-lupdate", *_sources(), "-ts", str(ts), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    untranslated = []
    for context in ET.parse(ts).getroot():
        name = context.findtext("name")
        assert name, "a text marked for translation without a context (use self.tr or translate('ctx', …))"
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or list(translation)):
                untranslated.append(f"{name}: {message.findtext('source')}")
    assert untranslated == []


@each_language
def test_compiled_translations_are_current(tmp_path: Path, language: str) -> None:
    ts, qm = CATALOGUES[language], tmp_path / "check.qm"
    subprocess.run([BIN / "pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run pyside6-lrelease on the .ts file"


def test_both_catalogues_hold_the_same_messages() -> None:
    """A text added to one catalogue and not the other would be untranslated in that language."""

    def messages(ts: Path) -> set[tuple[str, str, str]]:
        return {
            (
                context.findtext("name") or "",
                message.findtext("source") or "",
                message.findtext("comment") or "",
            )
            for context in ET.parse(ts).getroot()
            for message in context.findall("message")
        }

    assert messages(CATALOGUES["nl"]) == messages(CATALOGUES["en"])


def test_english_plurals_have_a_singular_and_a_plural() -> None:
    """Qt's English has two plural forms; a source like "%n company(ies)" is not English to read."""
    for context in ET.parse(CATALOGUES["en"]).getroot():
        for message in context.findall("message"):
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in message.iter("numerusform")]
                assert len(forms) == 2 and all("%Ln" in form for form in forms), message.findtext("source")
                assert not any("(s)" in form or "(ies)" in form for form in forms), forms


@each_language
def test_counts_are_written_as_people_read_them(language: str) -> None:
    """A count in a sentence has the locale's thousands separator ("1.000 contactmomenten", not
    "1000"): ``%Ln``, which Qt fills in with the default locale, never a bare ``%n``."""
    bare = [
        message.findtext("source")
        for context in ET.parse(CATALOGUES[language]).getroot()
        for message in context.findall("message")
        if message.get("numerus") == "yes"
        and any(
            "%n" in text
            for text in [message.findtext("source") or ""]
            + [f.text or "" for f in message.iter("numerusform")]
        )
    ]
    assert bare == []


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-string braces: such a text would stay English."""
    hidden = [
        f"{path}: {line.strip()}"
        for path in _sources()
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if "{self.tr(" in line or "{QCoreApplication.translate(" in line
    ]
    assert hidden == []


@each_language
def test_the_catalogue_without_qt_reads_what_qt_reads(language: str) -> None:
    """``models.i18n.translate`` (the PDFs, letters, command line) gives every text the window gets."""
    from PySide6.QtCore import QTranslator

    from models.i18n import catalogue

    TS = CATALOGUES[language]
    qt = QTranslator()
    assert qt.load(str(TS.with_suffix(".qm")))
    ours = catalogue(language)
    checked = 0
    for context in ET.parse(TS).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            source, comment = message.findtext("source"), message.findtext("comment") or ""
            plural = message.get("numerus") == "yes"
            forms = ours.translations(name, source, comment)
            assert forms, f"{name}: {source}"
            if plural:
                assert forms[0] == qt.translate(name, source, comment or None, 1), source
                assert forms[-1] == qt.translate(name, source, comment or None, 2), source
            else:
                assert ours.translate(name, source, comment) == qt.translate(name, source, comment or None)
            checked += 1
    assert checked > 1000
    assert ours.translate("labels", "no such text") == "no such text"
