"""Matching: what spreadsheets do to identifiers is repaired or refused, and two profiles of one
company are recognised with reasons a person can check."""

from __future__ import annotations

import pytest

from models.db import Database
from models.matching import normalise
from models.matching.compare import MatchIndex, Profile, compare
from models.matching.profiles import companies_near, company_profiles
from models.validation import InvalidValue
from tests.models.conftest import establishment, new_company


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("69599084", "69599084"),
        ("6959 9084", "69599084"),
        ("1234567", "01234567"),  # Excel dropped the leading zero
        (1234567, "01234567"),
        (69599084.0, "69599084"),
        ("69599084.0", "69599084"),
        ("", None),
        (None, None),
    ],
)
def test_kvk_numbers_as_spreadsheets_write_them(typed: object, stored: str | None) -> None:
    assert normalise.kvk_number(typed) == stored


@pytest.mark.parametrize("typed", ["8.77E+07", "8,77E+07", "6.9599E7", "12345", "abcdefgh", "123456789"])
def test_kvk_numbers_that_lost_digits_are_refused(typed: str) -> None:
    with pytest.raises(InvalidValue):
        normalise.kvk_number(typed)


def test_scientific_notation_says_what_happened() -> None:
    with pytest.raises(InvalidValue) as caught:
        normalise.kvk_number("8.77E+07")
    assert "scientific notation" in caught.value.message


def test_establishment_numbers_get_their_zeros_back() -> None:
    assert normalise.establishment_number("12345678") == "000012345678"
    assert normalise.establishment_number(12345678) == "000012345678"
    assert normalise.establishment_number("0000 1234 5678") == "000012345678"


@pytest.mark.parametrize("typed", ["1241ab", "1241  AB", " 1241AB ", "1241 ab"])
def test_postcodes_in_any_spelling(typed: str) -> None:
    assert normalise.postcode(typed) == "1241 AB"


@pytest.mark.parametrize(
    "typed", ["035-1234567", "+31 35 123 4567", "0031351234567", "(035) 123 45 67", 351234567, "351234567"]
)
def test_phone_numbers_in_one_form(typed: object) -> None:
    assert normalise.phone(typed) == "+31351234567"


def test_invalid_email_is_reported() -> None:
    assert normalise.email("  Info@Bakkerij.NL ") == "info@bakkerij.nl"
    with pytest.raises(InvalidValue):
        normalise.email("info@")


def test_house_numbers_typed_as_numbers() -> None:
    assert normalise.house_number(12.0) == "12"
    assert normalise.house_number("12a") == "12a"
    assert normalise.house_number_key("12 A") == normalise.house_number_key("12-a") == "12a"


@pytest.mark.parametrize("typed", ["s Graveland", "'s-Graveland", "sgraveland", "S-GRAVELAND"])
def test_place_names_with_their_variants(typed: str) -> None:
    assert normalise.place(typed, ["Ankeveen", "'s-Graveland"]) == normalise.Place(
        name="'s-Graveland", known=True
    )


def test_an_unknown_place_is_kept_as_typed() -> None:
    assert normalise.place("Hilversum", ["'s-Graveland"]) == normalise.Place(name="Hilversum", known=False)


def test_names_alike_whatever_the_legal_form() -> None:
    assert (
        normalise.name_key("Bakkerij Janssen B.V.")
        == normalise.name_key("Bakkerij Janssen BV")
        == "bakkerij janssen"
    )
    assert normalise.name_similarity("Janssen & Zn", "Janssen en Zn") == 100
    assert normalise.name_similarity("Bakkerij Janssen", "Bakkerij Jansen") >= 90
    assert normalise.name_similarity("Bakkerij Janssen", "Garage De Vries") < 50


def _profile(key: int, name: str, **values: object) -> Profile:
    return Profile(key=key, names=(name,), **values)  # type: ignore[arg-type]


def test_the_same_identifier_is_certain() -> None:
    a = _profile(1, "Bakkerij Janssen", kvk_number="69599084")
    b = _profile(2, "Janssen Brood", kvk_number="69599084")
    match = compare(a, b)
    assert match is not None and match.score == 100 and [r.code for r in match.reasons] == ["kvk"]


def test_alike_names_at_one_address_with_the_similarity_as_reason() -> None:
    address = frozenset({("1241AB", "12")})
    a = _profile(1, "Bakkerij Janssen B.V.", addresses=address, postcodes=frozenset({"1241AB"}))
    b = _profile(2, "Bakkerij Janssen BV", addresses=address, postcodes=frozenset({"1241AB"}))
    match = compare(a, b)
    assert match is not None and match.score >= 95
    assert match.reasons[0].code == "name_address" and match.reasons[0].params == {"similarity": 100}


def test_two_legal_entities_stay_below_the_threshold() -> None:
    address = frozenset({("1241AB", "12")})
    a = _profile(1, "Janssen Holding", kvk_number="11111111", addresses=address)
    b = _profile(2, "Janssen", kvk_number="22222222", addresses=address)
    match = compare(a, b)
    assert match is None or match.score < 70


def test_a_business_centre_is_not_a_duplicate() -> None:
    address = frozenset({("1241AB", "12")})
    a = _profile(1, "Garage De Vries", addresses=address)
    b = _profile(2, "Kapsalon Knip", addresses=address)
    match = compare(a, b)
    assert match is not None and match.score < 70


def test_the_index_compares_only_within_blocks() -> None:
    index = MatchIndex()
    index.add(
        _profile(
            1, "Bakkerij Janssen", postcodes=frozenset({"1241AB"}), addresses=frozenset({("1241AB", "12")})
        )
    )
    index.add(
        _profile(
            2, "Garage De Vries", postcodes=frozenset({"1243JJ"}), addresses=frozenset({("1243JJ", "3")})
        )
    )
    index.add(
        _profile(
            3, "Bakkerij Jansen", postcodes=frozenset({"1241AB"}), addresses=frozenset({("1241AB", "12")})
        )
    )
    index.add(_profile(4, "Janssen", phones=frozenset({"+31351234567"})))
    probe = _profile(
        9, "Bakkerij Janssen BV", addresses=frozenset({("1241AB", "12")}), postcodes=frozenset({"1241AB"})
    )
    assert [m.key for m in index.candidates(probe)] == [1, 3]
    assert [(a, b) for a, b, _ in index.pairs()] == [(1, 3)]


def test_profiles_from_the_database(db: Database) -> None:
    first = new_company(db, "Bakkerij Janssen B.V.", kvk_number="69599084", phone="035 123 4567")
    second = new_company(
        db,
        "Bakkerij Janssen BV",
        allow_duplicate=True,
        main=establishment(street="Noordereinde", house_number="12"),
    )
    new_company(db, "Garage De Vries", main=establishment(postcode="1241 AB", house_number="3"))
    with db.session() as session:
        profiles = {p.key: p for p in company_profiles(session)}
        assert len(profiles) == 3
        assert profiles[first].kvk_number == "69599084"
        assert profiles[first].phones == frozenset({"+31351234567"})
        assert profiles[first].addresses == frozenset({("1243JJ", "12")})
        assert [p.key for p in company_profiles(session, [second])] == [second]
        near = companies_near(session, profiles[first])
    assert near == [second]
    index = MatchIndex()
    for profile in profiles.values():
        index.add(profile)
    assert [(a, b) for a, b, _ in index.pairs()] == [(first, second)]
