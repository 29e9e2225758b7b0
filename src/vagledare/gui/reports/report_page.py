"""The report screen: pick a report, sites (or groups of sites) and period; see the table;
export it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QWidget,
)

from vagledare.app.settings import DeskSettings
from vagledare.gui.admin.period_settings_tab import day_text
from vagledare.gui.common import text_size
from vagledare.gui.common.report_saver import ReportSaver
from vagledare.gui.common.table_models import ReportTableModel, TableLines, table_lines
from vagledare.gui.common.tasks import Cancelled, TaskRunner
from vagledare.gui.forms.ui_report_page import Ui_ReportPage
from vagledare.gui.reports.report_options import ReportOptionsPanel
from vagledare.journal import access
from vagledare.journal.case_codes import ROUTE_SHORT, label
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.period_settings import DEFAULT_PERIODS, period_settings
from vagledare.journal.site_groups import sites_and_groups
from vagledare.journal.staff import StaffInfo
from vagledare.journal.terms import Lang
from vagledare.reports import door, periods
from vagledare.reports.catalog import REPORTS, ReportSpec, report
from vagledare.reports.overview import journal_rows
from vagledare.reports.resources import MissingResources
from vagledare.reports.table import ReportTable

# On a journal of this many snabbärenden and cases every report is built in the background
# (on a smaller one any report builds in a few milliseconds, at once). Deciding by the whole
# journal, not by each report's choices, costs one cheap count when the page is shown instead
# of one per report, and keeps every report of a big journal off the window's thread.
AT_ONCE_ROWS = 20_000

MONTH, QUARTER, INTERIM_1, INTERIM_2, YEAR, RANGE = range(6)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # set on the site list's groups of sites


class ReportPage(QWidget):
    help_topic = "reports"

    def __init__(
        self,
        journal: Journal,
        lang: Lang,
        home_site: str | None = None,
        parent: QWidget | None = None,
        staff: StaffInfo | None = None,
        settings: DeskSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._ready = False  # no report is built while the page is being set up
        self._big: bool | None = None  # a big journal (AT_ONCE_ROWS); None: count it again
        # A report on a big journal is built here, off the window's thread (``show_report``).
        self.runner = TaskRunner(self)
        self._again = False
        self.journal = journal
        self.settings = settings  # remembers the comparison with last year
        self.lang = lang
        self.home_site = home_site
        self.staff = staff
        self.table: ReportTable | None = None
        self.output: door.Output | None = None
        self.ui = Ui_ReportPage()
        self.ui.setupUi(self)
        self.model = ReportTableModel()
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.verticalHeader().setVisible(False)
        self.ui.tableView.setTabKeyNavigation(False)  # arrows move between cells, Tab leaves
        # The choices column is as wide as 48 average characters (wider with larger text).
        chars = self.fontMetrics().averageCharWidth() * 48
        self.ui.selectionBox.setMaximumWidth(max(340, chars))
        # Each column as wide as its widest text, measured once per table from the texts the
        # model holds (``_fit_columns``): sizing to contents would ask the model for every
        # cell's every role again at each change, a third of a second for a year's avslut.
        self.ui.tableView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        text_size.set_style_sheet(self.ui.titleLabel, "font-size: 15pt; font-weight: 600;")
        # Choices some reports need beyond period and sites (route, FTEs, cost per FTE).
        self.options = ReportOptionsPanel(lang)
        layout = self.ui.selectionLayout
        layout.insertWidget(layout.indexOf(self.ui.showButton), self.options)
        # The resource table's figures per year (team leads): beside the report's own choices.
        self.resources_button = QPushButton(self.tr("Reso&urces per year…"))
        self.resources_button.setObjectName("resourcesButton")
        self.resources_button.setAccessibleName(self.tr("Enter FTEs and cost per year"))
        self.resources_button.setAutoDefault(False)
        self.resources_button.clicked.connect(self._on_resources)
        layout.insertWidget(layout.indexOf(self.ui.showButton), self.resources_button)
        self.suppress = QCheckBox(self.tr("Hide small counts (1–4) for publishing"))
        self.suppress.setObjectName("suppressCheck")
        self.suppress.setAccessibleName(self.tr("Hide small counts for publishing"))
        layout.insertWidget(layout.indexOf(self.ui.showButton), self.suppress)
        self.suppress.toggled.connect(self.show_report)
        self.compare = QCheckBox(self.tr("Compare with the same period last year"))
        self.compare.setObjectName("compareCheck")
        self.compare.setAccessibleName(self.tr("Compare with the same period last year"))
        self.compare.setChecked(bool(settings and settings.compare_previous_year))
        layout.insertWidget(layout.indexOf(self.ui.showButton), self.compare)
        self.compare.toggled.connect(self._on_compare)

        self._fill_report_combo()
        for text in (
            self.tr("Month"),
            self.tr("Quarter"),
            "",  # the interim periods are named after the journal's settings
            "",
            self.tr("Full year"),
            self.tr("Free range"),
        ):
            self.ui.periodKindCombo.addItem(text)
        locale = QLocale()
        for m in range(1, 13):
            self.ui.monthCombo.addItem(locale.standaloneMonthName(m).capitalize(), m)
        for q in range(1, 5):
            self.ui.quarterCombo.addItem("", q)
        self.period_settings = DEFAULT_PERIODS
        self.reload_periods()
        today = date.today()
        self.ui.yearSpin.setValue(today.year)
        self.ui.monthCombo.setCurrentIndex(today.month - 1)
        self.ui.quarterCombo.setCurrentIndex(periods.quarter_of(today, self.period_settings)[1] - 1)
        self.ui.fromDate.setDate(QDate(today.year, today.month, 1))
        self.ui.toDate.setDate(QDate(today))

        self.ui.periodKindCombo.currentIndexChanged.connect(self._on_period_kind)
        self.ui.showButton.clicked.connect(self.show_report)
        # The preview follows the selection, so what is exported is always what is shown.
        self.ui.reportCombo.currentIndexChanged.connect(self._on_report_changed)
        self.options.changed.connect(self.show_report)
        for combo in (self.ui.monthCombo, self.ui.quarterCombo):
            combo.currentIndexChanged.connect(self.show_report)
        self.ui.yearSpin.valueChanged.connect(self.show_report)
        self.ui.fromDate.dateChanged.connect(self.show_report)
        self.ui.toDate.dateChanged.connect(self.show_report)
        self.ui.siteList.itemChanged.connect(self.show_report)
        self.ui.pdfButton.clicked.connect(self._on_export_pdf)
        self.ui.xlsxButton.clicked.connect(self._on_export_xlsx)
        self.ui.csvButton.clicked.connect(self._on_export_csv)
        self.ui.printButton.clicked.connect(self._on_print)
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self, self._on_print)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ui.tableView.horizontalHeader().setMinimumSectionSize(64)
        self._set_export_enabled(False)
        self._load_sites()  # the period settings were read above
        self.options.set_options(self.spec().window_options)
        self._show_resources_button()
        self._on_period_kind()
        self._ready = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._big:  # it may have grown meanwhile (an import, an exchange); a big
            self._big = None  # one stays big (no count on every visit)
        # The first report is built when the page is first opened, not at start-up.
        if self.table is None and not self.runner.busy:
            self.show_report()
        super().showEvent(event)

    # -- selection ------------------------------------------------------------------------
    def reload_periods(self) -> None:
        """Read the journal's delår ends and quarter start again and name the choices by them
        (the period chosen stays chosen; the table shown follows a changed boundary)."""
        settings = self.journal.read(period_settings)
        changed = settings != self.period_settings
        self.period_settings = settings
        locale = QLocale()
        combo = self.ui.periodKindCombo
        for kind, number, end in (
            (INTERIM_1, 1, settings.interim_1_end),
            (INTERIM_2, 2, settings.interim_2_end),
        ):
            text = self.tr("Interim period %1 (1 January – %2)")
            combo.setItemText(kind, text.replace("%1", str(number)).replace("%2", day_text(*end)))
        for q in range(1, 5):
            text = self.tr("Quarter %1").replace("%1", str(q))
            if settings.quarter_start != 1:  # calendar quarters need no months named
                p = periods.quarter(2023, q, settings)
                months = (
                    f"{locale.standaloneMonthName(p.start.month)}–"
                    f"{locale.standaloneMonthName(p.end.month)}"
                )
                text = self.tr("Quarter %1 (%2)").replace("%1", str(q)).replace("%2", months)
            self.ui.quarterCombo.setItemText(q - 1, text)
        if changed:
            self.show_report()

    def reload_sites(self) -> None:
        """The sites (ticked as before: all, or the desk's own), then the groups of sites,
        unticked: a group is reported as one place beside the ticked sites. The journal's
        period settings are read again with them (a lead may have changed them)."""
        self.reload_periods()
        self._load_sites()

    def _load_sites(self) -> None:
        self._big = None
        self.ui.siteList.clear()
        known, groups = self.journal.read(sites_and_groups)
        names = {x.id: x.name for x in known}
        for x in known:
            item = QListWidgetItem(x.name)
            item.setData(Qt.ItemDataRole.UserRole, x.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = self.home_site is None or x.name == self.home_site or len(known) == 1
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.ui.siteList.addItem(item)
        for g in groups:
            members = ", ".join(n for i, n in names.items() if i in g.site_ids)
            item = QListWidgetItem(
                self.tr("%1 (group: %2)").replace("%1", g.name).replace("%2", members)
            )
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setData(GROUP_ROLE, True)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.siteList.addItem(item)

    def _on_period_kind(self) -> None:
        kind = self.ui.periodKindCombo.currentIndex()
        self.ui.monthCombo.setVisible(kind == MONTH)
        self.ui.monthLabel.setVisible(kind == MONTH)
        self.ui.quarterCombo.setVisible(kind == QUARTER)
        self.ui.quarterLabel.setVisible(kind == QUARTER)
        self.ui.yearSpin.setVisible(kind != RANGE)
        self.ui.yearLabel.setVisible(kind != RANGE)
        for w in (self.ui.fromDate, self.ui.toDate, self.ui.fromLabel, self.ui.toLabel):
            w.setVisible(kind == RANGE)
        self.show_report()

    def period(self) -> periods.Period:
        kind = self.ui.periodKindCombo.currentIndex()
        year = self.ui.yearSpin.value()
        if kind == MONTH:
            return periods.month(year, self.ui.monthCombo.currentData())
        if kind == QUARTER:
            return periods.quarter(year, self.ui.quarterCombo.currentData(), self.period_settings)
        if kind == INTERIM_1:
            return periods.interim(year, 1, self.period_settings)
        if kind == INTERIM_2:
            return periods.interim(year, 2, self.period_settings)
        if kind == YEAR:
            return periods.full_year(year)
        start = self.ui.fromDate.date().toPython()
        end = self.ui.toDate.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return periods.Period(start, end)

    def selected_site_ids(self) -> list:
        items = [self.ui.siteList.item(i) for i in range(self.ui.siteList.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def _on_report_changed(self) -> None:
        self.options.set_options(self.spec().window_options)
        self._show_resources_button()
        self.show_report()

    def _show_resources_button(self) -> None:
        lead = self.staff is not None and access.is_lead(self.staff.role)
        self.resources_button.setVisible(lead and self.spec().key == "resources")

    def _on_resources(self) -> None:
        """Enter the resources per year, starting at the year and place of the report shown."""
        from vagledare.gui.admin.resources_dialog import ResourcesDialog

        assert self.staff is not None
        site_ids = self.selected_site_ids()
        one = len(site_ids) == 1 and self.ui.siteList.count() > 1
        unit = (site_ids[0], None) if one else (None, None)
        dialog = ResourcesDialog(
            self.journal,
            self.staff,
            self.lang,
            self,
            year=self.period().start.year,
            unit=unit,
        )
        dialog.exec()
        self.show_report()

    def _on_compare(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.compare_previous_year = on
            self.settings.save()
        self.show_report()

    def spec(self) -> ReportSpec:
        return report(self.ui.reportCombo.currentData())

    @property
    def own_only(self) -> bool:
        """Coaches and tutors see and export only their own work; leads see everyone's."""
        return self.staff is not None and not access.may_export_all_staff(self.staff.role)

    def _fill_report_combo(self) -> None:
        current = self.ui.reportCombo.currentData()
        self.ui.reportCombo.blockSignals(True)
        self.ui.reportCombo.clear()
        for spec in REPORTS:
            if spec.leads_only and self.own_only:
                continue
            self.ui.reportCombo.addItem(spec.title[0 if self.lang == "sv" else 1], spec.key)
        index = self.ui.reportCombo.findData(current)
        self.ui.reportCombo.setCurrentIndex(max(index, 0))
        self.ui.reportCombo.blockSignals(False)

    def set_staff(self, staff: StaffInfo) -> None:
        """Someone else unlocked the desk: their rights and their own work from now on."""
        self.staff = staff
        self._fill_report_combo()
        self.options.set_options(self.spec().window_options)
        self._show_resources_button()
        self.show_report()

    # -- showing and exporting --------------------------------------------------------------
    def _request(self) -> door.Request:
        """What the choices on the page ask for."""
        site_ids = self.selected_site_ids()
        if not site_ids:
            raise ValidationError(self.tr("Choose at least one meeting place."))
        items = [self.ui.siteList.item(i) for i in range(self.ui.siteList.count())]
        sites = [i for i in items if not i.data(GROUP_ROLE)]
        all_sites = len(site_ids) == len(sites) > 1 and all(
            i.checkState() == Qt.CheckState.Checked for i in sites
        )
        options = dict(self.options.values())
        if self.spec().key == "resources":
            options["require_fte"] = True  # a note on what to enter, not a column of –
        if self.own_only:
            assert self.staff is not None
            options["staff_id"] = self.staff.id
        request = door.Request(
            self.spec().key,
            self.period(),
            None if all_sites else site_ids,
            self.lang,
            options,
            protect=self.suppress.isChecked(),
            compare_previous_year=self.compare.isChecked(),
        )
        return request

    def show_report(self) -> None:
        """Build the chosen report through the one door (built, protected when asked, marked)
        and show it: at once on a small journal; on a big one in the background, the page
        saying so, and a build for choices changed meanwhile started again when it ends."""
        if not self._ready:
            return
        if self.runner.busy:
            self._again = True  # its result is for old choices: read again when it ends
            self.runner.cancel()
            return
        self._again = False
        try:
            request = self._request()
            if self._is_big():
                self._build_in_background(request)
                return
            output = self.journal.read(door.build, request)
        except (ValidationError, ValueError) as exc:
            self._show_failure(exc)
            return
        self._show_output(output)

    def _is_big(self) -> bool:
        if self._big is None:
            self._big = self.journal.read(journal_rows, AT_ONCE_ROWS) >= AT_ONCE_ROWS
        return self._big

    def _build_in_background(self, request: door.Request) -> None:
        journal = self.journal

        def work(_progress: object) -> tuple[door.Output, TableLines]:
            output = journal.read(door.build, request)
            return output, table_lines(output.table)  # every cell's text, formatted here

        self.output = self.table = None
        self._set_export_enabled(False)
        self.ui.notesLabel.setText(self.tr("Reading the figures…"))
        self.runner.run(work, self._on_built, self._on_build_failed)

    def _on_built(self, built: tuple[door.Output, TableLines]) -> None:
        if self._again:
            self.show_report()
            return
        self._show_output(*built)

    def _on_build_failed(self, exc: BaseException) -> None:
        if self._again:
            self.show_report()
        elif isinstance(exc, (ValidationError, ValueError)):
            self._show_failure(exc)
        elif not isinstance(exc, Cancelled):
            self._show_failure(
                ValueError(self.tr("The report could not be built: %1").replace("%1", str(exc)))
            )

    def wait_for_report(self) -> None:
        """Wait for a report being built and show it (printing and saving need it)."""
        for _ in range(3):  # the build, and one for choices changed meanwhile
            if not self.runner.busy:
                break
            self.runner.finish()

    def _show_failure(self, exc: BaseException) -> None:
        self.output = None
        self.table = None
        self.model.set_table(None)
        self.ui.titleLabel.setText("")
        self.ui.subtitleLabel.setText("")
        if isinstance(exc, MissingResources):
            self.ui.notesLabel.setText(self._missing_text(exc))
        else:
            self.ui.notesLabel.setText(str(exc))
        self._set_export_enabled(False)

    def _show_output(self, output: door.Output, prepared: TableLines | None = None) -> None:
        self.output = output
        self.table = output.table
        self.model.set_table(self.table, prepared)
        view = self.ui.tableView
        view.clearSpans()
        for row in self.model.section_title_rows():
            view.setSpan(row, 0, 1, self.model.columnCount())
        self._fit_columns()
        self.ui.titleLabel.setText(self.table.title)
        self.ui.subtitleLabel.setText(self.table.subtitle)
        lines = [*self.table.legend, *self.table.prose(), *self.table.notes]
        if self.own_only:
            lines.insert(0, self.tr("Only your own entries and cases are included."))
        self.ui.notesLabel.setText("\n".join(lines))
        self._set_export_enabled(True)

    def _fit_columns(self) -> None:
        """Every column as wide as its header or its widest cell, as sizing to contents
        would make it (the cell's text in its font, the item's margins, the grid line), the
        title rows (spanning the whole table) left out."""
        view = self.ui.tableView
        header = view.horizontalHeader()
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        margin += 1 if view.showGrid() else 0
        widths = [header.sectionSizeHint(c) for c in range(self.model.columnCount())]
        metrics: dict[str, QFontMetrics] = {}
        for line, texts in zip(self.model.rows, self.model.texts, strict=True):
            if line[1] is None:
                continue  # a title spans the table
            font = self.model.row_data(line, Qt.ItemDataRole.FontRole) or view.font()
            fm = metrics.get(font.key())
            if fm is None:
                fm = metrics[font.key()] = QFontMetrics(font)
            for c, text in enumerate(texts):
                if text:
                    widths[c] = max(widths[c], fm.horizontalAdvance(text) + margin)
        for c, width in enumerate(widths):
            header.resizeSection(c, max(width, header.minimumSectionSize()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if changed and self.table is not None:
            self._fit_columns()  # another text size: other widths

    def _missing_text(self, exc: MissingResources) -> str:
        """What the resource table lacks, and where to enter it."""
        route = label(ROUTE_SHORT, exc.route, self.lang)
        where = exc.unit or self.tr("the whole journal")
        if exc.what == "fte":
            text = self.tr(
                "The resource table needs the FTEs for %1 in %2 (%3). Enter them above for "
                "this report, or store them for each year with Resources per year…."
            )
        else:
            text = self.tr(
                "The resource table needs the personnel cost per FTE for %1 in %2 (%3). Enter "
                "it above for this report, or store it for each year with Resources per year…."
            )
        years = ", ".join(str(y) for y in exc.years)
        return text.replace("%1", route).replace("%2", years).replace("%3", where)

    def _set_export_enabled(self, on: bool) -> None:
        for b in (self.ui.printButton, self.ui.pdfButton, self.ui.xlsxButton, self.ui.csvButton):
            b.setEnabled(on)

    def _on_export_pdf(self) -> None:
        self.export("pdf")

    def _on_export_xlsx(self) -> None:
        self.export("xlsx")

    def _on_export_csv(self) -> None:
        self.export("csv")

    def _on_print(self) -> None:
        self.print_report()

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """Print the table shown, straight to a printer (the print dialog unless a printer is
        given, e.g. one that writes a PDF in a test). Wide tables print in landscape."""
        from PySide6.QtGui import QPageLayout, QTextDocument

        from vagledare.reports.render.html import table_html
        from vagledare.reports.render.pdf import page_size_for

        self.wait_for_report()
        if self.table is None:
            self.show_report()
            self.wait_for_report()
        if self.table is None:
            return False
        table = self.table
        wide = page_size_for(table)[0] > page_size_for(table)[1]
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(table.title)
            if wide:
                printer.setPageOrientation(QPageLayout.Orientation.Landscape)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print report"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        elif wide:
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        doc = QTextDocument()
        doc.setDefaultStyleSheet(
            "th { border-bottom: 1px solid #1d2733; } td, th { padding: 3px; }"
        )
        doc.setHtml(table_html(table))
        doc.print_(printer)
        assert self.output is not None
        door.printed(
            self.journal, self.output, self.staff.id if self.staff else None, own_only=self.own_only
        )
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Sent to the printer: %1").replace("%1", table.title), 8000
            )
        return True

    def default_file_name(self, fmt: str) -> str:
        demo = "exempeldata" if self.table is not None and self.table.demo else ""
        parts = (demo, self.spec().key, self.options.slug(), self.period().slug)
        return "-".join(p for p in parts if p) + f".{fmt}"

    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        self.wait_for_report()
        if self.table is None:
            self.show_report()
            self.wait_for_report()
        if self.table is None:
            return None
        saver = ReportSaver(self)
        if path is None:
            path = saver.ask_path(fmt, self.tr("Save report"), self.default_file_name(fmt))
            if path is None:
                return None
        assert self.output is not None
        actor = self.staff.id if self.staff else None
        return saver.write(self.journal, self.output, fmt, path, actor, own_only=self.own_only)
