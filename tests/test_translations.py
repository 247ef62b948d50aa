"""Translations: complete for every string in the sources, well-formed, compiled fresh, and
followed by every main screen when the language is switched at runtime.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from bordertrack import i18n
from bordertrack.gui import translations
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("ru", "ky")


def _tools():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "installer" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


TOOLS = _tools()


@pytest.fixture(scope="module")
def from_sources(tmp_path_factory) -> dict[tuple[str, str], list[str] | None]:
    """Every (context, text) the sources hold today, extracted afresh by lupdate."""
    path = tmp_path_factory.mktemp("ts") / "fresh_ru.ts"
    TOOLS.run_lupdate({"ru": path})
    return TOOLS.read_ts(path)


class _OnlyThisTest(QObject):
    """Keeps language changes from windows that earlier tests left open on closed databases."""

    def __init__(self, stale: list[QWidget]) -> None:
        super().__init__()
        self.stale = stale

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and isinstance(obj, QWidget):
            window = obj.window()
            return any(window is w for w in self.stale)
        return False


@pytest.fixture
def english(qapp):
    """Back to English after the test; list it last so it runs while the widgets still live.

    The language change reaches widgets as posted events: deliver them now, while the
    test's database is still open.
    """
    only = _OnlyThisTest(list(qapp.topLevelWidgets()))
    qapp.installEventFilter(only)
    yield
    translations.install_translator(qapp, "en")
    qapp.processEvents()
    qapp.removeEventFilter(only)


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_in_the_sources_has_a_finished_translation(from_sources, lang) -> None:
    committed = TOOLS.read_ts(TOOLS.ts_path(lang))
    missing = sorted(k for k in from_sources if k not in committed)
    unfinished = sorted(k for k in from_sources if committed.get(k, "") is None)
    assert not missing, (
        f"{len(missing)} strings have no entry in bordertrack_{lang}.ts (run "
        f"`python installer/update_translations.py` and translate them): {missing[:20]}"
    )
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}: {unfinished[:20]}"


def test_domain_labels_are_part_of_the_catalogue(from_sources) -> None:
    """Vocabulary, field and entity labels are collected from bordertrack/domain."""
    for key in TOOLS.domain_strings():
        assert key in from_sources
    assert ("vocab", "Written off") in from_sources and ("entity", "Equipment item") in from_sources


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def _tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?\w+\s*/?>", text))


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_fields_tags_and_one_accelerator(lang) -> None:
    bad = []
    for (context, source), forms in TOOLS.read_ts(TOOLS.ts_path(lang)).items():
        for text in forms or []:
            if (
                _fields(text) != _fields(source)
                or _tags(text) != _tags(source)
                or _accelerators(text) != _accelerators(source)
            ):
                bad.append((context, source, text))
    assert not bad, f"{lang}: fields, tags or & differ from the source: {bad[:10]}"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_catalogues_are_fresh(lang, tmp_path) -> None:
    fresh = tmp_path / f"{lang}.qm"
    TOOLS.run_lrelease(TOOLS.ts_path(lang), fresh)
    committed = TOOLS.qm_path(lang)
    assert committed.is_file() and committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is older than its .ts: run `python installer/update_translations.py`"
    )


def test_core_reads_the_same_catalogue_without_qt() -> None:
    assert i18n.translate("ru", "vocab", "Written off") == "Списано"
    assert i18n.vocab_label("ky", "equipment_status", "in_storage") == "Кампада"
    assert i18n.vocab_label("ru", "equipment_status", "no_such_code") == "no_such_code"
    assert i18n.entity_label("ru", "equipment", plural=True) != ""
    assert i18n.translate("en", "vocab", "Written off") == "Written off"
    assert i18n.normalise("ru_RU") == "ru" and i18n.normalise("tg") == "en"
    assert i18n.normalise(None) == "en"


def test_switching_language_translates_qt_and_sets_the_locale(qtbot, english) -> None:
    app = QApplication.instance()
    assert [c for c, _ in translations.available_languages()] == ["en", "ru", "ky"]
    assert translations.install_translator(app, "ru")
    assert QCoreApplication.translate("screens", "Equipment") == "Имущество"
    assert QLocale().name() == "ru_RU"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    assert translations.install_translator(app, "ky")
    assert QCoreApplication.translate("screens", "Equipment") == "Мүлк"
    assert QLocale().name() == "ru_KG"  # dates as 09.03.2026, not Qt's Kyrgyz 9/3/26
    # Qt has no Kyrgyz catalogue: its dialogs fall back to Russian, not English; the
    # standard buttons come from our own catalogue, in Kyrgyz (gui/qt_strings.py).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Жокко чыгаруу"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Имя файла:"
    assert translations.install_translator(app, "en")
    assert QCoreApplication.translate("screens", "Equipment") == "Equipment"
    assert not translations.install_translator(app, "xx")
    assert translations.current_language() == "en"


def test_switch_language_is_remembered_for_reports(qtbot, ctx, english) -> None:  # noqa: F811
    translations.switch_language(QApplication.instance(), ctx.store, "ky", ctx.write)
    assert ctx.store.setting("language") == "ky"
    assert i18n.store_language(ctx.store) == "ky"


def test_widgets_receive_language_change(qtbot, english) -> None:
    class Probe(QWidget):
        changes = 0

        def changeEvent(self, event: QEvent) -> None:  # noqa: N802
            if event.type() == QEvent.Type.LanguageChange:
                Probe.changes += 1
            super().changeEvent(event)

    probe = Probe()
    qtbot.addWidget(probe)
    translations.install_translator(QApplication.instance(), "ru")
    qtbot.waitUntil(lambda: Probe.changes > 0)


def test_style_and_icon_are_applied(qtbot) -> None:
    app = QApplication.instance()
    translations.apply_style(app)
    assert "QListWidget#sidebar" in app.styleSheet()
    assert not app.windowIcon().isNull()


# -- every main screen follows the language -----------------------------------------------
def _texts(widget: QWidget, lists: bool = True) -> set[str]:
    """The texts a person reads on a screen: labels, buttons, titles, tabs, hints and, with
    `lists`, drop-down items and table headers."""
    out: set[str] = set()
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            out.add(w.text())
        elif isinstance(w, QGroupBox):
            out.add(w.title())
        elif isinstance(w, QLineEdit):
            out.add(w.placeholderText())
        elif isinstance(w, QTabWidget):
            out.update(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QComboBox) and lists:
            out.update(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QTableView | QTreeView) and w.model() is not None and lists:
            model = w.model()
            for col in range(min(model.columnCount(QModelIndex()), 30)):
                out.add(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
    return {t.strip() for t in out if t and t.strip()}


def _all_screens(window) -> dict[str, QWidget]:
    return {spec.key: window.screen(spec.key) for spec in window.specs}


def _untranslated(
    screens: dict[str, QWidget], lang: str, before=None, lists: bool = True
) -> dict[str, str]:
    """Per screen: no translated text at all, or catalogue texts still shown in English."""
    catalogue = i18n.catalogue(lang)
    sources = {src for (_ctx, src) in catalogue}
    translated = set(catalogue.values())
    problems = {}
    for key, widget in screens.items():
        now = _texts(widget, lists)
        left = sorted(t for t in now if t in sources and t not in translated)
        if before is not None:
            left = [t for t in left if t in before[key]]
        if not now & translated:
            problems[key] = "no translated text at all"
        elif left:
            problems[key] = f"still in English: {left[:8]}"
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_main_screen_opens_in_the_chosen_language(qtbot, ctx, lang, english) -> None:  # noqa: F811
    from bordertrack.gui.main_window import MainWindow

    translations.install_translator(QApplication.instance(), lang)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [QCoreApplication.translate("screens", s.title) for s in window.specs]
    assert titles[0] != window.specs[0].title
    problems = _untranslated(_all_screens(window), lang)
    assert not problems, f"{lang}: {problems}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_main_screen_follows_a_switch_at_runtime(qtbot, ctx, lang, english) -> None:  # noqa: F811
    from bordertrack.gui.main_window import MainWindow

    app = QApplication.instance()
    translations.install_translator(app, "en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screens = _all_screens(window)
    before = {key: _texts(w, lists=False) for key, w in screens.items()}
    translations.install_translator(app, lang)
    wanted = QCoreApplication.translate("screens", window.specs[0].title)
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == wanted)
    # Drop-down items and table headers are checked when a screen opens (test above); a
    # switch re-sets labels, buttons, titles and hints, which every screen must follow.
    problems = _untranslated(screens, lang, before, lists=False)
    assert not problems, f"{lang}: {problems}"


def test_resources_are_found_from_source_and_inside_a_frozen_bundle(monkeypatch, tmp_path) -> None:
    from bordertrack import resources

    assert resources.resource_path("style.qss").is_file()
    assert resources.resource_path("i18n", "bordertrack_ru.qm").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("i18n", "x.qm") == tmp_path / "resources" / "i18n" / "x.qm"


def test_report_strings_of_the_core_are_collected(monkeypatch, tmp_path) -> None:
    """`translate(lang, "report", "...")` in the core lands in the catalogue; the GUI is lupdate's."""
    pkg = tmp_path / "bordertrack"
    (pkg / "services").mkdir(parents=True)
    (pkg / "gui").mkdir()
    (pkg / "services" / "donor.py").write_text(
        "from bordertrack.i18n import translate\n"
        "def title(lang):\n"
        "    return translate(lang, 'report', 'People trained') + translate(lang, name, 'x')\n",
        encoding="utf-8",
    )
    (pkg / "gui" / "w.py").write_text("translate(lang, 'report', 'not here')\n", encoding="utf-8")
    monkeypatch.setattr(TOOLS, "ROOT", tmp_path)
    assert TOOLS.core_strings() == [("report", "People trained")]


def test_core_formats_dates_and_numbers_like_the_locale() -> None:
    import datetime as dt

    assert i18n.format_date("ru", dt.date(2026, 3, 9)) == "09.03.2026"
    assert i18n.format_date("ky", "2026-03-09T10:00") == "09.03.2026"
    assert i18n.format_date("en", "2026-03-09") == "09/03/2026"
    assert i18n.format_number("ru", 1234567.5, 2) == "1\u00a0234\u00a0567,50"
    assert i18n.format_number("en", 1234567.5, 2) == "1,234,567.50"
    assert i18n.format_number("ky", 48000) == "48\u00a0000"
    assert i18n.format_date("ru", None) == "" and i18n.format_number("ru", None) == ""
    # The same as Qt shows on screen in that language.
    assert (
        QLocale("ru_RU").toString(dt.date(2026, 3, 9), QLocale.FormatType.ShortFormat)
        == "09.03.2026"
    )
