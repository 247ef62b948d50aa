"""In-memory bundles for pipeline tests: the export selection and import pipeline without
the xlsx file layer (which has its own tests), so property tests stay fast.
"""

from __future__ import annotations

import hashlib
import json
from types import SimpleNamespace

from bordertrack.services.export import log_export, prepare_export
from bordertrack.services.import_bundle import import_verified
from bordertrack.services.import_report import ImportReport
from bordertrack.services.trust import my_card, trust_card
from bordertrack.store.database import Store


def make_bundle(store: Store, to: str | None = None, full: bool = False) -> SimpleNamespace:
    header, changes = prepare_export(store, to=to, full=full)
    body = json.dumps(
        [
            header["sender_id"],
            header["bundle_seq"],
            header["prev_digest"],
            [list(c) for c in changes],
        ],
        default=str,
    )
    digest = hashlib.sha256(body.encode()).hexdigest()
    log_export(store, header, digest, "memory.xlsx", len(changes))
    return SimpleNamespace(header=SimpleNamespace(**header), changes=changes, digest=digest)


def deliver(bundle: SimpleNamespace, receiver: Store, **kw) -> ImportReport:
    return import_verified(receiver, bundle, "memory.xlsx", **kw)


def enrol(a: Store, b: Store) -> None:
    """Each trusts the other's card with the role and post it declares."""
    trust_card(a, my_card(b))
    trust_card(b, my_card(a))


def two_coordinators_and_a_post(make_store) -> tuple[Store, Store, Store]:
    """Coordinators c and d, and the post AKJ: c and d trust each other, AKJ trusts both."""
    c, d, a = (
        make_store("coordinator", name="c"),
        make_store("coordinator", name="d"),
        make_store("post", "AKJ"),
    )
    enrol(c, d)
    enrol(a, c)
    enrol(a, d)
    return c, d, a
