# Generated from ui/session_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.setMinimumSize(QSize(380, 0))
        self.verticalLayout = QVBoxLayout(SessionDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(SessionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(SessionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startsLabel = QLabel(SessionDialog)
        self.startsLabel.setObjectName(u"startsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsEdit = QTimeEdit(SessionDialog)
        self.startsEdit.setObjectName(u"startsEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startsEdit)

        self.endsLabel = QLabel(SessionDialog)
        self.endsLabel.setObjectName(u"endsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endsLabel)

        self.endsEdit = QTimeEdit(SessionDialog)
        self.endsEdit.setObjectName(u"endsEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endsEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SessionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startsLabel.setBuddy(self.startsEdit)
        self.endsLabel.setBuddy(self.endsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)

        self.retranslateUi(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.dateLabel.setText(QCoreApplication.translate("SessionDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Date of the session", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"yyyy-MM-dd", None))
        self.startsLabel.setText(QCoreApplication.translate("SessionDialog", u"&Starts:", None))
#if QT_CONFIG(accessibility)
        self.startsEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startsEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
        self.endsLabel.setText(QCoreApplication.translate("SessionDialog", u"&Ends:", None))
#if QT_CONFIG(accessibility)
        self.endsEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endsEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"HH:mm", None))
        self.errorLabel.setText("")
    # retranslateUi

