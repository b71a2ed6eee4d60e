"""The local file's key, kept in the operating system's password store (keyring) and nowhere else.

The key belongs to the file where it was made (the keyring account is the file's full path): a
file copied to another computer, or moved, cannot be opened there. Where the computer has no
password store (keyring's fail or null backend) nothing is taken along: a key in a settings file
beside the data would make the encryption decoration.
"""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path
from typing import Any

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP

SERVICE = "Ondernemersdesk offline"  # the keyring's service name


class OfflineKeyError(DomainError):
    """The key of a local file cannot be kept or found."""


def _keyring() -> tuple[Any, tuple[type[BaseException], ...]]:
    import keyring
    from keyring.errors import KeyringError

    return keyring, (KeyringError, RuntimeError, OSError)


def account(path: Path) -> str:
    return str(path.resolve())


def available() -> bool:
    keyring, failures = _keyring()
    try:
        return getattr(keyring.get_keyring(), "priority", 0) > 0
    except failures:
        return False


def new_key(path: Path) -> str:
    """A fresh random key for ``path``, stored in the keyring; refused without a password store."""
    if not available():
        raise OfflineKeyError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer has no password store, so a set taken along could not be kept "
                "encrypted. Ask IT for a computer with one.",
            )
        )
    key = secrets.token_hex(32)
    keyring, failures = _keyring()
    try:
        keyring.set_password(SERVICE, account(path), key)
    except failures as exc:
        raise OfflineKeyError(
            QT_TRANSLATE_NOOP("errors", "The password store refused the key: {reason}"), reason=str(exc)
        ) from exc
    return key


def load_key(path: Path) -> str:
    keyring, failures = _keyring()
    try:
        key = keyring.get_password(SERVICE, account(path))
    except failures:
        key = None
    if not key:
        raise OfflineKeyError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The key of {file} is not on this computer: a set taken along opens only on the "
                "computer (and at the place) where it was taken along.",
            ),
            file=str(path),
        )
    return str(key)


def forget_key(path: Path) -> None:
    keyring, failures = _keyring()
    with contextlib.suppress(*failures):  # already gone
        keyring.delete_password(SERVICE, account(path))
