"""The File menu's journal exchange: export and import exchange files, sync with the server.

The work runs in the one background worker with a progress dialog; Cancel stops it before it
commits, so the journal is left as it was. Afterwards a summary shows what changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from vagledare.app.desk import Desk
from vagledare.exchange import identity
from vagledare.exchange.signing import UnknownDesk, fingerprint
from vagledare.gui.common.tasks import Cancelled, TaskRunner
from vagledare.journal.errors import ValidationError

# The exchange itself is loaded when first used, not at every start of the window.
if TYPE_CHECKING:
    from vagledare.exchange.export import ExportResult
    from vagledare.exchange.files import ImportResult
    from vagledare.exchange.sync import SyncResult
    from vagledare.gui.exchange.exchange_summary import ExchangeSummaryDialog

FILE_FILTER = "*.vgx *.zip"
STEPS = 1000


def _slug(name: str) -> str:
    return re.sub(r"[^0-9A-Za-zÅÄÖåäö_-]+", "-", name).strip("-").lower() or "dator"


class ExchangeActions(QObject):
    """Menu slots → domain calls in the worker → dialogs on the GUI thread."""

    changed = Signal()  # records were merged into the journal

    def __init__(self, desk: Desk, lang: str, window: QWidget) -> None:
        super().__init__(window)
        self.desk, self.lang, self.window = desk, lang, window
        self.runner = TaskRunner(self)
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self._paths: list[Path] = []
        self.summary: ExchangeSummaryDialog | None = None

    # -- menu slots -----------------------------------------------------------------------
    def choose_export(self) -> None:
        me = self.desk.journal.write(identity.desk_identity)
        suggested = Path.home() / f"journalutbyte-{_slug(me.name)}.vgx"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export journal exchange"),
            str(suggested),
            self.tr("Journal exchange (%1)").replace("%1", FILE_FILTER),
        )
        if chosen:
            self.export_to(Path(chosen))

    def choose_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import journal exchange"),
            str(Path.home()),
            self.tr("Journal exchange (%1)").replace("%1", FILE_FILTER),
        )
        if chosen:
            self.import_from([Path(p) for p in chosen])

    def sync_now(self) -> None:
        server = self.desk.journal.read(identity.server_url)
        if not server:
            self._show(
                QMessageBox.Icon.Information,
                self.tr("Synchronise"),
                self.tr(
                    "No server is set for this journal. A team lead or administrator sets "
                    "one with: vagledare sync --server URL"
                ),
            )
            return
        from vagledare.exchange.sync import sync

        journal, actor = self.desk.journal, self.desk.staff.id
        self._start(
            self.tr("Synchronising with the server…"),
            lambda progress: sync(journal, server, actor_id=actor, progress=progress),
            self._on_synced,
        )

    def show_status(self) -> None:
        """This desk's name and key fingerprint (what another desk compares before trusting
        its files), and the desks this journal trusts."""
        from vagledare.exchange.signing import desk_key, trust_status

        try:
            trusts, me = self.desk.journal.read(trust_status)
            key = desk_key()
        except ValidationError as exc:
            self._show(QMessageBox.Icon.Warning, self.tr("Journal exchange"), str(exc))
            return
        lines = [
            self.tr("This desk: %1").replace("%1", me.name if me else "–"),
            self.tr("Its key's fingerprint:"),
            key.fingerprint,
            "",
            self.tr("Desks this journal trusts: %1").replace("%1", str(len(trusts))),
            *(f"{t.name}: {t.fingerprint}" for t in trusts),
        ]
        self._show(
            QMessageBox.Icon.Information, self.tr("Journal exchange status"), "\n".join(lines)
        )
        if self.message is not None:
            self.message.setObjectName("exchangeStatus")
            self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    # -- the work -------------------------------------------------------------------------
    def export_to(self, path: Path, to: str | None = None) -> None:
        from vagledare.exchange.files import export_file

        journal, actor = self.desk.journal, self.desk.staff.id
        self._start(
            self.tr("Exporting the journal exchange…"),
            lambda progress: export_file(journal, path, to=to, actor_id=actor, progress=progress),
            self._on_exported,
        )

    def import_from(self, paths: list[Path], *, trust_new: bool = False) -> None:
        from vagledare.exchange.files import import_files

        journal, actor = self.desk.journal, self.desk.staff.id
        self._paths = list(paths)
        self._start(
            self.tr("Importing the journal exchange…"),
            lambda progress: import_files(
                journal, paths, actor_id=actor, progress=progress, trust_new=trust_new
            ),
            self._on_imported,
        )

    def _ask_trust(self, exc: UnknownDesk) -> None:
        """A file from a desk this journal does not know: trust it only once the person has
        compared the key's fingerprint with the one the sending desk shows."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("New desk in the journal exchange"),
            self.tr(
                "%1 comes from the desk %2, which this journal does not trust yet.\n\n"
                "Its key's fingerprint is\n%3\n\nCompare it with the fingerprint the other "
                "desk shows (File → Journal exchange status on that desk). Trust the desk and "
                "import only if they are the same."
            )
            .replace("%1", exc.file)
            .replace("%2", exc.desk_name)
            .replace("%3", fingerprint(exc.public)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("trustQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Trust and import"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_trust_answer)
        box.open()
        self.message = box

    def _on_trust_answer(self, answer: int) -> None:
        self.message = None
        if answer == QMessageBox.StandardButton.Yes:
            self.import_from(self._paths, trust_new=True)

    def _start(self, label: str, work: Callable[..., Any], done: Callable[[Any], None]) -> None:
        if self.runner.busy:
            return
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, STEPS, self.window)
        dialog.setWindowTitle(self.tr("Journal exchange"))
        dialog.setAccessibleName(self.tr("Progress of the journal exchange"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(460)
        dialog.canceled.connect(self._on_cancel)
        dialog.setValue(0)
        self.progress = dialog
        self.runner.run(work, done, self._on_failed, self._on_progress)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # -- results (GUI thread) -------------------------------------------------------------
    def _on_progress(self, label: str, done: int, total: int) -> None:
        if self.progress is None:
            return
        number = QLocale().toString
        text = self.tr("%1: %2 of %3 records").replace("%1", label)
        self.progress.setLabelText(text.replace("%2", number(done)).replace("%3", number(total)))
        self.progress.setValue(min(STEPS - 1, STEPS * done // max(total, 1)))

    def _on_cancel(self) -> None:
        self.runner.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _on_exported(self, result: ExportResult) -> None:
        self._close_progress()
        self._show(
            QMessageBox.Icon.Information,
            self.tr("Journal exchange exported"),
            self.tr("%n record(s) for %2 are saved in %3.", "", result.rows)
            .replace("%2", result.manifest.destination)
            .replace("%3", str(result.path)),
        )

    def _on_imported(self, result: ImportResult) -> None:
        self._close_progress()
        self.changed.emit()
        from vagledare.exchange.summary import TableCounts

        total = TableCounts()
        for summary in result.summaries:
            total.add(summary.total())
        heading = self.tr("%n file(s) merged into the journal:", "", len(result.summaries))
        heading += " " + ", ".join(
            (
                self.tr("%n new", "", total.new),
                self.tr("%n updated", "", total.updated),
                self.tr("%n conflict(s)", "", total.conflicts) + ".",
            )
        )
        if result.backup is not None:
            heading += "\n" + self.tr("Backup before the exchange: %1").replace(
                "%1", result.backup.name
            )
        self._summarise(self.tr("Journal exchange imported"), heading, list(result.summaries))

    def _on_synced(self, result: SyncResult) -> None:
        self._close_progress()
        self.changed.emit()
        heading = self.tr("Synchronised with %1: sent to the server, then received from it.")
        self._summarise(
            self.tr("Synchronised"),
            heading.replace("%1", result.server),
            [result.pushed, result.pulled],
        )

    def _on_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            text = self.tr("Cancelled. Nothing was changed.")
            self._show(QMessageBox.Icon.Information, self.tr("Journal exchange"), text)
        elif isinstance(exc, UnknownDesk):
            self._ask_trust(exc)
        elif isinstance(exc, ValidationError | ValueError | OSError):
            self._show(QMessageBox.Icon.Warning, self.tr("Journal exchange"), str(exc))
        else:
            text = self.tr("The journal exchange failed; nothing was changed.\n%1")
            self._show(
                QMessageBox.Icon.Critical,
                self.tr("Journal exchange"),
                text.replace("%1", repr(exc)),
            )

    # -- dialogs (non-blocking, so the worker's signals keep flowing) -----------------------
    def _summarise(self, title: str, heading: str, summaries: list[Any]) -> None:
        from vagledare.gui.exchange.exchange_summary import ExchangeSummaryDialog

        self.summary = ExchangeSummaryDialog(title, heading, summaries, self.lang, self.window)
        self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary.open()

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box
