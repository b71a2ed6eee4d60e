"""Reading a company list: any file a municipality has becomes a header and numbered rows.

Kinds: ``.xlsx`` (openpyxl, read-only: streamed, never the whole sheet in memory), ``.csv`` /
``.txt`` in the encodings Excel and other tools write (UTF-8 with or without BOM, Windows-1252;
charset-normalizer decides when the bytes are not UTF-8) and with any delimiter (``;`` as Dutch
Excel writes, ``,``, tab, ``|``), and a KvK Handelsregister JSON file (Basisprofiel /
Vestigingsprofiel). Title lines above the header are skipped; the header is the first row that
looks like one (several text cells, most of them like a known column). Rows come with the number
a person sees in the file (the spreadsheet's row, the text file's line), so that a problem can
be reported where it is.

What cannot be read raises ``UnreadableFile`` with a person's message; nothing has been written
then (reading never touches the database).
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import zipfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.text import fold

Cell = Any  # str, int, float, datetime, date, bool or None
SAMPLE_BYTES = 256 * 1024
HEADER_SEARCH_ROWS = 30
DELIMITERS = ";,\t|"
_NUMBER = re.compile(r"[-+]?[0-9][0-9.,eE+\s]*")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .xlsx or an old .xls


class UnreadableFile(DomainError):
    """The file cannot be read as a company list; nothing was imported."""


@dataclass(kw_only=True)
class Source:
    """An opened file: its header and a way to walk its rows (each time from the start)."""

    path: Path
    kind: str  # "xlsx", "csv" or "json"
    header: list[str]
    header_row: int  # the number of the header's row or line
    encoding: str | None = None
    delimiter: str | None = None
    _rows: Callable[[], Iterator[tuple[int, list[Cell]]]] = field(repr=False)

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, cells as long as the header) for every row below the header, empty ones included."""
        width = len(self.header)
        for number, cells in self._rows():
            if len(cells) < width:
                cells = [*cells, *([None] * (width - len(cells)))]
            yield number, cells[:width] if len(cells) > width else cells


def open_source(path: str | Path, *, looks_like_header: Callable[[str], bool] | None = None) -> Source:
    """Open ``path`` by what its bytes are (not only its extension) and find its header."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(SAMPLE_BYTES)
    except FileNotFoundError as e:
        raise UnreadableFile(
            QT_TRANSLATE_NOOP("errors", "The file {name} does not exist."), name=path.name
        ) from e
    except PermissionError as e:
        raise UnreadableFile(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {name} cannot be opened: it may still be open in Excel. Close it there and try again.",
            ),
            name=path.name,
        ) from e
    except OSError as e:
        raise UnreadableFile(
            QT_TRANSLATE_NOOP("errors", "The file {name} cannot be read: {reason}"),
            name=path.name,
            reason=e.strerror,
        ) from e
    if not head.strip():
        raise UnreadableFile(QT_TRANSLATE_NOOP("errors", "The file {name} is empty."), name=path.name)
    known = looks_like_header or (lambda label: False)
    if head.startswith(_OLE_MAGIC):
        raise UnreadableFile(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {name} is protected with a password or is an old Excel file (.xls). "
                "Open it in Excel, remove the password and save it as .xlsx or .csv.",
            ),
            name=path.name,
        )
    if head.startswith(b"PK"):
        return _xlsx(path, known)
    stripped = head.lstrip(codecs.BOM_UTF8).lstrip()
    if stripped[:1] in (b"{", b"["):
        return _json(path)
    if b"\x00" in head[:4096]:
        raise UnreadableFile(_NOT_A_LIST, name=path.name)
    return _text(path, head, known)


_NOT_A_LIST = QT_TRANSLATE_NOOP(
    "errors",
    "The file {name} is not a spreadsheet, a CSV file or a KvK JSON file. Choose an .xlsx, .csv, .txt or .json file.",
)
_NO_HEADER = QT_TRANSLATE_NOOP(
    "errors",
    "No header row was found in {name}: the first rows should hold the names of the columns "
    "(such as Bedrijfsnaam, KvK-nummer, Postcode).",
)


def _find_header(
    rows: Iterator[tuple[int, list[Cell]]], known: Callable[[str], bool], name: str
) -> tuple[int, list[str]]:
    """The row that looks most like a header among the first rows: several text cells, and the
    most of them like known columns; a row of one cell (a title) or of numbers (data) is none."""
    best: tuple[int, int, int, list[str]] | None = None
    for index, (number, cells) in enumerate(rows):
        if index >= HEADER_SEARCH_ROWS:
            break
        texts = [c for c in cells if isinstance(c, str) and c.strip() and not _NUMBER.fullmatch(c.strip())]
        filled = [c for c in cells if c not in (None, "") and not (isinstance(c, str) and not c.strip())]
        if len(texts) < 2 or len(texts) < len(filled) * 0.6:
            continue
        score = (sum(1 for t in texts if known(t)), len(texts))
        if best is None or score > best[:2]:
            best = (*score, number, [str(c).strip() if c is not None else "" for c in cells])
        if score[0] >= 2 and score[0] >= len(texts) // 2:
            break  # clearly the header: stop before the data
    if best is None:
        raise UnreadableFile(_NO_HEADER, name=name)
    header = best[3]
    while header and not header[-1]:
        header.pop()
    return best[2], header


# -- xlsx ------------------------------------------------------------------------------------


def _xlsx(path: Path, known: Callable[[str], bool]) -> Source:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise UnreadableFile(_NOT_A_LIST, name=path.name)
    except zipfile.BadZipFile as e:
        raise UnreadableFile(_NOT_A_LIST, name=path.name) from e

    def raw_rows() -> Generator[tuple[int, list[Cell]], None, None]:
        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as e:  # openpyxl raises many kinds for a damaged file
            raise UnreadableFile(_NOT_A_LIST, name=path.name) from e
        try:
            sheet = book.worksheets[0]
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, list(values)
        finally:
            book.close()

    first_rows = raw_rows()
    try:
        header_row, header = _find_header(first_rows, known, path.name)
    finally:
        first_rows.close()  # the file is closed now, not when the generator is collected

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        for number, cells in raw_rows():
            if number > header_row:
                yield number, cells

    return Source(path=path, kind="xlsx", header=header, header_row=header_row, _rows=rows)


# -- csv / txt -------------------------------------------------------------------------------


def detect_encoding(sample: bytes) -> str:
    """UTF-8 (with or without BOM) when the bytes are UTF-8; else what charset-normalizer finds,
    Windows-1252 for the Latin family (what Dutch Excel writes)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(sample) - 3:  # the sample cut a character in two
            return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("latin_1", "iso8859_15", "cp1250", "cp1252", "iso8859_1", "ascii", "mac_roman"):
        return "cp1252"
    return encoding


def detect_delimiter(lines: list[str]) -> str:
    """The delimiter the most lines agree on (the sniffer first; title lines have none)."""
    text = "\n".join(lines)
    try:
        return csv.Sniffer().sniff(text, delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    best, best_score = ";", -1
    for delimiter in DELIMITERS:
        counts = [line.count(delimiter) for line in lines if line.strip()]
        if not counts:
            continue
        typical = max(set(counts), key=counts.count)
        score = counts.count(typical) * (1 if typical else 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _text(path: Path, head: bytes, known: Callable[[str], bool]) -> Source:
    encoding = detect_encoding(head)
    try:
        sample = head.decode(encoding, errors="replace")
    except LookupError as e:
        raise UnreadableFile(_NOT_A_LIST, name=path.name) from e
    lines = sample.splitlines()[:-1] or sample.splitlines()
    # Title lines rarely hold delimiters: sniff on the lines that do.
    with_data = [line for line in lines[:200] if any(d in line for d in DELIMITERS)]
    if not with_data:
        raise UnreadableFile(_NO_HEADER, name=path.name)
    delimiter = detect_delimiter(with_data[:50])

    def raw_rows() -> Generator[tuple[int, list[Cell]], None, None]:
        with path.open("r", encoding=encoding, errors="replace", newline="") as f:
            reader = csv.reader(f, delimiter=delimiter)
            line = 1
            try:
                for cells in reader:
                    yield line, cells
                    line = reader.line_num + 1
            except csv.Error as e:
                if str(e).startswith("field larger than field limit"):
                    # A pasted page in one cell. Python's csv has no code for it, only this text;
                    # said in words with the limit, not in Python's English.
                    raise UnreadableFile(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Line {line} of {name} cannot be read: a cell holds more than {limit} "
                            "characters. Is this a company list?",
                        ),
                        line=line,
                        name=path.name,
                        limit=csv.field_size_limit(),
                    ) from e
                raise UnreadableFile(
                    QT_TRANSLATE_NOOP("errors", "Line {line} of {name} cannot be read: {reason}"),
                    line=line,
                    name=path.name,
                    reason=str(e),
                ) from e

    first_rows = raw_rows()
    try:
        header_row, header = _find_header(first_rows, known, path.name)
    finally:
        first_rows.close()  # the file is closed now, not when the generator is collected

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        for number, cells in raw_rows():
            if number > header_row:
                yield number, cells

    return Source(
        path=path,
        kind="csv",
        header=header,
        header_row=header_row,
        encoding=encoding,
        delimiter=delimiter,
        _rows=rows,
    )


# -- KvK Handelsregister JSON ----------------------------------------------------------------

# The columns a KvK file becomes, labelled as the mapping's synonyms know them.
KVK_COLUMNS = (
    "KvK-nummer",
    "Vestigingsnummer",
    "Bedrijfsnaam",
    "Handelsnaam",
    "Statutaire naam",
    "Rechtsvorm",
    "Straat",
    "Huisnummer",
    "Toevoeging",
    "Postcode",
    "Plaats",
    "SBI",
    "Werkzame personen",
    "Hoofdvestiging",
    "Website",
)


def _json(path: Path) -> Source:
    try:
        with path.open("rb") as f:
            data = json.loads(f.read().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UnreadableFile(_NOT_A_LIST, name=path.name) from e
    profiles = list(_kvk_profiles(data))
    if not profiles:
        raise UnreadableFile(
            QT_TRANSLATE_NOOP("errors", "The file {name} holds no KvK establishments (vestigingen)."),
            name=path.name,
        )
    rows = [_kvk_row(company, establishment) for company, establishment in profiles]

    def walk() -> Iterator[tuple[int, list[Cell]]]:
        yield from enumerate(rows, start=1)

    return Source(path=path, kind="json", header=list(KVK_COLUMNS), header_row=0, _rows=walk)


def _kvk_profiles(data: Any) -> Iterator[tuple[dict, dict]]:
    """(basisprofiel, vestigingsprofiel) pairs from any of the shapes the KvK APIs return."""
    if isinstance(data, list):
        for item in data:
            yield from _kvk_profiles(item)
        return
    if not isinstance(data, dict):
        return
    for key in ("vestigingen", "resultaten", "items", "basisprofielen"):
        if isinstance(data.get(key), list) and "vestigingsnummer" not in data:
            for item in data[key]:
                if isinstance(item, dict):
                    yield from _kvk_profiles(
                        {**_company_part(data), **item} if key == "vestigingen" else item
                    )
            return
    embedded = data.get("_embedded") or {}
    if "vestigingsnummer" in data or "adressen" in data:
        yield _company_part(data), data
    elif isinstance(embedded.get("hoofdvestiging"), dict):
        yield data, {**embedded["hoofdvestiging"], "indHoofdvestiging": "Ja"}
    elif "kvkNummer" in data:
        yield data, data


def _company_part(data: dict) -> dict:
    return {k: data[k] for k in ("kvkNummer", "naam", "statutaireNaam", "_embedded") if k in data}


def _kvk_row(company: dict, est: dict) -> list[Cell]:
    names = sorted(
        (n for n in est.get("handelsnamen") or company.get("handelsnamen") or [] if isinstance(n, dict)),
        key=lambda n: n.get("volgorde") or 0,
    )
    trade_name = est.get("eersteHandelsnaam") or (names[0].get("naam") if names else None)
    addresses = [a for a in est.get("adressen") or [] if isinstance(a, dict)]
    address = next((a for a in addresses if fold(a.get("type") or "") == "bezoekadres"), None) or (
        addresses[0] if addresses else {}
    )
    activities = [
        a for a in est.get("sbiActiviteiten") or company.get("sbiActiviteiten") or [] if isinstance(a, dict)
    ]
    main_activity = next(
        (a for a in activities if fold(a.get("indHoofdactiviteit") or "") == "ja"), None
    ) or (activities[0] if activities else {})
    owner = (company.get("_embedded") or {}).get("eigenaar") or {}
    addition = " ".join(
        str(p)
        for p in (address.get("huisletter"), address.get("huisnummerToevoeging"))
        if p not in (None, "")
    )
    websites = est.get("websites") or []
    return [
        est.get("kvkNummer") or company.get("kvkNummer"),
        est.get("vestigingsnummer"),
        company.get("naam") or trade_name,
        trade_name,
        company.get("statutaireNaam"),
        owner.get("rechtsvorm") or owner.get("uitgebreideRechtsvorm"),
        address.get("straatnaam"),
        address.get("huisnummer"),
        addition or None,
        address.get("postcode"),
        address.get("plaats"),
        main_activity.get("sbiCode"),
        est.get("totaalWerkzamePersonen"),
        est.get("indHoofdvestiging"),
        websites[0] if websites else None,
    ]


def cell_text(value: Cell) -> str:
    """A cell as a person reads it (for reports and previews)."""
    if type(value) is str:  # most cells: first, and fast
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.strftime("%d-%m-%Y %H:%M")
            if (value.hour, value.minute) != (0, 0)
            else value.strftime("%d-%m-%Y")
        )
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def preview(source: Source, limit: int = 20) -> list[list[str]]:
    out: list[list[str]] = []
    for _number, cells in source.rows():
        if len(out) >= limit:
            break
        out.append([cell_text(c) for c in cells])
    return out
