"""The register extract (registerutdrag) as a printable A4 PDF, in Swedish."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from vagledare import __version__
from vagledare.journal.private_files import atomic_write
from vagledare.reports.extract_document import Grid, Item, RegisterExtract
from vagledare.reports.render.pdf import INK, MUTED, SECTION, footer_canvas
from vagledare.reports.render.tagging import (
    FONT,
    FONT_BOLD,
    Paragraph,
    Table,
    build,
    register_fonts,
)

_WIDTH = A4[0] - 36 * mm


def _esc(text: str) -> str:
    """Plain text for a Paragraph: markup characters escaped, line breaks kept."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


class _Styles:
    title = ParagraphStyle("t", fontName=FONT_BOLD, fontSize=16, leading=20, textColor=INK)
    part = ParagraphStyle(
        "p", fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=INK, spaceBefore=4
    )
    item = ParagraphStyle("i", fontName=FONT_BOLD, fontSize=10.5, leading=14, textColor=INK)
    grid_title = ParagraphStyle("g", fontName=FONT_BOLD, fontSize=9, leading=12, textColor=INK)
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=13.5, textColor=INK)
    cell = ParagraphStyle("c", fontName=FONT, fontSize=8.5, leading=10.5, textColor=INK)
    head = ParagraphStyle("h", parent=cell, fontName=FONT_BOLD)
    key = ParagraphStyle("k", parent=cell, fontName=FONT_BOLD, textColor=INK)
    note = ParagraphStyle("n", fontName=FONT, fontSize=8.5, leading=11, textColor=MUTED)


def _pairs(fields: tuple[tuple[str, str], ...]) -> Table:
    """Name and value, one pair a row: the names head their rows."""
    data = [[Paragraph(_esc(k), _Styles.key), Paragraph(_esc(v), _Styles.cell)] for k, v in fields]
    t = Table(data, colWidths=[52 * mm, _WIDTH - 52 * mm], row_headers=True)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, SECTION),
            ]
        )
    )
    return t


def _widths(grid: Grid, width: float) -> list[float]:
    """Every column at least as wide as its longest word (headings never break inside a
    word); the room left goes to the columns whose text wants more (notes, comments)."""
    pad = 8

    def words(text: str, font: str) -> float:
        return max((stringWidth(w, font, 8.5) for w in text.split()), default=0)

    least = [
        max([words(h, FONT_BOLD)] + [words(r[i], FONT) for r in grid.rows]) + pad
        for i, h in enumerate(grid.header)
    ]
    want = [
        max([stringWidth(h, FONT_BOLD, 8.5)] + [stringWidth(r[i], FONT, 8.5) for r in grid.rows])
        + pad
        for i, h in enumerate(grid.header)
    ]
    # Short texts (dates, times, names) stay on one line.
    least = [max(x, w) if w <= 45 * mm else x for x, w in zip(least, want, strict=True)]
    if sum(least) >= width:
        return [width * x / sum(least) for x in least]
    if sum(want) <= width:
        out = list(want)
        out[-1] += width - sum(want)
        return out
    room = width - sum(least)
    extra = [w - x for w, x in zip(want, least, strict=True)]
    return [x + room * e / sum(extra) for x, e in zip(least, extra, strict=True)]


def _grid(grid: Grid, level: int, width: float = _WIDTH) -> list[Flowable]:
    """The grid under its title, a heading of ``level``."""
    title = Paragraph(_esc(grid.title), _Styles.grid_title, role=f"H{level}")
    if not grid.rows:
        return [title, Paragraph("Inga.", _Styles.note)]
    data = [[Paragraph(_esc(h), _Styles.head) for h in grid.header]]
    data += [[Paragraph(_esc(v), _Styles.cell) for v in row] for row in grid.rows]
    widths = _widths(grid, width)
    t = Table(data, colWidths=widths, repeatRows=1, header_rows=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, SECTION),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [title, Spacer(1, 1 * mm), t]


def _item(item: Item) -> list[Flowable]:
    head: list[Flowable] = [
        CondPageBreak(30 * mm),
        Paragraph(_esc(item.heading), _Styles.item, role="H3"),
        Spacer(1, 1 * mm),
        _pairs(item.fields),
    ]
    out: list[Flowable] = [KeepTogether(head)]
    for grid in item.children:
        out += [Spacer(1, 2.5 * mm), *_grid(grid, 4)]
    out.append(Spacer(1, 5 * mm))
    return out


def build_extract_pdf(extract: RegisterExtract, demo: bool = False) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    title = f"Registerutdrag – deltagarkod {extract.code}"
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        title=title,
        subject="Registerutdrag enligt dataskyddsförordningen, artikel 15",
        author="Vägledare",
        creator=f"Vägledare {__version__}",
    )
    story: list[Any] = [
        Paragraph(_esc(title), _Styles.title, role="H1"),
        Spacer(1, 3 * mm),
        Paragraph(_esc(extract.intro), _Styles.body),
        Spacer(1, 3 * mm),
    ]
    if extract.staff:
        story += [_pairs(extract.staff), Spacer(1, 3 * mm)]
    if extract.notice:
        story += [
            Paragraph("Om behandlingen av uppgifterna", _Styles.part, role="H2"),
            Spacer(1, 1.5 * mm),
            _pairs(extract.notice),
            Spacer(1, 3 * mm),
        ]
    story += [
        Spacer(1, 3 * mm),
        Paragraph("Deltagarregistret", _Styles.part, role="H2"),
        Spacer(1, 1.5 * mm),
        _pairs(extract.register),
        Spacer(1, 6 * mm),
    ]
    for part in extract.parts:
        story += [CondPageBreak(40 * mm), Paragraph(_esc(part.title), _Styles.part, role="H2")]
        story.append(Spacer(1, 2 * mm))
        if not part.items:
            story += [Paragraph("Inga.", _Styles.note), Spacer(1, 5 * mm)]
        for item in part.items:
            story += _item(item)
    story += [
        CondPageBreak(40 * mm),
        Paragraph("Loggen", _Styles.part, role="H2"),
        Spacer(1, 1 * mm),
    ]
    story.append(
        Paragraph(
            "Journalen loggar vem som registrerar, ändrar, tar bort och lämnar ut uppgifter. "
            "Fritext (anteckningar, kommentarer) loggas bara som ”(text)” och deltagarkoder "
            "som ”(kod)”.",
            _Styles.note,
        )
    )
    story += [Spacer(1, 2 * mm), *_grid(extract.log, 3)]
    build(doc, story, "sv", footer_canvas("sv", extract.produced.date(), demo))
    return buf.getvalue()


def write_extract_pdf(extract: RegisterExtract, path: Path, demo: bool = False) -> None:
    """The file is readable by its owner only: it holds a person's data."""
    atomic_write(path, build_extract_pdf(extract, demo))
