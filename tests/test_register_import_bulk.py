"""A large register imports exactly as it always has: the faster apply path must land the same
records, the same log and the same preview as the path before it.

The register (tests/register_builders.mixed_register, 2,400 rows) holds every kind of row;
the database already knows some items and people, and between preview and apply one item is
deleted and one asset tag taken, so the apply's own refusals run too. Everything that lands is
dumped without what differs by nature between runs (random record ids become their asset tag
or name, the device id a fixed word, clock readings are left out) and compared with the dump
the import gave before it was made faster. A changed dump is written next to the test's files
so it can be compared with the one an older commit writes.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from bordertrack.services import records
from bordertrack.services.register_import.apply import apply_plan, preview_register
from bordertrack.services.register_import.report import plan_json
from bordertrack.store.database import Store
from tests.register_builders import mixed_register

ROWS = 2_400
# sha256 of the dump the import gave before the set-based speed-up (December 2026).
EXPECTED = "ba5364bf8181c2b35a15e1ef92be727080fdd3d505789c44d8a2baa1aa5cf451"


def _known(store: Store) -> None:
    """What the post already holds: people (two of one name) and the items
    DOS-00001..DOS-00240 the register's every tenth row names."""
    records.create(store, "person", {"full_name": "Асанов Нурлан", "sex": "male",
                                     "service_number": "S-1"})  # fmt: skip
    for number in ("S-2", "S-3"):
        records.create(store, "person", {"full_name": "Иванов И.И.", "sex": "male",
                                         "service_number": number})  # fmt: skip
    for n in range(1, ROWS // 10 + 1):
        values = {"asset_tag": f"DOS-{n:05d}", "category": "radio", "status": "in_service"}
        if n % 3 == 0:
            values["serial"] = f"OLD-{n}"
        records.create(store, "equipment", values)


def _labels(store: Store) -> dict[str, str]:
    """Record id -> a name that does not change between runs."""
    out = {}
    for rid, tag, serial in store.conn.execute("SELECT id, asset_tag, serial FROM equipment"):
        out[rid] = f"item {tag}/{serial}"
    for rid, name, number in store.conn.execute("SELECT id, full_name, service_number FROM person"):
        out[rid] = f"person {name}/{number}"
    return out


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _named(value: Any, labels: dict[str, str]) -> Any:
    """`value` with every record id in it (alone or inside a message) replaced by its label."""
    if isinstance(value, str):
        return _UUID.sub(lambda m: labels.get(m.group(), m.group()), value)
    if isinstance(value, dict):
        return {k: _named(v, labels) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_named(v, labels) for v in value]
    return value


def _dump(store: Store, report: dict) -> dict:
    labels = _labels(store)
    me = store.device["id"]
    tables = {}
    for table in ("equipment", "person"):
        cur = store.conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        rows = [
            {n: _named(v, labels) for n, v in zip(names, row, strict=True) if n != "_hlc"}
            for row in cur
        ]
        tables[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    base = store.conn.execute("SELECT min(seq) FROM changes").fetchone()[0]
    log = [
        (
            seq - base,
            entity,
            labels.get(rid, rid),
            fld,
            _named(value, labels),
            prev.replace(me, "me"),
            operator,
            accepted,
        )
        for seq, entity, rid, fld, value, prev, operator, accepted in store.conn.execute(
            "SELECT seq, entity, record_id, field, value, prev, operator, accepted FROM changes "
            "ORDER BY seq"
        )
    ]
    return {"report": _named(report, labels), "tables": tables, "log": log}


def test_a_large_register_lands_as_before(post_store: Store, tmp_path: Path) -> None:
    _known(post_store)
    path = mixed_register(tmp_path / "register.xlsx", ROWS)
    plan = preview_register(post_store, path, "equipment")
    # Between preview and apply: one known item deleted, one new asset tag taken.
    gone = next(r for r in plan.rows if r.action == "update")
    records.delete(post_store, "equipment", gone.record_id or "")
    taken = next(r for r in plan.rows if r.action == "create")
    records.create(post_store, "equipment", {"asset_tag": taken.values["asset_tag"],
                                             "category": "other"})  # fmt: skip
    outcome = apply_plan(post_store, plan, operator="clerk", create_holders=True)
    counts = plan.counts()
    assert [counts[a] for a in ("create", "update", "skip", "not_item")] == [1771, 212, 408, 17]
    assert (outcome.created, outcome.updated, outcome.people_created) == (1771, 212, 2)
    assert len(outcome.failed) == 2 and outcome.review == 327
    dump = json.dumps(_dump(post_store, plan_json(plan, False, outcome)), sort_keys=True,
                      ensure_ascii=False, default=str)  # fmt: skip
    digest = hashlib.sha256(dump.encode()).hexdigest()
    if digest != EXPECTED:
        (tmp_path / "dump.json").write_text(dump, encoding="utf-8")
    assert digest == EXPECTED, f"the import landed differently; see {tmp_path / 'dump.json'}"
