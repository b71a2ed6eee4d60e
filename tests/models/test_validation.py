"""The rules every identifier, address and contact detail of a company file follows."""

from __future__ import annotations

import pytest

from models.errors import FieldError, ValidationError
from models.text import digits, fold
from models.validation import (
    InvalidValue,
    Validator,
    check_email,
    check_establishment_number,
    check_house_number,
    check_kvk,
    check_phone,
    check_postcode,
    check_website,
    format_phone,
)

# -- KvK number and vestigingsnummer ------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("69599084", "69599084"),
        ("6959 9084", "69599084"),
        ("69.59.90.84", "69599084"),
        (" 69599084 ", "69599084"),
        ("\t6959 90.84\n", "69599084"),
        ("01234567", "01234567"),
    ],
)
def test_kvk_accepts_eight_digits_with_spaces_and_dots(typed: str, stored: str) -> None:
    assert check_kvk(typed) == stored


@pytest.mark.parametrize(
    "typed", ["", "6959908", "695990845", "abcdefgh", "6959-9084", "6959908a", "٦٩٥٩٩٠٨٤", "１２３４５６７８"]
)
def test_kvk_rejects_anything_but_eight_digits(typed: str) -> None:
    with pytest.raises(InvalidValue) as info:
        check_kvk(typed)
    assert "8 digits" in info.value.message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("000012345678", "000012345678"),
        ("0000 1234 5678", "000012345678"),
        ("0000.1234.5678", "000012345678"),
    ],
)
def test_establishment_number_accepts_twelve_digits(typed: str, stored: str) -> None:
    assert check_establishment_number(typed) == stored


@pytest.mark.parametrize("typed", ["", "00001234567", "0000123456789", "00001234567x", "69599084"])
def test_establishment_number_rejects_anything_but_twelve_digits(typed: str) -> None:
    with pytest.raises(InvalidValue) as info:
        check_establishment_number(typed)
    assert "12 digits" in info.value.message


# -- postcode -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("1234ab", "1234 AB"),
        ("1234 AB", "1234 AB"),
        (" 1234  ab ", "1234 AB"),
        ("1234Ab", "1234 AB"),
        ("9999 zz", "9999 ZZ"),
        ("1000AA", "1000 AA"),
    ],
)
def test_postcode_is_stored_as_four_digits_space_two_capitals(typed: str, stored: str) -> None:
    assert check_postcode(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "0123 AB",
        "1234 SA",
        "1234 sd",
        "1234 SS",
        "12345",
        "ABCD 12",
        "",
        "1234",
        "1234 A",
        "1234 ABC",
        "123 AB",
    ],
)
def test_postcode_rejects_what_postnl_never_issues(typed: str) -> None:
    with pytest.raises(InvalidValue) as info:
        check_postcode(typed)
    assert "postcode" in info.value.message


# -- e-mail ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("naam@bedrijf.nl", "naam@bedrijf.nl"),
        ("  info@bakkerij-jansen.nl ", "info@bakkerij-jansen.nl"),
        ("Jan.de.Vries@Bedrijf.NL", "Jan.de.Vries@bedrijf.nl"),
    ],
)
def test_email_is_checked_and_normalised(typed: str, stored: str) -> None:
    assert check_email(typed) == stored


@pytest.mark.parametrize(
    "typed", ["", "foo", "naam@", "@bedrijf.nl", "naam@bedrijf", "a@b@c.nl", "jan de vries@x.nl"]
)
def test_email_rejects_what_is_no_address(typed: str) -> None:
    with pytest.raises(InvalidValue) as info:
        check_email(typed)
    assert "e-mail" in info.value.message


# -- phone ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("035-1234567", "+31351234567", "035 123 4567"),
        ("0351234567", "+31351234567", "035 123 4567"),
        ("035 123 4567", "+31351234567", "035 123 4567"),
        ("(035) 123 45 67", "+31351234567", "035 123 4567"),
        ("+31 35 123 4567", "+31351234567", "035 123 4567"),
        ("0031351234567", "+31351234567", "035 123 4567"),
        ("020-5551234", "+31205551234", "020 555 1234"),
        ("06 12345678", "+31612345678", "06 12345678"),
        ("06-12345678", "+31612345678", "06 12345678"),
        ("+31 6 1234 5678", "+31612345678", "06 12345678"),
        ("0800 1234", "+318001234", "0800 1234"),
    ],
)
def test_dutch_numbers_are_stored_in_e164_and_shown_nationally(typed: str, stored: str, shown: str) -> None:
    assert check_phone(typed) == stored
    assert format_phone(stored) == shown


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("+32 2 512 34 56", "+3225123456", "+32 2 512 34 56"),
        ("0032 470 12 34 56", "+32470123456", "+32 470 12 34 56"),
        ("+49 30 1234567", "+49301234567", "+49 30 1234567"),
        ("+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
    ],
)
def test_foreign_numbers_are_kept_with_their_country_code(typed: str, stored: str, shown: str) -> None:
    assert check_phone(typed) == stored
    assert format_phone(stored) == shown


@pytest.mark.parametrize(
    "typed", ["", "foo", "12", "06-1234", "0000000000", "++31", "1234567890123456789", "bel me maar"]
)
def test_phone_rejects_nonsense(typed: str) -> None:
    with pytest.raises(InvalidValue) as info:
        check_phone(typed)
    assert "phone" in info.value.message


def test_format_phone_passes_through_what_it_cannot_read() -> None:
    assert format_phone(None) == ""
    assert format_phone("") == ""
    assert format_phone("rubbish") == "rubbish"


# -- website --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.bedrijf.nl", "https://www.bedrijf.nl"),
        ("bedrijf.nl", "https://bedrijf.nl"),
        (" bedrijf.nl/contact?x=1 ", "https://bedrijf.nl/contact?x=1"),
        ("http://www.bedrijf.nl", "http://www.bedrijf.nl"),
        ("https://www.bedrijf.nl/", "https://www.bedrijf.nl/"),
        ("https://www.bedrijf.nl:8443/pad", "https://www.bedrijf.nl:8443/pad"),
    ],
)
def test_website_gets_a_scheme(typed: str, stored: str) -> None:
    assert check_website(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "foo",
        "http://",
        "https://",
        "bad url with spaces",
        "www.bedrijf .nl",
        "ftp://bedrijf.nl",
        "javascript:alert(1)",
        "bedrijf.",
        "http://[foo",
        "https://www.bedrijf.nl:poort",
        "https://www.bedrijf.nl:99999",
    ],
)
def test_website_rejects_what_is_no_web_address(typed: str) -> None:
    with pytest.raises(InvalidValue) as info:
        check_website(typed)
    assert "web address" in info.value.message


# -- house number ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("12", "12"),
        ("12a", "12a"),
        ("12-A", "12-A"),
        ("12-2", "12-2"),
        ("12 2", "12 2"),
        ("12 bis", "12 bis"),
        (" 7 ", "7"),
        ("12345", "12345"),
    ],
)
def test_house_number_starts_with_digits(typed: str, stored: str) -> None:
    assert check_house_number(typed) == stored


@pytest.mark.parametrize("typed", ["", "A12", "twaalf", "123456", "12/2", "12 - toevoeging te lang"])
def test_house_number_rejects_others(typed: str) -> None:
    with pytest.raises(InvalidValue) as info:
        check_house_number(typed)
    assert "house number" in info.value.message


# -- the validator of a whole form ----------------------------------------------------------------


def test_validator_collects_every_error_with_its_field() -> None:
    v = Validator()
    assert v.required("name", "  Bakkerij  ") == "Bakkerij"
    assert v.required("city", "   ") == ""
    assert v.required("street", None) == ""
    assert v.optional("kvk_number", "123", check_kvk) is None
    assert v.optional("email", "", check_email) is None
    assert v.optional("phone", "035-1234567", check_phone) == "+31351234567"
    assert v.apply("main.postcode", "12345", check_postcode) is None
    v.max_length("legal_name", "x" * 201, 200)
    v.max_length("notes", "x" * 200, 200)
    v.add("establishment", "Something else is wrong with {what}.", what="this")

    with pytest.raises(ValidationError) as info:
        v.raise_if_any()
    error = info.value
    assert [e.field for e in error.errors] == [
        "city",
        "street",
        "kvk_number",
        "main.postcode",
        "legal_name",
        "establishment",
    ]
    assert error.for_field("city") == FieldError(field="city", message="This field is required.")
    assert error.for_field("legal_name").params == {"limit": 200}
    assert error.for_field("phone") is None
    text = str(error)
    assert "kvk_number: A KvK number has exactly 8 digits" in text
    assert "legal_name: At most 200 characters." in text
    assert "establishment: Something else is wrong with this." in text
    assert error.message == "Please correct the marked fields."


def test_validator_without_errors_does_not_raise() -> None:
    v = Validator()
    v.required("name", "x")
    v.optional("website", "bedrijf.nl", check_website)
    v.raise_if_any()
    assert v.errors == []


# -- folding for search and comparison ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("'s-Graveland", "s graveland"),
        ("Café", "cafe"),
        ("Café De Zwaan", "cafe de zwaan"),
        ("Ĳsselstein", "ijsselstein"),
        ("IJsselstein", "ijsselstein"),
        ("Straße", "strasse"),
        ("Ørsted & Zn.", "orsted zn"),
        ("Œuvre", "oeuvre"),
        ("Łódź", "lodz"),
        ("ﬁets", "fiets"),
        ("  Van  der   Berg--B.V. ", "van der berg b v"),
        ("Þór", "thor"),
        ("", ""),
        ("  ", ""),
        (None, ""),
    ],
)
def test_fold(text: str | None, folded: str) -> None:
    assert fold(text) == folded


def test_digits_keeps_only_ascii_digits() -> None:
    assert digits("035-123 4567") == "0351234567"
    assert digits("x²3") == "3"
    assert digits(None) == ""
