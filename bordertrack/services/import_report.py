"""What an import did or would do, for the preview, the CLI's --json and the import log."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from bordertrack.domain.entities import ENTITIES
from bordertrack.services.vectors import Gap
from bordertrack.store.changes import META_FIELDS


@dataclass
class ImportReport:
    status: str = "preview"  # preview | applied | already_imported | rejected
    message: str = ""
    file_name: str = ""
    sender_id: str = ""
    sender_name: str = ""
    sender_role: str = ""
    bundle_seq: int = 0
    digest: str = ""
    received: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: int = 0
    duplicates: int = 0
    out_of_scope: int = 0
    clock_ahead: int = 0
    recipient_mismatch: bool = False
    missing_bundles: list[tuple[int, int]] = field(default_factory=list)  # ranges of numbers
    heals: bool = False  # complete from what was held: bundles missing before it lack nothing
    declared: set[str] = field(default_factory=set)  # origins it declared complete ranges for
    gaps: list[Gap] = field(default_factory=list)
    records: dict[str, list[str]] = field(default_factory=dict)
    held: list[dict] = field(default_factory=list)
    # "entity.field" -> changes to a field this release does not declare (a newer one does)
    newer_fields: dict[str, int] = field(default_factory=dict)
    # A preview's record-by-record lines (services.import_preview_details), at most
    # MAX_LINES of them; details_total counts them all. Empty once applied.
    details: list = field(default_factory=list)
    details_total: int = 0
    previous_import: str = ""  # already_imported: when it was (ISO text from the import log)

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "message": self.message,
            "file": self.file_name,
            "sender": {"id": self.sender_id, "name": self.sender_name, "role": self.sender_role},
            "bundle_seq": self.bundle_seq,
            "digest": self.digest,
            "received": self.received,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
            "duplicates": self.duplicates,
            "out_of_scope": self.out_of_scope,
            "clock_ahead": self.clock_ahead,
            "recipient_mismatch": self.recipient_mismatch,
            "missing_bundles": [list(r) for r in self.missing_bundles],
            "heals": self.heals,
            "gaps": [g.to_json() for g in self.gaps],
            "records": {k: len(v) for k, v in self.records.items()},
            "held": self.held[:200],
            "newer_fields": dict(self.newer_fields),
            **(
                {
                    "details": [d.to_json() for d in self.details],
                    "details_total": self.details_total,
                }
                if self.details_total
                else {}
            ),
        }

    def missing_words(self) -> str:
        """The bundles of this sender's chain that never arrived, in plain words."""
        who = self.sender_name or self.sender_id
        parts = [
            f"bundle {a}" if a == b else f"bundles {a}-{b}" for a, b in self.missing_bundles[:5]
        ]
        if len(self.missing_bundles) > 5:
            parts.append(f"{len(self.missing_bundles) - 5} more ranges")
        many = (
            len(self.missing_bundles) > 1
            or self.missing_bundles[0][0] != self.missing_bundles[0][1]
        )
        text = f"{', '.join(parts)} from {who} {'have' if many else 'has'} not arrived"
        text = text[0].upper() + text[1:]
        if self.heals:
            return text + " (this bundle brought everything they held: nothing is missing)"
        return text + f": ask {who} to export again"

    def newer_words(self) -> str:
        """The changes to fields a newer version declares: kept, shown after an upgrade."""
        count = sum(self.newer_fields.values())
        names = ", ".join(sorted(self.newer_fields)[:5])
        more = f" and {len(self.newer_fields) - 5} more" if len(self.newer_fields) > 5 else ""
        return (
            f"{count} changes to fields from a newer version ({names}{more}) are kept and will "
            "show once this device is upgraded."
        )

    def summary(self) -> str:
        """One paragraph a person reads after an import."""
        if self.status in ("rejected", "already_imported"):
            return self.message
        verb = "Would apply" if self.status == "preview" else "Applied"
        text = (
            f"{verb} bundle {self.bundle_seq} from {self.sender_name or self.sender_id}: "
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, {self.deleted} deleted; "
            f"{self.conflicts} conflicts, {self.duplicates} duplicates, {self.out_of_scope} out of scope."
        )
        if self.missing_bundles:
            text += " " + self.missing_words() + "."
        if self.gaps:
            text += " Missing: " + "; ".join(g.words() for g in self.gaps[:5]) + "."
        if self.newer_fields:
            text += " " + self.newer_words()
        if self.clock_ahead:
            text += f" {self.clock_ahead} changes carry a clock stamp far in the future: check that device's date."
        return text


def undeclared_fields(pairs: Counter[tuple[str, str]]) -> dict[str, int]:
    """ "entity.field" -> how many changes set a field this release does not declare, from
    how many changes set each (entity, field)."""
    return {
        f"{entity}.{name}": n
        for (entity, name), n in sorted(pairs.items())
        if name not in META_FIELDS and entity in ENTITIES and not ENTITIES[entity].has_field(name)
    }
