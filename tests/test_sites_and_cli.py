"""Sites, categories and age bands, through the command line as team leads use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from vagledare.cli import main
from vagledare.journal import sites
from vagledare.journal.db import open_journal


def cli(db: str, *args: str) -> int:
    return main(["--db", db, "--as", "TL", *args])


def test_site_add_gets_the_froslunda_defaults(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = db_target
    assert cli(db, "site", "add", "Årby") == 0
    assert cli(db, "site", "add", "årby") == 1
    assert "finns redan" in capsys.readouterr().err
    j = open_journal(db)
    with j.session() as s:
        (site,) = sites.list_sites(s)
    j.close()
    assert [c.name for c in site.categories] == list(sites.DEFAULT_CATEGORIES)
    assert [b.label for b in site.age_bands] == ["18-24", "25-34", "35-44", "45-54", "55-64"]


def test_age_bands_stay_in_age_order(db_target: str) -> None:
    db = db_target
    cli(db, "site", "add", "Fröslunda")
    assert cli(db, "site", "add-age-band", "Fröslunda", "65+") == 0
    assert cli(db, "site", "add-age-band", "Fröslunda", "16–17") == 0
    assert cli(db, "site", "add-age-band", "Fröslunda", "70-60") == 1
    j = open_journal(db)
    with j.session() as s:
        site = sites.require_site(s, "fröslunda")
    j.close()
    assert [b.label for b in site.age_bands] == [
        "16-17",
        "18-24",
        "25-34",
        "35-44",
        "45-54",
        "55-64",
        "65+",
    ]


def test_unused_category_may_be_renamed_used_one_only_retired(db_target: str) -> None:
    db = db_target
    cli(db, "site", "add", "Fröslunda")
    assert cli(db, "site", "add-category", "Fröslunda", "Körkort") == 0
    j = open_journal(db)
    with j.session() as s:
        site = sites.require_site(s, "Fröslunda")
        sites.rename_category(s, site.category("Körkort").id, "Körkortsteori")
    assert cli(db, "site", "retire-category", "Fröslunda", "Körkortsteori") == 0
    with j.session() as s:
        site = sites.require_site(s, "Fröslunda")
    j.close()
    assert site.category("Körkortsteori").retired
    assert "Körkortsteori" not in [c.name for c in site.active_categories]


def test_usage_errors_exit_2_and_refusals_exit_1(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = db_target
    cli(db, "site", "add", "Fröslunda")
    with pytest.raises(SystemExit) as exc:
        cli(db, "report", "dropin", "--month", "2023-03", "--format", "doc", "--output", "x")
    assert exc.value.code == 2
    assert (
        cli(
            db,
            "report",
            "dropin",
            "--month",
            "2023-13",
            "--format",
            "csv",
            "--output",
            str(tmp_path / "x.csv"),
        )
        == 1
    )
    assert "ÅÅÅÅ-MM" in capsys.readouterr().err
    assert (
        cli(
            db,
            "report",
            "dropin",
            "--from",
            "2023-03-01",
            "--format",
            "csv",
            "--output",
            str(tmp_path / "x.csv"),
        )
        == 1
    )
    assert (
        cli(
            db,
            "report",
            "dropin",
            "--site",
            "Okänd",
            "--month",
            "2023-03",
            "--format",
            "csv",
            "--output",
            str(tmp_path / "x.csv"),
        )
        == 1
    )
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(
    ("argv", "window_db"),
    [
        ([], None),
        (["gui"], None),
        (["--db", "x.sqlite"], "x.sqlite"),
        (["--as", "AB", "--db", "x.sqlite", "gui"], "x.sqlite"),
        (["--db", "x.sqlite", "where"], "no window"),
        (["gui", "--help"], "no window"),
    ],
)
def test_only_a_plain_start_opens_the_window_without_the_whole_parser(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], window_db: str | None
) -> None:
    import vagledare.gui.shell.app

    opened: list[str | None] = []
    monkeypatch.setattr(vagledare.gui.shell.app, "run", lambda db: opened.append(db) or 0)
    monkeypatch.setattr("vagledare.cli.build_parser", lambda: pytest.fail("whole parser built"))
    if window_db == "no window":
        with pytest.raises(pytest.fail.Exception):
            main(argv)
        assert opened == []
    else:
        assert main(argv) == 0
        assert opened == [window_db]


@pytest.mark.parametrize("argv", [[], ["gui"], ["--db", "x.sqlite"], ["demo"]])
def test_without_a_screen_the_window_says_so_and_names_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    argv: list[str],
) -> None:
    import sys

    import vagledare.gui.shell.app
    from vagledare.cli import EXIT_NO_DISPLAY

    if not sys.platform.startswith("linux"):
        pytest.skip("the X/Wayland display check is for Linux and BSD")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(vagledare.gui.shell.app, "run", lambda *_a: pytest.fail("Qt started"))
    monkeypatch.setattr(vagledare.gui.shell.app, "run_demo", lambda *_a: pytest.fail("Qt started"))
    if argv == ["demo"]:
        argv = ["demo", "--db", str(tmp_path / "demo.sqlite")]
    assert main(argv) == EXIT_NO_DISPLAY == 3
    err = capsys.readouterr().err
    assert "Det finns ingen bildskärm att visa fönstret på" in err
    assert "vagledare --help" in err
    if argv[:1] == ["demo"]:  # said at once, before building a journal nobody could see
        assert "vagledare demo --no-window" in err
        assert not (tmp_path / "demo.sqlite").exists()


def test_where_names_the_journal_and_never_creates_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ny.sqlite"
    assert main(["--db", str(target), "where"]) == 0
    assert capsys.readouterr().out == f"{target} (finns inte än)\n"
    assert list(tmp_path.iterdir()) == []
    open_journal(target).close()
    assert main(["--db", str(target), "where"]) == 0
    assert capsys.readouterr().out == f"{target}\n"
