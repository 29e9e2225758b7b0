"""Stand-ins for the indicator figures while a test needs fixed values: a series per chosen
indicator read from the journal's own list (so adding, removing and targets show through), and
the ``indikatorer`` table built from the same series."""

from __future__ import annotations

from decimal import Decimal

from vagledare.journal.indicators import list_indicators
from vagledare.reports.indicators import IndicatorSeries, IndicatorYear
from vagledare.reports.measures import MeasureValue, measure
from vagledare.reports.table import ReportTable, Row, Section

D = Decimal
# measure → year → (Kvinnor, Män, Totalt)
FIGURES: dict[str, dict[int, tuple[Decimal | None, Decimal | None, Decimal | None]]] = {
    "besok": {
        2022: (D(600), D(540), D(1140)),
        2023: (D(650), D(600), D(1250)),
        2024: (D(700), D(650), D(1350)),
    },
    "andel-egen-forsorjning": {
        2023: (D("0.45"), D("0.38"), D("0.41")),
        2024: (D("0.6"), D("0.64"), D("0.62")),
    },
    "arsarbetare": {2022: (None, None, D("3.5")), 2024: (None, None, D("5.5"))},
    "kostnad-per-avslut": {2023: (None, None, D(39226)), 2024: (None, None, D(26832))},
}


def fake_series(s, year: int, compare: int = 1, site_ids=None) -> list[IndicatorSeries]:  # noqa: ANN001
    out = []
    for info in list_indicators(s):
        m = measure(info.measure)
        years = []
        for y in range(year - compare, year + 1):
            w, mn, t = FIGURES.get(m.key, {}).get(y, (None, None, None))
            years.append(IndicatorYear(y, MeasureValue(w, mn, t, "rader" if t is not None else "")))
        total = years[-1].value.total
        target = info.targets.get(year)
        met = None
        if target is not None and total is not None:
            met = total >= target if info.direction == "higher" else total <= target
        out.append(IndicatorSeries(info, m, tuple(years), target, met))
    return out


def fake_report(s, period, site_ids, lang, *, year: int, compare: int = 1) -> ReportTable:  # noqa: ANN001
    series = fake_series(s, year, compare, site_ids)
    years = list(range(year - compare, year + 1))
    columns = [f"{y} {g}" for y in years for g in ("Kvinnor", "Män", "Totalt")]
    rows = []
    for x in series:
        values: list = []
        for iy in x.years:
            v = iy.value
            values += [
                str(v.women) if v.women is not None else "",
                str(v.men) if v.men is not None else "",
                str(v.total) if v.total is not None else "–",
            ]
        met = "–" if x.met is None else ("ja" if x.met else "nej")
        rows.append(Row(x.measure.label[0], (x.measure.kind, *values, str(x.target or "–"), met)))
    return ReportTable(
        "Indikatorer",
        f"{years[0]}–{year}",
        "Indikator",
        ("Typ", *columns, f"Mål {year}", "Uppfyllt"),
        (Section(tuple(rows)),),
        lang,
    )


def install(monkeypatch) -> None:  # noqa: ANN001
    """Use the stand-ins in the page and in the report door."""
    from vagledare.gui.indicators import indicators_page
    from vagledare.reports import indicators

    monkeypatch.setattr(indicators_page, "indicator_series", fake_series)
    monkeypatch.setattr(indicators, "indikatorer_report", fake_report)
