"""What IT presets for every user of a computer: the machine-wide settings file and environment
variables win over the user's own settings, and the municipality's identity they fix is on every
document and cannot be changed in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.bootstrap import apply_presets, database_url
from models.db import Database
from models.errors import ValidationError
from models.team import identity as identity_service
from models.team.identity import Identity, identity, save_identity, stored_identity
from views.common.paths import MACHINE_SETTINGS_ENV, machine_settings_path, resource
from views.common.settings import (
    BACKUPS_KEPT,
    DATABASE_URL,
    IDENTITY_NAME,
    RECENT_COMPANIES,
    Settings,
    read_machine_file,
)

SHARED = "postgresql://ondernemersdesk@db.gemeente.local:5432/ondernemersdesk"
LOGO = resource("icons", "ondernemersdesk-64.png")


@pytest.fixture(autouse=True)
def no_preset_left_behind() -> Iterator[None]:
    yield
    identity_service.set_preset()


@pytest.fixture
def machine_file(isolated_home: Path) -> Path:
    path = machine_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def user_settings(tmp_path: Path) -> Settings:
    return Settings(str(tmp_path / "user" / "settings.ini"))


def test_the_machine_file_is_where_the_readme_says(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(MACHINE_SETTINGS_ENV)
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    assert machine_settings_path() == Path("/etc/xdg/Ondernemersdesk/ondernemersdesk.ini")
    first, second = isolated_home / "xdg-a", isolated_home / "xdg-b"
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{first}:{second}")
    assert machine_settings_path() == first / "Ondernemersdesk" / "ondernemersdesk.ini"  # none exists yet
    write_to = second / "Ondernemersdesk" / "ondernemersdesk.ini"
    write_to.parent.mkdir(parents=True)
    write(write_to, "[database]\nurl = x\n")
    assert machine_settings_path() == write_to  # the first one that exists


def test_without_presets_the_user_decides(tmp_path: Path, isolated_home: Path) -> None:
    settings = user_settings(tmp_path)
    assert settings.get(DATABASE_URL) == ""
    settings.set(DATABASE_URL, "sqlite:////data/mine.db")
    assert settings.get(DATABASE_URL) == "sqlite:////data/mine.db"
    assert settings.locked_by(DATABASE_URL) == ""


def test_the_machine_file_wins_and_the_user_cannot_override_it(tmp_path: Path, machine_file: Path) -> None:
    write(machine_file, f"[database]\nurl = {SHARED}\n")
    settings = user_settings(tmp_path)

    settings.set(DATABASE_URL, "sqlite:////home/anna/eigen.db")  # e.g. a later connection dialog

    assert settings.get(DATABASE_URL) == SHARED
    assert settings.locked_by(DATABASE_URL) == str(machine_file)
    assert database_url(settings) == SHARED
    # Settings IT did not preset stay the user's.
    settings.set(RECENT_COMPANIES, ["1|Café De Zwaan"])
    assert settings.get(RECENT_COMPANIES) == ["1|Café De Zwaan"]


def test_the_environment_wins_over_the_machine_file(
    tmp_path: Path, machine_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(machine_file, f"[database]\nurl = {SHARED}\n[identity]\nname = Gemeente Wijdemeren\n")
    monkeypatch.setenv("ONDERNEMERSDESK_DATABASE", "postgresql://test@127.0.0.1/proef")
    settings = user_settings(tmp_path)
    assert settings.get(DATABASE_URL) == "postgresql://test@127.0.0.1/proef"
    assert settings.locked_by(DATABASE_URL) == "ONDERNEMERSDESK_DATABASE"
    assert settings.get(IDENTITY_NAME) == "Gemeente Wijdemeren"


def test_the_machine_file_is_read_as_people_write_it(tmp_path: Path) -> None:
    """Commas are text, an address continues on indented lines, Notepad's byte-order mark and the
    installer's Windows code page are read, and a broken file is no settings rather than a crash."""
    path = write(
        tmp_path / "a.ini",
        "\ufeff[Identity]\nName = Gemeente Súdwest-Fryslân, afdeling Economie\n"
        "Address = Marktstraat 15\n  8601 CR Sneek\n[database]\nurl =\n",
    )
    assert read_machine_file(path) == {
        "identity/name": "Gemeente Súdwest-Fryslân, afdeling Economie",
        "identity/address": "Marktstraat 15\n8601 CR Sneek",
    }
    ansi = write(tmp_path / "b.ini", "[identity]\nname = Gemeente Súdwest-Fryslân\n", encoding="cp1252")
    assert read_machine_file(ansi) == {"identity/name": "Gemeente Súdwest-Fryslân"}
    broken = write(tmp_path / "c.ini", "url = no section\n")
    assert read_machine_file(broken) == {}
    assert read_machine_file(tmp_path / "missing.ini") == {}


def test_an_identity_preset_is_on_every_document_and_not_editable(
    db: Database, tmp_path: Path, machine_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        machine_file,
        f"[identity]\nname = Gemeente Gooise Meren\naddress = Brinklaan 35\n  1404 GN Bussum\n"
        f"colour = #0b6e4f\nlogo = {LOGO}\n",
    )
    monkeypatch.setenv("ONDERNEMERSDESK_IDENTITY_CONFIDENTIALITY", "Intern")
    with db.session() as session:
        save_identity(session, Identity(name="Gemeente Wijdemeren", sender_name="Anna de Vries"))
        session.commit()

    assert apply_presets(user_settings(tmp_path)) == []

    assert identity_service.preset_fields() == {"name", "address", "colour", "logo", "confidentiality"}
    with db.session() as session:
        shown = identity(session)
        assert shown.name == "Gemeente Gooise Meren"
        assert shown.address_lines == ["Brinklaan 35", "1404 GN Bussum"]
        assert (shown.colour, shown.confidentiality) == ("#0b6e4f", "Intern")
        assert shown.logo == LOGO.read_bytes()
        assert shown.sender_name == "Anna de Vries"  # not preset: the database's
        # Saving in the window changes what is not fixed, and leaves the rest as stored.
        save_identity(session, Identity(name="Iets anders", sender_name="Bram Kok", colour="#123456"))
        session.commit()
    with db.session() as session:
        assert identity(session).name == "Gemeente Gooise Meren"
        assert identity(session).sender_name == "Bram Kok"
        assert stored_identity(session).name == "Gemeente Wijdemeren"
        assert stored_identity(session).colour == "#1f5fa8"


def test_a_preset_that_cannot_be_used_is_left_out_and_told(tmp_path: Path, machine_file: Path) -> None:
    write(machine_file, "[identity]\nname = Gemeente Huizen\ncolour = groen\nlogo = /nergens/logo.png\n")
    problems = apply_presets(user_settings(tmp_path))
    assert [p.split(":")[0] for p in problems] == ["identity logo /nergens/logo.png", "identity colour"]
    assert identity_service.preset_fields() == {"name"}


def test_set_preset_checks_like_a_save() -> None:
    with pytest.raises(ValidationError):
        identity_service.set_preset(logo=b"GIF89a")
    with pytest.raises(ValueError, match="not part of the identity"):
        identity_service.set_preset(mayor="Anna")
    identity_service.set_preset(name="  Gemeente Huizen ", address="")
    assert identity_service.preset_fields() == {"name"}


@pytest.mark.parametrize("typed", ["zeven", "-3", "0", "99999999999999999999", ""])
def test_a_number_setting_typed_wrong_keeps_its_default(
    tmp_path: Path, machine_file: Path, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    """A count IT or a person typed wrong (issue 19, bounded input): the application starts with the
    default instead of a ValueError at start, wherever the value came from."""
    write(machine_file, f"[backups]\nkept = {typed}\n")
    assert user_settings(tmp_path).get(BACKUPS_KEPT) == 7
    machine_file.unlink()
    monkeypatch.setenv("ONDERNEMERSDESK_BACKUPS_KEPT", typed)
    assert user_settings(tmp_path).get(BACKUPS_KEPT) == 7
    monkeypatch.delenv("ONDERNEMERSDESK_BACKUPS_KEPT")
    settings = user_settings(tmp_path)
    settings._store.setValue(BACKUPS_KEPT.key, typed)  # the settings file edited by hand
    assert settings.get(BACKUPS_KEPT) == 7
    settings.set(BACKUPS_KEPT, 30)
    assert settings.get(BACKUPS_KEPT) == 30
