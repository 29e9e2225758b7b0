"""Build the journals of earlier schema versions that ``tests/test_journal.py`` upgrades.

Each ``journal-<revision>.sqlite`` is made by running the migrations up to that revision on an
empty file (the same scripts an old version of the app ran) and inserting records into every
table that exists at that revision with plain SQL, as that version stored them: UUIDs as 32 hex
digits, times as ``YYYY-MM-DD HH:MM:SS.ffffff``, enums as their values. The records hang
together (foreign keys are checked) and cover the awkward cases: a removed and an imported
snabbärende, a case opened from a snabbärende, a reopened closing, a cancelled session, a
deleted reading, audit entries that carry a participant code.

Run from the repository: ``.venv/bin/python tests/data/make_old_journals.py`` (rewrites the
files for 0002–0006; 0001 is the file the first version of the app wrote).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import uuid
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from vagledare.journal.factor_sets import default_definition

HERE = Path(__file__).parent
REVISIONS = (
    "0002_participants",
    "0003_cases",
    "0004_language_groups",
    "0005_assessments",
    "0006_audit_and_staff_access",
)
NAMESPACE = uuid.UUID("2b1f0c8e-5d0a-4c7e-9b9e-0a6e4c3f1d11")
STAMP = "2023-05-02 08:15:00.000000"


def uid(name: str) -> str:
    """A stable UUID per record name, stored as SQLAlchemy stores a Uuid in SQLite."""
    return uuid.uuid5(NAMESPACE, name).hex


def rec(key: str, /, **values: Any) -> dict[str, Any]:
    """A record with the columns every record has (written by AB)."""
    return {
        "id": uid(key),
        "created_at": STAMP,
        "modified_at": STAMP,
        "author_id": uid("staff-ab"),
        **values,
    }


def records() -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(first revision with the table, table, rows), parents before children."""
    staff = [
        {
            "id": uid(f"staff-{n.lower()}"),
            "created_at": STAMP,
            "modified_at": STAMP,
            "name": n,
            "role": role,
            "pin_hash": None,
            "active": 1,
        }
        for n, role in (("AB", "coach"), ("TL", "team_lead"), ("SH", "tutor"))
    ]
    sites = [rec(f"site-{n}", name=n) for n in ("Fröslunda", "Årby")]
    bands = [
        rec(f"band-{s}-{label}", site_id=uid(f"site-{s}"), label=label, position=i, retired_at=None)
        for s in ("Fröslunda", "Årby")
        for i, label in enumerate(("18-24", "25-34", "35-44"))
    ]
    categories = [
        rec(
            f"cat-{s}-{name}",
            site_id=uid(f"site-{s}"),
            name=name,
            position=i,
            retired_at="2023-04-01 00:00:00.000000" if name == "Övrigt" and s == "Årby" else None,
        )
        for s in ("Fröslunda", "Årby")
        for i, name in enumerate(("Söka arbete", "Ansökningshandlingar", "Övrigt"))
    ]
    batch = [rec("batch-1", kind="dropin", file_name="mars.csv", sha256="ab" * 32, row_count=2)]
    quick = []
    for i in range(12):
        site = ("Fröslunda", "Årby")[i % 2]
        quick.append(
            rec(
                f"qc-{i}",
                site_id=uid(f"site-{site}"),
                category_id=uid(f"cat-{site}-{('Söka arbete', 'Ansökningshandlingar')[i % 2]}"),
                age_band_id=uid(f"band-{site}-{('18-24', '25-34', '35-44')[i % 3]}"),
                gender=("woman", "man", "unstated")[i % 3],
                occurred_at=f"2023-03-{1 + i:02d} 10:{i:02d}:00.000000",
                import_id=uid("batch-1") if i < 2 else None,
                removed_at="2023-03-20 09:00:00.000000" if i in (10, 11) else None,
                removed_by_id=uid("staff-ab") if i in (10, 11) else None,
                removal_reason=(
                    "Felklick" if i == 10 else "Omvandlat till ärende" if i == 11 else None
                ),
            )
        )
    people = [
        rec(f"p-{code}", code=code, gender=g, age_band=band, site_id=uid(f"site-{site}"))
        for code, g, band, site in (
            ("FRÖ-2023-0001", "woman", "25-34", "Fröslunda"),
            ("FRÖ-2023-0002", "man", "35-44", "Fröslunda"),
            ("ÅRB-2023-0001", "woman", "18-24", "Årby"),
            ("ÅRB-2023-0002", "unstated", "25-34", "Årby"),
            ("ÅRB-2023-0003", "man", "35-44", "Årby"),
            ("FRÖ-2023-0003", "woman", "18-24", "Fröslunda"),
        )
    ]
    cases = [
        rec(
            f"case-{code}",
            participant_id=uid(f"p-{code}"),
            site_id=uid(f"site-{site}"),
            coach_id=uid("staff-ab"),
            route=route,
            referral_source=source,
            age_band=band,
            start_date=start,
            quick_case_id=uid("qc-11") if code == "ÅRB-2023-0002" else None,
            import_id=None,
        )
        for code, site, route, source, band, start in (
            ("FRÖ-2023-0001", "Fröslunda", "citizen_service", "drop_in", "25-34", "2023-01-10"),
            ("FRÖ-2023-0002", "Fröslunda", "referred", None, "35-44", "2023-02-01"),
            ("ÅRB-2023-0001", "Årby", "referred", None, "18-24", "2023-01-16"),
            ("ÅRB-2023-0002", "Årby", "citizen_service", "drop_in", "25-34", "2023-03-12"),
        )
    ]
    closures = [
        rec(
            f"closure-{n}",
            case_id=uid(f"case-{code}"),
            closed_on=closed,
            reason=reason,
            summer_job=int(summer),
            municipal_studies=0,
            reopened_on=reopened,
            reopened_by_id=uid("staff-ab") if reopened else None,
        )
        for n, code, closed, reason, summer, reopened in (
            (1, "FRÖ-2023-0001", "2023-03-01", "temporary_job", True, "2023-03-15"),
            (2, "FRÖ-2023-0001", "2023-04-28", "permanent_job", False, None),
            (3, "ÅRB-2023-0001", "2023-04-03", "studies", False, None),
        )
    ]
    contacts = [
        rec(
            f"contact-{i}",
            case_id=uid(f"case-{code}"),
            occurred_on=day,
            contact_type=kind,
            note=note,
        )
        for i, (code, day, kind, note) in enumerate(
            (
                ("FRÖ-2023-0001", "2023-01-10", "conversation", "Första samtalet"),
                ("FRÖ-2023-0001", "2023-02-02", "application_documents", "CV klart"),
                ("FRÖ-2023-0002", "2023-02-01", "job_search", None),
                ("ÅRB-2023-0001", "2023-02-20", "study_guidance", "SFI-anmälan"),
                ("ÅRB-2023-0002", "2023-03-12", "conversation", "Från snabbärende 2023-03-12"),
            )
        )
    ]
    activity = [rec("activity-own", name="Promenad", position=10, retired_at=None)]
    groups = [
        rec(
            f"group-{site}",
            site_id=uid(f"site-{site}"),
            name=name,
            kind=kind,
            start_date="2023-01-02",
            end_date=None,
            schedule_from="2023-01-02",
            generated_until="2023-03-31",
        )
        for site, name, kind in (
            ("Årby", "Språkgrupp", "language_group"),
            ("Fröslunda", "Språkcafé", "language_cafe"),
        )
    ]
    tutors = [rec("tutor-1", group_id=uid("group-Årby"), staff_id=uid("staff-sh"))]
    slots = [
        rec(
            f"slot-{d}",
            group_id=uid("group-Årby"),
            weekday=d,
            starts_at="09:30:00.000000",
            ends_at="11:30:00.000000",
        )
        for d in (1, 3)
    ]
    enrolments = [
        rec(
            f"enrolment-{code}",
            group_id=uid("group-Årby"),
            participant_id=uid(f"p-{code}"),
            route=route,
            enrolled_on="2023-01-03",
            left_on=left,
            outcome=outcome,
            import_id=None,
        )
        for code, route, left, outcome in (
            ("ÅRB-2023-0001", "referred", None, None),
            ("ÅRB-2023-0003", "own_initiative", "2023-03-31", "studies_sfi"),
            ("ÅRB-2023-0002", "citizen_service", None, None),
            ("FRÖ-2023-0003", "referred", "2023-02-28", "employment"),
        )
    ]
    sessions = [
        rec(
            f"session-{day}",
            group_id=uid("group-Årby"),
            held_on=day,
            starts_at="09:30:00.000000",
            ends_at="11:30:00.000000",
            extra=0,
            moved_from=None,
            cancelled_at="2023-01-17 07:00:00.000000" if cancelled else None,
            cancel_reason="Personalbrist" if cancelled else None,
            attendance_taken_at=None if cancelled else f"{day} 11:40:00.000000",
            guests_women=2,
            guests_men=1,
            guests_unstated=0,
            note="Tema: arbetsmarknad" if day == "2023-01-10" else None,
            import_id=None,
        )
        for day, cancelled in (("2023-01-10", False), ("2023-01-17", True), ("2023-01-24", False))
    ]
    session_activities = [
        rec(
            f"session-activity-{day}",
            session_id=uid(f"session-{day}"),
            activity_type_id=uid("activity-own"),
        )
        for day in ("2023-01-10", "2023-01-24")
    ]
    marks = [
        rec(
            f"mark-{day}-{code}",
            session_id=uid(f"session-{day}"),
            enrolment_id=uid(f"enrolment-{code}"),
            status=status,
            import_id=None,
        )
        for day in ("2023-01-10", "2023-01-24")
        for code, status in (
            ("ÅRB-2023-0001", "present"),
            ("ÅRB-2023-0003", "absent" if day == "2023-01-10" else "excused"),
            ("FRÖ-2023-0003", "present"),
        )
    ]
    # The shipped definition, as version 0005 stored it when the first reading was taken.
    shipped = default_definition()
    definition = json.dumps(shipped, ensure_ascii=False, sort_keys=True)
    factor_sets = [
        rec(
            "fs-1",
            key=shipped["key"],
            version=1,
            name=shipped["name"],
            scale_min=1,
            scale_max=10,
            definition=definition,
        )
    ]
    factors = [
        rec(
            f"factor-{f['position']}",
            factor_set_id=uid("fs-1"),
            position=f["position"],
            name=f["name"],
            short_name=f["short_name"],
            coach_only=int(f["position"] == 7),
        )
        for f in shipped["factors"]
    ]
    readings = [
        rec(
            f"reading-{n}",
            participant_id=uid(f"p-{code}"),
            factor_set_id=uid("fs-1"),
            taken_on=day,
            respondent=resp,
            coach_id=uid("staff-ab"),
            language="ar" if n == 1 else None,
            comment="Vill börja plugga" if n == 1 else None,
            import_id=None,
            deleted_at="2023-02-02 10:00:00.000000" if n == 3 else None,
            deleted_by_id=uid("staff-ab") if n == 3 else None,
            deletion_reason="Fel deltagare" if n == 3 else None,
        )
        for n, code, day, resp in (
            (1, "FRÖ-2023-0001", "2023-01-10", "participant"),
            (2, "FRÖ-2023-0001", "2023-01-10", "coach"),
            (3, "FRÖ-2023-0002", "2023-02-01", "participant"),
        )
    ]
    values = [
        rec(
            f"value-{n}-{i}",
            assessment_id=uid(f"reading-{n}"),
            factor_id=uid(f"factor-{i}"),
            value=None if i == 3 else (n + i) % 10 + 1,
        )
        for n in (1, 2, 3)
        for i in range(1, 8 if n == 2 else 7)
    ]
    settings = [{"key": "assessment.interval_months", "value": "4"}]
    audit = [
        {
            "id": uid(f"audit-{i}"),
            "at": f"2023-05-0{1 + i} 09:00:00.000000",
            "actor_id": uid("staff-ab"),
            "action": action,
            "entity": entity,
            "entity_id": str(uuid.UUID(uid(key))) if key else None,
            "detail": json.dumps(detail, ensure_ascii=False),
        }
        for i, (action, entity, key, detail) in enumerate(
            (
                (
                    "create",
                    "participant",
                    "p-FRÖ-2023-0001",
                    {"code": "FRÖ-2023-0001", "gender": "woman", "age_band": "25-34"},
                ),
                (
                    "update",
                    "participant",
                    "p-ÅRB-2023-0003",
                    {"code": ["ÅRB-2023-0033", "ÅRB-2023-0003"]},
                ),
                ("create", "case_contact", "contact-1", {"note": "(text)"}),
                ("login", "staff", "staff-ab", {}),
                ("export", "dropin", None, {"format": "csv", "file": "mars.csv"}),
            )
        )
    ]
    return [
        ("0001_desk_journal", "staff", staff),
        ("0001_desk_journal", "setting", settings),
        ("0001_desk_journal", "import_batch", batch),
        ("0001_desk_journal", "site", sites),
        ("0001_desk_journal", "age_band", bands),
        ("0001_desk_journal", "category", categories),
        ("0001_desk_journal", "quick_case", quick),
        ("0002_participants", "participant", people),
        ("0003_cases", "case_file", cases),
        ("0003_cases", "case_closure", closures),
        ("0003_cases", "case_contact", contacts),
        ("0004_language_groups", "activity_type", activity),
        ("0004_language_groups", "language_group", groups),
        ("0004_language_groups", "group_tutor", tutors),
        ("0004_language_groups", "schedule_slot", slots),
        ("0004_language_groups", "enrolment", enrolments),
        ("0004_language_groups", "group_session", sessions),
        ("0004_language_groups", "session_activity", session_activities),
        ("0004_language_groups", "attendance", marks),
        ("0005_assessments", "factor_set", factor_sets),
        ("0005_assessments", "factor", factors),
        ("0005_assessments", "assessment", readings),
        ("0005_assessments", "assessment_value", values),
        ("0006_audit_and_staff_access", "audit_entry", audit),
    ]


def build(revision: str, path: Path) -> dict[str, int]:
    """A journal at ``revision`` holding records in every table it has; rows per table."""
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", "vagledare.journal:migrations")
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    engine.dispose()
    order = ["0001_desk_journal", *REVISIONS]
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    with con:
        for first, table, rows in records():
            if order.index(first) > order.index(revision):
                continue
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            for row in rows:
                present = {k: v for k, v in row.items() if k in columns}
                names = ", ".join(f'"{k}"' for k in present)
                marks = ", ".join("?" for _ in present)
                con.execute(
                    f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(present.values())
                )
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    tables = [
        r[0]
        for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        if r[0] != "alembic_version"
    ]
    counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    empty = [t for t, n in counts.items() if n == 0]
    assert not empty, f"{revision}: no records in {empty}"
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()
    return counts


def main() -> None:
    for revision in REVISIONS:
        counts = build(revision, HERE / f"journal-{revision}.sqlite")
        print(f"{revision}: {len(counts)} tables, {sum(counts.values())} records")


if __name__ == "__main__":
    sys.exit(main())
