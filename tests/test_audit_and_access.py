"""The audit log records who did what; PINs are hashed; roles gate what may be done."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.exchange.identity import Mark, save_mark
from vagledare.journal import access, audit
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender, Role, Staff
from vagledare.journal.staff import StaffInfo, ensure_staff, list_staff


def log_entries(desk: Desk) -> list[audit.AuditInfo]:
    with desk.journal.session(readonly=True) as s:
        return audit.entries(s)


def test_logging_removing_and_importing_are_audited_with_who(
    db_target: str, desk: Desk, tmp_path: Path
) -> None:
    site = desk.site
    logged = desk.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN, count=2)
    desk.remove(logged.ids[0], "Felklick vid disken")
    src = tmp_path / "v.csv"
    src.write_text(
        "tidpunkt;mötesplats;kategori;åldersgrupp;kön\n2023-03-01 10:15;Fröslunda;Övrigt;18-24;K\n",
        encoding="utf-8",
    )
    assert main(["--db", db_target, "--as", "TL", "import", "dropin", str(src)]) == 0
    entries = log_entries(desk)
    created = next(e for e in entries if e.action == "create" and e.entity == "quick_case")
    assert created.actor == "AB" and created.detail["count"] == 2
    removed = next(e for e in entries if e.action == "update" and e.entity == "quick_case")
    assert removed.actor == "AB" and removed.entity_id == str(logged.ids[0])
    assert removed.detail["removal_reason"] == [None, "(text)"]  # no free text in the log
    imported = next(e for e in entries if e.action == "import")
    assert imported.actor == "TL" and imported.detail == {"file": "v.csv", "rows": 1}


def test_exports_and_site_changes_are_audited(db_target: str, desk: Desk, tmp_path: Path) -> None:
    db = db_target
    assert main(["--db", db, "--as", "TL", "site", "add", "Årby"]) == 0
    out = tmp_path / "r.csv"
    assert (
        main(
            [
                "--db",
                db,
                "--as",
                "TL",
                "report",
                "dropin",
                "--month",
                "2023-03",
                "--format",
                "csv",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    entries = log_entries(desk)
    export = next(e for e in entries if e.action == "export")
    assert export.actor == "TL" and export.entity == "dropin"
    assert export.detail["file"] == "r.csv" and export.detail["format"] == "csv"
    site_created = next(e for e in entries if e.action == "create" and e.entity == "site")
    assert site_created.actor == "TL" and site_created.detail["name"] == "Årby"
    assert sum(1 for e in entries if e.action == "create" and e.entity == "category") == 10


def test_the_audit_log_is_append_only(desk: Desk) -> None:
    site = desk.site
    desk.log(site.categories[0].id, site.age_bands[0].id, Gender.MAN)
    for sql in ("UPDATE audit_entry SET action = 'nothing'", "DELETE FROM audit_entry"):
        with desk.journal.engine.connect() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.exec_driver_sql(sql)
    assert log_entries(desk)


def test_a_row_keyed_by_a_long_name_is_logged_under_its_whole_key(desk: Desk) -> None:
    # Exchange watermarks are keyed by name, up to 200 characters (PostgreSQL enforces it).
    name = "fil:" + "Mötesplats Årby, disken vid fönstret " * 5
    with desk.journal.session() as s:
        save_mark(s, name, Mark(datetime(2024, 3, 4, 9), 0))
    (entry,) = [e for e in log_entries(desk) if e.entity == "exchange_mark"]
    assert entry.action == "create" and entry.entity_id == name


def test_pins_are_hashed_checked_and_logins_audited(desk: Desk) -> None:
    with desk.journal.session() as s:
        with pytest.raises(ValidationError, match="minst 4 siffror"):
            access.set_pin(s, desk.staff.id, "12")
        access.set_pin(s, desk.staff.id, "4711")
    with desk.journal.session() as s:
        stored = s.get(Staff, desk.staff.id).pin_hash
        assert stored.startswith("scrypt$") and "4711" not in stored
        assert access.login(s, desk.staff.id, "4711")
        assert not access.login(s, desk.staff.id, "1147")
    actions = [e.action for e in log_entries(desk)]
    assert "login" in actions and "login_failed" in actions
    pin_change = next(e for e in log_entries(desk) if e.entity == "staff" and e.action == "update")
    assert pin_change.detail["pin_hash"] == [None, "(hemligt)"]


def test_only_leads_may_change_roles_or_export_everyone(desk: Desk) -> None:
    assert not access.may_export_all_staff(Role.COACH)
    assert not access.may_export_all_staff(Role.TUTOR)
    assert access.may_export_all_staff(Role.TEAM_LEAD) and access.may_export_all_staff(Role.ADMIN)
    with desk.journal.session() as s, pytest.raises(ValidationError, match="teamledare"):
        access.set_role(s, desk.staff.id, Role.ADMIN, by=Role.COACH)


def test_only_leads_see_staff_management_and_the_audit_log(
    qtbot,
    qtmodeltester,
    desk: Desk,  # noqa: ANN001
) -> None:
    from PySide6.QtCore import Qt

    from vagledare.gui.admin.admin_dialogs import AuditDialog, StaffDialog
    from vagledare.gui.shell.main_window import MainWindow

    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    assert not window.staff_action.isVisible() and not window.audit_action.isVisible()
    assert not window.notice_action.isVisible()
    with desk.journal.session() as s:
        s.get(Staff, desk.staff.id).role = Role.TEAM_LEAD
    lead = desk.staff.__class__(desk.staff.id, desk.staff.name, Role.TEAM_LEAD)
    desk.switch_staff(lead)
    window._update_lead_actions()
    assert window.staff_action.isVisible() and window.audit_action.isEnabled()
    assert window.notice_action.isEnabled()

    dialog = StaffDialog(desk.journal, lead)
    qtbot.addWidget(dialog)
    dialog.name.setText("EF")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.TUTOR))
    qtbot.mouseClick(
        dialog.findChild(type(dialog.role_button), "addStaffButton"), Qt.MouseButton.LeftButton
    )
    names = {(x.name, x.role) for x in dialog.model.rows}
    assert ("EF", Role.TUTOR) in names
    qtmodeltester.check(dialog.model)

    log = AuditDialog(desk.journal)
    qtbot.addWidget(log)
    assert log.model.rowCount() >= 2
    log.action.setCurrentIndex(log.action.findData("create"))
    rows = log.model.rows  # (when, who, what, details) in words
    assert all(what.startswith("lade till") for _, _, what, _ in rows)
    assert any(
        what == "lade till personal EF" and "name: EF" in detail for _, _, what, detail in rows
    )
    assert all("pin_hash" not in detail and "hemligt" not in detail for *_, detail in rows)
    when = rows[0][0]  # local time, as the clock on the wall
    assert len(when) == 19 and when[4] == "-"
    qtmodeltester.check(log.model)

    coach_dialog = StaffDialog(desk.journal, desk.staff.__class__(desk.staff.id, "AB", Role.COACH))
    qtbot.addWidget(coach_dialog)
    coach_dialog.name.setText("GH")
    coach_dialog._on_add()
    assert "teamledare" in coach_dialog.error.text()
    assert "GH" not in {x.name for x in coach_dialog.model.rows}


def test_every_csv_import_is_audited_with_its_file_and_rows(desk: Desk) -> None:
    from vagledare.imports.assessments import import_assessments
    from vagledare.imports.attendance import import_attendance
    from vagledare.imports.cases import import_cases
    from vagledare.imports.participants import import_participants

    files = (
        (
            import_cases,
            "c.csv",
            "kod;mötesplats;väg;kön;åldersgrupp;start;avslut;orsak\n"
            "X-1;Fröslunda;Anvisad;K;25-34;2023-01-02;;\n",
        ),
        (
            import_participants,
            "p.csv",
            "grupp;mötesplats;typ;kod;kön;åldersgrupp;väg;inskriven;utskriven;utfall\n"
            "Språkgrupp;Fröslunda;språkgrupp;X-2;K;25-34;Anvisad;2023-01-03;;\n",
        ),
        (
            import_attendance,
            "a.csv",
            "grupp;mötesplats;datum;kod;närvaro\nSpråkgrupp;Fröslunda;2023-01-10;X-2;Närvarande\n",
        ),
        (
            import_assessments,
            "m.csv",
            "kod;datum;besvarad_av;f1;f2;f3;f4;f5;f6;f7\nX-1;2023-02-01;deltagare;5;5;5;5;5;5;\n",
        ),
    )
    for run, name, text in files:
        with desk.journal.session(actor_id=desk.staff.id) as s:
            run(s, Path(name), desk.staff.id, data=text.encode())
    imported = [e for e in log_entries(desk) if e.action == "import"]
    assert sorted((e.entity, e.detail["file"], e.detail["rows"], e.actor) for e in imported) == [
        ("assessment", "m.csv", 1, "AB"),
        ("attendance", "a.csv", 1, "AB"),
        ("case_file", "c.csv", 1, "AB"),
        ("enrolment", "p.csv", 1, "AB"),
    ]


def test_dropped_triggers_come_back_and_the_log_says_so(db_target: str) -> None:
    from sqlalchemy import text

    from vagledare.journal.db import open_journal

    j = open_journal(db_target)
    with j.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
            conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        else:
            conn.execute(text("DROP TRIGGER audit_entry_no_change ON audit_entry"))
    j.close()
    j = open_journal(db_target)  # the next start
    try:
        with j.session(readonly=True) as s:
            restored = [e for e in audit.entries(s) if e.action == "triggers_restored"]
        assert len(restored) == 1 and restored[0].detail["missing"]
        with pytest.raises(Exception, match="append-only"), j.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry"))
    finally:
        j.close()


def test_every_change_names_who_is_working(desk: Desk) -> None:
    from vagledare.journal import participants

    desk.journal.act_as(desk.staff.id)  # as the window does at login
    with desk.journal.session() as s:  # no actor given, as 58 places in the window do
        participants.register_participant(s, desk.site.id, Gender.WOMAN, "25-34", None, code="T9")
    created = [e for e in log_entries(desk) if e.entity == "participant"]
    assert created and all(e.actor == desk.staff.name for e in created)


def lead_and_coach(desk: Desk) -> tuple[StaffInfo, StaffInfo]:
    """A team lead at work (as the window acts as whoever logged in) and a coach with a PIN."""
    with desk.journal.session() as s:
        lead = ensure_staff(s, "TL", Role.TEAM_LEAD)
        coach = ensure_staff(s, "EF")
        access.set_pin(s, coach.id, "2468")
    desk.journal.act_as(lead.id)
    return lead, coach


def test_a_lead_resets_a_forgotten_pin_with_a_start_code(desk: Desk) -> None:
    _, coach = lead_and_coach(desk)
    code = desk.journal.write(access.issue_start_code, coach.id, Role.TEAM_LEAD)
    assert desk.journal.read(access.account_state, coach.id) == "start"
    assert not desk.journal.write(access.login, coach.id, "2468")  # the old PIN is gone
    assert desk.journal.write(access.redeem_start_code, coach.id, code, "1357")
    assert desk.journal.write(access.login, coach.id, "1357")
    (given,) = [e for e in log_entries(desk) if e.action == "start_code"]
    assert given.actor == "TL" and given.entity_id == str(coach.id)
    assert code not in str(given.detail)


def test_only_leads_reset_pins(desk: Desk) -> None:
    _, coach = lead_and_coach(desk)
    for role in (Role.COACH, Role.TUTOR):
        with pytest.raises(ValidationError, match="Bara teamledare och administratörer får"):
            desk.journal.write(access.issue_start_code, coach.id, role)
    assert desk.journal.read(access.account_state, coach.id) == "pin"
    assert desk.journal.write(access.login, coach.id, "2468")
    assert not [e for e in log_entries(desk) if e.action == "start_code"]


def test_a_lead_deactivates_and_activates_an_account(desk: Desk) -> None:
    _, coach = lead_and_coach(desk)
    desk.journal.write(access.set_active, coach.id, False, by=Role.TEAM_LEAD)
    assert not desk.journal.write(access.login, coach.id, "2468")  # can no longer log in
    screen = desk.journal.read(access.login_screen)
    assert coach.id not in {x.id for x in screen.staff}
    changed = [e for e in log_entries(desk) if e.entity == "staff" and "active" in e.detail]
    assert [(e.action, e.actor, e.detail["active"]) for e in changed] == [
        ("update", "TL", [True, False])
    ]
    desk.journal.write(access.set_active, coach.id, True, by=Role.ADMIN)
    assert desk.journal.write(access.login, coach.id, "2468")
    changed = [e for e in log_entries(desk) if e.entity == "staff" and "active" in e.detail]
    assert changed[0].detail["active"] == [False, True] and changed[0].actor == "TL"


def test_only_leads_manage_staff_and_nobody_deactivates_themselves(desk: Desk) -> None:
    lead, coach = lead_and_coach(desk)
    with pytest.raises(ValidationError, match="Bara teamledare .* får aktivera eller inaktivera"):
        desk.journal.write(access.set_active, lead.id, False, by=Role.COACH)
    with pytest.raises(ValidationError, match="Bara teamledare .* får lägga till personal"):
        desk.journal.write(access.add_staff, "GH", Role.COACH, by=Role.TUTOR)
    with pytest.raises(ValidationError, match="ditt eget konto"):
        desk.journal.write(access.set_active, lead.id, False, by=Role.TEAM_LEAD)
    with pytest.raises(ValidationError, match="Välj en roll"):
        desk.journal.write(access.add_staff, "GH", Role.UNASSIGNED, by=Role.TEAM_LEAD)
    everyone = {x.name: x.active for x in desk.journal.read(list_staff)}
    assert everyone == {"AB": True, "EF": True, "TL": True}
    assert desk.journal.write(access.add_staff, "GH", Role.TUTOR, by=Role.ADMIN).role is Role.TUTOR


def test_the_staff_dialog_deactivates_through_the_journal(qtbot, desk: Desk) -> None:  # noqa: ANN001
    from vagledare.gui.admin.admin_dialogs import StaffDialog

    lead, coach = lead_and_coach(desk)
    dialog = StaffDialog(desk.journal, lead)
    qtbot.addWidget(dialog)
    dialog.table.selectRow([x.id for x in dialog.model.rows].index(coach.id))
    dialog._on_toggle_active()
    assert dialog.error.text() == ""
    assert {x.name: x.active for x in dialog.model.rows}["EF"] is False
    as_coach = StaffDialog(desk.journal, StaffInfo(desk.staff.id, "AB", Role.COACH))
    qtbot.addWidget(as_coach)
    as_coach.table.selectRow([x.id for x in as_coach.model.rows].index(coach.id))
    as_coach._on_toggle_active()
    assert "teamledare" in as_coach.error.text()
    assert {x.name: x.active for x in desk.journal.read(list_staff)}["EF"] is False
