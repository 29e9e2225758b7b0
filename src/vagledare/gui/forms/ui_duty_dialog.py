# Generated from ui/duty_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DutyDialog(object):
    def setupUi(self, DutyDialog):
        if not DutyDialog.objectName():
            DutyDialog.setObjectName(u"DutyDialog")
        DutyDialog.setMinimumSize(QSize(480, 0))
        self.verticalLayout = QVBoxLayout(DutyDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.caseLabel = QLabel(DutyDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.caseLabel)

        self.spanLabel = QLabel(DutyDialog)
        self.spanLabel.setObjectName(u"spanLabel")
        self.spanLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.spanLabel)

        self.dutyCheck = QCheckBox(DutyDialog)
        self.dutyCheck.setObjectName(u"dutyCheck")

        self.verticalLayout.addWidget(self.dutyCheck)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fromLabel = QLabel(DutyDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(DutyDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toCheck = QCheckBox(DutyDialog)
        self.toCheck.setObjectName(u"toCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toCheck)

        self.toEdit = QDateEdit(DutyDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(DutyDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.noteLabel)

        self.problemLabel = QLabel(DutyDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(DutyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dutyCheck, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toEdit)

        self.retranslateUi(DutyDialog)
    # setupUi

    def retranslateUi(self, DutyDialog):
        DutyDialog.setWindowTitle(QCoreApplication.translate("DutyDialog", u"Decision on aktivitetsplikt", None))
        self.caseLabel.setText("")
        self.spanLabel.setText("")
        self.dutyCheck.setText(QCoreApplication.translate("DutyDialog", u"The person has a &decision on aktivitetsplikt", None))
#if QT_CONFIG(accessibility)
        self.dutyCheck.setAccessibleName(QCoreApplication.translate("DutyDialog", u"Decision on aktivitetsplikt", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("DutyDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("DutyDialog", u"First day of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("DutyDialog", u"yyyy-MM-dd", None))
        self.toCheck.setText(QCoreApplication.translate("DutyDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("DutyDialog", u"The decision has an end date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("DutyDialog", u"Last day of the decision", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("DutyDialog", u"yyyy-MM-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("DutyDialog", u"The decision lies within the case: from its start, to its closing at the latest. Without an end date it lasts while the case is open.", None))
        self.problemLabel.setText("")
    # retranslateUi

