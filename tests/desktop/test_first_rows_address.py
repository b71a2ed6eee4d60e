"""The start reads its first rows only from the database the main window will open: never from the
local file when the connection profiles would open a server (views/connection/profiles.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.bootstrap import first_rows_address
from views.common.settings import CONNECTION_LAST, DATABASE_URL, Settings
from views.connection.profiles import last_profile


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.delenv("ONDERNEMERSDESK_DATABASE", raising=False)
    return Settings(str(tmp_path / "settings.ini"))


def test_a_computer_that_never_chose_reads_the_local_file(settings: Settings) -> None:
    assert last_profile(settings).is_local
    address = first_rows_address(settings)
    assert address is not None and address.startswith("sqlite:///")


def test_an_older_versions_server_address_is_not_mistaken_for_the_local_file(settings: Settings) -> None:
    settings.set(DATABASE_URL, "postgresql://tineke@gemeente-db:5432/ondernemers")
    assert not last_profile(settings).is_local  # the window opens the server
    assert first_rows_address(settings) is None  # so the first screen shows no local companies


def test_a_profile_chosen_before_leaves_the_rows_to_the_main_window(settings: Settings) -> None:
    settings.set(CONNECTION_LAST, "Server")
    assert first_rows_address(settings) is None
