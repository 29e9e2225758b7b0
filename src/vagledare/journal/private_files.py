"""Files that hold journal data are the user's alone: created 0600 from their first byte (on
Windows they live in the user's own profile), written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO

PRIVATE = 0o600


def open_private(path: Path) -> BinaryIO:
    """A new (or emptied) file for writing, readable and writable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE)
    if os.name == "posix":
        os.fchmod(fd, PRIVATE)  # an existing file keeps its mode through O_CREAT
    return os.fdopen(fd, "wb")


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write a whole file or nothing: a half-written export never stands under the real name,
    and the temporary file is removed if writing fails. The temporary name is unique, so two
    windows writing the same file never write into each other's. ``durable``: on disk before
    the rename (not for a file rewritten on every click)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
