"""Fuzzed CSV files for every import: imported correctly or refused with a clear message,
never a crash, never half an import.

150 examples per import by default; ``FUZZ_EXAMPLES=2000`` runs a longer search.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from backends import JournalTargets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vagledare.imports.assessments import import_assessments
from vagledare.imports.attendance import import_attendance
from vagledare.imports.cases import import_cases
from vagledare.imports.csvfile import ImportProblem
from vagledare.imports.dropin import import_dropin
from vagledare.imports.participants import import_participants
from vagledare.journal import enrolments, groups, sites, staff
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.models import (
    Base,
    EnrolmentRoute,
    Gender,
    GroupKind,
    ImportBatch,
    QuickCase,
)

SITES = ["Fröslunda", "Årby", "Frösunda", ""]
CATEGORIES = ["Söka arbete", "Övrigt", "söka ARBETE", "Söka jobb", ""]
BANDS = ["18-24", "25–34", "65+", "17-18", "x", ""]
GENDERS = ["Kvinna", "Man", "K", "M", "X", "", "kvinna"]
TIMES = ["2023-03-01 10:15", "2023-02-30 10:00", "2023-03-01", "10:15", "2023-03-01 25:00", ""]
HEADERS = [
    "tidpunkt;mötesplats;kategori;åldersgrupp;kön",
    "timestamp,site,category,age_band,gender",
    "tidpunkt;mötesplats;kategori;åldersgrupp",
    "",
]

fields = st.one_of(
    st.sampled_from(SITES + CATEGORIES + BANDS + GENDERS + TIMES),
    st.text(max_size=20),
    st.text(min_size=1, max_size=3).map(lambda t: t * 700),  # huge fields
    st.sampled_from(['"quoted;field"', '"unterminated', "a\x00b", "\r", "\n", ";", ","]),
)


VALID = {
    "time": ["2023-03-01 10:15", "2024-12-31 23:59"],
    "site": ["Fröslunda", "Årby", "årby"],
    "category": ["Söka arbete", "Övrigt", "söka ARBETE"],
    "band": ["18-24", "25–34"],
    "gender": ["Kvinna", "Man", "K", "m"],
}


@st.composite
def valid_files(draw: st.DrawFn) -> bytes:
    delim = draw(st.sampled_from([";", ","]))
    rows = [
        delim.join(draw(st.sampled_from(v)) for v in VALID.values())
        for _ in range(draw(st.integers(1, 8)))
    ]
    text = "\n".join([HEADERS[0].replace(";", delim), *rows])
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig"])))


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 3)) == 0:
        return draw(valid_files())
    header = draw(st.sampled_from(HEADERS))
    delim = draw(st.sampled_from([";", ",", "\t"]))
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        if draw(st.booleans()):
            row = [
                draw(st.sampled_from(TIMES)),
                draw(st.sampled_from(SITES)),
                draw(st.sampled_from(CATEGORIES)),
                draw(st.sampled_from(BANDS)),
                draw(st.sampled_from(GENDERS)),
            ]
        else:
            row = draw(st.lists(fields, min_size=0, max_size=7))
        rows.append(delim.join(row))
    text = draw(st.sampled_from(["\n", "\r\n"])).join([header.replace(";", delim), *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:
        data = draw(st.binary(max_size=200))
    return data


@pytest.fixture(scope="module")
def fuzz_journal(
    journal_targets: JournalTargets, tmp_path_factory: pytest.TempPathFactory
) -> Journal:
    target = journal_targets.new(tmp_path_factory.mktemp("fuzz"))
    j = open_journal(target)
    with j.session() as s:
        me = staff.ensure_staff(s, "AB")
        sites.add_site(s, "Fröslunda", me.id)
        sites.add_site(s, "Årby", me.id)
    yield j
    j.close()
    journal_targets.release(target)


def _counts(j: Journal) -> tuple[int, int]:
    with j.session(readonly=True) as s:
        return (
            s.scalar(select(func.count()).select_from(QuickCase)) or 0,
            s.scalar(select(func.count()).select_from(ImportBatch)) or 0,
        )


def _try_dropin(j: Journal, data: bytes) -> str:
    before = _counts(j)
    try:
        with j.session() as s:
            result = import_dropin(s, Path("fuzz.csv"), None, data=data, force=True)
    except ImportProblem as exc:
        assert str(exc).startswith("fuzz.csv")
        assert _counts(j) == before
        return "refused"
    after = _counts(j)
    assert after == (before[0] + result.rows, before[1] + 1)
    return "ok"


def test_fuzzed_dropin_files_import_whole_or_not_at_all(fuzz_journal: Journal) -> None:
    tried = {"ok": 0, "refused": 0}

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=csv_files())
    def one_file(data: bytes) -> None:
        tried[_try_dropin(fuzz_journal, data)] += 1

    one_file()
    # The generator reaches both branches.
    assert tried["ok"] > 0 and tried["refused"] > 0, tried
    print(f"\nfuzzed drop-in files: {tried['ok']} imported, {tried['refused']} refused")


# -- cases, participants, attendance, assessments ---------------------------------------------
# Each example runs in a transaction that is rolled back afterwards (also when the import
# succeeded), so every example meets the same journal: whether a well-formed file imports
# does not depend on what earlier examples did, and hypothesis can replay any of them.

TODAY = date(2024, 6, 30)
OTHER_TIMES = ["2023-02-07", "2023-2-7", "07/02/2023", "2023-02-30", "2031-01-01", ""]


class _Rollback(Exception):
    """Raised at the end of a successful example to undo it."""


@dataclass(frozen=True)
class ImportKind:
    name: str
    header: str  # the contract's Swedish header
    english: str  # the same with the English aliases
    run: Callable[[Session, bytes], dict[str, int]]  # rows added per table
    valid_row: Callable[[st.DrawFn, int], list[str]]  # the i-th row of a well-formed file
    pools: tuple[tuple[str, ...], ...]  # per column: right, nearly right and wrong values


def _run_cases(s: Session, data: bytes) -> dict[str, int]:
    r = import_cases(s, Path("fuzz.csv"), None, data=data, force=True, today=TODAY)
    return {"case_file": r.rows, "case_closure": r.closed, "participant": r.new_codes}


def _run_participants(s: Session, data: bytes) -> dict[str, int]:
    r = import_participants(s, Path("fuzz.csv"), None, data=data, force=True)
    return {"enrolment": r.enrolled, "participant": r.new_codes}


def _run_attendance(s: Session, data: bytes) -> dict[str, int]:
    r = import_attendance(s, Path("fuzz.csv"), None, data=data, force=True, today=TODAY)
    return {"attendance": r.marks, "group_session": r.sessions_created}


def _run_assessments(s: Session, data: bytes) -> dict[str, int]:
    r = import_assessments(s, Path("fuzz.csv"), None, data=data, force=True, today=TODAY)
    return {"assessment": r.rows}


def _day(draw: st.DrawFn, start: date, days: int) -> date:
    return start + timedelta(days=draw(st.integers(0, days)))


def _valid_case(draw: st.DrawFn, i: int) -> list[str]:
    start = _day(draw, date(2023, 1, 2), 300)
    closed = draw(st.sampled_from(["", "Studier", "Varaktigt arbete", "Avvikit"]))
    end = (start + timedelta(days=draw(st.integers(0, 200)))).isoformat() if closed else ""
    return [
        f"NY-{i}",
        draw(st.sampled_from(["Fröslunda", "Årby", "årby"])),
        draw(st.sampled_from(["Medborgarservice", "Anvisad", "anvisad"])),
        draw(st.sampled_from(["Kvinna", "Man", "K", "m"])),
        draw(st.sampled_from(["18-24", "25–34", "55-64"])),
        start.isoformat(),
        end,
        closed,
    ]


def _valid_participant(draw: st.DrawFn, i: int) -> list[str]:
    enrolled = _day(draw, date(2023, 1, 2), 300)
    outcome = draw(
        st.sampled_from(["", "Anställning", "Studier – SFI", "studier - sfi", "Flyttat"])
    )
    left = (enrolled + timedelta(days=draw(st.integers(0, 90)))).isoformat() if outcome else ""
    group, kind = draw(
        st.sampled_from([("Språkgrupp", "språkgrupp"), ("Läxhjälp tisdag", "läxhjälp")])
    )
    return [
        group,
        "Fröslunda",
        kind,
        f"NY-{i}",
        draw(st.sampled_from(["Kvinna", "Man", "K"])),
        draw(st.sampled_from(["25-34", "35-44"])),
        draw(st.sampled_from(["Anvisad", "Medborgarservice", "Egen hand"])),
        enrolled.isoformat(),
        left,
        outcome,
    ]


def _valid_mark(draw: st.DrawFn, i: int) -> list[str]:
    # Row i: participant FZ-(i % 6 + 1) on the (i // 6)-th Tuesday: never the same pair twice.
    day = date(2023, 1, 3) + timedelta(weeks=i // 6 + draw(st.integers(0, 1)) * 10)
    status = draw(st.sampled_from(["Närvarande", "Frånvarande", "Anmäld frånvaro", "present"]))
    return ["Språkgrupp", "Fröslunda", day.isoformat(), f"FZ-{i % 6 + 1}", status]


def _valid_reading(draw: st.DrawFn, i: int) -> list[str]:
    coach = draw(st.booleans())
    day = date(2023, 1, 2) + timedelta(days=i // 6 + 7 * draw(st.integers(0, 1)) * 10)
    values = [
        draw(st.sampled_from(["", *map(str, range(1, 11))])) for _ in range(7 if coach else 6)
    ]
    if not any(values):
        values[0] = "5"
    return [
        f"FZ-{i % 6 + 1}",
        day.isoformat(),
        "vägledare" if coach else "deltagare",
        *values,
        *([] if coach else [""]),
    ]


CODES = ("FZ-1", "fz-2", "NY-1", "19811218-9876", "X" * 41, "", "ÅRB 1")
KINDS_OF_IMPORT = (
    ImportKind(
        "cases",
        "kod;mötesplats;väg;kön;åldersgrupp;start;avslut;orsak",
        "code,site,route,gender,age_band,start,closed,reason",
        _run_cases,
        _valid_case,
        (
            CODES,
            ("Fröslunda", "Årby", "Nord", ""),
            ("Medborgarservice", "Anvisad", "EEB", ""),
            ("Kvinna", "Man", "K", "X", ""),
            ("25-34", "25–34", "16-17", ""),
            ("2023-03-01", *OTHER_TIMES),
            ("2023-03-31", "2023-02-01", *OTHER_TIMES),
            ("Studier", "studier", "Avviktit", "Annan orsak", ""),
        ),
    ),
    ImportKind(
        "participants",
        "grupp;mötesplats;typ;kod;kön;åldersgrupp;väg;inskriven;utskriven;utfall",
        "group,site,kind,code,gender,age_band,route,enrolled,left,outcome",
        _run_participants,
        _valid_participant,
        (
            ("Språkgrupp", "Läxhjälp", "x" * 81, ""),
            ("Fröslunda", "Årby", "Syd", ""),
            ("språkgrupp", "språkcafé", "läxhjälp", "kör", ""),
            CODES,
            ("Kvinna", "Man", "M", "?", ""),
            ("25-34", "35-44", "99-100", ""),
            ("Anvisad", "Egen hand", "EEB", "Buss", ""),
            ("2023-01-09", "2022-12-01", *OTHER_TIMES),
            ("2023-03-31", "2023-01-01", *OTHER_TIMES),
            ("Studier – SFI", "Anställning", "Annat", "Lotto", ""),
        ),
    ),
    ImportKind(
        "attendance",
        "grupp;mötesplats;datum;kod;närvaro",
        "group,site,date,code,attendance",
        _run_attendance,
        _valid_mark,
        (
            ("Språkgrupp", "språkgrupp", "Okänd grupp", ""),
            ("Fröslunda", "Årby", ""),
            ("2023-01-10", "2022-12-27", "2023-02-14", *OTHER_TIMES),
            CODES,
            ("Närvarande", "frånvarande", "Anmäld frånvaro", "Sjuk", ""),
        ),
    ),
    ImportKind(
        "assessments",
        "kod;datum;besvarad_av;f1;f2;f3;f4;f5;f6;f7",
        "code,date,answered_by,f1,f2,f3,f4,f5,f6,f7",
        _run_assessments,
        _valid_reading,
        (
            CODES,
            ("2023-03-01", *OTHER_TIMES),
            ("deltagare", "vägledare", "vagledare", "chefen", ""),
            *((("1", "10", "0", "11", "5,5", "-3", "", "tio"),) * 7),
        ),
    ),
)


@st.composite
def well_formed(draw: st.DrawFn, kind: ImportKind) -> bytes:
    english = draw(st.booleans())
    delim = "," if english else ";"
    header = kind.english if english else kind.header
    n = draw(st.integers(1, 8))
    rows = [delim.join(kind.valid_row(draw, i)) for i in range(n)]
    text = draw(st.sampled_from(["\n", "\r\n"])).join([header, *rows]) + "\n"
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig"])))


@st.composite
def any_file(draw: st.DrawFn, kind: ImportKind) -> bytes:
    if draw(st.integers(0, 2)) == 0:
        return draw(well_formed(kind))
    if draw(st.integers(0, 11)) == 0:
        return draw(st.binary(max_size=300))
    columns = kind.header.split(";")
    header = draw(
        st.sampled_from(
            [
                kind.header,
                kind.english.replace(",", ";"),
                ";".join(columns[:-1]),  # a column missing
                ";".join([*columns, columns[0]]),  # a column twice
                kind.header.upper(),
                "",
            ]
        )
    )
    delim = draw(st.sampled_from([";", ",", "\t"]))
    rows = []
    for i in range(draw(st.integers(0, 7))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            row = kind.valid_row(draw, i)
        elif choice == 1:  # every column from its pool of right and wrong values
            row = [draw(st.sampled_from(pool)) for pool in kind.pools]
        elif choice == 2:  # a valid row with one field broken
            row = kind.valid_row(draw, i)
            row[draw(st.integers(0, len(row) - 1))] = draw(fields)
        else:
            row = draw(st.lists(fields, min_size=0, max_size=len(columns) + 2))
        rows.append(delim.join(row))
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join([header.replace(";", delim), *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


@pytest.fixture(scope="module")
def rich_journal(tmp_path_factory: pytest.TempPathFactory) -> Journal:
    """Two sites; at Fröslunda a språkgrupp from 2 January 2023 meeting on Tuesdays, with
    FZ-1 … FZ-6 enrolled."""
    j = open_journal(tmp_path_factory.mktemp("fuzz-all") / "journal.sqlite")
    with j.session() as s:
        me = staff.ensure_staff(s, "AB")
        fro = sites.add_site(s, "Fröslunda", me.id)
        sites.add_site(s, "Årby", me.id)
        g = groups.add_group(
            s,
            fro.id,
            "Språkgrupp",
            GroupKind.LANGUAGE_GROUP,
            date(2023, 1, 2),
            me.id,
            schedule=[groups.parse_slot("tis 09:30-11:30")],
        )
        for i in range(1, 7):
            gender = Gender.WOMAN if i % 2 else Gender.MAN
            enrolments.enrol(
                s,
                g.id,
                f"FZ-{i}",
                gender,
                "25-34",
                EnrolmentRoute.REFERRED,
                date(2023, 1, 2),
                me.id,
            )
    yield j
    j.close()


def _all_counts(s: Session) -> dict[str, int]:
    return {
        t.name: s.scalar(select(func.count()).select_from(t)) or 0
        for t in Base.metadata.sorted_tables
    }


def _try(j: Journal, kind: ImportKind, data: bytes) -> str:
    """Imports ``data``; returns whether it was imported (and rolled back) or refused."""
    with j.session(readonly=True) as s:
        before = _all_counts(s)
    try:
        with j.session() as s:
            added = kind.run(s, data)
            after = _all_counts(s)
            raise _Rollback
    except _Rollback:
        outcome = "ok"
        assert after["import_batch"] == before["import_batch"] + 1
        for table, n in added.items():
            assert after[table] == before[table] + n, table
        assert sum(added.values()) > 0
        assert all(after[t] >= n for t, n in before.items())  # an import never deletes
    except ImportProblem as exc:
        outcome = "refused"
        assert str(exc).startswith("fuzz.csv"), str(exc)
        with j.session(readonly=True) as s:
            assert _all_counts(s) == before  # nothing half-imported
    with j.session(readonly=True) as s:
        assert _all_counts(s) == before
    return outcome


FUZZ_SETTINGS = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.parametrize("kind", KINDS_OF_IMPORT, ids=lambda k: k.name)
def test_fuzzed_files_import_whole_or_not_at_all(rich_journal: Journal, kind: ImportKind) -> None:
    tried = {"ok": 0, "refused": 0}

    @FUZZ_SETTINGS
    @given(data=st.data())
    def one_file(data: st.DataObject) -> None:
        tried[_try(rich_journal, kind, data.draw(any_file(kind)))] += 1

    one_file()
    # The generators reach both branches.
    assert tried["ok"] > 0 and tried["refused"] > 0, (kind.name, tried)
    print(f"\nfuzzed {kind.name} files: {tried['ok']} imported, {tried['refused']} refused")
