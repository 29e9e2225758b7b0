# Generated from ui/settings_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.settingsTabs = QTabWidget(SettingsDialog)
        self.settingsTabs.setObjectName(u"settingsTabs")
        self.sitesTab = QWidget()
        self.sitesTab.setObjectName(u"sitesTab")
        self.sitesLayout = QVBoxLayout(self.sitesTab)
        self.sitesLayout.setObjectName(u"sitesLayout")
        self.siteView = QTableView(self.sitesTab)
        self.siteView.setObjectName(u"siteView")

        self.sitesLayout.addWidget(self.siteView)

        self.newSiteRow = QHBoxLayout()
        self.newSiteRow.setObjectName(u"newSiteRow")
        self.newSiteLabel = QLabel(self.sitesTab)
        self.newSiteLabel.setObjectName(u"newSiteLabel")

        self.newSiteRow.addWidget(self.newSiteLabel)

        self.newSiteEdit = QLineEdit(self.sitesTab)
        self.newSiteEdit.setObjectName(u"newSiteEdit")

        self.newSiteRow.addWidget(self.newSiteEdit)

        self.addSiteButton = QPushButton(self.sitesTab)
        self.addSiteButton.setObjectName(u"addSiteButton")

        self.newSiteRow.addWidget(self.addSiteButton)


        self.sitesLayout.addLayout(self.newSiteRow)

        self.sitesNote = QLabel(self.sitesTab)
        self.sitesNote.setObjectName(u"sitesNote")
        self.sitesNote.setWordWrap(True)

        self.sitesLayout.addWidget(self.sitesNote)

        self.settingsTabs.addTab(self.sitesTab, "")
        self.categoriesTab = QWidget()
        self.categoriesTab.setObjectName(u"categoriesTab")
        self.categoriesLayout = QVBoxLayout(self.categoriesTab)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categorySiteRow = QHBoxLayout()
        self.categorySiteRow.setObjectName(u"categorySiteRow")
        self.categorySiteLabel = QLabel(self.categoriesTab)
        self.categorySiteLabel.setObjectName(u"categorySiteLabel")

        self.categorySiteRow.addWidget(self.categorySiteLabel)

        self.categorySiteCombo = QComboBox(self.categoriesTab)
        self.categorySiteCombo.setObjectName(u"categorySiteCombo")

        self.categorySiteRow.addWidget(self.categorySiteCombo)

        self.categorySiteSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categorySiteRow.addItem(self.categorySiteSpacer)


        self.categoriesLayout.addLayout(self.categorySiteRow)

        self.categoryView = QTableView(self.categoriesTab)
        self.categoryView.setObjectName(u"categoryView")

        self.categoriesLayout.addWidget(self.categoryView)

        self.categoryNameRow = QHBoxLayout()
        self.categoryNameRow.setObjectName(u"categoryNameRow")
        self.categoryNameLabel = QLabel(self.categoriesTab)
        self.categoryNameLabel.setObjectName(u"categoryNameLabel")

        self.categoryNameRow.addWidget(self.categoryNameLabel)

        self.categoryEdit = QLineEdit(self.categoriesTab)
        self.categoryEdit.setObjectName(u"categoryEdit")

        self.categoryNameRow.addWidget(self.categoryEdit)


        self.categoriesLayout.addLayout(self.categoryNameRow)

        self.categoryButtons = QHBoxLayout()
        self.categoryButtons.setObjectName(u"categoryButtons")
        self.addCategoryButton = QPushButton(self.categoriesTab)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.categoryButtons.addWidget(self.addCategoryButton)

        self.renameCategoryButton = QPushButton(self.categoriesTab)
        self.renameCategoryButton.setObjectName(u"renameCategoryButton")

        self.categoryButtons.addWidget(self.renameCategoryButton)

        self.moveUpButton = QPushButton(self.categoriesTab)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.categoryButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.categoriesTab)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.categoryButtons.addWidget(self.moveDownButton)

        self.retireCategoryButton = QPushButton(self.categoriesTab)
        self.retireCategoryButton.setObjectName(u"retireCategoryButton")

        self.categoryButtons.addWidget(self.retireCategoryButton)

        self.categoryButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoryButtons.addItem(self.categoryButtonSpacer)


        self.categoriesLayout.addLayout(self.categoryButtons)

        self.categoriesNote = QLabel(self.categoriesTab)
        self.categoriesNote.setObjectName(u"categoriesNote")
        self.categoriesNote.setWordWrap(True)

        self.categoriesLayout.addWidget(self.categoriesNote)

        self.settingsTabs.addTab(self.categoriesTab, "")
        self.ageBandsTab = QWidget()
        self.ageBandsTab.setObjectName(u"ageBandsTab")
        self.ageBandsLayout = QVBoxLayout(self.ageBandsTab)
        self.ageBandsLayout.setObjectName(u"ageBandsLayout")
        self.ageBandSiteRow = QHBoxLayout()
        self.ageBandSiteRow.setObjectName(u"ageBandSiteRow")
        self.ageBandSiteLabel = QLabel(self.ageBandsTab)
        self.ageBandSiteLabel.setObjectName(u"ageBandSiteLabel")

        self.ageBandSiteRow.addWidget(self.ageBandSiteLabel)

        self.ageBandSiteCombo = QComboBox(self.ageBandsTab)
        self.ageBandSiteCombo.setObjectName(u"ageBandSiteCombo")

        self.ageBandSiteRow.addWidget(self.ageBandSiteCombo)

        self.ageBandSiteSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ageBandSiteRow.addItem(self.ageBandSiteSpacer)


        self.ageBandsLayout.addLayout(self.ageBandSiteRow)

        self.ageBandView = QTableView(self.ageBandsTab)
        self.ageBandView.setObjectName(u"ageBandView")

        self.ageBandsLayout.addWidget(self.ageBandView)

        self.ageBandNameRow = QHBoxLayout()
        self.ageBandNameRow.setObjectName(u"ageBandNameRow")
        self.ageBandNameLabel = QLabel(self.ageBandsTab)
        self.ageBandNameLabel.setObjectName(u"ageBandNameLabel")

        self.ageBandNameRow.addWidget(self.ageBandNameLabel)

        self.ageBandEdit = QLineEdit(self.ageBandsTab)
        self.ageBandEdit.setObjectName(u"ageBandEdit")

        self.ageBandNameRow.addWidget(self.ageBandEdit)


        self.ageBandsLayout.addLayout(self.ageBandNameRow)

        self.ageBandButtons = QHBoxLayout()
        self.ageBandButtons.setObjectName(u"ageBandButtons")
        self.addAgeBandButton = QPushButton(self.ageBandsTab)
        self.addAgeBandButton.setObjectName(u"addAgeBandButton")

        self.ageBandButtons.addWidget(self.addAgeBandButton)

        self.renameAgeBandButton = QPushButton(self.ageBandsTab)
        self.renameAgeBandButton.setObjectName(u"renameAgeBandButton")

        self.ageBandButtons.addWidget(self.renameAgeBandButton)

        self.retireAgeBandButton = QPushButton(self.ageBandsTab)
        self.retireAgeBandButton.setObjectName(u"retireAgeBandButton")

        self.ageBandButtons.addWidget(self.retireAgeBandButton)

        self.ageBandButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ageBandButtons.addItem(self.ageBandButtonSpacer)


        self.ageBandsLayout.addLayout(self.ageBandButtons)

        self.ageBandsNote = QLabel(self.ageBandsTab)
        self.ageBandsNote.setObjectName(u"ageBandsNote")
        self.ageBandsNote.setWordWrap(True)

        self.ageBandsLayout.addWidget(self.ageBandsNote)

        self.settingsTabs.addTab(self.ageBandsTab, "")
        self.tallyTab = QWidget()
        self.tallyTab.setObjectName(u"tallyTab")
        self.tallyLayout = QVBoxLayout(self.tallyTab)
        self.tallyLayout.setObjectName(u"tallyLayout")
        self.unstatedCheck = QCheckBox(self.tallyTab)
        self.unstatedCheck.setObjectName(u"unstatedCheck")

        self.tallyLayout.addWidget(self.unstatedCheck)

        self.unstatedNote = QLabel(self.tallyTab)
        self.unstatedNote.setObjectName(u"unstatedNote")
        self.unstatedNote.setWordWrap(True)

        self.tallyLayout.addWidget(self.unstatedNote)

        self.tallySpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.tallyLayout.addItem(self.tallySpacer)

        self.settingsTabs.addTab(self.tallyTab, "")
        self.groupsTab = QWidget()
        self.groupsTab.setObjectName(u"groupsTab")
        self.groupsLayout = QVBoxLayout(self.groupsTab)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.activityTitle = QLabel(self.groupsTab)
        self.activityTitle.setObjectName(u"activityTitle")
        self.activityTitle.setWordWrap(True)

        self.groupsLayout.addWidget(self.activityTitle)

        self.activityView = QTableView(self.groupsTab)
        self.activityView.setObjectName(u"activityView")

        self.groupsLayout.addWidget(self.activityView)

        self.activityNameRow = QHBoxLayout()
        self.activityNameRow.setObjectName(u"activityNameRow")
        self.activityNameLabel = QLabel(self.groupsTab)
        self.activityNameLabel.setObjectName(u"activityNameLabel")

        self.activityNameRow.addWidget(self.activityNameLabel)

        self.activityEdit = QLineEdit(self.groupsTab)
        self.activityEdit.setObjectName(u"activityEdit")

        self.activityNameRow.addWidget(self.activityEdit)


        self.groupsLayout.addLayout(self.activityNameRow)

        self.activityButtons = QHBoxLayout()
        self.activityButtons.setObjectName(u"activityButtons")
        self.addActivityButton = QPushButton(self.groupsTab)
        self.addActivityButton.setObjectName(u"addActivityButton")

        self.activityButtons.addWidget(self.addActivityButton)

        self.renameActivityButton = QPushButton(self.groupsTab)
        self.renameActivityButton.setObjectName(u"renameActivityButton")

        self.activityButtons.addWidget(self.renameActivityButton)

        self.retireActivityButton = QPushButton(self.groupsTab)
        self.retireActivityButton.setObjectName(u"retireActivityButton")

        self.activityButtons.addWidget(self.retireActivityButton)

        self.activityButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activityButtons.addItem(self.activityButtonSpacer)


        self.groupsLayout.addLayout(self.activityButtons)

        self.groupKindsLabel = QLabel(self.groupsTab)
        self.groupKindsLabel.setObjectName(u"groupKindsLabel")
        self.groupKindsLabel.setWordWrap(True)

        self.groupsLayout.addWidget(self.groupKindsLabel)

        self.settingsTabs.addTab(self.groupsTab, "")
        self.eventsTab = QWidget()
        self.eventsTab.setObjectName(u"eventsTab")
        self.eventsLayout = QVBoxLayout(self.eventsTab)
        self.eventsLayout.setObjectName(u"eventsLayout")
        self.eventKindTitle = QLabel(self.eventsTab)
        self.eventKindTitle.setObjectName(u"eventKindTitle")
        self.eventKindTitle.setWordWrap(True)

        self.eventsLayout.addWidget(self.eventKindTitle)

        self.eventKindView = QTableView(self.eventsTab)
        self.eventKindView.setObjectName(u"eventKindView")

        self.eventsLayout.addWidget(self.eventKindView)

        self.eventKindNameRow = QHBoxLayout()
        self.eventKindNameRow.setObjectName(u"eventKindNameRow")
        self.eventKindNameLabel = QLabel(self.eventsTab)
        self.eventKindNameLabel.setObjectName(u"eventKindNameLabel")

        self.eventKindNameRow.addWidget(self.eventKindNameLabel)

        self.eventKindEdit = QLineEdit(self.eventsTab)
        self.eventKindEdit.setObjectName(u"eventKindEdit")

        self.eventKindNameRow.addWidget(self.eventKindEdit)


        self.eventsLayout.addLayout(self.eventKindNameRow)

        self.eventKindButtons = QHBoxLayout()
        self.eventKindButtons.setObjectName(u"eventKindButtons")
        self.addEventKindButton = QPushButton(self.eventsTab)
        self.addEventKindButton.setObjectName(u"addEventKindButton")

        self.eventKindButtons.addWidget(self.addEventKindButton)

        self.renameEventKindButton = QPushButton(self.eventsTab)
        self.renameEventKindButton.setObjectName(u"renameEventKindButton")

        self.eventKindButtons.addWidget(self.renameEventKindButton)

        self.eventKindUpButton = QPushButton(self.eventsTab)
        self.eventKindUpButton.setObjectName(u"eventKindUpButton")

        self.eventKindButtons.addWidget(self.eventKindUpButton)

        self.eventKindDownButton = QPushButton(self.eventsTab)
        self.eventKindDownButton.setObjectName(u"eventKindDownButton")

        self.eventKindButtons.addWidget(self.eventKindDownButton)

        self.retireEventKindButton = QPushButton(self.eventsTab)
        self.retireEventKindButton.setObjectName(u"retireEventKindButton")

        self.eventKindButtons.addWidget(self.retireEventKindButton)

        self.eventKindButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eventKindButtons.addItem(self.eventKindButtonSpacer)


        self.eventsLayout.addLayout(self.eventKindButtons)

        self.eventKindsNote = QLabel(self.eventsTab)
        self.eventKindsNote.setObjectName(u"eventKindsNote")
        self.eventKindsNote.setWordWrap(True)

        self.eventsLayout.addWidget(self.eventKindsNote)

        self.settingsTabs.addTab(self.eventsTab, "")
        self.partnersTab = QWidget()
        self.partnersTab.setObjectName(u"partnersTab")
        self.partnersLayout = QVBoxLayout(self.partnersTab)
        self.partnersLayout.setObjectName(u"partnersLayout")
        self.partnerView = QTableView(self.partnersTab)
        self.partnerView.setObjectName(u"partnerView")

        self.partnersLayout.addWidget(self.partnerView)

        self.partnerNameRow = QHBoxLayout()
        self.partnerNameRow.setObjectName(u"partnerNameRow")
        self.partnerNameLabel = QLabel(self.partnersTab)
        self.partnerNameLabel.setObjectName(u"partnerNameLabel")

        self.partnerNameRow.addWidget(self.partnerNameLabel)

        self.partnerEdit = QLineEdit(self.partnersTab)
        self.partnerEdit.setObjectName(u"partnerEdit")

        self.partnerNameRow.addWidget(self.partnerEdit)

        self.partnerEmployerCheck = QCheckBox(self.partnersTab)
        self.partnerEmployerCheck.setObjectName(u"partnerEmployerCheck")

        self.partnerNameRow.addWidget(self.partnerEmployerCheck)


        self.partnersLayout.addLayout(self.partnerNameRow)

        self.partnerButtons = QHBoxLayout()
        self.partnerButtons.setObjectName(u"partnerButtons")
        self.savePartnerButton = QPushButton(self.partnersTab)
        self.savePartnerButton.setObjectName(u"savePartnerButton")

        self.partnerButtons.addWidget(self.savePartnerButton)

        self.partnerButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partnerButtons.addItem(self.partnerButtonSpacer)


        self.partnersLayout.addLayout(self.partnerButtons)

        self.partnersNote = QLabel(self.partnersTab)
        self.partnersNote.setObjectName(u"partnersNote")
        self.partnersNote.setWordWrap(True)

        self.partnersLayout.addWidget(self.partnersNote)

        self.settingsTabs.addTab(self.partnersTab, "")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followUpLayout = QVBoxLayout(self.followUpTab)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpMonthsRow = QHBoxLayout()
        self.followUpMonthsRow.setObjectName(u"followUpMonthsRow")
        self.followUpMonthsLabel = QLabel(self.followUpTab)
        self.followUpMonthsLabel.setObjectName(u"followUpMonthsLabel")

        self.followUpMonthsRow.addWidget(self.followUpMonthsLabel)

        self.followUpMonthsSpin = QSpinBox(self.followUpTab)
        self.followUpMonthsSpin.setObjectName(u"followUpMonthsSpin")
        self.followUpMonthsSpin.setMinimum(1)
        self.followUpMonthsSpin.setMaximum(36)

        self.followUpMonthsRow.addWidget(self.followUpMonthsSpin)

        self.followUpTargetLabel = QLabel(self.followUpTab)
        self.followUpTargetLabel.setObjectName(u"followUpTargetLabel")

        self.followUpMonthsRow.addWidget(self.followUpTargetLabel)

        self.followUpTargetSpin = QSpinBox(self.followUpTab)
        self.followUpTargetSpin.setObjectName(u"followUpTargetSpin")
        self.followUpTargetSpin.setMinimum(0)
        self.followUpTargetSpin.setMaximum(100)

        self.followUpMonthsRow.addWidget(self.followUpTargetSpin)

        self.followUpRowSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpMonthsRow.addItem(self.followUpRowSpacer)


        self.followUpLayout.addLayout(self.followUpMonthsRow)

        self.followUpReasonsLabel = QLabel(self.followUpTab)
        self.followUpReasonsLabel.setObjectName(u"followUpReasonsLabel")
        self.followUpReasonsLabel.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpReasonsLabel)

        self.followUpReasonsList = QListWidget(self.followUpTab)
        self.followUpReasonsList.setObjectName(u"followUpReasonsList")

        self.followUpLayout.addWidget(self.followUpReasonsList)

        self.followUpButtons = QHBoxLayout()
        self.followUpButtons.setObjectName(u"followUpButtons")
        self.saveFollowUpButton = QPushButton(self.followUpTab)
        self.saveFollowUpButton.setObjectName(u"saveFollowUpButton")

        self.followUpButtons.addWidget(self.saveFollowUpButton)

        self.followUpButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpButtons.addItem(self.followUpButtonSpacer)


        self.followUpLayout.addLayout(self.followUpButtons)

        self.followUpNote = QLabel(self.followUpTab)
        self.followUpNote.setObjectName(u"followUpNote")
        self.followUpNote.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpNote)

        self.settingsTabs.addTab(self.followUpTab, "")

        self.mainLayout.addWidget(self.settingsTabs)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.newSiteLabel.setBuddy(self.newSiteEdit)
        self.categorySiteLabel.setBuddy(self.categorySiteCombo)
        self.categoryNameLabel.setBuddy(self.categoryEdit)
        self.ageBandSiteLabel.setBuddy(self.ageBandSiteCombo)
        self.ageBandNameLabel.setBuddy(self.ageBandEdit)
        self.activityNameLabel.setBuddy(self.activityEdit)
        self.eventKindNameLabel.setBuddy(self.eventKindEdit)
        self.partnerNameLabel.setBuddy(self.partnerEdit)
        self.followUpMonthsLabel.setBuddy(self.followUpMonthsSpin)
        self.followUpTargetLabel.setBuddy(self.followUpTargetSpin)
        self.followUpReasonsLabel.setBuddy(self.followUpReasonsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.settingsTabs, self.siteView)
        QWidget.setTabOrder(self.siteView, self.newSiteEdit)
        QWidget.setTabOrder(self.newSiteEdit, self.addSiteButton)
        QWidget.setTabOrder(self.addSiteButton, self.categorySiteCombo)
        QWidget.setTabOrder(self.categorySiteCombo, self.categoryView)
        QWidget.setTabOrder(self.categoryView, self.categoryEdit)
        QWidget.setTabOrder(self.categoryEdit, self.addCategoryButton)
        QWidget.setTabOrder(self.addCategoryButton, self.renameCategoryButton)
        QWidget.setTabOrder(self.renameCategoryButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.retireCategoryButton)
        QWidget.setTabOrder(self.retireCategoryButton, self.ageBandSiteCombo)
        QWidget.setTabOrder(self.ageBandSiteCombo, self.ageBandView)
        QWidget.setTabOrder(self.ageBandView, self.ageBandEdit)
        QWidget.setTabOrder(self.ageBandEdit, self.addAgeBandButton)
        QWidget.setTabOrder(self.addAgeBandButton, self.renameAgeBandButton)
        QWidget.setTabOrder(self.renameAgeBandButton, self.retireAgeBandButton)
        QWidget.setTabOrder(self.retireAgeBandButton, self.unstatedCheck)
        QWidget.setTabOrder(self.unstatedCheck, self.activityView)
        QWidget.setTabOrder(self.activityView, self.activityEdit)
        QWidget.setTabOrder(self.activityEdit, self.addActivityButton)
        QWidget.setTabOrder(self.addActivityButton, self.renameActivityButton)
        QWidget.setTabOrder(self.renameActivityButton, self.retireActivityButton)
        QWidget.setTabOrder(self.retireActivityButton, self.eventKindView)
        QWidget.setTabOrder(self.eventKindView, self.eventKindEdit)
        QWidget.setTabOrder(self.eventKindEdit, self.addEventKindButton)
        QWidget.setTabOrder(self.addEventKindButton, self.renameEventKindButton)
        QWidget.setTabOrder(self.renameEventKindButton, self.eventKindUpButton)
        QWidget.setTabOrder(self.eventKindUpButton, self.eventKindDownButton)
        QWidget.setTabOrder(self.eventKindDownButton, self.retireEventKindButton)
        QWidget.setTabOrder(self.retireEventKindButton, self.partnerView)
        QWidget.setTabOrder(self.partnerView, self.partnerEdit)
        QWidget.setTabOrder(self.partnerEdit, self.partnerEmployerCheck)
        QWidget.setTabOrder(self.partnerEmployerCheck, self.savePartnerButton)
        QWidget.setTabOrder(self.savePartnerButton, self.followUpMonthsSpin)
        QWidget.setTabOrder(self.followUpMonthsSpin, self.followUpTargetSpin)
        QWidget.setTabOrder(self.followUpTargetSpin, self.followUpReasonsList)
        QWidget.setTabOrder(self.followUpReasonsList, self.saveFollowUpButton)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings for meeting places", None))
        self.introLabel.setText(QCoreApplication.translate("SettingsDialog", u"Every change is saved at once and recorded in the audit log.", None))
#if QT_CONFIG(accessibility)
        self.settingsTabs.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.siteView.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Meeting places", None))
#endif // QT_CONFIG(accessibility)
        self.newSiteLabel.setText(QCoreApplication.translate("SettingsDialog", u"&New meeting place:", None))
#if QT_CONFIG(accessibility)
        self.newSiteEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Name of the new meeting place", None))
#endif // QT_CONFIG(accessibility)
        self.addSiteButton.setText(QCoreApplication.translate("SettingsDialog", u"&Add meeting place", None))
#if QT_CONFIG(accessibility)
        self.addSiteButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Add meeting place", None))
#endif // QT_CONFIG(accessibility)
        self.sitesNote.setText(QCoreApplication.translate("SettingsDialog", u"A new meeting place gets the default categories and age bands; change them on the next tabs.", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.sitesTab), QCoreApplication.translate("SettingsDialog", u"Meeting &places", None))
        self.categorySiteLabel.setText(QCoreApplication.translate("SettingsDialog", u"M&eeting place:", None))
#if QT_CONFIG(accessibility)
        self.categorySiteCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Meeting place whose list is shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryView.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Categories of the meeting place", None))
#endif // QT_CONFIG(accessibility)
        self.categoryNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Na&me:", None))
#if QT_CONFIG(accessibility)
        self.categoryEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Name of a category", None))
#endif // QT_CONFIG(accessibility)
        self.addCategoryButton.setText(QCoreApplication.translate("SettingsDialog", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.addCategoryButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Add a category with this name", None))
#endif // QT_CONFIG(accessibility)
        self.renameCategoryButton.setText(QCoreApplication.translate("SettingsDialog", u"&Rename", None))
#if QT_CONFIG(accessibility)
        self.renameCategoryButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Rename the chosen category", None))
#endif // QT_CONFIG(accessibility)
        self.moveUpButton.setText(QCoreApplication.translate("SettingsDialog", u"Move &up", None))
#if QT_CONFIG(accessibility)
        self.moveUpButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Move the chosen category up", None))
#endif // QT_CONFIG(accessibility)
        self.moveDownButton.setText(QCoreApplication.translate("SettingsDialog", u"Move do&wn", None))
#if QT_CONFIG(accessibility)
        self.moveDownButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Move the chosen category down", None))
#endif // QT_CONFIG(accessibility)
        self.retireCategoryButton.setText(QCoreApplication.translate("SettingsDialog", u"Re&tire", None))
#if QT_CONFIG(accessibility)
        self.retireCategoryButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Retire the chosen category", None))
#endif // QT_CONFIG(accessibility)
        self.categoriesNote.setText(QCoreApplication.translate("SettingsDialog", u"The order here is the order of the log grid's rows and of the drop-in table. A category that has been used cannot be renamed: retire it and add a new one, so that earlier tables keep its name. Adding a retired category's name again brings it back.", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.categoriesTab), QCoreApplication.translate("SettingsDialog", u"&Categories", None))
        self.ageBandSiteLabel.setText(QCoreApplication.translate("SettingsDialog", u"M&eeting place:", None))
#if QT_CONFIG(accessibility)
        self.ageBandSiteCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Meeting place whose list is shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ageBandView.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Age bands of the meeting place", None))
#endif // QT_CONFIG(accessibility)
        self.ageBandNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Age &band:", None))
#if QT_CONFIG(accessibility)
        self.ageBandEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Age band, for example 16-17 or 65+", None))
#endif // QT_CONFIG(accessibility)
        self.ageBandEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. 16-17 or 65+", None))
        self.addAgeBandButton.setText(QCoreApplication.translate("SettingsDialog", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.addAgeBandButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Add an age band", None))
#endif // QT_CONFIG(accessibility)
        self.renameAgeBandButton.setText(QCoreApplication.translate("SettingsDialog", u"C&orrect", None))
#if QT_CONFIG(accessibility)
        self.renameAgeBandButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Correct the chosen age band", None))
#endif // QT_CONFIG(accessibility)
        self.retireAgeBandButton.setText(QCoreApplication.translate("SettingsDialog", u"Re&tire", None))
#if QT_CONFIG(accessibility)
        self.retireAgeBandButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Retire the chosen age band", None))
#endif // QT_CONFIG(accessibility)
        self.ageBandsNote.setText(QCoreApplication.translate("SettingsDialog", u"Age bands are ordered by age. The default bands stay as they are, so earlier tables do not change; add a band such as 16-17 or 65+ where it is needed. Only a band that has never been used can be corrected; a used one is retired and a new one added.", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.ageBandsTab), QCoreApplication.translate("SettingsDialog", u"A&ge bands", None))
        self.unstatedCheck.setText(QCoreApplication.translate("SettingsDialog", u"Show a column for gender &not stated (Ej angivet) in the log grid", None))
#if QT_CONFIG(accessibility)
        self.unstatedCheck.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Column for gender not stated in the log grid", None))
#endif // QT_CONFIG(accessibility)
        self.unstatedNote.setText(QCoreApplication.translate("SettingsDialog", u"Off by default: a quick case whose gender is not stated is then logged with Ctrl+E. The setting belongs to the journal: every desk on it shows the column.", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.tallyTab), QCoreApplication.translate("SettingsDialog", u"&Log grid", None))
        self.activityTitle.setText(QCoreApplication.translate("SettingsDialog", u"Activity types offered when a session's roll call is taken:", None))
#if QT_CONFIG(accessibility)
        self.activityView.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Activity types", None))
#endif // QT_CONFIG(accessibility)
        self.activityNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Na&me:", None))
#if QT_CONFIG(accessibility)
        self.activityEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Name of an activity type", None))
#endif // QT_CONFIG(accessibility)
        self.addActivityButton.setText(QCoreApplication.translate("SettingsDialog", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.addActivityButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Add an activity type", None))
#endif // QT_CONFIG(accessibility)
        self.renameActivityButton.setText(QCoreApplication.translate("SettingsDialog", u"&Rename", None))
#if QT_CONFIG(accessibility)
        self.renameActivityButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Rename the chosen activity type", None))
#endif // QT_CONFIG(accessibility)
        self.retireActivityButton.setText(QCoreApplication.translate("SettingsDialog", u"Re&tire", None))
#if QT_CONFIG(accessibility)
        self.retireActivityButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Retire the chosen activity type", None))
#endif // QT_CONFIG(accessibility)
        self.groupKindsLabel.setText("")
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.groupsTab), QCoreApplication.translate("SettingsDialog", u"Group acti&vities", None))
        self.eventKindTitle.setText(QCoreApplication.translate("SettingsDialog", u"Types of activities and events, in the order of the aktiviteter report:", None))
#if QT_CONFIG(accessibility)
        self.eventKindView.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Types of activities and events", None))
#endif // QT_CONFIG(accessibility)
        self.eventKindNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Na&me:", None))
#if QT_CONFIG(accessibility)
        self.eventKindEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Name of a type of activity or event", None))
#endif // QT_CONFIG(accessibility)
        self.addEventKindButton.setText(QCoreApplication.translate("SettingsDialog", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.addEventKindButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Add a type of activity or event", None))
#endif // QT_CONFIG(accessibility)
        self.renameEventKindButton.setText(QCoreApplication.translate("SettingsDialog", u"&Rename", None))
#if QT_CONFIG(accessibility)
        self.renameEventKindButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Rename the chosen type", None))
#endif // QT_CONFIG(accessibility)
        self.eventKindUpButton.setText(QCoreApplication.translate("SettingsDialog", u"Move &up", None))
#if QT_CONFIG(accessibility)
        self.eventKindUpButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Move the chosen type up", None))
#endif // QT_CONFIG(accessibility)
        self.eventKindDownButton.setText(QCoreApplication.translate("SettingsDialog", u"Move do&wn", None))
#if QT_CONFIG(accessibility)
        self.eventKindDownButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Move the chosen type down", None))
#endif // QT_CONFIG(accessibility)
        self.retireEventKindButton.setText(QCoreApplication.translate("SettingsDialog", u"Re&tire", None))
#if QT_CONFIG(accessibility)
        self.retireEventKindButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Retire the chosen type", None))
#endif // QT_CONFIG(accessibility)
        self.eventKindsNote.setText(QCoreApplication.translate("SettingsDialog", u"A retired type is no longer offered; activities of that type keep it, and the report shows it where it was used.", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.eventsTab), QCoreApplication.translate("SettingsDialog", u"&Activities and events", None))
#if QT_CONFIG(accessibility)
        self.partnerView.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Partners and employers", None))
#endif // QT_CONFIG(accessibility)
        self.partnerNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Na&me:", None))
#if QT_CONFIG(accessibility)
        self.partnerEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Name of the chosen partner", None))
#endif // QT_CONFIG(accessibility)
        self.partnerEmployerCheck.setText(QCoreApplication.translate("SettingsDialog", u"Is an emplo&yer", None))
#if QT_CONFIG(accessibility)
        self.partnerEmployerCheck.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"The partner is an employer", None))
#endif // QT_CONFIG(accessibility)
        self.savePartnerButton.setText(QCoreApplication.translate("SettingsDialog", u"&Save partner", None))
#if QT_CONFIG(accessibility)
        self.savePartnerButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Save the chosen partner's name and whether it is an employer", None))
#endif // QT_CONFIG(accessibility)
        self.partnersNote.setText(QCoreApplication.translate("SettingsDialog", u"New partners join the register when an activity names them. Here a name is corrected, or a partner marked as an employer.", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.partnersTab), QCoreApplication.translate("SettingsDialog", u"Partn&ers", None))
        self.followUpMonthsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Follow-up due after (&months):", None))
#if QT_CONFIG(accessibility)
        self.followUpMonthsSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Months after closing that the follow-up falls due", None))
#endif // QT_CONFIG(accessibility)
        self.followUpMonthsSpin.setSuffix("")
        self.followUpTargetLabel.setText(QCoreApplication.translate("SettingsDialog", u"G&oal:", None))
#if QT_CONFIG(accessibility)
        self.followUpTargetSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"The goal, per cent self-sufficient of those followed up", None))
#endif // QT_CONFIG(accessibility)
        self.followUpTargetSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" %", None))
        self.followUpReasonsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Closing &reasons that count as a completed insats (and get a follow-up):", None))
#if QT_CONFIG(accessibility)
        self.followUpReasonsList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Closing reasons that get a follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.saveFollowUpButton.setText(QCoreApplication.translate("SettingsDialog", u"&Save follow-up settings", None))
#if QT_CONFIG(accessibility)
        self.saveFollowUpButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Save the follow-up settings", None))
#endif // QT_CONFIG(accessibility)
        self.followUpNote.setText(QCoreApplication.translate("SettingsDialog", u"The n\u00e4mnd's goal: at least 70 % of those who complete an insats aimed at self-sufficiency have reached it six months later. The settings belong to the journal.", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.followUpTab), QCoreApplication.translate("SettingsDialog", u"&Follow-up", None))
        self.messageLabel.setText("")
    # retranslateUi

