"""The one-page take-home PDF: a star chart of the seven factors and a small table.

Written in the language of the participant's form; the axes always carry the Swedish factor
names (what the coach and the participant point at together), and in another language the
table gives both names.
"""

from __future__ import annotations

import io
import math
import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle

from vagledare import __version__
from vagledare.journal.factor_texts import FactorText, Language
from vagledare.journal.progress import Progress
from vagledare.reports.render.pdf import INK, MUTED
from vagledare.reports.render.tagging import (
    FONT,
    FONT_BOLD,
    Figure,
    Paragraph,
    Table,
    build,
    register_fonts,
)

_GRID = colors.HexColor("#d5dce3")
_LATEST = colors.HexColor("#1d5f8a")
_FIRST = colors.HexColor("#b0651b")
AREA = colors.Color(0.11, 0.37, 0.54, alpha=0.12)  # under the latest reading (and scale numbers)
_CHOSEN = (colors.HexColor("#5b8c5a"), colors.HexColor("#8a5a9b"), colors.HexColor("#9b8a2e"))


class Styles:
    """The card's paragraph styles."""

    title = ParagraphStyle("t", fontName=FONT_BOLD, fontSize=18, leading=22, textColor=INK)
    body = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=13, textColor=INK)
    small = ParagraphStyle("s", fontName=FONT, fontSize=8.5, leading=11, textColor=MUTED)
    cell = ParagraphStyle("c", fontName=FONT, fontSize=9, leading=11, textColor=INK)
    head = ParagraphStyle("h", parent=cell, fontName=FONT_BOLD)


def format_day(d: date, lang: str) -> str:
    from babel.core import UnknownLocaleError
    from babel.dates import format_date

    try:
        return str(format_date(d, "d MMMM y", locale=lang))
    except (UnknownLocaleError, ValueError):
        return d.isoformat()


def _wrap(label: str, width: int = 16) -> str:
    words, lines, line = label.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return "\n".join(lines)


def star_drawing(
    progress: Progress,
    readings: Sequence[Any],
    styles: Sequence[tuple[Any, float, Any]],
    width: float,
    height: float,
    labels: Sequence[str],
) -> Drawing:
    """The spider chart: grid rings and spokes, then one strand per reading. A factor without
    a value (*Vill inte svara*) is never plotted: the strand breaks there, no dot is drawn."""
    fs = progress.factor_set
    top = fs.scale_max
    n = len(fs.factors)
    rings = [v for v in range(2, top, 2)]
    d = Drawing(width, height)
    sc = SpiderChart()
    size = min(width, height) - 26 * mm
    sc.width = sc.height = size
    sc.x = (width - size) / 2
    sc.y = (height - size) / 2
    sc.data = [[top] * n] + [[v] * n for v in rings]
    sc.labels = list(labels)
    sc.spokes.strokeColor = _GRID
    sc.spokeLabels.fontName = FONT
    sc.spokeLabels.fontSize = 9
    sc.spokeLabels.fillColor = INK
    sc.spokes.labelRadius = 1.12
    sc.strands.fillColor = None
    sc.strands[0].strokeColor = _GRID
    sc.strands[0].strokeWidth = 0.8
    for i in range(1, len(rings) + 1):
        sc.strands[i].strokeColor = _GRID
        sc.strands[i].strokeWidth = 0.5
    d.add(sc)
    cx, cy, radius = sc.x + size / 2, sc.y + size / 2, size / 2

    def point(i: int, value: float) -> tuple[float, float]:
        # As the SpiderChart lays its spokes: the first straight up, then clockwise.
        angle = math.pi / 2 - 2 * math.pi * i / n
        r = radius * value / top
        return cx + math.cos(angle) * r, cy + math.sin(angle) * r

    for k, (reading, (color, stroke_width, dash)) in enumerate(zip(readings, styles, strict=True)):
        vals = progress.values(reading)
        got = [vals.get(f.position) for f in fs.factors]
        points = [None if v is None else point(i, v) for i, v in enumerate(got)]
        if k == len(readings) - 1 and all(p is not None for p in points):
            # The latest reading (drawn last) gets a light area, when it has every value.
            area = [c for p in points if p is not None for c in p]
            d.add(Polygon(area, fillColor=AREA, strokeColor=None, strokeWidth=0))
        for i in range(n):
            a, b = points[i], points[(i + 1) % n]
            if a is not None and b is not None:
                d.add(
                    Line(
                        *a,
                        *b,
                        strokeColor=color,
                        strokeWidth=stroke_width,
                        strokeDashArray=dash,
                    )
                )
        for p in points:
            if p is not None:
                d.add(Circle(*p, 2.2, fillColor=color, strokeColor=color, strokeWidth=0.5))
    # Scale numbers between the first two spokes, where no reading's dot can lie.
    half = math.pi / n
    for v in (*rings, top):
        r = radius * v / top
        angle = math.pi / 2 - half
        d.add(
            String(
                cx + math.cos(angle) * r,
                cy + math.sin(angle) * r - 2.5,
                str(v),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    return d


def _legend(items: Sequence[tuple[str, Any, Any]], width: float) -> Drawing:
    d = Drawing(width, 8 * mm * ((len(items) + 1) // 2))
    for i, (label, color, dash) in enumerate(items):
        x = (i % 2) * width / 2
        y = d.height - (i // 2 + 1) * 7 * mm + 2 * mm
        d.add(
            Line(
                x, y + 3, x + 12 * mm, y + 3, strokeColor=color, strokeWidth=2, strokeDashArray=dash
            )
        )
        d.add(String(x + 15 * mm, y, label, fontName=FONT, fontSize=9, fillColor=INK))
    return d


def build_progress_pdf(
    progress: Progress,
    language: Language,
    texts: Sequence[FactorText],
    chosen: Sequence[uuid.UUID] = (),
    produced: date | None = None,
    demo: bool = False,
) -> bytes:
    """One A4 page for the participant to take home (from the demo journal: says so)."""
    register_fonts()
    produced = produced or date.today()
    code = language.code
    t = language.pdf_text
    shown = progress.shown(chosen)
    first, latest = progress.first, progress.latest
    styles: list[tuple[Any, float, Any]] = []
    legend: list[tuple[str, Any, Any]] = []
    extra = iter(_CHOSEN)
    style: tuple[Any, float, Any]
    for r in shown:
        day = format_day(r.taken_on, code)
        if r is first:
            style = (_FIRST, 1.4, (3, 2))
            legend.append((f"{t('first')}: {day}", _FIRST, (3, 2)))
        elif r is latest:
            style = (_LATEST, 2.2, None)
            legend.append((f"{t('latest')}: {day}", _LATEST, None))
        else:
            color = next(extra)
            style = (color, 1.4, (1, 1.5))
            legend.append((f"{t('reading')}: {day}", color, (1, 1.5)))
        styles.append(style)

    by_pos = {x.position: x for x in texts}
    # On the participant's own card, a factor the coach rates (BIP factor 7) is marked: its
    # value is the coach's, not "your own answer".
    coach_rated = [
        f.position
        for f in progress.factor_set.factors
        if f.coach_only and progress.respondent.value != "coach"
    ]
    labels = []
    for sv in progress.factor_set.texts:
        own = by_pos.get(sv.position, sv).short_name
        star = " *" if sv.position in coach_rated else ""
        labels.append(_wrap(sv.short_name) + star + ("" if own == sv.short_name else f"\n({own})"))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"{t('title')} – {progress.code}",
        author="Vägledare",
        creator=f"Vägledare {__version__}",
    )
    width = A4[0] - 36 * mm
    who = (
        t("answered_by_coach")
        if progress.respondent.value == "coach"
        else t("answered_by_participant")
    )
    story: list[Any] = [
        Paragraph(t("title"), Styles.title, role="H1"),
        Spacer(1, 2 * mm),
        Paragraph(f"{t('participant')}: {progress.code} · {who}", Styles.body),
        Spacer(1, 2 * mm),
    ]
    if shown:
        # In words for the screen reader: each reading's values, factor by factor.
        names = [by_pos.get(sv.position, sv).short_name for sv in progress.factor_set.texts]
        said = []
        for r, (label, _, _) in zip(shown, legend, strict=True):
            given = progress.values(r)
            figures = (
                f"{n} {v if (v := given.get(f.position)) is not None else t('declined')}"
                for n, f in zip(names, progress.factor_set.factors, strict=True)
            )
            said.append(f"{label}: {', '.join(figures)}.")
        star = star_drawing(progress, shown, styles, width, 100 * mm, labels)
        story.append(Figure(star, f"{t('title')}. {' '.join(said)}"))
        story.append(Figure(_legend(legend, width), "; ".join(x[0] for x in legend)))
    story.append(Spacer(1, 3 * mm))

    header = [Paragraph(t("factor"), Styles.head)]
    cols = [r for r in (first, latest) if r is not None]
    header += [
        Paragraph(
            f"{t('first') if r is first else t('latest')}<br/>{format_day(r.taken_on, code)}",
            Styles.head,
        )
        for r in cols
    ]
    if latest is not None:
        header.append(Paragraph(t("change"), Styles.head))
    rows: list[list[Any]] = [header]
    for f, sv_text in zip(progress.factor_set.factors, progress.factor_set.texts, strict=True):
        own_text = by_pos.get(f.position, sv_text)
        name = (
            sv_text.name
            if code == "sv" or own_text.name == sv_text.name
            else f"{own_text.name}<br/><font color='#{MUTED.hexval()[2:]}'>{sv_text.name}</font>"
        )
        line: list[Any] = [Paragraph(name, Styles.cell)]
        vals = [progress.values(r).get(f.position) for r in cols]
        line += [str(v) if v is not None else t("declined") for v in vals]
        if latest is not None:
            a, b = vals
            line.append("–" if a is None or b is None else f"{b - a:+d}" if a != b else "0")
        rows.append(line)
    grid = Table(
        rows,
        colWidths=[width - (len(header) - 1) * 36 * mm] + [36 * mm] * (len(header) - 1),
        header_rows=1,
        row_headers=True,
    )
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, _GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    story.append(grid)
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(t("scale"), Styles.small))
    story.append(Paragraph(t("declined_note"), Styles.small))
    for position in coach_rated:
        rated = by_pos.get(position, progress.factor_set.texts[position - 1])
        story.append(Paragraph("* " + t("coach_rated", factor=rated.short_name), Styles.small))
    if progress.next_due is not None:
        story.append(
            Paragraph(t("next_due", date=format_day(progress.next_due, code)), Styles.body)
        )
    story.append(Spacer(1, 2 * mm))
    stamp = f"{format_day(produced, code)} · Vägledare {__version__} · {progress.factor_set.label}"
    if demo:  # made-up data: in Swedish and English, whatever the card's language
        stamp = f"Exempeldata / Sample data · {stamp}"
    story.append(Paragraph(stamp, Styles.small))
    build(doc, story, code)
    return buf.getvalue()
