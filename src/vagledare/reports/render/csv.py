"""CSV for Swedish Excel: UTF-8 with BOM, ``;``-separated, CRLF, zeros written ``0``."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from vagledare.journal.private_files import atomic_write
from vagledare.journal.terms import Lang
from vagledare.reports.fmt import format_value
from vagledare.reports.table import ReportTable, Value

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """A name or label as a spreadsheet will only ever read as text: one that starts like a
    formula (``=HYPERLINK(…)``, ``+``, ``-``, ``@``) gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _text(v: Value, lang: Lang) -> str:
    """A cell: numbers as the contract writes them, text made inert."""
    return inert(v) if isinstance(v, str) else format_value(v, lang, for_csv=True)


def _writer(buf: io.StringIO) -> Any:
    return csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def _one_table(table: ReportTable) -> str:
    buf = io.StringIO()
    w = _writer(buf)
    w.writerow([inert(h) for h in table.header])
    for sec, row in table.rows():
        lead = [inert(sec.key or "")] if table.key_header else []
        w.writerow([*lead, inert(row.label), *(_text(v, table.lang) for v in row.values)])
    return buf.getvalue()


def csv_text(table: ReportTable) -> str:
    """The table's header and rows. A table of several (``ReportTable.parts``): blocks one
    after another, one empty line between, each a row holding only its heading and then that
    table's own header and rows."""
    if not table.parts:
        return _one_table(table)
    blocks = []
    for block in table.blocks():
        buf = io.StringIO()
        _writer(buf).writerow([inert(block.heading or "")])
        blocks.append(buf.getvalue() + _one_table(block))
    return "\r\n".join(blocks)


def write_csv(table: ReportTable, path: Path) -> None:
    data = ("\ufeff" + csv_text(table)).encode("utf-8")
    atomic_write(path, data)
