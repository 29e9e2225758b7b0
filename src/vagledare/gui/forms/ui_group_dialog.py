# Generated from ui/group_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_GroupDialog(object):
    def setupUi(self, GroupDialog):
        if not GroupDialog.objectName():
            GroupDialog.setObjectName(u"GroupDialog")
        GroupDialog.setMinimumSize(QSize(480, 0))
        self.verticalLayout = QVBoxLayout(GroupDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(GroupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(GroupDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.groupKindLabel = QLabel(GroupDialog)
        self.groupKindLabel.setObjectName(u"groupKindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupKindLabel)

        self.kindCombo = QComboBox(GroupDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.startLabel = QLabel(GroupDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = QDateEdit(GroupDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endedCheck = QCheckBox(GroupDialog)
        self.endedCheck.setObjectName(u"endedCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endedCheck)

        self.endDate = QDateEdit(GroupDialog)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endDate)

        self.tutorsLabel = QLabel(GroupDialog)
        self.tutorsLabel.setObjectName(u"tutorsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tutorsLabel)

        self.tutorsEdit = QLineEdit(GroupDialog)
        self.tutorsEdit.setObjectName(u"tutorsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tutorsEdit)

        self.scheduleLabel = QLabel(GroupDialog)
        self.scheduleLabel.setObjectName(u"scheduleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scheduleLabel)

        self.scheduleEdit = QPlainTextEdit(GroupDialog)
        self.scheduleEdit.setObjectName(u"scheduleEdit")
        self.scheduleEdit.setTabChangesFocus(True)
        self.scheduleEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scheduleEdit)

        self.scheduleFromLabel = QLabel(GroupDialog)
        self.scheduleFromLabel.setObjectName(u"scheduleFromLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.scheduleFromLabel)

        self.scheduleFromDate = QDateEdit(GroupDialog)
        self.scheduleFromDate.setObjectName(u"scheduleFromDate")
        self.scheduleFromDate.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.scheduleFromDate)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(GroupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(GroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.groupKindLabel.setBuddy(self.kindCombo)
        self.startLabel.setBuddy(self.startDate)
        self.tutorsLabel.setBuddy(self.tutorsEdit)
        self.scheduleLabel.setBuddy(self.scheduleEdit)
        self.scheduleFromLabel.setBuddy(self.scheduleFromDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.startDate)
        QWidget.setTabOrder(self.startDate, self.endedCheck)
        QWidget.setTabOrder(self.endedCheck, self.endDate)
        QWidget.setTabOrder(self.endDate, self.tutorsEdit)
        QWidget.setTabOrder(self.tutorsEdit, self.scheduleEdit)
        QWidget.setTabOrder(self.scheduleEdit, self.scheduleFromDate)

        self.retranslateUi(GroupDialog)
    # setupUi

    def retranslateUi(self, GroupDialog):
        GroupDialog.setWindowTitle(QCoreApplication.translate("GroupDialog", u"Group", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Group name", None))
#endif // QT_CONFIG(accessibility)
        self.groupKindLabel.setText(QCoreApplication.translate("GroupDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Kind of group", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("GroupDialog", u"&Start date:", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.startDate.setDisplayFormat(QCoreApplication.translate("GroupDialog", u"yyyy-MM-dd", None))
        self.endedCheck.setText(QCoreApplication.translate("GroupDialog", u"The group &ended on:", None))
#if QT_CONFIG(accessibility)
        self.endedCheck.setAccessibleName(QCoreApplication.translate("GroupDialog", u"The group has ended", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("GroupDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.endDate.setDisplayFormat(QCoreApplication.translate("GroupDialog", u"yyyy-MM-dd", None))
        self.tutorsLabel.setText(QCoreApplication.translate("GroupDialog", u"&Tutors:", None))
#if QT_CONFIG(accessibility)
        self.tutorsEdit.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Responsible tutors", None))
#endif // QT_CONFIG(accessibility)
        self.tutorsEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"Names or initials, separated by commas", None))
        self.scheduleLabel.setText(QCoreApplication.translate("GroupDialog", u"Weekly s&chedule:", None))
#if QT_CONFIG(accessibility)
        self.scheduleEdit.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Weekly schedule, one time per line", None))
#endif // QT_CONFIG(accessibility)
        self.scheduleEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"One per line, e.g. tis 09:30-11:00", None))
        self.scheduleFromLabel.setText(QCoreApplication.translate("GroupDialog", u"Sessions &from:", None))
#if QT_CONFIG(accessibility)
        self.scheduleFromDate.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Generate sessions from this date", None))
#endif // QT_CONFIG(accessibility)
        self.scheduleFromDate.setDisplayFormat(QCoreApplication.translate("GroupDialog", u"yyyy-MM-dd", None))
        self.errorLabel.setText("")
    # retranslateUi

