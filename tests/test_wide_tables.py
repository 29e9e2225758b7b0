"""A city-wide year on paper (#21): with 12 and 25 sites every report's PDF stays legible —
every site's name whole in a column heading, no text drawn over other text."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from pdf_layout import overlapping_chars, page_layout
from test_publishing import (
    random_activities_and_visits,
    random_groups_and_readings,
    random_journal,
)

from vagledare.journal.db import Journal
from vagledare.journal.models import Site
from vagledare.reports import door
from vagledare.reports.catalog import REPORTS
from vagledare.reports.periods import full_year
from vagledare.reports.render.pdf import build_pdf

YEAR = full_year(2024)
# Real place names of Eskilstuna, long and short, with å, ä, ö.
NAMES = (
    "Fröslunda",
    "Årby",
    "City",
    "Skiftinge",
    "Råbergstorp",
    "Lagersberg",
    "Nyfors",
    "Djursta",
    "Torshälla",
    "Hällby",
    "Kjula",
    "Stenkvista",
    "Ärla",
    "Hållsta",
    "Gredby",
    "Brottsta",
    "Mesta",
    "Tuna",
    "Snopptorp",
    "Kvicksund",
    "Skogsängen",
    "Munktellstaden",
    "Vilsta",
    "Slagsta",
    "Borsökna",
)
OPTIONS = {
    "resources": {
        "fte_citizen_service": Decimal(2),
        "fte_referred": Decimal(3),
        "cost_per_fte": Decimal(396000),
    }
}


@pytest.fixture(scope="module", params=[12, 25])
def city(request, tmp_path_factory) -> tuple[Journal, list[str]]:  # noqa: ANN001
    from vagledare.journal.db import open_journal

    n = request.param
    j = open_journal(str(tmp_path_factory.mktemp(f"city{n}") / "city.sqlite"))
    made = random_journal(j, n, seed=n)
    random_groups_and_readings(j, made, seed=n)
    random_activities_and_visits(j, made, seed=n)
    with j.session() as s:
        for site, name in zip(made, NAMES, strict=False):
            s.get(Site, site.id).name = name
    yield j, list(NAMES[:n])
    j.close()


def _words(lines: list) -> str:
    return " ".join(" ".join(x.text for x in lines).split())


@pytest.mark.parametrize("spec", REPORTS, ids=[r.key for r in REPORTS])
def test_a_city_year_of_every_report_reads_on_paper(city, spec) -> None:  # noqa: ANN001
    journal, names = city
    options = {o.key: o.default for o in spec.options} | OPTIONS.get(spec.key, {})
    with journal.session(readonly=True) as s:
        table = door.build(s, door.Request(spec.key, YEAR, None, "sv", options)).table
    pages = page_layout(build_pdf(table))
    for number, (_lines, chars) in enumerate(pages, start=1):
        clashes = overlapping_chars(chars)
        assert not clashes, (spec.key, number, [(a.text, b.text) for a, b in clashes[:10]])
    # Every site that heads a column is named whole in some line of the PDF's text.
    text_lines = [x.text for lines, _ in pages for x in lines]
    for name in names:
        if any(h.split()[0] == name for h in table.columns if h.split()):
            whole = re.compile(rf"(^|\s){re.escape(name)}(\s|$)")
            assert any(whole.search(line) for line in text_lines), (spec.key, name)


def test_the_demo_years_avslut_keeps_its_notes_on_its_one_page_and_names_the_publisher(
    demo_path, demo_template
) -> None:  # noqa: ANN001
    from pdf_text import pdf_info, pdf_text
    from pypdf import PdfReader

    from vagledare.journal import journal_settings
    from vagledare.journal.db import open_journal

    summary = demo_template[1]
    j = open_journal(str(demo_path))
    try:
        with j.session() as s:
            journal_settings.set_organisation(s, "Eskilstuna kommun", "Mötesplats Årby")
        with j.session(readonly=True) as s:
            table = door.build(s, door.Request("avslut", summary.period)).table
    finally:
        j.close()
    data = build_pdf(table)
    out = demo_path.with_suffix(".pdf")
    out.write_bytes(data)
    assert pdf_info(out)["pages"] == 1  # the notes no longer spill onto a page of their own
    words = " ".join(pdf_text(out).split())
    assert table.notes[-1].split()[0] in words
    assert "Eskilstuna kommun, Mötesplats Årby · Framtagen" in words
    assert PdfReader(out).metadata.author == "Eskilstuna kommun, Mötesplats Årby"


def test_a_section_heading_never_ends_a_page(city) -> None:  # noqa: ANN001
    """Narvaro has a heading per group: each one stands above at least its first rows."""
    journal, _ = city
    with journal.session(readonly=True) as s:
        table = door.build(s, door.Request("narvaro", YEAR)).table
    titles = {sec.title for sec in table.sections if sec.title}
    pages = page_layout(build_pdf(table))
    for lines, _chars in pages:
        body = [x for x in lines if x.y0 > 70]  # above the footer
        lowest = min(body, key=lambda x: x.y0)
        assert lowest.text not in titles, lowest.text


def test_column_groups_end_after_a_block_and_name_what_they_hold() -> None:
    from vagledare.reports.render.columns import block_ends, column_groups, group_names
    from vagledare.reports.table import ReportTable, Row, Section

    headers = [f"{site} {g}" for site in ("Årby", "City") for g in ("Kvinnor", "Män", "Totalt")]
    headers += ["Totalt Kvinnor", "Totalt Män", "Totalt"]
    table = ReportTable("T", "2024", "Orsak", tuple(headers), (Section((Row("x", (1,) * 9),)),))
    ends = block_ends(table)
    assert ends == {2, 5, 8}
    # Room for seven columns of 10: whole blocks only (three and three), then the Totalt block.
    groups = column_groups([10.0] * 9, 70.0, ends)
    assert groups == [[0, 1, 2, 3, 4, 5], [6, 7, 8]]
    assert group_names(table, groups[0]) == "Årby, City"
    assert group_names(table, groups[1]) == "Totalt"
    # A block wider than the page is cut where the room ends.
    assert column_groups([30.0] * 3, 70.0, {2}) == [[0, 1], [2]]
    assert column_groups([10.0] * 3, 70.0, {2}) == [[0, 1, 2]]  # it fits: one group
    plain = ReportTable("T", "2024", "Mått", ("Snopptorp", "Årby", "Totalt"), ())
    assert group_names(plain, [0, 1, 2]) == "Snopptorp, Årby, Totalt"
