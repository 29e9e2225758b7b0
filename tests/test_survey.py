"""The experience survey (upplevelseenkät): anonymous answers that keep nothing but day, site,
statement and value; the day's count in the audit log instead of an entry per answer; the
statements a team lead configures; the ``upplevelse`` report's CSV contract and its
protection; what travels in the journal exchange (the statements) and what stays (answers)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from disclosure_audit import assert_safe
from exchange_builders import import_trusted, make_desk
from sqlalchemy import select, text

from vagledare.cli import main
from vagledare.exchange.files import export_file
from vagledare.exchange.model import by_name
from vagledare.journal import audit, participants, sites, staff, survey
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender, SurveyAnswer, SurveyStatement
from vagledare.reports import door
from vagledare.reports.periods import full_year
from vagledare.reports.table import HIDDEN, MARKERS

DEFAULT_KEYS = ["bemotande", "anpassat_stod", "delaktighet", "information", "rekommendera"]
HEADER = "Påstående;Svar;Instämmer;Andel instämmer"
BY_GENDER = ";Kvinnor Svar;Kvinnor Instämmer;Män Svar;Män Instämmer"


def _site(journal: Journal, name: str = "Årby") -> sites.SiteInfo:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        return sites.add_site(s, name, me.id)


def _answer(
    journal: Journal,
    site_id: uuid.UUID,
    values: list[int | None],
    day: date,
    participant_id: uuid.UUID | None = None,
    today: date | None = None,
) -> None:
    with journal.session() as s:
        answers = dict(zip(DEFAULT_KEYS, values, strict=True))
        survey.record_response(
            s,
            site_id,
            answers,
            participant_id=participant_id,
            answered_on=day,
            today=today or day,
        )


# -- the answers and the log --------------------------------------------------------------


def test_an_anonymous_answer_keeps_day_site_statement_and_value_only(journal: Journal) -> None:
    site = _site(journal)
    _answer(journal, site.id, [5, 4, None, 3, 5], date(2024, 3, 1))
    with journal.session(readonly=True) as s:
        rows = s.execute(select(SurveyAnswer.__table__)).mappings().all()
    assert len(rows) == 5
    assert set(rows[0]) == {
        "id",
        "answered_on",
        "site_id",
        "statement_key",
        "value",
        "participant_id",
    }
    assert all(r["participant_id"] is None for r in rows)
    assert {r["answered_on"] for r in rows} == {date(2024, 3, 1)}
    assert sorted((r["statement_key"], r["value"]) for r in rows) == sorted(
        zip(DEFAULT_KEYS, [5, 4, None, 3, 5], strict=True)
    )
    # Random keys (uuid4), not time-ordered ones that would tell the order of answering.
    assert all(uuid.UUID(str(r["id"])).version == 4 for r in rows)


def test_anonymous_answers_get_no_audit_entry_only_the_days_count(journal: Journal) -> None:
    site = _site(journal)
    with journal.session(readonly=True) as s:
        before = len(audit.entries(s))
    for _ in range(3):
        _answer(journal, site.id, [5, 4, None, 3, 5], date(2024, 3, 1))
    with journal.session(readonly=True) as s:
        assert len(audit.entries(s)) == before  # the day is not over: nothing logged yet
        (count,) = survey.day_counts(s)
        assert (count.answered_on, count.responses, count.answers) == (date(2024, 3, 1), 3, 15)
        assert count.logged == 0
    # The next day's first answer closes the first day: one entry, naming nobody.
    _answer(journal, site.id, [1, 1, 1, 1, 1], date(2024, 3, 2))
    with journal.session(readonly=True) as s:
        new = audit.entries(s)[: len(audit.entries(s)) - before]
        assert [e.action for e in new] == ["survey_day"]
        (entry,) = new
        assert entry.actor is None and "via" not in entry.detail
        assert entry.detail["answered_on"] == "2024-03-01"
        assert entry.detail["anonymous_responses"] == 3
        assert entry.entity_id is None
        assert not [
            e for e in audit.entries(s) if e.entity == "survey_answer" and e.action == "create"
        ]
        assert survey.check_day_counts(s) == []
        counts = {c.answered_on: (c.responses, c.logged) for c in survey.day_counts(s)}
        assert counts == {date(2024, 3, 1): (3, 3), date(2024, 3, 2): (1, 0)}


def test_a_late_paper_answer_for_a_logged_day_is_logged_as_the_difference(
    journal: Journal,
) -> None:
    site = _site(journal)
    _answer(journal, site.id, [5] * 5, date(2024, 3, 1))
    _answer(journal, site.id, [5] * 5, date(2024, 3, 2))  # logs 1 March: 1 response
    _answer(journal, site.id, [4] * 5, date(2024, 3, 1), today=date(2024, 3, 3))
    _answer(journal, site.id, [4] * 5, date(2024, 3, 3), today=date(2024, 3, 4))
    with journal.session(readonly=True) as s:
        days = [
            (e.detail["answered_on"], e.detail["anonymous_responses"])
            for e in reversed(audit.entries(s))
            if e.action == "survey_day"
        ]
        assert sorted(days) == [("2024-03-01", 1), ("2024-03-01", 1), ("2024-03-02", 1)]
        assert survey.check_day_counts(s) == []


def test_an_answer_tied_to_a_code_names_the_participant_once_in_the_log(
    journal: Journal,
) -> None:
    site = _site(journal)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        p = participants.register_participant(s, site.id, Gender.WOMAN, "25-34", me.id)
    _answer(journal, site.id, [5, 5, 5, 1, None], date(2024, 3, 2), p.id)
    with journal.session(readonly=True) as s:
        rows = s.scalars(select(SurveyAnswer).where(SurveyAnswer.participant_id == p.id)).all()
        assert len(rows) == 5
        mine = [e for e in audit.entries(s) if e.entity_id == str(p.id)]
        assert [e.action for e in mine] == ["survey_response", "create"]
        assert survey.day_counts(s) == []  # not an anonymous response


def test_a_response_must_answer_every_statement_with_1_to_5_or_skip(journal: Journal) -> None:
    site = _site(journal)
    with journal.session() as s:
        with pytest.raises(ValidationError, match="svar saknas på rekommendera"):
            survey.record_response(s, site.id, dict(zip(DEFAULT_KEYS[:4], [5] * 4, strict=True)))
        with pytest.raises(ValidationError, match="1–5"):
            survey.record_response(
                s, site.id, dict(zip(DEFAULT_KEYS, [5, 5, 6, 5, 5], strict=True))
            )
        with pytest.raises(ValidationError, match="inte finns i enkäten: trygg"):
            survey.record_response(s, site.id, {**dict.fromkeys(DEFAULT_KEYS, 5), "trygg": 5})
        with pytest.raises(ValidationError, match="har inte kommit"):
            survey.record_response(
                s,
                site.id,
                dict.fromkeys(DEFAULT_KEYS, 5),
                answered_on=date(2024, 3, 2),
                today=date(2024, 3, 1),
            )
    assert survey.parse_answers("5,4,-,3, x", 5) == [5, 4, None, 3, None]
    with pytest.raises(ValidationError, match="Svar 2"):
        survey.parse_answers("5,0,-,3,5", 5)


@pytest.mark.sqlite_only
def test_answers_are_stored_in_key_order_without_a_rowid(journal: Journal) -> None:
    with journal.engine.connect() as c:
        sql = c.execute(text("SELECT sql FROM sqlite_master WHERE name = 'survey_answer'")).scalar()
    assert "WITHOUT ROWID" in sql


# -- the statements -----------------------------------------------------------------------


def test_statements_are_added_renamed_moved_and_taken_out_of_use(journal: Journal) -> None:
    with journal.session() as s:
        assert [x.key for x in survey.list_statements(s)] == DEFAULT_KEYS
        x = survey.add_statement(s, "Jag kände mig trygg.", position=1)
        assert (x.key, x.position) == ("jag_kande_mig_trygg", 1)
        survey.set_statement(s, "jag_kande_mig_trygg", text="Jag kände mig trygg här.")
        survey.set_statement(s, "jag_kande_mig_trygg", position=6)
        survey.remove_statement(s, "bemotande")
        shown = survey.list_statements(s)
        assert [x.key for x in shown] == [*DEFAULT_KEYS[1:], "jag_kande_mig_trygg"]
        assert [x.position for x in shown] == [1, 2, 3, 4, 5]
        assert shown[-1].text == "Jag kände mig trygg här."
        # Back in use with the same words: the same key (and so its answers).
        assert survey.add_statement(s, "jag blev bra bemött.").key == "bemotande"
        with pytest.raises(ValidationError, match="personnummer"):
            survey.add_statement(s, "Ring 811218-9876")
        with pytest.raises(ValidationError, match="finns redan"):
            survey.add_statement(s, "Jag fick tydlig information.")
        for i in range(6):
            survey.add_statement(s, f"Påstående nummer {i}")
        with pytest.raises(ValidationError, match="12"):
            survey.add_statement(s, "Ett för mycket")


def test_the_last_statement_cannot_be_taken_out_of_use(journal: Journal) -> None:
    with journal.session() as s:
        for key in DEFAULT_KEYS[:-1]:
            survey.remove_statement(s, key)
        with pytest.raises(ValidationError, match="minst ett"):
            survey.remove_statement(s, "rekommendera")


def test_only_a_team_lead_changes_the_statements_on_the_command_line(
    db_target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from vagledare.journal import access
    from vagledare.journal.models import Role

    j = open_journal(db_target)
    with j.session() as s:
        tl = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
        co = staff.ensure_staff(s, "CO", Role.COACH)
        access.set_pin(s, tl.id, "2468")
        access.set_pin(s, co.id, "1357")
    j.close()
    monkeypatch.setenv("VAGLEDARE_PIN", "1357")
    args = ["--db", db_target, "--as", "CO", "survey", "statements", "add", "Jag kände mig trygg."]
    assert main(args) == 1
    assert "teamledare" in capsys.readouterr().err
    monkeypatch.setenv("VAGLEDARE_PIN", "2468")
    assert main(["--db", db_target, "--as", "TL", *args[4:]]) == 0
    out = capsys.readouterr().out
    assert "6. jag_kande_mig_trygg: Jag kände mig trygg." in out
    assert main(["--db", db_target, "survey", "statements", "list"]) == 0


# -- the report ---------------------------------------------------------------------------


def cli(db: str, *args: str) -> int:
    return main(["--db", db, "--as", "TL", *args])


def _report(db: str, tmp_path: Path, *extra: str) -> bytes:
    out = tmp_path / "u.csv"
    args = ["report", "upplevelse", "--year", "2024", "--format", "csv", "--output", str(out)]
    assert cli(db, *args, *extra) == 0
    return out.read_bytes()


def _rows(*lines: str) -> bytes:
    return ("\ufeff" + "".join(line + "\r\n" for line in lines)).encode("utf-8")


def test_report_counts_answers_agreement_and_rounds_half_up(db_target: str, tmp_path: Path) -> None:
    assert cli(db_target, "site", "add", "Årby") == 0
    # bemotande: 8 answers 1–5, 5 of them 4–5 (62,5 % → 63 %), and 2 vill inte svara.
    # anpassat_stod: 1 of 8 (12,5 % → 13 %); delaktighet: nobody answered 1–5 (–);
    # information: 3 of 8 (37,5 % → 38 %); rekommendera: 8 of 8.
    b = [5, 4, 5, 4, 5, 1, 2, 3, None, None]
    a = [4, 1, 1, 1, 1, 1, 1, 1, None, None]
    d = [None] * 10
    i = [4, 5, 4, 1, 2, 3, 3, 3, None, None]
    r = [5, 5, 5, 5, 4, 4, 4, 4, None, None]
    for n in range(10):
        word = ",".join("-" if v is None else str(v) for v in (b[n], a[n], d[n], i[n], r[n]))
        # ``--answers=…``: an answer list that starts with - is no option
        assert cli(db_target, "survey", "record", f"--answers={word}", "--date", "2024-05-02") == 0
    assert _report(db_target, tmp_path) == _rows(
        HEADER,
        "Jag blev bra bemött.;8;5;63\xa0%",
        "Jag fick det stöd som jag behövde.;8;1;13\xa0%",
        "Jag fick vara med och bestämma om mitt stöd.;0;0;–",
        "Jag fick tydlig information.;8;3;38\xa0%",
        "Jag skulle rekommendera Mötesplatsen till en vän.;8;8;100\xa0%",
    )


def test_report_by_gender_counts_only_answers_tied_to_a_code(
    db_target: str, tmp_path: Path
) -> None:
    assert cli(db_target, "site", "add", "Årby") == 0
    j = open_journal(db_target)
    with j.session() as s:
        me = staff.ensure_staff(s, "TL")
        site = sites.require_site(s, "Årby")
        for code, gender in (("K-1", Gender.WOMAN), ("K-2", Gender.WOMAN), ("M-1", Gender.MAN)):
            participants.register_participant(s, site.id, gender, "25-34", me.id, code=code)
    j.close()
    for code, answers in (("K-1", "5,5,-,1,4"), ("K-2", "4,2,-,2,5"), ("M-1", "3,4,-,5,5")):
        assert cli(db_target, "survey", "record", "--answers", answers, "--code", code) == 0
    assert cli(db_target, "survey", "record", "--answers", "5,5,-,5,5", "--date", "2024-01-09") == 0
    for code, answers in (("K-1", "1,1,1,1,1"),):  # tied, but in 2024
        args = ["--answers", answers, "--code", code, "--date", "2024-02-01"]
        assert cli(db_target, "survey", "record", *args) == 0
    # The three tied answers above were given today: only the 2024 ones count.
    assert _report(db_target, tmp_path, "--by-gender") == _rows(
        HEADER + BY_GENDER,
        "Jag blev bra bemött.;2;1;50\xa0%;1;0;0;0",
        "Jag fick det stöd som jag behövde.;2;1;50\xa0%;1;0;0;0",
        "Jag fick vara med och bestämma om mitt stöd.;1;0;0\xa0%;1;0;0;0",
        "Jag fick tydlig information.;2;1;50\xa0%;1;0;0;0",
        "Jag skulle rekommendera Mötesplatsen till en vän.;2;1;50\xa0%;1;0;0;0",
    )


def _tied_year(journal: Journal, women: int, men: int, anonymous: int) -> uuid.UUID:
    """A year of answers: ``women`` and ``men`` tied to codes, ``anonymous`` without."""
    site = _site(journal)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        people = [
            participants.register_participant(s, site.id, g, "25-34", me.id).id
            for g in [Gender.WOMAN] * women + [Gender.MAN] * men
        ]
    for n, pid in enumerate(people):
        _answer(journal, site.id, [5, 4, 2, 1, None if n % 2 else 5], date(2024, 4, 1), pid)
    for n in range(anonymous):
        _answer(journal, site.id, [5, 1, 2, 4, 4 if n % 3 else 3], date(2024, 4, 2))
    return site.id


def test_protection_hides_small_counts_and_what_would_give_them_away(journal: Journal) -> None:
    _tied_year(journal, women=3, men=9, anonymous=8)
    with journal.session(readonly=True) as s:
        plain = door.build(
            s, door.Request("upplevelse", full_year(2024), None, "sv", {"by_gender": True})
        ).table
        table = door.build(
            s, door.Request("upplevelse", full_year(2024), None, "sv", {"by_gender": True}, True)
        ).table
    assert plain.value(None, "Jag blev bra bemött.", "Kvinnor Svar") == 3
    assert table.value(None, "Jag blev bra bemött.", "Kvinnor Svar") == HIDDEN
    assert table.value(None, "Jag blev bra bemött.", "Män Svar") == 9
    # Information: 12 tied answers of 1 and 8 anonymous of 4: 8 agree and 12 did not.
    assert table.value(None, "Jag fick tydlig information.", "Instämmer") == 8
    # Anpassat stöd: 12 tied 4s and 8 anonymous 1s: the 12 agreeing are all tied (3 women,
    # 9 men), so the women's 3 must not be found as 12 − 9.
    assert table.value(None, "Jag fick det stöd som jag behövde.", "Kvinnor Instämmer") == HIDDEN
    assert assert_safe("upplevelse", table) > 0
    for _, row in table.rows():
        share = row.values[2]
        if row.values[0] in MARKERS or row.values[1] in MARKERS:
            assert share in MARKERS


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_protected_survey_tables_give_no_small_count_away(journal: Journal, seed: int) -> None:
    import random

    rng = random.Random(seed)
    made = [_site(journal, f"Plats {i}") for i in range(rng.randint(1, 3))]
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        people = [
            participants.register_participant(
                s, rng.choice(made).id, rng.choice((Gender.WOMAN, Gender.MAN)), "25-34", me.id
            )
            for _ in range(rng.randint(2, 14))
        ]
    for p in people:
        values = [rng.choice((1, 2, 3, 4, 5, None)) for _ in DEFAULT_KEYS]
        _answer(journal, p.site_id, values, date(2024, rng.randint(1, 12), 3), p.id)
    for _ in range(rng.randint(0, 12)):
        values = [rng.choice((1, 2, 3, 4, 5, 5, None)) for _ in DEFAULT_KEYS]
        _answer(journal, rng.choice(made).id, values, date(2024, rng.randint(1, 12), 4))
    audited = 0
    with journal.session(readonly=True) as s:
        for by_gender in (False, True):
            opts = {"by_gender": by_gender}
            request = door.Request("upplevelse", full_year(2024), None, "sv", opts, True)
            audited += assert_safe("upplevelse", door.build(s, request).table)
    assert audited > 0


def test_protection_on_the_command_line(db_target: str, tmp_path: Path) -> None:
    assert cli(db_target, "site", "add", "Årby") == 0
    for answers in ("5,4,-,1,5", "5,4,-,2,5", "1,5,-,3,5", "4,5,-,4,5", "5,5,-,5,5", "5,2,-,5,5"):
        assert cli(db_target, "survey", "record", "--answers", answers, "--date", "2024-06-01") == 0
    assert _report(db_target, tmp_path, "--suppress-small") == _rows(
        HEADER,
        # 6 answers, 5 agree: the one who did not could be worked out, so both go.
        "Jag blev bra bemött.;..;..;..",
        "Jag fick det stöd som jag behövde.;..;..;..",
        "Jag fick vara med och bestämma om mitt stöd.;0;0;–",
        # 6 answers, 3 agree and 3 did not: small on both sides, yet each keeps 2–4.
        "Jag fick tydlig information.;6;<5;..",
        "Jag skulle rekommendera Mötesplatsen till en vän.;6;6;100\xa0%",
    )


# -- the exchange -------------------------------------------------------------------------


def test_statements_travel_and_answers_stay_on_their_desk(tmp_path: Path) -> None:
    tables = by_name()
    assert "survey_statement" in tables
    assert "survey_answer" not in tables and "survey_day_count" not in tables
    desk = make_desk(tmp_path, "arby-disken", ("AB",), ("Årby",))
    lead = make_desk(tmp_path, "teamledare", ("TL",), ("Fröslunda",))
    try:
        with desk.session() as s:
            survey.add_statement(s, "Jag kände mig trygg.")
            survey.set_statement(s, "bemotande", text="Jag blev väl bemött.")
            site = sites.require_site(s, "Årby")
            survey.record_response(
                s, site.id, {**dict.fromkeys(DEFAULT_KEYS, 5), "jag_kande_mig_trygg": 4}
            )
        import_trusted(lead, [export_file(desk, tmp_path / "ut.vgx").path])
        with lead.session(readonly=True) as s:
            shown = {x.key: x.text for x in survey.list_statements(s)}
            assert shown["jag_kande_mig_trygg"] == "Jag kände mig trygg."
            assert shown["bemotande"] == "Jag blev väl bemött."
            assert s.scalar(select(SurveyAnswer.id)) is None
            assert survey.day_counts(s) == []
            # The defaults are the same rows on every desk: no second copy of any.
            keys = s.scalars(select(SurveyStatement.key)).all()
            assert sorted(keys) == sorted({*DEFAULT_KEYS, "jag_kande_mig_trygg"})
    finally:
        desk.close()
        lead.close()


# -- the words ----------------------------------------------------------------------------


def test_survey_texts_in_swedish_and_english() -> None:
    sv = survey.survey_texts("sv")
    en = survey.survey_texts("en")
    assert sv is not None and en is not None
    assert sv.word("skip") == "Vill inte svara"
    assert sv.word("question_of", n=2, total=5) == "Fråga 2 av 5"
    assert en.statements["bemotande"] and en.direction == "ltr"
    custom = survey.StatementInfo("egen", "Eget påstående.", 6, True)
    assert sv.statement(custom) == "Eget påstående." and en.statement(custom) == ""
    assert survey.survey_texts("../etc") is None


def test_answers_tied_to_a_code_are_in_its_register_extract_and_erased_with_it(
    journal: Journal,
) -> None:
    from vagledare.journal.erasure import erase_participant
    from vagledare.reports.register_extract import build_extract

    site = _site(journal)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        p = participants.register_participant(s, site.id, Gender.MAN, "25-34", me.id, code="E-1")
    _answer(journal, site.id, [5, 4, None, 3, 5], date(2024, 3, 1), p.id)
    _answer(journal, site.id, [1, 1, 1, 1, 1], date(2024, 3, 1))
    with journal.session(readonly=True) as s:
        x = build_extract(s, "E-1")
        (part,) = [q for q in x.parts if q.title.startswith("Upplevelseenkät")]
        assert part.title.endswith("(5)")
    with journal.session() as s:
        plan = erase_participant(s, "E-1", "Begäran om radering 2024-04-01")
        assert plan.counts["survey_answer"] == 5
    with journal.session(readonly=True) as s:
        left = s.scalars(select(SurveyAnswer.value)).all()
        assert sorted(left) == [1] * 5  # the anonymous response stays
