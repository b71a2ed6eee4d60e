"""How well the company search finds what people type: top-1, top-3 and mean reciprocal rank.

The labelled query set (tests/models/search_queries.json, made over the demo register by
tests/models/search_queries_make.py) says for each query which companies it should find. A query
that identifies one company counts towards the headline figures; one that many companies fit (a
postcode, a place) is right when any of them comes first and is reported apart; a query that
should find nothing is right when nothing is found. A query that raises is a crash, never
skipped. The test suite and ``admin bench`` both use this, so relevance is measured, not assumed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from models.companies.search import SearchService
from models.permissions import Permission, requires

# The search box shows 12 hits; a target further down is as good as not found.
LIMIT = 12


@dataclass(frozen=True, kw_only=True)
class LabelledQuery:
    kind: str
    query: str
    expect: frozenset[int]  # empty: nothing should be found


@dataclass(frozen=True, kw_only=True)
class QuerySet:
    seed: int
    companies: int  # the demo register the labels belong to (models.tools.demo.generate)
    queries: tuple[LabelledQuery, ...]


@dataclass(frozen=True, kw_only=True)
class Outcome:
    query: LabelledQuery
    rank: int | None  # 1-based position of the first expected company; None when not shown
    hits: int
    error: str | None = None

    @property
    def right(self) -> bool:
        if self.error is not None:
            return False
        if not self.query.expect:
            return self.hits == 0
        return self.rank is not None


@dataclass(frozen=True, kw_only=True)
class Figures:
    """Top-1, top-3 (shares 0-1) and MRR over a group of queries."""

    count: int
    top1: float
    top3: float
    mrr: float


@dataclass(kw_only=True)
class Relevance:
    identifying: Figures  # queries that identify one company: the headline
    broad: Figures  # queries many companies fit: right when one of them comes first
    nothing: tuple[int, int]  # (found nothing, of queries that should find nothing)
    crashes: int
    by_kind: dict[str, Figures] = field(default_factory=dict)
    misses: list[Outcome] = field(default_factory=list)  # identifying queries not in the top 3


def load(path: Path) -> QuerySet:
    data = json.loads(path.read_text(encoding="utf-8"))
    return QuerySet(
        seed=data["seed"],
        companies=data["companies"],
        queries=tuple(
            LabelledQuery(kind=q["kind"], query=q["query"], expect=frozenset(q["expect"]))
            for q in data["queries"]
        ),
    )


def _figures(outcomes: Sequence[Outcome]) -> Figures:
    if not outcomes:
        return Figures(count=0, top1=0.0, top3=0.0, mrr=0.0)
    ranks = [o.rank if o.error is None else None for o in outcomes]
    return Figures(
        count=len(outcomes),
        top1=sum(1 for r in ranks if r == 1) / len(ranks),
        top3=sum(1 for r in ranks if r is not None and r <= 3) / len(ranks),
        mrr=sum(1 / r for r in ranks if r is not None) / len(ranks),
    )


def run_query(search: Callable[[str], Sequence[int]], query: LabelledQuery) -> Outcome:
    try:
        found = list(search(query.query))
    except Exception as exc:  # a crash is a result here: counted, reported, never hidden
        return Outcome(query=query, rank=None, hits=0, error=f"{type(exc).__name__}: {exc}")
    rank = next((i + 1 for i, cid in enumerate(found) if cid in query.expect), None)
    return Outcome(query=query, rank=rank, hits=len(found))


@requires(Permission.VIEW_COMPANIES)
def evaluate(session: Session, queries: Sequence[LabelledQuery], *, limit: int = LIMIT) -> Relevance:
    """Run every query through ``SearchService`` as the search box does and score the ranks."""
    service = SearchService(session)

    def search(text: str) -> list[int]:
        try:
            return [hit.company_id for hit in service.search(text, limit=limit)]
        except Exception:
            session.rollback()  # a failed statement must not spoil the queries after it
            raise

    outcomes = [run_query(search, q) for q in queries]
    return score(outcomes)


def score(outcomes: Sequence[Outcome]) -> Relevance:
    identifying = [o for o in outcomes if len(o.query.expect) == 1]
    broad = [o for o in outcomes if len(o.query.expect) > 1]
    empty = [o for o in outcomes if not o.query.expect]
    kinds: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.query.expect:
            kinds[o.query.kind].append(o)
    return Relevance(
        identifying=_figures(identifying),
        broad=_figures(broad),
        nothing=(sum(1 for o in empty if o.right), len(empty)),
        crashes=sum(1 for o in outcomes if o.error is not None),
        by_kind={kind: _figures(group) for kind, group in sorted(kinds.items())},
        misses=[o for o in identifying if o.rank is None or o.rank > 3],
    )


def report(relevance: Relevance) -> str:
    """Plain lines for a person: the headline, then each kind (for the command line and notes)."""

    def line(name: str, f: Figures) -> str:
        return f"{name:<28} n={f.count:<4} top-1 {f.top1:6.1%}  top-3 {f.top3:6.1%}  MRR {f.mrr:.3f}"

    lines = [
        line("identifying one company", relevance.identifying),
        line("many fit (postcode, place)", relevance.broad),
        f"{'should find nothing':<28} {relevance.nothing[0]} of {relevance.nothing[1]} found nothing",
        f"{'crashes':<28} {relevance.crashes}",
        "",
    ]
    lines += [line(kind, f) for kind, f in relevance.by_kind.items()]
    return "\n".join(lines)
