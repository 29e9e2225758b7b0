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
    Paragraph,
    Spacer,
)

from vagledare import __version__
from vagledare.journal.terms import Lang
from vagledare.reports.render.pdf import (
    _INK,
    _RULE,
    FONT,
    FONT_BOLD,
    MARGIN,
    footer_canvas,
    page_size_for,
    register_fonts,
    table_flowables,
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


def _chart(chart: PackChart, width: float, max_height: float) -> KeepTogether:
    head = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=_INK)
    note = ParagraphStyle("n", fontName=FONT, fontSize=7.5, leading=9.5, textColor=_RULE)
    px_w, px_h = ImageReader(io.BytesIO(chart.png)).getSize()
    w = width
    h = w * px_h / px_w
    if h > max_height:
        h, w = max_height, max_height * px_w / px_h
    parts: list[Any] = [
        Paragraph(chart.title, head),
        Spacer(1, 1.5 * mm),
        Image(io.BytesIO(chart.png), width=w, height=h),
    ]
    if chart.caption:
        parts += [Spacer(1, 1 * mm), Paragraph(chart.caption, note)]
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
    buf = io.BytesIO()
    portrait, wide = A4, landscape(A4)
    doc = BaseDocTemplate(
        buf,
        pagesize=portrait,
        title=title,
        subject=subtitle,
        author="Vägledare",
        creator=f"Vägledare {__version__}",
        pageTemplates=[_frame(portrait, "portrait"), _frame(wide, "landscape")],
    )
    title_style = ParagraphStyle("t", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=_INK)
    sub_style = ParagraphStyle("s", fontName=FONT, fontSize=10.5, leading=14, textColor=_INK)
    width = portrait[0] - 2 * MARGIN
    story: list[Any] = [
        Paragraph(title, title_style),
        Spacer(1, 1.5 * mm),
        Paragraph(subtitle, sub_style),
        Spacer(1, 7 * mm),
    ]
    story += [_chart(c, width, 105 * mm) for c in charts]
    for table in tables:
        size = page_size_for(table)
        story.append(NextPageTemplate("landscape" if size == wide else "portrait"))
        story.append(PageBreak())
        story += table_flowables(table, size[0] - 2 * MARGIN)
    doc.build(story, canvasmaker=footer_canvas(lang, produced, demo))
    return buf.getvalue()
