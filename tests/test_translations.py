"""Every visible text has its Dutch translation, and the compiled file matches the source."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "ondernemersdesk_nl.ts"
BIN = Path(sys.executable).parent


def _sources() -> list[str]:
    return sorted(
        str(p)
        for folder in ("desktop", "views", "models")
        for p in (ROOT / folder).rglob("*.py")
        if "versions" not in p.parts
    )


def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    ts = tmp_path / "check.ts"
    shutil.copy(TS, ts)
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


def test_compiled_translations_are_current(tmp_path: Path) -> None:
    qm = tmp_path / "check.qm"
    subprocess.run([BIN / "pyside6-lrelease", str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run pyside6-lrelease on the .ts file"


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-string braces: such a text would stay English."""
    hidden = [
        f"{path}: {line.strip()}"
        for path in _sources()
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if "{self.tr(" in line or "{QCoreApplication.translate(" in line
    ]
    assert hidden == []


def test_the_catalogue_without_qt_reads_what_qt_reads() -> None:
    """``models.i18n.dutch`` (the PDFs, letters, command line) gives every text the window gets."""
    from PySide6.QtCore import QTranslator

    from models.i18n import catalogue

    qt = QTranslator()
    assert qt.load(str(TS.with_suffix(".qm")))
    ours = catalogue("nl")
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
