"""Same period last year on every report: ``--compare-previous-year``, the door and the window.

The demo journal's year runs from 1 June 2023 to 14 June 2024 (``DEMO_NOW``): June 2024 sets
beside June 2023, both inside it.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from conftest import DEMO_NOW

from vagledare.cli import main
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.errors import ValidationError
from vagledare.reports import door
from vagledare.reports.catalog import REPORTS
from vagledare.reports.periods import Period, full_year, interim, month, previous_year
from vagledare.reports.table import ReportTable

PREFIX = "Föregående år "
TODAY = DEMO_NOW.date()
OPEN = [r.key for r in REPORTS if not r.privileged]
PEOPLE = [r.key for r in REPORTS if r.privileged]
# What the command line needs beyond the period (the resource table's FTEs and cost).
NEEDS = {
    "resources": [
        "--fte-medborgarservice",
        "2",
        "--fte-anvisad",
        "3.5",
        "--cost-per-fte",
        "396000",
    ]
}


def options_of(key: str) -> dict:
    spec = next(r for r in REPORTS if r.key == key)
    options = {o.key: o.default for o in spec.options}
    if key == "resources":
        from decimal import Decimal

        options |= {
            "fte_citizen_service": Decimal(2),
            "fte_referred": Decimal("3.5"),
            "cost_per_fte": Decimal(396000),
        }
    return options


# -- the earlier period ---------------------------------------------------------------------


def test_an_ended_period_moves_one_year_back_whole() -> None:
    assert previous_year(interim(2023, 2), TODAY) == Period(date(2022, 1, 1), date(2022, 8, 31))
    assert previous_year(month(2024, 5), TODAY) == month(2023, 5)
    free = Period(date(2023, 11, 15), date(2024, 3, 10))
    assert previous_year(free, TODAY) == Period(date(2022, 11, 15), date(2023, 3, 10))


def test_a_period_not_yet_over_is_cut_at_the_same_day() -> None:
    assert previous_year(full_year(2024), TODAY) == Period(date(2023, 1, 1), date(2023, 6, 14))
    assert previous_year(month(2024, 6), TODAY) == Period(date(2023, 6, 1), date(2023, 6, 14))
    # The last day counts: a period ending today has not ended, and is cut at today as well.
    ends_today = Period(date(2024, 6, 1), TODAY)
    assert previous_year(ends_today, TODAY) == Period(date(2023, 6, 1), date(2023, 6, 14))
    # A period that has not begun compares with its first day, never with less than nothing.
    future = Period(date(2024, 9, 1), date(2024, 9, 30))
    assert previous_year(future, TODAY) == Period(date(2023, 9, 1), date(2023, 9, 1))


def test_29_february_becomes_28_february() -> None:
    leap_day = Period(date(2024, 2, 29), date(2024, 2, 29))
    assert previous_year(leap_day, TODAY) == Period(date(2023, 2, 28), date(2023, 2, 28))
    assert previous_year(month(2024, 2), TODAY) == Period(date(2023, 2, 1), date(2023, 2, 28))
    from_leap_day = Period(date(2024, 2, 29), date(2024, 3, 31))
    assert previous_year(from_leap_day, TODAY) == Period(date(2023, 2, 28), date(2023, 3, 31))
    # Cut on a leap day: 28 February the year before.
    leap_today = date(2024, 2, 29)
    assert previous_year(full_year(2024), leap_today) == Period(date(2023, 1, 1), date(2023, 2, 28))
    # A whole February compares with the whole February before it, leap day included.
    assert previous_year(month(2025, 2), date(2025, 6, 1)) == month(2024, 2)


# -- the command line, every report ---------------------------------------------------------


def cli_csv(db: Path, out: Path, key: str, *args: str) -> bytes:
    argv = ["--db", str(db), "report", key, *NEEDS.get(key, []), *args]
    assert main([*argv, "--format", "csv", "--output", str(out)]) == 0
    return out.read_bytes()


def lines(raw: bytes) -> list[str]:
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    assert text.endswith("\r\n")
    return text[:-2].split("\r\n")


def cells(line: str) -> list[str]:
    return next(csv.reader([line], delimiter=";"))


def check_beside(plain: bytes, compared: bytes, earlier: bytes) -> list[list[str]]:
    """``compared`` is ``plain`` (byte for byte on every line it has) with the columns of
    ``earlier`` appended, headed ``Föregående år …``; a row that only one period has leaves
    the other period's cells empty. Returns the compared rows."""
    mine, theirs, both = lines(plain), lines(earlier), lines(compared)
    # The label columns (section key and label) lead all three files.
    lead = len(cells(mine[0])) + len(cells(theirs[0])) - len(cells(both[0]))
    assert lead in (1, 2)
    width = len(cells(mine[0])) - lead
    assert both[0].startswith(mine[0] + ";")
    assert cells(both[0])[lead + width :] == [PREFIX + h for h in cells(theirs[0])[lead:]]
    rows = [cells(x) for x in both[1:]]
    current = [x for x, row in zip(both[1:], rows, strict=True) if any(row[lead : lead + width])]
    assert len(current) == len(mine) - 1
    for line, expected in zip(current, mine[1:], strict=True):
        assert line.startswith(expected + ";")  # the current columns, unchanged
    before = [row[:lead] + row[lead + width :] for row in rows if any(row[lead + width :])]
    assert before == [cells(x) for x in theirs[1:]]  # the earlier report's own rows
    for row in rows:  # every row belongs to one period at least
        assert any(row[lead:])
    return rows


@pytest.mark.parametrize("key", OPEN)
def test_every_report_sets_the_same_period_last_year_beside_it(
    key: str, demo_path: Path, tmp_path: Path
) -> None:
    plain = cli_csv(demo_path, tmp_path / "a.csv", key, "--month", "2024-06")
    compared = cli_csv(
        demo_path, tmp_path / "b.csv", key, "--month", "2024-06", "--compare-previous-year"
    )
    earlier = cli_csv(demo_path, tmp_path / "c.csv", key, "--month", "2023-06")
    check_beside(plain, compared, earlier)


@pytest.mark.parametrize("key", OPEN)
def test_with_suppress_small_both_periods_are_protected(
    key: str, demo_path: Path, tmp_path: Path
) -> None:
    june = ("--month", "2024-06", "--suppress-small")
    plain = cli_csv(demo_path, tmp_path / "a.csv", key, *june)
    compared = cli_csv(demo_path, tmp_path / "b.csv", key, *june, "--compare-previous-year")
    earlier = cli_csv(demo_path, tmp_path / "c.csv", key, "--month", "2023-06", "--suppress-small")
    check_beside(plain, compared, earlier)


def test_the_earlier_part_hides_its_own_small_counts(demo_path: Path, tmp_path: Path) -> None:
    june = ("--month", "2024-06", "--compare-previous-year")
    shown = check_beside(
        cli_csv(demo_path, tmp_path / "a.csv", "dropin", "--month", "2024-06"),
        cli_csv(demo_path, tmp_path / "b.csv", "dropin", *june),
        cli_csv(demo_path, tmp_path / "c.csv", "dropin", "--month", "2023-06"),
    )
    hidden = check_beside(
        cli_csv(demo_path, tmp_path / "d.csv", "dropin", "--month", "2024-06", "--suppress-small"),
        cli_csv(demo_path, tmp_path / "e.csv", "dropin", *june, "--suppress-small"),
        cli_csv(demo_path, tmp_path / "f.csv", "dropin", "--month", "2023-06", "--suppress-small"),
    )
    width = 2 + 6  # Kön, Kategori, five age bands and Totalt
    earlier_shown = [v for row in shown for v in row[width:]]
    earlier_hidden = [v for row in hidden for v in row[width:]]
    assert not {"<5", ".."} & set(earlier_shown)
    assert {"1", "2", "3", "4"} & set(earlier_shown)
    assert "<5" in earlier_hidden and not {"1", "2", "3", "4"} & set(earlier_hidden)


def test_a_period_not_yet_over_is_compared_up_to_the_same_day(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Today(date):
        @classmethod
        def today(cls) -> date:
            return TODAY

    monkeypatch.setattr(door, "date", Today)
    june = ("--from", "2024-06-01", "--to", "2024-06-30")
    plain = cli_csv(demo_path, tmp_path / "a.csv", "besok", *june)
    compared = cli_csv(demo_path, tmp_path / "b.csv", "besok", *june, "--compare-previous-year")
    cut = ("--from", "2023-06-01", "--to", "2023-06-14")
    earlier = cli_csv(demo_path, tmp_path / "c.csv", "besok", *cut)
    whole = cli_csv(demo_path, tmp_path / "d.csv", "besok", "--month", "2023-06")
    assert earlier != whole  # the cut matters
    check_beside(plain, compared, earlier)


# -- the door -------------------------------------------------------------------------------


@pytest.fixture
def demo(demo_path: Path) -> Journal:
    j = open_journal(str(demo_path))
    yield j
    j.close()


def build(j: Journal, key: str, period: Period, **kw: object) -> door.Output:
    with j.session(readonly=True) as s:
        return door.build(s, door.Request(key, period, None, **kw), today=TODAY)  # type: ignore[arg-type]


def test_the_notes_name_the_earlier_period_and_only_the_current_one_is_preliminary(
    demo: Journal,
) -> None:
    out = build(demo, "besok", full_year(2024), compare_previous_year=True)
    notes = out.table.notes
    assert notes[-1] == "Föregående år: 1 januari – 14 juni 2023"
    assert sum("Preliminära" in n for n in notes) == 1
    earlier = build(demo, "besok", Period(date(2023, 1, 1), date(2023, 6, 14)))
    uncut = build(demo, "besok", Period(date(2023, 1, 1), date(2023, 12, 31)))
    got = out.table.value(None, "Besök", "Föregående år Totalt")
    assert got == earlier.table.value(None, "Besök", "Totalt")
    assert got != uncut.table.value(None, "Besök", "Totalt")
    ended = build(demo, "besok", interim(2023, 2), compare_previous_year=True)
    assert ended.table.notes[-1] == "Föregående år: 1 januari – 31 augusti 2022"


def test_english_tables_say_previous_year_and_csv_stays_swedish(demo: Journal) -> None:
    out = build(demo, "avslut", month(2024, 5), lang="en", compare_previous_year=True)
    assert "Previous year Total" in out.table.columns
    assert out.table.notes[-1] == "Previous year: May 2023"
    assert "Föregående år Totalt" in out.csv_table.columns


def relation_values(table: ReportTable) -> list[tuple]:
    sums = [tuple(table.cell(c) for c in (x.total, *x.parts)) for x in table.sums]
    derived = [tuple(table.cell(c) for c in (x.cell, *x.inputs)) for x in table.derived]
    return sorted(map(repr, sums + derived))


@pytest.mark.parametrize("protect", [False, True])
def test_the_merged_table_keeps_both_parts_relations(demo: Journal, protect: bool) -> None:
    """Every Sum and Derived of both parts still points at the same values."""
    for key in ("flow", "avslut", "bip-rounds", "samverkan"):
        june = month(2024, 6)
        kw = {"protect": protect, "options": options_of(key)}
        merged = build(demo, key, june, compare_previous_year=True, **kw).table
        now = build(demo, key, june, **kw).table
        then = build(demo, key, Period(date(2023, 6, 1), date(2023, 6, 14)), **kw).table
        assert relation_values(merged) == sorted(relation_values(now) + relation_values(then))
        assert merged.prose() == now.prose()
        assert merged.protected is protect


def test_people_columns_cover_both_parts(demo: Journal) -> None:
    merged = build(demo, "aktiviteter", month(2024, 6), compare_previous_year=True).table
    assert merged.people_columns == (1, 2, 3, 4, 7, 8, 9, 10)


@pytest.mark.parametrize("key", PEOPLE)
def test_a_report_that_lists_people_refuses_the_comparison(demo: Journal, key: str) -> None:
    with pytest.raises(ValidationError, match="listar deltagare en och en") as refused:
        build(demo, key, month(2024, 6), compare_previous_year=True, options=options_of(key))
    assert "föregående år" in str(refused.value) and key in str(refused.value)


def test_the_command_line_refuses_a_people_list_with_a_clear_message(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    from vagledare.app.demo import DEMO_PIN, LEAD

    monkeypatch.setenv("VAGLEDARE_PIN", DEMO_PIN)
    out = tmp_path / "n.csv"
    argv = ["--db", str(demo_path), "--as", LEAD, "report", "narvaro", "--month", "2024-06"]
    argv += ["--format", "csv", "--output", str(out), "--compare-previous-year"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "narvaro (Närvaro per deltagare) listar deltagare en och en" in err
    assert "kan inte jämföras med samma period föregående år" in err
    assert not out.exists()


def test_the_audit_says_the_comparison_was_made(demo_path: Path, tmp_path: Path) -> None:
    from vagledare.journal import audit

    cli_csv(demo_path, tmp_path / "a.csv", "dropin", "--month", "2024-06")
    cli_csv(
        demo_path, tmp_path / "b.csv", "dropin", "--month", "2024-06", "--compare-previous-year"
    )
    j = open_journal(str(demo_path))
    try:
        with j.session(readonly=True) as s:
            newest, older = [e for e in audit.entries(s) if e.action == "export"][:2]
    finally:
        j.close()
    assert newest.detail["compare_previous_year"] is True
    assert "compare_previous_year" not in older.detail


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_xlsx_and_pdf_carry_the_earlier_columns(demo_path: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"r.{fmt}"
    argv = ["--db", str(demo_path), "report", "samverkan", "--month", "2024-06"]
    argv += ["--format", fmt, "--output", str(out), "--compare-previous-year"]
    assert main(argv) == 0
    if fmt == "xlsx":
        from openpyxl import load_workbook

        ws = load_workbook(out).active
        texts = [c.value for row in ws.iter_rows() for c in row]
        assert "Föregående år Aktiviteter" in texts
        assert "Föregående år: juni 2023" in texts
    else:
        from pdf_text import pdf_text

        text = pdf_text(out)
        assert "Föregående år" in text and "juni 2023" in text


# -- the window -----------------------------------------------------------------------------


def june_page(qtbot, demo: Journal, settings):  # noqa: ANN001, ANN201
    from vagledare.gui.reports.report_page import RANGE, ReportPage

    page = ReportPage(demo, "sv", settings=settings)
    qtbot.addWidget(page)
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("besok"))
    page.ui.periodKindCombo.setCurrentIndex(RANGE)
    page.ui.fromDate.setDate(date(2024, 6, 1))
    page.ui.toDate.setDate(date(2024, 6, 14))
    page.show_report()
    return page


def test_the_window_s_checkbox_adds_the_columns_and_is_remembered(
    qtbot,
    qtmodeltester,
    demo: Journal,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from PySide6.QtCore import Qt

    from vagledare.app.settings import DeskSettings
    from vagledare.journal import audit

    settings = DeskSettings(path=tmp_path / "settings.json")
    page = june_page(qtbot, demo, settings)
    assert not page.compare.isChecked()
    assert page.model.columnCount() == 4
    assert page.compare.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.compare.setFocus()
    qtbot.keyClick(page.compare, Qt.Key.Key_Space)  # the keyboard ticks it
    assert page.compare.isChecked()
    assert page.table is not None
    assert page.model.columnCount() == 7
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)]
    assert headers[4:] == [f"{PREFIX}Fröslunda", f"{PREFIX}Årby", f"{PREFIX}Totalt"]
    earlier = build(demo, "besok", Period(date(2023, 6, 1), date(2023, 6, 14)))
    assert page.table.value(None, "Besök", "Föregående år Totalt") == earlier.table.value(
        None, "Besök", "Totalt"
    )
    assert "Föregående år: 1 juni – 14 juni 2023" in page.ui.notesLabel.text()
    qtmodeltester.check(page.model)
    assert DeskSettings.load(tmp_path / "settings.json").compare_previous_year is True

    out = page.export("csv", tmp_path / "r.csv")
    assert out is not None
    assert "Föregående år Totalt" in out.read_text(encoding="utf-8-sig").splitlines()[0]
    with demo.session(readonly=True) as s:
        last = [e for e in audit.entries(s) if e.action == "export"][0]
    assert last.detail["compare_previous_year"] is True

    # The next time the screen opens, the comparison is on again.
    again = june_page(qtbot, demo, DeskSettings.load(tmp_path / "settings.json"))
    assert again.compare.isChecked() and again.model.columnCount() == 7
    again.compare.setChecked(False)
    assert again.model.columnCount() == 4
    assert DeskSettings.load(tmp_path / "settings.json").compare_previous_year is False


def test_the_window_explains_why_a_people_list_is_not_compared(
    qtbot,
    demo: Journal,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from vagledare.app.settings import DeskSettings

    page = june_page(qtbot, demo, DeskSettings(path=tmp_path / "s.json"))
    page.compare.setChecked(True)
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("narvaro"))
    assert page.table is None
    assert "kan inte jämföras med samma period föregående år" in page.ui.notesLabel.text()
    assert not page.ui.csvButton.isEnabled()
    page.compare.setChecked(False)
    assert page.table is not None


def test_the_window_prints_the_compared_table(qtbot, demo: Journal, tmp_path: Path) -> None:  # noqa: ANN001
    from pdf_text import pdf_text

    from PySide6.QtPrintSupport import QPrinter

    from vagledare.app.settings import DeskSettings
    from vagledare.journal import audit

    page = june_page(qtbot, demo, DeskSettings(path=tmp_path / "s.json"))
    page.compare.setChecked(True)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert page.print_report(printer)
    assert "Föregående år" in pdf_text(out)
    with demo.session(readonly=True) as s:
        last = [e for e in audit.entries(s) if e.action == "print"][0]
    assert last.detail["compare_previous_year"] is True
