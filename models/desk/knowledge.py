"""The knowledge base: standard questions and answers for the desk, their validity and search.

An outdated answer is worse than none, so an article's validity is always judged "as of"
``today`` (a parameter, so the rules can be tested at their boundaries):

- valid from and until are inclusive days; before ``valid_from`` an article is *upcoming*,
  after ``valid_until`` it is *expired*, and neither is ever offered as a valid answer;
- an article whose review date has passed is still valid but *past review*: the desk sees a
  mark, the knowledge base's "needs review" list shows it to whoever maintains it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import Date, bindparam, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from models import fulltext
from models.base import utcnow
from models.common import flush_or_conflict, load, load_for_edit
from models.desk import words
from models.desk.entities import KnowledgeArticle
from models.desk.records import ArticleRecord, ArticleState
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.text import fold
from models.validation import Validator, search_words

SEARCH_TABLE = "knowledge_search"


# -- articles -------------------------------------------------------------------------------


ARTICLE_STATE_LABELS = {
    ArticleState.VALID: QT_TRANSLATE_NOOP("labels", "valid"),
    ArticleState.PAST_REVIEW: QT_TRANSLATE_NOOP("labels", "past review date"),
    ArticleState.UPCOMING: QT_TRANSLATE_NOOP("labels", "not yet valid"),
    ArticleState.EXPIRED: QT_TRANSLATE_NOOP("labels", "expired"),
}


def article_state(
    valid_from: date | None, valid_until: date | None, review_on: date | None, today: date
) -> ArticleState:
    if valid_until is not None and valid_until < today:
        return ArticleState.EXPIRED
    if valid_from is not None and valid_from > today:
        return ArticleState.UPCOMING
    if review_on is not None and review_on < today:
        return ArticleState.PAST_REVIEW
    return ArticleState.VALID


def parse_tags(text: str) -> list[str]:
    """``"Terras, horeca; vergunning"`` → ``["terras", "horeca", "vergunning"]`` (no doubles)."""
    seen: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        tag = " ".join(part.split()).lower()
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return list(seen.values())


@dataclass(kw_only=True)
class ArticleInput:
    question: str = ""
    answer: str = ""
    tags: str = ""
    department: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    review_on: date | None = None


def _record(a: KnowledgeArticle, today: date, score: float = 0.0) -> ArticleRecord:
    return ArticleRecord(
        id=a.id,
        version=a.version,
        question=a.question,
        answer=a.answer,
        tags=tuple(a.tag_list),
        department=a.department,
        valid_from=a.valid_from,
        valid_until=a.valid_until,
        review_on=a.review_on,
        state=article_state(a.valid_from, a.valid_until, a.review_on, today),
        archived=a.archived_at is not None,
        score=score,
    )


def document(question: str, tags: str, answer: str, department: str | None) -> str:
    """The folded search text: question, tags, department, answer on lines of their own.

    Ranking reads the question and the tags back from here (one line each, tags two spaces
    apart), so it never folds text again while the user types.
    """
    tag_line = "  ".join(fold(t) for t in parse_tags(tags))
    return "\n".join((fold(question), tag_line, fold(department or ""), fold(answer)))


def _validate_article(data: ArticleInput) -> dict:
    v = Validator()
    question, answer = data.question.strip(), data.answer.strip()
    if not question:
        v.add("question", QT_TRANSLATE_NOOP("errors", "Write the question this article answers."))
    v.max_length("question", question, 300)
    if not answer:
        v.add("answer", QT_TRANSLATE_NOOP("errors", "Write the answer the desk can give."))
    tags = ", ".join(parse_tags(data.tags))
    v.max_length("tags", tags, 400)
    v.max_length("department", data.department.strip(), 120)
    if data.valid_from and data.valid_until and data.valid_until < data.valid_from:
        v.add(
            "valid_until",
            QT_TRANSLATE_NOOP("errors", "The article cannot expire before it becomes valid."),
        )
    v.raise_if_any()
    return {
        "question": question,
        "answer": answer,
        "tags": tags,
        "department": data.department.strip() or None,
        "valid_from": data.valid_from,
        "valid_until": data.valid_until,
        "review_on": data.review_on,
    }


def _index(session: Session, article: KnowledgeArticle) -> None:
    session.flush()
    doc = document(article.question, article.tags, article.answer, article.department)
    fulltext.write(session, SEARCH_TABLE, [{"id": article.id, "doc": doc}])


@requires(Permission.EDIT_KNOWLEDGE)
def create_article(session: Session, data: ArticleInput) -> int:
    article = KnowledgeArticle(**_validate_article(data))
    session.add(article)
    _index(session, article)
    return article.id


@requires(Permission.EDIT_KNOWLEDGE)
def update_article(session: Session, article_id: int, expected_version: int, data: ArticleInput) -> int:
    article = load_for_edit(session, KnowledgeArticle, article_id, expected_version)
    for key, value in _validate_article(data).items():
        setattr(article, key, value)
    flush_or_conflict(session, article)
    _index(session, article)
    return article.version


@requires(Permission.EDIT_KNOWLEDGE)
def set_article_archived(session: Session, article_id: int, expected_version: int, archived: bool) -> int:
    """Withdraw an article (it stays in the history of the questions answered with it)."""
    article = load_for_edit(session, KnowledgeArticle, article_id, expected_version)
    article.archived_at = utcnow() if archived else None
    flush_or_conflict(session, article)
    return article.version


@requires(Permission.VIEW_KNOWLEDGE)
def article(session: Session, article_id: int, *, today: date) -> ArticleRecord:
    return _record(load(session, KnowledgeArticle, article_id), today)


# Ranking: an exact tag first, then the question (title), then a tag containing the query,
# then the answer or department. Within a rank, the question most like the query first.
EXACT_TAG, IN_QUESTION, IN_TAG, ELSEWHERE = 1000, 700, 500, 300
# Matched word by word (forms, compounds, synonyms, typos): 100-255, always below ELSEWHERE.
WORDS_BASE, WORDS_RANGE = 100, 150
INVALID_PENALTY = 5000  # expired or upcoming articles (when asked for) always come last


def _base_score(query: str, tokens: list[str], question: str, tag_line: str) -> int:
    tags = tag_line.split("  ") if tag_line else []
    if query in tags:
        return EXACT_TAG
    if all(t in question for t in tokens):
        return IN_QUESTION + (50 if question.startswith(query) else 0)
    if any(all(t in tag for t in tokens) for tag in tags):
        return IN_TAG
    return ELSEWHERE


_VALID_SQL = (
    "(a.valid_from IS NULL OR a.valid_from <= :today) AND (a.valid_until IS NULL OR a.valid_until >= :today)"
)
CANDIDATES = 5000  # at most this many matches are ranked (the whole of a large knowledge base)
FINE_RANKED = 300  # of those, at most this many compete on likeness for the places shown


@requires(Permission.VIEW_KNOWLEDGE)
def search_articles(
    session: Session, text: str, *, today: date, include_invalid: bool = False, limit: int = 30
) -> list[ArticleRecord]:
    """Articles matching every fragment typed, best first; valid ones only unless asked.

    One query finds the candidates through the trigram index, joined to the articles for
    the validity rules, and returns their folded text; they are ranked on that text (exact
    tag, question, tag, elsewhere; then likeness of the question to the query), and only
    the ``limit`` best are read in full. An empty query lists articles by question.
    """
    query = fold(search_words(text))
    if not query:
        stmt = select(KnowledgeArticle.id).where(KnowledgeArticle.archived_at.is_(None))
        if not include_invalid:
            stmt = stmt.where(
                or_(KnowledgeArticle.valid_from.is_(None), KnowledgeArticle.valid_from <= today),
                or_(KnowledgeArticle.valid_until.is_(None), KnowledgeArticle.valid_until >= today),
            )
        ids = list(session.scalars(stmt.order_by(KnowledgeArticle.question).limit(limit)))
        return _full(session, ids, {}, today)
    tokens = query.split()
    found = fulltext.match(session.get_bind().dialect.name, SEARCH_TABLE, tokens)
    if found is None:
        return []
    strict = _strict(session, query, tokens, found, today, include_invalid, limit)
    if len(strict) < limit:
        # Questions as people ask them: word forms, compounds, synonyms, typos (below the above).
        for article_id, score in _by_words(session, query, today, include_invalid).items():
            if article_id not in strict:
                strict[article_id] = score
    best = sorted(strict, key=lambda i: (-strict[i][0], strict[i][1], i))[:limit]
    return _full(session, best, {i: strict[i][0] for i in best}, today)


def _strict(
    session: Session,
    query: str,
    tokens: list[str],
    found: fulltext.Match,
    today: date,
    include_invalid: bool,
    limit: int,
) -> dict[int, tuple[float, str]]:
    """Articles that contain every fragment typed, scored: (score, question) by id."""
    sql = (
        f"SELECT {found.key}, {SEARCH_TABLE}.doc, CASE WHEN {_VALID_SQL} THEN 0 ELSE 1 END "
        f"FROM {SEARCH_TABLE} JOIN knowledge_article a ON a.id = {found.key} "
        f"WHERE {found.where} AND a.archived_at IS NULL"
        + ("" if include_invalid else f" AND {_VALID_SQL}")
        + " LIMIT :limit"
    )
    rows = session.execute(
        sql_text(sql).bindparams(bindparam("today", type_=Date)),
        {**found.params, "today": today, "limit": CANDIDATES},
    )
    questions: dict[int, str] = {}
    base: dict[int, float] = {}
    for article_id, doc, invalid in rows:
        question, tag_line = (doc.split("\n", 2) + ["", ""])[:2]
        questions[article_id] = question
        base[article_id] = _base_score(query, tokens, question, tag_line) - INVALID_PENALTY * invalid
    # Likeness only orders articles within a rank: compute it for those that can still be shown.
    order = sorted(base, key=lambda i: -base[i])
    if len(order) > limit:
        cutoff = base[order[limit - 1]]
        order = [i for i in order if base[i] >= cutoff][:FINE_RANKED]
    return {i: (base[i] + fuzz.partial_ratio(query, questions[i]) / 10, questions[i]) for i in order}


def _by_words(
    session: Session, query: str, today: date, include_invalid: bool
) -> dict[int, tuple[float, str]]:
    """Articles in which every meaningful word of the question matches a word (``models.desk.words``).

    Candidates come from the trigram index (any piece of any word); each is scored on its
    question and tags first, its department and answer less. Always below an article that
    contains every fragment as typed (``ELSEWHERE``), and invalid ones last.
    """
    wanted = words.content_words(query)
    fragments = sorted({p for w in wanted for p in words.pieces(w)})
    if not fragments:
        return {}
    dialect = session.get_bind().dialect.name
    params: dict[str, object] = {"today": today, "limit": CANDIDATES}
    if dialect == "sqlite":
        where = f"{SEARCH_TABLE} MATCH :m"
        params["m"] = " OR ".join('"' + f.replace('"', '""') + '"' for f in fragments)
        key = f"{SEARCH_TABLE}.rowid"
    else:
        ors = []
        for i, fragment in enumerate(fragments):
            params[f"w{i}"] = f"%{fragment}%"
            ors.append(f"{SEARCH_TABLE}.doc LIKE :w{i}")
        where = "(" + " OR ".join(ors) + ")"
        key = f"{SEARCH_TABLE}.id"
    sql = (
        f"SELECT {key}, {SEARCH_TABLE}.doc, CASE WHEN {_VALID_SQL} THEN 0 ELSE 1 END "
        f"FROM {SEARCH_TABLE} JOIN knowledge_article a ON a.id = {key} "
        f"WHERE {where} AND a.archived_at IS NULL"
        + ("" if include_invalid else f" AND {_VALID_SQL}")
        + " LIMIT :limit"
    )
    scored: dict[int, tuple[float, str]] = {}
    for article_id, doc, invalid in session.execute(
        sql_text(sql).bindparams(bindparam("today", type_=Date)), params
    ):
        question, tag_line, department, answer = (doc.split("\n", 3) + ["", "", "", ""])[:4]
        heading = set(question.split()) | set(tag_line.split())
        rest = set(department.split()) | set(answer.split())
        total = 0.0
        for word in wanted:
            value = max(words.best_likeness(word, heading), 0.6 * words.best_likeness(word, rest))
            if value == 0.0:
                break
            total += value
        else:
            mean = total / len(wanted)
            score = WORDS_BASE + WORDS_RANGE * mean + fuzz.token_set_ratio(query, question) / 20
            scored[article_id] = (score - INVALID_PENALTY * invalid, question)
    return scored


def _full(session: Session, ids: list[int], scores: dict[int, float], today: date) -> list[ArticleRecord]:
    """The articles with these ids, whole, in this order."""
    if not ids:
        return []
    found = {a.id: a for a in session.scalars(select(KnowledgeArticle).where(KnowledgeArticle.id.in_(ids)))}
    return [_record(found[i], today, scores.get(i, 0.0)) for i in ids if i in found]


class ArticleScope(enum.StrEnum):
    ALL = "all"
    VALID = "valid"
    NEEDS_REVIEW = "needs_review"
    ARCHIVED = "archived"


@requires(Permission.VIEW_KNOWLEDGE)
def list_articles(
    session: Session, scope: ArticleScope, *, today: date, text: str = "", limit: int = 5000
) -> list[ArticleRecord]:
    """The knowledge base as its maintainer sees it. Needs review: past the review date or expired."""
    scope = ArticleScope(scope)
    if text.strip():
        ids = fulltext.containing(session, SEARCH_TABLE, fold(search_words(text)).split(), limit)
        stmt = select(KnowledgeArticle).where(KnowledgeArticle.id.in_(ids))
    else:
        stmt = select(KnowledgeArticle)
    if scope is ArticleScope.ARCHIVED:
        stmt = stmt.where(KnowledgeArticle.archived_at.is_not(None))
    else:
        stmt = stmt.where(KnowledgeArticle.archived_at.is_(None))
    if scope is ArticleScope.VALID:
        stmt = stmt.where(
            or_(KnowledgeArticle.valid_from.is_(None), KnowledgeArticle.valid_from <= today),
            or_(KnowledgeArticle.valid_until.is_(None), KnowledgeArticle.valid_until >= today),
        )
    elif scope is ArticleScope.NEEDS_REVIEW:
        stmt = stmt.where(or_(KnowledgeArticle.review_on < today, KnowledgeArticle.valid_until < today))
    stmt = stmt.order_by(
        KnowledgeArticle.review_on.is_(None), KnowledgeArticle.review_on, KnowledgeArticle.id
    )
    if scope is not ArticleScope.NEEDS_REVIEW:
        stmt = stmt.order_by(None).order_by(KnowledgeArticle.question, KnowledgeArticle.id)
    return [_record(a, today) for a in session.scalars(stmt.limit(limit))]


@requires(Permission.VIEW_KNOWLEDGE)
def review_count(session: Session, *, today: date) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(KnowledgeArticle)
            .where(
                KnowledgeArticle.archived_at.is_(None),
                or_(KnowledgeArticle.review_on < today, KnowledgeArticle.valid_until < today),
            )
        )
        or 0
    )
