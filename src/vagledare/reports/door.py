"""The one door every published table goes through: catalog → build → protect → mark →
render → audit.

The window's report screen and printout, the command line's ``vagledare report …``, the
overview's monthly pack and the participant's progression card (``export_card``) all call this
module; none of them builds, protects, marks or audits a report itself. (The register extract,
a disclosure to the person it is about rather than a published table, records its audit entry
in the same transaction that checks the right to it: ``reports.register_extract``.) What
happens here, once:

- the report is looked up in the catalog (an unknown key is refused with the known ones);
- with ``protect``, small counts are protected (``reports.protect``); a report that lists
  participant codes is refused, since it can never be published;
- with ``compare_previous_year``, the same report for the same dates one year earlier is
  built (and protected) on its own and set beside it (``reports.compare``);
- tables from the demo journal are marked as made-up data, and a period that has not ended
  yet is marked preliminary ("läget den …");
- the file is written whole or not at all (temporary file, then rename);
- the export or printout is written to the audit log, with what was asked for.

Notes and marks go to the window, PDF and XLSX; a CSV file carries the table's rows only, so
every CSV contract stays byte-identical.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vagledare.journal.errors import ValidationError
from vagledare.journal.terms import Lang, term
from vagledare.reports.catalog import REPORTS, ReportSpec, report
from vagledare.reports.compare import merge
from vagledare.reports.periods import Period, previous_year
from vagledare.reports.table import ReportTable

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vagledare.journal.db import Journal


@dataclass(frozen=True)
class Request:
    """What a user asked for: a report of the catalog, its period, sites and options."""

    key: str
    period: Period
    site_ids: Sequence[uuid.UUID] | None = None  # None: every site
    lang: Lang = "sv"
    options: Mapping[str, Any] = field(default_factory=dict)
    protect: bool = False
    compare_previous_year: bool = False  # the same period last year beside it

    @property
    def spec(self) -> ReportSpec:
        return report(self.key)


@dataclass(frozen=True)
class Output:
    """A report ready to show or write: the table in the asked language and the Swedish one
    that CSV files always carry."""

    request: Request
    table: ReportTable
    csv_table: ReportTable


def refuse_unpublishable(spec: ReportSpec) -> None:
    title = spec.title[0]
    raise ValidationError(
        f"Rapporten {spec.key} ({title}) listar deltagarkoder och kan aldrig publiceras; "
        "den kan inte tas fram med skydd för små tal. Ta fram den utan skyddet för eget "
        "bruk, eller välj en sammanställande rapport."
    )


def refuse_comparison(spec: ReportSpec) -> None:
    title = spec.title[0]
    raise ValidationError(
        f"Rapporten {spec.key} ({title}) listar deltagare en och en och kan inte jämföras "
        "med samma period föregående år. Ta fram den utan jämförelsen."
    )


def _finish(s: Session, table: ReportTable, period: Period, today: date) -> ReportTable:
    from vagledare.journal.journal_settings import is_demo, organisation
    from vagledare.reports.demo_marking import mark_demo

    if table.parts:  # each table of several is marked, as each is shown on its own
        table = replace(table, parts=tuple(_finish(s, p, period, today) for p in table.parts))
    if period.end > today:
        from babel.dates import format_date

        locale = "sv_SE" if table.lang == "sv" else "en_GB"
        note = term("preliminary_note", table.lang).format(
            end=format_date(period.end, "d MMMM y", locale=locale),
            today=format_date(today, "d MMMM y", locale=locale),
        )
        table = replace(table, notes=(note, *table.notes))
    table = replace(table, organisation=organisation(s))
    return mark_demo(table) if is_demo(s) else table


def _part(s: Session, request: Request, period: Period, lang: Lang) -> ReportTable:
    """The report for ``period``, protected when asked."""
    spec = request.spec
    table = spec.build(s, period, request.site_ids, lang, **request.options)
    if request.compare_previous_year and table.lists_people:
        refuse_comparison(spec)
    if request.protect:
        from vagledare.reports.protect import protect

        if table.lists_people:
            refuse_unpublishable(spec)
        table = protect(table)
    return table


def build_table(s: Session, request: Request, lang: Lang, today: date) -> ReportTable:
    spec = request.spec
    if request.protect and spec.privileged:
        refuse_unpublishable(spec)
    if request.compare_previous_year and spec.privileged:
        refuse_comparison(spec)
    table = _part(s, request, request.period, lang)
    if request.compare_previous_year:
        earlier = previous_year(request.period, today)
        table = merge(table, _part(s, request, earlier, lang), earlier)
    return _finish(s, table, request.period, today)


def build(s: Session, request: Request, *, today: date | None = None) -> Output:
    """The report as it may be shown or written (not yet audited: see ``export``)."""
    today = today or date.today()
    table = build_table(s, request, request.lang, today)
    csv_table = table if request.lang == "sv" else build_table(s, request, "sv", today)
    return Output(request, table, csv_table)


def _check_file_name(path: Path) -> None:
    """The file's name goes into the audit log: it passes the text guard before anything is
    written."""
    from vagledare.journal.privacy import reject_identity_number

    reject_identity_number(Path(path).name, "Filnamnet")


def record(
    journal: Journal,
    actor_id: uuid.UUID | None,
    action: str,
    what: str,
    **detail: Any,
) -> None:
    """One audit entry for a published output (export, print, pack, card …)."""
    from vagledare.journal import audit

    with journal.session(actor_id=actor_id) as s:
        audit.record(s, action, what, None, **detail)


def _detail(output: Output, **more: Any) -> dict[str, Any]:
    r = output.request
    return {
        "start": r.period.start,
        "end": r.period.end,
        "sites": [str(x) for x in r.site_ids] if r.site_ids else "alla",
        "suppressed": r.protect,
        "demo": output.table.demo,
        **({"compare_previous_year": True} if r.compare_previous_year else {}),
        **more,
    }


@contextmanager
def _unless_recorded(path: Path) -> Iterator[None]:
    """A written file stays only once its disclosure is in the audit log: if recording fails
    (a locked or write-protected journal), the file is removed again."""
    try:
        yield
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise


def export(
    journal: Journal,
    output: Output,
    fmt: str,
    path: Path,
    actor_id: uuid.UUID | None,
    **detail: Any,
) -> None:
    """Write ``output`` as ``fmt`` (whole or not at all) and audit it."""
    from vagledare.reports.render import write_report

    _check_file_name(path)
    write_report(output.table, fmt, path, csv_table=output.csv_table)
    with _unless_recorded(path):
        record(
            journal,
            actor_id,
            "export",
            output.request.key,
            **_detail(output, format=fmt, file=Path(path).name, **detail),
        )


def printed(journal: Journal, output: Output, actor_id: uuid.UUID | None, **detail: Any) -> None:
    """Audit a printout of ``output``."""
    record(journal, actor_id, "print", output.request.key, **_detail(output, **detail))


def publish(
    journal: Journal,
    request: Request,
    fmt: str,
    path: Path,
    actor_id: uuid.UUID | None,
    *,
    today: date | None = None,
) -> Output:
    """Build, protect, mark, write and audit one report (the command line's way in)."""
    with journal.session(readonly=True) as s:
        output = build(s, request, today=today)
    export(journal, output, fmt, path, actor_id)
    return output


def pack_tables(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None,
    lang: Lang,
    *,
    protect: bool = False,
    today: date | None = None,
) -> list[ReportTable]:
    """Every report of the catalog for the monthly pack, with its default options (the
    resource indicators take the FTEs and costs stored per year; where none are stored, their
    notes say what a lead enters and where). With ``protect``, the reports that list
    participant codes are left out."""
    today = today or date.today()
    tables = []
    for spec in REPORTS:
        if protect and spec.privileged:
            continue
        options = {o.key: o.default for o in spec.options}
        request = Request(spec.key, period, site_ids, lang, options, protect)
        tables.append(build_table(s, request, lang, today))
    return tables


def export_card(
    journal: Journal,
    path: Path,
    progress: Any,
    language: Any,
    texts: Any,
    actor_id: uuid.UUID | None,
    chosen: Sequence[uuid.UUID] = (),
) -> None:
    """The participant's take-home progression card: marked on the demo journal, written
    whole or not at all, and audited against the participant (never the code or file name)."""
    from vagledare.journal.journal_settings import is_demo
    from vagledare.journal.private_files import atomic_write
    from vagledare.reports.render.progress_pdf import build_progress_pdf

    _check_file_name(path)
    with journal.session(readonly=True) as s:
        demo = is_demo(s)
    atomic_write(path, build_progress_pdf(progress, language, texts, chosen, demo=demo))
    with _unless_recorded(path), journal.session(actor_id=actor_id) as s:
        from vagledare.journal import audit

        audit.record(
            s,
            "export",
            "participant",
            progress.participant_id,
            what="progressionskort",
            format="pdf",
            demo=demo,
        )
