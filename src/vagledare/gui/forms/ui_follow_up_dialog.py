# Generated from ui/follow_up_dialog.ui by tools/build_qt.py — do not edit.
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

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.setMinimumSize(QSize(480, 0))
        self.verticalLayout = QVBoxLayout(FollowUpDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.caseLabel = QLabel(FollowUpDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.caseLabel)

        self.closingLabel = QLabel(FollowUpDialog)
        self.closingLabel.setObjectName(u"closingLabel")
        self.closingLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.closingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(FollowUpDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(FollowUpDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.statusLabel = QLabel(FollowUpDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(FollowUpDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(FollowUpDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(FollowUpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.statusCombo)

        self.retranslateUi(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Follow-up after closing", None))
        self.caseLabel.setText("")
        self.closingLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Followed up &on:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Date of the follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("FollowUpDialog", u"yyyy-MM-dd", None))
        self.statusLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Status at the follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
    # retranslateUi

