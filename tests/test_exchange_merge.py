"""Two desks exchange files with a team lead: overlapping and conflicting edits, the same site
and participant code created on both desks, idempotent re-imports, tombstones."""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from exchange_builders import (
    age,
    close_case,
    dump,
    import_trusted,
    log,
    make_desk,
    open_case,
    pg_database,
    remove,
    snapshot,
    tampered,
)
from sqlalchemy import func, select

from vagledare.exchange.fileformat import ExchangeFileError
from vagledare.exchange.files import export_file
from vagledare.exchange.signing import desk_key
from vagledare.journal import audit, sites
from vagledare.journal.db import Journal
from vagledare.journal.deletions import delete_rows
from vagledare.journal.models import Case, ClosureReason, Deletion, QuickCase, Route, Site, Staff
from vagledare.reports.dropin import dropin_report
from vagledare.reports.periods import Period


@dataclass
class Desks:
    arby: Journal  # desk A: created both Årby and Fröslunda
    fros: Journal  # desk F: created Fröslunda too, independently
    lead: Journal  # the team lead, who merges
    files: dict[str, Path]
    a_quick: list[uuid.UUID]  # A's five snabbärenden: 3 at Årby, 2 at Fröslunda
    f_quick: list[uuid.UUID]
    a_case: uuid.UUID
    f_case: uuid.UUID


def _desks(tmp_path: Path, lead_target: str | None) -> Desks:
    arby = make_desk(tmp_path, "arby-disken", ("AB",), ("Årby", "Fröslunda"))
    fros = make_desk(tmp_path, "froslunda-disken", ("AB", "EF"), ("Fröslunda",))
    lead = make_desk(tmp_path, "teamledare", staff_names=(), target=lead_target)
    at = datetime(2024, 3, 4, 9, 30)
    a_quick = log(arby, "Årby", at, count=3) + log(arby, "Fröslunda", at, count=2)
    a_case = open_case(arby, "FRÖ-2024-0001", "Fröslunda", Route.REFERRED, date(2024, 1, 10))
    f_quick = log(fros, "Fröslunda", at, count=4, category="Söka arbete", who="EF")
    f_case = open_case(fros, "fRÖ-2024-0001 ", "Fröslunda", Route.CITIZEN_SERVICE, date(2024, 1, 2))
    close_case(fros, f_case, date(2024, 1, 5), ClosureReason.STUDIES)
    with fros.session() as s:
        sites.add_category(s, sites.require_site(s, "Fröslunda").id, "Språkcafé")
    files = {
        "a1": export_file(arby, tmp_path / "a1.vgx", to="teamledare").path,
        "f1": export_file(fros, tmp_path / "f1.vgx", to="teamledare").path,
    }
    import_trusted(fros, [files["a1"]])  # F now has A's records too
    remove(fros, a_quick[3], "Fel kategori")  # F's edit of A's snabbärende …
    remove(arby, a_quick[3], "Dubblett")  # … and A's later edit of the same one: a conflict
    remove(arby, a_quick[0], "Ångrad")
    close_case(fros, a_case, date(2024, 2, 1), ClosureReason.PERMANENT_JOB, who="EF")
    files["a2"] = export_file(arby, tmp_path / "a2.vgx", to="teamledare").path
    files["f2"] = export_file(fros, tmp_path / "f2.vgx", to="teamledare").path
    return Desks(arby, fros, lead, files, a_quick, f_quick, a_case, f_case)


@pytest.fixture(params=["sqlite", "postgresql"])
def desks(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desks]:
    """The team lead's journal is a file, or (with VAGLEDARE_TEST_PG_URL) a PostgreSQL one."""
    with ExitStack() as stack:
        url = stack.enter_context(pg_database())[0] if request.param == "postgresql" else None
        d = _desks(tmp_path, url)
        yield d
        for j in (d.arby, d.fros, d.lead):
            j.close()


def _expected(*sources: Journal) -> dict[str, set[tuple]]:
    """What merging the sources must give, worked out without the merge code: rows with a
    natural key once, records (by UUID) in their latest version."""
    out: dict[str, set[tuple]] = {}
    for snap in (snapshot(j) for j in sources):
        for table, rows in snap.items():
            out.setdefault(table, set()).update(rows)
    for table, rows in out.items():
        by_id: dict[object, tuple] = {}
        for row in rows:
            d = dict(row)
            if "id" not in d:
                continue
            kept = by_id.get(d["id"])
            if kept is None or dict(kept)["modified_at"] < d["modified_at"]:
                by_id[d["id"]] = row
        if by_id:
            out[table] = set(by_id.values())
    return out


def test_two_desks_merge_into_exactly_the_expected_journal(desks: Desks) -> None:
    result = import_trusted(desks.lead, [desks.files[k] for k in ("a1", "f1", "f2", "a2")])

    assert snapshot(desks.lead) == _expected(desks.arby, desks.fros)
    lead = snapshot(desks.lead)
    assert {dict(r)["name"] for r in lead["site"]} == {"Årby", "Fröslunda"}
    assert {dict(r)["name"] for r in lead["staff"]} == {"AB", "EF"}
    assert len(lead["category"]) == 11  # 5 + 5 defaults, and F's Språkcafé
    assert [dict(r)["code"] for r in lead["participant"]] == ["FRÖ-2024-0001"]
    assert len(lead["quick_case"]) == 9
    by_id = {dict(r)["id"]: dict(r) for r in lead["quick_case"]}
    assert by_id[desks.a_quick[3]]["removal_reason"] == "Dubblett"  # the later edit won
    assert by_id[desks.a_quick[3]]["removed_by_id"] == ("staff", "AB")
    assert by_id[desks.a_quick[0]]["removal_reason"] == "Ångrad"
    assert {dict(r)["case_id"] for r in lead["case_closure"]} == {
        ("case_file", desks.a_case),
        ("case_file", desks.f_case),
    }
    a1, f1, f2, a2 = result.summaries
    assert (a1.total().new, f1.tables["site"].unchanged, f1.tables["quick_case"].new) == (
        30,
        1,
        4,
    )
    assert f2.tables["quick_case"].updated == 1  # F's removal, made from A's version
    assert a2.tables["quick_case"].conflicts == 1  # A's removal, made without seeing F's
    assert a2.tables["quick_case"].updated == 1
    assert sum(m.total().conflicts for m in result.summaries) == 1


def test_a_row_the_file_holds_twice_refuses_the_file_in_words(desks: Desks, tmp_path: Path) -> None:
    """A new snabbärende twice in the file (its tables have no keys: anyone can add the copy):
    the journal refuses the second, and the refusal names the table and the row, nothing
    written. On SQLite the journal's foreign keys check the references as the rows are
    written; on a server they are checked first, and the server's refusal ends its
    transaction: the words come from what the merge holds."""
    twice = desks.a_quick[1].hex
    bad = tampered(
        desks.files["a1"],
        tmp_path / "dubbel.vgx",
        f"INSERT INTO quick_case SELECT * FROM quick_case WHERE id = '{twice}'",
        signed_by=desk_key(),
    )
    before = dump(desks.lead)
    with pytest.raises(ExchangeFileError) as refused:
        import_trusted(desks.lead, [bad])
    assert str(refused.value) == (
        f"Utbytesfilen dubbel.vgx: tabellen quick_case (snabbärenden), rad {twice}: raden finns "
        "mer än en gång i filen. Inget ändrades."
    )
    after = dump(desks.lead)
    assert after.pop("audit_entry") != before.pop("audit_entry")  # the refusal is logged …
    assert after == before  # … and that is all
    with desks.lead.session() as s:
        assert len(audit.entries(s, action="exchange_refused")) == 1


def test_the_overwritten_version_of_a_conflict_stays_in_the_audit_log(desks: Desks) -> None:
    import_trusted(desks.lead, [desks.files[k] for k in ("a1", "f1", "f2", "a2")])
    with desks.lead.session() as s:
        logged = audit.entries(s, action="overwritten")
    assert len(logged) == 1
    entry = logged[0]
    assert (entry.entity, entry.entity_id) == ("quick_case", str(desks.a_quick[3]))
    assert entry.detail["kept"] == "file"
    assert entry.detail["desk"] == "arby-disken"
    values = entry.detail["values"]
    assert values["removal_reason"] == "(text)"  # free text is never copied into the log
    assert values["removed_at"] is not None
    assert values["gender"] == "woman"


@pytest.mark.parametrize("order", [("a1", "f1", "f2", "a2"), ("a2", "f2", "a1", "f1")])
def test_the_later_edit_wins_whatever_the_order_of_the_files(
    desks: Desks, order: tuple[str, ...]
) -> None:
    for name in order:
        import_trusted(desks.lead, [desks.files[name]])
    assert snapshot(desks.lead) == _expected(desks.arby, desks.fros)
    with desks.lead.session() as s:
        logged = audit.entries(s, action="overwritten")
    assert len(logged) == 1  # F's removal reason lost, in either order, and is logged once


def test_importing_a_file_twice_or_overlapping_files_changes_nothing(desks: Desks) -> None:
    files = [desks.files[k] for k in ("a1", "f1", "f2", "a2")]
    import_trusted(desks.lead, files)
    before = dump(desks.lead)

    again = import_trusted(desks.lead, files + [desks.files["a1"]])

    after = dump(desks.lead)
    assert after.pop("audit_entry") != before.pop("audit_entry")  # the import is logged …
    assert after == before  # … and that is all
    assert again.backup is None  # nothing to restore: no backup either
    for summary in again.summaries:
        assert summary.total().changed == 0, summary.describe()
    with desks.lead.session() as s:
        assert len(audit.entries(s, action="overwritten")) == 1


def test_an_all_export_overlaps_the_earlier_files_and_changes_nothing_more(
    desks: Desks, tmp_path: Path
) -> None:
    import_trusted(desks.lead, [desks.files[k] for k in ("a1", "f1", "f2", "a2")])
    before = snapshot(desks.lead)
    everything = export_file(desks.arby, tmp_path / "a-allt.vgx", everything=True)
    summary = import_trusted(desks.lead, [everything.path]).summaries[0]
    assert summary.total().changed == 0
    assert snapshot(desks.lead) == before


def test_the_same_site_from_two_desks_is_one_site_in_every_report(desks: Desks) -> None:
    import_trusted(desks.lead, [desks.files[k] for k in ("a1", "f1", "f2", "a2")])
    period = Period(date(2024, 3, 1), date(2024, 3, 31))
    with desks.lead.session(readonly=True) as s:
        known = {x.name: x.id for x in sites.list_sites(s)}
        froslunda = dropin_report(s, period, [known["Fröslunda"]], "sv")
        both = dropin_report(s, period, [known["Fröslunda"], known["Årby"]], "sv")
        everyone = dropin_report(s, period, None, "sv")
        assert s.scalar(select(func.count()).select_from(Site)) == 2
        assert s.scalar(select(func.count()).select_from(Staff)) == 2
        assert s.scalar(select(func.count()).select_from(Case)) == 2
    # Fröslunda: A's second one (its first was removed) and F's four; Årby: two of three.
    assert froslunda.value("Totalt", "Totalt", "Totalt") == 5
    assert froslunda.value("Kvinnor", "Söka arbete", "25-34") == 4
    assert both.value("Totalt", "Totalt", "Totalt") == 7
    assert everyone.value("Totalt", "Totalt", "Totalt") == 7


def test_desks_that_exchange_both_ways_hold_the_same_journal(desks: Desks, tmp_path: Path) -> None:
    to_f = export_file(desks.arby, tmp_path / "a-till-f.vgx", to="froslunda")
    to_a = export_file(desks.fros, tmp_path / "f-till-a.vgx", to="arby")
    import_trusted(desks.fros, [to_f.path])
    import_trusted(desks.arby, [to_a.path])
    assert snapshot(desks.arby) == snapshot(desks.fros) == _expected(desks.arby, desks.fros)


def test_export_holds_only_what_changed_since_the_last_export_to_that_destination(
    desks: Desks, tmp_path: Path
) -> None:
    age(desks.arby, hours=2)  # beyond the export's safety margin (10 minutes)
    first = export_file(desks.arby, tmp_path / "x.vgx", to="region")
    assert first.manifest.counts["quick_case"] == 5
    assert (
        export_file(desks.arby, tmp_path / "y.vgx", to="region").manifest.counts["quick_case"] == 0
    )
    new = log(desks.arby, "Årby", datetime(2024, 3, 5, 10))
    later = export_file(desks.arby, tmp_path / "z.vgx", to="region")
    assert later.manifest.counts["quick_case"] == 1
    assert later.manifest.counts["site"] == 1  # what it refers to goes along
    assert later.manifest.counts["staff"] == 1
    imported = import_trusted(desks.lead, [later.path]).summaries[0]
    assert imported.tables["quick_case"].new == 1  # a file can be merged on its own
    with desks.lead.session(readonly=True) as s:
        assert s.get(QuickCase, new[0]) is not None
    assert (
        export_file(desks.arby, tmp_path / "x2.vgx", to="another").manifest.counts["quick_case"]
        == 6
    )


def test_a_desk_passes_on_what_it_received_but_not_back_to_its_sender(
    desks: Desks, tmp_path: Path
) -> None:
    import_trusted(desks.lead, [desks.files["a1"], desks.files["f1"]])
    relay = export_file(desks.lead, tmp_path / "vidare.vgx", to="region")
    assert relay.manifest.counts["quick_case"] == 9  # A's five and F's four


def test_pin_hashes_settings_and_the_audit_log_stay_on_the_desk(
    desks: Desks, tmp_path: Path
) -> None:
    from vagledare.journal import access

    with desks.arby.session() as s:
        ab = s.scalar(select(Staff).where(Staff.name == "AB"))
        access.set_pin(s, ab.id, "482913")
    out = export_file(desks.arby, tmp_path / "pin.vgx", to="pin")
    import zipfile

    with zipfile.ZipFile(out.path) as z:
        manifest = json.loads(z.read("manifest.json"))
        data = z.read("data.sqlite")
    assert b"scrypt" not in data and b"pin_hash" not in data
    assert "setting" not in manifest["counts"] and "audit_entry" not in manifest["counts"]
    import_trusted(desks.lead, [out.path])
    with desks.lead.session(readonly=True) as s:
        assert s.scalar(select(Staff.pin_hash).where(Staff.name == "AB")) is None


def test_staff_arrive_as_identities_only_and_cannot_log_in_until_enrolled(
    desks: Desks, tmp_path: Path
) -> None:
    from vagledare.journal import access
    from vagledare.journal.errors import ValidationError
    from vagledare.journal.models import Role

    with desks.arby.session() as s:
        ab = s.scalar(select(Staff).where(Staff.name == "AB"))
        ab.role = Role.TEAM_LEAD
        access.set_pin(s, ab.id, "482913")
    with desks.fros.session() as s:  # F knows AB already, as a coach
        s.scalar(select(Staff).where(Staff.name == "AB")).role = Role.COACH
    out = export_file(desks.arby, tmp_path / "lead.vgx", to="alla").path
    import_trusted(desks.lead, [out])
    import_trusted(desks.fros, [out])
    with desks.lead.session() as s:
        arrived = s.scalar(select(Staff).where(Staff.name == "AB"))
        assert (arrived.role, arrived.pin_hash, arrived.active) == (Role.UNASSIGNED, None, True)
        assert access.account_state(s, arrived.id) == "none"
        assert not access.login(s, arrived.id, "482913")
        with pytest.raises(ValidationError, match="ingen roll här än"):
            access.issue_start_code(s, arrived.id, by=Role.TEAM_LEAD)
        access.set_role(s, arrived.id, Role.COACH, by=Role.TEAM_LEAD)
        assert access.issue_start_code(s, arrived.id, by=Role.TEAM_LEAD)
        assert access.account_state(s, arrived.id) == "start"
    with desks.fros.session(readonly=True) as s:  # another desk's role never travels
        assert s.scalar(select(Staff.role).where(Staff.name == "AB")) is Role.COACH


def test_a_deleted_record_is_deleted_on_the_other_desk_and_never_comes_back(
    desks: Desks, tmp_path: Path
) -> None:
    import_trusted(desks.lead, [desks.files["a1"], desks.files["f1"]])
    with desks.arby.session() as s:
        done = delete_rows(s, "case_file", [desks.a_case])
    assert done == {"case_file": 1}
    erased = export_file(desks.arby, tmp_path / "gallring.vgx", to="teamledare")
    assert erased.manifest.counts["deletion"] == 1
    summary = import_trusted(desks.lead, [erased.path]).summaries[0]
    assert summary.tables["case_file"].deleted == 1
    with desks.lead.session(readonly=True) as s:
        assert s.get(Case, desks.a_case) is None
    # F's older file still holds the case (and its closure by F): it stays deleted.
    again = import_trusted(desks.lead, [desks.files["f2"]]).summaries[0]
    assert again.tables["case_file"].new == 0
    with desks.lead.session(readonly=True) as s:
        assert s.get(Case, desks.a_case) is None
    assert snapshot(desks.lead)["case_closure"] == {
        r for r in snapshot(desks.fros)["case_closure"] if dict(r)["case_id"][1] != desks.a_case
    }


def test_an_erasure_and_a_gallring_reach_every_desk_and_never_come_back(
    desks: Desks, tmp_path: Path
) -> None:
    from vagledare.journal import cases
    from vagledare.journal.erasure import erase_participant
    from vagledare.journal.models import Contact, ContactType, Participant
    from vagledare.journal.retention import apply_retention

    # Every desk has A's case FRÖ-2024-0001 (with a contact), the lead has everything.
    with desks.arby.session() as s:
        contact = cases.add_contact(
            s, desks.a_case, date(2024, 1, 11), ContactType.CONVERSATION, "Samtal", None
        )
    a3 = export_file(desks.arby, tmp_path / "a3.vgx", to="alla").path
    import_trusted(desks.lead, [desks.files["a1"], desks.files["f1"], a3])
    import_trusted(desks.fros, [a3])
    with desks.arby.session(readonly=True) as s:
        person = s.get(Case, desks.a_case).participant_id
    # A erases the person on request; the lead's next file goes on to F.
    with desks.arby.session() as s:
        erase_participant(s, "FRÖ-2024-0001", "Begäran 1 mars 2024")
        assert s.scalar(select(func.count()).select_from(Deletion)) >= 3  # person, case, contact
    erased = export_file(desks.arby, tmp_path / "erased.vgx", to="alla").path
    with zipfile.ZipFile(erased) as z:
        assert b"FR\xc3\x96-2024-0001" not in z.read("data.sqlite")  # UUIDs, never the code
    import_trusted(desks.lead, [erased])
    relay = export_file(desks.lead, tmp_path / "relay.vgx", to="froslunda").path
    import_trusted(desks.fros, [relay])
    for desk in (desks.lead, desks.fros):
        with desk.session(readonly=True) as s:
            assert s.get(Participant, person) is None and s.get(Case, desks.a_case) is None
            assert s.get(Contact, contact) is None
    # Older files and the other desks' files never bring the person back.
    back = export_file(desks.fros, tmp_path / "back.vgx", to="alla").path
    import_trusted(desks.arby, [back, desks.files["f2"]])
    import_trusted(desks.lead, [desks.files["a2"], desks.files["f2"], a3])
    for desk in (desks.arby, desks.lead):
        with desk.session(readonly=True) as s:
            assert s.get(Participant, person) is None and s.get(Case, desks.a_case) is None

    # Gallring on F: an old case's contact goes, and that reaches A and the lead.
    old_case = open_case(
        desks.fros, "FRÖ-2020-0007", "Fröslunda", Route.CITIZEN_SERVICE, date(2020, 1, 2)
    )
    with desks.fros.session() as s:
        old = cases.add_contact(
            s, old_case, date(2020, 1, 3), ContactType.CONVERSATION, "Gammal", None
        )
    close_case(desks.fros, old_case, date(2020, 2, 1), ClosureReason.STUDIES)
    f3 = export_file(desks.fros, tmp_path / "f3.vgx", to="alla").path
    import_trusted(desks.arby, [f3])
    import_trusted(desks.lead, [f3])
    with desks.fros.session() as s:
        counts = apply_retention(s, years=1, today=date(2026, 1, 1))
        assert counts.contacts >= 1
    gallring = export_file(desks.fros, tmp_path / "gallring.vgx", to="alla").path
    import_trusted(desks.arby, [gallring])
    import_trusted(desks.lead, [gallring, f3])  # the earlier file again: stays gone
    for desk in (desks.arby, desks.lead):
        with desk.session(readonly=True) as s:
            assert s.get(Contact, old) is None


def test_an_orm_delete_and_record_deletion_leave_tombstones(tmp_path: Path) -> None:
    from vagledare.journal.deletions import record_deletion
    from vagledare.journal.models import Deletion

    desk = make_desk(tmp_path, "disk", ("AB",), ("Årby",))
    first, second = log(desk, "Årby", datetime(2024, 3, 4, 9), count=2)
    with desk.session() as s:
        s.delete(s.get(QuickCase, first))  # what retention code written with the ORM does
    with desk.session() as s:
        s.execute(QuickCase.__table__.delete().where(QuickCase.id == second))
        record_deletion(s, "quick_case", second)  # and what Core code must do itself
        record_deletion(s, "quick_case", second)  # once is enough
    with desk.session(readonly=True) as s:
        tombs = {(d.table_name, d.row_id) for d in s.scalars(select(Deletion))}
    assert tombs == {("quick_case", first), ("quick_case", second)}
    desk.close()
