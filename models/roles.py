"""The roles of officials and the session key naming the official: no SQLAlchemy here, so that the
page registry (``views.shell.pages``, through ``models.permissions``) can be read for the window's
first screen before the database stack is imported (see desktop/bootstrap.py)."""

from __future__ import annotations

import enum

# The key under which a session's info holds the signed-in official's id (models.db puts it
# there; permissions, the audit trail and the notifications read it).
CURRENT_USER = "user_id"


class Role(enum.StrEnum):
    """What an official does; the screen shows the Dutch name."""

    BUSINESS_MANAGER = "business_manager"
    OFFICIAL = "official"
    DESK = "desk"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
