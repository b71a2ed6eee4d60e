"""Every number the command line takes is bounded where it is read (issue 19, "bound and validate
every numeric input"): a count beyond reason or a record number beyond any is refused in Dutch by
argparse, with the range, instead of an overflow, a StatisticsError or 100,000 threads later."""

from __future__ import annotations

import pytest

from desktop.cli import _parser

ENGLISH = ("error:", "usage:", "invalid", "Traceback")


@pytest.mark.parametrize(
    ("args", "option", "least", "most"),
    [
        (["search", "bakker", "--limit", "99999999999999999999"], "--limit", "1", "1000"),
        (["search", "bakker", "--limit", "0"], "--limit", "1", "1000"),
        (["bench", "--repeat", "0"], "--repeat", "1", "100"),
        (["bench", "--companies", "-5"], "--companies", "1", "1000000"),
        (["demo", "--companies", "99999999999999999999"], "--companies", "1", "1000000"),
        (["loadtest", "--clients", "100000"], "--clients", "1", "200"),
        (["loadtest", "--edits", "-1"], "--edits", "1", "100000"),
        (["backup", "--keep", "0"], "--keep", "1", "1000"),
        (
            ["offline", "take", "--round", "99999999999999999999", "--to", "x.db"],
            "--round",
            "1",
            "2147483647",
        ),
        (["import", "--undo", "-2"], "--undo", "1", "2147483647"),
    ],
)
def test_a_number_out_of_range_is_refused_in_dutch(
    args: list[str], option: str, least: str, most: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        _parser().parse_args(args)
    assert exit_.value.code == 2
    said = capsys.readouterr().err
    assert f"argument {option}: " in said and f"ligt niet tussen {least} en {most}" in said, said
    assert "fout:" in said and not [w for w in ENGLISH if w in said], said


def test_a_word_where_a_count_goes_is_still_said_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["search", "bakker", "--limit", "veel"])
    assert "argument --limit: 'veel' is geen geheel getal" in capsys.readouterr().err


def test_numbers_in_range_are_read_as_numbers() -> None:
    args = _parser().parse_args(["search", "bakker", "--limit", "1000"])
    assert args.limit == 1000
    args = _parser().parse_args(["loadtest", "--clients", "60", "--edits", "200"])
    assert (args.clients, args.edits, args.companies) == (60, 200, 10)
    args = _parser().parse_args(["offline", "take", "--round", "2147483647", "--to", "x.db"])
    assert args.round == 2147483647
