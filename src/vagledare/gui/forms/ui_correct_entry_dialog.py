# Generated from ui/correct_entry_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CorrectEntryDialog(object):
    def setupUi(self, CorrectEntryDialog):
        if not CorrectEntryDialog.objectName():
            CorrectEntryDialog.setObjectName(u"CorrectEntryDialog")
        CorrectEntryDialog.setMinimumSize(QSize(420, 0))
        self.verticalLayout = QVBoxLayout(CorrectEntryDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.entryLabel = QLabel(CorrectEntryDialog)
        self.entryLabel.setObjectName(u"entryLabel")
        self.entryLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.entryLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.categoryLabel = QLabel(CorrectEntryDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(CorrectEntryDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.ageBandLabel = QLabel(CorrectEntryDialog)
        self.ageBandLabel.setObjectName(u"ageBandLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ageBandLabel)

        self.ageBandCombo = QComboBox(CorrectEntryDialog)
        self.ageBandCombo.setObjectName(u"ageBandCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ageBandCombo)

        self.genderLabel = QLabel(CorrectEntryDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(CorrectEntryDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(CorrectEntryDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.noteLabel)

        self.problemLabel = QLabel(CorrectEntryDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(CorrectEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.ageBandLabel.setBuddy(self.ageBandCombo)
        self.genderLabel.setBuddy(self.genderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryCombo, self.ageBandCombo)
        QWidget.setTabOrder(self.ageBandCombo, self.genderCombo)

        self.retranslateUi(CorrectEntryDialog)
    # setupUi

    def retranslateUi(self, CorrectEntryDialog):
        CorrectEntryDialog.setWindowTitle(QCoreApplication.translate("CorrectEntryDialog", u"Change entry", None))
        self.entryLabel.setText("")
        self.categoryLabel.setText(QCoreApplication.translate("CorrectEntryDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("CorrectEntryDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.ageBandLabel.setText(QCoreApplication.translate("CorrectEntryDialog", u"&Age band:", None))
#if QT_CONFIG(accessibility)
        self.ageBandCombo.setAccessibleName(QCoreApplication.translate("CorrectEntryDialog", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("CorrectEntryDialog", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("CorrectEntryDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("CorrectEntryDialog", u"The time and who logged it stay as they are; the audit log keeps the earlier values.", None))
        self.problemLabel.setText("")
    # retranslateUi

