"""References in an Excel export written the way a register import reads them back.

A table exported from the app must re-import (register import) with zero changes, so a
reference is written by its natural key, not by its display name: a post, project, model
or agency by its code, a person (an item's holder) by service number. Display names are
ambiguous (two "Dostuk" posts, namesakes) and a name the importer cannot find would empty
the field on re-import.
"""

from __future__ import annotations

from typing import Any

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import Field, Kind
from bordertrack.store.database import Store


class RegisterKeys:
    """Natural keys of referenced records, cached for one export (one query per 500 people)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._people: dict[str, str] = {}

    def person(self, person_id: str) -> str:
        """The person's service number, or the full name when there is none."""
        if person_id not in self._people:
            row = self.store.conn.execute(
                "SELECT coalesce(nullif(service_number, ''), full_name) FROM person WHERE id = ?",
                (person_id,),
            ).fetchone()
            self._people[person_id] = row[0] if row and row[0] else person_id
        return self._people[person_id]

    def ref_value(self, f: Field, value: Any) -> Any:
        """What the export writes for reference field `f` holding key `value`."""
        if value in (None, "") or f.kind != Kind.REF or not f.ref:
            return value
        target = ENTITIES[f.ref]
        if target.key != "id":
            return value  # the code itself: DOS, PRJ-1, MOD-RAD
        if target.name == "person":
            return self.person(str(value))
        return value
