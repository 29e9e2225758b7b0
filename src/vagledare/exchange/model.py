"""What travels between desks, derived from the journal's own metadata.

Every table whose rows are records (a UUID ``id`` and ``modified_at``) travels – new tables
included, without changes here. Tables without them (``setting``, ``audit_entry``, the
``exchange_*`` bookkeeping) belong to one journal and stay. Columns holding secrets (PIN
hashes) and the desk's own columns (a staff member's role here) never leave the desk.

Natural keys come from the tables' unique constraints and unique indexes: a site's name, a
staff member's initials, a participant code, (site, category name) … Two desks that created
the same thing under different UUIDs are merged onto one row by them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Column, DateTime, Index, MetaData, Table, UniqueConstraint, Uuid

from vagledare.journal.audit import SECRET_COLUMNS
from vagledare.journal.deletions import is_record_table
from vagledare.journal.models import Base, Deletion

DELETION = Deletion.__tablename__
ORIGIN, BASE = "_origin", "_base"  # per-row provenance columns of an exchange file

# Swedish and English words for the tables, for summaries; other tables show their own name.
TABLE_LABELS: dict[str, tuple[str, str]] = {
    "staff": ("personal", "staff"),
    "site": ("mötesplatser", "sites"),
    "category": ("kategorier", "categories"),
    "age_band": ("åldersgrupper", "age bands"),
    "import_batch": ("importer", "imports"),
    "participant": ("deltagarkoder", "participant codes"),
    "quick_case": ("snabbärenden", "quick cases"),
    "case_file": ("ärenden", "cases"),
    "case_contact": ("kontakter", "contacts"),
    "case_closure": ("avslut", "closures"),
    "case_follow_up": ("uppföljningar", "follow-ups"),
    "case_duty_hours": ("planerade timmar", "planned hours"),
    "factor_set": ("faktoruppsättningar", "factor sets"),
    "factor": ("faktorer", "factors"),
    "assessment": ("mätningar", "readings"),
    "assessment_value": ("mätvärden", "reading values"),
    "deletion": ("raderingar", "deletions"),
    "group": ("grupper", "groups"),
    "group_session": ("tillfällen", "sessions"),
    "enrolment": ("inskrivningar", "enrolments"),
    "attendance": ("närvaro", "attendance"),
    "activity_kind": ("aktivitetstyper", "activity types"),
    "partner": ("partner", "partners"),
    "activity": ("aktiviteter", "activities"),
    "activity_partner": ("aktiviteters partner", "activity partners"),
    "activity_staff": ("aktiviteters personal", "activity staff"),
    "site_group": ("grupper av mötesplatser", "site groups"),
    "site_group_member": ("mötesplatser i grupper", "sites in groups"),
    "resource_year": ("resurser per år", "resources per year"),
    "indicator": ("indikatorer", "indicators"),
    "indicator_target": ("indikatormål", "indicator targets"),
    "aggregate_count": ("inflyttade sammanställningar", "imported aggregates"),
    "survey_statement": ("enkätpåståenden", "survey statements"),
}


# Columns that belong to one desk: they never travel, and a row arriving for the first time
# gets these values (as an exchange file spells them). Staff arrive as identities only: a
# name, no role and no PIN, and cannot log in until a team lead enrols them on this desk.
LOCAL_COLUMNS: dict[str, dict[str, Any]] = {
    "staff": {"role": "unassigned", "active": True},
}


def table_label(name: str, lang: str = "sv") -> str:
    labels = TABLE_LABELS.get(name)
    return labels[0 if lang == "sv" else 1] if labels else name


@dataclass(frozen=True)
class Reference:
    column: str
    table: str
    nullable: bool


@dataclass(frozen=True)
class NaturalKey:
    """Columns whose values identify a row across desks; ``where`` limits the key to some
    rows (a partial unique index, e.g. readings not deleted), per backend."""

    columns: tuple[str, ...]
    where: dict[str, Any]

    def describe(self) -> str:
        return ", ".join(self.columns)


@dataclass(frozen=True)
class ExchangedTable:
    table: Table
    columns: tuple[str, ...]  # what travels (secrets and the desk's own columns left out)
    references: tuple[Reference, ...]
    keys: tuple[NaturalKey, ...]
    local: tuple[tuple[str, Any], ...]  # the desk's own columns, and a newcomer's values

    @property
    def name(self) -> str:
        # A plain str: SQLAlchemy's ``quoted_name`` (a str subclass) bound as a parameter of
        # every arrival row would make sqlite3 look for an adapter on each one.
        return str(self.table.name)

    @property
    def label(self) -> str:
        return table_label(self.name)


def _natural_keys(table: Table) -> tuple[NaturalKey, ...]:
    keys: list[NaturalKey] = []
    for c in table.constraints:
        if isinstance(c, UniqueConstraint):
            keys.append(NaturalKey(tuple(col.name for col in c.columns), {}))
    for ix in table.indexes:
        if isinstance(ix, Index) and ix.unique:
            where = {
                d: ix.dialect_options[d]["where"]
                for d in ("sqlite", "postgresql")
                if ix.dialect_options[d]["where"] is not None
            }
            keys.append(NaturalKey(tuple(col.name for col in ix.columns), where))
    return tuple(keys)


def _describe(table: Table) -> ExchangedTable:
    local = LOCAL_COLUMNS.get(table.name, {})
    columns = tuple(
        c.name for c in table.columns if c.name not in SECRET_COLUMNS and c.name not in local
    )
    refs = tuple(
        sorted(
            (
                Reference(fk.parent.name, fk.column.table.name, bool(fk.parent.nullable))
                for fk in table.foreign_keys
            ),
            key=lambda r: r.column,
        )
    )
    return ExchangedTable(table, columns, refs, _natural_keys(table), tuple(local.items()))


@cache
def exchanged_tables() -> tuple[ExchangedTable, ...]:
    """The tables that travel, parents before children; tombstones last."""
    tables = [t for t in Base.metadata.sorted_tables if is_record_table(t)]
    tables.sort(key=lambda t: t.name == DELETION)  # stable: keeps dependency order otherwise
    return tuple(_describe(t) for t in tables)


def by_name() -> dict[str, ExchangedTable]:
    return {t.name: t for t in exchanged_tables()}


def file_table(et: ExchangedTable, metadata: MetaData, columns: tuple[str, ...] = ()) -> Table:
    """The table as an exchange file holds it: the same columns and types, no constraints
    or indexes (they would only slow the writing down), and the row's provenance."""
    names = columns or et.columns
    cols = [Column(n, et.table.c[n].type.copy()) for n in names]
    return Table(
        et.name,
        metadata,
        *cols,
        Column(ORIGIN, Uuid),
        Column(BASE, DateTime),
    )


def provenance(
    modified_at: Any,
    arrived_version: Any,
    arrived_origin: Any,
    arrived_base: Any,
    own: Any,
) -> tuple[Any, Any]:
    """(origin, base) of a row's current version: the desk that made it and the version it
    was made from. Unchanged since it arrived: as it arrived. Edited here: this desk's, made
    from the version that arrived. Never arrived: this desk's, from nothing known."""
    if arrived_version is None:
        return own, None
    if arrived_version == modified_at:
        return arrived_origin or own, arrived_base
    return own, arrived_version


def is_conflict(mine: tuple[Any, Any, Any], theirs: tuple[Any, Any, Any]) -> bool:
    """Two different versions (modified_at, origin, base) of one row are a conflict when
    different desks made them and neither was made from (a version as new as) the other.
    (Values in the stored form – see ``codec`` – or as Python values: they only compare.)"""
    m_at, m_origin, m_base = mine
    t_at, t_origin, t_base = theirs
    if m_at == t_at or m_origin == t_origin:
        return False
    if t_base is not None and m_at <= t_base:
        return False
    return not (m_base is not None and t_at <= m_base)


def normalise(value: Any) -> Any:
    """Key values compare like the journal compares names: case and spacing aside."""
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    return value
