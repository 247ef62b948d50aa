"""The export streams: sheets are digested while written, shared strings stay bounded, and
a bundle streamed from the log is the bundle the list of its changes gives."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import zipfile
from pathlib import Path

import pytest

from bordertrack.services import records
from bordertrack.services.export import prepare_export
from bordertrack.services.keystore_access import private_key
from bordertrack.services.selection import LogSource, selection_sql
from bordertrack.sync import bundle_canonical
from bordertrack.sync.bundle_canonical import (
    StreamDigest,
    canonical_rows,
    rows_digest,
    text_columns_digest,
)
from bordertrack.sync.bundle_model import BundleHeader
from bordertrack.sync.bundle_read import read_bundle
from bordertrack.sync.bundle_write import write_bundle
from bordertrack.sync.bundle_xlsx import SharedStrings

from .bundle_fixtures import PRIVATE, TRICKY_TEXTS, header, tricky_changes

# Cells whose JSON text holds what the fast digest path rewrites: quotes, commas, brackets,
# text that spells null, NUL, empty text in every position, and typed cells.
CELLS = ["", "a", 'x"', "q\\", '",', ',""', '[""]', ",null]", "\x00", "é", '""', "ok"]
TYPED = [5, 5.0, 2.5, True, None, dt.date(2020, 1, 2), "\x01"]


@pytest.mark.parametrize("seed", range(40))
def test_a_sheet_digested_in_chunks_is_digested_as_a_whole(seed: int) -> None:
    rng = random.Random(seed)
    rows: list[list] = [
        ["first", *(rng.choice(CELLS) for _ in range(rng.randint(0, 6)))]
        for _ in range(rng.randint(0, 8))
    ]
    pool = CELLS + TYPED if seed % 2 else CELLS
    rows += [[rng.choice(pool) for _ in range(rng.randint(0, 5))] for _ in range(rng.randint(0, 8))]
    digest = StreamDigest()
    at = 0
    while at < len(rows):
        step = rng.randint(1, 4)
        digest.add(rows[at : at + step])
        at += step
    text = json.dumps(canonical_rows(rows), separators=(",", ":"))
    assert digest.hexdigest() == hashlib.sha256(text.encode("ascii")).hexdigest()
    assert rows_digest(rows) == digest.hexdigest()


@pytest.mark.parametrize("seed", range(40))
def test_columns_of_text_digest_as_their_rows(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Changes sheet read by columns (bundle_plain) digests as calamine's rows of it:
    empty first cells, empty rows at the end and in the middle, all ten columns, taken
    in chunks that end anywhere."""
    rng = random.Random(seed)
    monkeypatch.setattr(bundle_canonical, "_DIGEST_CHUNK", rng.randint(1, 7))
    height = rng.randint(0, 30)
    columns = [[rng.choice(CELLS) for _ in range(height)] for _ in range(rng.randint(1, 10))]
    rows = [list(row) for row in zip(*columns, strict=True)]
    text = json.dumps(canonical_rows(rows), separators=(",", ":"))
    assert text_columns_digest(columns) == hashlib.sha256(text.encode("ascii")).hexdigest()


def test_shared_strings_stop_growing_and_the_bundle_still_reads_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SharedStrings, "LIMIT", 5)
    changes = tricky_changes()
    path = tmp_path / "b.xlsx"
    write_bundle(path, header(), changes, PRIVATE)
    # The texts past the limit, and every digits-only text, were written inline.
    with zipfile.ZipFile(path) as zf:
        assert zf.read("xl/sharedStrings.xml").count(b"<si>") == 5
    bundle = read_bundle(path)
    assert bundle.changes == changes
    assert {c.value for c in bundle.changes} >= set(TRICKY_TEXTS)


def test_an_export_streamed_from_the_log_is_the_bundle_of_its_changes(
    make_store, tmp_path: Path
) -> None:
    post = make_store("post", "DOS")
    for i in range(30):
        rid = records.create(
            post,
            "equipment",
            {
                "asset_tag": f"DOS-{i:03d}",
                "category": "radio",
                "post": "DOS",
                "notes": CELLS[i % 12],
            },
        )
        if i % 3 == 0:
            records.update(
                post, "equipment", rid, {"status": "stolen", "notes": TRICKY_TEXTS[i % 14]}
            )
    fields, changes = prepare_export(post, full=True)
    key = private_key(post)
    from_list = write_bundle(tmp_path / "list.xlsx", BundleHeader(**fields), changes, key)
    me = post.device
    source = LogSource(
        post.conn,
        *selection_sql(post.conn, me=me["id"], my_role=me["role"], since={}, recipient_post=None),
    )
    streamed = write_bundle(tmp_path / "log.xlsx", BundleHeader(**fields), source, key)
    assert streamed == from_list
    read = read_bundle(tmp_path / "log.xlsx")
    assert read.digest == streamed and read.changes == changes
