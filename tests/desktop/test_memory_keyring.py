"""The one in-memory keyring of the benchmark and the tests (desktop/memory_keyring.py)."""

from __future__ import annotations

import keyring

from desktop.memory_keyring import MemoryKeyring, in_memory


def test_secrets_stay_in_memory_and_the_keyring_before_comes_back(fake_keyring: MemoryKeyring) -> None:
    assert keyring.get_keyring() is fake_keyring  # the tests' own, from the same module
    with in_memory() as store:
        keyring.set_password("ondernemersdesk-offline", "ronde.odset", "geheim")
        assert keyring.get_password("ondernemersdesk-offline", "ronde.odset") == "geheim"
        assert store.secrets == {("ondernemersdesk-offline", "ronde.odset"): "geheim"}
        keyring.delete_password("ondernemersdesk-offline", "ronde.odset")
        assert store.secrets == {}
        keyring.set_password("ondernemersdesk-offline", "ronde.odset", "geheim")
    assert keyring.get_keyring() is fake_keyring
    assert fake_keyring.secrets == {}, "nothing of the block reached the keyring before it"
