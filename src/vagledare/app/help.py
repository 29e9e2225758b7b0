"""Help texts for each screen (Swedish and English) and the one-page quick guide."""

from __future__ import annotations

import io
import re
from importlib import resources

from vagledare.journal.terms import Lang

# Every screen's help, in the order a new user meets them; all fit on the one A4 page.
TOPICS = (
    "first_run",
    "tally",
    "today",
    "reports",
    "cases",
    "groups",
    "progress",
    "dashboard",
    "indicators",
    "lock",
)


def help_html(topic: str, lang: Lang) -> str:
    """The help page for a screen; an unknown topic falls back to the tally screen's."""
    base = resources.files("vagledare") / "resources" / "help"
    for candidate in ((lang, topic), ("sv", topic), (lang, "tally")):
        f = base / candidate[0] / f"{candidate[1]}.html"
        if f.is_file():
            return f.read_text(encoding="utf-8")
    return ""


def quick_guide_pdf(lang: Lang, topics: tuple[str, ...] = TOPICS) -> bytes:
    """A one-page A4 quick guide for the desk, from the same help texts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BalancedColumns, SimpleDocTemplate, Spacer

    from vagledare.reports.render.tagging import FONT, FONT_BOLD, Paragraph, build, register_fonts

    register_fonts()
    title = "Vägledare – snabbguide" if lang == "sv" else "Vägledare – quick guide"
    h1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=6)
    body = ParagraphStyle("b", fontName=FONT, fontSize=8.5, leading=10.1)
    bullet = ParagraphStyle("li", parent=body, leftIndent=9, bulletIndent=0, bulletFontName=FONT)
    story = []
    for topic in topics:
        html = help_html(topic, lang)
        for tag, text in re.findall(r"<(h1|p|li)>(.*?)</\1>", html, flags=re.S):
            text = " ".join(text.split())
            if tag == "h1":  # a screen's help is a section of the guide
                story.append(Paragraph(text, h1, role="H2"))
            elif tag == "li":
                story.append(Paragraph(text, bullet, bulletText="•"))
            else:
                story.append(Paragraph(text, body))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
        author="Vägledare",
    )
    head = ParagraphStyle("t", fontName=FONT_BOLD, fontSize=16, leading=20)
    build(
        doc, [Paragraph(title, head, role="H1"), Spacer(1, 3 * mm), BalancedColumns(story, 2)], lang
    )
    return buf.getvalue()
