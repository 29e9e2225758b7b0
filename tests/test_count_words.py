"""Counted words outside the pages' own tests, in Qt's plural forms in Swedish and English:
the overview's chart summaries ("1 kvinnor och 0 män" once)."""

from __future__ import annotations

from datetime import date

import pytest
from translation_helpers import translated

from vagledare.gui.overview.dashboard_charts import (
    DashboardCounts,
    chart_view,
    draw_genders,
    draw_weekly,
)
from vagledare.gui.shell.theme import LIGHT
from vagledare.reports.overview import GenderSplit, WeeklyCategories


@pytest.mark.parametrize(
    ("lang", "genders", "weekly"),
    [
        (
            "sv",
            "Snabbärenden: 1 kvinna och 0 män (100 % kvinnor); "
            "Nya ärenden: 2 kvinnor och 1 man (67 % kvinnor).",
            ["1 snabbärende på 1 vecka.", "2 snabbärenden på 2 veckor."],
        ),
        (
            "en",
            "Quick cases: 1 woman and 0 men (100 % women); "
            "New cases: 2 women and 1 man (67 % women).",
            ["1 quick case in 1 week.", "2 quick cases in 2 weeks."],
        ),
    ],
)
def test_the_overview_counts_one_and_two(
    qtbot,  # noqa: ANN001
    lang: str,
    genders: str,
    weekly: list[str],
) -> None:
    with translated(lang):
        view = chart_view("genders", "genders")
        qtbot.addWidget(view)
        draw_genders(
            view,
            [GenderSplit("quick_cases", 1, 0, 0), GenderSplit("new_cases", 2, 1, 0)],
            lang,
            LIGHT,
        )
        assert view.accessibleDescription() == genders
        for weeks, summary in zip(
            ([date(2024, 3, 4)], [date(2024, 3, 4), date(2024, 3, 11)]), weekly, strict=True
        ):
            counts = ((1,), (1,)) if len(weeks) == 2 else ((1,),)
            draw_weekly(view, WeeklyCategories(tuple(weeks), ("Söka jobb",), counts), lang, LIGHT)
            assert view.accessibleDescription().startswith(summary + " ")
        assert DashboardCounts().men(2) == ("2 män" if lang == "sv" else "2 men")
