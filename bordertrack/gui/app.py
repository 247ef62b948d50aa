"""Starting the desktop application on one device database (`bordertrack.app` re-exports it)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui import translations
from bordertrack.gui.context import AppContext
from bordertrack.gui.error_text import error_text
from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.when import backup_reason, local_words
from bordertrack.gui.worker import Worker
from bordertrack.store.database import Store


def apply_language(app: QApplication, lang: str | None) -> None:
    """The saved language's translators; a fresh database (no language yet) is English, with
    English dates and numbers rather than the system's C locale ("1 12 2026")."""
    translations.install_translator(app, lang or "en")


def apply_style(app: QApplication) -> None:
    translations.apply_style(app)
    app.setWindowIcon(translations.app_icon())


def open_store(db_path: Path, *, check: bool = True) -> Store:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    return Store(db_path, check=check)


def offer_newest_backup(
    parent, problem: BaseException, db_path: Path, store: Store | None = None
) -> bool:
    """Say what is wrong with the database and offer its newest good backup; True if restored.

    With the open `store`, the backup is copied into it (the window is running); without,
    the file is replaced before it is opened.
    """
    from bordertrack.services import backup

    good = backup.newest_good_backup(db_path)
    if good is None:
        QMessageBox.critical(parent, "BorderTrack", str(problem))
        return False
    answer = QMessageBox.question(
        parent,
        QApplication.translate("app", "Damaged database"),
        QApplication.translate(
            "app",
            "{problem}\n\nRestore the newest good backup, made {when} ({reason})? "
            "The damaged file is kept beside it.",
        ).format(
            problem=problem, when=local_words(good.created_at), reason=backup_reason(good.reason)
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backup.restore_backup(db_path, good.id, store)
    return True


def check_in_background(window: MainWindow) -> None:
    """The integrity check at start, run off the GUI thread so the window opens at once;
    a failure offers the newest good backup, as a failure at open would.
    """
    from bordertrack.store.database import check_file_integrity

    store = window.ctx.store

    def failed(exc: BaseException) -> None:
        if offer_newest_backup(window, exc, store.path, store):
            QApplication.quit()

    def check(_progress, _cancelled) -> None:
        check_file_integrity(store.path)
        store.mark_checked()  # the first write in the window need not check again

    window.ctx.worker.submit(check, on_error=failed)


def open_or_recover(db_path: Path, parent=None, *, check: bool = True) -> Store | None:
    """Open the database; when it fails its check, offer the newest good backup instead."""
    from bordertrack.domain.errors import DatabaseProblem

    try:
        return open_store(db_path, check=check)
    except DatabaseProblem as exc:
        if not offer_newest_backup(parent, exc, db_path):
            return None
        return open_store(db_path)


def build_window(store: Store, operator: str = "", worker: Worker | None = None) -> MainWindow:
    """The main window on an opened store with a device (used by run_app and tests)."""
    ctx = AppContext(store=store, worker=worker or Worker(), operator=operator)
    return MainWindow(ctx)


def preview_bundle(window: MainWindow, bundle: Path) -> None:
    """Opened with a bundle (a double-click or "Import into BorderTrack"): show its preview."""
    sync_screen = window.show_screen("sync")
    exchange = getattr(sync_screen, "exchange", None)
    if exchange is not None:
        sync_screen.show_view("exchange")
        exchange.preview(Path(bundle))


def warn_clock_set_back(parent, store: Store) -> None:
    """Say at start that this computer's clock went backwards (the text is translated)."""
    from bordertrack.services.clock_check import clock_warning

    warning = clock_warning(store)
    if warning:
        QMessageBox.warning(parent, "BorderTrack", warning)


def run_app(db_path: Path, operator: str = "", bundle: Path | None = None) -> int:
    """Open the database, set up the device on first start, show the main window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BorderTrack")
    apply_style(app)
    from bordertrack.gui.single_instance import hand_over, serve
    from bordertrack.services.backup import backup_on_exit
    from bordertrack.store.lock import acquire_instance_lock

    if hand_over(Path(db_path), bundle):  # a window has it open: the bundle goes there
        return 0

    try:
        lock = acquire_instance_lock(Path(db_path))
        store = open_or_recover(Path(db_path), check=False)
    except BorderTrackError as exc:
        QMessageBox.critical(None, "BorderTrack", error_text(exc))
        return 1
    if store is None:
        lock.release()
        return 1
    apply_language(app, store.setting("language"))
    if not store.has_device:
        from bordertrack.gui.setup_wizard import SetupWizard

        wizard = SetupWizard(store)
        if wizard.exec() != SetupWizard.DialogCode.Accepted:
            store.close()
            lock.release()
            return 1
        apply_language(app, store.setting("language"))
    from bordertrack.gui.dialogs_reliability import start_session

    operator = start_session(store, operator)  # operator chooser; key passphrase if protected
    if operator is None:
        store.close()
        lock.release()
        return 1
    window = build_window(store, operator)
    window.show()
    warn_clock_set_back(window, store)
    check_in_background(window)
    serve(window, Path(db_path), preview_bundle)
    if bundle is not None:
        preview_bundle(window, bundle)
    code = app.exec()
    window.ctx.worker.wait()
    # The window is closed and the worker drained: the exit backup is the only work left,
    # so it runs here without a worker to hand it to.
    store.write_guard = None
    if store.has_device:
        backup_on_exit(store)
    store.close()
    lock.release()
    return int(code)
