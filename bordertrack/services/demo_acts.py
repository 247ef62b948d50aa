"""The demo's hand-over acts: one of each kind the field signs, on items already in the demo.

- delivery: an implementing organisation hands a donor project's new equipment to a post;
- transfer: a post hands items of several projects (EUR and USD) to another post;
- issue: a post issues items to one of its officers; return: the officer hands one back.
Deterministic: items are picked by asset tag, never at random.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bordertrack.services.bulk import ChangeBuilder
from bordertrack.store.database import Store

USABLE = "('in_service', 'in_storage')"
LAST_DAY = dt.date(2026, 11, 10)


def _items(store: Store, where: str, params: tuple, limit: int) -> list[tuple[str, str, str]]:
    """(id, post, received date) of usable items, first by asset tag."""
    return store.conn.execute(
        f"SELECT id, post, received_date FROM equipment WHERE _deleted = 0 AND status IN {USABLE} "
        f"AND {where} ORDER BY asset_tag, id LIMIT {limit}",
        params,
    ).fetchall()


def _officer(store: Store, post: str) -> tuple[str, str, str] | None:
    return (
        store.conn.execute(
            "SELECT id, full_name, COALESCE(rank, '') FROM person WHERE _deleted = 0 AND post = ? "
            "AND kind = 'officer' ORDER BY full_name, id LIMIT 1",
            (post,),
        ).fetchone()
        or store.conn.execute(
            "SELECT id, full_name, COALESCE(rank, '') FROM person WHERE _deleted = 0 AND post = ? "
            "ORDER BY full_name, id LIMIT 1",
            (post,),
        ).fetchone()
    )


def _act(
    b: ChangeBuilder,
    origin: str,
    act: dict[str, Any],
    items: list[tuple[str, str, str]],
    conditions: dict[str, str] | None = None,
    holder: str | None = None,
    after: dt.date | None = None,
) -> dt.date:
    """The act, a line per item, and each item moved to the receiver (as create_handover does).

    Dated a week after the last item arrived (or after `after`), before the demo's today."""
    days = [dt.date.fromisoformat(r[2]) for r in items if r[2]]
    day = min(max([*days, after or dt.date(2024, 1, 1)]) + dt.timedelta(days=7), LAST_DAY)
    act["act_date"] = day.isoformat()
    act["number"] = act["number"].format(year=day.year)
    aid = b.create(origin, "handover_act", act)
    for iid, post, _ in items:
        b.create(origin, "handover_item", {"act": aid, "item": iid, "post": post,
                                           "condition": (conditions or {}).get(iid)})  # fmt: skip
    for iid, _post, _ in items:
        b.write(origin, "equipment", iid,
                {"post": act["to_post"], "handover_act": aid, "holder": holder})  # fmt: skip
    return day


def add_acts(store: Store, b: ChangeBuilder, origins: dict[str, str], me: str) -> int:
    """Write the demo's acts into `b` (flushed by the caller); returns how many."""
    count = 0
    delivered = _items(store, "project = 'UNODC-CCP' AND post = 'KRS'", (), 12)
    head = _officer(store, "KRS")
    if delivered and head:
        _act(b, me, {
            "number": "UNODC-CCP/{year}-014", "project": "UNODC-CCP", "place": "Bishkek",
            "from_org": "UNODC Programme Office in the Kyrgyz Republic", "to_agency": "CUS",
            "to_post": "KRS", "handed_by": "Aliya Dzhumabaeva",
            "handed_by_title": "National Programme Officer",
            "received_by": head[1], "received_by_title": "Head of customs post",
            "notes": "Delivered under the Container Control Programme; manuals in Russian enclosed.",
        }, delivered)  # fmt: skip
        count += 1
    bomca = _items(store, "project = 'BOMCA10' AND post = 'BSK'", (), 8)
    if bomca:
        _act(b, me, {
            "number": "BOMCA10/HO-007", "project": "BOMCA10", "place": "Bishkek",
            "from_org": "BOMCA 10 implementing partner", "to_agency": "BS", "to_post": "BSK",
            "handed_by": "Daniyar Sultanov", "handed_by_title": "Component lead, BOMCA 10",
            "received_by": "Kubanychbek Osmonov", "received_by_title": "Head of logistics",
        }, bomca)  # fmt: skip
        count += 1
    mixed = _items(store, "post = 'DOS' AND project IN ('BOMCA10', 'INL-BS', 'JICA-EQ')", (), 9)
    if mixed:
        _act(b, origins["DOS"], {
            "number": "DOS-KZA/{year}-03", "place": "Osh", "from_agency": "BS", "from_post": "DOS",
            "to_agency": "BS", "to_post": "KZA", "handed_by": "Marat Sadykov",
            "handed_by_title": "Deputy head of post", "received_by": "Talant Usenov",
            "received_by_title": "Head of post",
        }, mixed, {mixed[0][0]: "fair"})  # fmt: skip
        count += 1
    officer = _officer(store, "TOR")
    kit = _items(store, "post = 'TOR' AND category IN ('body_camera', 'radio', 'voice_recorder')",
                 (), 3)  # fmt: skip
    if officer and kit:
        issued = _act(b, origins["TOR"], {
            "number": "TOR-ISS/{year}-21", "place": "Torugart", "from_post": "TOR",
            "to_post": "TOR", "to_person": officer[0], "handed_by": "Emil Kadyrov",
            "handed_by_title": "Duty officer", "received_by": officer[1],
            "received_by_title": officer[2],
        }, kit, holder=officer[0])  # fmt: skip
        _act(b, origins["TOR"], {
            "number": "TOR-RET/{year}-05", "place": "Torugart", "from_post": "TOR",
            "from_person": officer[0], "to_post": "TOR", "handed_by": officer[1],
            "handed_by_title": officer[2], "received_by": "Emil Kadyrov",
            "received_by_title": "Duty officer",
        }, kit[:1], {kit[0][0]: "needs_repair"}, after=issued + dt.timedelta(days=60))  # fmt: skip
        count += 2
    return count
