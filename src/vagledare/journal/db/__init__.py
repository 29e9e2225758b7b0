"""The one database gateway: opening a journal, its engines, its errors, its speed paths.

- ``open``: where the journal is (``resolve_target``), opening, creating and upgrading it,
  refusing foreign or too new files, the read-only open of a write-protected file, and
  ``Journal`` itself (``session``, ``read``, ``write``, ``core_unit``, ``act_as``);
- ``engines``: the SQLite and PostgreSQL engines with their pragmas and event hooks, which
  give both backends the same locking and snapshot guarantees;
- ``errors``: ``JournalError`` and the other errors, with their Swedish messages;
- ``unit``: the Core unit of work of the click path (``Journal.core_unit``) and the connection
  a journal keeps for it;
- ``fastpath``: the speed paths (bulk writes, ``DriverQuery``, ``DriverWrite``, ``together``,
  ``snapshot_memo``, the driver connection under a SQLAlchemy connection). It is the only
  module anywhere that reaches below SQLAlchemy's public API.

Imports: code outside ``vagledare.journal`` imports the names below from this package
(``from vagledare.journal.db import Journal, open_journal``); the low-level helpers that only
``fastpath`` has (``DriverQuery``, ``snapshot_memo``, ``run_on_driver``, the exchange codec's)
are imported from ``vagledare.journal.db.fastpath`` by name. Modules of ``vagledare.journal``
itself import from the submodules (``vagledare.journal.db.open``, ``.errors``, ``.fastpath``),
never from this package: opening a journal installs their hooks (``deletions``, ``audit``,
``privacy``), so an import of the package from them would be an import circle
(``tests/test_layers.py`` finds any).
"""

from vagledare.journal.db.engines import lock_for_exchange
from vagledare.journal.db.errors import (
    READ_ONLY_MESSAGE,
    JournalBusyError,
    JournalError,
    JournalProblem,
    ReadOnlyJournal,
    network_share_warning,
    server_problem,
)
from vagledare.journal.db.fastpath import (
    bulk_insert,
    bulk_insert_rows,
    bulk_upsert,
    upsert_statement,
)
from vagledare.journal.db.open import (
    Journal,
    hide_password,
    is_url,
    open_journal,
    resolve_target,
    unreachable_server,
)

__all__ = [
    "READ_ONLY_MESSAGE",
    "Journal",
    "JournalBusyError",
    "JournalError",
    "JournalProblem",
    "ReadOnlyJournal",
    "bulk_insert",
    "bulk_insert_rows",
    "bulk_upsert",
    "hide_password",
    "is_url",
    "lock_for_exchange",
    "network_share_warning",
    "open_journal",
    "resolve_target",
    "server_problem",
    "unreachable_server",
    "upsert_statement",
]
