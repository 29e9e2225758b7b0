"""What a team lead changes in Inställningar: the order and names of categories, age bands that
were typed wrongly, the Ej angivet column, activity types — without changing earlier tables."""

from __future__ import annotations

from datetime import datetime

import pytest

from vagledare.app.desk import Desk
from vagledare.journal import journal_settings, meetings, sites
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender


def test_a_category_moves_up_and_down_and_keeps_its_place_after_others_retire(desk: Desk) -> None:
    names = [c.name for c in desk.site.categories if not c.retired]
    last = desk.site.category(names[-1])
    site = desk.journal.write(sites.move_category, last.id, -2)
    order = [c.name for c in site.categories if not c.retired]
    assert order == names[:-3] + [names[-1]] + names[-3:-1]
    site = desk.journal.write(sites.move_category, last.id, -100)  # clamps at the top
    assert [c.name for c in site.categories if not c.retired][0] == names[-1]
    desk.journal.write(sites.retire_category, site.category(names[0]).id)
    with pytest.raises(ValidationError, match="pensionerad"):
        desk.journal.write(sites.move_category, site.category(names[0]).id, 1)


def test_an_unused_age_band_is_corrected_a_used_one_is_not(desk: Desk) -> None:
    site = desk.journal.write(sites.add_age_band, desk.site.id, "56+")
    typo = site.age_band("56+")
    site = desk.journal.write(sites.rename_age_band, typo.id, "65+")
    labels = [b.label for b in site.age_bands if not b.retired]
    assert labels[-1] == "65+" and "56+" not in labels
    used = site.age_band("25-34")
    desk.log(site.categories[0].id, used.id, Gender.WOMAN, at=datetime(2024, 3, 4, 10, 0))
    with pytest.raises(ValidationError, match="har använts"):
        desk.journal.write(sites.rename_age_band, used.id, "25-35")
    with pytest.raises(ValidationError, match="finns redan"):
        desk.journal.write(sites.rename_age_band, site.age_band("65+").id, "25-34")


def test_the_unstated_column_is_off_until_a_lead_turns_it_on(desk: Desk) -> None:
    assert desk.journal.read(journal_settings.unstated_column) is False
    desk.journal.write(journal_settings.set_unstated_column, True)
    assert desk.journal.read(journal_settings.unstated_column) is True
    desk.journal.write(journal_settings.set_unstated_column, False)
    assert desk.journal.read(journal_settings.unstated_column) is False


def test_activity_types_are_renamed_and_retired_and_never_doubled(desk: Desk) -> None:
    a = desk.journal.write(meetings.add_activity_type, "Studiebesök", desk.staff.id)
    b = desk.journal.write(meetings.add_activity_type, "Läsning", desk.staff.id)
    renamed = desk.journal.write(meetings.rename_activity_type, a.id, "  Studiebesök  Tekniska ")
    assert renamed.name == "Studiebesök Tekniska"
    with pytest.raises(ValidationError, match="finns redan"):
        desk.journal.write(meetings.rename_activity_type, b.id, "studiebesök tekniska")
    desk.journal.write(meetings.retire_activity_type, b.id)
    names = [x.name for x in desk.journal.read(meetings.list_activity_types)]
    assert "Läsning" not in names and "Studiebesök Tekniska" in names
    every = desk.journal.read(meetings.list_activity_types, include_retired=True)
    assert [x.retired for x in every if x.name == "Läsning"] == [True]
