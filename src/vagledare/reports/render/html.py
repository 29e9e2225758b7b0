"""A report table as simple HTML: what the window prints through QPrinter."""

from __future__ import annotations

from html import escape

from vagledare import __version__
from vagledare.reports.fmt import format_value
from vagledare.reports.table import ReportTable, RowKind


def table_html(table: ReportTable) -> str:
    """The table; a table of several (``ReportTable.parts``) one after another, each from a
    new page."""
    if not table.parts:
        return _one_table(table)
    first, *rest = table.blocks()
    return _one_table(first) + "".join(
        f'<div style="page-break-before: always">{_one_table(b)}</div>' for b in rest
    )


def _one_table(table: ReportTable) -> str:
    cols = (table.label_header, *table.columns)
    # The label column keeps room for its words; the figures share the rest.
    head = "".join(
        f'<th align="left" width="26%">{escape(c)}</th>'
        if i == 0
        else f'<th align="right">{escape(c)}</th>'
        for i, c in enumerate(cols)
    )
    body = []
    for sec in table.sections:
        if sec.title:
            body.append(
                f'<tr><td colspan="{len(cols)}" bgcolor="#e8eef4">'
                f"<b>{escape(sec.title)}</b></td></tr>"
            )
        for row in sec.rows:
            label = row.label
            if row.kind is RowKind.SUBTOTAL and sec.title:
                label = f"{row.label} {sec.title.lower()}"
            cells = [format_value(v, table.lang, blank_zero=table.blank_zeros) for v in row.values]
            bold = row.kind is not RowKind.DATA
            wrap = (lambda t: f"<b>{t}</b>") if bold else (lambda t: t)
            bg = ' bgcolor="#fde2e1"' if row.highlight else ""
            tds = f"<td>{wrap(escape(label))}</td>" + "".join(
                f'<td align="right">{wrap(escape(c))}</td>' for c in cells
            )
            body.append(f"<tr{bg}>{tds}</tr>")
    notes = "".join(f"<p>{escape(n)}</p>" for n in (*table.prose(), *table.notes))
    legend = "".join(f"<p>{escape(line)}</p>" for line in table.legend)
    banner = (
        f'<p style="background:#fff3c4; color:#5c4400;"><b>{escape(table.notes[0])}</b></p>'
        if table.demo and table.notes
        else ""
    )
    return (
        f"{banner}<h2>{escape(table.title)}</h2><p>{escape(table.subtitle)}</p>{legend}"
        f'<table border="0" cellspacing="0" cellpadding="4" width="100%">'
        f"<tr>{head}</tr>{''.join(body)}</table>{notes}"
        f"<p><small>Vägledare {escape(__version__)}</small></p>"
    )
