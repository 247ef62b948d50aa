"""Recording an inspection of a facility; what the inspector found updates the facility."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bordertrack.services import records
from bordertrack.store.database import Store

LATE_SQL = (
    "planned_end IS NOT NULL AND planned_end < ? AND coalesce(percent_complete, 0) < 100 "
    "AND status NOT IN ('operational', 'out_of_service')"
)


def late_condition(today: dt.date | None = None) -> tuple[str, tuple[Any, ...]]:
    """Works whose planned end has passed and that are not complete (SQL and parameters)."""
    return LATE_SQL, ((today or dt.date.today()).isoformat(),)


def is_late(facility: dict[str, Any], today: dt.date | None = None) -> bool:
    end = facility.get("planned_end")
    day = (today or dt.date.today()).isoformat()
    return bool(
        end
        and end < day
        and (facility.get("percent_complete") or 0) < 100
        and facility.get("status") not in ("operational", "out_of_service")
    )


def record_inspection(
    store: Store,
    facility_id: str,
    values: dict[str, Any],
    *,
    update_facility: bool = True,
    operator: str = "",
) -> str:
    """The inspection record and, when asked, the facility's new status and percent, at once."""
    facility = records.get(store, "facility", facility_id)
    with store.transaction():
        rid = records.create(
            store,
            "inspection",
            {**values, "facility": facility_id, "post": facility["post"]},
            operator=operator,
        )
        saved = records.get(store, "inspection", rid)
        changes = {}
        if update_facility and saved.get("status_found"):
            changes["status"] = saved["status_found"]
        if update_facility and saved.get("percent_complete") is not None:
            changes["percent_complete"] = saved["percent_complete"]
        if changes:
            records.update(store, "facility", facility_id, changes, operator=operator)
    return rid
