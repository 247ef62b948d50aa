"""What a bundle is once read: its header (who, which number, what it knows) and its changes."""

from __future__ import annotations

from dataclasses import dataclass, field

from bordertrack.store.changes import Change, sheet_columns

FORMAT_VERSION = 1

COVER = "Cover"
CHANGES = "Changes"
MANIFEST = "Manifest"

# Columns of the authoritative Changes sheet, in order (docs/bundle-format.md), derived
# from the change's declaration: origin, seq, hlc, entity, record_id, field, type, value,
# prev, operator.
CHANGE_SHEET_COLUMNS = sheet_columns()


@dataclass
class BundleHeader:
    """Everything the Manifest says about a bundle besides its digests and signature.

    `public_key` only names the signer; whether to trust it is the receiver's decision.
    `vector` maps origin device id -> highest contiguous seq the sender holds.
    `devices` are devices a coordinator introduces: {id, name, role, post, public_key}.
    `complete` maps origin -> (first, last): every change of that origin numbered
    first..last that is meant for the recipient is in this bundle (the rest was left out
    on purpose, need-to-know). last = first - 1 declares an empty range.
    """

    sender_id: str
    sender_name: str
    sender_role: str
    sender_post: str | None
    bundle_seq: int
    prev_digest: str
    created_at: str
    recipient: str
    full: bool
    vector: dict[str, int]
    public_key: bytes
    devices: list[dict] = field(default_factory=list)
    format_version: int = FORMAT_VERSION
    complete: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass
class Bundle:
    """A verified bundle: `changes` are exactly the values that were hashed and verified."""

    header: BundleHeader
    changes: list[Change]
    digest: str
