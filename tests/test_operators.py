"""Operators: the post's list, the CLI commands, the chooser at start, the name in history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bordertrack.gui.dialogs_reliability import OperatorDialog, choose_operator
from bordertrack.services import operators, records
from bordertrack.store.database import Store

from .test_cli import bt


def test_operator_list_add_remove_and_check(post_store: Store) -> None:
    assert operators.check_operator(post_store, "anyone") == "anyone"  # no list: free text
    operators.add_operator(post_store, "  Aida   Bekova ")
    operators.add_operator(post_store, "Nurlan")
    assert operators.list_operators(post_store) == ["Aida Bekova", "Nurlan"]
    with pytest.raises(operators.BadOperator, match="already"):
        operators.add_operator(post_store, "aida bekova")
    with pytest.raises(operators.BadOperator, match="needs a name"):
        operators.add_operator(post_store, "   ")
    assert operators.check_operator(post_store, "nurlan") == "Nurlan"
    with pytest.raises(operators.BadOperator, match="not on this device's operator list"):
        operators.check_operator(post_store, "Stranger")
    operators.remove_operator(post_store, "Nurlan")
    assert operators.list_operators(post_store) == ["Aida Bekova"]
    with pytest.raises(operators.BadOperator, match="not in the operator list"):
        operators.remove_operator(post_store, "Nurlan")


def test_cli_operators_and_the_name_recorded_with_each_edit(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    bt(db, "init", "--role", "post", "--post", "DOS")
    bt(db, "operators", "add", "Aida Bekova")
    bt(db, "operators", "add", "Nurlan")
    bt(db, "operators", "remove", "Nurlan")
    assert json.loads(bt(db, "operators", "list", "--json").stdout) == ["Aida Bekova"]
    again = bt(db, "operators", "add", "Aida Bekova", check=1)
    assert "already" in again.stderr and again.stderr.count("\n") == 1
    rid = bt(
        db, "--operator", "Aida Bekova", "add", "equipment", "asset_tag=OP-1", "category=radio"
    ).stdout.strip()
    shown = json.loads(bt(db, "show", "equipment", rid, "--history", "--json").stdout)
    assert {h["operator"] for h in shown["history"]} == {"Aida Bekova"}


def _answer_dialog(choice: str | None) -> None:
    """Pick `choice` in the open chooser (or cancel it) once it is shown."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OperatorDialog)
        if choice is None:
            dialog.reject()
        else:
            dialog.combo.setCurrentText(choice)
            dialog.try_accept()

    QTimer.singleShot(0, act)


def test_chooser_at_start_records_the_chosen_operator(post_store: Store, qtbot) -> None:
    assert choose_operator(post_store, "free text") == "free text"  # no list: no dialog
    operators.add_operator(post_store, "Aida Bekova")
    operators.add_operator(post_store, "Nurlan")
    assert choose_operator(post_store, "nurlan") == "Nurlan"  # --operator on the list
    _answer_dialog("Nurlan")
    chosen = choose_operator(post_store, "Stranger")
    assert chosen == "Nurlan"
    _answer_dialog(None)
    assert choose_operator(post_store) is None
    rid = records.create(
        post_store, "equipment", {"asset_tag": "G-1", "category": "radio"}, operator=chosen
    )
    from bordertrack.gui.history import HistoryDialog

    dialog = HistoryDialog(post_store, "equipment", rid)
    qtbot.addWidget(dialog)
    who = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert who == {"Nurlan"}
