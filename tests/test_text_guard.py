"""The one text guard at the journal's depth: every free-text and name column refuses a
personnummer or samordningsnummer in every form a typist could vary it, whichever way the row
is written (ORM, bulk insert, exchange)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Enum, String, Text

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Base
from vagledare.journal.privacy import GUARDED, SAFE, check_rows, check_value, find_identity_number

# 811218-9876 is a valid personnummer; 701063-2391 a valid samordningsnummer.
FORMS = [
    "811218-9876",
    "8112189876",
    "19811218-9876",
    "198112189876",
    "811218+9876",
    "811218–9876",  # en dash
    "811218—9876",  # em dash
    "811218\u22129876",  # minus sign
    "811218\u20109876",  # hyphen
    "811218\u20119876",  # non-breaking hyphen
    "811218.9876",
    "811218/9876",
    "811218_9876",
    "19811218/9876",
    "811218\u200b-9876",  # zero-width space
    "８１１２１８－９８７６",  # fullwidth
    "٨١١٢١٨-٩٨٧٦",  # Arabic-Indic digits
    "۸۱۱۲۱۸-۹۸۷۶",  # Persian digits
    "81 12 18-9876",
    "811218-98 76",
    "1981-12-18-9876",
    "Besökte oss, pnr 811218-9876, igen",
    "701063-2391",
    "19701063-2391",
]
NOT_NUMBERS = [
    "811218-9875",  # wrong check digit
    "FRÖ-2023-0142",
    "2023-08-31 10:15",
    "0701234567",
    "991332-1234",
    "",
    "Jobbsökning 5 av 10",
    "3f2a8c10-1d2e-4b5a-9c8d-198112189876",  # a key the app made, not a number typed
]


@pytest.mark.parametrize("text", FORMS)
def test_every_form_is_found(text: str) -> None:
    assert find_identity_number(text), text


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_other_text_is_left_alone(text: str) -> None:
    assert find_identity_number(text) is None, text


def test_every_text_column_is_guarded_or_proven_safe() -> None:
    seen = set()
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, Enum) or not isinstance(column.type, String | Text):
                continue
            key = (table.name, column.name)
            seen.add(key)
            assert key in GUARDED or key in SAFE, f"{key}: neither guarded nor proven safe"
            assert not (key in GUARDED and key in SAFE), key
    assert set(GUARDED) | set(SAFE) == seen  # no stale entries


@pytest.mark.parametrize("key", sorted(GUARDED))
@pytest.mark.parametrize("text", ["811218-9876", "1981-12-18-9876", "701063 2391"])
def test_every_guarded_column_refuses_identity_numbers(key: tuple[str, str], text: str) -> None:
    with pytest.raises(ValidationError, match="personnummer"):
        check_value(*key, f"x {text} y")
    with pytest.raises(ValidationError):
        check_rows(key[0], [{key[1]: text}])


@pytest.mark.parametrize("key", sorted(k for k, (_, name) in GUARDED.items() if name))
@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_names_and_reasons_refuse_formulas(key: tuple[str, str], start: str) -> None:
    with pytest.raises(ValidationError, match="formel"):
        check_value(*key, f'{start}HYPERLINK("http://example.invalid")')


def test_the_orm_path_refuses_and_writes_nothing(journal) -> None:  # noqa: ANN001
    from sqlalchemy import func, select

    from vagledare.journal import sites, staff
    from vagledare.journal.models import Site

    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
    with pytest.raises(ValidationError, match="Mötesplatsens namn"), journal.session() as s:
        sites.add_site(s, "Årby 811218–9876", me.id)
    with pytest.raises(ValidationError, match="Personalens namn"), journal.session() as s:
        staff.ensure_staff(s, "Anna ８１１２１８－９８７６")
    with journal.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 0


def test_the_bulk_path_refuses(journal) -> None:  # noqa: ANN001
    from vagledare.journal.db import bulk_insert
    from vagledare.journal.models import Site

    with pytest.raises(ValidationError, match="Mötesplatsens namn"), journal.session() as s:
        bulk_insert(s, Site.__table__, [{"name": "811218/9876"}])


def test_an_export_named_with_an_identity_number_is_refused_whole(
    db_target: str, tmp_path: Path
) -> None:
    from vagledare.cli import main

    main(["--db", db_target, "site", "add", "Fröslunda"])
    out = tmp_path / "rapport 811218-9876.csv"
    args = ["--db", db_target, "report", "dropin", "--month", "2024-01", "--format", "csv"]
    assert main([*args, "--output", str(out)]) == 1
    assert not out.exists()
