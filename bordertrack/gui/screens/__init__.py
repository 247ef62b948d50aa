"""The registry of screens: the main window shows those the device's role uses.

Each screen is a QWidget built as `Screen(ctx, parent=None)`; it may implement
`refresh()` (called when shown or when data changed) and `retranslate_ui()`.
A screen module that fails to import is a broken build: the error propagates, loudly,
instead of the screen quietly missing from the sidebar.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

ALL_ROLES = ("post", "trainer", "coordinator")


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # English; shown through QCoreApplication.translate("screens", title)
    module: str
    class_name: str
    roles: tuple[str, ...] = ALL_ROLES

    @property
    def translated_title(self) -> str:
        return QCoreApplication.translate("screens", self.title)


SCREENS = [
    ScreenSpec("dashboard", QT_TRANSLATE_NOOP("screens", "Dashboard"),
               "bordertrack.gui.screens.dashboard", "DashboardScreen"),
    ScreenSpec("equipment", QT_TRANSLATE_NOOP("screens", "Equipment"),
               "bordertrack.gui.screens.equipment", "EquipmentScreen", ("post", "coordinator")),
    ScreenSpec("stock_take", QT_TRANSLATE_NOOP("screens", "Stock-take"),
               "bordertrack.gui.screens.stock_take", "StockTakeScreen", ("post", "coordinator")),
    ScreenSpec("handover", QT_TRANSLATE_NOOP("screens", "Hand-over acts"),
               "bordertrack.gui.screens.handover", "HandoverScreen", ("post", "coordinator")),
    ScreenSpec("training", QT_TRANSLATE_NOOP("screens", "Training"),
               "bordertrack.gui.screens.training", "TrainingScreen", ("trainer", "coordinator")),
    ScreenSpec("infrastructure", QT_TRANSLATE_NOOP("screens", "Infrastructure"),
               "bordertrack.gui.screens.infrastructure", "InfrastructureScreen",
               ("post", "coordinator")),
    ScreenSpec("people", QT_TRANSLATE_NOOP("screens", "People and reference data"),
               "bordertrack.gui.screens.people", "PeopleScreen"),
    ScreenSpec("sync", QT_TRANSLATE_NOOP("screens", "Sync"),
               "bordertrack.gui.screens.sync", "SyncScreen"),
    ScreenSpec("reports", QT_TRANSLATE_NOOP("screens", "Reports"),
               "bordertrack.gui.screens.reports", "ReportsScreen"),
    ScreenSpec("settings", QT_TRANSLATE_NOOP("screens", "Settings"),
               "bordertrack.gui.screens.settings", "SettingsScreen"),
]  # fmt: skip


def screens_for(role: str) -> list[ScreenSpec]:
    """Screens this role uses; the others are hidden, not greyed."""
    return [s for s in SCREENS if role in s.roles]


def screen_class(spec: ScreenSpec) -> type[QWidget]:
    """The screen's class; an import error is raised, never hidden."""
    cls: type[QWidget] = getattr(importlib.import_module(spec.module), spec.class_name)
    return cls
