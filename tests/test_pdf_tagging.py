"""Every PDF the program writes is tagged (structure tree, marked content, language, title,
embedded fonts) and its text reaches WCAG 2.1 AA contrast; highlighted rows carry a mark,
not only a colour. The tagging is read back with pypdf (``pdf_tags``)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import DEMO_NOW
from pdf_tags import check_tagged
from pdf_text import pdf_text
from reportlab import platypus
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from sqlalchemy import select

from vagledare.app.demo import DemoSummary
from vagledare.app.help import quick_guide_pdf
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.factor_texts import load_language, translated_factors
from vagledare.journal.models import Participant, Role
from vagledare.journal.progress import participant_progress
from vagledare.journal.staff import StaffInfo, list_staff
from vagledare.reports import door
from vagledare.reports.catalog import REPORTS
from vagledare.reports.register_extract import build_extract
from vagledare.reports.render import extract_pdf, pack, pdf, progress_pdf, tagging
from vagledare.reports.render.csv import csv_text
from vagledare.reports.table import ReportTable

LANGS = {"sv": "sv-SE", "en": "en-GB"}
# What text sits on: the page, a section heading row, a highlighted row, the star chart's area.
BACKGROUNDS = {
    "white": (1.0, 1.0, 1.0),
    "section": pdf.SECTION.rgb(),
    "highlight": pdf.HIGHLIGHT.rgb(),
    "star area": tuple(1 - progress_pdf.AREA.alpha * (1 - c) for c in progress_pdf.AREA.rgb()),
}


def _luminance(rgb: tuple[float, float, float]) -> float:
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """The WCAG 2.1 contrast ratio of two sRGB colours (components 0–1)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def assert_legible(colours: set[tuple[float, float, float]]) -> None:
    for colour in colours:
        for where, bg in BACKGROUNDS.items():
            ratio = contrast(colour, bg)
            assert ratio >= 4.5, f"text {colour} on {where}: {ratio:.2f}:1"


@pytest.fixture(scope="module")
def demo(
    demo_template: tuple[Path, DemoSummary], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Journal, DemoSummary]]:
    path = shutil.copy(demo_template[0], tmp_path_factory.mktemp("demo") / "demo.sqlite")
    j = open_journal(path)
    yield j, demo_template[1]
    j.close()


def _report(s, spec, summary: DemoSummary, lang: str) -> ReportTable:  # noqa: ANN001
    options = {o.key: o.default for o in spec.options}
    if spec.key == "resources":
        options |= {
            "fte_referred": Decimal("3"),
            "fte_citizen_service": Decimal("2"),
            "cost_per_fte": Decimal("396000"),
        }
    request = door.Request(spec.key, summary.period, None, lang, options)
    return door.build(s, request, today=summary.period.end).table


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("spec", REPORTS, ids=[r.key for r in REPORTS])
def test_every_report_pdf_is_tagged_with_its_language_and_a_table_structure(
    demo: tuple[Journal, DemoSummary],
    spec,
    lang: str,  # noqa: ANN001
) -> None:
    journal, summary = demo
    with journal.session(readonly=True) as s:
        table = _report(s, spec, summary, lang)
    tags = check_tagged(pdf.build_pdf(table, produced=date(2024, 6, 14)), LANGS[lang])
    assert tags.title == table.title
    assert tags.headings[0] == ("H1", " ".join(table.title.split()))
    assert tags.roles["Table"] == 1
    # A heading cell per column, and every row's label heads its row.
    assert tags.scopes["Column"] == len(table.header) - (1 if table.key_header else 0)
    titled = sum(1 for sec in table.sections if sec.title)
    assert tags.scopes["Row"] == len(table.rows()) + titled
    assert tags.roles["TR"] == 1 + len(table.rows()) + titled
    assert tags.artifact_ops > 0  # the rules and the footer
    assert_legible(tags.text_colours)


def test_the_monthly_pack_is_tagged_with_the_charts_as_figures_in_words(
    qtbot,  # noqa: ANN001
    demo: tuple[Journal, DemoSummary],
) -> None:
    from vagledare.gui.overview.dashboard_page import DashboardPage

    journal, _ = demo
    with journal.session(readonly=True) as s:
        lead = next(x for x in list_staff(s) if x.role in (Role.TEAM_LEAD, Role.ADMIN))
    page = DashboardPage(
        journal, "sv", StaffInfo(lead.id, lead.name, Role.TEAM_LEAD), today=DEMO_NOW.date
    )
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    tags = check_tagged(page.build_pack(), "sv-SE")
    assert tags.headings[0][0] == "H1" and tags.headings[0][1].startswith("Sample data: Monthly")
    # Each chart: a heading, then a Figure whose text alternative is its figures in words.
    assert tags.roles["Figure"] >= 3 and len(tags.alts) == tags.roles["Figure"]
    assert all(len(alt) > 30 for alt in tags.alts)
    assert tags.roles["Caption"] == tags.roles["Figure"]
    assert tags.roles["Table"] == len(REPORTS)
    assert [h for h, _ in tags.headings].count("H2") == len(REPORTS) + tags.roles["Figure"]
    assert_legible(tags.text_colours)


def _participant_with_readings(s) -> Participant:  # noqa: ANN001
    for p in s.scalars(select(Participant).order_by(Participant.code)):
        if len(participant_progress(s, p.id).readings) >= 2:
            return p
    raise AssertionError("the demo has no participant with two readings")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_progression_card_is_tagged_with_the_star_chart_in_words(
    demo: tuple[Journal, DemoSummary], lang: str
) -> None:
    journal, _ = demo
    with journal.session(readonly=True) as s:
        p = _participant_with_readings(s)
        progress = participant_progress(s, p.id)
    language = load_language(lang)
    texts = translated_factors(progress.factor_set.key, lang, progress.factor_set.texts)
    assert language is not None and texts is not None
    data = progress_pdf.build_progress_pdf(progress, language, texts, demo=True)
    tags = check_tagged(data, LANGS[lang])
    assert tags.headings == [("H1", language.pdf_text("title"))]
    star, legend = tags.alts
    first = progress.values(progress.first)
    factor = progress.factor_set.factors[0]
    name = next(x.short_name for x in texts if x.position == factor.position)
    shown = first.get(factor.position)
    said = str(shown) if shown is not None else language.pdf_text("declined")
    assert star.startswith(language.pdf_text("title") + ". " + language.pdf_text("first"))
    assert f"{name} {said}" in star
    assert language.pdf_text("latest") in legend
    # Factor names head their rows; the readings head the columns.
    assert tags.scopes["Row"] == len(progress.factor_set.factors)
    assert tags.scopes["Column"] == 4
    assert_legible(tags.text_colours)


def test_the_register_extract_is_tagged_in_swedish_with_nested_headings(
    demo: tuple[Journal, DemoSummary],
) -> None:
    journal, _ = demo
    with journal.session(readonly=True) as s:
        code = _participant_with_readings(s).code
        extract = build_extract(s, code)
    tags = check_tagged(extract_pdf.build_extract_pdf(extract, demo=True), "sv-SE")
    levels = [h for h, _ in tags.headings]
    assert levels[0] == "H1" and {"H2", "H3"} <= set(levels)
    assert ("H2", "Deltagarregistret") in tags.headings
    assert ("H2", "Loggen") in tags.headings
    # The name/value pairs: names head their rows; the grids: headings head their columns.
    assert tags.scopes["Row"] >= len(extract.register) and tags.scopes["Column"] > 0
    assert_legible(tags.text_colours)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_quick_guide_is_tagged_with_headings_and_lists(lang: str) -> None:
    tags = check_tagged(quick_guide_pdf(lang), LANGS[lang])
    assert tags.headings[0][0] == "H1" and tags.headings[1][0] == "H2"
    assert tags.roles["L"] >= 1 and tags.roles["LI"] == tags.roles["LBody"] >= 3


def _long_document(canvasmaker: type = tagging.TaggedCanvas) -> bytes:
    """Two pages: a paragraph and a table (its heading repeated) continued on page 2."""
    tagging.register_fonts()
    style = ParagraphStyle("b", fontName=tagging.FONT, fontSize=10, leading=12)
    words = " ".join(f"ord{i}" for i in range(1200))
    rows = [["Namn", "Antal"], *([f"rad {i}", str(i)] for i in range(60))]
    table = tagging.Table(rows, repeatRows=1, header_rows=1, row_headers=True)
    table.setStyle([("LINEBELOW", (0, 0), (-1, 0), 1, pdf.INK)])
    buf = io.BytesIO()
    doc = platypus.SimpleDocTemplate(buf, title="Prov")
    tagging.build(doc, [tagging.Paragraph(words, style), table], "sv", canvasmaker)
    return buf.getvalue()


def test_a_split_paragraph_and_table_stay_one_element_and_repeated_headings_are_artifacts(
    tmp_path: Path,
) -> None:
    out = tmp_path / "long.pdf"
    out.write_bytes(_long_document())
    tags = check_tagged(out.read_bytes(), "sv-SE")
    assert tags.roles == {"Document": 1, "P": 1, "Table": 1, "TR": 61, "TH": 62, "TD": 60}
    assert tags.scopes == {"Column": 2, "Row": 60}
    assert pdf_text(out).count("Namn") >= 2  # printed again on the next page, read once


def test_an_untagged_pdf_fails_the_check() -> None:
    with pytest.raises(AssertionError, match="outside marked content"):
        check_tagged(_long_document(canvasmaker=_Untagged), "sv-SE")


class _Untagged(tagging.TaggedCanvas):
    """Draws a rule outside any marked content."""

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self.line(10, 10, 100, 10)
        super().showPage()


def test_every_text_style_reaches_aa_contrast_on_every_background() -> None:
    found: list[tuple[str, Color]] = [("pdf.INK", pdf.INK), ("pdf.MUTED (footer)", pdf.MUTED)]
    for module in (pdf, pack, progress_pdf, extract_pdf):
        holders = [vars(module), *(vars(v) for v in vars(module).values() if isinstance(v, type))]
        for holder in holders:
            for name, value in holder.items():
                if isinstance(value, ParagraphStyle):
                    found.append((f"{module.__name__}.{name}", value.textColor))
    assert len(found) > 15
    for name, colour in found:
        for where, bg in BACKGROUNDS.items():
            ratio = contrast(colour.rgb(), bg)
            assert ratio >= 4.5, f"{name} on {where}: {ratio:.2f}:1"
    assert contrast(pdf.RULE.rgb(), BACKGROUNDS["white"]) < 4.5  # RULE is for lines only


@pytest.mark.parametrize("key", ["narvaro", "bip-rounds"])
def test_highlighted_rows_carry_a_mark_explained_above_the_table(
    demo: tuple[Journal, DemoSummary], key: str, tmp_path: Path
) -> None:
    journal, summary = demo
    spec = next(r for r in REPORTS if r.key == key)
    with journal.session(readonly=True) as s:
        table = _report(s, spec, summary, "sv")
    marked = [row.label for _, row in table.rows() if row.highlight]
    assert marked and len(marked) < len(table.rows())
    out = tmp_path / "r.pdf"
    out.write_bytes(pdf.build_pdf(table))
    text = " ".join(pdf_text(out).split())
    legend = "Rader markerade med (!) och rosa bakgrund förklaras under tabellen."
    assert text.index(legend) < text.index(table.label_header)  # above the table
    assert text.count("(!)") == 1 + len(marked)
    for label in set(marked):
        assert text.count(f"{label} (!)") == marked.count(label), label
    assert "(!)" not in csv_text(table)  # the CSV contract is not this change's


def test_figures_need_words() -> None:
    with pytest.raises(ValueError, match="text alternative"):
        tagging.Figure(platypus.Spacer(1, 1), " ")
