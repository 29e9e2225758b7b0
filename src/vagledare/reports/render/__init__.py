"""Renderers of a ``ReportTable``: CSV, XLSX and PDF."""

from __future__ import annotations

from pathlib import Path

from vagledare.reports.table import ReportTable

FORMATS = ("csv", "xlsx", "pdf")


def write_report(
    table: ReportTable, fmt: str, path: Path, *, csv_table: ReportTable | None = None
) -> None:
    """Write ``table`` as ``fmt``. CSV always uses the Swedish table (a scripting contract)."""
    if fmt == "csv":
        from vagledare.reports.render.csv import write_csv

        write_csv(csv_table or table, path)
    elif fmt == "xlsx":
        from vagledare.reports.render.xlsx import write_xlsx

        write_xlsx(table, path)
    elif fmt == "pdf":
        from vagledare.reports.render.pdf import write_pdf

        write_pdf(table, path)
    else:
        raise ValueError(f"Okänt format {fmt!r}: välj csv, xlsx eller pdf.")
