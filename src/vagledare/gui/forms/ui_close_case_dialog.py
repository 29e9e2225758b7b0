# Generated from ui/close_case_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CloseCaseDialog(object):
    def setupUi(self, CloseCaseDialog):
        if not CloseCaseDialog.objectName():
            CloseCaseDialog.setObjectName(u"CloseCaseDialog")
        CloseCaseDialog.setMinimumSize(QSize(520, 0))
        self.verticalLayout = QVBoxLayout(CloseCaseDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.caseLabel = QLabel(CloseCaseDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.caseLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(CloseCaseDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(CloseCaseDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(CloseCaseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(CloseCaseDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.definitionLabel = QLabel(CloseCaseDialog)
        self.definitionLabel.setObjectName(u"definitionLabel")
        self.definitionLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.definitionLabel)

        self.kindLabel = QLabel(CloseCaseDialog)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.kindLabel)

        self.summerJobCheck = QCheckBox(CloseCaseDialog)
        self.summerJobCheck.setObjectName(u"summerJobCheck")

        self.verticalLayout.addWidget(self.summerJobCheck)

        self.municipalStudiesCheck = QCheckBox(CloseCaseDialog)
        self.municipalStudiesCheck.setObjectName(u"municipalStudiesCheck")

        self.verticalLayout.addWidget(self.municipalStudiesCheck)

        self.problemLabel = QLabel(CloseCaseDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(CloseCaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.reasonCombo)
        QWidget.setTabOrder(self.reasonCombo, self.summerJobCheck)
        QWidget.setTabOrder(self.summerJobCheck, self.municipalStudiesCheck)

        self.retranslateUi(CloseCaseDialog)
    # setupUi

    def retranslateUi(self, CloseCaseDialog):
        CloseCaseDialog.setWindowTitle(QCoreApplication.translate("CloseCaseDialog", u"Close case", None))
        self.caseLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("CloseCaseDialog", u"&Closing date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Closing date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("CloseCaseDialog", u"yyyy-MM-dd", None))
        self.reasonLabel.setText(QCoreApplication.translate("CloseCaseDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Reason for closing", None))
#endif // QT_CONFIG(accessibility)
        self.definitionLabel.setText("")
        self.kindLabel.setText("")
        self.summerJobCheck.setText(QCoreApplication.translate("CloseCaseDialog", u"Holiday or &summer job", None))
#if QT_CONFIG(accessibility)
        self.summerJobCheck.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Holiday or summer job", None))
#endif // QT_CONFIG(accessibility)
        self.municipalStudiesCheck.setText(QCoreApplication.translate("CloseCaseDialog", u"Studies run by the &municipality (adult education)", None))
#if QT_CONFIG(accessibility)
        self.municipalStudiesCheck.setAccessibleName(QCoreApplication.translate("CloseCaseDialog", u"Studies run by the municipality", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
    # retranslateUi

