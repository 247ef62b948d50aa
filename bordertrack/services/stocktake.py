"""Stock-take: classify scanned asset tags against a post's register, then record the checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services import records
from bordertrack.store.database import Store
from bordertrack.store.query import LIVE

# Items in these states are not expected on the shelf, so they are not "missing".
NOT_EXPECTED = ("lost", "stolen", "written_off")


class NothingToRecord(BorderTrackError):
    template = error_template("No asset tags were scanned; scan or type at least one tag first.")

    def __init__(self) -> None:
        super().__init__()


@dataclass
class StockTake:
    """The state of one stock-take at a post: what was expected and what was scanned.

    `elsewhere` are items of another post found here; `unknown` are tags in no register.
    """

    post: str
    expected: dict[str, str] = field(default_factory=dict)  # asset tag -> item id
    found: dict[str, str] = field(default_factory=dict)
    elsewhere: dict[str, tuple[str, str]] = field(default_factory=dict)  # tag -> (id, post)
    unknown: list[str] = field(default_factory=list)

    @property
    def missing(self) -> dict[str, str]:
        return {t: i for t, i in self.expected.items() if t not in self.found}


def start(store: Store, post: str) -> StockTake:
    """The post's items expected at a check: live, not lost, stolen or written off."""
    marks = ",".join("?" * len(NOT_EXPECTED))
    rows = store.conn.execute(
        f"SELECT asset_tag, id FROM equipment WHERE post = ? AND {LIVE} "
        f"AND coalesce(status, '') NOT IN ({marks})",
        (post, *NOT_EXPECTED),
    )
    return StockTake(post, {tag.upper(): rid for tag, rid in rows if tag})


def scan(store: Store, take: StockTake, raw_tag: str) -> str:
    """Classify one scanned tag; returns found | elsewhere | unknown | repeat | empty."""
    tag = raw_tag.strip().upper()
    if not tag:
        return "empty"
    if tag in take.found or tag in take.elsewhere or tag in take.unknown:
        return "repeat"
    if tag in take.expected:
        take.found[tag] = take.expected[tag]
        return "found"
    row = store.conn.execute(
        f"SELECT id, post FROM equipment WHERE upper(asset_tag) = ? AND {LIVE} "
        "ORDER BY post = ? DESC LIMIT 1",
        (tag, take.post),
    ).fetchone()
    if row and row[1] == take.post:  # at this post but written off/lost: found again
        take.found[tag] = row[0]
        return "found"
    if row:
        take.elsewhere[tag] = (row[0], row[1])
        return "elsewhere"
    take.unknown.append(tag)
    return "unknown"


def record(
    store: Store,
    take: StockTake,
    *,
    checked_by: str = "",
    on: dt.date | None = None,
    operator: str = "",
) -> int:
    """Write one stock_check per found, missing and elsewhere item, in one transaction."""
    if not (take.found or take.elsewhere or take.unknown):
        raise NothingToRecord()
    day = (on or dt.date.today()).isoformat()
    results = [(rid, "found") for rid in take.found.values()]
    results += [(rid, "missing") for rid in take.missing.values()]
    results += [(rid, "elsewhere") for rid, _post in take.elsewhere.values()]
    with store.transaction():
        for rid, result in results:
            records.create(
                store,
                "stock_check",
                {
                    "item": rid,
                    "post": take.post,
                    "checked_on": day,
                    "result": result,
                    "checked_by": checked_by,
                },
                operator=operator,
            )
    return len(results)
