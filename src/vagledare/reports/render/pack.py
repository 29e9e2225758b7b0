"""The monthly pack (Månadspaket): one PDF with the overview's charts, then every report of
the month, each on its own pages (portrait or landscape as the report needs)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from vagledare import __version__
from vagledare.journal.terms import Lang
from vagledare.reports.render.pdf import (
    INK,
    MARGIN,
    MUTED,
    footer_canvas,
    page_size_for,
    table_flowables,
)
from vagledare.reports.render.tagging import (
    FONT,
    FONT_BOLD,
    Figure,
    Paragraph,
    build,
    register_fonts,
)
from vagledare.reports.table import ReportTable

BOTTOM = 22 * mm


@dataclass(frozen=True)
class PackChart:
    title: str
    png: bytes
    caption: str = ""  # the figures in words (what the screen reader hears on screen)


def _frame(size: tuple[float, float], name: str) -> PageTemplate:
    frame = Frame(
        MARGIN,
        BOTTOM,
        size[0] - 2 * MARGIN,
        size[1] - MARGIN - BOTTOM,
        id=f"{name}-frame",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return PageTemplate(id=name, frames=[frame], pagesize=size)


class Styles:
    """The pack's own paragraph styles (its reports use ``pdf.Styles``)."""

    title = ParagraphStyle("t", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=INK)
    sub = ParagraphStyle("s", fontName=FONT, fontSize=10.5, leading=14, textColor=INK)
    head = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=INK)
    note = ParagraphStyle("n", fontName=FONT, fontSize=7.5, leading=9.5, textColor=MUTED)


def _chart(chart: PackChart, width: float, max_height: float) -> KeepTogether:
    px_w, px_h = ImageReader(io.BytesIO(chart.png)).getSize()
    w = width
    h = w * px_h / px_w
    if h > max_height:
        h, w = max_height, max_height * px_w / px_h
    # The screen reader hears the figures in words, as on screen: the caption is the
    # figure's text alternative (and its Caption, which the alternative stands for).
    figure = Figure(Image(io.BytesIO(chart.png), width=w, height=h), chart.caption or chart.title)
    parts: list[Any] = [Paragraph(chart.title, Styles.head, role="H2"), Spacer(1, 1.5 * mm), figure]
    if chart.caption:
        caption = Paragraph(chart.caption, Styles.note, role="Caption", within=figure)
        parts += [Spacer(1, 1 * mm), caption]
    parts.append(Spacer(1, 6 * mm))
    return KeepTogether(parts)


def build_pack_pdf(
    title: str,
    subtitle: str,
    charts: Sequence[PackChart],
    tables: Sequence[ReportTable],
    lang: Lang,
    *,
    demo: bool = False,
    produced: date | None = None,
) -> bytes:
    register_fonts()
    produced = produced or date.today()
    organisation = next((t.organisation for t in tables if t.organisation), "")
    buf = io.BytesIO()
    portrait, wide = A4, landscape(A4)
    doc = BaseDocTemplate(
        buf,
        pagesize=portrait,
        title=title,
        subject=subtitle,
        author=organisation or "Vägledare",
        creator=f"Vägledare {__version__}",
        pageTemplates=[_frame(portrait, "portrait"), _frame(wide, "landscape")],
    )
    width = portrait[0] - 2 * MARGIN
    story: list[Any] = [
        Paragraph(title, Styles.title, role="H1"),
        Spacer(1, 1.5 * mm),
        Paragraph(subtitle, Styles.sub),
        Spacer(1, 7 * mm),
    ]
    story += [_chart(c, width, 105 * mm) for c in charts]
    for table in tables:
        size = page_size_for(table)
        story.append(NextPageTemplate("landscape" if size == wide else "portrait"))
        story.append(PageBreak())
        story += table_flowables(table, size[0] - 2 * MARGIN, level=2)
    build(doc, story, lang, footer_canvas(lang, produced, demo, organisation))
    return buf.getvalue()
