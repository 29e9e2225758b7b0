# Generated from ui/entry_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.setMinimumSize(QSize(420, 0))
        self.verticalLayout = QVBoxLayout(EntryDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.categoryLabel = QLabel(EntryDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(EntryDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.ageBandLabel = QLabel(EntryDialog)
        self.ageBandLabel.setObjectName(u"ageBandLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ageBandLabel)

        self.ageBandCombo = QComboBox(EntryDialog)
        self.ageBandCombo.setObjectName(u"ageBandCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ageBandCombo)

        self.genderLabel = QLabel(EntryDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(EntryDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.countLabel = QLabel(EntryDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countLabel)

        self.countSpin = QSpinBox(EntryDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countSpin)

        self.timeLabel = QLabel(EntryDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QDateTimeEdit(EntryDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setCalendarPopup(True)
        self.timeEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.timeEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(EntryDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(EntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.ageBandLabel.setBuddy(self.ageBandCombo)
        self.genderLabel.setBuddy(self.genderCombo)
        self.countLabel.setBuddy(self.countSpin)
        self.timeLabel.setBuddy(self.timeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryCombo, self.ageBandCombo)
        QWidget.setTabOrder(self.ageBandCombo, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.countSpin)
        QWidget.setTabOrder(self.countSpin, self.timeEdit)

        self.retranslateUi(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"Log several or at another time", None))
        self.categoryLabel.setText(QCoreApplication.translate("EntryDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.ageBandLabel.setText(QCoreApplication.translate("EntryDialog", u"&Age band:", None))
#if QT_CONFIG(accessibility)
        self.ageBandCombo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("EntryDialog", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText(QCoreApplication.translate("EntryDialog", u"&Number:", None))
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Number of quick cases", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("EntryDialog", u"&Time:", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Date and time of the visit", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
    # retranslateUi

