"""Where things live on disk by default (the user's data folder), overridable by BORDERTRACK_DB."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BorderTrack"


def default_db_path() -> Path:
    env = os.environ.get("BORDERTRACK_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "bordertrack.db"


def backup_dir(db_path: Path) -> Path:
    """Backups sit beside the database in a folder named after it."""
    return db_path.with_name(db_path.name + ".backups")
