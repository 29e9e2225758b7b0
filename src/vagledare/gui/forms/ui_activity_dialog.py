# Generated from ui/activity_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.setMinimumSize(QSize(520, 0))
        self.verticalLayout = QVBoxLayout(ActivityDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.siteLabel = QLabel(ActivityDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(ActivityDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.dateLabel = QLabel(ActivityDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ActivityDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeLabel = QLabel(ActivityDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.timeCheck = QCheckBox(ActivityDialog)
        self.timeCheck.setObjectName(u"timeCheck")

        self.timeLayout.addWidget(self.timeCheck)

        self.startsEdit = QTimeEdit(ActivityDialog)
        self.startsEdit.setObjectName(u"startsEdit")

        self.timeLayout.addWidget(self.startsEdit)

        self.toLabel = QLabel(ActivityDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeLayout.addWidget(self.toLabel)

        self.endsEdit = QTimeEdit(ActivityDialog)
        self.endsEdit.setObjectName(u"endsEdit")

        self.timeLayout.addWidget(self.endsEdit)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.timeLayout)

        self.kindLabel = QLabel(ActivityDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindCombo = QComboBox(ActivityDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.kindLayout.addWidget(self.kindCombo)

        self.newKindButton = QPushButton(ActivityDialog)
        self.newKindButton.setObjectName(u"newKindButton")
        self.newKindButton.setAutoDefault(False)

        self.kindLayout.addWidget(self.newKindButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.titleLabel = QLabel(ActivityDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ActivityDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(120)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.visitorsLabel = QLabel(ActivityDialog)
        self.visitorsLabel.setObjectName(u"visitorsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.visitorsLabel)

        self.visitorsLayout = QHBoxLayout()
        self.visitorsLayout.setObjectName(u"visitorsLayout")
        self.womenLabel = QLabel(ActivityDialog)
        self.womenLabel.setObjectName(u"womenLabel")

        self.visitorsLayout.addWidget(self.womenLabel)

        self.womenSpin = QSpinBox(ActivityDialog)
        self.womenSpin.setObjectName(u"womenSpin")
        self.womenSpin.setMaximum(1000000)
        self.womenSpin.setGroupSeparatorShown(True)

        self.visitorsLayout.addWidget(self.womenSpin)

        self.menLabel = QLabel(ActivityDialog)
        self.menLabel.setObjectName(u"menLabel")

        self.visitorsLayout.addWidget(self.menLabel)

        self.menSpin = QSpinBox(ActivityDialog)
        self.menSpin.setObjectName(u"menSpin")
        self.menSpin.setMaximum(1000000)
        self.menSpin.setGroupSeparatorShown(True)

        self.visitorsLayout.addWidget(self.menSpin)

        self.unstatedLabel = QLabel(ActivityDialog)
        self.unstatedLabel.setObjectName(u"unstatedLabel")

        self.visitorsLayout.addWidget(self.unstatedLabel)

        self.unstatedSpin = QSpinBox(ActivityDialog)
        self.unstatedSpin.setObjectName(u"unstatedSpin")
        self.unstatedSpin.setMaximum(1000000)
        self.unstatedSpin.setGroupSeparatorShown(True)

        self.visitorsLayout.addWidget(self.unstatedSpin)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.visitorsLayout)

        self.employersLabel = QLabel(ActivityDialog)
        self.employersLabel.setObjectName(u"employersLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.employersLabel)

        self.employersSpin = QSpinBox(ActivityDialog)
        self.employersSpin.setObjectName(u"employersSpin")
        self.employersSpin.setMaximum(1000000)
        self.employersSpin.setGroupSeparatorShown(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.employersSpin)

        self.partnersLabel = QLabel(ActivityDialog)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.partnersLabel)

        self.partnersList = QListWidget(ActivityDialog)
        self.partnersList.setObjectName(u"partnersList")
        self.partnersList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.partnersList)

        self.newPartnersLabel = QLabel(ActivityDialog)
        self.newPartnersLabel.setObjectName(u"newPartnersLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.newPartnersLabel)

        self.newPartnersEdit = QLineEdit(ActivityDialog)
        self.newPartnersEdit.setObjectName(u"newPartnersEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.newPartnersEdit)

        self.staffLabel = QLabel(ActivityDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffList = QListWidget(ActivityDialog)
        self.staffList.setObjectName(u"staffList")
        self.staffList.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.staffList)

        self.noteLabel = QLabel(ActivityDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ActivityDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ActivityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.siteLabel.setBuddy(self.siteCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeCheck)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.visitorsLabel.setBuddy(self.womenSpin)
        self.womenLabel.setBuddy(self.womenSpin)
        self.menLabel.setBuddy(self.menSpin)
        self.unstatedLabel.setBuddy(self.unstatedSpin)
        self.employersLabel.setBuddy(self.employersSpin)
        self.partnersLabel.setBuddy(self.partnersList)
        self.newPartnersLabel.setBuddy(self.newPartnersEdit)
        self.staffLabel.setBuddy(self.staffList)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.siteCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeCheck)
        QWidget.setTabOrder(self.timeCheck, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)
        QWidget.setTabOrder(self.endsEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.newKindButton)
        QWidget.setTabOrder(self.newKindButton, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.womenSpin)
        QWidget.setTabOrder(self.womenSpin, self.menSpin)
        QWidget.setTabOrder(self.menSpin, self.unstatedSpin)
        QWidget.setTabOrder(self.unstatedSpin, self.employersSpin)
        QWidget.setTabOrder(self.employersSpin, self.partnersList)
        QWidget.setTabOrder(self.partnersList, self.newPartnersEdit)
        QWidget.setTabOrder(self.newPartnersEdit, self.staffList)
        QWidget.setTabOrder(self.staffList, self.noteEdit)

        self.retranslateUi(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Activity or event", None))
        self.siteLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Meeting place:", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Meeting place", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Date of the activity", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"yyyy-MM-dd", None))
        self.timeLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Time:", None))
#if QT_CONFIG(accessibility)
        self.timeCheck.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Time given", None))
#endif // QT_CONFIG(accessibility)
        self.timeCheck.setText(QCoreApplication.translate("ActivityDialog", u"From", None))
#if QT_CONFIG(accessibility)
        self.startsEdit.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startsEdit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"HH:mm", None))
        self.toLabel.setText(QCoreApplication.translate("ActivityDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.endsEdit.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endsEdit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"HH:mm", None))
        self.kindLabel.setText(QCoreApplication.translate("ActivityDialog", u"T&ype:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Type of activity", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newKindButton.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Add a type to the list", None))
#endif // QT_CONFIG(accessibility)
        self.newKindButton.setText(QCoreApplication.translate("ActivityDialog", u"Add to &list\u2026", None))
        self.titleLabel.setText(QCoreApplication.translate("ActivityDialog", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.visitorsLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Visitors:", None))
        self.womenLabel.setText(QCoreApplication.translate("ActivityDialog", u"Women", None))
#if QT_CONFIG(accessibility)
        self.womenSpin.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Visitors, women", None))
#endif // QT_CONFIG(accessibility)
        self.menLabel.setText(QCoreApplication.translate("ActivityDialog", u"Men", None))
#if QT_CONFIG(accessibility)
        self.menSpin.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Visitors, men", None))
#endif // QT_CONFIG(accessibility)
        self.unstatedLabel.setText(QCoreApplication.translate("ActivityDialog", u"Not stated", None))
#if QT_CONFIG(accessibility)
        self.unstatedSpin.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Visitors, gender not stated", None))
#endif // QT_CONFIG(accessibility)
        self.employersLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Employers present:", None))
#if QT_CONFIG(accessibility)
        self.employersSpin.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Number of employers present", None))
#endif // QT_CONFIG(accessibility)
        self.partnersLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Partners and employers:", None))
#if QT_CONFIG(accessibility)
        self.partnersList.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Partners and employers from the register", None))
#endif // QT_CONFIG(accessibility)
        self.newPartnersLabel.setText(QCoreApplication.translate("ActivityDialog", u"New pa&rtners:", None))
#if QT_CONFIG(accessibility)
        self.newPartnersEdit.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"New partners, separated by |", None))
#endif // QT_CONFIG(accessibility)
        self.newPartnersEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"Names separated by |", None))
        self.staffLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Staff:", None))
#if QT_CONFIG(accessibility)
        self.staffList.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Staff who ran the activity", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"No personal identity numbers or names of visitors", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Why the activity could not be saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

