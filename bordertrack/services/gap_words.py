"""What a post has not received yet, in words a post officer reads: "3 bundles from the
coordinator have not arrived yet", never change-number ranges.

Change numbers and bundle numbers are the coordinator's tools for chasing a hole; a post
can only ask the coordinator for a new bundle, so its lines say how many and from whom.
The coordinator's own screens keep the ranges (services.sync.gap_lines).
"""

from __future__ import annotations

from bordertrack.i18n import translate
from bordertrack.services.vectors import gaps, missing_bundles
from bordertrack.store.database import Store


def _roles(store: Store) -> dict[str, str]:
    return {str(i): str(r) for i, r in store.conn.execute("SELECT id, role FROM devices")}


def bundle_line(lang: str, count: int, first: int, sender: str, coordinator: bool) -> str:
    """`count` bundles (the first numbered `first`) from `sender` that never arrived."""
    if coordinator:
        if count == 1:
            text = translate(lang, "gaps", "Bundle {n} from the coordinator has not arrived.")
        else:
            text = translate(
                lang, "gaps", "{count} bundles from the coordinator have not arrived yet."
            )
    elif count == 1:
        text = translate(lang, "gaps", "Bundle {n} from {sender} has not arrived.")
    else:
        text = translate(lang, "gaps", "{count} bundles from {sender} have not arrived yet.")
    return text.format(n=first, count=count, sender=sender)


def change_line(lang: str, count: int, origin: str, coordinator: bool) -> str:
    """`count` changes made on `origin` that have not arrived."""
    if coordinator:
        text = translate(
            lang,
            "gaps",
            "{count} changes made by the coordinator have not arrived yet; "
            "ask the coordinator for a new bundle.",
        )
    else:
        text = translate(
            lang,
            "gaps",
            "{count} changes made on {device} have not arrived yet; "
            "the next bundle from the coordinator should bring them.",
        )
    return text.format(count=count, device=origin)


def plain_gap_lines(store: Store, lang: str) -> list[str]:
    """Bundles that never arrived and changes still missing, counted per sender, in `lang`;
    empty when nothing is missing."""
    roles = _roles(store)
    lines = [
        bundle_line(
            lang, m.last - m.first + 1, m.first, m.sender_name, roles.get(m.sender) == "coordinator"
        )  # fmt: skip
        for m in missing_bundles(store.conn)
    ]
    per_origin: dict[str, tuple[str, int]] = {}
    for g in gaps(store.conn):
        name, count = per_origin.get(g.origin, (g.origin_name or g.origin, 0))
        per_origin[g.origin] = (name, count + g.last - g.first + 1)
    lines += [
        change_line(lang, count, name, roles.get(origin) == "coordinator")
        for origin, (name, count) in per_origin.items()
    ]
    return lines


def coordinator_ids(store: Store) -> set[str]:
    """The devices known here as coordinators: each is "the coordinator" to a post."""
    return {device_id for device_id, role in _roles(store).items() if role == "coordinator"}
