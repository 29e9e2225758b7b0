"""Follow-up N months after avslut: due days across month ends and leap years, the list per
coach, recording one (domain, window dialog, import), and the report against the goal."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from PySide6.QtCore import QDate

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.gui.cases.cases_page import CasesPage
from vagledare.gui.common.combo import select_data
from vagledare.journal import cases, staff
from vagledare.journal import followups as F
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import ClosureReason, FollowUp, FollowUpStatus, Gender, Route
from vagledare.reports.periods import month
from vagledare.reports.uppfoljning import uppfoljning_report

R = ClosureReason
S = FollowUpStatus
TODAY = date(2024, 6, 1)


def close(
    desk: Desk,
    code: str,
    closed: date,
    reason: ClosureReason,
    *,
    gender: Gender = Gender.WOMAN,
    coach: uuid.UUID | None = None,
) -> uuid.UUID:
    with desk.journal.session() as s:
        cid = cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.REFERRED,
            start=date(2023, 1, 2),
            gender=gender,
            age_band="25-34",
            author_id=None,
            code=code,
            coach_id=coach,
            today=TODAY,
        )
        cases.close_case(s, cid, closed, reason, None, today=TODAY)
    return cid


@pytest.mark.parametrize(
    ("closed", "months", "due"),
    [
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # a leap year's February
        (date(2022, 8, 31), 6, date(2023, 2, 28)),
        (date(2023, 12, 31), 6, date(2024, 6, 30)),
        (date(2023, 3, 31), 6, date(2023, 9, 30)),
        (date(2023, 7, 15), 6, date(2024, 1, 15)),  # across the turn of the year
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 11, 30), 3, date(2024, 2, 29)),
    ],
)
def test_due_days_across_month_ends_and_leap_years(closed: date, months: int, due: date) -> None:
    assert F.due_date(closed, months) == due


@pytest.fixture
def coaches(desk: Desk) -> dict[str, uuid.UUID]:
    with desk.journal.session() as s:
        return {n: staff.ensure_staff(s, n).id for n in ("Omar H", "Sara L")}


def test_settings_months_reasons_and_goal(desk: Desk) -> None:
    with desk.journal.session() as s:
        assert F.follow_up_months(s) == 6 and F.target_percent(s) == 70
        reasons = F.counted_reasons(s)
        assert R.STUDIES in reasons and R.FULL_TIME_AF in reasons and R.OWN_REQUEST in reasons
        for r in (R.REGISTERED_BY_MISTAKE, R.MOVED_AWAY, R.DROPPED_OUT, R.UNKNOWN):
            assert r not in reasons
        F.set_follow_up_months(s, 3)
        F.set_counted_reasons(s, [R.STUDIES])
        F.set_target_percent(s, 75)
        assert (F.follow_up_months(s), F.counted_reasons(s), F.target_percent(s)) == (
            3,
            frozenset({R.STUDIES}),
            75,
        )
        with pytest.raises(ValidationError):
            F.set_follow_up_months(s, 0)
        with pytest.raises(ValidationError):
            F.set_target_percent(s, 101)


def test_the_three_settings_are_saved_together_or_not_at_all(desk: Desk) -> None:
    F_ = F.follow_up_settings
    with pytest.raises(ValidationError, match="minst en avslutsorsak"):
        desk.journal.write(F.set_follow_up_settings, 12, [], 80)
    with pytest.raises(ValidationError, match="1–36"):
        desk.journal.write(F.set_follow_up_settings, 40, [R.STUDIES], 80)
    with pytest.raises(ValidationError, match="0–100"):
        desk.journal.write(F.set_follow_up_settings, 12, [R.STUDIES], 101)
    got = desk.journal.read(F_)
    assert (got.months, got.reasons, got.target) == (6, F.DEFAULT_REASONS, 70)  # none written
    desk.journal.write(F.set_follow_up_settings, 12, [R.STUDIES, R.PERMANENT_JOB], 80)
    got = desk.journal.read(F_)
    assert (got.months, got.reasons, got.target) == (12, {R.STUDIES, R.PERMANENT_JOB}, 80)


def test_the_due_list_per_coach(desk: Desk, coaches: dict[str, uuid.UUID]) -> None:
    omar, sara = coaches["Omar H"], coaches["Sara L"]
    close(desk, "A", date(2023, 8, 31), R.STUDIES, coach=omar)  # due 2024-02-29
    close(desk, "B", date(2023, 9, 15), R.PERMANENT_JOB, coach=omar)  # due 2024-03-15
    close(desk, "C", date(2023, 8, 31), R.MOVED_AWAY, coach=omar)  # no follow-up
    close(desk, "D", date(2023, 8, 31), R.REGISTERED_BY_MISTAKE, coach=omar)
    close(desk, "E", date(2023, 7, 10), R.FULL_TIME_AF, coach=sara)  # due 2024-01-10
    g = close(desk, "G", date(2023, 7, 10), R.STUDIES, coach=sara)
    h = close(desk, "H", date(2023, 7, 10), R.STUDIES, coach=sara)
    close(desk, "I", date(2023, 8, 20), R.MEASURE_COMPLETED)  # no coach: due 2024-02-20
    with desk.journal.session() as s:
        cases.reopen_case(s, g, date(2023, 8, 1), None, today=TODAY)  # open again: not due
        F.record_follow_up(s, h, date(2024, 1, 12), S.WORK, None, today=TODAY)
    as_of = date(2024, 2, 25)
    with desk.journal.session() as s:
        due = F.due_follow_ups(s, as_of)
        assert [(d.coach, d.code, d.due_on, d.overdue(as_of)) for d in due] == [
            ("Omar H", "A", date(2024, 2, 29), False),
            ("Sara L", "E", date(2024, 1, 10), True),
            (None, "I", date(2024, 2, 20), True),
        ]
        assert [d.code for d in F.due_follow_ups(s, as_of, coach_id=omar)] == ["A"]
        assert [d.code for d in F.due_follow_ups(s, as_of, within_days=30)][:2] == ["A", "B"]
        F.set_counted_reasons(s, F.DEFAULT_REASONS - {R.FULL_TIME_AF})
        assert [d.code for d in F.due_follow_ups(s, as_of)] == ["A", "I"]


def test_cli_followups_due(
    db_target: str, desk: Desk, coaches: dict[str, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    close(desk, "A", date(2023, 8, 31), R.STUDIES, coach=coaches["Omar H"])
    close(desk, "E", date(2023, 7, 10), R.FULL_TIME_AF, coach=coaches["Sara L"])
    args = ["--db", db_target, "--as", "AB", "followups", "due", "--as-of", "2024-02-25"]
    assert main(args) == 0
    assert capsys.readouterr().out == (
        "Uppföljning 6 månader efter avslutet.\n"
        "Omar H\n"
        "  A\t2024-02-29\tsnart\tavslut 2023-08-31\tStudier\n"
        "Sara L\n"
        "  E\t2024-01-10\tförsenad\tavslut 2023-07-10\tHeltidsinsats AF\n"
    )
    assert main([*args, "--coach", "Nobody"]) == 1
    assert "'Nobody' finns inte" in capsys.readouterr().err


def test_recording_a_follow_up_checks_its_day_and_the_closing(desk: Desk) -> None:
    done = close(desk, "A", date(2023, 8, 31), R.STUDIES)
    moved = close(desk, "B", date(2023, 8, 31), R.MOVED_AWAY)
    with desk.journal.session() as s:
        still = cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.REFERRED,
            start=date(2023, 1, 2),
            gender=Gender.MAN,
            age_band="25-34",
            author_id=None,
            code="C",
            today=TODAY,
        )
    with desk.journal.session() as s:
        with pytest.raises(ValidationError, match="ligger före avslutet"):
            F.record_follow_up(s, done, date(2023, 8, 30), S.WORK, None, today=TODAY)
        with pytest.raises(ValidationError, match="framtiden"):
            F.record_follow_up(s, done, date(2024, 6, 2), S.WORK, None, today=TODAY)
        with pytest.raises(ValidationError, match="Flyttat från kommunen, som inte räknas"):
            F.record_follow_up(s, moved, date(2024, 3, 1), S.WORK, None, today=TODAY)
        with pytest.raises(ValidationError, match="inte avslutat"):
            F.record_follow_up(s, still, date(2024, 3, 1), S.WORK, None, today=TODAY)
        F.record_follow_up(s, done, date(2023, 8, 31), S.NOT_REACHED, None, today=TODAY)
        F.record_follow_up(s, done, date(2024, 3, 1), S.STUDIES, None, today=TODAY)  # corrected
        rows = s.execute(select(FollowUp.followed_up_on, FollowUp.status)).all()
    assert rows == [(date(2024, 3, 1), S.STUDIES)]


def feb_2024(desk: Desk) -> None:
    """Five women and three men due in February 2024, and closings that are not."""
    for code, closed, status in (
        ("K1", date(2023, 8, 31), S.WORK),
        ("K2", date(2023, 8, 1), S.STUDIES),
        ("K3", date(2023, 8, 15), S.BACK_ON_ASSISTANCE),
        ("K4", date(2023, 8, 31), S.NOT_REACHED),
        ("K5", date(2023, 8, 29), None),
    ):
        cid = close(desk, code, closed, R.PERMANENT_JOB)
        if status is not None:
            with desk.journal.session() as s:
                F.record_follow_up(s, cid, date(2024, 3, 4), status, None, today=TODAY)
    for code, closed, status in (
        ("M1", date(2023, 8, 31), S.OTHER_SELF_SUPPORT),
        ("M2", date(2023, 8, 2), S.OTHER),
        ("M3", date(2023, 8, 10), None),
    ):
        cid = close(desk, code, closed, R.FULL_TIME_AF, gender=Gender.MAN)
        if status is not None:
            with desk.journal.session() as s:
                F.record_follow_up(s, cid, date(2024, 2, 28), status, None, today=TODAY)
    close(desk, "N1", date(2023, 7, 31), R.STUDIES)  # due 2024-01-31
    close(desk, "N2", date(2023, 9, 1), R.STUDIES, gender=Gender.MAN)  # due 2024-03-01
    close(desk, "N3", date(2023, 8, 31), R.DROPPED_OUT)  # not followed up


def test_the_report_for_the_month_of_a_leap_day(db_target: str, desk: Desk, tmp_path: Path) -> None:
    feb_2024(desk)
    out = tmp_path / "u.csv"
    args = ["--db", db_target, "report", "uppfoljning", "--month", "2024-02", "--format", "csv"]
    assert main([*args, "--output", str(out)]) == 0
    assert (
        out.read_bytes()
        == (
            "\ufeffMått;Kvinnor;Män;Totalt\r\n"
            "Att följa upp;5;3;8\r\n"
            "Uppföljda;3;2;5\r\n"
            "Gick inte att nå;1;0;1\r\n"
            "Ej uppföljda ännu;1;1;2\r\n"
            "Egen försörjning vid uppföljning;2;1;3\r\n"
            "Andel egen försörjning av uppföljda;67\xa0%;50\xa0%;60\xa0%\r\n"
            "Mål;70\xa0%;70\xa0%;70\xa0%\r\n"
        ).encode()
    )
    with desk.journal.session() as s:
        march = uppfoljning_report(s, month(2024, 3))
        F.set_target_percent(s, 75)
        january = uppfoljning_report(s, month(2024, 1), lang="en")
    assert march.value(None, "Att följa upp", "Totalt") == 1
    assert march.value(None, "Andel egen försörjning av uppföljda", "Män").denominator == 0
    assert january.value(None, "To follow up", "Women") == 1
    assert january.value(None, "Goal", "Total") == "75%"


FOLLOWUPS_HEADER = "kod;avslut;uppföljd;status"


def test_import_followups(db_target: str, desk: Desk, tmp_path: Path) -> None:
    feb_2024(desk)
    src = tmp_path / "f.csv"
    src.write_text(
        f"{FOLLOWUPS_HEADER}\nK5;2023-08-29;2024-03-01;Arbete\nM3;2023-08-10;2024-02-12;annat\n",
        encoding="utf-8",
    )
    assert main(["--db", db_target, "--as", "AB", "import", "followups", str(src)]) == 0
    with desk.journal.session() as s:
        t = uppfoljning_report(s, month(2024, 2))
        assert t.value(None, "Ej uppföljda ännu", "Totalt") == 0
        assert t.value(None, "Egen försörjning vid uppföljning", "Kvinnor") == 3


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["K5;2023-08-29;2023-08-28;Arbete"],
            "rad 2, kolumn uppföljd: uppföljningen 2023-08-28 ligger före avslutet 2023-08-29",
        ),
        (["K5;2023-08-29;2024-03-01;Jobb"], "rad 2, kolumn status: okänd status 'Jobb'"),
        (
            ["K5;2023-08-30;2024-03-01;Arbete"],
            "rad 2, kolumn avslut: deltagarkoden K5 har inget ärende som avslutades 2023-08-30",
        ),
        (
            ["N3;2023-08-31;2024-03-01;Arbete"],
            "rad 2, kolumn avslut: ärendet avslutades med Avvikit, som inte räknas",
        ),
        (
            ["K5;2023-08-29;2024-03-01;Arbete", "K5;2023-08-29;2024-03-02;Studier"],
            "rad 3, kolumn avslut: avslutet följs redan upp på rad 2",
        ),
        (
            ["K1;2023-08-31;2024-03-01;Arbete"],
            "rad 2, kolumn avslut: avslutet är redan uppföljt i journalen",
        ),
        (
            ["K5;2023-08-29;2999-01-01;Arbete"],
            "rad 2, kolumn uppföljd: uppföljningsdatumet 2999-01-01 ligger i framtiden",
        ),
    ],
)
def test_bad_followup_rows_refuse_the_whole_file(
    db_target: str,
    desk: Desk,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lines: list[str],
    expected: str,
) -> None:
    feb_2024(desk)
    with desk.journal.session() as s:
        before = s.scalar(select(func.count()).select_from(FollowUp))
    src = tmp_path / "f.csv"
    src.write_text("\n".join([FOLLOWUPS_HEADER, *lines]) + "\n", encoding="utf-8")
    assert main(["--db", db_target, "--as", "AB", "import", "followups", str(src)]) == 1
    assert f"f.csv, {expected}" in capsys.readouterr().err
    with desk.journal.session() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp)) == before


def test_the_follow_up_dialog_from_the_case_page(desk: Desk, qtbot) -> None:  # noqa: ANN001
    cid = close(desk, "FRÖ-1", date(2023, 8, 31), R.STUDIES)
    page = CasesPage(desk, "en", today=lambda: TODAY)
    qtbot.addWidget(page)
    page.select_case(cid)
    assert page.follow_up_button.isEnabled()
    dialog = page.follow_up(run=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert "2024-02-29" in ui.closingLabel.text()  # the leap day
    assert ui.dateEdit.date() == QDate(2024, 2, 29)
    assert dialog.focusWidget() is ui.statusCombo
    assert ui.statusCombo.count() == 7  # "Choose…" and the six statuses
    dialog.accept()  # no status yet: refused, the field marked
    assert dialog.isVisible() and "Choose where" in ui.problemLabel.text()
    assert select_data(ui.statusCombo, S.OTHER_SELF_SUPPORT)
    ui.dateEdit.setDate(QDate(2023, 8, 30))
    dialog.accept()  # before the avslut: refused by the journal, nothing typed is lost
    assert dialog.isVisible() and "ligger före avslutet" in ui.problemLabel.text()
    assert ui.statusCombo.currentData() == S.OTHER_SELF_SUPPORT
    assert ui.dateEdit.styleSheet()
    ui.dateEdit.setDate(QDate(2024, 3, 5))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with desk.journal.session() as s:
        form = F.follow_up_form(s, cid)
    assert (form.followed_up_on, form.status) == (date(2024, 3, 5), S.OTHER_SELF_SUPPORT)
    again = page.follow_up(run=False)  # opens with what was recorded
    assert again is not None
    qtbot.addWidget(again)
    assert again.ui.dateEdit.date() == QDate(2024, 3, 5)
    assert again.ui.statusCombo.currentData() == S.OTHER_SELF_SUPPORT


def test_erasing_a_code_takes_its_follow_up_with_it(desk: Desk) -> None:
    from vagledare.journal.erasure import erase_participant

    cid = close(desk, "FRÖ-9", date(2023, 8, 31), R.STUDIES)
    with desk.journal.session() as s:
        F.record_follow_up(s, cid, date(2024, 3, 1), S.WORK, None, today=TODAY)
    with desk.journal.session() as s:
        plan = erase_participant(s, "FRÖ-9", "Begäran om radering 2024-05-02")
    assert plan.counts["case_follow_up"] == 1
    assert "1 uppföljning" in plan.describe()
    with desk.journal.session() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 0
