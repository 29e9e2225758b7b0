# Generated from ui/first_start_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.setMinimumSize(QSize(460, 0))
        self.verticalLayout = QVBoxLayout(FirstStartDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(FirstStartDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.siteLabel = QLabel(FirstStartDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(FirstStartDialog)
        self.siteCombo.setObjectName(u"siteCombo")
        self.siteCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.staffLabel = QLabel(FirstStartDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffEdit = QLineEdit(FirstStartDialog)
        self.staffEdit.setObjectName(u"staffEdit")
        self.staffEdit.setMaxLength(80)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staffEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(FirstStartDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FirstStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.siteLabel.setBuddy(self.siteCombo)
        self.staffLabel.setBuddy(self.staffEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"Welcome to V\u00e4gledare", None))
        self.introLabel.setText(QCoreApplication.translate("FirstStartDialog", u"Choose the meeting place where this desk logs its visits, and write your name or initials. You will not be asked again on this computer.", None))
        self.siteLabel.setText(QCoreApplication.translate("FirstStartDialog", u"&Meeting place:", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("FirstStartDialog", u"Meeting place", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.siteCombo.setToolTip(QCoreApplication.translate("FirstStartDialog", u"Pick a meeting place or type the name of a new one", None))
#endif // QT_CONFIG(tooltip)
        self.staffLabel.setText(QCoreApplication.translate("FirstStartDialog", u"Your &name or initials:", None))
#if QT_CONFIG(accessibility)
        self.staffEdit.setAccessibleName(QCoreApplication.translate("FirstStartDialog", u"Your name or initials", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

