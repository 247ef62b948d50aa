"""Every dialog and message box the window opens, in Russian and Kyrgyz: no English, nothing cut.

Each dialog is opened the way a person opens it (a button, a menu's action, a failed action)
and read while it is up: its window title, labels, buttons, drop-downs, placeholders and
table headers. Qt's own dialogs (file chooser, input box, standard buttons) must read in
Russian for both languages: Qt has no Kyrgyz catalogue and Kyrgyz falls back to Russian.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
    QWizard,
)

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui import app as gui_app
from bordertrack.gui.dialogs_reliability import ask_pin, choose_operator, unlock_key
from bordertrack.gui.editor import RecordEditor
from bordertrack.gui.history import HistoryDialog
from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.progress import run_with_progress
from bordertrack.gui.register_wizard import open_register_wizard
from bordertrack.gui.screens.infrastructure import InspectionEditor
from bordertrack.gui.screens.stock_take_summary import StockTakeSummaryDialog
from bordertrack.gui.setup_wizard import SetupWizard
from bordertrack.gui.trust_dialog import TrustCardDialog
from bordertrack.services import backup, keystore, operators, records, security, trust
from bordertrack.services.stocktake_summary import Summary
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401
from tests.language_walk import english_sources, in_language, problems, visible
from tests.register_builders import accountant_register


class Catcher:
    """Reads every modal window that opens while `run` calls its trigger, then closes it."""

    def __init__(self, english: set[str], data: tuple[str, ...]) -> None:
        self.english, self.data = english, data
        self.english_left: set = set()
        self.clipped: set = set()
        self.seen: list[str] = []
        self.qt_dialogs: list[QWidget] = []
        self._where = ""
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._look)

    def run(self, where: str, trigger: Callable[[], object]) -> None:
        self._where = where
        before = len(self.seen)
        self._timer.start()
        try:
            trigger()
        finally:
            self._timer.stop()
        self._look()  # a dialog shown without exec (the register wizard)
        assert len(self.seen) > before, f"{where}: no dialog opened"

    def read(self, top: QWidget, where: str) -> None:
        QApplication.processEvents()
        left, cut = problems(visible(top), self.english, where, self.data)
        self.english_left |= left
        self.clipped |= cut

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            return
        where = f"{self._where}/{type(dialog).__name__}"
        self.seen.append(where)
        if isinstance(dialog, QFileDialog | QInputDialog | QMessageBox):
            self.qt_dialogs.append(dialog)
        if isinstance(dialog, QWizard):
            self._walk_wizard(dialog, where)
        else:
            self.read(dialog, where)
        if isinstance(dialog, RecordEditor):
            dialog._dirty = False
        dialog.reject()

    def _walk_wizard(self, wizard: QWizard, where: str) -> None:
        self.read(wizard, where + "/page1")
        source = getattr(wizard, "source", None)
        if source is not None:
            source.path.setText(str(accountant_register(Path(self._tmp) / "register.xlsx")))
        for page in range(2, 5):
            wizard.next()
            QApplication.processEvents()
            self.read(wizard, f"{where}/page{page}")

    _tmp = ""


def _openers(window: MainWindow, context, tmp_path: Path) -> dict[str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    store = context.store
    items = records.list_records(store, "equipment", limit=2)
    ids = [i["id"] for i in items]
    equipment = window.screen("equipment")
    facility = records.list_records(store, "facility", limit=1)[0]["id"]
    openers: dict[str, Callable[[], object]] = {}
    for name in ENTITIES:
        first = records.list_records(store, name, limit=1)
        openers[f"new {name}"] = lambda n=name: RecordEditor(context, n, None, parent=window).exec()
        if first:
            openers[f"edit {name}"] = lambda n=name, r=first[0]["id"]: RecordEditor(
                context, n, r, parent=window
            ).exec()

    def unsaved() -> None:
        editor = RecordEditor(context, "equipment", ids[0], parent=window)
        editor.show()
        editor.inputs["model"].set_value("")  # type: ignore[attr-defined]
        editor._dirty = True
        editor.reject()  # asks Save / Discard / Cancel
        editor._dirty = False
        editor.reject()

    def select_two() -> None:
        window.show_screen("equipment")
        equipment.browser.table.selectAll()

    def with_selection(action: Callable[[], object]) -> Callable[[], object]:
        return lambda: (select_two(), action())

    def failing(_progress, _cancelled):  # type: ignore[no-untyped-def]
        raise BorderTrackError("x")

    def with_pin(action: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            if not security.has_pin(store):
                security.set_pin(store, "4321", None)
            return action()

        return run

    sync = window.screen("sync")
    backup.create_backup(store, "manual")
    openers.update(
        {
            "inspection": lambda: InspectionEditor(context, facility, window).exec(),
            "unsaved changes": unsaved,
            "assign": with_selection(lambda: equipment.item_action("assign")),
            "transfer": with_selection(lambda: equipment.item_action("transfer")),
            "mark status": with_selection(lambda: equipment.item_action("mark")),
            "hand-over": with_selection(equipment.handover),
            "hand-over nothing selected": lambda: (
                equipment.browser.table.clearSelection(),
                equipment.handover(),
            ),
            "history": lambda: HistoryDialog(store, "equipment", ids[0], window).exec(),
            "stock-take summary": lambda: StockTakeSummaryDialog(
                Summary(
                    found=["KG-1 — Radio"],
                    missing=["KG-2 — Radio"],
                    elsewhere=["KG-3 — Radio"],
                    unknown=["X-1"],
                ),
                window,
            ).exec(),
            "trust card": lambda: TrustCardDialog(store, trust.my_card(store), window).exec(),
            "register wizard": lambda: open_register_wizard(context, "equipment", window),
            "setup wizard": lambda: SetupWizard(store, window).exec(),
            "operator": lambda: (
                operators.add_operator(store, "A. Officer"),
                operators.add_operator(store, "B. Officer"),
                choose_operator(store, "", window),
            ),
            "pin": with_pin(lambda: ask_pin(store, "restore", window)),
            "passphrase": lambda: (
                keystore.protect(store, "long passphrase 1"),
                keystore.forget_unlocked(store),
                unlock_key(store, window),
            ),
            "set pin": with_pin(window.screen("settings").security.set_pin),
            "restore backup": lambda: (
                window.screen("settings").refresh_backups(),
                window.screen("settings").backup_list.setCurrentRow(0),
                window.screen("settings").restore_selected(),
            ),
            "error": lambda: context.show_error(window, BorderTrackError("x")),
            "file error": lambda: context.show_error(window, PermissionError(13, "denied", "a")),
            "progress": lambda: run_with_progress(context, window, "…", failing, print),
            "damaged database": lambda: gui_app.offer_newest_backup(
                window, BorderTrackError("x"), store.path, store
            ),
            "export to Excel": equipment.browser.export_dialog,
            "open a bundle": sync.exchange._choose_bundle,
            "save the card": sync.devices._choose_card_path,
            "sync folder": sync.folder._choose,
        }
    )
    return openers


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_every_dialog_in_the_language(qtbot, ctx, tmp_path, lang):  # noqa: F811
    with in_language(lang):
        window = MainWindow(ctx)
        window.resize(1366, 738)
        window.show()
        qtbot.waitExposed(window)
        catcher = Catcher(english_sources(lang), (ctx.store.device["name"],))
        catcher._tmp = str(tmp_path)
        # The sync stick's look runs on a thread every few seconds; it has no dialog to read.
        window.screen("sync").folder.timer.stop()
        for where, opener in _openers(window, ctx, tmp_path).items():
            catcher.run(where, opener)
        assert not catcher.english_left, sorted(catcher.english_left)[:30]
        assert not catcher.clipped, sorted(catcher.clipped)[:30]
