# Generated from ui/leave_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeaveDialog(object):
    def setupUi(self, LeaveDialog):
        if not LeaveDialog.objectName():
            LeaveDialog.setObjectName(u"LeaveDialog")
        LeaveDialog.setMinimumSize(QSize(440, 0))
        self.verticalLayout = QVBoxLayout(LeaveDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.whoLabel = QLabel(LeaveDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.whoLabel)

        self.leftLabel = QLabel(LeaveDialog)
        self.leftLabel.setObjectName(u"leftLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leftLabel)

        self.leftDate = QDateEdit(LeaveDialog)
        self.leftDate.setObjectName(u"leftDate")
        self.leftDate.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leftDate)

        self.outcomeLabel = QLabel(LeaveDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(LeaveDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeaveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LeaveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.leftLabel.setBuddy(self.leftDate)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.leftDate, self.outcomeCombo)

        self.retranslateUi(LeaveDialog)
    # setupUi

    def retranslateUi(self, LeaveDialog):
        LeaveDialog.setWindowTitle(QCoreApplication.translate("LeaveDialog", u"Participant leaves the group", None))
        self.whoLabel.setText("")
        self.leftLabel.setText(QCoreApplication.translate("LeaveDialog", u"&Last day:", None))
#if QT_CONFIG(accessibility)
        self.leftDate.setAccessibleName(QCoreApplication.translate("LeaveDialog", u"Last day in the group", None))
#endif // QT_CONFIG(accessibility)
        self.leftDate.setDisplayFormat(QCoreApplication.translate("LeaveDialog", u"yyyy-MM-dd", None))
        self.outcomeLabel.setText(QCoreApplication.translate("LeaveDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("LeaveDialog", u"Where the participant went", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

