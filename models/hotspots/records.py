"""The plain records of hotspots: where signals pile up, and per week.

Frozen dataclasses with no SQLAlchemy and no Qt, so the documents (``views/documents``), the
command line and the tests take them without a database session; the feature's services make them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, kw_only=True)
class Hotspot:
    key: int | str | None  # the area id, the street name or the category id
    label: str
    signals: int
    observations: int
    overdue: int
    # A street is a street in one place: the area it lies in, or the place named in the address
    # when no area is known (two Kerkstraten in two kernen are two rows).
    area_id: int | None = None
    city: str | None = None

    @property
    def total(self) -> int:
        return self.signals + self.observations


@dataclass(frozen=True, kw_only=True)
class WeekCount:
    week: date  # the Monday the week starts
    signals: int
    observations: int


@dataclass(frozen=True, kw_only=True)
class Satisfaction:
    """Reporters' reactions to handled signals in one area, street or category (None: all)."""

    key: int | str | None
    label: str
    reactions: int
    satisfied: int

    @property
    def share(self) -> float | None:
        """The share tevreden, 0 to 1 (None without reactions)."""
        return self.satisfied / self.reactions if self.reactions else None
