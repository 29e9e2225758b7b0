"""Excel workbook of a report: the same table, numbers as numbers, readable widths."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from vagledare.journal.private_files import atomic_write
from vagledare.reports.fmt import format_value, share_percent
from vagledare.reports.table import Mean, Money, ReportTable, RowKind, Share

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_SECTION_FILL = PatternFill("solid", fgColor="E8EEF4")
_TOP = Border(top=Side(style="thin"))


def build_workbook(table: ReportTable) -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = table.title[:31].replace("/", "-").replace(":", "")
    ws.append([table.title])
    ws["A1"].font = _TITLE
    ws.append([table.subtitle])
    for line in table.legend:  # what <5, .. and x mean, above the table
        ws.append([line])
    ws.append([])
    ws.append(list(table.header))
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = _BOLD
        cell.alignment = Alignment(horizontal="center" if cell.column > 1 else "left")
    lead = 1 if table.key_header else 0
    for sec, row in table.rows():
        cells: list[object] = [sec.key or ""] if lead else []
        cells.append(row.label)
        for v in row.values:
            if isinstance(v, int) or v is None or isinstance(v, str):
                cells.append(v if v is not None else "–")
            elif isinstance(v, Share):
                pct = share_percent(v)
                cells.append(pct / 100 if pct is not None else "–")
            elif isinstance(v, (Mean, Money)):
                cells.append(float(v.value) if v.value is not None else "–")
            else:
                cells.append(format_value(v, table.lang))
        ws.append(cells)
        r = ws.max_row
        for cell, v in zip(ws[r][lead + 1 :], row.values, strict=False):
            if isinstance(v, Share):
                cell.number_format = "0 %"
            elif isinstance(v, Mean):
                cell.number_format = "+0.0;-0.0;0.0" if v.signed else "0." + "0" * v.places
            elif isinstance(v, Money):
                cell.number_format = '# ##0 "kr"'
        if row.kind is not RowKind.DATA:
            for cell in ws[r]:
                cell.font = _BOLD
                cell.border = _TOP
        if row.highlight:
            for cell in ws[r]:
                cell.fill = PatternFill("solid", fgColor="FDE2E1")
    if table.prose() or table.notes:
        ws.append([])
        for line in (*table.prose(), *table.notes):
            ws.append([line])
    for i, col_cells in enumerate(ws.iter_cols(min_row=header_row, max_row=ws.max_row), start=1):
        width = max((len(str(c.value)) for c in col_cells if c.value is not None), default=8)
        ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 9), 48)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=lead + 2)
    # Text stays text: a site or category named "=HYPERLINK(…)" is never a live formula.
    for ws_row in ws.iter_rows():
        for cell in ws_row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    return wb


def write_xlsx(table: ReportTable, path: Path) -> None:
    buf = io.BytesIO()
    build_workbook(table).save(buf)
    atomic_write(path, buf.getvalue())
