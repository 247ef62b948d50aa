"""The dashboard's figures, each one SQL query: equipment, people trained, works, attention.

Kept apart from the widgets so the CLI, reports and tests read the same numbers the
charts draw.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bordertrack.services.training import COMPLETION_SQL
from bordertrack.store.database import Store
from bordertrack.store.query import LIVE, Condition

# Items no longer at the post are not expected at a stock-take.
GONE_STATUSES = ("lost", "stolen", "written_off")
# Works that are late: planned end passed and not finished.
UNFINISHED_WORKS = ("planned", "under_construction")
STOCKTAKE_MONTHS = 12


@dataclass
class Attention:
    """What needs somebody's action, with counts; zero means nothing to do."""

    conflicts: int = 0
    duplicates: int = 0
    overdue_stocktakes: int = 0
    late_works: int = 0
    results_missing: int = 0


@dataclass
class Dashboard:
    """Every figure the dashboard shows, computed at one moment."""

    today: str
    year: int
    equipment: list[tuple[str, str, dict[str, int]]] = field(default_factory=list)
    trained: list[tuple[str, str, dict[str, int]]] = field(default_factory=list)
    works: dict[str, int] = field(default_factory=dict)
    works_progress: float | None = None
    attention: Attention = field(default_factory=Attention)
    years: list[int] = field(default_factory=list)


def _nested(rows: list[tuple[str, str, str, int]]) -> list[tuple[str, str, dict[str, int]]]:
    """(key, name, sub-key, count) rows -> [(key, name, {sub-key: count})] in row order."""
    out: dict[str, tuple[str, str, dict[str, int]]] = {}
    for key, name, sub, count in rows:
        entry = out.setdefault(key, (key, name, {}))
        entry[2][sub] = int(count)
    return list(out.values())


def equipment_by_status(store: Store) -> list[tuple[str, str, dict[str, int]]]:
    """Per post (code, name): live items counted by status, posts by name."""
    rows = store.conn.execute(
        "SELECT e.post, coalesce(p.name, e.post), e.status, count(*) FROM equipment e "
        "LEFT JOIN post p ON p.code = e.post AND p._deleted = 0 WHERE e._deleted = 0 "
        "GROUP BY e.post, e.status ORDER BY coalesce(p.name, e.post), e.status"
    ).fetchall()
    return _nested(rows)


def trained_by_sex_and_agency(store: Store, year: int) -> list[tuple[str, str, dict[str, int]]]:
    """People who completed a course whose session ended in `year`, per agency and sex.

    A person completing two courses counts once: the donor asks how many people.
    """
    rows = store.conn.execute(
        f"SELECT coalesce(p.agency, ''), coalesce(a.name, p.agency, ''), "
        f"coalesce(p.sex, 'not_recorded'), count(DISTINCT c.person) "
        f"FROM ({COMPLETION_SQL}) c JOIN person p ON p.id = c.person AND p._deleted = 0 "
        f"LEFT JOIN agency a ON a.code = p.agency AND a._deleted = 0 "
        f"WHERE c.completed AND substr(c.end_date, 1, 4) = ? "
        f"GROUP BY 1, 3 ORDER BY 2, 3",
        (f"{year:04d}",),
    ).fetchall()
    return _nested(rows)


def training_years(store: Store) -> list[int]:
    """Years in which sessions ended, newest first, for the year chooser."""
    rows = store.conn.execute(
        "SELECT DISTINCT CAST(substr(end_date, 1, 4) AS INTEGER) FROM training_session "
        "WHERE _deleted = 0 AND end_date IS NOT NULL ORDER BY 1 DESC"
    )
    return [r[0] for r in rows if r[0]]


def works(store: Store) -> tuple[dict[str, int], float | None]:
    """Facilities counted by status, and the average percent complete of those recorded."""
    counts = {
        status: int(n)
        for status, n in store.conn.execute(
            "SELECT status, count(*) FROM facility WHERE _deleted = 0 GROUP BY status"
        )
    }
    avg = store.conn.execute(
        "SELECT avg(percent_complete) FROM facility WHERE _deleted = 0 "
        "AND percent_complete IS NOT NULL"
    ).fetchone()[0]
    return counts, (float(avg) if avg is not None else None)


def stocktake_cutoff(today: dt.date) -> str:
    """The day before which a verification is too old (STOCKTAKE_MONTHS months ago)."""
    months = today.year * 12 + today.month - 1 - STOCKTAKE_MONTHS
    year, month = divmod(months, 12)
    day = min(today.day, 28)
    return dt.date(year, month + 1, day).isoformat()


OVERDUE_STOCKTAKE_SQL = (
    f"_deleted = 0 AND status NOT IN {GONE_STATUSES!r} "
    "AND coalesce(_last_verified, received_date, '') < ?"
)


def overdue_stocktake_condition(today: dt.date) -> Condition:
    """The items the dashboard counts as "not verified", as a condition a table can hold."""
    return Condition(OVERDUE_STOCKTAKE_SQL, (stocktake_cutoff(today),))


LATE_WORKS_SQL = (
    "_deleted = 0 AND planned_end IS NOT NULL AND planned_end < ? AND actual_end IS NULL "
    f"AND status IN {UNFINISHED_WORKS!r}"
)


def results_missing_condition(today: dt.date) -> Condition:
    """Enrolments of sessions that ended before `today` (not cancelled) still without a
    result: what the dashboard counts, as a condition the Training screen's table holds."""
    return Condition(
        f"{LIVE} AND coalesce(result, 'pending') = 'pending' AND session IN "
        f"(SELECT id FROM training_session WHERE {LIVE} AND end_date < ? "
        "AND coalesce(status, '') <> 'cancelled')",
        (today.isoformat(),),
    )


def attention(store: Store, today: dt.date) -> Attention:
    """Counts of what needs action; an item never verified counts from its receipt date."""
    conn = store.conn
    one = lambda sql, *p: int(conn.execute(sql, p).fetchone()[0])  # noqa: E731
    missing = results_missing_condition(today)
    from bordertrack.services.duplicates import duplicate_groups

    return Attention(
        conflicts=one("SELECT count(*) FROM conflicts"),
        duplicates=len(duplicate_groups(conn)),
        overdue_stocktakes=one(
            f"SELECT count(*) FROM equipment WHERE {OVERDUE_STOCKTAKE_SQL}",
            stocktake_cutoff(today),
        ),
        late_works=one(f"SELECT count(*) FROM facility WHERE {LATE_WORKS_SQL}", today.isoformat()),
        results_missing=one(f"SELECT count(*) FROM enrolment WHERE {missing.sql}", *missing.params),
    )


def dashboard(store: Store, today: dt.date | None = None, year: int | None = None) -> Dashboard:
    """Every figure at once (run on the worker: the large register takes a moment)."""
    today = today or dt.date.today()
    year = year or today.year
    counts, progress = works(store)
    return Dashboard(
        today=today.isoformat(),
        year=year,
        equipment=equipment_by_status(store),
        trained=trained_by_sex_and_agency(store, year),
        works=counts,
        works_progress=progress,
        attention=attention(store, today),
        years=training_years(store),
    )
