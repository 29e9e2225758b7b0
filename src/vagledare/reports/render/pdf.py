"""Printable A4 PDF of a report with reportlab: embedded font, bold totals, page numbers,
tagged for screen readers (``tagging``)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import KeepTogether, PageBreak, SimpleDocTemplate, Spacer, TableStyle

from vagledare import __version__
from vagledare.journal.private_files import atomic_write
from vagledare.journal.terms import Lang, term
from vagledare.reports.fmt import babel_locale, format_value
from vagledare.reports.render.columns import (
    block_ends,
    column_groups,
    column_widths,
    group_names,
    part,
)
from vagledare.reports.render.tagging import (
    FONT,
    FONT_BOLD,
    Paragraph,
    Table,
    TaggedCanvas,
    build,
    register_fonts,
)
from vagledare.reports.table import ReportTable, RowKind

# Text colours reach at least 4.5:1 (WCAG 2.1 AA) on white and on the fills below;
# RULE is for lines only (a test checks every style).
INK = colors.HexColor("#1d2733")  # 15.1:1 on white
MUTED = colors.HexColor("#586472")  # notes and footers: 6.0:1 on white, 4.9:1 on HIGHLIGHT
RULE = colors.HexColor("#8795a5")
SECTION = colors.HexColor("#e8eef4")
HIGHLIGHT = colors.HexColor("#fde2e1")
MARK = "(!)"  # beside a highlighted row's label: never the colour alone


class Styles:
    """The report's paragraph styles."""

    title = ParagraphStyle("t", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=INK)
    sub = ParagraphStyle("s", fontName=FONT, fontSize=10.5, leading=14, textColor=INK)
    note = ParagraphStyle("n", fontName=FONT, fontSize=8, leading=10.5, textColor=MUTED)
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=13, textColor=INK)
    cell = ParagraphStyle("c", fontName=FONT, fontSize=9, leading=11, textColor=INK)
    bold_cell = ParagraphStyle("cb", parent=cell, fontName=FONT_BOLD)
    head_right = ParagraphStyle("hr", parent=bold_cell, alignment=2)


def footer_canvas(
    lang: Lang, produced: date, demo: bool = False, organisation: str = ""
) -> type[TaggedCanvas]:
    from babel.dates import format_date

    stamp = format_date(produced, "d MMMM y", locale=babel_locale(lang))
    mark = f"{term('demo_word', lang).upper()} · " if demo else ""

    class FooterCanvas(TaggedCanvas):
        """Writes 'page N of M' once the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            who = f"{organisation} · " if organisation else ""
            left = f"{mark}{who}{term('produced', lang)} {stamp} · Vägledare {__version__}"
            right = f"{term('page', lang)} {self._pageNumber} {term('of', lang)} {total}"
            with self.tagger.artifact(self, "Pagination"):
                self.drawString(18 * mm, 12 * mm, left)
                self.drawRightString(width - 18 * mm, 12 * mm, right)

    return FooterCanvas


MARGIN = 18 * mm
LABEL_MIN, LABEL_MAX = 40 * mm, 70 * mm  # the row labels' column
KEEP_WITH_HEADING = 2  # a section's heading never ends a page: its first rows go with it


def _label_width(table: ReportTable) -> float:
    """As wide as the longest row label needs (bold, plus padding), within limits (longer
    labels wrap)."""
    longest = max(
        (pdfmetrics.stringWidth(row.label, FONT_BOLD, 9) for _, row in table.rows()), default=0
    )
    return min(LABEL_MAX, max(LABEL_MIN, longest + 10))


def page_size_for(table: ReportTable) -> tuple[float, float]:
    """Portrait when the columns fit it at their narrowest (no heading broken inside a word,
    no figures running together) and there are at most nine; else landscape (wider tables
    then print in column groups, ``columns``)."""
    register_fonts()
    n_cols = len(table.header) - (1 if table.key_header else 0)
    need = LABEL_MIN + sum(column_widths(table, FONT, FONT_BOLD))
    return landscape(A4) if n_cols > 9 or need > A4[0] - 2 * MARGIN else A4


def _grid(table: ReportTable, label_w: float, widths: list[float], compact: bool) -> Table:
    """One grid: the row labels and the given columns of ``table``."""
    lang = table.lang
    n_cols = 1 + len(table.columns)
    pad = 2 if compact else 3
    data: list[list[Any]] = [
        [
            Paragraph(h, Styles.bold_cell if i == 0 else Styles.head_right)
            for i, h in enumerate(table.header[-n_cols:])
        ]
    ]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for sec in table.sections:
        if sec.title:
            data.append([Paragraph(sec.title, Styles.bold_cell)] + [""] * (n_cols - 1))
            r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SECTION)]
            # The heading stays with its first rows (no page ends right under it).
            last = r + min(KEEP_WITH_HEADING, len(sec.rows))
            style += [("NOSPLIT", (0, r), (-1, last))]
        for row in sec.rows:
            cells = [format_value(v, lang, blank_zero=table.blank_zeros) for v in row.values]
            bold = row.kind is not RowKind.DATA
            label = row.label
            if row.kind is RowKind.SUBTOTAL and sec.title:
                label = f"{row.label} {sec.title.lower()}"  # "Totalt kvinnor", as the seed
            if row.highlight:
                label = f"{label} <b>{escape(MARK)}</b>"
            data.append([Paragraph(label, Styles.bold_cell if bold else Styles.cell), *cells])
            r = len(data) - 1
            if bold:
                style += [("FONT", (1, r), (-1, r), FONT_BOLD, 9)]
                style += [("LINEABOVE", (0, r), (-1, r), 0.5, RULE)]
            if row.kind is RowKind.TOTAL:
                style += [("LINEABOVE", (0, r), (-1, r), 1.0, INK)]
            if row.highlight:
                style += [("BACKGROUND", (0, r), (-1, r), HIGHLIGHT)]
    # A table's last rows (its totals) never stand alone at the top of a page.
    if len(data) > 4:
        style += [("NOSPLIT", (0, len(data) - 3), (-1, len(data) - 1))]
    grid = Table(
        data,
        colWidths=[label_w, *widths],
        repeatRows=1,
        header_rows=1,
        row_headers=True,
    )
    grid.setStyle(TableStyle(style))
    return grid


def table_flowables(
    table: ReportTable, avail: float, level: int = 1, *, compact: bool = False
) -> list[Any]:
    """The table's title (a heading of ``level``), subtitle, grid, summary and notes for a
    frame ``avail`` wide: a whole report as one section of a document (``build_pdf``, the
    monthly pack). Columns that do not fit ``avail`` print as column groups on consecutive
    pages, each repeating the row labels and naming what it holds (``columns``); ``compact``
    tightens the rows and spaces (for a table that would otherwise spill a few lines)."""
    register_fonts()
    lang = table.lang
    widths = column_widths(table, FONT, FONT_BOLD)
    label_w = _label_width(table)
    if avail - label_w < sum(widths) <= avail - LABEL_MIN:
        label_w = avail - sum(widths)  # narrower labels (wrapped) save splitting the columns
    groups = column_groups(widths, avail - label_w, block_ends(table))

    legend = list(table.legend)
    if any(row.highlight for _, row in table.rows()):
        legend.append(term("highlight_mark", lang).format(mark=MARK))
    gap = 0.6 if compact else 1.0

    def head(title: str) -> list[Any]:
        return [
            Paragraph(title, Styles.title, role=f"H{level}"),
            Spacer(1, 1.5 * mm),
            Paragraph(table.subtitle, Styles.sub),
            # What <5, .., x and the row mark mean stands on the page of the table, above it.
            *(Paragraph(escape(line), Styles.body) for line in legend),
            Spacer(1, 6 * mm * gap),
        ]

    story: list[Any] = head(table.title)
    for k, cols in enumerate(groups):
        piece = table if len(groups) == 1 else part(table, cols)
        # The group spans the page: its columns share what is left over.
        spare = avail - label_w - sum(widths[i] for i in cols)
        grown = [widths[i] + spare / len(cols) for i in cols]
        if len(groups) > 1:
            if k:
                story.append(PageBreak())
                story += head(term("table_continued", lang).format(title=table.title))
            text = term("column_group", lang).format(
                part=k + 1, parts=len(groups), names=group_names(table, cols)
            )
            story += [Paragraph(escape(text), Styles.body), Spacer(1, 2 * mm)]
        story.append(_grid(piece, label_w, grown, compact))
    after: list[Any] = []
    prose = table.prose()
    if prose:
        after.append(Spacer(1, 6 * mm * gap))
        after += [Paragraph(escape(line), Styles.body) for line in prose]
    if table.notes:
        after.append(Spacer(1, 5 * mm * gap))
        after += [Paragraph(escape(line), Styles.note) for line in table.notes]
    if after:
        story.append(KeepTogether(after))
    return story


def build_pdf(table: ReportTable, produced: date | None = None) -> bytes:
    """The table on A4; a table of several (``ReportTable.parts``) as a section each, every
    section from a new page, all in the orientation the widest needs. A report that would
    spill onto one more page than it needs is set a little tighter (rows and spaces) when that
    saves the page."""
    register_fonts()
    produced = produced or date.today()
    blocks = table.blocks()
    pagesize = max((page_size_for(b) for b in blocks), key=lambda size: size[0])

    def pdf(compact: bool) -> tuple[bytes, int]:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=22 * mm,
            title=table.title,
            subject=table.subtitle,
            author=table.organisation or "Vägledare",
            creator=f"Vägledare {__version__}",
        )
        story: list[Any] = []
        for i, block in enumerate(blocks):
            if i:
                story.append(PageBreak())
            story += table_flowables(block, pagesize[0] - 2 * MARGIN, compact=compact)
        footer = footer_canvas(table.lang, produced, table.demo, table.organisation)
        build(doc, story, table.lang, footer)
        return buf.getvalue(), doc.page

    data, pages = pdf(False)
    if pages > 1:
        tight, fewer = pdf(True)
        if fewer < pages:
            return tight
    return data


def write_pdf(table: ReportTable, path: Path) -> None:
    atomic_write(path, build_pdf(table))
