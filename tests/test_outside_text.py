"""Files and text from outside: regular files only with a size cap, names shown escaped,
cards whose fingerprint covers what they claim, trust decided by the receiver."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from bordertrack.domain.shown import shown
from bordertrack.safe_files import UnreadableFile, read_regular
from bordertrack.services import trust

from .test_cli import bt


def test_shown_escapes_controls_bidi_and_undecodable_bytes() -> None:
    name = os.fsdecode(b"ok\xff\x1b[2J\nall good") + "\u202e\x9b.xlsx"
    text = shown(name)
    assert text == "ok\\xff\\x1b[2J\\x0aall good\\u202e\\x9b.xlsx"
    assert text.isprintable()
    assert shown("x" * 500).endswith("…") and len(shown("x" * 500)) == 200
    assert shown("Пост «Дости»") == "Пост «Дости»"


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
def test_read_regular_refuses_special_files_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "x.xlsx"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def read() -> None:
        try:
            read_regular(fifo, 1000)
        except UnreadableFile as exc:
            outcome.append(exc.why)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    assert outcome == ["it is a pipe, not a file"]
    for path, why in (("/dev/zero", "device"), (tmp_path, "folder"), (tmp_path / "no", "no file")):
        with pytest.raises(UnreadableFile, match=why):
            read_regular(path, 1000)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(UnreadableFile, match="1,001 bytes") as err:
        read_regular(big, 1000)
    assert err.value.size == 1001


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path, Path]:
    post, coord = tmp_path / "post.db", tmp_path / "coord.db"
    bt(post, "init", "--role", "post", "--post", "DOS", "--name", "Dostuk\x1b[31m\nall good")
    bt(coord, "init", "--role", "coordinator")
    card = tmp_path / "post.card"
    bt(post, "keys", "export-card", str(card))
    return post, coord, card


def test_card_fingerprint_covers_what_the_card_claims(two: tuple[Path, Path, Path]) -> None:
    post, coord, card = two
    shown_at_post = json.loads(bt(post, "keys", "show", "--json").stdout)["fingerprint"]
    assert trust.read_card(card).fingerprint == shown_at_post
    data = json.loads(card.read_text())
    for field, value in (("role", "coordinator"), ("post", "TOR"), ("device_id", "ffff")):
        edited = card.with_name(f"{field}.card")
        edited.write_text(json.dumps(data | {field: value}))
        refused = bt(
            coord, "keys", "trust", str(edited), "--role", "post", "--post", "DOS", "--yes", check=1
        )
        assert "fingerprint does not match" in refused.stderr and refused.stderr.count("\n") == 1
        # Recomputing the embedded fingerprint does not help: it is not the one read aloud.
        forged = data | {field: value}
        forged["fingerprint"] = trust.card_fingerprint(
            forged["device_id"],
            forged["role"],
            forged["post"],
            trust.keys.decode(data["public_key"]),
        )
        edited.write_text(json.dumps(forged))
        assert trust.read_card(edited).fingerprint != shown_at_post


def test_trust_needs_the_receivers_role_and_post(two: tuple[Path, Path, Path]) -> None:
    _, coord, card = two
    before = coord.read_bytes()
    refused = bt(coord, "keys", "trust", str(card), "--yes", check=1)
    assert "--role" in refused.stderr and refused.stderr.count("\n") == 1
    no_post = bt(coord, "keys", "trust", str(card), "--role", "post", "--yes", check=1)
    assert "--post" in no_post.stderr
    unconfirmed = bt(coord, "keys", "trust", str(card), "--role", "post", "--post", "DOS", check=1)
    assert "--yes" in unconfirmed.stderr
    assert coord.read_bytes() == before
    done = bt(coord, "keys", "trust", str(card), "--role", "trainer", "--yes").stdout
    assert "The card says: device Dostuk\\x1b[31m\\x0aall good" in done
    assert "role post, post DOS" in done and "not as the card claims" in done
    assert "\x1b" not in done
    listed = bt(coord, "keys", "list").stdout
    assert "\x1b" not in listed and "Dostuk\\x1b" in listed
    rows = json.loads(bt(coord, "keys", "list", "--json").stdout)
    assert [r["role"] for r in rows] == ["trainer"]


def test_an_error_is_one_line_whatever_the_file_holds() -> None:
    """A value from a bundle or a register in a message (here a code that is a line
    break, found by the fuzz test) is shown escaped: the message stays one line."""
    from bordertrack.sync.bundle_errors import BadChange

    message = str(BadChange("Changes", 2, "'\n\u202e' is not a code of category"))
    assert "\n" not in message and "\u202e" not in message
    assert "\\x0a" in message and "\\u202e" in message
