"""Fuzzed CSV files for every import: imported correctly or refused with a clear message,
never a crash, never half an import."""

from __future__ import annotations

from pathlib import Path

import pytest
from backends import JournalTargets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from vagledare.imports.csvfile import ImportProblem
from vagledare.imports.dropin import import_dropin
from vagledare.journal import sites, staff
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.models import ImportBatch, QuickCase

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


TRIED = {"ok": 0, "refused": 0}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=csv_files())
def test_fuzzed_dropin_files_import_whole_or_not_at_all(fuzz_journal: Journal, data: bytes) -> None:
    before = _counts(fuzz_journal)
    try:
        with fuzz_journal.session() as s:
            result = import_dropin(s, Path("fuzz.csv"), None, data=data, force=True)
    except ImportProblem as exc:
        TRIED["refused"] += 1
        assert str(exc).startswith("fuzz.csv")
        assert _counts(fuzz_journal) == before
        return
    TRIED["ok"] += 1
    after = _counts(fuzz_journal)
    assert after == (before[0] + result.rows, before[1] + 1)


def test_fuzz_tried_both_outcomes() -> None:
    # Runs after the property test in file order; proves the generator reaches both branches.
    assert TRIED["ok"] > 0 and TRIED["refused"] > 0, TRIED
    print(f"\nfuzzed drop-in files: {TRIED['ok']} imported, {TRIED['refused']} refused")
