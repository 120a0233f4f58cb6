"""One window per data file: a QLockFile beside it (PID, application and host inside; the
command line honours it too, see greenlife.store.lock), and a local socket so a second copy
can bring the first window forward before it quits."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from greenlife.store.lock import AlreadyOpenError, lock_path


def server_name(db_path: Path) -> str:
    digest = hashlib.sha1(str(db_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"greenlife-{digest}"


def ask_first_to_raise(db_path: Path, timeout_ms: int = 1000) -> bool:
    sock = QLocalSocket()
    sock.connectToServer(server_name(db_path))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(b"raise\n")
    sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return True


class Instance(QObject):
    """Holds the lock and listens for a second copy's knock."""

    raise_requested = Signal()

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        lock_path(db_path).parent.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(lock_path(db_path)))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not self.lock.tryLock(0):
            info = self.lock.getLockInfo()
            pid, host = (str(info[0]), str(info[1])) if info and len(info) >= 3 else ("", "")
            raise AlreadyOpenError(db_path, pid, host)
        self.server = QLocalServer(self)
        name = server_name(db_path)
        QLocalServer.removeServer(name)  # a stale socket left by a crash
        self.server.listen(name)
        self.server.newConnection.connect(self._knock)

    def _knock(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))

    def _read(self, conn: QLocalSocket) -> None:
        if bytes(conn.readAll().data()).startswith(b"raise"):
            self.raise_requested.emit()
        conn.disconnectFromServer()

    def release(self) -> None:
        self.server.close()
        if self.lock.isLocked():
            self.lock.unlock()
