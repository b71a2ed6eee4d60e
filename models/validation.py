"""Validation and normalisation of the identifiers and addresses a company file holds.

Each ``check_*`` returns the value in its stored form or raises ``InvalidValue`` with a
message for a person. ``Validator`` gathers the messages of a whole form so the user sees
every problem at once, each next to its field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from models.errors import DomainError, FieldError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP


class InvalidValue(Exception):
    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
# PostNL never issues these letter combinations.
_POSTCODE_UNUSED = {"SA", "SD", "SS"}


def check_kvk(value: str) -> str:
    compact = re.sub(r"[\s.]", "", value)
    if not re.fullmatch(r"[0-9]{8}", compact):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("errors", "A KvK number has exactly 8 digits, for example 69599084.")
        )
    return compact


def check_establishment_number(value: str) -> str:
    compact = re.sub(r"[\s.]", "", value)
    if not re.fullmatch(r"[0-9]{12}", compact):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("errors", "A vestigingsnummer has exactly 12 digits, for example 000012345678.")
        )
    return compact


def check_postcode(value: str) -> str:
    """Return the postcode as ``1234 AB``."""
    match = _POSTCODE.match(value)
    if not match or match.group(2).upper() in _POSTCODE_UNUSED:
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "errors", "A Dutch postcode is four digits and two letters, for example 1234 AB."
            )
        )
    return f"{match.group(1)} {match.group(2).upper()}"


# phonenumbers and email_validator (~0.3 s together) are imported where a value is checked or
# shown: the sign-in at start imports this module but checks no phone number.


def check_email(value: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("errors", "This is not a valid e-mail address, for example naam@bedrijf.nl.")
        ) from None
    return result.normalized


def check_phone(value: str) -> str:
    """Return the number in E.164 (``+31201234567``); ``format_phone`` shows it the Dutch way."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "errors", "This is not a valid phone number, for example 020 123 4567 or 06 12345678."
            )
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(stored: str | None) -> str:
    """Show a stored number as a Dutch official would write it: ``020 123 4567``, ``06 12345678``."""
    if not stored:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(stored, "NL")
    except phonenumbers.NumberParseException:
        return stored
    if number.country_code == 31:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_website(value: str) -> str:
    text = value.strip()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError unless the port is a number from 0 to 65535
    except ValueError:  # "http://[foo", "www.bedrijf.nl:poort"
        host = ""
    if (
        not host
        or parts.scheme not in ("http", "https")
        or "." not in host
        or " " in text
        or host.endswith(".")
    ):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("errors", "This is not a web address, for example www.bedrijf.nl.")
        )
    return text


def check_house_number(value: str) -> str:
    text = value.strip()
    # At most five digits, then a letter ("12a") or a separated addition ("12-2", "12 bis").
    if not re.fullmatch(r"[0-9]{1,5}([A-Za-z][A-Za-z0-9]{0,5}|\s*[-\s]\s*[A-Za-z0-9]{1,6})?", text):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("errors", "A house number starts with digits, for example 12 or 12-A.")
        )
    return text


class Validator:
    """Collects the field errors of one form; ``raise_if_any`` raises them together."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def required(self, field: str, value: str | None) -> str:
        text = (value or "").strip()
        if not text:
            self.errors.append(
                FieldError(field=field, message=QT_TRANSLATE_NOOP("errors", "This field is required."))
            )
        return text

    def optional(self, field: str, value: str | None, check: Callable[[str], str]) -> str | None:
        text = (value or "").strip()
        if not text:
            return None
        return self.apply(field, text, check)

    def apply(self, field: str, value: str, check: Callable[[str], str]) -> str | None:
        try:
            return check(value)
        except InvalidValue as exc:
            self.errors.append(FieldError(field=field, message=exc.message, params=exc.params))
            return None

    def max_length(self, field: str, value: str | None, limit: int) -> None:
        if value and len(value) > limit:
            self.errors.append(
                FieldError(
                    field=field,
                    message=QT_TRANSLATE_NOOP("errors", "At most {limit} characters."),
                    params={"limit": limit},
                )
            )

    def add(self, field: str, message: str, **params: Any) -> None:
        self.errors.append(FieldError(field=field, message=message, params=params))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


# -- bounds at the service boundary (issue 19) -------------------------------------------------------
#
# What a person types or pastes into a search box or a command's argument reaches the database only
# within what both databases take: a number beyond PostgreSQL's integer ("M-2147483648") or SQLite's
# ("M-99999999999999999999") raised "integer out of range" or an overflow, and a pasted page of text
# "LIKE or GLOB pattern too complex" on SQLite. Each is a sentence for the person instead.

MAX_ID = 2_147_483_647  # the largest record number: PostgreSQL's INTEGER (SQLite's is larger)
MAX_SEARCH = 200  # characters a search takes; the company search reads as many


class OutOfBoundsError(DomainError):
    """A number or a search that no record can match, told in words at the box it was typed in."""


def record_number(value: str | int, *, prefix: str = "") -> int:
    """A record's number as typed (``123`` of ``M-123``, ``--interaction 5``), as an int the
    databases can hold; ``prefix`` is shown before it in the message (``M-``)."""
    typed = str(value).strip()
    if not typed.isdigit() or not typed.isascii():
        raise OutOfBoundsError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a number: give the number as digits, such as 12."),
            value=typed[:40],
        )
    number = int(typed) if len(typed) <= 19 else MAX_ID + 1  # Python reads at most 4,300 digits
    if not 1 <= number <= MAX_ID:
        raise OutOfBoundsError(
            QT_TRANSLATE_NOOP(
                "errors", "There is no number {value}: numbers run from 1 to {highest}. Check what was typed."
            ),
            value=prefix + (typed if len(typed) <= 24 else typed[:20] + "…"),
            highest=MAX_ID,
        )
    return number


def search_words(value: str, *, limit: int = MAX_SEARCH) -> str:
    """A search as typed, if it is no longer than ``limit`` characters; a pasted text longer than
    any name, address or sentence searched for is refused with a message (nothing is lost: it stays
    in the box)."""
    if len(value) > limit:
        raise OutOfBoundsError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A search takes at most {limit} characters; this one has {length}. Shorten it to a few words.",
            ),
            limit=limit,
            length=len(value),
        )
    return value
