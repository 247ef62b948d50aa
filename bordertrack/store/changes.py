"""The change: one field of one record set by one device at one moment.

A change id is "origin:seq". `prev` lists (space-separated) the change ids this one
knowingly overwrote; two changes of a field that do not know each other conflict.
"""

from __future__ import annotations

from typing import Any, NamedTuple

DELETED = "_deleted"
MERGED_INTO = "_merged_into"
META_FIELDS = (DELETED, MERGED_INTO)

CHANGE_COLUMNS = (
    "origin",
    "seq",
    "hlc",
    "entity",
    "record_id",
    "field",
    "value",
    "prev",
    "operator",
)


class Change(NamedTuple):
    origin: str
    seq: int
    hlc: int
    entity: str
    record_id: str
    field: str
    value: Any
    prev: str
    operator: str

    @property
    def cid(self) -> str:
        return f"{self.origin}:{self.seq}"


def change_id(origin: str, seq: int) -> str:
    return f"{origin}:{seq}"
