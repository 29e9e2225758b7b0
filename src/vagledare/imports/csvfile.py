"""Reading the CSV files staff bring: UTF-8 with or without BOM, ``;`` or ``,`` separated.

Every problem becomes an ``ImportProblem`` naming the file line (the header is line 1), the
column and the value, so the person at the desk can open the file and fix exactly that.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from vagledare.journal.errors import ValidationError

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_FIELD_CHARS = 1000


class ImportProblem(ValidationError):
    """A file that cannot be imported; nothing was written."""

    def __init__(
        self, message: str, *, file: str = "", line: int | None = None, column: str | None = None
    ) -> None:
        where = file
        if line is not None:
            where += f", rad {line}"
        if column:
            where += f", kolumn {column}"
        super().__init__(f"{where}: {message}" if where else message)
        self.file = file
        self.line = line
        self.column = column
        self.detail = message


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: Mapping[str, str]  # canonical column name -> stripped text


@dataclass(frozen=True)
class CsvFile:
    name: str
    columns: tuple[str, ...]  # canonical names in file order
    lines: tuple[int, ...]  # each row's file line
    cells: tuple[tuple[str, ...], ...]  # each row's stripped texts, in ``columns`` order
    digest: str  # SHA-256 of the content (independent of BOM, delimiter and line endings)

    @cached_property
    def rows(self) -> tuple[CsvRow, ...]:
        """The rows with their values by column name (big imports read ``cells`` instead)."""
        columns = self.columns
        return tuple(
            CsvRow(line, dict(zip(columns, cells, strict=True)))
            for line, cells in zip(self.lines, self.cells, strict=True)
        )


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportProblem(
            "filen är sparad som UTF-16; spara den som CSV UTF-8 och försök igen.", file=name
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportProblem(
            "filen är inte UTF-8 (t.ex. sparad som ANSI/Latin-1); spara den som "
            "CSV UTF-8 och försök igen.",
            file=name,
            line=line,
        ) from None


def read_csv(
    path: Path | str,
    aliases: Mapping[str, str],
    required: tuple[str, ...],
    *,
    data: bytes | None = None,
) -> CsvFile:
    """Read and check the whole file. ``aliases`` maps each accepted header (folded) to a
    canonical column name; every name in ``required`` must be present."""
    path = Path(path)
    name = path.name
    if data is None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ImportProblem("filen är för stor (högst 200 MB).", file=name)
            data = path.read_bytes()
        except OSError as exc:
            raise ImportProblem(f"filen kan inte läsas: {exc.strerror}.", file=name) from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ImportProblem(
            "filen innehåller binära tecken (NUL); är det en CSV-fil?", file=name, line=line
        )
    text = _decode(data, name)
    if not text.strip():
        raise ImportProblem("filen är tom.", file=name)

    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ImportProblem(f"rubrikraden kan inte läsas ({exc}).", file=name, line=1) from None

    columns: list[str] = []
    for raw in header:
        key = raw.strip().casefold()
        canonical = aliases.get(key)
        if canonical is None:
            expected = delimiter.join(required)
            raise ImportProblem(
                f"okänd kolumn {raw.strip()!r}; rubrikraden ska vara {expected}.",
                file=name,
                line=1,
            )
        if canonical in columns:
            raise ImportProblem(f"kolumnen {raw.strip()!r} finns två gånger.", file=name, line=1)
        columns.append(canonical)
    missing = [c for c in required if c not in columns]
    if missing:
        raise ImportProblem(
            f"kolumn saknas: {', '.join(missing)}; "
            f"rubrikraden ska vara {delimiter.join(required)}.",
            file=name,
            line=1,
        )

    lines: list[int] = []
    cells: list[tuple[str, ...]] = []
    digest = hashlib.sha256()
    digest.update("\x1f".join(columns).encode())
    hashed = 0  # rows of ``cells`` already in the digest
    width = len(columns)
    strip = str.strip
    line_no = 1
    try:
        for fields in reader:
            line_no = reader.line_num
            stripped = tuple(map(strip, fields))
            if not any(stripped):
                continue  # blank line
            if len(stripped) != width:
                raise ImportProblem(
                    f"raden har {len(fields)} fält men rubriken {len(columns)} "
                    f"(avgränsare {delimiter!r}).",
                    file=name,
                    line=line_no,
                )
            longest = max(map(len, stripped))
            if longest > MAX_FIELD_CHARS:
                col = columns[[len(f) for f in stripped].index(longest)]
                raise ImportProblem(
                    f"värdet är för långt ({longest} tecken).",
                    file=name,
                    line=line_no,
                    column=col,
                )
            lines.append(line_no)
            cells.append(stripped)
            if len(cells) - hashed >= _HASH_ROWS:
                hashed = _hash_rows(digest, cells, hashed)
    except csv.Error as exc:
        raise ImportProblem(
            f"raden kan inte tolkas som CSV ({exc}).", file=name, line=reader.line_num or line_no
        ) from None
    if not cells:
        raise ImportProblem("filen har bara en rubrikrad och inga rader att importera.", file=name)
    _hash_rows(digest, cells, hashed)
    return CsvFile(name, tuple(columns), tuple(lines), tuple(cells), digest.hexdigest())


_HASH_ROWS = 4096  # rows hashed at a time: one update per row would cost more than the hashing


def _hash_rows(digest: Any, cells: list[tuple[str, ...]], start: int) -> int:
    """Feed ``cells[start:]`` to the digest, each row as ``\\x1e`` and its texts joined by
    ``\\x1f`` (the digests of files imported before stay valid); the new count hashed."""
    join = "\x1f".join
    digest.update(("\x1e" + "\x1e".join([join(c) for c in cells[start:]])).encode())
    return len(cells)
