# Generated from ui/contact_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.setMinimumSize(QSize(460, 0))
        self.verticalLayout = QVBoxLayout(ContactDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.caseLabel = QLabel(ContactDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.caseLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(ContactDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ContactDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.typeLabel = QLabel(ContactDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(ContactDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.noteLabel = QLabel(ContactDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ContactDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.attendedLabel = QLabel(ContactDialog)
        self.attendedLabel.setObjectName(u"attendedLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attendedLabel)

        self.attendedLayout = QHBoxLayout()
        self.attendedLayout.setObjectName(u"attendedLayout")
        self.attendedSpin = QSpinBox(ContactDialog)
        self.attendedSpin.setObjectName(u"attendedSpin")
        self.attendedSpin.setMinimum(-1)
        self.attendedSpin.setMaximum(80)
        self.attendedSpin.setValue(-1)

        self.attendedLayout.addWidget(self.attendedSpin)

        self.attendedWarning = QLabel(ContactDialog)
        self.attendedWarning.setObjectName(u"attendedWarning")

        self.attendedLayout.addWidget(self.attendedWarning)

        self.attendedSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendedLayout.addItem(self.attendedSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.attendedLayout)


        self.verticalLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ContactDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.noteLabel.setBuddy(self.noteEdit)
        self.attendedLabel.setBuddy(self.attendedSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.attendedSpin)

        self.retranslateUi(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"New contact", None))
        self.caseLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("ContactDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Date of the contact", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ContactDialog", u"yyyy-MM-dd", None))
        self.typeLabel.setText(QCoreApplication.translate("ContactDialog", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Type of contact", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ContactDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Short note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"Optional, one line; no names or identity numbers", None))
        self.attendedLabel.setText(QCoreApplication.translate("ContactDialog", u"&Hours attended last week:", None))
#if QT_CONFIG(accessibility)
        self.attendedSpin.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Hours of activity attended in the past week (aktivitetsplikt)", None))
#endif // QT_CONFIG(accessibility)
        self.attendedWarning.setText("")
        self.problemLabel.setText("")
    # retranslateUi

