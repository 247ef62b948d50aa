"""The registry of screens: the main window shows those the device's role uses.

Each screen is a QWidget built as `Screen(ctx, parent=None)`; it may implement
`refresh()` (called when shown or when data changed) and `retranslate_ui()`.
A module that does not import (not written yet, or broken) is skipped so the app
always starts.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

ALL_ROLES = ("post", "trainer", "coordinator")
log = logging.getLogger(__name__)


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
    """Screens this role uses whose module imports; the others are hidden, not greyed."""
    return [s for s in SCREENS if role in s.roles and screen_class(s) is not None]


def screen_class(spec: ScreenSpec) -> type[QWidget] | None:
    try:
        module = importlib.import_module(spec.module)
    except Exception as exc:  # noqa: BLE001 - a screen still being written must not stop the app
        log.warning("screen %s not available: %s", spec.key, exc)
        return None
    return getattr(module, spec.class_name, None)
