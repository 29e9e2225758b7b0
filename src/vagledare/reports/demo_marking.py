"""Tables built from the demo journal say so in their title, notes and footer."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from vagledare.journal.journal_settings import is_demo
from vagledare.journal.terms import term
from vagledare.reports.table import ReportTable


def mark_demo(table: ReportTable) -> ReportTable:
    """The table marked as made-up data (marking twice changes nothing)."""
    if table.demo:
        return table
    word = term("demo_word", table.lang)
    return replace(
        table,
        title=f"{word}: {table.title}",
        notes=(term("demo_note", table.lang), *table.notes),
        demo=True,
    )


def marked_if_demo(s: Session, table: ReportTable) -> ReportTable:
    return mark_demo(table) if is_demo(s) else table
