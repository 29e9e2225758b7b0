# Generated from ui/duty_hours_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_DutyHoursDialog(object):
    def setupUi(self, DutyHoursDialog):
        if not DutyHoursDialog.objectName():
            DutyHoursDialog.setObjectName(u"DutyHoursDialog")
        DutyHoursDialog.setMinimumSize(QSize(480, 0))
        self.verticalLayout = QVBoxLayout(DutyHoursDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.caseLabel = QLabel(DutyHoursDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.caseLabel)

        self.decisionLabel = QLabel(DutyHoursDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")
        self.decisionLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.decisionLabel)

        self.planView = QTableView(DutyHoursDialog)
        self.planView.setObjectName(u"planView")
        self.planView.setTabKeyNavigation(False)
        self.planView.setAlternatingRowColors(True)
        self.planView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.planView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.verticalLayout.addWidget(self.planView)

        self.removeLayout = QHBoxLayout()
        self.removeLayout.setObjectName(u"removeLayout")
        self.removeButton = QPushButton(DutyHoursDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.removeLayout.addWidget(self.removeButton)

        self.removeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeLayout.addItem(self.removeSpacer)

        self.totalLabel = QLabel(DutyHoursDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.removeLayout.addWidget(self.totalLabel)


        self.verticalLayout.addLayout(self.removeLayout)

        self.warningLabel = QLabel(DutyHoursDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.warningLabel)

        self.addGroup = QGroupBox(DutyHoursDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.formLayout = QFormLayout(self.addGroup)
        self.formLayout.setObjectName(u"formLayout")
        self.activityLabel = QLabel(self.addGroup)
        self.activityLabel.setObjectName(u"activityLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.activityLabel)

        self.activityCombo = QComboBox(self.addGroup)
        self.activityCombo.setObjectName(u"activityCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.activityCombo)

        self.otherLabel = QLabel(self.addGroup)
        self.otherLabel.setObjectName(u"otherLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.otherLabel)

        self.otherEdit = QLineEdit(self.addGroup)
        self.otherEdit.setObjectName(u"otherEdit")
        self.otherEdit.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.otherEdit)

        self.hoursLabel = QLabel(self.addGroup)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursLayout = QHBoxLayout()
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.hoursSpin = QSpinBox(self.addGroup)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMaximum(60)

        self.hoursLayout.addWidget(self.hoursSpin)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.hoursLayout.addWidget(self.addButton)

        self.addSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursLayout.addItem(self.addSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.hoursLayout)


        self.verticalLayout.addWidget(self.addGroup)

        self.problemLabel = QLabel(DutyHoursDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(DutyHoursDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.activityLabel.setBuddy(self.activityCombo)
        self.otherLabel.setBuddy(self.otherEdit)
        self.hoursLabel.setBuddy(self.hoursSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.activityCombo, self.otherEdit)
        QWidget.setTabOrder(self.otherEdit, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.addButton)
        QWidget.setTabOrder(self.addButton, self.planView)
        QWidget.setTabOrder(self.planView, self.removeButton)

        self.retranslateUi(DutyHoursDialog)
    # setupUi

    def retranslateUi(self, DutyHoursDialog):
        DutyHoursDialog.setWindowTitle(QCoreApplication.translate("DutyHoursDialog", u"Planned hours", None))
        self.caseLabel.setText("")
        self.decisionLabel.setText("")
#if QT_CONFIG(accessibility)
        self.planView.setAccessibleName(QCoreApplication.translate("DutyHoursDialog", u"Planned activities and hours per week", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("DutyHoursDialog", u"&Remove line", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("DutyHoursDialog", u"Remove the chosen line", None))
#endif // QT_CONFIG(accessibility)
        self.totalLabel.setText("")
        self.warningLabel.setText("")
        self.addGroup.setTitle(QCoreApplication.translate("DutyHoursDialog", u"Add an activity", None))
        self.activityLabel.setText(QCoreApplication.translate("DutyHoursDialog", u"&Activity:", None))
#if QT_CONFIG(accessibility)
        self.activityCombo.setAccessibleName(QCoreApplication.translate("DutyHoursDialog", u"Activity type", None))
#endif // QT_CONFIG(accessibility)
        self.otherLabel.setText(QCoreApplication.translate("DutyHoursDialog", u"&Other activity:", None))
#if QT_CONFIG(accessibility)
        self.otherEdit.setAccessibleName(QCoreApplication.translate("DutyHoursDialog", u"Other activity, in words", None))
#endif // QT_CONFIG(accessibility)
        self.otherEdit.setPlaceholderText(QCoreApplication.translate("DutyHoursDialog", u"E.g. work practice at the library; no names or identity numbers", None))
        self.hoursLabel.setText(QCoreApplication.translate("DutyHoursDialog", u"&Hours per week:", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("DutyHoursDialog", u"Planned hours per week in the activity", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("DutyHoursDialog", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("DutyHoursDialog", u"Add the activity to the plan", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
    # retranslateUi

