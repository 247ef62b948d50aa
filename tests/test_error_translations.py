"""Core errors in the person's language: every error a window user can meet declares a
template that the ru and ky catalogues translate with the same params, the window shows it
translated, and the command line keeps the English line.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import string
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import bordertrack
from bordertrack import i18n
from bordertrack.domain.errors import BorderTrackError, OutOfScope, ValidationError
from bordertrack.gui import translations
from bordertrack.gui.context import AppContext
from bordertrack.gui.error_text import error_text
from bordertrack.gui.screens.sync import SyncScreen
from bordertrack.gui.worker import ImmediateWorker
from bordertrack.services import records, trust
from tests.test_translations import TOOLS, _OnlyThisTest

LANGS = ("ru", "ky")
# Errors whose words are chosen where they are raised (each raise passes a template marked
# with error_template, collected and checked below), or that only wrap other errors.
WORDED_WHERE_RAISED = {
    "BorderTrackError",
    "BundleError",
    "ValidationError",
    "OutOfScope",
    "DatabaseProblem",
    "CannotMerge",
    "ImportRefused",
    "BackupFailed",
    "StampRefused",
    "CannotRestamp",
    "ImpossibleValue",
    "RegisterUnreadable",
    "ReportProblem",
    "BadOperator",
}


def _error_classes() -> list[type[BorderTrackError]]:
    """Every BorderTrackError subclass in the package outside the GUI (which raises none)."""
    for info in pkgutil.walk_packages(bordertrack.__path__, "bordertrack."):
        if ".gui" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found, todo = [], [BorderTrackError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return [c for c in found if c.__module__.startswith("bordertrack.")]


def _names(template: str) -> dict[str, object]:
    """A value for each param the template names; a number where it has a number format."""
    out: dict[str, object] = {}
    for _text, name, spec, _conv in string.Formatter().parse(template):
        if name:
            out[name] = 1234.0 if spec else f"<{name}>"
    return out


def _instance(cls: type[BorderTrackError]) -> BorderTrackError:
    """The error made with made-up arguments, as its raise sites would make it."""
    params = [
        p
        for p in inspect.signature(cls.__init__).parameters.values()
        if p.name != "self" and p.default is p.empty
    ]
    texts = [Path(p.name) if "Path" in str(p.annotation) else f"<{p.name}>" for p in params]
    try:
        return cls(*texts)
    except (TypeError, ValueError):  # a number format in the template
        return cls(*[1234 for _ in params])


def test_every_error_class_has_a_template_the_catalogues_translate() -> None:
    classes = _error_classes()
    assert len(classes) > 45, "the walk missed modules"
    without = sorted(
        c.__name__ for c in classes if not c.template and c.__name__ not in WORDED_WHERE_RAISED
    )
    assert not without, f"errors without a template (declare one): {without}"
    for lang in LANGS:
        catalogue = i18n.catalogue(lang)
        for cls in classes:
            if not cls.template:
                continue
            translated = catalogue.get(("errors", cls.template))
            assert translated, f"{cls.__name__}: no finished {lang} translation"
            sample = _names(cls.template)
            words = re.sub(r"\{[^{}]*\}", "", cls.template)
            if any(ch.isalpha() for ch in words):  # not only params and punctuation
                assert translated.format(**sample) != cls.template.format(**sample), cls.__name__


def test_each_error_fills_its_template_with_its_params() -> None:
    """str() is the template filled with the params the window gets: one source of words."""
    for cls in _error_classes():
        if not cls.template:
            continue
        error = _instance(cls)
        assert str(error) == cls.template.format(**error.params), cls.__name__
        assert set(_names(cls.template)) <= set(error.params), cls.__name__


@pytest.mark.parametrize("lang", LANGS)
def test_every_marked_template_is_translated_with_the_same_params(lang) -> None:
    """Templates chosen at raise sites and validation's too, found the way the tooling finds
    them; a translation that drops or renames a param would fall back to English."""
    marked = [text for context, text in TOOLS.core_strings() if context == "errors"]
    assert "{where} is required; enter a value." in marked
    assert any("Choose two different records" in t for t in marked)
    catalogue = i18n.catalogue(lang)
    for template in marked:
        translated = catalogue.get(("errors", template))
        assert translated, f"no {lang} translation: {template}"
        assert set(_names(translated)) == set(_names(template)), template
        translated.format(**_names(template))


@pytest.fixture
def russian(qapp):
    """Russian for the test; back to English while its database is still open (list it
    after make_store), the language change delivered now and only to this test's windows."""
    only = _OnlyThisTest(list(qapp.topLevelWidgets()))
    qapp.installEventFilter(only)
    assert translations.install_translator(qapp, "ru")
    yield
    translations.install_translator(qapp, "en")
    qapp.processEvents()
    qapp.removeEventFilter(only)


@pytest.fixture
def warnings_shown(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def _sync_screen(qtbot, store) -> SyncScreen:
    ctx = AppContext(store=store, worker=ImmediateWorker(), operator="tester")
    screen = SyncScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_a_file_that_is_not_a_bundle_is_refused_in_russian(
    qtbot, make_store, tmp_path: Path, russian, warnings_shown
) -> None:
    """A real refusal: opening a non-bundle file on the Sync screen."""
    screen = _sync_screen(qtbot, make_store("coordinator"))
    junk = tmp_path / "notes.xlsx"
    junk.write_bytes(b"these are not the bundles you are looking for")
    screen.exchange.preview(junk)
    assert len(warnings_shown) == 1
    text = warnings_shown[0]
    assert text.startswith("Этот файл — не читаемый пакет BorderTrack")
    assert "попросите отправителя выгрузить его снова" in text
    assert "ask the sender" not in text


def test_a_refusal_with_params_is_worded_in_russian_around_them(
    qtbot, make_store, russian, warnings_shown
) -> None:
    store = make_store("coordinator")
    screen = _sync_screen(qtbot, store)
    screen.ctx.show_error(screen, trust.KeyMismatch("dev-42"))
    assert warnings_shown[-1] == (
        "Устройство dev-42 уже доверено с другим ключом; если его ключ действительно заменён, "
        "сначала отзовите его."
    )


def test_validation_problems_are_shown_by_their_translated_labels(
    qtbot, make_store, russian, warnings_shown
) -> None:
    store = make_store("coordinator")
    with pytest.raises(ValidationError) as caught:
        records.create(store, "equipment", {"category": "radio", "value": "много"})
    assert "Asset tag (asset_tag) is required" in str(caught.value)  # the CLI's English line
    screen = _sync_screen(qtbot, store)
    screen.ctx.show_error(screen, caught.value)
    text = warnings_shown[-1]
    assert "Инвентарный номер: обязательное поле; введите значение." in text
    assert "asset_tag" not in text and "required" not in text


def test_an_edit_out_of_scope_names_the_entity_in_russian(
    qtbot, make_store, russian, warnings_shown
) -> None:
    store = make_store("trainer")
    with pytest.raises(OutOfScope) as caught:
        records.create(store, "equipment", {"asset_tag": "T-1", "category": "radio", "post": "DOS"})
    assert str(caught.value).endswith("not equipment.")  # the CLI's English line
    screen = _sync_screen(qtbot, store)
    screen.ctx.show_error(screen, caught.value)
    assert warnings_shown[-1] == "Устройство тренера записывает обучение и людей, а не: имущество."


def test_an_error_without_a_template_is_shown_as_it_is(russian) -> None:
    assert error_text(BorderTrackError("Plain words.")) == "Plain words."
    assert error_text(BorderTrackError("Has {braces}")) == "Has {braces}"
