"""The desktop entry point lives in `bordertrack.gui.app`; this name stays for launchers,
the command line and scripts that import it."""

from bordertrack.gui.app import (
    apply_language,
    apply_style,
    build_window,
    check_in_background,
    offer_newest_backup,
    open_or_recover,
    open_store,
    preview_bundle,
    run_app,
)

__all__ = [
    "apply_language",
    "apply_style",
    "build_window",
    "check_in_background",
    "offer_newest_backup",
    "open_or_recover",
    "open_store",
    "preview_bundle",
    "run_app",
]
