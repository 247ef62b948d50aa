"""Trusting a device in the window: the card's claims are shown, the receiver decides
the role and post, and nothing is trusted until the fingerprint is confirmed."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bordertrack.gui.screens.devices_view import COLUMNS
from bordertrack.gui.trust_dialog import TrustCardDialog
from bordertrack.services import records, trust

from .test_gui_sync import _screen

Seen = dict[str, object]


def answer_trust(
    role: str | None, post: str | None = None, *, compared: bool = True, tries: int = 100
) -> Seen:
    """When the trust dialog opens: read what it shows, tick the fingerprint box, choose
    `role` and `post` in its combos and press its OK button (None for role cancels)."""
    seen: Seen = {}

    def act(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TrustCardDialog):
            if left:
                QTimer.singleShot(10, lambda: act(left - 1))
            return
        seen["claims"] = [
            w.text()
            for w in (
                dialog.claimed_name,
                dialog.claimed_id,
                dialog.claimed_role,
                dialog.claimed_post,
                dialog.fingerprint,
            )
        ]
        seen["role_at_start"] = dialog.role.currentData()
        seen["ok_at_start"] = dialog.ok.isEnabled()
        if role is None:
            dialog.reject()
            return
        dialog.compared.setChecked(compared)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        if post is not None:
            dialog.post.setCurrentIndex(dialog.post.findData(post))
        seen["problem"] = dialog.problem.text()
        seen["ok"] = dialog.ok.isEnabled()
        dialog.ok.click()
        if dialog.isVisible():  # refused: cancel so the test goes on
            dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def _setup(qtbot, make_store, tmp_path: Path, card_name: str = "hq-2"):
    receiver = make_store("coordinator", name="hq")
    records.create(receiver, "post", {"code": "DOS", "name": "Dostuk"})
    claimant = make_store("coordinator", name=card_name)
    trust.write_card(claimant, tmp_path / "card.json")
    devices = _screen(qtbot, receiver).show_view("devices")
    return receiver, claimant, devices


def _trusted(store) -> tuple[str, str | None]:
    (row,) = store.conn.execute("SELECT role, post FROM devices WHERE status = 'trusted'")
    return row[0], row[1]


def test_a_card_claiming_coordinator_trusted_as_a_post_is_a_post(
    qtbot, make_store, tmp_path: Path
) -> None:
    receiver, claimant, devices = _setup(qtbot, make_store, tmp_path)
    card = trust.my_card(claimant)
    seen = answer_trust("post", "DOS")
    assert devices.enrol_card(tmp_path / "card.json")
    name, device_id, role, post, fingerprint = seen["claims"]
    assert (name, device_id, fingerprint) == ("hq-2", card.device_id, card.fingerprint)
    assert role == "Regional coordinator" and post == "(none)"
    assert seen["role_at_start"] == "" and seen["ok_at_start"] is False  # nothing pre-chosen
    assert _trusted(receiver) == ("post", "DOS")
    assert devices.table.item(0, 1).text() == "Crossing point"
    assert devices.table.item(0, 2).text() == "DOS"
    added = devices.table.item(0, COLUMNS.index("added_at")).text()  # local time, in words
    assert QLocale().monthName(QDate.currentDate().month()) in added and ":" in added


def test_nothing_is_trusted_without_the_fingerprint_or_a_post(
    qtbot, make_store, tmp_path: Path
) -> None:
    receiver, _claimant, devices = _setup(qtbot, make_store, tmp_path)
    seen = answer_trust("coordinator", compared=False)
    assert not devices.enrol_card(tmp_path / "card.json")
    assert seen["ok"] is False and "fingerprint" in str(seen["problem"])
    seen = answer_trust("post")  # a post device without its post
    assert not devices.enrol_card(tmp_path / "card.json")
    assert seen["ok"] is False and "post" in str(seen["problem"])
    answer_trust(None)
    assert not devices.enrol_card(tmp_path / "card.json")
    assert receiver.conn.execute("SELECT count(*) FROM devices").fetchone()[0] == 0
    answer_trust("coordinator")  # the claim, taken only because the person chose it
    assert devices.enrol_card(tmp_path / "card.json")
    assert _trusted(receiver) == ("coordinator", None)


def test_a_post_card_trusted_as_a_trainer_keeps_no_post(qtbot, make_store, tmp_path: Path) -> None:
    receiver = make_store("coordinator", name="hq")
    claimant = make_store("post", "KAR", name="karasu")
    trust.write_card(claimant, tmp_path / "card.json")
    devices = _screen(qtbot, receiver).show_view("devices")
    seen = answer_trust("trainer")
    assert devices.enrol_card(tmp_path / "card.json")
    assert "KAR" in seen["claims"][3]  # the claimed post is shown...
    assert _trusted(receiver) == ("trainer", None)  # ...but not taken


def test_card_text_is_shown_escaped_and_never_as_markup(qtbot, make_store, tmp_path: Path) -> None:
    receiver, claimant, devices = _setup(qtbot, make_store, tmp_path)
    data = json.loads((tmp_path / "card.json").read_text())
    odd = "<b>HQ</b>\n\u202eevil"
    data["name"] = odd
    card = trust.DeviceCard(
        data["device_id"], odd, data["role"], None, trust.my_card(claimant).public_key
    )
    data["fingerprint"] = card.fingerprint
    (tmp_path / "card.json").write_text(json.dumps(data))
    dialog = TrustCardDialog(receiver, trust.read_card(tmp_path / "card.json"), devices)
    qtbot.addWidget(dialog)
    assert dialog.claimed_name.text() == "<b>HQ</b>\\x0a\\u202eevil"
    assert dialog.claimed_name.textFormat() == Qt.TextFormat.PlainText


def test_the_window_accepts_a_signed_key_change_as_the_cli_does(
    qtbot, make_store, tmp_path: Path
) -> None:
    """A card with a new key for a device trusted here: refused in one line when the old key
    did not sign the change, accepted when it did -- the same rule as `keys trust`."""
    from bordertrack.services import keystore

    receiver, claimant, devices = _setup(qtbot, make_store, tmp_path)
    answer_trust("coordinator")
    assert devices.enrol_card(tmp_path / "card.json")
    old_key = trust.my_card(claimant).public_key
    keystore.rotate(claimant)
    keystore.write_rotated_card(claimant, tmp_path / "rotated.json")
    unsigned = json.loads((tmp_path / "rotated.json").read_text())
    del unsigned["replaces"]  # the same new key, without the old key's word for it
    (tmp_path / "unsigned.json").write_text(json.dumps(unsigned))
    errors: list[str] = []
    devices.ctx.show_error = lambda _parent, exc: errors.append(str(exc))

    answer_trust("coordinator")
    assert not devices.enrol_card(tmp_path / "unsigned.json")
    assert len(errors) == 1 and "\n" not in errors[0] and "old key" in errors[0]
    answer_trust("coordinator")
    assert devices.enrol_card(tmp_path / "rotated.json")
    (row,) = receiver.conn.execute(
        "SELECT public_key FROM devices WHERE id = ? AND status = 'trusted'",
        (trust.my_card(claimant).device_id,),
    )
    assert bytes(row[0]) == trust.my_card(claimant).public_key != old_key


def test_this_device_shows_the_fingerprint_the_enrolling_dialog_shows(
    qtbot, make_store, tmp_path: Path
) -> None:
    """The owner reads out what their own Trusted devices tab shows, named as the card's."""
    _receiver, claimant, devices = _setup(qtbot, make_store, tmp_path)
    seen = answer_trust(None)
    devices.enrol_card(tmp_path / "card.json")
    compared = seen["claims"][-1]
    own = _screen(qtbot, claimant).show_view("devices").mine.text()
    assert f"card fingerprint <b>{compared}</b>" in own
