"""Exchange files that must be refused whole, before anything is written; the command line."""

from __future__ import annotations

import json
import re
import threading
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from exchange_builders import dump, import_trusted, log, make_desk, tampered

from vagledare.cli import main as cli
from vagledare.exchange.fileformat import ExchangeFileError
from vagledare.exchange.files import export_file
from vagledare.exchange.signing import desk_key
from vagledare.journal.backup import list_backups
from vagledare.journal.db import Journal


@pytest.fixture
def desk(tmp_path: Path) -> Journal:
    j = make_desk(tmp_path, "arby-disken", ("AB",), ("Årby",))
    log(j, "Årby", datetime(2024, 3, 4, 9), count=3)
    yield j
    j.close()


@pytest.fixture
def lead(tmp_path: Path) -> Journal:
    j = make_desk(tmp_path, "teamledare", ("TL",), ("Fröslunda",))
    yield j
    j.close()


def _rewrite(
    src: Path, dest: Path, *, manifest: dict | None = None, data: bytes | None = None
) -> Path:
    with zipfile.ZipFile(src) as z:
        m = json.loads(z.read("manifest.json"))
        d = z.read("data.sqlite")
    with zipfile.ZipFile(dest, "w") as z:
        z.writestr("manifest.json", json.dumps(m if manifest is None else manifest))
        z.writestr("data.sqlite", d if data is None else data)
    return dest


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json"))


def _refused(lead: Journal, files: list[Path], words: str, **kw: Any) -> None:
    before = dump(lead)
    assert lead.path is not None
    backups = list_backups(lead.path)
    with pytest.raises(ExchangeFileError, match=words):
        import_trusted(lead, files, **kw)  # even from a desk it would trust
    after = dump(lead)
    logged = len(after.pop("audit_entry")) - len(before.pop("audit_entry"))
    assert after == before and logged == 1  # nothing but the refusal's own log entry
    assert list_backups(lead.path) == backups  # refused before the backup


def test_a_damaged_file_is_refused_whole(desk: Journal, lead: Journal, tmp_path: Path) -> None:
    good = export_file(desk, tmp_path / "ut.vgx").path
    truncated = tmp_path / "trasig.vgx"
    truncated.write_bytes(good.read_bytes()[:-200])
    _refused(lead, [truncated], "skadad")


def test_a_file_whose_data_does_not_match_its_checksum_is_refused(
    desk: Journal, lead: Journal, tmp_path: Path
) -> None:
    good = export_file(desk, tmp_path / "ut.vgx").path
    with zipfile.ZipFile(good) as z:
        data = bytearray(z.read("data.sqlite"))
    data[-100] ^= 0xFF
    changed = _rewrite(good, tmp_path / "andrad.vgx", data=bytes(data))
    _refused(lead, [changed], "kontrollsumman stämmer inte")


def test_a_foreign_file_is_refused(desk: Journal, lead: Journal, tmp_path: Path) -> None:
    text = tmp_path / "anteckningar.vgx"
    text.write_text("inte en utbytesfil", encoding="utf-8")
    _refused(lead, [text], "skadad eller ingen utbytesfil")
    other_zip = tmp_path / "bilder.zip"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("bild.txt", "hej")
    _refused(lead, [other_zip], "ingen utbytesfil från Vägledare")
    good = export_file(desk, tmp_path / "ut.vgx").path
    foreign = _rewrite(good, tmp_path / "annan.vgx", manifest=_manifest(good) | {"format": "x"})
    _refused(lead, [foreign], "ingen utbytesfil från Vägledare")


def test_a_file_from_a_newer_version_is_refused(
    desk: Journal, lead: Journal, tmp_path: Path
) -> None:
    good = export_file(desk, tmp_path / "ut.vgx").path
    newer = _rewrite(good, tmp_path / "ny.vgx", manifest=_manifest(good) | {"schema": "0099_x"})
    _refused(lead, [newer], "nyare version av Vägledare")


def test_one_bad_file_among_several_stops_them_all(
    desk: Journal, lead: Journal, tmp_path: Path
) -> None:
    good = export_file(desk, tmp_path / "ut.vgx").path
    bad = tmp_path / "trasig.vgx"
    bad.write_bytes(b"PK\x03\x04 nonsense")
    _refused(lead, [good, bad], "trasig.vgx")


def test_a_desk_does_not_import_its_own_file(desk: Journal, tmp_path: Path) -> None:
    own = export_file(desk, tmp_path / "ut.vgx").path
    before = dump(desk)
    with pytest.raises(ExchangeFileError, match="den här journalen"):
        import_trusted(desk, [own])
    after = dump(desk)
    assert len(after.pop("audit_entry")) == len(before.pop("audit_entry")) + 1  # the refusal
    assert after == before


def test_cancelling_an_import_leaves_the_journal_unchanged(
    desk: Journal, lead: Journal, tmp_path: Path
) -> None:
    good = export_file(desk, tmp_path / "ut.vgx").path
    before = dump(lead)

    def cancel(label: str, done: int, total: int) -> None:
        if label == "snabbärenden":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_trusted(lead, [good], progress=cancel)
    assert dump(lead) == before
    assert import_trusted(lead, [good]).summaries[0].tables["quick_case"].new == 3


def test_cancelling_an_export_writes_no_file_and_keeps_the_watermark(
    desk: Journal, tmp_path: Path
) -> None:
    def cancel(label: str, done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_file(desk, tmp_path / "ut.vgx", progress=cancel)
    assert list(tmp_path.glob("ut*")) == []
    assert export_file(desk, tmp_path / "ut.vgx").manifest.counts["quick_case"] == 3


def test_exchange_on_the_command_line(
    desk: Journal, lead: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, t = str(desk.path), str(lead.path)
    out = tmp_path / "till-teamledaren.vgx"
    assert cli(["--db", a, "--as", "AB", "exchange", "export", str(out)]) == 0
    printed = capsys.readouterr().out
    # 15 rows of the desk's own plus the 10 session activity types, 9 activity kinds and the
    # survey's 5 default statements.
    assert f"Utbytesfilen {out} är sparad: 39 rader till till-teamledaren (allt)" in printed
    assert "3 snabbärenden" in printed
    # An unknown desk: refused with its key's fingerprint, until the lead trusts it
    assert cli(["--db", t, "--as", "TL", "exchange", "import", str(out)]) == 1
    err = capsys.readouterr().err
    print_key = desk_key().fingerprint
    assert "kommer från datorn arby-disken, som den här journalen inte litar på än" in err
    assert f"Nyckelns fingeravtryck är {print_key}." in err
    trust = ["--db", t, "--as", "TL", "exchange", "import", "--trust-new-desk", str(out)]
    assert cli(trust) == 0
    printed = capsys.readouterr().out
    assert "till-teamledaren.vgx (från arby-disken): 15 nya, 0 uppdaterade" in printed
    assert "snabbärenden: 3 nya" in printed
    assert "Säkerhetskopia före utbytet" in printed
    assert cli(["--db", t, "--as", "TL", "exchange", "import", str(out)]) == 0
    assert "0 nya, 0 uppdaterade, 39 oförändrade" in capsys.readouterr().out

    bad = tmp_path / "trasig.vgx"
    bad.write_bytes(b"nonsense")
    assert cli(["--db", t, "--as", "TL", "exchange", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("vagledare: Utbytesfilen trasig.vgx kan inte läsas in:")
    assert "Inget ändrades." in err

    assert cli(["--db", a, "exchange", "name", "Årby 1"]) == 0
    assert cli(["--db", a, "exchange", "status"]) == 0
    printed = capsys.readouterr().out
    assert "Dator: Årby 1" in printed
    assert f"Nyckelns fingeravtryck: {print_key}" in printed
    assert "fil:till-teamledaren: senast" in printed
    assert cli(["--db", t, "--as", "TL", "exchange", "status"]) == 0
    assert f"  arby-disken ({desk_id(desk)}): {print_key}, sedan " in capsys.readouterr().out
    assert cli(["--db", t, "--as", "TL", "exchange", "revoke", "arby-disken"]) == 1
    assert "Bara teamledare och administratörer" in capsys.readouterr().err
    with lead.session() as s:
        from vagledare.journal.models import Role, Staff

        s.query(Staff).filter(Staff.name == "TL").one().role = Role.TEAM_LEAD
    assert cli(["--db", t, "--as", "TL", "exchange", "revoke", "arby-disken"]) == 0
    assert "litar inte längre på datorn arby-disken" in capsys.readouterr().out
    assert cli(["--db", t, "--as", "TL", "exchange", "import", str(out)]) == 1  # revoked
    assert "inte litar på än" in capsys.readouterr().err
    assert (
        cli(["--db", a, "exchange", "export", str(tmp_path / "x.vgx"), "--to", "t", "--all"]) == 0
    )


def desk_id(journal: Journal) -> str:
    from vagledare.exchange.identity import desk_identity

    with journal.session() as s:
        return str(desk_identity(s).id)


def test_sync_without_a_server_says_how_to_set_one(
    desk: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--db", str(desk.path), "sync"]) == 1
    assert "Ingen server är vald: ange --server URL" in capsys.readouterr().err


def _bomb(dest: Path, member: str, size: int, other: tuple[str, bytes]) -> Path:
    """A zip whose ``member`` unpacks to ``size`` bytes of zeros (written as a stream)."""
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(*other)
        with z.open(member, "w", force_zip64=True) as out:
            block = bytes(1 << 20)
            for _ in range(size >> 20):
                out.write(block)
    return dest


def test_bombs_are_refused_before_unpacking_within_little_memory(
    desk: Journal, lead: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracemalloc

    good = export_file(desk, tmp_path / "ut.vgx").path
    with zipfile.ZipFile(good) as z:
        manifest, data = z.read("manifest.json"), z.read("data.sqlite")
    data_bomb = _bomb(tmp_path / "data.vgx", "data.sqlite", 300 << 20, ("manifest.json", manifest))
    manifest_bomb = _bomb(
        tmp_path / "manifest.vgx", "manifest.json", 64 << 20, ("data.sqlite", data)
    )
    assert data_bomb.stat().st_size < 1 << 20 and manifest_bomb.stat().st_size < 1 << 20
    tracemalloc.start()
    try:
        _refused(lead, [data_bomb], "ser ut som en zip-bomb")
        _refused(lead, [manifest_bomb], "manifestet är för stort")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 << 20
    # Above the size limit (here 1 MiB, from VAGLEDARE_EXCHANGE_MAX_MB): refused by its size
    import os

    big = tmp_path / "stor.vgx"
    with zipfile.ZipFile(big, "w") as z:  # stored, not compressed: no bomb, just large
        z.writestr("manifest.json", manifest)
        z.writestr("data.sqlite", os.urandom(2 << 20))
    monkeypatch.setenv("VAGLEDARE_EXCHANGE_MAX_MB", "1")
    _refused(lead, [big], r"uppackad, mer än gränsen 1 MiB \(VAGLEDARE_EXCHANGE_MAX_MB\)")
    assert not [p for p in lead.path.parent.iterdir() if p.name.startswith(".vagledare-utbyte")]


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        (
            "UPDATE participant SET code = '19811218-9876'",
            r"tabellen participant \(deltagarkoder\), rad [0-9a-f]{32}: kolumnen code vägras: "
            ".*personnummer",
        ),
        (
            'UPDATE site SET name = \'=HYPERLINK("http://x","Klicka")\'',
            r"tabellen site \(mötesplatser\), rad [0-9a-f]{32}: kolumnen name vägras: .*formel",
        ),
        (
            "UPDATE case_file SET route = 'hackad'",
            r"tabellen case_file \(ärenden\), rad [0-9a-f]{32}: kolumnen route har ett okänt "
            r"värde \('hackad'\)",
        ),
        ("UPDATE quick_case SET _origin = NULL", "kolumnen _origin saknar värde"),
        ("UPDATE case_file SET start_date = '2024-02-31'", "kolumnen start_date är inget giltigt"),
        (
            "UPDATE quick_case SET occurred_at = 'igår'",
            "kolumnen occurred_at är ingen giltig tidpunkt",
        ),
        ("UPDATE case_file SET participant_id = 'x'", "kolumnen participant_id är ingen giltig"),
        (
            "UPDATE staff SET name = NULL",
            r"tabellen staff \(personal\), rad .*: kolumnen name saknar",
        ),
        ("UPDATE site SET name = printf('%.200c', 'x')", "kolumnen name är längre än 80 tecken"),
    ],
)
def test_every_incoming_row_is_checked_and_one_bad_row_refuses_the_file(
    desk: Journal, lead: Journal, tmp_path: Path, sql: str, words: str
) -> None:
    from vagledare.journal import cases
    from vagledare.journal.models import Gender, Route

    with desk.session() as s:
        from vagledare.journal import sites, staff

        cases.open_case(
            s,
            site_id=sites.require_site(s, "Årby").id,
            route=Route.REFERRED,
            start=datetime(2024, 1, 10).date(),
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=staff.find_staff(s, "AB").id,
            code="RP-1",
        )
    good = export_file(desk, tmp_path / "ut.vgx").path
    bad = tampered(good, tmp_path / "andrad.vgx", sql, signed_by=desk_key())
    _refused(lead, [bad], "Utbytesfilen andrad.vgx: .*" + words)


def _last_quick_case(file: Path) -> str:
    import sqlite3

    work = file.with_suffix(".last.sqlite")
    with zipfile.ZipFile(file) as z:
        work.write_bytes(z.read("data.sqlite"))
    con = sqlite3.connect(work)
    (row_id,) = con.execute("SELECT id FROM quick_case ORDER BY rowid DESC LIMIT 1").fetchone()
    con.close()
    work.unlink()
    return str(row_id)


def _checks_held_until(monkeypatch: pytest.MonkeyPatch, gate: threading.Event) -> None:
    """The file's check (its own thread, beside the merge) waits for ``gate`` first."""
    from vagledare.exchange import validate

    check = validate.check_table

    def held(*args: Any) -> None:
        assert gate.wait(timeout=60)
        check(*args)

    monkeypatch.setattr(validate, "check_table", held)


def _no_check_left_running() -> bool:
    return not [t for t in threading.enumerate() if t.name == "exchange-check"]


def test_a_bad_row_the_check_finds_after_the_merge_wrote_every_row_refuses_the_file(
    desk: Journal, lead: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge writes into its open transaction while the file is checked: a bad row found
    only once every row is written still refuses the file whole, with the same message, no
    backup and nothing written."""
    good = export_file(desk, tmp_path / "ut.vgx").path
    last = _last_quick_case(good)
    bad = tampered(
        good,
        tmp_path / "andrad.vgx",
        f"UPDATE quick_case SET occurred_at = '2024-02-31 10:00:00.000000' WHERE id = '{last}'",
        signed_by=desk_key(),
    )
    merged = threading.Event()
    seen: list[tuple[str, int, int]] = []

    def progress(label: str, done: int, total: int) -> None:
        seen.append((label, done, total))
        if done == total:
            merged.set()  # every row of the file is in the open transaction

    _checks_held_until(monkeypatch, merged)
    _refused(
        lead,
        [bad],
        "^"
        + re.escape(
            f"Utbytesfilen andrad.vgx: tabellen quick_case (snabbärenden), rad {last}: "
            "kolumnen occurred_at är ingen giltig tidpunkt. Inget ändrades."
        )
        + "$",
        progress=progress,
    )
    assert seen[-1][1] == seen[-1][2]  # the merge had got through the whole file
    assert _no_check_left_running()


def test_the_checks_refusal_wins_over_what_the_merge_meets_first(
    desk: Journal, lead: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with a row the merge refuses (a reference to nothing) and a bad value the
    check finds later: refused for the bad value, as when the check ran before the merge."""
    from vagledare.exchange import merge

    good = export_file(desk, tmp_path / "ut.vgx").path
    last = _last_quick_case(good)
    bad = tampered(
        good,
        tmp_path / "andrad.vgx",
        f"UPDATE quick_case SET site_id = '{'f' * 32}' WHERE id != '{last}';"
        f"UPDATE quick_case SET gender = 'okänt' WHERE id = '{last}'",
        signed_by=desk_key(),
    )
    met = threading.Event()
    check_references = merge._Merge._check_references

    def then_check(self: Any, *args: Any) -> None:
        try:
            check_references(self, *args)
        except ExchangeFileError as exc:
            assert "hänvisar till" in str(exc)
            met.set()  # the merge has met the dangling reference first
            raise

    monkeypatch.setattr(merge._Merge, "_check_references", then_check)
    _checks_held_until(monkeypatch, met)
    _refused(
        lead,
        [bad],
        re.escape(f"rad {last}: kolumnen gender har ett okänt värde ('okänt'). Inget ändrades."),
    )
    assert met.is_set()
    assert _no_check_left_running()


def test_the_guard_names_the_first_row_it_refuses_in_the_file(
    desk: Journal, lead: Journal, tmp_path: Path
) -> None:
    """Each distinct text is guarded once, and the refusal still names the file's first row
    with a refused text (not the first refused text in another order)."""
    import sqlite3

    good = export_file(desk, tmp_path / "ut.vgx").path
    work = tmp_path / "rader.sqlite"
    with zipfile.ZipFile(good) as z:
        work.write_bytes(z.read("data.sqlite"))
    con = sqlite3.connect(work)
    first, second, _ = (r for (r,) in con.execute("SELECT id FROM quick_case ORDER BY rowid"))
    con.close()
    bad = tampered(
        good,
        tmp_path / "andrad.vgx",
        f"UPDATE quick_case SET removal_reason = '=A1' WHERE id = '{first}';"
        f"UPDATE quick_case SET removal_reason = '+A1' WHERE id = '{second}'",
        signed_by=desk_key(),
    )
    _refused(
        lead,
        [bad],
        re.escape(
            f"tabellen quick_case (snabbärenden), rad {first}: kolumnen removal_reason vägras: "
            "Anledningen får inte börja med ="
        ),
    )


class _Cancelled(Exception):
    pass


def _as_it_is(lead: Journal) -> Callable[[], None]:
    """What the journal holds and its backups now; the function returned asserts that both
    are still so."""
    before = dump(lead)
    assert lead.path is not None
    path, backups = lead.path, list_backups(lead.path)

    def untouched() -> None:
        assert dump(lead) == before
        assert list_backups(path) == backups

    return untouched


def test_a_cancel_while_the_file_is_checked_stops_the_check_and_writes_nothing(
    desk: Journal, lead: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = export_file(desk, tmp_path / "ut.vgx").path
    untouched = _as_it_is(lead)
    cancelled = threading.Event()

    def cancel(label: str, done: int, total: int) -> None:
        cancelled.set()  # the check goes on only now: it is still running at the cancel
        raise _Cancelled

    _checks_held_until(monkeypatch, cancelled)
    with pytest.raises(_Cancelled):
        import_trusted(lead, [good], progress=cancel)
    untouched()
    assert _no_check_left_running()
    monkeypatch.undo()
    assert import_trusted(lead, [good]).summaries[0].tables["quick_case"].new == 3


def test_stopping_the_check_interrupts_the_scan_it_is_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cancel does not wait for the table scan under way (a million rows): it is
    interrupted, and the interruption is no refusal."""
    from sqlalchemy import create_engine

    from vagledare.exchange import validate
    from vagledare.exchange.model import by_name

    running = threading.Event()

    def endless(source: str, data: Any, *_: Any) -> None:
        driver = data.connection.driver_connection
        driver.create_function("running", 0, lambda: running.set() or 1)
        data.exec_driver_sql(
            "WITH RECURSIVE c(x) AS (SELECT running() UNION ALL SELECT x + 1 FROM c) "
            "SELECT count(*) FROM c"
        ).all()

    monkeypatch.setattr(validate, "check_table", endless)
    engine = create_engine(f"sqlite:///{tmp_path / 'data.sqlite'}")
    et = by_name()["site"]
    check = validate.FileCheck("ut.vgx", engine, [(et, et.table)]).start()
    assert running.wait(timeout=60)
    stopper = threading.Thread(target=check.stop)
    stopper.start()
    stopper.join(timeout=60)
    assert not stopper.is_alive() and _no_check_left_running()
    assert not check.refused()
    engine.dispose()


def test_an_error_in_either_thread_writes_nothing(
    desk: Journal, lead: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vagledare.exchange import merge, validate

    good = export_file(desk, tmp_path / "ut.vgx").path
    untouched = _as_it_is(lead)

    def broken(*args: Any) -> None:
        raise OSError("disk error")

    with monkeypatch.context() as m:  # in the check's thread
        m.setattr(validate, "check_table", broken)
        with pytest.raises(OSError, match="disk error"):
            import_trusted(lead, [good])
    with monkeypatch.context() as m:  # in the merge's thread, the check passing
        m.setattr(merge._Merge, "_write", broken)
        with pytest.raises(OSError, match="disk error"):
            import_trusted(lead, [good])
    untouched()
    assert _no_check_left_running()
    assert import_trusted(lead, [good]).summaries[0].tables["quick_case"].new == 3


def test_a_file_changed_after_export_or_signed_by_another_key_is_refused(
    desk: Journal, lead: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = export_file(desk, tmp_path / "ut.vgx").path
    import_trusted(lead, [good])  # the lead now trusts arby-disken's key
    log(desk, "Årby", datetime(2024, 3, 5, 9), count=1)
    later = export_file(desk, tmp_path / "senare.vgx").path
    # Data changed with SQL and the checksum recomputed: the signature no longer fits
    changed = tampered(later, tmp_path / "andrad.vgx", "UPDATE quick_case SET gender = 'man'")
    _refused(lead, [changed], "den är inte signerad")
    with zipfile.ZipFile(later) as z:
        signature = z.read("signature")
    resigned = tmp_path / "omsignerad.vgx"
    with zipfile.ZipFile(changed) as src, zipfile.ZipFile(resigned, "w") as z:
        for name in ("manifest.json", "data.sqlite"):
            z.writestr(name, src.read(name))
        z.writestr("signature", signature)  # the old signature over a new manifest
    _refused(lead, [resigned], "signaturen stämmer inte")
    # Signed by another desk's key but claiming to be arby-disken
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "attacker"))
    other_key = desk_key()
    monkeypatch.undo()
    forged = tampered(later, tmp_path / "forfalskad.vgx", "", signed_by=other_key)
    with zipfile.ZipFile(forged) as z:
        manifest = json.loads(z.read("manifest.json"))
    manifest["signer"] = other_key.public_text
    text = json.dumps(manifest).encode()
    with zipfile.ZipFile(forged) as src:
        data = src.read("data.sqlite")
    with zipfile.ZipFile(forged, "w") as z:
        z.writestr("manifest.json", text)
        z.writestr("signature", other_key.sign(text))
        z.writestr("data.sqlite", data)
    _refused(lead, [forged], "signerad med en annan nyckel")
    assert import_trusted(lead, [later]).summaries[0].tables["quick_case"].new == 1


def test_an_unknown_desk_is_refused_until_trusted_and_the_trust_is_logged(
    desk: Journal, lead: Journal, tmp_path: Path
) -> None:
    from vagledare.exchange.files import import_files
    from vagledare.exchange.signing import UnknownDesk, trusted
    from vagledare.journal import audit

    good = export_file(desk, tmp_path / "ut.vgx").path
    before = dump(lead)
    with pytest.raises(UnknownDesk) as refused:
        import_files(lead, [good])
    assert refused.value.desk_name == "arby-disken"
    assert desk_key().fingerprint in str(refused.value)
    after = dump(lead)
    assert len(after.pop("audit_entry")) == len(before.pop("audit_entry")) + 1
    assert after == before
    with lead.session(readonly=True) as s:
        (entry,) = audit.entries(s, action="exchange_refused")
    assert entry.detail == {"files": ["ut.vgx"], "reason": "okänd dator"}
    import_files(lead, [good], trust_new=True)
    with lead.session(readonly=True) as s:
        assert [t.name for t in trusted(s)] == ["arby-disken"]
        assert [e.action for e in audit.entries(s, action="desk_trusted")] == ["desk_trusted"]


def test_a_desk_cannot_delete_or_promote_what_another_desk_made(
    desk: Journal, lead: Journal, tmp_path: Path
) -> None:
    from vagledare.journal import sites, staff
    from vagledare.journal.models import Role, Site, Staff

    with lead.session() as s:
        site_id = sites.require_site(s, "Fröslunda").id
        lead_id = staff.find_staff(s, "TL").id
        s.get(Staff, lead_id).role = Role.TEAM_LEAD
    good = export_file(desk, tmp_path / "ut.vgx").path
    import_trusted(lead, [good])
    origin = desk_id(desk).replace("-", "")
    tombstone = (
        "INSERT INTO deletion (id, created_at, modified_at, table_name, row_id, deleted_at, "
        f"_origin) VALUES ('{'a' * 32}', '2024-03-05 10:00:00.000000', "
        f"'2024-03-05 10:00:00.000000', 'site', '{site_id.hex}', '2024-03-05 10:00:00.000000', "
        f"'{origin}')"
    )
    bad = tampered(good, tmp_path / "bort.vgx", tombstone, signed_by=desk_key())
    _refused(lead, [bad], rf"den tar bort en rad i mötesplatser \(site, rad {site_id.hex}\)")
    # A role and an active flag in the file (an edited file) are refused: they change nothing
    promote = (
        "ALTER TABLE staff ADD COLUMN role VARCHAR(24); ALTER TABLE staff ADD COLUMN active "
        f"BOOLEAN; INSERT INTO staff (id, created_at, modified_at, name, role, active, _origin) "
        f"VALUES ('{lead_id.hex}', '2030-01-01 00:00:00.000000', '2030-01-01 00:00:00.000000', "
        f"'TL', 'coach', 0, '{origin}'); UPDATE staff SET role = 'admin'"
    )
    sneaky = tampered(good, tmp_path / "roll.vgx", promote, signed_by=desk_key())
    _refused(lead, [sneaky], r"tabellen staff \(personal\) har kolumnen active, role")
    settings = tampered(
        good,
        tmp_path / "installning.vgx",
        "CREATE TABLE setting (key TEXT, value TEXT); INSERT INTO setting VALUES ('demo', '1')",
        signed_by=desk_key(),
    )
    _refused(lead, [settings], "innehåller journalens inställningar")
    with lead.session(readonly=True) as s:
        tl = s.get(Staff, lead_id)
        assert (tl.role, tl.active) == (Role.TEAM_LEAD, True)
        assert s.get(Site, site_id) is not None
        ab = s.query(Staff).filter(Staff.name == "AB").one()
        assert ab.role is Role.UNASSIGNED  # arrived as an identity only


def test_the_desk_signing_key_is_private_and_never_leaves_the_desk(
    desk: Journal, tmp_path: Path
) -> None:
    import os
    import stat

    from vagledare.exchange.signing import KEY_FILE, default_folder

    out = export_file(desk, tmp_path / "ut.vgx").path
    path = default_folder() / KEY_FILE
    assert path.is_relative_to(tmp_path / "data")  # the profile's data folder
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    key = desk_key()
    blob = out.read_bytes()
    with zipfile.ZipFile(out) as z:
        blob += b"".join(z.read(n) for n in z.namelist())
    assert key.private not in blob and key.public_text.encode() in blob


def test_the_key_check_refuses_exactly_what_the_earlier_form_refused() -> None:
    """The key rule is one GLOB of 32 hex classes now; it agrees with the earlier
    ``typeof … OR length(…) != 32 OR … GLOB '*[^0-9a-f]*'`` on every kind of bad value."""
    import sqlite3

    from sqlalchemy import Uuid

    from vagledare.exchange.validate import _problems

    values = [
        "0123456789abcdef" * 2,
        "0123456789ABCDEF" * 2,
        "a" * 31,
        "a" * 33,
        "g" + "a" * 31,
        " " + "a" * 31,
        "é" + "a" * 31,
        "a" * 32 + "\x00zz",
        "\x00" + "a" * 31,
        "",
        123,
        1.5,
        b"a" * 32,
        None,
    ]
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (k)")
    con.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
    (rule, _what), *_ = _problems("k", Uuid(), True)
    earlier = "k IS NOT NULL AND (typeof(k) != 'text' OR length(k) != 32 OR k GLOB '*[^0-9a-f]*')"
    now = [r[0] for r in con.execute(f"SELECT {rule} FROM t ORDER BY rowid")]
    before = [r[0] for r in con.execute(f"SELECT {earlier} FROM t ORDER BY rowid")]
    assert now == before
    assert now[:2] == [0, 1] and sum(now) == len(values) - 3  # the first, the NUL tail, None


def test_a_row_one_key_places_and_another_does_not_is_refused(
    desk: Journal, lead: Journal, tmp_path: Path
) -> None:
    """A factor set under a new id with the key of one the journal has but another version:
    one natural key finds the journal's row and the other does not, so it cannot be placed."""
    import uuid

    from vagledare.journal.models import FactorSet

    with lead.session() as s:
        s.add(
            FactorSet(
                id=uuid.uuid4(),
                key="egen",
                version=7,
                name="Egen",
                scale_min=1,
                scale_max=5,
                definition="{}",
                author_id=None,
            )
        )
    good = export_file(desk, tmp_path / "ut.vgx").path
    at = "2024-03-04 09:00:00.000000"
    bad = tampered(
        good,
        tmp_path / "andrad.vgx",
        "INSERT INTO factor_set (key, version, name, scale_min, scale_max, definition, id, "
        f"created_at, modified_at, author_id, _origin, _base) VALUES ('egen', 8, 'Egen', 1, 5, "
        f"'{{}}', '{'e' * 32}', '{at}', '{at}', NULL, (SELECT _origin FROM quick_case LIMIT 1), "
        "NULL)",
        signed_by=desk_key(),
    )
    _refused(
        lead,
        [bad],
        r"En rad i faktoruppsättningar \((version = 8; key = egen|key = egen; version = 8)\) "
        "stämmer med en annan rad i journalen på en nyckel men inte på en annan",
    )


@pytest.mark.parametrize("checked_first", [False, True])
@pytest.mark.parametrize(("chunk", "dangling"), [(5000, 2), (1, 1)])
def test_a_reference_to_a_row_nowhere_refuses_the_file_as_when_checked_first(
    desk: Journal,
    lead: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    checked_first: bool,
    chunk: int,
    dangling: int,
) -> None:
    """Snabbärenden of a site neither the file nor the journal has. New rows into a SQLite
    journal: its foreign keys refuse them as they are written, and only then are the
    chunk's references looked at; checked before writing (``checked_first``: as on another
    backend, or rows that update the journal's): the same refusal, counting the chunk's
    missing rows, and nothing written."""
    from vagledare.exchange import merge

    if checked_first:
        monkeypatch.setattr(merge, "_enforced_references", lambda conn: frozenset())
    monkeypatch.setattr(merge, "CHUNK", chunk)
    checked: list[str] = []
    check_references = merge._Merge._check_references

    def seen(self: Any, t: Any, rows: Any) -> None:
        checked.append(t.et.name)
        check_references(self, t, rows)

    monkeypatch.setattr(merge._Merge, "_check_references", seen)
    good = export_file(desk, tmp_path / "ut.vgx").path
    bad = tampered(
        good,
        tmp_path / "andrad.vgx",
        f"UPDATE quick_case SET site_id = '{'e' * 32}' WHERE rowid = 2;"
        f"UPDATE quick_case SET site_id = '{'f' * 32}' WHERE rowid = 3",
        signed_by=desk_key(),
    )
    _refused(
        lead,
        [bad],
        "^"
        + re.escape(
            f"Utbytesfilen från arby-disken hänvisar till {dangling} rader i site som varken "
            "finns i filen eller i journalen. Inget ändrades."
        )
        + "$",
    )
    if checked_first:
        assert len(set(checked)) > 1 and checked[-1] == "quick_case"
    else:
        assert checked == ["quick_case"]  # looked at only once SQLite had refused a row
