"""The whole schema: every feature's entities, registered with the one declarative base.

SQLAlchemy resolves a relationship to another feature's entity (an agreement's assignee, a
signal's company) by name when the mappers are configured, so every entity module must be
imported by then. This module is the one place that does it; the database (models/db.py) and
the migrations import it, features import only each other's entities they use.
"""

from __future__ import annotations

from models.ambitions import entities as ambitions
from models.attachments import entities as attachments
from models.audit import entities as audit
from models.base import Base
from models.companies import entities as companies
from models.consultations import entities as consultations
from models.desk import entities as desk
from models.duplicates import entities as duplicates
from models.importing import entities as importing
from models.offline import entities as offline
from models.privacy import entities as privacy
from models.rounds import entities as rounds
from models.signals import entities as signals
from models.team import entities as team

FEATURES = (
    team,
    companies,
    audit,
    consultations,
    desk,
    ambitions,
    signals,
    rounds,
    privacy,
    importing,
    duplicates,
    attachments,
    offline,
)
metadata = Base.metadata

__all__ = ["FEATURES", "metadata"]
