# Generated from ui/remove_contact_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RemoveContactDialog(object):
    def setupUi(self, RemoveContactDialog):
        if not RemoveContactDialog.objectName():
            RemoveContactDialog.setObjectName(u"RemoveContactDialog")
        RemoveContactDialog.setMinimumSize(QSize(460, 0))
        self.verticalLayout = QVBoxLayout(RemoveContactDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.caseLabel = QLabel(RemoveContactDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.caseLabel)

        self.contactLabel = QLabel(RemoveContactDialog)
        self.contactLabel.setObjectName(u"contactLabel")
        self.contactLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.contactLabel)

        self.explanationLabel = QLabel(RemoveContactDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setProperty(u"muted", True)

        self.verticalLayout.addWidget(self.explanationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.reasonLabel = QLabel(RemoveContactDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(RemoveContactDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(RemoveContactDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(RemoveContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RemoveContactDialog)
    # setupUi

    def retranslateUi(self, RemoveContactDialog):
        RemoveContactDialog.setWindowTitle(QCoreApplication.translate("RemoveContactDialog", u"Remove contact", None))
        self.caseLabel.setText("")
        self.contactLabel.setText("")
        self.explanationLabel.setText(QCoreApplication.translate("RemoveContactDialog", u"The contact is deleted from the case and from the reports. The audit log keeps its date and type, who removed it and why; the note is not kept.", None))
        self.reasonLabel.setText(QCoreApplication.translate("RemoveContactDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("RemoveContactDialog", u"Why the contact is removed", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("RemoveContactDialog", u"Required, e.g. logged on the wrong case", None))
        self.problemLabel.setText("")
    # retranslateUi

