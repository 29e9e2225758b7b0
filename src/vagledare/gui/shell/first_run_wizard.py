"""The first-run wizard: language, meeting place, who you are (name, role), your PIN and where
backups go. Saving it logs you in. Its first page also offers the demo journal.

Every page sets its texts in ``retranslate()``, so choosing a language on the first page
changes the rest of the wizard at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vagledare.app.desk import Desk
from vagledare.app.settings import DeskSettings
from vagledare.gui.admin.admin_dialogs import role_label
from vagledare.journal import access, journal_settings, sites
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.first_run import (
    SELF_CHOSEN_ROLES,
    Newcomer,
    finish_first_run,
    gets_recovery_code,
    pin_is_right,
    who_is,
)
from vagledare.journal.models import Role
from vagledare.journal.staff import StaffInfo
from vagledare.journal.terms import Lang

LANGUAGE, SITE, PERSON, PIN, BACKUPS, RECOVERY = range(6)


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setProperty("problem", True)  # coloured by the theme (light, dark, high contrast)
    return label


def _buddy(widget: QWidget) -> QLabel:
    label = QLabel()
    label.setBuddy(widget)
    return label


def _text(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class LanguagePage(QWizardPage):
    """Svenska or English, and the way to the demo journal."""

    language_chosen = Signal(str)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _text("welcomeText")
        self.swedish = QRadioButton("Svenska", objectName="swedishRadio")
        self.english = QRadioButton("English", objectName="englishRadio")
        self.group = QButtonGroup(self)
        for b in (self.swedish, self.english):
            self.group.addButton(b)
        (self.swedish if lang == "sv" else self.english).setChecked(True)
        self.demo_text = _text("demoText")
        self.demo_button = QPushButton(objectName="demoButton")
        self.demo_button.setAutoDefault(False)
        self.demo_button.setMinimumHeight(38)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.swedish)
        layout.addWidget(self.english)
        layout.addSpacing(18)
        layout.addWidget(self.demo_text)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.swedish.toggled.connect(self._on_toggled)

    def lang(self) -> Lang:
        return "sv" if self.swedish.isChecked() else "en"

    def _on_toggled(self) -> None:
        self.language_chosen.emit(self.lang())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Vägledare"))
        self.setSubTitle(self.tr("Five short steps and the desk is ready."))
        self.intro.setText(
            self.tr("Choose the language of the program. You can change it later in the View menu.")
        )
        self.swedish.setAccessibleName(self.tr("Swedish"))
        self.english.setAccessibleName(self.tr("English"))
        self.demo_text.setText(
            self.tr(
                "Want to look around first? Sample data opens a separate demo journal with a "
                "made-up year of visits, cases, language groups and readings. Your own journal "
                "is not touched."
            )
        )
        self.demo_button.setText(self.tr("&Try with sample data"))
        self.demo_button.setAccessibleName(self.tr("Try with sample data"))


class SitePage(QWizardPage):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _text("siteText")
        self.combo = QComboBox(objectName="siteCombo", editable=True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(240)
        known = journal.read(sites.list_sites)
        for x in known:
            self.combo.addItem(x.name, x.id)
        if not known:
            self.combo.setEditText("")
        self.label = _buddy(self.combo)
        # Who publishes the tables (footers and file properties of every report).
        org, unit = journal.read(journal_settings.organisation_parts)
        self.org_edit = QLineEdit(org, objectName="organisationEdit", maxLength=120)
        self.unit_edit = QLineEdit(unit, objectName="unitEdit", maxLength=120)
        self.org_label, self.unit_label = _buddy(self.org_edit), _buddy(self.unit_edit)
        form = QFormLayout()
        form.addRow(self.label, self.combo)
        form.addRow(self.org_label, self.org_edit)
        form.addRow(self.unit_label, self.unit_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addStretch(1)
        self.combo.editTextChanged.connect(self.completeChanged)

    def site_name(self) -> str:
        return " ".join(self.combo.currentText().split())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.site_name())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Meeting place"))
        self.setSubTitle(self.tr("Where does this desk log its visits?"))
        self.text.setText(
            self.tr(
                "Pick the meeting place from the list, or type the name of a new one: it is "
                "created with the usual categories and age bands, which a team lead can change."
            )
        )
        self.label.setText(self.tr("&Meeting place:"))
        self.combo.setAccessibleName(self.tr("Meeting place"))
        self.combo.lineEdit().setPlaceholderText(self.tr("e.g. Fröslunda"))
        self.org_label.setText(self.tr("&Organisation:"))
        self.org_edit.setAccessibleName(self.tr("Organisation"))
        self.org_edit.setPlaceholderText(self.tr("e.g. Eskilstuna kommun (optional)"))
        self.unit_label.setText(self.tr("&Unit:"))
        self.unit_edit.setAccessibleName(self.tr("Unit"))
        self.unit_edit.setPlaceholderText(self.tr("e.g. Arbetsmarknadsförvaltningen (optional)"))
        self.org_edit.setToolTip(
            self.tr("Printed in the footer and the file properties of every report.")
        )


class PersonPage(QWizardPage):
    """Name or initials, and the role: the first person of a journal becomes administrator."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.person: Newcomer | None = None
        self.name = QLineEdit(objectName="nameEdit", maxLength=80)
        self.role = QComboBox(objectName="roleCombo")
        for r in SELF_CHOSEN_ROLES:
            self.role.addItem("", r)
        self.name_label = _buddy(self.name)
        self.role_label = _buddy(self.role)
        self.role_text = _text("roleText")
        self.error = _error_label("personError")
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.role_label, self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.role_text)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.name.textChanged.connect(self._update)
        self.role.currentIndexChanged.connect(self._update)

    def wanted_role(self) -> Role:
        """The role shown (Qt hands item data back as plain strings)."""
        data = self.role.currentData()
        return Role(data) if data else Role.COACH

    def _update(self) -> None:
        self.error.clear()
        try:
            self.person = self.journal.read(who_is, self.name.text(), self.wanted_role())
        except ValidationError as exc:
            self.person = None
            self.error.setText(str(exc))
        self._describe()
        self.completeChanged.emit()

    def _describe(self) -> None:
        p = self.person
        fixed = p is not None and (p.known is not None or p.role not in SELF_CHOSEN_ROLES)
        self.role.setEnabled(not fixed)
        if p is not None and fixed:
            if self.role.findData(p.role) < 0:
                self.role.addItem(role_label(p.role), p.role)
            self.role.blockSignals(True)
            self.role.setCurrentIndex(self.role.findData(p.role))
            self.role.blockSignals(False)
        if p is not None and p.known is not None:
            text = self.tr(
                "Welcome back: %1 is already in this journal as %2. Your role stays as it is."
            )
            text = text.replace("%1", p.known.name).replace("%2", role_label(p.role).lower())
        elif p is not None and p.role is Role.ADMIN:
            text = self.tr(
                "This journal has no administrator yet, so you become its administrator: you "
                "add staff, give the roles of team lead and administrator, and read the audit "
                "log (File → Staff and roles)."
            )
        else:
            text = self.tr(
                "Choose job coach or language tutor. The roles of team lead and administrator "
                "are given by an administrator in File → Staff and roles; ask yours if you "
                "need one."
            )
        self.role_text.setText(text)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.name.text().strip()) and self.person is not None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._update()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who are you?"))
        self.setSubTitle(self.tr("Your name or initials, as colleagues know you at the desk."))
        self.name_label.setText(self.tr("Your &name or initials:"))
        self.name.setAccessibleName(self.tr("Your name or initials"))
        self.name.setPlaceholderText(self.tr("e.g. AB"))
        self.role_label.setText(self.tr("&Role:"))
        self.role.setAccessibleName(self.tr("Role"))
        for i in range(self.role.count()):
            self.role.setItemText(i, role_label(Role(self.role.itemData(i))))
        self._describe()


class PinPage(QWizardPage):
    """A new PIN (twice), or the PIN of someone already in the journal."""

    def __init__(self, person: PersonPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        self.text = _text("pinText")
        self.pin = QLineEdit(objectName="pinEdit", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeatEdit", echoMode=QLineEdit.EchoMode.Password)
        self.pin_label = _buddy(self.pin)
        self.repeat_label = _buddy(self.repeat)
        self.error = _error_label("pinError")
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.pin.textChanged.connect(self.completeChanged)
        self.repeat.textChanged.connect(self.completeChanged)

    @property
    def existing(self) -> bool:
        p = self.person.person
        return p is not None and p.known is not None and p.has_pin

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.repeat.setVisible(not self.existing)
        self.repeat_label.setVisible(not self.existing)
        self.error.clear()
        self.retranslate()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.pin.text()) and (self.existing or bool(self.repeat.text()))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.existing:
            known = self.person.person.known  # type: ignore[union-attr]
            assert known is not None
            right = self.person.journal.read(pin_is_right, known.id, self.pin.text())
            if not right:
                self.error.setText(self.tr("Wrong PIN. Try again."))
                self.pin.clear()
                self.pin.setFocus()
            return right
        try:
            access.check_pin_strength(self.pin.text())
            if self.pin.text() != self.repeat.text():
                raise ValidationError(self.tr("The two PINs differ."))
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.pin.setFocus()
            return False
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your PIN"))
        self.setSubTitle(self.tr("The PIN unlocks the window when it has locked itself."))
        if self.existing:
            self.text.setText(self.tr("You already have a PIN in this journal: give it here."))
        else:
            self.text.setText(
                self.tr(
                    "Choose a PIN of at least 4 digits (or a password of at least 8 "
                    "characters). The window locks after a few minutes without use, and with "
                    "Ctrl+L; your PIN opens it again."
                )
            )
        self.pin_label.setText(self.tr("&PIN:"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.repeat_label.setText(self.tr("&Repeat the PIN:"))
        self.repeat.setAccessibleName(self.tr("Repeat the PIN"))


class BackupPage(QWizardPage):
    """Where the daily and monthly backups go (default: ``backups/`` beside the journal)."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.default = journal.path.parent / "backups" if journal.path else None
        from vagledare.journal.backup import configured_dir

        current = configured_dir(journal.path) if journal.path else None
        self.text = _text("backupText")
        self.folder = QLineEdit(objectName="backupEdit")
        self.folder.setText(str(current or self.default or ""))
        self.choose = QPushButton(objectName="chooseBackupButton")
        self.choose.setAutoDefault(False)
        self.folder_label = _buddy(self.folder)
        self.error = _error_label("backupError")
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.folder_label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        on_server = journal.path is None
        for w in (self.folder, self.choose, self.folder_label):
            w.setVisible(not on_server)
        self.choose.clicked.connect(self._on_choose)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Saving here makes the first lead, who then receives the recovery code on a last
        page: saving is then a commit (no way back to change what was saved)."""
        wizard = self.wizard()
        person = getattr(wizard, "person_page", None)
        self.recovery_follows = False
        if person is not None and person.person is not None:
            self.recovery_follows = self.journal.read(gets_recovery_code, person.person)
        self.setCommitPage(self.recovery_follows)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return RECOVERY if getattr(self, "recovery_follows", False) else -1

    def chosen(self) -> Path | None:
        """The folder to store as the journal's ``backup_dir`` (None: the default)."""
        text = self.folder.text().strip()
        if self.journal.path is None or not text:
            return None
        path = Path(text).expanduser()
        return None if self.default is not None and path == self.default else path

    def _on_choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.setSubTitle(self.tr("Where copies of the journal are kept."))
        if self.journal.path is None:
            self.text.setText(
                self.tr("The journal is on a database server; its backups are made there.")
            )
        else:
            self.text.setText(
                self.tr(
                    "The day's first entry makes a copy of the journal; 14 daily and 12 monthly "
                    "copies are kept. A folder on another drive (for example a network drive) "
                    "keeps them safe even if this computer breaks."
                )
            )
        self.folder_label.setText(self.tr("&Folder:"))
        self.folder.setAccessibleName(self.tr("Folder for backups"))
        self.choose.setText(self.tr("C&hoose…"))
        self.choose.setAccessibleName(self.tr("Choose the folder for backups"))


class RecoveryPage(QWizardPage):
    """The first lead's recovery code, shown this once, for the office safe. The wizard only
    finishes once the person says it is written down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _text("recoveryText")
        self.code = QLabel(objectName="recoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setStyleHint(font.StyleHint.Monospace)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.written = QCheckBox(objectName="recoveryWritten")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addWidget(self.code)
        layout.addSpacing(12)
        layout.addWidget(self.written)
        layout.addStretch(1)
        self.written.toggled.connect(self.completeChanged)

    def show_code(self, code: str) -> None:
        self.code.setText(code)
        self.code.setAccessibleName(self.tr("Recovery code %1").replace("%1", code))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.written.setChecked(False)
        self.written.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.written.isChecked()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("Shown only this once."))
        self.text.setText(
            self.tr(
                "As the journal's first lead you receive its recovery code: write it down "
                "and keep it in the office safe. With it, anyone at the login screen "
                "can give any account a new start code (Forgotten PIN), even yours if you are "
                "locked out. A team lead can make a new one later under Staff and roles."
            )
        )
        self.written.setText(self.tr("I have &written the code down and put it somewhere safe"))
        self.written.setAccessibleName(self.tr("I have written the code down"))


class FirstRunWizard(QWizard):
    """``exec()`` returns Accepted with ``desk`` set (and the person logged in), Rejected, or
    ``DEMO`` when the user chose to try the sample data first."""

    DEMO = 2

    def __init__(
        self,
        journal: Journal,
        settings: DeskSettings | None,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.journal = journal
        self.settings = settings
        self.lang: Lang = lang
        self.desk: Desk | None = None
        self.staff: StaffInfo | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)  # and F1
        self.helpRequested.connect(self._on_help)
        QShortcut(QKeySequence.StandardKey.HelpContents, self, self._on_help)
        self.setMinimumSize(640, 460)
        self.language_page = LanguagePage(lang)
        self.site_page = SitePage(journal)
        self.person_page = PersonPage(journal)
        self.pin_page = PinPage(self.person_page)
        self.backup_page = BackupPage(journal)
        self.recovery_page = RecoveryPage()
        for page_id, page in zip(
            (LANGUAGE, SITE, PERSON, PIN, BACKUPS, RECOVERY),
            (
                self.language_page,
                self.site_page,
                self.person_page,
                self.pin_page,
                self.backup_page,
                self.recovery_page,
            ),
            strict=True,
        ):
            self.setPage(page_id, page)
        self.language_page.language_chosen.connect(self._on_language)
        self.language_page.demo_button.clicked.connect(self._on_demo)
        self.retranslate()

    def pages(self) -> list[QWizardPage]:
        return [self.page(i) for i in self.pageIds()]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Vägledare"))
        for which, text in (
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.FinishButton, self.tr("&Start")),
            (QWizard.WizardButton.CommitButton, self.tr("&Save and go on >")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
            (QWizard.WizardButton.HelpButton, self.tr("&Help (F1)")),
        ):
            self.setButtonText(which, text)
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.HelpButton,
        ):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))
        for page in self.pages():
            page.retranslate()  # type: ignore[attr-defined]

    def _on_language(self, lang: str) -> None:
        from vagledare.gui.shell.i18n import switch_language

        self.lang = "sv" if lang == "sv" else "en"
        if self.settings is not None:
            self.settings.language = self.lang
            self.settings.save()
        app = QCoreApplication.instance()
        if app is not None:
            switch_language(app, self.lang)
        self.retranslate()

    def _on_help(self) -> None:
        from vagledare.gui.shell.help_dialog import HelpDialog

        HelpDialog("first_run", self.lang, self).exec()

    def _on_demo(self) -> None:
        self.done(self.DEMO)

    def done(self, result: int) -> None:
        """Finishing (or going on to the sample data) keeps the language chosen on the first
        page, also when it was already marked: the View menu then shows that language, not
        "Follow the system"."""
        if int(result) != int(QDialog.DialogCode.Rejected) and self.settings is not None:
            self.settings.language = self.lang
            self.settings.save()
        super().done(result)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        if not super().validateCurrentPage():
            return False
        if self.currentId() == BACKUPS:
            return self._save()
        return True

    def _save(self) -> bool:
        page = self.backup_page
        page.error.clear()
        folder = page.chosen()
        try:
            if folder is not None:
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            page.error.setText(
                self.tr("The folder cannot be used: %1").replace("%1", exc.strerror or str(exc))
            )
            return False
        try:
            site, member, code = self.journal.write(
                finish_first_run,
                site_name=self.site_page.site_name(),
                staff_name=self.person_page.name.text(),
                role=self.person_page.wanted_role(),
                pin=self.pin_page.pin.text(),
                backup_folder=folder,
                organisation=self.site_page.org_edit.text(),
                unit=self.site_page.unit_edit.text(),
            )
        except ValidationError as exc:
            page.error.setText(str(exc))
            return False
        self.staff = member
        self.desk = Desk(self.journal, site, member)
        if code is not None:
            self.recovery_page.show_code(code)
        return True
