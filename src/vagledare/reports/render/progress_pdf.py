"""The one-page take-home PDF: a star chart of the seven factors and a small table.

Written in the language of the participant's form, with Swedish beside it in any other
language (the coach reads Swedish, the participant their own): each heading, note and
factor name in the participant's language first, then in Swedish, smaller. The axes carry
the Swedish short names with the participant's own under them. Every text is drawn in the
bundled font of its script (``fonts.py``); Arabic and Dari are joined, ordered right to left
and right-aligned. A font that cannot be read stops the card with a Swedish message
(``fonts.FontProblem``), never with boxes instead of letters.
"""

from __future__ import annotations

import io
import math
import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle

from vagledare import __version__
from vagledare.journal.factor_texts import FactorText, Language, load_language
from vagledare.journal.progress import Progress
from vagledare.reports.render import fonts
from vagledare.reports.render.pdf import INK, MUTED
from vagledare.reports.render.tagging import (
    FONT,
    FONT_BOLD,
    Figure,
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
    # Swedish beside the participant's language: smaller, muted.
    sv_title = ParagraphStyle("st", fontName=FONT, fontSize=11, leading=14, textColor=MUTED)
    sv_cell = ParagraphStyle("sc", fontName=FONT, fontSize=8, leading=10, textColor=MUTED)
    sv_small = ParagraphStyle(
        "ss", fontName=FONT, fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=2.5
    )
    # the readings' columns: centred
    cell_c = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    head_c = ParagraphStyle("hc", parent=head, alignment=TA_CENTER)
    sv_cell_c = ParagraphStyle("scc", parent=sv_cell, alignment=TA_CENTER)


# A pack's code where babel (CLDR) knows the language by another name: Dari is Afghan Persian.
BABEL_LOCALES = {"prs": "fa_AF"}


def format_day(d: date, lang: str) -> str:
    from babel.core import UnknownLocaleError
    from babel.dates import format_date

    try:
        return str(format_date(d, "d MMMM y", locale=BABEL_LOCALES.get(lang, lang)))
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
    sc.labels = None  # drawn below: a label's lines may be in two scripts
    sc.spokes.strokeColor = _GRID
    sc.strands.fillColor = None
    sc.strands[0].strokeColor = _GRID
    sc.strands[0].strokeWidth = 0.8
    for i in range(1, len(rings) + 1):
        sc.strands[i].strokeColor = _GRID
        sc.strands[i].strokeWidth = 0.5
    d.add(sc)
    cx, cy, radius = sc.x + size / 2, sc.y + size / 2, size / 2
    d.add(_spoke_labels(labels, cx, cy, radius * 1.12))

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
                fontName=fonts.latin_font(),
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    return d


def text_strings(
    text: str, x: float, y: float, size: float, anchor: str = "start", color: Any = INK
) -> Group:
    """One line of plain text as drawing strings: each run in its script's font, Arabic
    script shaped and in display order; ``anchor`` start, middle or end as for a String."""
    shown, primary = fonts.display(text)
    pieces = fonts.runs(shown, primary)
    total = sum(fonts.pdfmetrics.stringWidth(t, f, size) for f, t in pieces)
    at = x - {"start": 0.0, "middle": total / 2, "end": total}[anchor]
    g = Group()
    for font, t in pieces:
        g.add(String(at, y, t, fontName=font, fontSize=size, fillColor=color))
        at += fonts.pdfmetrics.stringWidth(t, font, size)
    return g


def _spoke_labels(labels: Sequence[str], cx: float, cy: float, r: float) -> Group:
    """Each spoke's label (lines split at "\\n") just outside the chart, clear of it:
    to the right of a spoke on the right, above the top one, below the bottom ones."""
    g = Group()
    size, leading = 9.0, 11.0
    n = len(labels)
    for i, label in enumerate(labels):
        angle = math.pi / 2 - 2 * math.pi * i / n
        c, s = math.cos(angle), math.sin(angle)
        x, y = cx + c * r, cy + s * r
        lines = label.split("\n")
        height = len(lines) * leading
        anchor = "start" if c > 0.2 else "end" if c < -0.2 else "middle"
        if s > 0.5:
            first = y + height - size
        elif s < -0.5:
            first = y - size
        else:
            first = y + height / 2 - size
        for k, line in enumerate(lines):
            g.add(text_strings(line, x, first - k * leading, size, anchor))
    return g


def _legend(items: Sequence[tuple[str, Any, Any]], width: float) -> Drawing:
    """Two readings a row; a label's second line (after "\\n", the Swedish) smaller, muted."""
    lines = max((x[0].count("\n") + 1 for x in items), default=1)
    row = (5 + 3.5 * lines) * mm
    d = Drawing(width, row * ((len(items) + 1) // 2))
    for i, (label, color, dash) in enumerate(items):
        x = (i % 2) * width / 2
        y = d.height - (i // 2) * row - 5 * mm
        d.add(
            Line(
                x, y + 3, x + 12 * mm, y + 3, strokeColor=color, strokeWidth=2, strokeDashArray=dash
            )
        )
        own, _, swedish = label.partition("\n")
        d.add(text_strings(own, x + 15 * mm, y, 9))
        if swedish:
            d.add(text_strings(swedish, x + 15 * mm, y - 3.5 * mm, 7.5, color=MUTED))
    return d


def _label(swedish: str, own: str, star: str) -> str:
    """A spoke's label: the Swedish short name, then the participant's own in brackets."""
    text = _wrap(swedish) + star
    if own != swedish:
        lines = _wrap(own, 18).split("\n")
        text += "\n(" + "\n".join(lines) + ")"
    return text


def build_progress_pdf(
    progress: Progress,
    language: Language,
    texts: Sequence[FactorText],
    chosen: Sequence[uuid.UUID] = (),
    produced: date | None = None,
    demo: bool = False,
) -> bytes:
    """One A4 page for the participant to take home (from the demo journal: says so).
    ``fonts.FontProblem`` (an OSError, in Swedish) when a font its texts need is unreadable."""
    register_fonts()
    produced = produced or date.today()
    code = language.code
    t = language.pdf_text
    swedish = load_language("sv") if code != "sv" else None
    sv = swedish.pdf_text if swedish is not None else None

    def para(text: str, style: ParagraphStyle, bold: bool = False, role: str | None = None) -> Any:
        return fonts.paragraph(text, style, code, bold=bold, role=role)

    def both(
        key: str,
        style: ParagraphStyle,
        sv_style: ParagraphStyle,
        role: str | None = None,
        **kw: Any,
    ) -> list[Any]:
        """The participant's words, then the Swedish (when they differ)."""
        own = t(key, **kw)
        out = [para(own, style, bold=style.fontName == FONT_BOLD, role=role)]
        if sv is not None and (theirs := sv(key, **kw)) and theirs != own:
            out.append(fonts.paragraph(theirs, sv_style, "sv"))
        return out

    shown = progress.shown(chosen)
    first, latest = progress.first, progress.latest
    styles: list[tuple[Any, float, Any]] = []
    legend: list[tuple[str, Any, Any]] = []
    extra = iter(_CHOSEN)
    style: tuple[Any, float, Any]

    def word(key: str, day: date) -> str:
        """The reading's name and day; in another language, the Swedish on a second line."""
        own = f"{t(key)}: {format_day(day, code)}"
        if sv is None or sv(key) == t(key):
            return own
        return f"{own}\n{sv(key)}: {format_day(day, 'sv')}"

    for r in shown:
        if r is first:
            style = (_FIRST, 1.4, (3, 2))
            legend.append((word("first", r.taken_on), _FIRST, (3, 2)))
        elif r is latest:
            style = (_LATEST, 2.2, None)
            legend.append((word("latest", r.taken_on), _LATEST, None))
        else:
            color = next(extra)
            style = (color, 1.4, (1, 1.5))
            legend.append((word("reading", r.taken_on), color, (1, 1.5)))
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
    for sv_text in progress.factor_set.texts:
        own = by_pos.get(sv_text.position, sv_text).short_name
        star = " *" if sv_text.position in coach_rated else ""
        labels.append(_label(sv_text.short_name, own, star))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=14 * mm,
        bottomMargin=12 * mm,
        title=f"{t('title')} – {progress.code}",
        author="Vägledare",
        creator=f"Vägledare {__version__}",
    )
    width = A4[0] - 36 * mm
    who_key = (
        "answered_by_coach" if progress.respondent.value == "coach" else "answered_by_participant"
    )
    story: list[Any] = [*both("title", Styles.title, Styles.sv_title, role="H1")]
    story.append(Spacer(1, 2 * mm))
    story.append(para(f"{t('participant')}: {progress.code} · {t(who_key)}", Styles.body))
    if sv is not None and sv(who_key) != t(who_key):
        said_sv = f"{sv('participant')}: {progress.code} · {sv(who_key)}"
        story.append(fonts.paragraph(said_sv, Styles.sv_cell, "sv"))
    story.append(Spacer(1, 2 * mm))
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
            said.append(f"{label.partition(chr(10))[0]}: {', '.join(figures)}.")
        chart = (100 if sv is None else 92) * mm
        star = star_drawing(progress, shown, styles, width, chart, labels)
        story.append(Figure(star, f"{t('title')}. {' '.join(said)}"))
        said_legend = "; ".join(x[0].replace("\n", ", ") for x in legend)
        story.append(Figure(_legend(legend, width), said_legend))
    story.append(Spacer(1, 3 * mm))

    def heading(key: str, day: date | None = None, centre: bool = True) -> list[Any]:
        """A column's heading: the participant's words, the day on a line of its own, then
        the Swedish."""
        head, sv_cell = (
            (Styles.head_c, Styles.sv_cell_c) if centre else (Styles.head, Styles.sv_cell)
        )
        out = [para(t(key), head, bold=True)]
        if day is not None:
            out.append(para(format_day(day, code), head, bold=True))
        if sv is not None and sv(key) != t(key):
            out.append(fonts.paragraph(sv(key), sv_cell, "sv"))
        return out

    cols = [r for r in (first, latest) if r is not None]
    header: list[Any] = [heading("factor", centre=False)]
    header += [heading("first" if r is first else "latest", r.taken_on) for r in cols]
    if latest is not None:
        header.append(heading("change"))
    declined = [para(t("declined"), Styles.cell_c)]
    if sv is not None and sv("declined") != t("declined"):
        declined.append(fonts.paragraph(sv("declined"), Styles.sv_cell_c, "sv"))
    rows: list[list[Any]] = [header]
    for f, sv_text in zip(progress.factor_set.factors, progress.factor_set.texts, strict=True):
        own_text = by_pos.get(f.position, sv_text)
        name: list[Any] = [para(own_text.name, Styles.cell)]
        if code != "sv" and own_text.name != sv_text.name:
            name.append(fonts.paragraph(sv_text.name, Styles.sv_cell, "sv"))
        line: list[Any] = [name]
        vals = [progress.values(r).get(f.position) for r in cols]
        line += [str(v) if v is not None else declined for v in vals]
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
                ("FONT", (0, 0), (-1, -1), fonts.latin_font(), 9),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, _GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 if sv is None else 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 if sv is None else 1.5),
            ]
        )
    )
    story.append(grid)
    story.append(Spacer(1, 3 * mm))
    story += both("scale", Styles.small, Styles.sv_small)
    story += both("declined_note", Styles.small, Styles.sv_small)
    for position in coach_rated:
        rated = by_pos.get(position, progress.factor_set.texts[position - 1])
        sv_rated = progress.factor_set.texts[position - 1]
        story.append(para("* " + t("coach_rated", factor=rated.short_name), Styles.small))
        if sv is not None and sv("coach_rated") != t("coach_rated"):
            note = "* " + sv("coach_rated", factor=sv_rated.short_name)
            story.append(fonts.paragraph(note, Styles.sv_small, "sv"))
    if progress.next_due is not None:
        due = progress.next_due
        story.append(para(t("next_due", date=format_day(due, code)), Styles.body))
        if sv is not None and sv("next_due") != t("next_due"):
            note = sv("next_due", date=format_day(due, "sv"))
            story.append(fonts.paragraph(note, Styles.sv_cell, "sv"))
    story.append(Spacer(1, 2 * mm))
    # The colophon is the desk's: in Swedish (or English) whatever the card's language.
    said_in = code if code in ("sv", "en") else "sv"
    stamp = (
        f"{format_day(produced, said_in)} · Vägledare {__version__} · {progress.factor_set.label}"
    )
    if demo:  # made-up data: in Swedish and English, whatever the card's language
        stamp = f"Exempeldata / Sample data · {stamp}"
    story.append(fonts.paragraph(stamp, Styles.small, said_in))
    build(doc, story, code)
    return buf.getvalue()
