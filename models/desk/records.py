"""The plain records of the knowledge base.

Frozen dataclasses with no SQLAlchemy and no Qt, so the documents (``views/documents``), the
command line and the tests take them without a database session; the feature's services make them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class ArticleState(enum.StrEnum):
    VALID = "valid"
    PAST_REVIEW = "past_review"
    UPCOMING = "upcoming"
    EXPIRED = "expired"


@dataclass(frozen=True, kw_only=True)
class ArticleRecord:
    id: int
    version: int
    question: str
    answer: str
    tags: tuple[str, ...]
    department: str | None
    valid_from: date | None
    valid_until: date | None
    review_on: date | None
    state: ArticleState
    archived: bool
    score: float = 0.0

    @property
    def is_valid(self) -> bool:
        return self.state in (ArticleState.VALID, ArticleState.PAST_REVIEW) and not self.archived

    @property
    def needs_review(self) -> bool:
        return self.state in (ArticleState.PAST_REVIEW, ArticleState.EXPIRED) and not self.archived
