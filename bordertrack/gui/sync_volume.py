"""The sync folder's stick, recognised by its volume rather than its drive letter.

Windows gives a stick whichever letter is free: the same stick comes back as F: instead of
E:, and another drive may take E: with a folder of the same name. So the folder is
remembered as (volume label, volume serial, path inside the volume) and looked for on
every mounted volume; a drive with the right path but the wrong identity is not used.

Looking is done off the GUI thread (`FolderProbe`): an offline network share can take
many seconds to answer.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path, PurePath

from PySide6.QtCore import QObject, QStorageInfo, Signal

BY_UUID = Path("/dev/disk/by-uuid")


@dataclass(frozen=True)
class Volume:
    root: str
    label: str
    serial: str  # Windows: the volume GUID; Linux: the file system UUID; "" when unknown


@dataclass(frozen=True)
class Remembered:
    """Where the sync folder lives: on which volume, and where inside it."""

    label: str
    serial: str
    relative: str  # POSIX-style path below the volume's root

    def to_setting(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @staticmethod
    def from_setting(text: str | None) -> Remembered | None:
        try:
            data = json.loads(text or "")
            return Remembered(str(data["label"]), str(data["serial"]), str(data["relative"]))
        except (ValueError, KeyError, TypeError):
            return None

    @property
    def identified(self) -> bool:
        return bool(self.label or self.serial)


@dataclass(frozen=True)
class FolderState:
    """What a probe found: the folder to use now, or why there is none."""

    path: Path | None
    wrong_volume: str = ""  # the root of a drive holding the folder but not our stick


def _serial(info: QStorageInfo) -> str:
    device = bytes(info.device().data()).decode("utf-8", "replace")
    if device.startswith("\\\\?\\Volume{"):
        return device.strip("\\?")
    if BY_UUID.is_dir() and device.startswith("/dev/"):
        try:
            for link in BY_UUID.iterdir():
                if os.path.realpath(link) == os.path.realpath(device):
                    return link.name
        except OSError:
            return ""
    return ""


def volume_of(info: QStorageInfo) -> Volume:
    return Volume(info.rootPath(), info.name(), _serial(info))


def mounted_volumes() -> list[Volume]:
    """Every ready volume (sticks, disks, mapped shares)."""
    return [volume_of(v) for v in QStorageInfo.mountedVolumes() if v.isValid() and v.isReady()]


def remember(folder: Path) -> Remembered | None:
    """The identity of `folder`'s volume; None when the volume has neither label nor
    serial (some shares), and the folder is then used by its path as typed."""
    info = QStorageInfo(str(folder))
    if not info.isValid():
        return None
    volume = volume_of(info)
    root = Path(volume.root)
    try:
        relative = PurePath(Path(folder).resolve().relative_to(root.resolve())).as_posix()
    except ValueError:
        return None
    remembered = Remembered(volume.label, volume.serial, relative)
    return remembered if remembered.identified else None


def _same(volume: Volume, remembered: Remembered) -> bool:
    if remembered.serial and volume.serial:
        return volume.serial == remembered.serial
    return bool(remembered.label) and volume.label == remembered.label


def locate(typed: str, remembered: Remembered | None, volumes: list[Volume]) -> FolderState:
    """Find the sync folder: on the remembered volume wherever it is mounted, else by path."""
    if remembered is None or not remembered.identified:
        path = Path(typed)
        return FolderState(path if typed and path.is_dir() else None)
    for volume in volumes:
        if _same(volume, remembered):
            candidate = Path(volume.root) / remembered.relative
            if candidate.is_dir():
                return FolderState(candidate)
    if typed and Path(typed).is_dir():  # the path is there, but on another drive
        root = next((v.root for v in volumes if typed.startswith(v.root) and v.root != "/"), "")
        return FolderState(None, root or str(Path(typed).anchor))
    return FolderState(None)


class FolderProbe(QObject):
    """Runs `locate` on a thread of its own; `found` arrives on the GUI thread."""

    found = Signal(object)  # FolderState

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = threading.Lock()

    def probe(self, typed: str, remembered: Remembered | None) -> bool:
        """Start one look unless one is still running (a slow share); False if skipped."""
        if not self._busy.acquire(blocking=False):
            return False

        def work() -> None:
            try:
                try:
                    state = locate(typed, remembered, mounted_volumes())
                except OSError:
                    state = FolderState(None)
                with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                    self.found.emit(state)
            finally:
                self._busy.release()

        threading.Thread(target=work, name="sync-folder-probe", daemon=True).start()
        return True
