"""Keys the app makes in bulk sort by the time they were made (UUID version 7's layout)."""

from __future__ import annotations

import time
import uuid

from sqlalchemy import select

from vagledare.app.desk import Desk
from vagledare.journal.models import Gender, QuickCase, time_ordered_uuid


def test_a_time_ordered_key_is_a_version_7_uuid_that_sorts_by_its_millisecond() -> None:
    before = time.time_ns() // 1_000_000
    first = time_ordered_uuid()
    time.sleep(0.002)
    second = time_ordered_uuid()
    assert isinstance(first, uuid.UUID)
    assert (first.version, first.variant) == (7, uuid.RFC_4122)
    assert before <= first.int >> 80 < second.int >> 80
    assert first.hex < second.hex  # the stored form sorts the same way
    assert len({time_ordered_uuid() for _ in range(10_000)}) == 10_000


def test_a_click_logs_under_a_time_ordered_key(desk: Desk) -> None:
    site = desk.site
    logged = desk.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN, count=2)
    with desk.journal.session(readonly=True) as s:
        stored = set(s.scalars(select(QuickCase.id)))
    assert stored == set(logged.ids) and {i.version for i in stored} == {7}
