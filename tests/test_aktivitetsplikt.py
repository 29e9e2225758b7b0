"""Aktivitetsplikt: the seed's table of closings (001:626-636) reproduced from an imported
history, the seed's spellings and the unknown reason *Övrigt*, and the optional columns of
``import cases`` (ingång, vägledare, the flags, the decision's dates)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vagledare.cli import main
from vagledare.journal import cases, sites, staff
from vagledare.journal.case_codes import parse_reason
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Case, Closure, ClosureReason, Gender, ReferralSource, Route
from vagledare.reports.aktivitetsplikt import aktivitetsplikt_report
from vagledare.reports.avslut import avslut_report
from vagledare.reports.flow import flow_report
from vagledare.reports.periods import Period

DELAR_2 = Period(date(2023, 1, 1), date(2023, 8, 31))
HEADER = (
    "kod;mötesplats;väg;kön;åldersgrupp;start;avslut;orsak;ingång;vägledare;ferie;"
    "kommunala studier;aktivitetsplikt från;aktivitetsplikt till"
)
# The seed's rows as it spells the reasons: (orsak, women, men). Its Övrigt (51/33) is spread
# over the unknown reason and two reasons that are neither self-sufficiency nor Heltid AF.
SEED: tuple[tuple[str, int, int], ...] = (
    ("Introduktionsjobb", 16, 7),
    ("Studier", 5, 5),
    ("Annan ersättningsform", 4, 1),
    ("Tillfälligt arbete", 17, 8),
    ("Varaktigt arbete", 7, 12),
    ("Heltid AF", 34, 33),
    ("Övrigt", 40, 25),
    ("Flyttat från kommunen", 6, 4),
    ("Förändrad familjebild", 5, 4),
)
EXPECTED_CSV = (
    "\ufeffOrsak;Kvinnor;Män;Totalt\r\n"
    "Introduktionsjobb;16;7;23\r\n"
    "Studier;5;5;10\r\n"
    "Annan ersättningsform;4;1;5\r\n"
    "Tillfälligt arbete;17;8;25\r\n"
    "Varaktigt arbete;7;12;19\r\n"
    "Nystartsjobb;0;0;0\r\n"
    "Till egen försörjning, totalt;49;33;82\r\n"
    "Heltid AF;34;33;67\r\n"
    "Övrigt;51;33;84\r\n"
    "Övriga avslut, totalt;85;66;151\r\n"
    "Totalt avslut;134;99;233\r\n"
    "Deltagare med beslut om aktivitetsplikt;230;130;360\r\n"
)


def _row(code: str, gender: str, start: date, closed: date | None, reason: str, **opt: str) -> str:
    end = closed.isoformat() if closed else ""
    values = [
        code,
        "Årby" if code.endswith(("0", "2", "4", "6", "8")) else "Fröslunda",
        "Anvisad",
        gender,
        "25-34",
        start.isoformat(),
        end,
        reason,
        opt.get("source", ""),
        opt.get("coach", ""),
        opt.get("summer", ""),
        opt.get("municipal", ""),
        opt.get("duty_from", start.isoformat()),
        opt.get("duty_to", end),
    ]
    return ";".join(values)


def seed_history() -> str:
    """The seed's 233 closings in delår 2, 360 participants still with a decision on 31 Aug
    (64 % women), and cases that must not count: closed before the period, or without a
    decision."""
    lines = [HEADER]
    n = 0
    for reason, women, men in SEED:
        for gender, count in (("Kvinna", women), ("Man", men)):
            for i in range(count):
                n += 1
                closed = date(2023, 1, 1) + timedelta(days=(n * 7) % 243)
                start = closed - timedelta(days=60 + i)
                lines.append(_row(f"AP-{n:04d}", gender, start, closed, reason))
    for gender, count in (("Kvinna", 230), ("Man", 130)):
        for _ in range(count):
            n += 1
            start = date(2022, 9, 1) + timedelta(days=n % 300)
            lines.append(_row(f"AP-{n:04d}", gender, start, None, ""))
    # Not counted: closed in 2022; closed in the period without a decision; a decision that
    # ended before 31 Aug (the case still open); a case that closed on 31 Aug itself counts
    # as closed (above), not as a participant.
    n += 1
    lines.append(_row(f"AP-{n:04d}", "Kvinna", date(2022, 3, 1), date(2022, 12, 30), "Studier"))
    n += 1
    lines.append(
        _row(
            f"AP-{n:04d}",
            "Man",
            date(2023, 2, 1),
            date(2023, 5, 2),
            "Studier",
            duty_from="",
            duty_to="",
        )
    )
    n += 1
    lines.append(_row(f"AP-{n:04d}", "Man", date(2023, 2, 1), None, "", duty_to="2023-06-30"))
    n += 1
    lines.append(_row(f"AP-{n:04d}", "Kvinna", date(2023, 9, 1), None, ""))  # after the period
    return "\n".join(lines) + "\n"


@pytest.fixture
def db(journal: Journal) -> Journal:
    with journal.session() as s:
        for name in ("Årby", "Fröslunda"):
            sites.add_site(s, name)
        staff.ensure_staff(s, "Omar H")
    return journal


def run_import(db_target: str, path: Path) -> int:
    return main(["--db", db_target, "--as", "AB", "import", "cases", str(path)])


def test_the_seed_table_is_reproduced_exactly_from_an_imported_history(
    db_target: str, db: Journal, tmp_path: Path
) -> None:
    src = tmp_path / "aktivitetsplikt.csv"
    src.write_text(seed_history(), encoding="utf-8")
    assert run_import(db_target, src) == 0
    out = tmp_path / "out.csv"
    args = ["--db", db_target, "report", "aktivitetsplikt", "--from", "2023-01-01"]
    args += ["--to", "2023-08-31", "--format", "csv", "--output", str(out)]
    assert main(args) == 0
    assert out.read_bytes() == EXPECTED_CSV.encode("utf-8")
    with db.session(readonly=True) as s:
        en = aktivitetsplikt_report(s, DELAR_2, lang="en")
    assert en.value(None, "Total closures", "Total") == 233


def test_the_seed_spellings_are_aliases_and_ovrigt_is_the_unknown_reason() -> None:
    assert parse_reason("Introduktionsjobb") is ClosureReason.SUBSIDISED_JOB
    assert parse_reason("heltid  AF") is ClosureReason.FULL_TIME_AF
    assert parse_reason("Övrigt") is ClosureReason.UNKNOWN
    assert parse_reason("Övrigt (okänd orsak)") is ClosureReason.UNKNOWN


def _avslut_csv(db_target: str, tmp_path: Path) -> str:
    out = tmp_path / "avslut.csv"
    args = ["--db", db_target, "report", "avslut", "--from", "2023-01-01", "--to", "2023-08-31"]
    assert main([*args, "--site", "Årby", "--format", "csv", "--output", str(out)]) == 0
    return out.read_text(encoding="utf-8-sig")


def test_avslut_shows_the_unknown_reason_only_when_the_period_holds_any(
    db_target: str, db: Journal, tmp_path: Path
) -> None:
    src = tmp_path / "c.csv"
    src.write_text(
        "kod;mötesplats;väg;kön;åldersgrupp;start;avslut;orsak\n"
        "X-1;Årby;Anvisad;Kvinna;25-34;2023-01-02;2023-03-01;Studier\n"
        "X-2;Årby;Anvisad;Man;25-34;2023-01-02;2023-03-01;Insats fullgjord\n",
        encoding="utf-8",
    )
    assert run_import(db_target, src) == 0
    before = _avslut_csv(db_target, tmp_path).splitlines()
    assert "okänd orsak" not in "".join(before)
    src.write_text(
        "kod;mötesplats;väg;kön;åldersgrupp;start;avslut;orsak\n"
        "X-3;Årby;Anvisad;Kvinna;25-34;2023-01-02;2023-04-01;Övrigt\n",
        encoding="utf-8",
    )
    assert run_import(db_target, src) == 0
    after = _avslut_csv(db_target, tmp_path).splitlines()
    unknown = after.index("Övrigt (okänd orsak);1;0;1")
    assert after[unknown - 1].startswith("Insats fullgjord;")
    assert after[unknown + 1] == "Totalsumma;2;1;3"
    assert after[unknown + 2] == "Andel avslut till egen försörjning;50\xa0%;0\xa0%;33\xa0%"
    assert len(after) == len(before) + 1
    assert after[:unknown] == before[:unknown]
    with db.session(readonly=True) as s:
        t = avslut_report(s, DELAR_2, [sites.require_site(s, "Årby").id])
    assert t.value(None, "Avslut till egen försörjning, totalt", "Årby Totalt") == 1
    assert t.sentences[0].figures[0] == ((len(after) - 3, 2),)  # Totalsumma, Årby Totalt


def test_optional_columns_reach_the_case_and_the_flow_report(
    db_target: str, db: Journal, tmp_path: Path
) -> None:
    src = tmp_path / "c.csv"
    src.write_text(
        HEADER + "\n"
        "Y-1;Årby;Medborgarservice;Kvinna;18-24;2023-03-01;2023-06-30;Tillfälligt arbete;"
        "Ung fritid;Omar H;ja;nej;;\n"
        "Y-2;Årby;Anvisad;Man;25-34;2023-02-01;2023-05-31;Studier;Öppna förskolan;omar h;;ja;"
        "2023-02-15;2023-05-31\n"
        "Y-3;Årby;Anvisad;Man;25-34;2023-02-01;;;;;;;2023-02-01;2024-01-31\n",
        encoding="utf-8",
    )
    assert run_import(db_target, src) == 0
    with db.session(readonly=True) as s:
        found = s.execute(
            select(Case, Closure).outerjoin(Closure, Closure.case_id == Case.id)
        ).all()
        omar = staff.find_staff(s, "Omar H")
        flow = flow_report(s, DELAR_2)
    assert omar is not None
    by_source = {c.referral_source: (c, cl) for c, cl in found}
    youth, youth_closing = by_source[ReferralSource.YOUTH_LEISURE]
    assert youth.coach_id == omar.id and youth_closing.summer_job
    assert not youth_closing.municipal_studies and youth.duty_from is None
    pre, pre_closing = by_source[ReferralSource.OPEN_PRESCHOOL]
    assert pre_closing.municipal_studies and not pre_closing.summer_job
    assert (pre.duty_from, pre.duty_to) == (date(2023, 2, 15), date(2023, 5, 31))
    still, _ = by_source[None]
    assert (still.duty_from, still.duty_to) == (date(2023, 2, 1), date(2024, 1, 31))
    assert "Ung fritid" in [row.label for _, row in flow.rows()]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Z-1;Årby;Anvisad;Kvinna;25-34;2023-03-01;2023-06-30;Studier;;;;;2023-02-28;",
            "rad 2, kolumn aktivitetsplikt från: beslutet 2023-02-28 ligger utanför ärendets "
            "dagar (2023-03-01–2023-06-30)",
        ),
        (
            "Z-1;Årby;Anvisad;Kvinna;25-34;2023-03-01;2023-06-30;Studier;;;;;2023-03-01;2023-07-01",
            "rad 2, kolumn aktivitetsplikt till: beslutet 2023-07-01 ligger utanför ärendets",
        ),
        (
            "Z-1;Årby;Anvisad;Kvinna;25-34;2023-03-01;;;;;;;2023-04-01;2023-03-15",
            "rad 2, kolumn aktivitetsplikt till: beslutet slutar 2023-03-15, före sin början",
        ),
        (
            "Z-1;Årby;Anvisad;Kvinna;25-34;2023-03-01;;;;;;;;2023-03-15",
            "rad 2, kolumn aktivitetsplikt från: aktivitetsplikt till utan från-datum",
        ),
        (
            "Z-1;Årby;Anvisad;Kvinna;25-34;2023-03-01;2023-06-30;Studier;;;ja;;;",
            "rad 2, kolumn ferie: kan bara markeras när orsaken är Tillfälligt arbete",
        ),
        (
            "Z-1;Årby;Anvisad;Kvinna;25-34;2023-03-01;2023-06-30;Studier;;;;kanske;;",
            "rad 2, kolumn kommunala studier: skriv ja eller nej, inte 'kanske'",
        ),
        (
            "Z-1;Årby;Anvisad;Kvinna;25-34;2023-03-01;;;Grannen;;;;;",
            "rad 2, kolumn ingång: okänd ingång 'Grannen'",
        ),
        (
            "Z-1;Årby;Anvisad;Kvinna;25-34;2023-03-01;;;;Nobody;;;;",
            "rad 2, kolumn vägledare: 'Nobody' finns inte bland journalens personal",
        ),
    ],
)
def test_bad_optional_values_refuse_the_whole_file(
    db_target: str,
    db: Journal,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    line: str,
    expected: str,
) -> None:
    src = tmp_path / "bad.csv"
    src.write_text(f"{HEADER}\n{line}\n", encoding="utf-8")
    assert run_import(db_target, src) == 1
    assert f"bad.csv, {expected}" in capsys.readouterr().err
    with db.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0


def test_a_decision_set_in_the_journal_lies_within_the_case(db: Journal) -> None:
    with db.session() as s:
        site = sites.require_site(s, "Årby")
        cid = cases.open_case(
            s,
            site_id=site.id,
            route=Route.REFERRED,
            start=date(2023, 3, 1),
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=None,
            code="D-1",
        )
        cases.set_duty(s, cid, date(2023, 3, 1), None)
        cases.close_case(s, cid, date(2023, 6, 30), ClosureReason.STUDIES, None)
        with pytest.raises(ValidationError, match="utanför ärendets dagar"):
            cases.set_duty(s, cid, date(2023, 2, 1), None)
        with pytest.raises(ValidationError, match="mellan dess början och avslutet"):
            cases.set_duty(s, cid, date(2023, 3, 1), date(2023, 7, 1))
        cases.set_duty(s, cid, date(2023, 3, 1), date(2023, 6, 30))
        t = aktivitetsplikt_report(s, DELAR_2)
    assert t.value(None, "Studier", "Kvinnor") == 1
