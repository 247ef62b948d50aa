"""Printing a hand-over act from the Hand-over screen writes the act's PDF."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices

from bordertrack.gui.screens.handover import HandoverDialog, HandoverScreen
from bordertrack.services import records
from tests.gui_support import ctx, demo_store, demo_template, post_ctx, post_demo_store  # noqa: F401


def test_print_the_selected_act(qtbot, post_ctx, tmp_path, monkeypatch):  # noqa: F811
    ids = [
        r["id"] for r in records.list_records(post_ctx.store, "equipment", {"post": "DOS"}, limit=2)
    ]
    dialog = HandoverDialog(post_ctx, ids)
    qtbot.addWidget(dialog)
    for name, text in (
        ("number", "HA-2026-77"),
        ("to_post", "TOR"),
        ("received_by", "B. Receiver"),
        ("handed_by", "A. Giver"),
        ("place", "Dostuk"),
        ("handed_by_title", "Deputy head of post"),
    ):
        dialog.inputs[name].setText(text)
    dialog.save()
    screen = HandoverScreen(post_ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    assert not screen.print_button.isEnabled()
    screen.browser.table.selectRow(0)
    assert screen.print_button.isEnabled()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    out = tmp_path / "act.pdf"
    screen.write_act(dialog.act_id, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "HA-2026-77" in text and opened == [str(out)]
    assert "Dostuk" in text and "Deputy head of post" in text and "hand-over and acceptance" in text
    tags = [records.get(post_ctx.store, "equipment", i)["asset_tag"] for i in ids]
    assert all(tag in text for tag in tags)


def test_register_import_opens_from_equipment_and_people(qtbot, post_ctx):  # noqa: F811
    from bordertrack.gui.screens.equipment import EquipmentScreen
    from bordertrack.gui.screens.people import PeopleScreen

    for screen_class, entity in ((EquipmentScreen, "equipment"), (PeopleScreen, "person")):
        screen = screen_class(post_ctx)
        qtbot.addWidget(screen)
        wizard = screen.import_register()
        qtbot.addWidget(wizard)
        assert wizard.isVisible() and wizard.source.entity.currentData() == entity
        wizard.close()


def test_coordinator_records_a_donor_delivery(qtbot, ctx, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    ids = [r["id"] for r in records.list_records(ctx.store, "equipment", {"post": "KRS"}, limit=3)]
    dialog = HandoverDialog(ctx, ids)
    qtbot.addWidget(dialog)
    for name, text in (("number", "UN-1"), ("to_post", "KRS"), ("received_by", "B. Head"),
                       ("handed_by", "A. Officer"), ("from_org", "UNODC Programme Office"),
                       ("place", "Bishkek")):  # fmt: skip
        dialog.inputs[name].setText(text)
    dialog.transfer.setChecked(False)
    dialog.save()
    act = records.get(ctx.store, "handover_act", dialog.act_id)
    assert act["from_post"] is None and act["from_org"] == "UNODC Programme Office"
    screen = HandoverScreen(ctx)
    qtbot.addWidget(screen)
    out = tmp_path / "act.pdf"
    screen.write_act(dialog.act_id, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Act of delivery" in text and "UNODC Programme Office" in text and "Bishkek" in text
