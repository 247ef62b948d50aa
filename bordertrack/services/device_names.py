"""Device names a person can tell apart: two laptops both called "Dostuk laptop" are shown
with their post and the first group of their key fingerprint.

A duplicate name is not refused at enrolment: devices also arrive introduced by the
coordinator, whose bundle cannot be refused over a name, and a name is only a label chosen
at set-up. Every place that names a device (trust list, import preview, history, gaps,
conflicts) takes its label from `device_labels`, so a collision is told apart everywhere.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3


def _short(fp: str | None, public_key: bytes | None, device_id: str) -> str:
    """The first group of four of the key fingerprint (what a person reads off a card)."""
    if fp:
        return fp.split("-")[0]
    if public_key:  # the first group of sync.keys.fingerprint, without loading cryptography
        return base64.b32encode(hashlib.sha256(bytes(public_key)).digest()).decode()[:4]
    return device_id[:6]


def device_labels(conn: sqlite3.Connection) -> dict[str, str]:
    """device id -> the name to show: the name alone when unique, else
    "name (post, ABCD)" with the post (or role) and a short fingerprint."""
    rows = [
        (str(i), n or "", p, r, fp, k)
        for i, n, p, r, fp, k in conn.execute(
            "SELECT id, name, post, role, fingerprint, public_key FROM devices"
        )
    ]
    me = conn.execute("SELECT id, name, post, role, public_key FROM device").fetchone()
    if me:
        rows = [r for r in rows if r[0] != me[0]]
        rows.append((str(me[0]), me[1] or "", me[2], me[3], None, me[4]))
    seen: dict[str, int] = {}
    for _id, name, *_rest in rows:
        key = name.strip().casefold()
        seen[key] = seen.get(key, 0) + 1
    out: dict[str, str] = {}
    for device_id, name, post, role, fp, public_key in rows:
        shown = name.strip() or device_id
        if seen[name.strip().casefold()] > 1 or not name.strip():
            where = post or role or ""
            short = _short(fp, public_key, device_id)
            shown = f"{shown} ({where + ', ' if where else ''}{short})"
        out[device_id] = shown
    return out


def device_label(conn: sqlite3.Connection, device_id: str) -> str:
    """One device's label; its id when this device has never heard of it."""
    return device_labels(conn).get(device_id, device_id)


def namesakes(store, name: str, device_id: str) -> list[str]:
    """Labels of the other devices known to `store` (itself included) that carry `name`:
    what enrolling a device of that name will be told apart from."""
    conn = store.conn
    key = (name or "").strip().casefold()
    ids = [
        str(i)
        for i, n in conn.execute("SELECT id, name FROM devices")
        if (n or "").strip().casefold() == key
    ]
    me = conn.execute("SELECT id, name FROM device").fetchone()
    if me and (me[1] or "").strip().casefold() == key:
        ids.append(str(me[0]))
    labels = device_labels(conn)
    return sorted({labels.get(i, i) for i in ids if i != device_id})
