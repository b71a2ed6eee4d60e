"""Reading dates the way Dutch people type them (models.date_input)."""

from __future__ import annotations

from datetime import date

import pytest

from models.date_input import UnreadableDateError, read_date, spoken_date, typed_date

TODAY = date(2026, 12, 3)  # a Thursday


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("15-12-2026", date(2026, 12, 15)),
        ("15/12/2026", date(2026, 12, 15)),
        ("15.12.2026", date(2026, 12, 15)),
        ("5-1-2027", date(2027, 1, 5)),
        ("15-12-26", date(2026, 12, 15)),
        ("15-12", date(2026, 12, 15)),
        ("151226", date(2026, 12, 15)),
        ("15122026", date(2026, 12, 15)),
        ("1512", date(2026, 12, 15)),
        ("15 dec", date(2026, 12, 15)),
        ("15 dec.", date(2026, 12, 15)),
        ("15 december", date(2026, 12, 15)),
        ("15 december 2026", date(2026, 12, 15)),
        ("15 December 2026", date(2026, 12, 15)),
        ("1 mrt 2027", date(2027, 3, 1)),
        ("1 maart 2027", date(2027, 3, 1)),
        ("3 sept", date(2026, 9, 3)),
        ("15dec", date(2026, 12, 15)),
        ("di 15 december 2026", date(2026, 12, 15)),
        ("2026-12-15", date(2026, 12, 15)),
        ("vandaag", TODAY),
        ("Vandaag", TODAY),
        ("morgen", date(2026, 12, 4)),
        ("overmorgen", date(2026, 12, 5)),
        ("gisteren", date(2026, 12, 2)),
        ("eergisteren", date(2026, 12, 1)),
        ("+7", date(2026, 12, 10)),
        ("+ 7", date(2026, 12, 10)),
        ("-3", date(2026, 11, 30)),
        ("+2w", date(2026, 12, 17)),
        ("+30", date(2027, 1, 2)),
        ("  15-12-2026  ", date(2026, 12, 15)),
    ],
)
def test_every_dutch_way_of_typing_a_date_reads_as_the_day_meant(typed: str, meant: date) -> None:
    assert read_date(typed, TODAY) == meant


def test_an_empty_text_is_no_date() -> None:
    assert read_date("", TODAY) is None
    assert read_date("   ", TODAY) is None


@pytest.mark.parametrize(
    "typed",
    [
        "31-02-2026",
        "32-12-2026",
        "15-13",
        "151",
        "1512202",
        "15 decembre",
        "volgende week",
        "abc",
        "+",
        "15-12-2026x",
        "0-0",
    ],
)
def test_what_cannot_be_read_is_an_error_naming_it_never_an_empty_date(typed: str) -> None:
    with pytest.raises(UnreadableDateError) as caught:
        read_date(typed, TODAY)
    assert caught.value.params["text"] == typed


def test_the_date_is_shown_back_with_its_weekday_and_written_back_one_way() -> None:
    assert spoken_date(date(2026, 12, 15)) == "di 15 december 2026"
    assert spoken_date(date(2026, 12, 13)) == "zo 13 december 2026"
    assert typed_date(date(2027, 1, 5)) == "05-01-2027"
    assert read_date(typed_date(date(2027, 1, 5)), TODAY) == date(2027, 1, 5)
    assert read_date(spoken_date(date(2027, 1, 5)), TODAY) == date(2027, 1, 5)
