"""CSV for Swedish Excel: UTF-8 with BOM, ``;``-separated, CRLF, zeros written ``0``."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from vagledare.reports.fmt import format_value
from vagledare.reports.table import ReportTable


def csv_text(table: ReportTable) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(table.header)
    for sec, row in table.rows():
        lead = [sec.key or ""] if table.key_header else []
        w.writerow(
            [*lead, row.label, *(format_value(v, table.lang, for_csv=True) for v in row.values)]
        )
    return buf.getvalue()


def write_csv(table: ReportTable, path: Path) -> None:
    data = ("\ufeff" + csv_text(table)).encode("utf-8")
    atomic_write(path, data)


def atomic_write(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: a half-written export never stands under the real name."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
