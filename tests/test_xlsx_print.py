"""Excel files a team lead can print and send on (#21): A4, fitted to the page width, print
titles, header and footer, document properties, number formats that read right in Swedish
and English spreadsheets, whole-word sheet names, column widths from the table, dates as
dates."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from vagledare.journal import journal_settings
from vagledare.journal.db import Journal, open_journal
from vagledare.reports import door
from vagledare.reports.catalog import REPORTS
from vagledare.reports.render.xlsx import MONEY_FORMAT, build_workbook, sheet_name
from vagledare.reports.table import Money, ReportTable, Row, Section, Share

ORG = ("Eskilstuna kommun", "Arbetsmarknadsförvaltningen")


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN001, ANN201
    path = shutil.copy(demo_template[0], tmp_path_factory.mktemp("xlsx") / "demo.sqlite")
    j = open_journal(path)
    with j.session() as s:
        journal_settings.set_organisation(s, *ORG)
    yield j, demo_template[1]
    j.close()


def _options(spec) -> dict:  # noqa: ANN001
    options = {o.key: o.default for o in spec.options}
    if spec.key == "resources":
        options |= {
            "fte_referred": Decimal("3"),
            "fte_citizen_service": Decimal("2"),
            "cost_per_fte": Decimal("396000"),
        }
    return options


@pytest.mark.parametrize("spec", REPORTS, ids=[r.key for r in REPORTS])
def test_every_report_prints_on_a4_fitted_to_width_with_titles_and_properties(
    demo: tuple[Journal, object], spec, tmp_path: Path
) -> None:  # noqa: ANN001
    journal, summary = demo
    with journal.session(readonly=True) as s:
        request = door.Request(spec.key, summary.period, None, "sv", _options(spec))
        table = door.build(s, request, today=summary.period.end).table
    out = tmp_path / "r.xlsx"
    build_workbook(table).save(out)
    wb = load_workbook(out)
    ws = wb.active
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    wide = len(table.header) >= 9
    assert ws.page_setup.orientation == ("landscape" if wide else "portrait")
    header_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == table.header[0])
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert ws.print_title_cols.startswith("$A:")
    assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
    assert ws.oddFooter.left.text == ", ".join(ORG)
    assert ws.oddHeader.right.text == table.subtitle.replace("&", "&&")
    props = wb.properties
    assert props.title == table.title and props.subject == table.subtitle
    assert props.creator == "Eskilstuna kommun, Arbetsmarknadsförvaltningen"
    assert props.language == "sv-SE"
    assert ws.title == sheet_name(table.title)
    # Widths come from the table, not from the notes that run under it.
    longest_label = max(len(row.label) for _, row in table.rows())
    label_col = "B" if table.key_header else "A"
    widest = max(longest_label + 2, 10, len(table.header[0]) + 2)
    assert ws.column_dimensions[label_col].width <= widest
    # No number format relies on a literal space for grouping.
    for row in ws.iter_rows(min_row=header_row + 1):
        for cell in row:
            assert "# ##0" not in cell.number_format, cell.coordinate


def test_sheet_names_are_cut_between_words_never_inside_one() -> None:
    title = "Drop in-korta ärenden, Fröslunda och Årby"
    assert sheet_name(title) == "Drop in-korta ärenden"
    assert len(sheet_name("Ett mycket långt ord: " + "x" * 40)) <= 31
    assert sheet_name("Avslut: 2023/2024 [utkast]") == "Avslut 2023-2024 utkast"
    assert sheet_name("Kort titel") == "Kort titel"


def test_money_and_shares_are_numbers_with_locale_neutral_formats(tmp_path: Path) -> None:
    table = ReportTable(
        "Resurser",
        "2022",
        "Mått",
        ("Totalt",),
        (Section((Row("Kostnad", (Money(Decimal("1386000")),)), Row("Andel", (Share(37, 100),)))),),
    )
    out = tmp_path / "m.xlsx"
    build_workbook(table).save(out)
    ws = load_workbook(out).active
    money = ws.cell(5, 2)
    share = ws.cell(6, 2)
    assert money.value == 1386000 and money.number_format == MONEY_FORMAT == '#,##0 "kr"'
    assert share.value == pytest.approx(0.37) and share.number_format == "0 %"
    assert ws.column_dimensions["A"].width < 20  # "Kostnad", not the width of a note


def test_dates_in_a_table_are_dates(tmp_path: Path) -> None:
    table = ReportTable(
        "Långvariga", "2024", "Kod", ("Inskriven",), (Section((Row("A1", ("2023-05-02",)),)),)
    )
    out = tmp_path / "d.xlsx"
    build_workbook(table).save(out)
    cell = load_workbook(out).active.cell(5, 2)
    assert cell.value == datetime(2023, 5, 2) and cell.is_date
    assert cell.number_format == "yyyy-mm-dd"
    assert cell.value.date() == date(2023, 5, 2)


def test_the_organisation_is_checked_like_every_text(journal: Journal) -> None:
    from vagledare.journal.errors import ValidationError

    with journal.session() as s:
        with pytest.raises(ValidationError, match="personnummer"):
            journal_settings.set_organisation(s, "Kommun 19121212-1212")
        with pytest.raises(ValidationError, match="högst 120"):
            journal_settings.set_organisation(s, "x" * 121)
        journal_settings.set_organisation(s, "  Eskilstuna   kommun ", "")
        assert journal_settings.organisation(s) == "Eskilstuna kommun"


def test_a_lead_sets_the_organisation_on_the_command_line(db_target: str, capsys) -> None:  # noqa: ANN001
    from vagledare.cli import main

    assert main(["--db", db_target, "settings", "organisation", "--namn", "Eskilstuna kommun"]) == 0
    assert main(["--db", db_target, "settings", "organisation", "--enhet", "Mötesplats Årby"]) == 0
    out = capsys.readouterr().out
    assert "Organisation: Eskilstuna kommun (--namn)\nEnhet: Mötesplats Årby (--enhet)" in out
    assert main(["--db", db_target, "settings", "organisation", "--namn", "x" * 121]) == 1
    assert "högst 120 tecken" in capsys.readouterr().err
    assert main(["--db", db_target, "settings", "organisation"]) == 0
    assert "Eskilstuna kommun" in capsys.readouterr().out  # the refusal changed nothing
