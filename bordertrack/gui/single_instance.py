"""One window per database, and files handed to it: "Import into BorderTrack" or "Open with"
on a bundle while the window is already open shows that bundle's import preview there.

The running window listens on a local socket (a named pipe on Windows, a socket file
elsewhere) named after the user and the database; a second start connects, writes the
bundle's path and exits. Only the window holding the database's instance lock listens,
so a leftover socket from a crashed window is safe to remove.
"""

from __future__ import annotations

import getpass
import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 1500
RAISE_ONLY = ""  # the message of a second start without a file: bring the window forward


def server_name(db_path: Path) -> str:
    """Per user and per database; case-blind on Windows, where C:\\X and c:\\x are one file."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name known (a service account)
        user = "user"
    where = str(Path(db_path).resolve())
    if sys.platform == "win32":
        where = where.casefold()
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:24]
    return f"bordertrack-{digest}"


def hand_over(db_path: Path, bundle: Path | None) -> bool:
    """Pass `bundle` (or a request to come forward) to the window that has `db_path` open.

    False when no window listens: the caller then starts one itself.
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = str(Path(bundle).resolve()) if bundle is not None else RAISE_ONLY
    socket.write((message + "\n").encode("utf-8"))
    sent = socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_MS)
    return sent


class InstanceServer(QObject):
    """Listens for second starts; `received` carries the bundle path ("" to come forward)."""

    received = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        name = server_name(db_path)
        # We hold the database's lock, so a server of that name is a crashed window's leftover.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(conn: QLocalSocket = conn, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(conn.readAll().data()))
                if b"\n" in buffer:
                    line = bytes(buffer).split(b"\n", 1)[0]
                    buffer.clear()
                    conn.disconnectFromServer()
                    self.received.emit(line.decode("utf-8", "replace"))

            conn.readyRead.connect(read)
            conn.disconnected.connect(conn.deleteLater)
            if conn.bytesAvailable():
                read()

    def close(self) -> None:
        self.server.close()


def serve(window, db_path: Path, preview: Callable[[object, Path], None]) -> InstanceServer:  # type: ignore[no-untyped-def]
    """Listen for second starts on `window`: a bundle opens its preview, and the window
    comes to the front either way."""
    server = InstanceServer(db_path, window)

    def arrived(path: str) -> None:
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
        if path:
            preview(window, Path(path))

    server.received.connect(arrived)
    return server
