"""Kill -9 at a random moment: everything reported as saved is there, the file is sound."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROUNDS = 50
CHILD = Path(__file__).with_name("crash_child.py")
pytestmark = pytest.mark.sqlite_only  # SIGKILL against a journal file and its WAL


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
def test_sigkill_loses_nothing_that_was_reported_saved(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    rng = random.Random(20261125)
    reported: set[str] = set()
    for round_no in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(round_no)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # the child is up and has committed once
        assert first.startswith("QC "), child.stderr.read() if child.stderr else ""
        reported.add(first.split()[1])
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate()
        reported.update(line.split()[1] for line in rest.splitlines() if line.startswith("QC "))
        assert child.returncode == -signal.SIGKILL

        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in con.execute("SELECT id FROM quick_case")}
        finally:
            con.close()
        missing = {i for i in reported if i.replace("-", "") not in stored}
        assert not missing, f"round {round_no}: {len(missing)} reported entries lost"
    print(f"\ncrash test: {ROUNDS} rounds survived, {len(reported)} reported entries all found")
    assert len(reported) > ROUNDS
