"""Excel workbook of a report: the same table, numbers as numbers, ready to print.

- Numbers are numbers with formats that read right in Swedish and English Excel and in
  LibreOffice: the grouping comes from the locale (``#,##0``), never from a literal space.
- A4, landscape when the table is wide, fitted to the page width, the header row (and the row
  labels) repeated on every printed page, a header and footer with the title, the period,
  the organisation and page numbers.
- Document properties: title, subject (the period), author (the organisation), language.
- The sheet name is the title shortened between words; dates are dates.
"""

from __future__ import annotations

import io
import re
from datetime import date
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
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

MONEY_FORMAT = '#,##0 "kr"'
SHARE_FORMAT = "0 %"
DATE_FORMAT = "yyyy-mm-dd"
SHEET_NAME_MAX = 31  # Excel's limit
_SHEET_DROPPED = re.compile(r"[\[\]:*?]")  # Excel refuses these in a sheet name
_SHEET_SLASHES = re.compile(r"[/\\]")
# Landscape from this many columns on (a label column and about seven figures fit portrait).
LANDSCAPE_FROM = 9
_LABEL_WIDTH_MAX = 60
_VALUE_WIDTH_MAX = 22


def _cut(clean: str, limit: int) -> str:
    """As many whole words of ``clean`` as fit in ``limit`` characters (a lone long word is
    cut), without a dangling comma or dash."""
    if len(clean) <= limit:
        return clean
    words = clean.split(" ")
    name = words[0][:limit]
    for word in words[1:]:
        if len(name) + 1 + len(word) > limit:
            break
        name = f"{name} {word}"
    return name.rstrip(" ,;–-") or name


def sheet_name(title: str, taken: set[str] | None = None) -> str:
    """The title as a sheet name: characters Excel refuses removed, cut between words (never
    mid-word) to 31 characters; unlike the names in ``taken`` (compared as Excel does,
    ignoring case), to which it is added."""
    clean = " ".join(_SHEET_SLASHES.sub("-", _SHEET_DROPPED.sub("", title)).split()).strip("'")
    clean = clean or "Rapport"
    if taken is None:
        return _cut(clean, SHEET_NAME_MAX)
    used = {x.casefold() for x in taken}
    candidate, n = _cut(clean, SHEET_NAME_MAX), 1
    while candidate.casefold() in used:
        n += 1
        suffix = f" ({n})"
        candidate = _cut(clean, SHEET_NAME_MAX - len(suffix)) + suffix
    taken.add(candidate)
    return candidate


def _number_format(v: object) -> str | None:
    if isinstance(v, Share):
        return SHARE_FORMAT
    if isinstance(v, Mean):
        if v.signed:
            return "+0.0;-0.0;0.0"
        return "0." + "0" * v.places if v.places else "#,##0"
    if isinstance(v, Money):
        return MONEY_FORMAT
    if isinstance(v, int) and not isinstance(v, bool):
        return "#,##0"
    return None


def _cell_value(v: object, lang: str) -> object:
    if v is None:
        return "–"
    if isinstance(v, str):
        return date.fromisoformat(v) if _ISO_DATE.match(v) else v
    if isinstance(v, int):
        return v
    if isinstance(v, Share):
        pct = share_percent(v)
        return pct / 100 if pct is not None else "–"
    if isinstance(v, (Mean, Money)):
        return float(v.value) if v.value is not None else "–"
    return format_value(v, lang)  # type: ignore[arg-type]


def build_workbook(table: ReportTable) -> Workbook:
    """One sheet; a table of several (``ReportTable.parts``) gets a sheet per table, named
    after its heading (a site's name), the table of all of them last."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    _properties(wb, table)
    if not table.parts:
        ws.title = sheet_name(table.title)
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
        cell.alignment = Alignment(
            horizontal="center" if cell.column > 1 else "left", wrap_text=True, vertical="bottom"
        )
    lead = 1 if table.key_header else 0
    for sec, row in table.rows():
        cells: list[object] = [sec.key or ""] if lead else []
        cells.append(row.label)
        cells += [_cell_value(v, table.lang) for v in row.values]
        ws.append(cells)
        r = ws.max_row
        for cell, v in zip(ws[r][lead + 1 :], row.values, strict=False):
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
            elif not isinstance(cell.value, str):
                fmt = _number_format(v)
                if fmt:
                    cell.number_format = fmt
        if row.kind is not RowKind.DATA:
            for cell in ws[r]:
                cell.font = _BOLD
                cell.border = _TOP
        if row.highlight:
            for cell in ws[r]:
                cell.fill = PatternFill("solid", fgColor="FDE2E1")
    last_table_row = ws.max_row
    if table.prose() or table.notes:
        ws.append([])
        for line in (*table.prose(), *table.notes):
            ws.append([line])
    _column_widths(ws, header_row, last_table_row, lead)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=lead + 2)
    # Text stays text: a site or category named "=HYPERLINK(…)" is never a live formula.
    for ws_row in ws.iter_rows():
        for cell in ws_row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    _print_setup(ws, table, header_row, lead)


def _column_widths(ws: Worksheet, header_row: int, last_row: int, lead: int) -> None:
    """Widths from the table's own cells (the notes under it run across the columns): the
    row labels as wide as the longest (up to a limit, then wrapped), figures as wide as the
    longest word of their heading or their widest value."""
    for i, col_cells in enumerate(ws.iter_cols(min_row=header_row, max_row=last_row), start=1):
        header, *body = col_cells
        texts = [_shown(c.value) for c in body if c.value is not None]
        if i <= lead + 1:
            widest = max((len(t) for t in [*texts, str(header.value or "")]), default=8)
            width = min(max(widest + 2, 10), _LABEL_WIDTH_MAX)
            if widest + 2 > _LABEL_WIDTH_MAX:
                for c in body:
                    c.alignment = Alignment(wrap_text=True, vertical="top")
        else:
            words = str(header.value or "").split()
            widest = max((len(t) for t in [*texts, *words]), default=6)
            width = min(max(widest + 2, 9), _VALUE_WIDTH_MAX)
        ws.column_dimensions[get_column_letter(i)].width = width


def _shown(value: object) -> str:
    """Roughly what a cell shows, for its width (grouped thousands, ' kr', ' %')."""
    if isinstance(value, float):
        return f"{value:,.0f} kr" if value >= 1000 else f"{value:.1f} %"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _print_setup(ws: Worksheet, table: ReportTable, header_row: int, lead: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wide = len(table.header) >= LANDSCAPE_FROM
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if wide else ws.ORIENTATION_PORTRAIT
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.print_options.horizontalCentered = False
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_title_cols = f"A:{get_column_letter(lead + 1)}"
    ws.oddHeader.left.text = _escape(table.title)
    ws.oddHeader.right.text = _escape(table.subtitle)
    ws.oddFooter.left.text = _escape(table.organisation or "Vägledare")
    page, of = ("Sida", "av") if table.lang == "sv" else ("Page", "of")
    ws.oddFooter.right.text = f"{page} &P {of} &N"
    for part in (ws.oddHeader.left, ws.oddHeader.right, ws.oddFooter.left, ws.oddFooter.right):
        part.size = 9


def _escape(text: str) -> str:
    """Header and footer text: ``&`` starts a code there."""
    return text.replace("&", "&&")


def _properties(wb: Workbook, table: ReportTable) -> None:
    from vagledare import __version__

    props = wb.properties
    props.title = table.title
    props.subject = table.subtitle
    props.creator = table.organisation or "Vägledare"
    props.lastModifiedBy = props.creator
    props.language = "sv-SE" if table.lang == "sv" else "en-GB"
    props.keywords = "Vägledare"
    props.description = f"Vägledare {__version__}"


def write_xlsx(table: ReportTable, path: Path) -> None:
    buf = io.BytesIO()
    build_workbook(table).save(buf)
    atomic_write(path, buf.getvalue())
