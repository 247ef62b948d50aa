"""Input is refused clearly: impossible dates at the field, the language's date order,
duplicate keys while typing, messages with the field's label, cleared when fixed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from bordertrack.gui import translations
from bordertrack.gui.editor import RecordEditor
from bordertrack.gui.labels import field_label
from bordertrack.services import records
from tests.gui_support import demo_template, post_ctx, post_demo_store  # noqa: F401
from tests.language_walk import forget_old_windows


def _editor(qtbot, ctx, record_id=None):  # type: ignore[no-untyped-def]
    editor = RecordEditor(ctx, "equipment", record_id, {"post": "DOS"} if not record_id else None)
    # A failed test leaves unsaved edits: closing must not wait on "Save changes?".
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "_dirty", False))
    editor.show()
    return editor


def _type_date(qtbot, editor, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    field = editor.inputs[name]
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    field.edit.editingFinished.emit()


def test_impossible_date_is_refused_at_the_field(qtbot, post_ctx):  # noqa: F811
    item = records.list_records(post_ctx.store, "equipment", {"post": "DOS"}, limit=1)[0]
    editor = _editor(qtbot, post_ctx, item["id"])
    _type_date(qtbot, editor, "received_date", "31/02/2026")
    error = editor.errors["received_date"]
    assert error.isVisibleTo(editor) and "is not a date" in error.text()
    assert "received_date" not in error.text() and "Received" in error.text()
    assert not editor.save()
    assert (
        records.get(post_ctx.store, "equipment", item["id"])["received_date"]
        == item["received_date"]
    )
    _type_date(qtbot, editor, "received_date", "28/02/2026")
    assert not error.isVisibleTo(editor), "the message goes once the date is fixed"
    assert editor.save()
    assert records.get(post_ctx.store, "equipment", item["id"])["received_date"] == "2026-02-28"


def test_date_editors_follow_the_language(qtbot, post_ctx):  # noqa: F811
    app = QApplication.instance()
    forget_old_windows(app)  # their databases are closed: they must not hear the switch
    item = records.list_records(post_ctx.store, "equipment", {"post": "DOS"}, limit=1)[0]
    try:
        for lang in ("ru", "ky"):
            translations.install_translator(app, lang)
            editor = _editor(qtbot, post_ctx, item["id"])
            field = editor.inputs["received_date"]
            assert field.fmt == "dd.MM.yyyy"
            y, m, d = item["received_date"].split("-")
            assert field.edit.text() == f"{d}.{m}.{y}"
            _type_date(qtbot, editor, "received_date", "31.02.2026")
            text = editor.errors["received_date"].text()
            assert field_label("equipment", "received_date") in text
            assert "31.02.2026" in text and "is not a date" not in text, text
            editor._dirty = False
            editor.close()
    finally:
        translations.install_translator(app, "en")


def test_duplicate_asset_tag_warns_while_typing(qtbot, post_ctx):  # noqa: F811
    taken = records.list_records(post_ctx.store, "equipment", {"post": "DOS"}, limit=1)[0]
    editor = _editor(qtbot, post_ctx)
    qtbot.keyClicks(editor.inputs["asset_tag"], taken["asset_tag"])
    warning = editor.errors["asset_tag"]
    assert warning.isVisibleTo(editor)
    assert "already used" in warning.text() and taken["asset_tag"] in warning.text()
    qtbot.keyClick(editor.inputs["asset_tag"], Qt.Key.Key_X)
    assert not warning.isVisibleTo(editor)


def test_messages_name_the_field_per_field_and_clear_when_fixed(qtbot, post_ctx):  # noqa: F811
    editor = _editor(qtbot, post_ctx)
    assert not editor.save()
    tag_error, category_error = editor.errors["asset_tag"], editor.errors["category"]
    assert tag_error.text() == "Asset tag is required; enter a value."
    assert "Category is required" in category_error.text()
    assert "(" not in tag_error.text(), "no internal field names"
    qtbot.keyClicks(editor.inputs["asset_tag"], "KG-NEW-0001")
    assert not tag_error.isVisibleTo(editor)
    assert category_error.isVisibleTo(editor), "other fields keep their own message"
    wanted = QCoreApplication.translate("problems", "{label} is required; enter a value.")
    assert wanted
