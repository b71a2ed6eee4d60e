"""The start-up shortcut: the HEAD constant must name Alembic's newest revision."""

from models.migrations import HEAD, head_revision


def test_head_constant_is_alembics_head() -> None:
    assert head_revision() == HEAD, "a new revision was added: set models.migrations.HEAD to it"
