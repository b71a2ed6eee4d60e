"""The municipality's identity on every document: name, address, logo, colour and sender.

Kept in the database (``app_setting``), so that everyone working on one shared database
prints the same letterhead; set once by the administrator in the settings (*Huisstijl op
documenten*). Until then a fresh installation prints a neutral letterhead that says so, never
some real municipality's name and address. (The demo data sets its own, fictitious-use one.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.team.entities import AppSetting
from models.team.records import Identity
from models.validation import Validator, check_email, check_phone, check_website, format_phone

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEYS = (
    "name",
    "address",
    "colour",
    "sender_name",
    "sender_role",
    "confidentiality",
    "phone",
    "website",
    "email",
)
LOGO = "logo"
MAX_LOGO_BYTES = 2_000_000


# Fields IT fixed for this computer (machine-wide settings or environment, see views/common/settings.py):
# they win over what the database holds, in every document, and the settings dialog shows them locked.
_preset: dict[str, Any] = {}


def set_preset(**values: Any) -> None:
    """Fix fields of the identity for this process (``name``, ``address``, ``colour``, ``logo`` …).

    Empty values are no preset. Checked like a save: a wrong colour or logo raises ValidationError.
    """
    values = {key: value for key, value in values.items() if value not in (None, "", b"")}
    unknown = set(values) - set(_KEYS) - {LOGO}
    if unknown:
        raise ValueError(f"not part of the identity: {sorted(unknown)}")
    _check(replace(Identity(), **values))
    _preset.clear()
    _preset.update({key: value.strip() if isinstance(value, str) else value for key, value in values.items()})


def preset_fields() -> frozenset[str]:
    return frozenset(_preset)


@requires()
def identity(session: Session) -> Identity:
    return replace(stored_identity(session), **_preset)


@requires()
def stored_identity(session: Session) -> Identity:
    """The identity as kept in the database, without the fields IT fixed for this computer."""
    rows = {
        row.key: row for row in session.scalars(select(AppSetting).where(AppSetting.key.like("identity.%")))
    }
    values = {key: rows[f"identity.{key}"].value for key in _KEYS if f"identity.{key}" in rows}
    logo = rows.get(f"identity.{LOGO}")
    return Identity(**{k: v for k, v in values.items() if v is not None}, logo=logo.data if logo else None)


@requires(Permission.MANAGE_IDENTITY)
def save_identity(session: Session, new: Identity) -> None:
    """Store the identity; fields IT fixed for this computer are left as the database has them."""
    new = _check(new)
    for key in _KEYS:
        if key not in _preset:
            _put(session, f"identity.{key}", value=getattr(new, key).strip())
    if LOGO not in _preset:
        _put(session, f"identity.{LOGO}", data=new.logo)
    session.flush()


def _check(new: Identity) -> Identity:
    """``new`` with its phone, website and e-mail written the one way, or a ValidationError."""
    v = Validator()
    v.required("name", new.name)
    phone = v.optional("phone", new.phone, check_phone)
    website = v.optional("website", new.website, check_website)
    email = v.optional("email", new.email, check_email)
    if not _COLOUR.match(new.colour):
        v.add(
            "colour",
            QT_TRANSLATE_NOOP(
                "errors", "A colour is written as # and six hexadecimal digits, for example #1f5fa8."
            ),
        )
    if new.logo is not None:
        if len(new.logo) > MAX_LOGO_BYTES:
            v.add("logo", QT_TRANSLATE_NOOP("errors", "The logo is larger than 2 MB; use a smaller image."))
        elif not (new.logo.startswith(b"\x89PNG") or new.logo.startswith(b"\xff\xd8")):
            v.add("logo", QT_TRANSLATE_NOOP("errors", "The logo must be a PNG or JPEG image."))
    v.raise_if_any()
    return replace(new, phone=format_phone(phone), website=website or "", email=email or "")


def _put(session: Session, key: str, value: str | None = None, data: bytes | None = None) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value, data=data))
    else:
        row.value, row.data = value, data
