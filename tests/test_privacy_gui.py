"""The window's privacy actions: register extract, erasure and retention, and who may."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from translation_helpers import translated

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from vagledare.app.desk import Desk
from vagledare.gui.admin.erasure_dialog import ErasureDialog
from vagledare.gui.admin.retention_dialog import RetentionDialog
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import audit, cases, participants, staff
from vagledare.journal.erasure import run_erasure
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import ClosureReason, ContactType, Gender, Role, Route
from vagledare.journal.retention import retention_years
from vagledare.journal.staff import StaffInfo

TODAY = date(2025, 6, 30)


@pytest.fixture
def people(desk: Desk) -> dict[str, StaffInfo]:
    """FRÖ-1: AB's case, closed in 2019, with a contact. FRÖ-2: CD's open case."""
    with desk.journal.session() as s:
        lead = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
        cd = staff.ensure_staff(s, "CD")
        for code, coach, closed in (
            ("FRÖ-1", desk.staff.id, date(2019, 5, 1)),
            ("FRÖ-2", cd.id, None),
        ):
            cid = cases.open_case(
                s,
                site_id=desk.site.id,
                route=Route.CITIZEN_SERVICE,
                start=date(2019, 2, 1),
                gender=Gender.WOMAN,
                age_band="25-34",
                author_id=desk.staff.id,
                code=code,
                coach_id=coach,
            )
            cases.add_contact(s, cid, date(2019, 2, 1), ContactType.CONVERSATION, "Samtal", coach)
            if closed:
                cases.close_case(s, cid, closed, ClosureReason.STUDIES, desk.staff.id)
    return {"AB": desk.staff, "TL": lead, "CD": cd}


@pytest.fixture
def window(qtbot, desk: Desk, people: dict[str, StaffInfo]) -> MainWindow:  # noqa: ANN001
    w = MainWindow(desk, "sv")
    qtbot.addWidget(w)
    w.show()
    return w


class Boxes:
    """Records message boxes and answers questions with Yes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.warnings: list[str] = []
        self.questions: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", self._warning)
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)

    def _warning(self, _parent: object, _title: str, text: str, *_: object) -> None:
        self.warnings.append(text)

    def _question(self, _parent: object, _title: str, text: str, *_: object) -> object:
        self.questions.append(text)
        return QMessageBox.StandardButton.Yes


def test_a_coach_is_refused_retention_and_erasure_with_a_clear_message(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes(monkeypatch)
    opened = []
    monkeypatch.setattr(RetentionDialog, "exec", lambda self: opened.append(self))
    monkeypatch.setattr(ErasureDialog, "exec", lambda self: opened.append(self))
    window.privacy.retention_action.trigger()
    window.privacy.erase_action.trigger()
    assert boxes.warnings == [
        "Bara teamledare och administratörer får gallra (du är vägledare).",
        "Bara teamledare och administratörer får radera deltagarkoder (du är vägledare).",
    ]
    assert opened == []
    with pytest.raises(ValidationError):
        RetentionDialog(window.desk.journal, window.desk.staff)


def test_a_lead_previews_and_runs_retention(
    qtbot,
    desk: Desk,
    people: dict[str, StaffInfo],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    boxes = Boxes(monkeypatch)
    dialog = RetentionDialog(desk.journal, people["TL"], today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.years.value() == 2 and dialog.cutoff.text() == "2023-06-30"
    assert dialog.preview.text().startswith("1 deltagare utan aktivitet sedan före 2023-06-30")
    dialog.years.setValue(7)
    assert "inget att gallra" in dialog.preview.text()
    assert not dialog.run_button.isEnabled()
    dialog.years.setValue(3)
    assert dialog.run_button.isEnabled()
    with translated("en"):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert boxes.questions and "Give 1 participant an anonymous code" in boxes.questions[0]
    assert dialog.preview.text().startswith("Done. 1 deltagare")
    # A backup is a copy of a journal file; a server's backups are the server's.
    promise = "A backup is taken first."
    assert (promise in boxes.questions[0]) == desk.journal.is_sqlite
    assert ("server's own backup" in boxes.questions[0]) != desk.journal.is_sqlite
    assert ("journal-gallring-" in dialog.preview.text()) == desk.journal.is_sqlite
    with desk.journal.session(readonly=True) as s:
        assert participants.find_participant(s, "FRÖ-1") is None
        assert participants.find_participant(s, "FRÖ-2") is not None
        assert retention_years(s) == 3
        (entry,) = audit.entries(s, action="retention")
    assert entry.actor == "TL" and entry.detail["participants"] == 1


def test_a_lead_erases_a_code_with_a_reason(
    qtbot,
    desk: Desk,
    people: dict[str, StaffInfo],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    boxes = Boxes(monkeypatch)
    dialog = ErasureDialog(desk.journal, people["TL"])
    qtbot.addWidget(dialog)
    dialog.code.setText("NOBODY")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert "NOBODY finns inte" in dialog.error.text()
    dialog.code.setText("frö-2")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.preview.text() == (
        "Deltagarkoden <b>FRÖ-2</b> raderas med allt som hör till den: 1 ärende, 1 kontakt. "
        "Observera: 1 ärende är fortfarande öppet."
    )
    assert not dialog.erase_button.isEnabled()  # no reason yet
    dialog.reason.setText("Begäran inkom 2 juni 2025")
    assert dialog.erase_button.isEnabled()
    with translated("en"):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert boxes.questions == ["Erase <b>FRÖ-2</b> and everything about it for good? (3 records)"]
    assert dialog.result() == ErasureDialog.DialogCode.Accepted
    with desk.journal.session(readonly=True) as s:
        assert participants.find_participant(s, "FRÖ-2") is None
        (entry,) = audit.entries(s, action="erasure")
    assert entry.actor == "TL" and entry.detail["reason"] == "Begäran inkom 2 juni 2025"


def test_the_own_coach_takes_an_extract_from_the_file_menu_others_are_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes(monkeypatch)
    asked: list[str] = []
    typed = {"code": ""}

    def get_text(_parent: object, _title: str, _label: str, **kw: object) -> tuple[str, bool]:
        asked.append(str(kw.get("text")))
        return typed["code"] or str(kw.get("text")), True

    saved = tmp_path / "utdrag.pdf"
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), "PDF"))
    window.show_page(window.cases)
    window.cases.status_combo.setCurrentIndex(2)  # all cases
    window.cases.search_edit.setText("FRÖ-1")
    window.cases.view.selectRow(0)
    window.privacy.extract_action.trigger()
    assert asked == ["FRÖ-1"]  # the case on screen is offered
    assert boxes.questions[0].startswith(  # nobody filled in art. 15's facts yet: asked first
        "The journal does not yet say personuppgiftsansvarig, kontakt till den "
    )
    assert saved.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Saved {saved}"
    saved.unlink()
    typed["code"] = "FRÖ-2"  # CD's participant: AB is not their coach
    window.privacy.extract_action.trigger()
    assert boxes.warnings == [
        "Bara teamledare, administratörer och deltagarens egen vägledare får ta ut ett "
        "registerutdrag för FRÖ-2."
    ]
    assert not saved.exists()
    with window.desk.journal.session(readonly=True) as s:
        assert [e.actor for e in audit.entries(s, action="access_export")] == ["AB"]


def test_pages_forget_a_participant_who_was_erased(
    window: MainWindow, people: dict[str, StaffInfo], monkeypatch: pytest.MonkeyPatch
) -> None:
    Boxes(monkeypatch)
    window.show_page(window.progress)
    assert window.progress.open_code("FRÖ-1")
    assert window._current_code() == "FRÖ-1"
    run_erasure(window.desk.journal, "FRÖ-1", "Begäran", people["TL"].id)
    window._on_privacy_changed()
    assert window.progress.participant is None and window._current_code() is None
    assert window.progress.heading.text() == "Open a participant code or pick one who is due."
    model = window.cases.model
    assert all(model.case(i).code != "FRÖ-1" for i in range(model.rowCount()))


def test_a_lead_fills_in_the_processing_facts_once_and_a_refusal_keeps_the_form(
    qtbot,
    desk: Desk,
    people: dict[str, StaffInfo],  # noqa: ANN001
) -> None:
    from vagledare.gui.admin.admin_dialogs import NoticeDialog
    from vagledare.journal import privacy_notice

    dialog = NoticeDialog(desk.journal, people["TL"])
    qtbot.addWidget(dialog)
    assert list(dialog.edits) == list(privacy_notice.KEYS)
    dialog.edits["controller"].setPlainText("Arbetsmarknadsnämnden")
    dialog.edits["contact"].setPlainText("Ring 19811218-9876")  # a personnummer: refused
    dialog._on_save()
    assert "personnummer" in dialog.error.text()
    assert dialog.result() != NoticeDialog.DialogCode.Accepted
    assert dialog.edits["controller"].toPlainText() == "Arbetsmarknadsnämnden"  # nothing lost
    with desk.journal.session(readonly=True) as s:
        assert privacy_notice.notice(s)["controller"] == ""  # nothing half-saved
    dialog.edits["contact"].setPlainText("registrator@exempelstad.se")
    dialog._on_save()
    assert dialog.result() == NoticeDialog.DialogCode.Accepted
    with desk.journal.session(readonly=True) as s:
        saved = privacy_notice.notice(s)
        assert (saved["controller"], saved["contact"]) == (
            "Arbetsmarknadsnämnden",
            "registrator@exempelstad.se",
        )
        assert [e.actor for e in audit.entries(s, action="create")][:2] == ["TL", "TL"]


def test_the_erase_dialog_shows_and_erases_the_code_as_the_journal_writes_it(
    qtbot,
    desk: Desk,
    people: dict[str, StaffInfo],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    """Read as "FRO-2025-0009": at 9 points a capital Ö's dots are a faint grey. The code is in
    bold wherever the dialog names it, and offered from the page, typed in small letters or
    typed without ö, it is the code as the journal writes it."""
    with desk.journal.session() as s:
        participants.register_participant(
            s, desk.site.id, Gender.MAN, "25-34", desk.staff.id, code="FRÖ-2025-0009"
        )
        participants.register_participant(
            s, desk.site.id, Gender.MAN, "25-34", desk.staff.id, code="ÅRB-7"
        )
        participants.register_participant(
            s, desk.site.id, Gender.MAN, "25-34", desk.staff.id, code="ÄRB-7"
        )
    boxes = Boxes(monkeypatch)
    with translated("sv"):
        lead = MainWindow(Desk(desk.journal, desk.site, people["TL"]), "sv")
        qtbot.addWidget(lead)
        lead.show_page(lead.cases)
        lead.cases.status_combo.setCurrentIndex(2)  # all cases
        lead.cases.search_edit.setText("FRÖ-2")
        lead.cases.view.selectRow(0)
        opened: list[ErasureDialog] = []
        monkeypatch.setattr(ErasureDialog, "exec", lambda self: opened.append(self))
        lead.privacy.erase_action.trigger()
        (offered,) = opened
        assert offered.code.text() == "FRÖ-2"
        assert offered.preview.text().startswith("Deltagarkoden <b>FRÖ-2</b> raderas")

        dialog = ErasureDialog(desk.journal, people["TL"])
        qtbot.addWidget(dialog)
        dialog.code.setText("frö-2025-0009")
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        assert dialog.preview.text() == (
            "Deltagarkoden <b>FRÖ-2025-0009</b> raderas med allt som hör till den "
            "(inga andra uppgifter finns)."
        )
        dialog.code.setText("FRO-2025-0009")  # a keyboard without ö
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        assert dialog.code.text() == "FRÖ-2025-0009"
        assert dialog.preview.text().startswith("Deltagarkoden <b>FRÖ-2025-0009</b> raderas")
        assert dialog.error.text() == (
            "FRO-2025-0009 finns inte i journalen; det här är <b>FRÖ-2025-0009</b>, koden som "
            "den är skriven där."
        )
        dialog.reason.setText("Begäran inkom 2 juni 2025")
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        assert boxes.questions == [
            "Radera <b>FRÖ-2025-0009</b> och allt om koden för alltid? (1 post)"
        ]
        with desk.journal.session(readonly=True) as s:
            assert participants.find_participant(s, "FRÖ-2025-0009") is None

        two = ErasureDialog(desk.journal, people["TL"], "ARB-7")  # ÅRB-7 or ÄRB-7?
        qtbot.addWidget(two)
        assert two.plan is None and two.code.text() == "ARB-7"
        assert two.error.text() == (
            "ARB-7 finns inte i journalen. Menade du <b>ÄRB-7</b>, <b>ÅRB-7</b>?"
        )
        assert not two.erase_button.isEnabled()
        two.code.setText("FRÖ-2")
        two._on_show()
        two.reason.setText("Begäran")
        qtbot.mouseClick(two.erase_button, Qt.MouseButton.LeftButton)
        assert boxes.questions[-1] == "Radera <b>FRÖ-2</b> och allt om koden för alltid? (3 poster)"
