# Generated from ui/new_case_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.setMinimumSize(QSize(520, 0))
        self.verticalLayout = QVBoxLayout(NewCaseDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(NewCaseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.quickCaseLabel = QLabel(NewCaseDialog)
        self.quickCaseLabel.setObjectName(u"quickCaseLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quickCaseLabel)

        self.quickCaseCombo = QComboBox(NewCaseDialog)
        self.quickCaseCombo.setObjectName(u"quickCaseCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quickCaseCombo)

        self.codeLabel = QLabel(NewCaseDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(NewCaseDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.siteLabel = QLabel(NewCaseDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(NewCaseDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.routeLabel = QLabel(NewCaseDialog)
        self.routeLabel.setObjectName(u"routeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(NewCaseDialog)
        self.routeCombo.setObjectName(u"routeCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.sourceLabel = QLabel(NewCaseDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(NewCaseDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.genderLabel = QLabel(NewCaseDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(NewCaseDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.ageBandLabel = QLabel(NewCaseDialog)
        self.ageBandLabel.setObjectName(u"ageBandLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ageBandLabel)

        self.ageBandCombo = QComboBox(NewCaseDialog)
        self.ageBandCombo.setObjectName(u"ageBandCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ageBandCombo)

        self.coachLabel = QLabel(NewCaseDialog)
        self.coachLabel.setObjectName(u"coachLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.coachLabel)

        self.coachCombo = QComboBox(NewCaseDialog)
        self.coachCombo.setObjectName(u"coachCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.coachCombo)

        self.startLabel = QLabel(NewCaseDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = QDateEdit(NewCaseDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.startDate)


        self.verticalLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(NewCaseDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(NewCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.quickCaseLabel.setBuddy(self.quickCaseCombo)
        self.codeLabel.setBuddy(self.codeEdit)
        self.siteLabel.setBuddy(self.siteCombo)
        self.routeLabel.setBuddy(self.routeCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.genderLabel.setBuddy(self.genderCombo)
        self.ageBandLabel.setBuddy(self.ageBandCombo)
        self.coachLabel.setBuddy(self.coachCombo)
        self.startLabel.setBuddy(self.startDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quickCaseCombo, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.siteCombo)
        QWidget.setTabOrder(self.siteCombo, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.ageBandCombo)
        QWidget.setTabOrder(self.ageBandCombo, self.coachCombo)
        QWidget.setTabOrder(self.coachCombo, self.startDate)

        self.retranslateUi(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.introLabel.setText(QCoreApplication.translate("NewCaseDialog", u"A case follows one participant code over weeks or months. Leave the code empty to generate one; never write a personal identity number or a name.", None))
        self.quickCaseLabel.setText(QCoreApplication.translate("NewCaseDialog", u"From &quick case:", None))
#if QT_CONFIG(accessibility)
        self.quickCaseCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Start from a quick case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.quickCaseCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"A quick case that turned into a case keeps its day, meeting place, gender and age band", None))
#endif // QT_CONFIG(tooltip)
        self.codeLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Participant &code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Participant code", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Empty: generate a new code", None))
        self.siteLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Meeting place:", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Meeting place", None))
#endif // QT_CONFIG(accessibility)
        self.routeLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Route:", None))
#if QT_CONFIG(accessibility)
        self.routeCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Route", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Found us &through:", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"How the person found the desk", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.ageBandLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Age band:", None))
#if QT_CONFIG(accessibility)
        self.ageBandCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Age band at intake", None))
#endif // QT_CONFIG(accessibility)
        self.coachLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Responsible c&oach:", None))
#if QT_CONFIG(accessibility)
        self.coachCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Responsible coach", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Start date:", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.startDate.setDisplayFormat(QCoreApplication.translate("NewCaseDialog", u"yyyy-MM-dd", None))
        self.problemLabel.setText("")
    # retranslateUi

