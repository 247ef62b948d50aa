"""What the language walks look for: English left on screen and text cut off.

A visible widget's texts (labels, buttons, group and tab titles, window titles, placeholders,
the shown item of a drop-down, table headers) are compared with the English sources of the
catalogue and with common English words; a text is clipped when it needs more room than its
widget gives it (an eliding label or a wrapping button fits by design).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QWidget,
)

from bordertrack.gui import translations
from bordertrack.gui.eliding_label import ElidingLabel
from bordertrack.gui.wrap_button import WrapButton
from bordertrack.i18n import catalogue

ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|to|is|not|yet|with|from|for|this|no|file|name|look|type|cancel|save|open"
    r"|close|yes|folder|directory|back|next|finish|detail|list|view)\b",
    re.I,
)
LATIN_WORD = re.compile(r"(?<![\w.@-])[a-z]{3,}(?![\w.@-])")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Words that read the same in every language: the app's name, file kinds, codes.
NAMES = {"BorderTrack", "Excel", "PDF", "JSON", "CSV", "USB", "PIN", "OK"}


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_sources(lang: str) -> set[str]:
    """Every English source our catalogue translates differently into `lang`."""
    return {
        plain(source)
        for (_context, source), translated in catalogue(lang).items()
        if plain(source) != plain(translated) and len(source) > 3
    }


def texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text the widget shows a person."""
    out: list[tuple[str, str]] = []
    if isinstance(widget, QLabel | QAbstractButton):
        out.append(("text", widget.text()))
    if isinstance(widget, QGroupBox):
        out.append(("title", widget.title()))
    if isinstance(widget, QTabWidget):
        out += [("tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QLineEdit) and not widget.text():
        out.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox) and not widget.isEditable():
        out.append(("combo", widget.currentText()))
    if isinstance(widget, QHeaderView):
        out += [("header", text) for _i, text, _w in header_sections(widget)]
    if widget.isWindow():
        out.append(("window", widget.windowTitle()))
    return [(where, plain(t)) for where, t in out if plain(t)]


def header_sections(header: QHeaderView) -> list[tuple[int, str, int]]:
    """(section, text, width) of the header's visible sections."""
    model = header.model()
    if model is None:
        return []
    out = []
    for i in range(header.count()):
        if header.isSectionHidden(i) or header.sectionSize(i) == 0:
            continue
        text = model.headerData(i, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if text:
            out.append((i, str(text), header.sectionSize(i)))
    return out


def clipped(widget: QWidget) -> list[str]:
    """The texts this widget cuts off (eliding labels and wrapping buttons fit by design)."""
    if isinstance(widget, ElidingLabel | WrapButton | QGroupBox | QTabWidget):
        return []
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        if widget.wordWrap() or "<" in widget.text() or not widget.text():
            return []
        return [widget.text()] if widget.sizeHint().width() > widget.width() + 1 else []
    if isinstance(widget, QAbstractButton) and widget.text():
        return [widget.text()] if widget.sizeHint().width() > widget.width() + 1 else []
    if isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        room = (
            widget.style()
            .subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            .width()
        )
        text = widget.currentText()
        return [text] if metrics.horizontalAdvance(text) > room else []
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        if widget.stretchLastSection() and widget.count():
            last = widget.logicalIndex(widget.count() - 1)
        else:
            last = -1
        return [
            text
            for i, text, width in header_sections(widget)
            if i != last and metrics.horizontalAdvance(text) > width - 6
        ]
    return []


def looks_english(text: str, english: set[str], data: tuple[str, ...] = ()) -> bool:
    """English words in `text`, once the records' own words (`data`) are taken out."""
    for words in data:
        text = text.replace(words, "").strip(" —()")
    if not text or "/" in text or "\\" in text or text in NAMES:
        return False  # a file path is the person's own words
    if text in english or (ENGLISH_WORDS.search(text) and text.isascii()):
        return True
    # Words of Latin letters in lower case are English prose (names and codes are capitalised).
    return bool(LATIN_WORD.search(text)) and not CYRILLIC.search(text)


def problems(
    widgets: list[QWidget], english: set[str], where: str, data: tuple[str, ...] = ()
) -> tuple[set, set]:
    """(English texts, clipped texts) among the visible widgets, each tagged with `where`;
    `data` are the records' own words (a device's name), English in the demo."""
    left, cut = set(), set()
    for widget in widgets:
        for kind, text in texts(widget):
            if looks_english(text, english, data):
                left.add((where, type(widget).__name__, kind, text))
        for text in clipped(widget):
            cut.add((where, type(widget).__name__, text, widget.width()))
    return left, cut


def visible(top: QWidget) -> list[QWidget]:
    return [top] + [w for w in top.findChildren(QWidget) if w.isVisible()]


def forget_old_windows(app: QApplication) -> None:
    """Earlier tests' windows have closed databases: they must not hear a language switch."""
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog):
            # done(), not reject(): an editor left dirty by an earlier test would ask
            # "Save, Discard?" modally, on a database that is closed.
            widget.done(QDialog.DialogCode.Rejected)
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextmanager
def in_language(lang: str) -> Iterator[QApplication]:
    """The application switched to `lang`; back to English (and no windows left) after."""
    app = QApplication.instance()
    forget_old_windows(app)
    assert translations.install_translator(app, lang)
    try:
        yield app
    finally:
        forget_old_windows(app)
        translations.install_translator(app, "en")
