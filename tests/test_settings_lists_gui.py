"""Inställningar's lists of issue 19: the types of activities and events (add, rename, move,
retire), the partner register (rename, mark as employer) and the follow-up after avslut
(months, the reasons that count, the goal) — lead only, every change in the journal, a refusal
shown with the input kept."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt

from vagledare.app.desk import Desk
from vagledare.gui.admin.settings_dialog import SettingsDialog
from vagledare.journal import activities, followups, staff
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import AuditEntry, ClosureReason, Role
from vagledare.journal.site_settings import as_lead
from vagledare.journal.staff import StaffInfo

from test_settings_gui import choose, shown  # isort: skip


@pytest.fixture
def lead(desk: Desk) -> StaffInfo:
    with desk.journal.session() as s:
        return staff.ensure_staff(s, "TL", Role.TEAM_LEAD)


@pytest.fixture
def dialog(qtbot, desk: Desk, lead: StaffInfo) -> SettingsDialog:  # noqa: ANN001
    desk.journal.act_as(lead.id)
    d = SettingsDialog(desk.journal, lead, "sv")
    qtbot.addWidget(d)
    d.show()
    return d


def kinds(desk: Desk) -> list[tuple[str, bool]]:
    every = desk.journal.read(activities.list_kinds, include_retired=True)
    return [(k.name, k.retired) for k in every]


def test_types_of_activities_are_added_renamed_moved_and_retired(
    desk: Desk, dialog: SettingsDialog
) -> None:
    ui = dialog.ui
    ui.settingsTabs.setCurrentWidget(ui.eventsTab)
    assert shown(ui.eventKindView)[:2] == ["Språkcafé", "Läxhjälp"]
    ui.eventKindEdit.setText("Jobbmässa")
    ui.addEventKindButton.click()
    assert kinds(desk)[-1] == ("Jobbmässa", False)
    assert ui.eventKindEdit.text() == ""
    # the new one is chosen: move it up once, rename it
    ui.eventKindUpButton.click()
    assert [n for n, _ in kinds(desk)][-2:] == ["Jobbmässa", shown(ui.eventKindView)[-1]]
    ui.eventKindEdit.setText("språkcafé")
    ui.renameEventKindButton.click()
    assert ui.messageLabel.text() == "⚠ Aktivitetstypen språkcafé finns redan."
    assert ui.eventKindEdit.text() == "språkcafé"  # kept
    ui.eventKindEdit.setText("Rekryteringsmässa")
    ui.renameEventKindButton.click()
    assert ("Rekryteringsmässa", False) in kinds(desk)
    ui.retireEventKindButton.click()
    assert kinds(desk)[-1] == ("Rekryteringsmässa", True)
    assert dialog.event_kind_model.index(len(kinds(desk)) - 1, 1).data() == "Retired"
    offered = [k.name for k in desk.journal.read(activities.dialog_choices).kinds]
    assert "Rekryteringsmässa" not in offered


def test_partners_are_renamed_and_marked_as_employers(desk: Desk, dialog: SettingsDialog) -> None:
    desk.journal.write(activities.ensure_partner, "Parken zoo", None)
    desk.journal.write(activities.ensure_partner, "Arbetsförmedlingen", None)
    dialog.reload()
    ui = dialog.ui
    ui.settingsTabs.setCurrentWidget(ui.partnersTab)
    assert shown(ui.partnerView) == ["Arbetsförmedlingen", "Parken zoo"]
    assert not ui.savePartnerButton.isEnabled()
    choose(ui.partnerView, "Parken zoo")
    assert ui.partnerEdit.text() == "Parken zoo" and not ui.partnerEmployerCheck.isChecked()
    ui.partnerEdit.setText("Arbetsförmedlingen")
    ui.savePartnerButton.click()
    assert ui.messageLabel.text() == "⚠ Partnern Arbetsförmedlingen finns redan."
    assert ui.partnerEdit.text() == "Arbetsförmedlingen"
    ui.partnerEdit.setText("Parken Zoo")
    ui.partnerEmployerCheck.setChecked(True)
    ui.savePartnerButton.click()
    got = {p.name: p.employer for p in desk.journal.read(activities.list_partners)}
    assert got == {"Arbetsförmedlingen": False, "Parken Zoo": True}
    assert shown(ui.partnerView, 1) == ["No", "Yes"]


def test_follow_up_settings_are_saved_together(desk: Desk, dialog: SettingsDialog) -> None:
    ui = dialog.ui
    ui.settingsTabs.setCurrentWidget(ui.followUpTab)
    assert (ui.followUpMonthsSpin.value(), ui.followUpTargetSpin.value()) == (6, 70)
    items = [ui.followUpReasonsList.item(i) for i in range(ui.followUpReasonsList.count())]
    checked = {
        i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
    }
    assert checked == followups.DEFAULT_REASONS
    for i in items:
        i.setCheckState(Qt.CheckState.Unchecked)
    ui.followUpMonthsSpin.setValue(12)
    ui.saveFollowUpButton.click()
    assert ui.messageLabel.text().startswith("⚠ Välj minst en avslutsorsak")
    assert desk.journal.read(followups.follow_up_months) == 6  # nothing written
    assert ui.followUpMonthsSpin.value() == 12  # nothing lost
    studies = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == ClosureReason.STUDIES)
    studies.setCheckState(Qt.CheckState.Checked)
    ui.followUpTargetSpin.setValue(75)
    ui.saveFollowUpButton.click()
    got = desk.journal.read(followups.follow_up_settings)
    assert (got.months, got.reasons, got.target) == (12, frozenset({ClosureReason.STUDIES}), 75)
    with desk.journal.session() as s:
        actors = set(s.scalars(select(AuditEntry.actor_id).where(AuditEntry.entity == "setting")))
    assert actors == {dialog.me.id}
    # a change on another tab keeps what is typed here
    ui.followUpMonthsSpin.setValue(9)
    ui.eventKindEdit.setText("Jobbmässa")
    ui.addEventKindButton.click()
    assert ui.followUpMonthsSpin.value() == 9


def test_a_coach_cannot_change_the_lists(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="Bara teamledare"):
        desk.journal.write(
            as_lead, desk.staff.id, followups.set_follow_up_settings, 3, [ClosureReason.STUDIES], 50
        )
    with pytest.raises(ValidationError, match="Bara teamledare"):
        desk.journal.write(as_lead, desk.staff.id, activities.add_kind, "Ny typ", None)
    assert desk.journal.read(followups.follow_up_months) == 6


def test_every_new_tab_names_its_controls(dialog: SettingsDialog) -> None:
    from a11y import unnamed_controls

    ui = dialog.ui
    for tab in (ui.eventsTab, ui.partnersTab, ui.followUpTab):
        ui.settingsTabs.setCurrentWidget(tab)
        assert unnamed_controls(dialog) == []
