"""The interface language and look: Qt translators, the default locale, the style sheet and icon.

Installing a translator makes Qt send QEvent.LanguageChange to every widget, so a screen
that re-sets its texts in `changeEvent` follows a switch at once without losing its work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bordertrack.i18n import LANGUAGE_NAMES, LOCALES, normalise
from bordertrack.resources import resource_path

# Qt has no Kyrgyz catalogue of its own; its dialogs (Cancel, Yes, file chooser) fall back to
# Russian, which every Kyrgyz-speaking officer reads, rather than to English.
QT_FALLBACK = {"ky": "ru"}

_installed: list[QTranslator] = []
_current = "en"


def qm_path(lang: str):
    return resource_path("i18n", f"bordertrack_{lang}.qm")


def available_languages() -> list[tuple[str, str]]:
    """(code, name in that language) for English and every language whose .qm is present."""
    out = [("en", LANGUAGE_NAMES["en"])]
    for code, name in LANGUAGE_NAMES.items():
        if code != "en" and qm_path(code).is_file():
            out.append((code, name))
    return out


def current_language() -> str:
    return _current


def _load_qt_catalogue(lang: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, dialogs) from the translations shipped with Qt."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in (lang, QT_FALLBACK.get(lang)):
        if not code:
            continue
        translator = QTranslator()
        if translator.load(f"qtbase_{code}", folder):
            return translator
    return None


def install_translator(app: QCoreApplication, lang: str | None) -> bool:
    """Switch the running application to `lang`; returns False (and stays English) if unknown.

    Old translators are removed first, so switching back and forth never stacks catalogues.
    """
    global _current
    requested = (lang or "en").strip().lower().replace("-", "_").split("_")[0]
    lang = normalise(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = requested == lang
    if lang != "en":
        own = QTranslator()
        if own.load(str(qm_path(lang))):
            # Qt asks the translator installed last first: ours comes after Qt's, so its
            # Kyrgyz button words (gui/qt_strings.py) win over Qt's Russian fallback.
            qt = _load_qt_catalogue(lang)
            if qt is not None:
                _installed.append(qt)
            _installed.append(own)
        else:
            ok, lang = False, "en"
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES[lang]))
    _current = lang
    return ok


def switch_language(app: QCoreApplication, store, lang: str, write=None) -> bool:  # type: ignore[no-untyped-def]
    """Install `lang` and remember it in the device's settings (the reports read it there).

    `write` runs the setting's write on the window's database worker (`AppContext.write`).
    """
    ok = install_translator(app, lang)
    chosen = _current
    (write or (lambda fn: fn()))(lambda: store.set_setting("language", chosen))
    return ok


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource_path("icons", f"bordertrack-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def apply_style(app: QApplication) -> None:
    """The calm light look from resources/style.qss and the window icon; silent if missing."""
    path = resource_path("style.qss")
    if path.is_file():
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    app.setWindowIcon(app_icon())
