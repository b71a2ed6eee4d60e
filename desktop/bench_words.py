"""The benchmark's word searches of the lists: observations, desk questions and signals (issue 17).

Each is taken through the service a person's search box calls (the records included) and set
beside the bare engine doing the same lookup in SQL on the same index (FTS5 trigram table on
SQLite, pg_trgm GIN index on PostgreSQL), returning only the ids, so the report shows what the
application adds as a ratio. Signals twice: for a handler (``search_text``) and for a role that may
not read reporters (``public_search_text``, its own index).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, text

from desktop.bench_figures import Figure, Spread, collector_tick
from models import fulltext
from models.db import Database
from models.desk import services as desk
from models.rounds import services as rounds
from models.signals import services as signals
from models.team.entities import Role, User

# What a person types, letter by letter from the third on, and whole words: common ones (many
# hits), rare ones, two words, and one that finds nothing.
TYPED = ("terras", "container", "stoep bankje")
WORDS = ("afval", "ingang", "lantaarn", "vergunning", "starter", "noordereinde", "kerkstraat 1", "qqqzzz")


def queries() -> list[str]:
    typed = [word[:n] for word in TYPED for n in range(3, len(word) + 1)]
    return [*typed, *WORDS]


def _engine_sql(
    dialect: str, table: str, column: str, index: str, words: list[str], tail: str
) -> tuple[str, dict]:
    """The lookup in plain SQL: every word in the row's folded text, found by the index."""
    params: dict[str, Any] = {}
    if dialect == "sqlite":
        long = [w for w in words if len(w) >= fulltext.MIN_INDEXED]
        where = [f"t.id IN (SELECT rowid FROM {index} WHERE {index} MATCH :m)"]
        params["m"] = " AND ".join(f'"{w}"' for w in long)
        short = [w for w in words if len(w) < fulltext.MIN_INDEXED]
    else:
        where, short = [], words
    for i, word in enumerate(short):
        where.append(f"t.{column} LIKE :w{i}")
        params[f"w{i}"] = f"%{word}%"
    return f"SELECT t.id FROM {table} t WHERE {' AND '.join(where)} {tail}", params


def measure_word_search(db: Database, name: str, today: date) -> list[Figure]:
    """p50 and p95 of each list's word search over ``queries()``, beside the bare engine's."""
    dialect = "sqlite" if db.is_sqlite else "postgresql"
    since = today - timedelta(days=365)
    with db.session() as session:
        blind = session.scalar(select(User.id).where(User.role == Role.DESK).order_by(User.id).limit(1))

    def app_observations(s: Any, typed: str) -> object:
        return rounds.search_rounds(s, typed, since, today)

    def app_questions(s: Any, typed: str) -> object:
        return desk.search_questions(s, typed)

    def app_signals(s: Any, typed: str) -> object:
        return signals.signal_rows(
            s, signals.find_signals(s, signals.SignalFilter(text=typed), today=today)[:200], today=today
        )

    period = (
        "AND t.round_id IN (SELECT id FROM supervision_round WHERE held_on >= :since) "
        f"ORDER BY t.observed_at DESC, t.id DESC LIMIT {rounds.SEARCH_LIMIT}"
    )
    kinds: list[tuple[str, int | None, Callable[[Any, str], object], tuple[str, str, str, str]]] = [
        (
            QCoreApplication.translate("bench", "Word search: observations"),
            None,
            app_observations,
            ("observation", "search_text", rounds.SEARCH_TABLE, period),
        ),
        (
            QCoreApplication.translate("bench", "Word search: desk questions"),
            None,
            app_questions,
            ("desk_question", "search_text", desk.SEARCH_TABLE, "ORDER BY t.asked_at DESC LIMIT 200"),
        ),
        (
            QCoreApplication.translate("bench", "Word search: signals (handler)"),
            None,
            app_signals,
            ("signal", "search_text", signals.SEARCH_TABLE, "ORDER BY t.reported_at DESC"),
        ),
        (
            QCoreApplication.translate("bench", "Word search: signals (without reporters)"),
            blind,
            app_signals,
            ("signal", "public_search_text", signals.PUBLIC_SEARCH_TABLE, "ORDER BY t.reported_at DESC"),
        ),
    ]
    figures: list[Figure] = []
    typed_all = queries()
    note = QCoreApplication.translate("bench", "%1 searches").replace("%1", str(len(typed_all)))
    for what, user, app, (table, column, index, tail) in kinds:
        app_samples: list[float] = []
        engine_samples: list[float] = []
        per_round: list[tuple[list[float], list[float]]] = []  # per counted round, for the spread
        with db.session(user_id=user) as session:
            connection = session.connection()
            for round_ in range(4):  # the first round warms the caches and is not counted
                if round_:
                    per_round.append(([], []))
                for typed in typed_all:
                    words = fulltext.search_words(typed)
                    sql, params = _engine_sql(dialect, table, column, index, words, tail)
                    if ":since" in sql:
                        params["since"] = since
                    started = time.perf_counter()
                    app(session, typed)
                    app_ms = (time.perf_counter() - started) * 1000
                    started = time.perf_counter()
                    connection.execute(text(sql), params).all()
                    engine_ms = (time.perf_counter() - started) * 1000
                    collector_tick()  # between keystrokes, where the window's timer fires
                    if round_:
                        app_samples.append(app_ms)
                        engine_samples.append(engine_ms)
                        per_round[-1][0].append(app_ms)
                        per_round[-1][1].append(engine_ms)
        figures += [
            Figure(
                what=what + ", p50",
                database=name,
                app_ms=statistics.median(app_samples),
                engine_ms=statistics.median(engine_samples),
                app_spread=Spread.of([statistics.median(r[0]) for r in per_round]),
                engine_spread=Spread.of([statistics.median(r[1]) for r in per_round]),
                note=note,
            ),
            Figure(
                what=what + ", p95",
                database=name,
                app_ms=_percentile(app_samples, 0.95),
                engine_ms=_percentile(engine_samples, 0.95),
                app_spread=Spread.of([_percentile(r[0], 0.95) for r in per_round]),
                engine_spread=Spread.of([_percentile(r[1], 0.95) for r in per_round]),
                note=note,
            ),
        ]
    return figures


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
