"""A realistic, deterministic demo database: the same seed always gives the same records.

The changes are made like any device makes them (origins, sequence numbers, prev links)
and loaded through the bulk path (`store/bulk_load.py`): one transaction, folded in
memory, state and log written with bulk statements. The large demo (about 7 million
changes) is built in minutes rather than the better part of an hour. `bulk=False` takes
the import path (`apply_changes`) instead; both give the same database (tested).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services import demo_acts
from bordertrack.services import demo_data as D
from bordertrack.services.bulk import ChangeBuilder, weighted
from bordertrack.services.device import init_device
from bordertrack.store.apply import apply_changes
from bordertrack.store.bulk_load import BulkLoader, bulk_load
from bordertrack.store.database import Store
from bordertrack.sync import keys


class DemoOverRealData(BorderTrackError):
    template = error_template("{path} already holds records; make the demo in a new --db file.")

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class DemoOnEnrolledDevice(BorderTrackError):
    """The demo's changes would be signed and exported as this real device's own work."""

    template = error_template(
        "{path} is already set up as a device, and the demo's records would be exported as "
        "its own work; make the demo in a new --db file."
    )

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


Progress = Callable[[int, int], None]
SIZES = {
    "small": {"items": 600, "people": 400, "sessions": 36},
    "large": {"items": 200_000, "people": 50_000, "sessions": 20_000},
}
# The demo's "today": fixed so that a seed always gives the same database.
DEMO_TODAY = dt.date(2026, 11, 16)
STATUS_WEIGHTS = {
    "in_service": 70,
    "in_storage": 12,
    "under_repair": 6,
    "broken": 4,
    "lost": 2,
    "stolen": 1,
    "written_off": 5,
}


def _day(rng: random.Random, start: dt.date, span: int) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max(1, span)))


def _demo_devices(store: Store, rng: random.Random) -> dict[str, str]:
    """Laptops of each post and one trainer, trusted by the demo coordinator."""
    origins: dict[str, str] = {}
    now = DEMO_TODAY.isoformat()
    with store.transaction() as conn:
        for code, name, *_ in D.POSTS:
            dev = f"{rng.getrandbits(64):016x}"
            _, public = keys.generate()
            conn.execute(
                "INSERT OR REPLACE INTO devices (id, name, role, post, public_key, fingerprint, "
                "status, added_at) "
                "VALUES (?, ?, 'post', ?, ?, ?, 'trusted', ?)",
                (dev, f"{name} laptop", code, public, keys.fingerprint(public), now),
            )
            origins[code] = dev
        dev = f"{rng.getrandbits(64):016x}"
        _, public = keys.generate()
        conn.execute(
            "INSERT OR REPLACE INTO devices (id, name, role, post, public_key, fingerprint, "
            "status, added_at) "
            "VALUES (?, 'Mobile trainer laptop', 'trainer', NULL, ?, ?, 'trusted', ?)",
            (dev, public, keys.fingerprint(public), now),
        )
        origins["trainer"] = dev
    return origins


def build_demo(
    store: Store,
    seed: int = 1,
    size: str = "small",
    on_progress: Progress | None = None,
    *,
    bulk: bool = True,
) -> dict[str, int]:
    """Fill the database with demo data; sets up a coordinator device if there is none.

    A demo whose load was stopped (the machine turned off, the process killed) left its
    device and no records, since the load is one transaction: it is loaded again."""
    seeded = store.setting("demo_seed") is not None
    has_records = store.conn.execute("SELECT 1 FROM changes LIMIT 1").fetchone()
    if seeded and has_records:
        return {}
    if has_records:
        raise DemoOverRealData(str(store.path))
    if store.has_device and not seeded:
        raise DemoOnEnrolledDevice(str(store.path))
    store.set_setting("demo_seed", f"{seed}:{size}")  # first: a demo device is never taken as real
    if not store.has_device:
        init_device(store, "coordinator", None, "Regional coordinator (demo)")
    store.set_setting("certificate_signers", D.CERTIFICATE_SIGNERS)
    store.set_setting("certificate_check_url", "https://programme.example.org/check")
    rng = random.Random(seed)
    origins = _demo_devices(store, rng)
    start_ms = int(dt.datetime(2024, 1, 10, 8, tzinfo=dt.UTC).timestamp() * 1000)
    if not bulk:
        b = ChangeBuilder(rng, start_ms, sink=lambda changes: _apply(store, changes))
        counts = _generate(
            b,
            rng,
            SIZES[size],
            origins,
            store.device["id"],
            on_progress,
            lambda: _apply(store, b.take()),
        )
        return _with_acts(store, b, origins, counts)
    with bulk_load(store) as loader:
        b = ChangeBuilder(
            rng,
            start_ms,
            sink=lambda changes: loader.add(changes, *_taken(b)),
            prev_lookup=loader.logged_heads,
            by_units=True,
            grouped=True,
        )

        def flush() -> None:
            _load(loader, b)

        counts = _generate(b, rng, SIZES[size], origins, store.device["id"], on_progress, flush)
    # The acts read the items just loaded, so they follow the load, through the import path.
    b.sink, b.by_units = None, False
    return _with_acts(store, b, origins, counts)


def _with_acts(
    store: Store, b: ChangeBuilder, origins: dict[str, str], counts: dict[str, int]
) -> dict[str, int]:
    """Hand-over acts of every kind the field signs, between the demo's own records."""
    counts["hand-over acts"] = demo_acts.add_acts(store, b, origins, store.device["id"])
    _apply(store, b.take())
    return counts


def _load(loader: BulkLoader, b: ChangeBuilder) -> None:
    changes = b.take()
    loader.add(changes, *_taken(b))


def _taken(b: ChangeBuilder) -> tuple:
    """What the loader needs beside the changes of a take: created, grouped, single."""
    return b.taken_created, b.taken_groups, b.taken_single


def _generate(
    b: ChangeBuilder,
    rng: random.Random,
    n: dict[str, int],
    origins: dict[str, str],
    me: str,
    on_progress: Progress | None,
    flush: Callable[[], object],
) -> dict[str, int]:
    """Every demo record, in a fixed order from one random generator."""
    counts: dict[str, int] = {}
    for code, name, kind in D.AGENCIES:
        b.create(me, "agency", {"code": code, "name": name, "kind": kind, "country": "Kyrgyzstan",
                                **_names(code)})  # fmt: skip
    for code, name, region, agency, kind, border in D.POSTS:
        b.create(
            me,
            "post",
            {
                "code": code,
                "name": name,
                "region": region,
                "agency": agency,
                "kind": kind,
                "border_with": border or None,
                **_names(code),
            },
        )
    for code, name, donor, budget, cur, s, e in D.PROJECTS:
        b.create(
            me,
            "project",
            {
                "code": code,
                "name": name,
                "donor": donor,
                "budget": budget,
                "currency": cur,
                "start_date": s,
                "end_date": e,
            },
        )
    for code, name, cat, maker, value in D.MODELS:
        b.create(
            me,
            "equipment_model",
            {
                "code": code,
                "name": name,
                "category": cat,
                "manufacturer": maker,
                "unit_value": value,
                **_names(code),
            },
        )
    for code, title, days, attend in D.COURSES:
        b.create(
            origins["trainer"],
            "course",
            {
                "code": code,
                "title": title,
                "duration_days": days,
                "hours": days * 8,
                "pass_attendance": attend,
            },  # fmt: skip
        )
    counts["reference records"] = (
        len(D.AGENCIES) + len(D.POSTS) + len(D.PROJECTS) + len(D.MODELS) + len(D.COURSES)
    )
    steps = [
        ("people", _people),
        ("items", _equipment),
        ("sessions", _training),
        ("facilities", _facilities),
    ]
    state: dict[str, list] = {}
    total = len(steps)
    for i, (label, fn) in enumerate(steps):
        counts[label] = fn(b, rng, n, origins, me, state)
        flush()
        if on_progress:
            on_progress(i + 1, total)
    return counts


def _names(code: str) -> dict[str, str]:
    ru, ky = D.NAMES_RU_KY.get(code, ("", ""))
    return {"name_ru": ru, "name_ky": ky} if ru else {}


def _apply(store: Store, changes: list) -> None:
    with store.transaction() as conn:
        result = apply_changes(conn, changes)
        store.clock.observe(result.max_hlc)


def _people(
    b: ChangeBuilder, rng: random.Random, n: dict, origins: dict, me: str, state: dict
) -> int:
    people = []
    posts = [p[0] for p in D.POSTS]
    agencies = {p[0]: p[3] for p in D.POSTS}
    for i in range(n["people"]):
        female = rng.random() < 0.27
        first = rng.choice(D.FEMALE if female else D.MALE)
        last = rng.choice(D.SURNAMES) + ("a" if female else "")
        post = rng.choice(posts)
        sex = "not_recorded" if rng.random() < 0.03 else ("female" if female else "male")
        agency = agencies[post] if rng.random() < 0.8 else rng.choice([a[0] for a in D.AGENCIES])
        pid = b.create(
            origins[post],
            "person",
            {
                "full_name": f"{first} {last}",
                "sex": sex,
                "agency": agency,
                "rank": rng.choice(D.RANKS),
                "post": post,
                "service_number": f"{agency}-{10000 + i}",
                "kind": "officer",
            },
        )
        people.append((pid, post))
        b.unit_done()
    state["people"] = people
    return len(people)


def _equipment(
    b: ChangeBuilder, rng: random.Random, n: dict, origins: dict, me: str, state: dict
) -> int:
    by_post: dict[str, list[str]] = {}
    for pid, post in state["people"]:
        by_post.setdefault(post, []).append(pid)
    posts = [p[0] for p in D.POSTS]
    status_of = weighted(rng, *zip(*STATUS_WEIGHTS.items(), strict=True))
    items = []
    for i in range(n["items"]):
        code, _name, cat, maker, value = rng.choice(D.MODELS)
        project = rng.choice(D.PROJECTS)[0]
        post = rng.choice(posts)
        received = _day(rng, dt.date(2024, 2, 1), (DEMO_TODAY - dt.date(2024, 2, 1)).days)
        iid = b.create(
            me,
            "equipment",
            {
                "asset_tag": f"{project[:3]}-{i + 1:06d}",
                "serial": f"{maker[:2].upper()}{rng.getrandbits(40):010X}",
                "category": cat,
                "model": code,
                "project": project,
                "value": value,
                "received_date": received.isoformat(),
                "post": post,
                "status": "in_storage",
            },
        )
        status = status_of()
        edit: dict = {"status": status}
        if status == "in_service" and by_post.get(post):
            edit["holder"] = rng.choice(by_post[post])
        if status in ("lost", "stolen", "written_off"):
            span = max(1, (DEMO_TODAY - received).days)
            edit["status_date"] = (received + dt.timedelta(days=1 + i * 37 % span)).isoformat()
        if status in ("lost", "stolen", "written_off", "broken"):
            edit["status_reason"] = {
                "lost": "Lost during patrol",
                "stolen": "Stolen from vehicle, police report filed",
                "written_off": "Beyond economic repair",
                "broken": "Screen cracked",
            }[status]
        b.write(origins[post], "equipment", iid, edit)
        if rng.random() < 0.6:
            b.create(
                origins[post],
                "stock_check",
                {
                    "item": iid,
                    "post": post,
                    "checked_on": _day(rng, dt.date(2025, 11, 1), 380).isoformat(),
                    "result": "missing" if status in ("lost", "stolen") else "found",
                    "checked_by": "Stock-take commission",
                },
            )
        items.append(iid)
        b.unit_done()
    state["items"] = items
    return len(items)


def _training(
    b: ChangeBuilder, rng: random.Random, n: dict, origins: dict, me: str, state: dict
) -> int:
    trainer = origins["trainer"]
    people = state["people"]
    mark_of = weighted(rng, ("present", "late", "excused", "absent"), (86, 6, 4, 4))
    for _ in range(n["sessions"]):
        code, title, days, attend = rng.choice(D.COURSES)
        start = _day(rng, dt.date(2024, 3, 1), (DEMO_TODAY - dt.date(2024, 3, 1)).days + 60)
        end = start + dt.timedelta(days=days - 1)
        post = rng.choice(D.POSTS)[0]
        done = end < DEMO_TODAY
        sid = b.create(
            trainer,
            "training_session",
            {
                "course": code,
                "start_date": start.isoformat(),
                "end_date": end.isoformat(),
                "place": "Training room",
                "post": post,
                "trainers": "A. Sadykova, M. Usenov",
                "project": rng.choice(D.PROJECTS)[0],
                "status": "completed" if done else "planned",
            },
        )
        for pid, _p in rng.sample(people, min(len(people), rng.randint(8, 16))):
            eid = b.create(
                trainer, "enrolment", {"session": sid, "person": pid, "result": "pending"}
            )
            if not done:
                continue
            present = 0
            for d in range(days):
                mark = mark_of()
                present += mark in ("present", "late")
                b.create(
                    trainer,
                    "attendance",
                    {
                        "enrolment": eid,
                        "day": (start + dt.timedelta(days=d)).isoformat(),
                        "mark": mark,
                    },
                )
            passed = present * 100 >= attend * days and rng.random() < 0.92
            score = round(rng.uniform(70, 98) if passed else rng.uniform(35, 69), 1)
            b.write(
                trainer,
                "enrolment",
                eid,
                {
                    "result": "passed" if passed else "failed",
                    "score": score,
                    "certificate_number": f"{code}-{start.year}-{rng.getrandbits(24):06X}"
                    if passed
                    else None,
                },
            )
        b.unit_done()
    return n["sessions"]


def _facilities(
    b: ChangeBuilder, rng: random.Random, n: dict, origins: dict, me: str, state: dict
) -> int:
    count = 0
    for code, *_ in D.POSTS:
        for name, ftype in rng.sample(D.FACILITIES, rng.randint(2, 4)):
            planned_start = _day(rng, dt.date(2024, 4, 1), 700)
            planned_end = planned_start + dt.timedelta(days=rng.randint(60, 400))
            status = rng.choice(
                [
                    "planned",
                    "under_construction",
                    "under_construction",
                    "operational",
                    "needs_repair",
                    "out_of_service",
                ]
            )
            pct = {
                "planned": 0,
                "operational": 100,
                "needs_repair": 100,
                "out_of_service": 100,
            }.get(status, rng.randint(5, 95))
            actual_start = (
                planned_start + dt.timedelta(days=rng.randint(0, 40))
                if status != "planned"
                else None
            )
            actual_end = (
                planned_end + dt.timedelta(days=rng.randint(-10, 60)) if pct == 100 else None
            )
            fid = b.create(
                me,
                "facility",
                {
                    "name": name,
                    "post": code,
                    "type": ftype,
                    "project": rng.choice(D.PROJECTS)[0],
                    "contractor": rng.choice(D.CONTRACTORS),
                    "status": status,
                    "percent_complete": pct,
                    "planned_start": planned_start.isoformat(),
                    "planned_end": planned_end.isoformat(),
                    "actual_start": actual_start.isoformat() if actual_start else None,
                    "actual_end": actual_end.isoformat() if actual_end else None,
                    "contract_value": rng.randint(20, 400) * 1000,
                },
            )
            if status != "planned":
                b.create(
                    origins[code],
                    "inspection",
                    {
                        "facility": fid,
                        "post": code,
                        "inspected_on": _day(rng, planned_start, 200).isoformat(),
                        "inspector": "Regional engineer",
                        "status_found": status,
                        "percent_complete": pct,
                        "notes": "Works progressing as planned" if pct < 100 else "Accepted",
                    },
                )
            count += 1
            b.unit_done()
    return count
