"""Recording readings: the day's correction, deletion with a reason, who is due, factor sets,
translations dropped in as files, and the take-home PDF."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pdf_text import pdf_info, pdf_text
from sqlalchemy import select

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import assessments as A
from vagledare.journal import audit, cases, factor_sets, participants, sites
from vagledare.journal.errors import ValidationError
from vagledare.journal.factor_texts import available_languages, translated_factors, user_texts_dir
from vagledare.journal.models import Assessment, ClosureReason, Gender, Respondent, Route
from vagledare.journal.progress import participant_progress

P, C = Respondent.PARTICIPANT, Respondent.COACH
ALL6 = {1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 5}


def open_case_for(s, site_id, code: str, gender: Gender, band: str):  # noqa: ANN001, ANN201
    """A participant with a case open since 2023-01-01 (only they are due a reading)."""
    case_id = cases.open_case(
        s,
        site_id=site_id,
        route=Route.REFERRED,
        start=date(2023, 1, 1),
        gender=gender,
        age_band=band,
        author_id=None,
        code=code,
    )
    return participants.find_participant(s, code), case_id


@pytest.fixture
def pid(desk: Desk):  # noqa: ANN201
    with desk.journal.session() as s:
        return open_case_for(s, desk.site.id, "FRÖ-7", Gender.MAN, "35-44")[0].id


def test_factor_7_is_never_answered_by_the_participant(desk: Desk, pid) -> None:  # noqa: ANN001
    with desk.journal.session() as s, pytest.raises(A.ValueProblem, match="bara av vägledaren"):
        A.record_reading(s, pid, P, date(2023, 3, 1), {**ALL6, 7: 6}, desk.staff.id)
    with desk.journal.session() as s:
        r = A.record_reading(s, pid, C, date(2023, 3, 1), {1: 4, 7: 6}, desk.staff.id)
    assert r.value(7) == 6 and r.asked(2) and r.value(2) is None


@pytest.mark.parametrize(
    ("values", "day", "comment", "message"),
    [
        ({1: 11}, date(2023, 3, 1), None, "heltal 1–10"),
        ({1: None}, date(2023, 3, 1), None, "inga värden"),
        ({1: 3}, date.today() + timedelta(days=1), None, "inte har varit"),
        ({1: 3}, date(2023, 3, 1), "Ringde 19811218-9876", "personnummer"),
    ],
)
def test_bad_readings_are_refused(desk: Desk, pid, values, day, comment, message) -> None:  # noqa: ANN001
    with desk.journal.session() as s, pytest.raises(ValidationError, match=message):
        A.record_reading(s, pid, P, day, values, desk.staff.id, comment=comment)


def test_correction_on_the_day_then_only_deletion_with_a_reason(desk: Desk, pid) -> None:  # noqa: ANN001
    today = date.today()
    with desk.journal.session() as s:
        r = A.record_reading(s, pid, P, today, ALL6, desk.staff.id, comment="Första samtalet")
        with pytest.raises(ValidationError, match="rätta den i stället"):
            A.record_reading(s, pid, P, today, ALL6, desk.staff.id)
        fixed = A.correct_reading(s, r.id, {**ALL6, 1: 8}, desk.staff.id, comment="Rättad")
    assert fixed.value(1) == 8 and fixed.comment == "Rättad"
    with desk.journal.session() as s, pytest.raises(ValidationError, match="samma dag"):
        A.correct_reading(s, r.id, ALL6, desk.staff.id, today=today + timedelta(days=1))
    with desk.journal.session() as s, pytest.raises(ValidationError, match="varför"):
        A.delete_reading(s, r.id, "  ", desk.staff.id)
    with desk.journal.session() as s:
        A.delete_reading(s, r.id, "Fel deltagare", desk.staff.id)
    with desk.journal.session() as s:
        row = s.scalar(select(Assessment).where(Assessment.id == r.id))
        assert row is not None  # never physically deleted
        assert row.deletion_reason == "Fel deltagare" and row.deleted_by_id == desk.staff.id
        assert isinstance(row.deleted_at, datetime)
        assert A.list_readings(s, pid) == []
        assert A.list_readings(s, pid, include_deleted=True)[0].deleted
        with pytest.raises(ValidationError, match="redan borttagen"):
            A.delete_reading(s, r.id, "Igen", desk.staff.id)
        again = A.record_reading(s, pid, P, today, ALL6, desk.staff.id)  # the day is free again
    assert again.id != r.id


def test_coach_view_is_shown_beside_only_when_both_exist(desk: Desk, pid) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        A.record_reading(s, pid, P, date(2023, 3, 1), ALL6, desk.staff.id)
        assert A.side_by_side(s, pid) is None
        A.record_reading(s, pid, C, date(2023, 1, 1), {1: 2, 7: 3}, desk.staff.id)  # too early
        assert A.side_by_side(s, pid) is None
        A.record_reading(s, pid, C, date(2023, 3, 3), {1: 3, 7: 4}, desk.staff.id)
        pair = A.side_by_side(s, pid)
    assert pair is not None
    assert (pair.participant.value(1), pair.coach.value(1), pair.coach.value(7)) == (5, 3, 4)


def test_due_and_overdue_list_follows_the_configurable_interval(desk: Desk, pid) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        arby = sites.add_site(s, "Årby", desk.staff.id)
        other, _ = open_case_for(s, arby.id, "ÅRB-1", Gender.WOMAN, "18-24")
        A.record_reading(s, pid, P, date(2023, 1, 31), ALL6, desk.staff.id)
        A.record_reading(s, other.id, P, date(2023, 3, 10), ALL6, desk.staff.id)
        assert A.interval_months(s) == 4
        due = A.due_readings(s, date(2023, 5, 25))
        assert [(d.code, d.due_on, d.overdue) for d in due] == [("FRÖ-7", date(2023, 5, 31), False)]
        due = A.due_readings(s, date(2023, 7, 1))
        assert [(d.code, d.due_on, d.overdue) for d in due] == [
            ("FRÖ-7", date(2023, 5, 31), True),
            ("ÅRB-1", date(2023, 7, 10), False),
        ]
        only_arby = A.due_readings(s, date(2023, 7, 1), site_ids=[arby.id])
        assert [d.code for d in only_arby] == ["ÅRB-1"]
        A.set_interval_months(s, 3)
        assert A.due_readings(s, date(2023, 5, 1))[0].due_on == date(2023, 4, 30)
        with pytest.raises(ValidationError):
            A.set_interval_months(s, 0)


def test_due_leaves_out_people_with_no_open_case(desk: Desk) -> None:
    with desk.journal.session() as s:
        people = {}
        for code in ("FRÖ-1", "FRÖ-2", "FRÖ-3"):
            people[code] = open_case_for(s, desk.site.id, code, Gender.WOMAN, "25-34")
            A.record_reading(s, people[code][0].id, P, date(2023, 1, 31), ALL6, desk.staff.id)
        cases.close_case(s, people["FRÖ-2"][1], date(2023, 4, 1), ClosureReason.STUDIES, None)
        cases.close_case(s, people["FRÖ-3"][1], date(2023, 4, 1), ClosureReason.STUDIES, None)
        cases.reopen_case(s, people["FRÖ-3"][1], date(2023, 5, 2), None)
        bare = participants.register_participant(
            s, desk.site.id, Gender.MAN, "25-34", None, code="FRÖ-4"
        )
        A.record_reading(s, bare.id, P, date(2023, 1, 31), ALL6, desk.staff.id)
        # FRÖ-2's case closed, FRÖ-4 never had one; FRÖ-3's was opened again
        assert [d.code for d in A.due_readings(s, date(2023, 7, 1))] == ["FRÖ-1", "FRÖ-3"]
        # before FRÖ-2's closing it was due like the others
        assert [d.code for d in A.due_readings(s, date(2023, 3, 31), within_days=90)] == [
            "FRÖ-1",
            "FRÖ-2",
            "FRÖ-3",
        ]


def test_cli_due_interval_list_and_delete(
    db_target: str,
    desk: Desk,
    pid,
    capsys: pytest.CaptureFixture[str],  # noqa: ANN001
) -> None:
    with desk.journal.session() as s:
        A.record_reading(s, pid, P, date(2023, 1, 31), {1: 4}, desk.staff.id)
    db = ["--db", db_target, "--as", "AB", "assessments"]
    assert main([*db, "interval", "6"]) == 0
    assert main([*db, "due", "--as-of", "2023-08-01"]) == 0
    out = capsys.readouterr().out
    assert "6 månader" in out and "FRÖ-7\t2023-07-31\tförsenad\tsenast 2023-01-31\tAB" in out
    assert (
        main(
            [
                *db,
                "delete",
                "FRÖ-7",
                "2023-01-31",
                "--answered-by",
                "deltagare",
                "--reason",
                "Dubblett",
            ]
        )
        == 0
    )
    assert main([*db, "list", "FRÖ-7"]) == 0
    assert "2023-01-31\tdeltagare\tv1\t4 – – – – –\tborttagen: Dubblett" in capsys.readouterr().out


def test_a_municipality_replaces_the_factor_set_and_old_readings_keep_theirs(
    db_target: str,
    desk: Desk,
    pid,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # noqa: ANN001
) -> None:
    with desk.journal.session() as s:
        old = A.record_reading(s, pid, P, date(2023, 1, 31), ALL6, desk.staff.id)
    own = factor_sets.default_definition()
    own.pop("key")
    own["name"] = "Kommunens sju"
    for i, f in enumerate(own["factors"], start=1):
        f["name"] = f"Område {i}"
    path = tmp_path / "egna.json"
    path.write_text(json.dumps(own, ensure_ascii=False), "utf-8")
    db = ["--db", db_target, "--as", "AB", "assessments"]
    assert main([*db, "install-factors", str(path)]) == 0
    assert main([*db, "factors"]) == 0
    out = capsys.readouterr().out
    assert "version 2: Kommunens sju [egen-2] (används); språk: sv" in out
    assert "  7. Område 7 (bara vägledaren)" in out
    with desk.journal.session() as s:
        new = A.record_reading(s, pid, P, date(2023, 5, 31), ALL6, desk.staff.id)
        assert (A.get_reading(s, old.id).version, new.version) == (1, 2)
    bad = dict(own, factors=own["factors"][:6])
    path.write_text(json.dumps(bad), "utf-8")
    assert main([*db, "install-factors", str(path)]) == 1
    assert "exakt 7 faktorer" in capsys.readouterr().err


def test_a_new_language_is_dropped_in_as_files_without_code(desk: Desk) -> None:
    base = user_texts_dir()
    (base / "languages").mkdir(parents=True)
    (base / "factors" / "bip-1").mkdir(parents=True)
    (base / "languages" / "fi.json").write_text(
        json.dumps({"name": "Suomi", "form": {"skip": "En halua vastata", "next": "Seuraava"}}),
        "utf-8",
    )
    (base / "factors" / "bip-1" / "fi.json").write_text(
        json.dumps(
            {
                "factors": [
                    {
                        "position": 1,
                        "name": "Työnhakukäyttäytyminen",
                        "question": "Mitä olet tehnyt saadaksesi työn?",
                    }
                ]
            }
        ),
        "utf-8",
    )
    langs = {x.code: x for x in available_languages("bip-1")}
    assert list(langs)[:2] == ["sv", "en"] and "fi" in langs  # shipped packs beside it
    assert langs["fi"].form_text("skip") == "En halua vastata"
    assert langs["fi"].form_text("back") == "Tillbaka"  # missing words fall back to Swedish
    with desk.journal.session() as s:
        fs = factor_sets.current_factor_set(s)
    fi = translated_factors(fs.key, "fi", fs.texts)
    assert fi is not None
    assert fi[0].name == "Työnhakukäyttäytyminen"
    assert fi[0].anchor(1) == "Jag har inte letat efter jobb."  # not translated yet: Swedish
    assert fi[1].name == "Kunskap om arbetsmarknaden"


def test_every_shipped_factor_has_plain_swedish_statements_and_an_english_translation(
    desk: Desk,
) -> None:
    with desk.journal.session() as s:
        fs = factor_sets.current_factor_set(s)
    en = translated_factors(fs.key, "en", fs.texts)
    assert en is not None
    assert [f.name for f in fs.factors] == [
        "Jobbsökningsbeteende",
        "Kunskap om arbetsmarknaden",
        "Hälsa och hantering av hälsan",
        "Samarbetsförmåga",
        "Målmedvetenhet",
        "Tilltro till egen förmåga att klara ett arbete",
        "Vägledarens tilltro till att deltagaren får arbete",
    ]
    assert [f.coach_only for f in fs.factors] == [False] * 6 + [True]
    for sv, eng in zip(fs.texts, en, strict=True):
        assert [v for v, _ in sv.coach_anchors] == [1, 4, 7, 10]
        assert [v for v, _ in eng.coach_anchors] == [1, 4, 7, 10]
        assert eng.name != sv.name and eng.coach_question != sv.coach_question
        if sv.position < 7:
            assert [v for v, _ in sv.anchors] == [1, 4, 7, 10]
            assert eng.question != sv.question


def test_star_chart_pdf_has_all_seven_axes_with_swedish_labels(
    db_target: str,
    desk: Desk,
    pid,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    with desk.journal.session() as s:
        A.record_reading(s, pid, P, date(2023, 1, 31), {**ALL6, 3: None}, desk.staff.id)
        A.record_reading(s, pid, C, date(2023, 1, 31), {1: 4, 7: 3}, desk.staff.id)
        A.record_reading(s, pid, P, date(2023, 5, 31), {**ALL6, 1: 8}, desk.staff.id)
        progress = participant_progress(s, pid)
    assert (progress.first.taken_on, progress.latest.taken_on) == (
        date(2023, 1, 31),
        date(2023, 5, 31),
    )
    assert progress.values(progress.first)[7] == 3  # factor 7 from the coach's reading
    for lang in ("sv", "en"):
        out = tmp_path / f"kort-{lang}.pdf"
        assert (
            main(
                [
                    "--db",
                    db_target,
                    "assessments",
                    "card",
                    "FRÖ-7",
                    "--lang",
                    lang,
                    "--output",
                    str(out),
                ]
            )
            == 0
        )
        assert pdf_info(out)["pages"] == 1
        words = " ".join(pdf_text(out).split())
        for label in (
            "Jobbsökning",
            "Arbetsmarknaden",
            "Hälsa",
            "Samarbete",
            "Målmedvetenhet",
            "Tilltro till egen förmåga",
            "Vägledarens tilltro",
        ):
            assert label in words, label
        if lang == "sv":
            assert "Min progression" in words and "FRÖ-7" in words
            assert "Jobbsökningsbeteende 5 8 +3" in words
            assert "Hälsa och hantering av hälsan Vill inte svara 5 –" in words
        else:
            assert "My progress" in words and "(Job search)" in words
            assert "Job-search behaviour Jobbsökningsbeteende 5 8 +3" in words
        assert "Exempeldata" not in words  # a real journal
    with desk.journal.session() as s:  # each card is audited against the participant
        cards = [e for e in audit.entries(s) if e.action == "export" and e.entity_id == str(pid)]
    assert len(cards) == 2


def test_the_reading_form_opens_on_the_days_reading_or_the_current_set(desk: Desk, pid) -> None:  # noqa: ANN001
    from vagledare.journal.progress import participant_readings

    today, me = date.today(), desk.staff.id
    reading, fs = desk.journal.write(A.reading_to_edit, pid, P, today, me)  # installs the set
    assert reading is None and fs.version == 1 and fs.id != factor_sets.NOT_INSTALLED
    with desk.journal.session() as s:
        r = A.record_reading(s, pid, P, today, ALL6, me)
    reading, same = desk.journal.write(A.reading_to_edit, pid, P, today, me)
    assert reading is not None and reading.id == r.id and same.id == fs.id
    reading, _ = desk.journal.write(A.reading_to_edit, pid, C, today, me, correct=r.id)
    assert reading is not None and reading.id == r.id
    page = desk.journal.write(participant_readings, pid)
    assert [x.id for x in page.readings] == [r.id] and page.pair is None
    assert page.progress.readings[0].id == r.id
    months, due = desk.journal.read(A.due_at, today, [desk.site.id])
    assert (months, due) == (A.DEFAULT_INTERVAL_MONTHS, [])  # read just now: not due yet


def test_the_star_never_plots_a_declined_answer_and_marks_the_coachs_factor(
    db_target: str, desk: Desk, pid, tmp_path: Path
) -> None:  # noqa: ANN001
    from reportlab.graphics.shapes import Circle, Line, String

    from vagledare.reports.render.progress_pdf import star_drawing

    with desk.journal.session() as s:
        A.record_reading(s, pid, P, date(2023, 1, 31), {**ALL6, 3: None}, desk.staff.id)
        A.record_reading(s, pid, C, date(2023, 1, 31), {1: 4, 7: 3}, desk.staff.id)
        progress = participant_progress(s, pid)
    first = progress.first
    style = [("#000000", 1.0, None)]
    d = star_drawing(progress, [first], style, 400, 300, ["x"] * 7)
    dots = [c for c in d.contents if isinstance(c, Circle)]
    assert len(dots) == 6  # seven factors, one declined: no dot at 0 in the middle
    cx, cy = 200, 150
    assert all((c.cx, c.cy) != (cx, cy) for c in dots)
    # The strand breaks at the declined factor: the two edges that touch it are not drawn.
    strand = [x for x in d.contents if isinstance(x, Line)]
    assert len(strand) == 7 - 2
    # Scale numbers stand between the first two spokes, away from the dots on the first one.
    scale = [x for x in d.contents if isinstance(x, String)]
    assert [x.text for x in scale] == ["2", "4", "6", "8", "10"]
    top_dot = max(dots, key=lambda c: c.cy)
    assert all(abs(x.x - top_dot.cx) > 3 for x in scale)
    out = tmp_path / "kort.pdf"
    assert main(["--db", db_target, "assessments", "card", "FRÖ-7", "--output", str(out)]) == 0
    words = " ".join(pdf_text(out).split())
    assert "* Vägledarens tilltro bedöms av din vägledare; värdet är vägledarens." in words
    assert "Vill inte svara visas inte i diagrammet" in words
