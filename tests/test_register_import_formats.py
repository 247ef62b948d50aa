"""Workbooks whose number formats cannot be read (.xls, .xlsb): the preview says so plainly,
in the person's language, and says how to keep the leading zeros (save as .xlsx)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from bordertrack.gui.register_wizard import open_register_wizard
from bordertrack.gui.translations import install_translator
from bordertrack.services.register_import.apply import preview_register
from bordertrack.services.register_import.report import plan_lines
from bordertrack.store.database import Store
from tests.gui_support import demo_template, post_ctx, post_demo_store  # noqa: F401

UPSTREAM = Path(__file__).parent / "fixtures" / "calamine"
MAP = {"String": "asset_tag"}


@pytest.mark.parametrize("kind", ["xls", "xlsb"])
def test_the_preview_says_leading_zeros_may_be_lost(post_store: Store, kind: str) -> None:
    plan = preview_register(post_store, UPSTREAM / f"base.{kind}", "equipment", overrides=MAP)
    assert plan.formats_unread == kind
    said = [line for line in plan_lines(plan, True) if "Number formats" in line]
    assert len(said) == 1
    assert (
        f".{kind} files" in said[0]
        and "000130" in said[0]
        and "save the register as .xlsx" in said[0]
    )


def test_an_xlsx_says_nothing_of_it(post_store: Store) -> None:
    plan = preview_register(post_store, UPSTREAM / "base.xlsx", "equipment", overrides=MAP)
    assert plan.formats_unread == ""
    assert not any("Number formats" in line for line in plan_lines(plan, True))


def test_the_window_says_it_in_the_persons_language(qtbot, post_ctx) -> None:  # noqa: F811
    wizard = open_register_wizard(post_ctx, "equipment")
    qtbot.addWidget(wizard)
    plan = preview_register(post_ctx.store, UPSTREAM / "base.xlsb", "equipment", overrides=MAP)
    app = QApplication.instance()
    try:
        for lang, words in (("en", "leading zeros"), ("ru", "ведущими нулями"),
                            ("ky", "нөлдөр менен")):  # fmt: skip
            install_translator(app, lang)
            wizard.preview.set_plan(plan)
            text = wizard.preview.findings.text()
            assert words in text and ".xlsb" in text and ".xlsx" in text
            assert "Number formats" not in text or lang == "en"  # the English line is replaced
    finally:
        install_translator(app, "en")
