"""Excel workbook of a report: the same table, numbers as numbers, readable widths."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from vagledare.journal.private_files import atomic_write
from vagledare.reports.fmt import format_value, share_percent
from vagledare.reports.table import Mean, Money, ReportTable, RowKind, Share

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_SECTION_FILL = PatternFill("solid", fgColor="E8EEF4")
_TOP = Border(top=Side(style="thin"))


_NOT_IN_SHEET_NAMES = str.maketrans({c: " " for c in "\\/?*[]:"})


def _cut(words: list[str], limit: int) -> str:
    """As many of ``words`` as fit in ``limit`` characters (a lone long word is cut)."""
    name = ""
    for word in words:
        longer = f"{name} {word}" if name else word
        if len(longer) > limit:
            break
        name = longer
    return name or (words[0][:limit] if words else "Blad")


def sheet_name(text: str, taken: set[str]) -> str:
    """A worksheet name for ``text``: at most 31 characters, cut between words, without the
    characters Excel refuses, and unlike the names in ``taken`` (compared as Excel does,
    ignoring case); it is added to ``taken``."""
    words = text.translate(_NOT_IN_SHEET_NAMES).split()
    used = {x.casefold() for x in taken}
    candidate, n = _cut(words, 31), 1
    while candidate.casefold() in used:
        n += 1
        suffix = f" ({n})"
        candidate = _cut(words, 31 - len(suffix)) + suffix
    taken.add(candidate)
    return candidate


def build_workbook(table: ReportTable) -> Workbook:
    """One sheet; a table of several (``ReportTable.parts``) gets a sheet per table, named
    after its heading (a site's name), the table of all of them last."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    if not table.parts:
        ws.title = table.title[:31].replace("/", "-").replace(":", "")
        _fill_sheet(ws, table)
        return wb
    taken: set[str] = set()
    for i, block in enumerate(table.blocks()):
        sheet = ws if i == 0 else wb.create_sheet()
        sheet.title = sheet_name(block.heading or block.title, taken)
        _fill_sheet(sheet, block)
    return wb


def _fill_sheet(ws: Worksheet, table: ReportTable) -> None:
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


def write_xlsx(table: ReportTable, path: Path) -> None:
    buf = io.BytesIO()
    build_workbook(table).save(buf)
    atomic_write(path, buf.getvalue())
