"""CSV for Swedish Excel: UTF-8 with BOM, ``;``-separated, CRLF, zeros written ``0``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from vagledare.journal.private_files import atomic_write
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
