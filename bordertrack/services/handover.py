"""Hand-over acts: one act with a line per item, optionally moving the items to the receiver."""

from __future__ import annotations

from typing import Any

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services import records
from bordertrack.store.database import Store
from bordertrack.store.query import live


class NoItemsSelected(BorderTrackError):
    template = error_template("A hand-over act needs at least one item; select the items first.")

    def __init__(self) -> None:
        super().__init__()


def create_handover(
    store: Store,
    act: dict[str, Any],
    item_ids: list[str],
    *,
    transfer: bool = True,
    operator: str = "",
    conditions: dict[str, str] | None = None,
) -> str:
    """Record the act, its lines and (when `transfer`) each item's new post, holder and act.

    Lines are written before the transfer so they belong to the handing-over post, which
    is the post allowed to write them. `conditions` maps an item id to its condition code
    as seen at the hand-over (new, good, fair, needs_repair, unserviceable). An act to a
    person (issue) makes that person the holder; any other act leaves the item unheld.
    """
    if not item_ids:
        raise NoItemsSelected()
    with store.transaction():
        act_id = records.create(store, "handover_act", act, operator=operator)
        saved = records.get(store, "handover_act", act_id)
        for item_id in item_ids:
            item = records.get(store, "equipment", item_id)
            records.create(
                store,
                "handover_item",
                {
                    "act": act_id,
                    "item": item_id,
                    "post": item["post"],
                    "condition": (conditions or {}).get(item_id),
                },  # fmt: skip
                operator=operator,
            )
        if transfer:
            for item_id in item_ids:
                records.update(
                    store,
                    "equipment",
                    item_id,
                    {
                        "post": saved["to_post"],
                        "handover_act": act_id,
                        "holder": saved.get("to_person"),
                    },  # fmt: skip
                    operator=operator,
                )
    return act_id


def act_items(store: Store, act_id: str) -> list[dict[str, Any]]:
    """The items listed on an act (for showing or printing it)."""
    rows = store.conn.execute(
        "SELECT e.id, e.asset_tag, e.serial, e.category FROM handover_item h "
        f"JOIN equipment e ON e.id = h.item WHERE h.act = ? AND {live('h')} ORDER BY e.asset_tag",
        (act_id,),
    )
    return [dict(zip(("id", "asset_tag", "serial", "category"), r, strict=True)) for r in rows]
