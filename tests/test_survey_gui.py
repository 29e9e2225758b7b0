"""The experience survey as a participant answers it at the desk: one statement per page,
keyboard throughout, anonymous by default or tied to the open code."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from vagledare.app.desk import Desk
from vagledare.gui.progress.assessments_page import AssessmentsPage
from vagledare.gui.progress.survey_form import SurveyForm
from vagledare.journal import audit, cases, survey
from vagledare.journal.models import Gender, Route, SurveyAnswer


@pytest.fixture
def page(desk: Desk, qtbot) -> AssessmentsPage:  # noqa: ANN001
    with desk.journal.session() as s:
        cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.REFERRED,
            start=date(2023, 1, 2),
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=desk.staff.id,
            code="FRÖ-8",
        )
    p = AssessmentsPage(desk)
    qtbot.addWidget(p)
    assert p.open_code("frö-8")
    return p


def press(qtbot, form: SurveyForm, key) -> None:  # noqa: ANN001
    qtbot.keyClick(form.focusWidget() or form, key)


def answers(desk: Desk) -> list[tuple[str, int | None, object]]:
    from sqlalchemy import select

    with desk.journal.session(readonly=True) as s:
        rows = s.execute(
            select(SurveyAnswer.statement_key, SurveyAnswer.value, SurveyAnswer.participant_id)
        ).all()
    return sorted(((k, v, p) for k, v, p in rows), key=lambda r: r[0])


def test_an_anonymous_survey_is_answered_by_keyboard_and_saved_once(
    page: AssessmentsPage,
    desk: Desk,
    qtbot,  # noqa: ANN001
) -> None:
    form = page.start_survey(run=False)
    form.show()
    qtbot.waitExposed(form)
    assert form.anonymous and "anonymous" in form.windowTitle().lower()
    intro = [w.text() for w in form.stack.currentWidget().findChildren(QLabel)]
    assert "Ditt namn sparas inte med svaren." in intro
    press(qtbot, form, Qt.Key.Key_Return)  # Börja
    assert form.page == 1
    labels = [w.text() for w in form.stack.currentWidget().findChildren(QLabel)]
    assert "Jag blev bra bemött." in labels and "Fråga 1 av 5" in labels
    press(qtbot, form, Qt.Key.Key_Return)  # nothing chosen yet: stays
    assert form.page == 1 and not form.next_button.isEnabled()
    press(qtbot, form, "5")
    press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, "4")
    press(qtbot, form, Qt.Key.Key_Left)  # 4 → 3
    press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, "-")  # vill inte svara
    skip = form.stack.currentWidget().findChild(QPushButton, "skip_2")
    assert skip.isChecked() and skip.text() == "Vill inte svara"
    press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, "2")
    press(qtbot, form, Qt.Key.Key_Backspace)  # back: the answer is kept
    assert form.page == 3 and form.groups[2].checkedId() != -1
    press(qtbot, form, Qt.Key.Key_Return)
    assert form.groups[3].checkedId() == 2
    press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, "1")
    assert form.next_button.text() == "Skicka"
    press(qtbot, form, Qt.Key.Key_Return)  # Skicka: saved, thank-you page
    assert form.saved and form.page == 6
    thanks = [w.text() for w in form.stack.currentWidget().findChildren(QLabel)]
    assert "Tack för dina svar!" in thanks
    assert form.values() == {
        "bemotande": 5,
        "anpassat_stod": 3,
        "delaktighet": None,
        "information": 2,
        "rekommendera": 1,
    }
    press(qtbot, form, Qt.Key.Key_Return)  # closes, saves nothing more
    assert form.result() == SurveyForm.DialogCode.Accepted
    saved = answers(desk)
    assert len(saved) == 5 and all(p is None for _, _, p in saved)
    assert dict((k, v) for k, v, _ in saved)["anpassat_stod"] == 3
    with desk.journal.session(readonly=True) as s:
        assert not [e for e in audit.entries(s) if e.entity == "survey_answer"]
        (count,) = survey.day_counts(s)
        assert count.responses == 1 and count.site_id == desk.site.id


def test_a_survey_tied_to_the_open_code_saves_it_with_the_answers(
    page: AssessmentsPage,
    desk: Desk,
    qtbot,  # noqa: ANN001
) -> None:
    form = page.start_survey(tied=True, run=False)
    form.show()
    assert not form.anonymous and "FRÖ-8" in form.windowTitle()
    intro = [w.text() for w in form.stack.currentWidget().findChildren(QLabel)]
    assert "Ditt namn sparas inte med svaren." not in intro
    press(qtbot, form, Qt.Key.Key_Return)
    for key in ("5", "5", "4", "0", "3"):  # 0 is vill inte svara too
        press(qtbot, form, key)
        press(qtbot, form, Qt.Key.Key_Return)
    assert form.saved
    saved = answers(desk)
    assert {p for _, _, p in saved} == {page.participant.id}
    assert dict((k, v) for k, v, _ in saved)["information"] is None


def test_english_beside_swedish_and_buttons_with_the_scale_words(
    desk: Desk,
    qtbot,  # noqa: ANN001
) -> None:
    statements = desk.journal.read(survey.list_statements)
    form = SurveyForm(statements, survey.survey_languages(), second_language="en")
    qtbot.addWidget(form)
    form.show()
    assert form.language() == "en"
    press(qtbot, form, Qt.Key.Key_Return)
    labels = [w.text() for w in form.stack.currentWidget().findChildren(QLabel)]
    en = survey.survey_texts("en")
    assert en is not None
    assert "Jag blev bra bemött." in labels and en.statements["bemotande"] in labels
    five = form.stack.currentWidget().findChild(QPushButton, "value_0_5")
    assert five.text().startswith("5\nStämmer helt\n") and en.word("scale_5") in five.text()
    assert five.accessibleName().startswith("5: Stämmer helt / ")
    for b in form.stack.currentWidget().findChildren(QPushButton):
        assert b.accessibleName()
    # A refusal from the journal is said, and the answers stay.


def test_a_refused_save_keeps_the_form_and_its_answers(
    desk: Desk,
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from vagledare.journal.errors import ValidationError

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))

    def refuse(_answers: dict[str, int | None]) -> None:
        raise ValidationError("Enkätsvaret sparades inte: prov.")

    statements = desk.journal.read(survey.list_statements)[:1]
    form = SurveyForm(statements, survey.survey_languages(), save=refuse)
    qtbot.addWidget(form)
    form.show()
    press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, "4")
    press(qtbot, form, Qt.Key.Key_Return)
    assert said == ["Enkätsvaret sparades inte: prov."]
    assert not form.saved and form.page == 1 and form.values() == {"bemotande": 4}


def test_a_team_lead_edits_the_statements_in_the_settings_dialog(
    desk: Desk,
    qtbot,  # noqa: ANN001
) -> None:
    from vagledare.gui.admin.settings_dialog import SettingsDialog
    from vagledare.journal import staff
    from vagledare.journal.models import Role

    with desk.journal.session() as s:
        lead = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
    desk.journal.act_as(lead.id)
    d = SettingsDialog(desk.journal, lead, "sv")
    qtbot.addWidget(d)
    d.show()
    tab = d.survey_tab
    assert tab.keys()[0] == "bemotande" and len(tab.keys()) == 5
    qtbot.keyClicks(tab.edit, "Jag kande mig trygg.")  # keyClicks and non-ASCII do not mix
    qtbot.keyClick(tab.edit, Qt.Key.Key_Return)
    assert tab.keys()[-1] == "jag_kande_mig_trygg" and tab.current_key() == "jag_kande_mig_trygg"
    tab.up_button.click()
    assert tab.keys()[-2:] == ["jag_kande_mig_trygg", "rekommendera"]
    tab.edit.setText("Jag kände mig trygg här.")
    tab.rename_button.click()
    tab.list.setCurrentRow(0)
    tab.remove_button.click()
    shown = desk.journal.read(survey.list_statements)
    assert [x.key for x in shown] == [
        "anpassat_stod",
        "delaktighet",
        "information",
        "jag_kande_mig_trygg",
        "rekommendera",
    ]
    assert shown[3].text == "Jag kände mig trygg här."
    tab.edit.setText("=1+1")  # refused: said in the dialog, nothing changes
    tab.add_button.click()
    assert "får inte börja med" in d.ui.messageLabel.text()
    assert len(desk.journal.read(survey.list_statements)) == 5
    for w in tab.findChildren(QPushButton):
        assert w.accessibleName()


def test_a_right_to_left_language_runs_the_scale_from_the_right(
    desk: Desk,
    qtbot,  # noqa: ANN001
) -> None:
    sv = survey.survey_texts("sv")
    assert sv is not None
    rtl = survey.SurveyTexts(
        "ar",
        "العربية",
        "rtl",
        {**sv.words, "skip": "لا أريد الإجابة"},
        {"bemotande": "عوملت بشكل جيد."},
    )
    statements = desk.journal.read(survey.list_statements)
    form = SurveyForm(statements, [sv, rtl], second_language="ar")
    qtbot.addWidget(form)
    form.resize(1000, 700)
    form.show()
    qtbot.waitExposed(form)
    press(qtbot, form, Qt.Key.Key_Return)
    page = form.stack.currentWidget()
    one = page.findChild(QPushButton, "value_0_1")
    five = page.findChild(QPushButton, "value_0_5")
    assert one.mapTo(form, one.rect().topLeft()).x() > five.mapTo(form, five.rect().topLeft()).x()
    arabic = [w for w in page.findChildren(QLabel) if w.text() == "عوملت بشكل جيد."]
    assert arabic and arabic[0].layoutDirection() == Qt.LayoutDirection.RightToLeft
    press(qtbot, form, "3")
    press(qtbot, form, Qt.Key.Key_Left)  # toward 4: the scale grows to the left
    assert form.groups[0].checkedId() == 4
    press(qtbot, form, Qt.Key.Key_Return)
    # A statement the pack does not translate is shown in Swedish alone.
    labels = [w.text() for w in form.stack.currentWidget().findChildren(QLabel)]
    assert "Jag fick det stöd som jag behövde." in labels
