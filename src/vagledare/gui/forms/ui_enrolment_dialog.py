# Generated from ui/enrolment_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_EnrolmentDialog(object):
    def setupUi(self, EnrolmentDialog):
        if not EnrolmentDialog.objectName():
            EnrolmentDialog.setObjectName(u"EnrolmentDialog")
        EnrolmentDialog.setMinimumSize(QSize(460, 0))
        self.verticalLayout = QVBoxLayout(EnrolmentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.codeLabel = QLabel(EnrolmentDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeEdit = QLineEdit(EnrolmentDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.codeRow.addWidget(self.codeEdit)

        self.newCodeButton = QPushButton(EnrolmentDialog)
        self.newCodeButton.setObjectName(u"newCodeButton")

        self.codeRow.addWidget(self.newCodeButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.codeRow)

        self.knownLabel = QLabel(EnrolmentDialog)
        self.knownLabel.setObjectName(u"knownLabel")
        self.knownLabel.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.knownLabel)

        self.genderLabel = QLabel(EnrolmentDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(EnrolmentDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.ageBandLabel = QLabel(EnrolmentDialog)
        self.ageBandLabel.setObjectName(u"ageBandLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ageBandLabel)

        self.ageBandCombo = QComboBox(EnrolmentDialog)
        self.ageBandCombo.setObjectName(u"ageBandCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ageBandCombo)

        self.routeLabel = QLabel(EnrolmentDialog)
        self.routeLabel.setObjectName(u"routeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(EnrolmentDialog)
        self.routeCombo.setObjectName(u"routeCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.enrolledLabel = QLabel(EnrolmentDialog)
        self.enrolledLabel.setObjectName(u"enrolledLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.enrolledLabel)

        self.enrolledDate = QDateEdit(EnrolmentDialog)
        self.enrolledDate.setObjectName(u"enrolledDate")
        self.enrolledDate.setCalendarPopup(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.enrolledDate)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EnrolmentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EnrolmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.ageBandLabel.setBuddy(self.ageBandCombo)
        self.routeLabel.setBuddy(self.routeCombo)
        self.enrolledLabel.setBuddy(self.enrolledDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.newCodeButton)
        QWidget.setTabOrder(self.newCodeButton, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.ageBandCombo)
        QWidget.setTabOrder(self.ageBandCombo, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.enrolledDate)

        self.retranslateUi(EnrolmentDialog)
    # setupUi

    def retranslateUi(self, EnrolmentDialog):
        EnrolmentDialog.setWindowTitle(QCoreApplication.translate("EnrolmentDialog", u"Enrol a participant", None))
        self.codeLabel.setText(QCoreApplication.translate("EnrolmentDialog", u"&Participant code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Participant code", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("EnrolmentDialog", u"e.g. \u00c5RB-2023-0012", None))
        self.newCodeButton.setText(QCoreApplication.translate("EnrolmentDialog", u"&New code", None))
#if QT_CONFIG(accessibility)
        self.newCodeButton.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Generate a new participant code", None))
#endif // QT_CONFIG(accessibility)
        self.knownLabel.setText("")
        self.genderLabel.setText(QCoreApplication.translate("EnrolmentDialog", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.ageBandLabel.setText(QCoreApplication.translate("EnrolmentDialog", u"&Age band:", None))
#if QT_CONFIG(accessibility)
        self.ageBandCombo.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.routeLabel.setText(QCoreApplication.translate("EnrolmentDialog", u"&Route:", None))
#if QT_CONFIG(accessibility)
        self.routeCombo.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Route into the group", None))
#endif // QT_CONFIG(accessibility)
        self.enrolledLabel.setText(QCoreApplication.translate("EnrolmentDialog", u"&Enrolled on:", None))
#if QT_CONFIG(accessibility)
        self.enrolledDate.setAccessibleName(QCoreApplication.translate("EnrolmentDialog", u"Enrolment date", None))
#endif // QT_CONFIG(accessibility)
        self.enrolledDate.setDisplayFormat(QCoreApplication.translate("EnrolmentDialog", u"yyyy-MM-dd", None))
        self.errorLabel.setText("")
    # retranslateUi

