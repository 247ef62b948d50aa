"""File names made from people's words: bundle names, suggested export names, report names.

Device and post names are Cyrillic as often as Latin ("Достук", "Торугарт"), and Windows
compares file names without regard to case ("Osh" and "OSH" are one file). A name made
here keeps every letter of any script, drops only what a file system refuses, and for
bundles carries the device ids, which are unique, so two devices can never share a file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

MAX_PART = 40  # characters of a name kept in one part of a file name
# Names Windows reserves for devices, whatever the extension ("CON.xlsx" opens the console).
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
_REFUSED = re.compile(r"[^\w.-]+")  # \w is Unicode-aware: Cyrillic letters and digits stay
_RUNS = re.compile(r"[-_.]{2,}")


def safe_part(text: str, fallback: str = "document") -> str:
    """`text` as one part of a file name on every system: letters of any script, digits,
    `-`, `_` and `.` kept (in composed form, so the same word is the same bytes everywhere),
    everything else one `-`, no leading or trailing dot, no name Windows reserves.
    """
    cleaned = _REFUSED.sub("-", unicodedata.normalize("NFC", text or ""))
    cleaned = _RUNS.sub(lambda m: m.group(0)[0], cleaned).strip("-_. ")[:MAX_PART]
    cleaned = cleaned.strip("-_. ")
    if not cleaned:
        return fallback
    if cleaned.split(".")[0].lower() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def device_part(device_id: str, name: str | None) -> str:
    """A device in a file name: its readable name, then its id, which makes it unique.

    Ids are lower-case hexadecimal, so two devices differ even where case does not count.
    """
    return f"{safe_part(name or '', 'device')}-{device_id.lower()}"


def bundle_file_name(
    sender: Mapping[str, Any], recipient: Mapping[str, Any] | None, stamp: str
) -> str:
    """The bundle from `sender` to `recipient` (None: to anyone) written at `stamp`."""
    to = device_part(recipient["id"], recipient.get("name")) if recipient else "all"
    return f"bordertrack-{device_part(sender['id'], sender.get('name'))}-to-{to}-{stamp}.xlsx"


def unused_path(path: Path, taken: Iterable[str] | None = None) -> Path:
    """`path`, or `path` with ` (2)`, ` (3)`... when a file of that name, compared without
    regard to case as Windows does, is already in its folder or in `taken`."""
    folder = path.parent
    try:
        existing = {p.name.casefold() for p in folder.iterdir()} if folder.is_dir() else set()
    except OSError:
        existing = set()
    existing |= {t.casefold() for t in taken or ()}
    candidate, n = path, 1
    while candidate.name.casefold() in existing:
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate


def bundle_stamp() -> str:
    """The time part of a bundle's file name (UTC, to the second)."""
    import datetime as dt

    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")


def suggested_bundle_name(store: Any, me: Mapping[str, Any], to: str | None) -> str:
    """The name the export dialog offers for a bundle to device `to` (None: a full export)."""
    row = (
        store.conn.execute("SELECT id, name FROM devices WHERE id = ?", (to,)).fetchone()
        if to
        else None
    )
    recipient = {"id": row[0], "name": row[1]} if row else None
    return bundle_file_name(me, recipient, bundle_stamp())
