"""An import's summary in the person's language, for the window's preview and result.

`ImportReport.summary()` stays the command line's English paragraph (scripts and the log
read it). The window says the same in the chosen language, and on a post's or trainer's
laptop says what has not arrived as counts ("2 bundles from the coordinator have not
arrived yet"), never as change-number ranges.
"""

from __future__ import annotations

from bordertrack.i18n import format_date, translate
from bordertrack.services.gap_words import bundle_line, change_line
from bordertrack.services.import_report import ImportReport


def _counts(lang: str, report: ImportReport) -> str:
    if report.status == "preview":
        text = translate(
            lang,
            "import",
            "Would apply bundle {seq} from {sender}: {new} new, {updated} updated, "
            "{unchanged} unchanged, {deleted} deleted; {conflicts} conflicts, "
            "{duplicates} duplicates, {out_of_scope} out of scope.",
        )
    else:
        text = translate(
            lang,
            "import",
            "Applied bundle {seq} from {sender}: {new} new, {updated} updated, "
            "{unchanged} unchanged, {deleted} deleted; {conflicts} conflicts, "
            "{duplicates} duplicates, {out_of_scope} out of scope.",
        )
    return text.format(
        seq=report.bundle_seq,
        sender=report.sender_name or report.sender_id,
        new=report.new,
        updated=report.updated,
        unchanged=report.unchanged,
        deleted=report.deleted,
        conflicts=report.conflicts,
        duplicates=report.duplicates,
        out_of_scope=report.out_of_scope,
    )


def _missing(
    lang: str, report: ImportReport, from_coordinator: bool, post_facing: bool
) -> list[str]:
    sender = report.sender_name or report.sender_id
    count = sum(last - first + 1 for first, last in report.missing_bundles)
    if not count or (report.heals and post_facing):
        return []  # a post need not hear of a bundle whose changes this one brought
    first = report.missing_bundles[0][0]
    line = bundle_line(lang, count, first, sender, from_coordinator)
    if report.heals:
        line += " " + translate(
            lang, "import", "This bundle brought everything they held: nothing is missing."
        )
    elif not from_coordinator:
        line += " " + translate(lang, "import", "Ask {sender} to export again.").format(
            sender=sender
        )
    return [line]


def import_summary(
    report: ImportReport, lang: str, *, post_facing: bool, coordinator_ids: set[str]
) -> str:
    """One paragraph a person reads after a preview or an import, in `lang`.

    `post_facing`: this laptop is a post's or trainer's, which reads counts, not ranges;
    `coordinator_ids`: the devices trusted as coordinators (named "the coordinator")."""
    if report.status == "already_imported":
        when = format_date(lang, report.previous_import) if report.previous_import else ""
        return translate(
            lang, "import", "This bundle was already imported on {date}; nothing changed."
        ).format(date=when)
    if report.status not in ("preview", "applied"):
        return report.message
    parts = [_counts(lang, report)]
    parts += _missing(lang, report, report.sender_id in coordinator_ids, post_facing)
    per_origin: dict[str, tuple[str, int]] = {}
    for g in report.gaps:
        name, count = per_origin.get(g.origin, (g.origin_name or g.origin, 0))
        per_origin[g.origin] = (name, count + g.last - g.first + 1)
    if post_facing:
        parts += [
            change_line(lang, count, name, origin in coordinator_ids)
            for origin, (name, count) in per_origin.items()
        ]
    elif report.gaps:
        ranges = "; ".join(
            f"{g.origin_name or g.origin} {g.first}–{g.last}" for g in report.gaps[:5]
        )
        parts.append(
            translate(lang, "import", "Change numbers not yet received: {ranges}.").format(
                ranges=ranges
            )
        )
    if report.clock_ahead:
        parts.append(
            translate(
                lang,
                "import",
                "{n} changes carry a clock stamp far in the future: check that device's date.",
            ).format(n=report.clock_ahead)
        )
    return " ".join(parts)
