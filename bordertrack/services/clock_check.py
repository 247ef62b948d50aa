"""A device whose own clock went backwards (a dead clock battery, a date typed wrong) says so
at start and before the first edit, in the person's language.

Its stamps stay correct regardless: the hybrid clock keeps stamping after its last stamp.
The warning is for the person, so dates in reports and new records are not written wrong.
"""

from __future__ import annotations

import datetime as dt

from bordertrack.i18n import format_date, store_language, translate
from bordertrack.store.database import Store
from bordertrack.store.hlc import MAX_OFFSET_MS, STAMP_FLOOR_MS, wall_ms


def clock_warning(store: Store) -> str | None:
    """One line when this computer's date is behind this device's last stamp, else None."""
    if not store.clock.set_back_ms():
        return None
    from bordertrack.services.restamp import needs_restamp

    lang = store_language(store)
    now = dt.datetime.fromtimestamp(max(store.clock.wall(), 0) / 1000, dt.UTC).date()
    last = dt.datetime.fromtimestamp(wall_ms(store.clock.last) / 1000, dt.UTC).date()
    wrong_then = store.clock.wall() >= STAMP_FLOOR_MS and store.clock.set_back_ms() > MAX_OFFSET_MS
    if wrong_then and needs_restamp(store):
        text = translate(
            lang,
            "sync",
            "Changes made here are dated up to {last}, more than a day after this computer's "
            "date ({now}): receivers refuse them. If this computer's date is right now, run "
            "'bordertrack restamp' to stamp them again; if not, set the date and time.",
        )
    else:
        text = translate(
            lang,
            "sync",
            "This computer's date ({now}) is earlier than the last change made here ({last}): "
            "its clock was set back or its clock battery is dead. Set the date and time; "
            "until then new changes are still stamped after the last one.",
        )
    return text.replace("{now}", format_date(lang, now)).replace("{last}", format_date(lang, last))
