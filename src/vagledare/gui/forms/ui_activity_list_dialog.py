# Generated from ui/activity_list_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ActivityListDialog(object):
    def setupUi(self, ActivityListDialog):
        if not ActivityListDialog.objectName():
            ActivityListDialog.setObjectName(u"ActivityListDialog")
        self.mainLayout = QVBoxLayout(ActivityListDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.siteLabel = QLabel(ActivityListDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.filterRow.addWidget(self.siteLabel)

        self.siteCombo = QComboBox(ActivityListDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.filterRow.addWidget(self.siteCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.previousButton = QPushButton(ActivityListDialog)
        self.previousButton.setObjectName(u"previousButton")

        self.filterRow.addWidget(self.previousButton)

        self.monthLabel = QLabel(ActivityListDialog)
        self.monthLabel.setObjectName(u"monthLabel")
        self.monthLabel.setMinimumSize(QSize(140, 0))
        self.monthLabel.setAlignment(Qt.AlignCenter)

        self.filterRow.addWidget(self.monthLabel)

        self.nextButton = QPushButton(ActivityListDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.filterRow.addWidget(self.nextButton)


        self.mainLayout.addLayout(self.filterRow)

        self.activityView = QTableView(ActivityListDialog)
        self.activityView.setObjectName(u"activityView")

        self.mainLayout.addWidget(self.activityView)

        self.summaryLabel = QLabel(ActivityListDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(ActivityListDialog)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.editButton = QPushButton(ActivityListDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(ActivityListDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonRow)

        self.messageLabel = QLabel(ActivityListDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ActivityListDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.siteLabel.setBuddy(self.siteCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.siteCombo, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.activityView)
        QWidget.setTabOrder(self.activityView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)

        self.retranslateUi(ActivityListDialog)
    # setupUi

    def retranslateUi(self, ActivityListDialog):
        ActivityListDialog.setWindowTitle(QCoreApplication.translate("ActivityListDialog", u"Activities and events", None))
        self.siteLabel.setText(QCoreApplication.translate("ActivityListDialog", u"&Meeting place:", None))
#if QT_CONFIG(accessibility)
        self.siteCombo.setAccessibleName(QCoreApplication.translate("ActivityListDialog", u"Meeting place whose activities are shown", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("ActivityListDialog", u"\u2190", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("ActivityListDialog", u"Previous month (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("ActivityListDialog", u"Previous month", None))
#endif // QT_CONFIG(accessibility)
        self.monthLabel.setText("")
        self.nextButton.setText(QCoreApplication.translate("ActivityListDialog", u"\u2192", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ActivityListDialog", u"Next month (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("ActivityListDialog", u"Next month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.activityView.setAccessibleName(QCoreApplication.translate("ActivityListDialog", u"Activities and events of the month", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("ActivityListDialog", u"&New\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("ActivityListDialog", u"Log a new activity or event", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("ActivityListDialog", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("ActivityListDialog", u"Edit the chosen activity", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("ActivityListDialog", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("ActivityListDialog", u"Delete the chosen activity", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
    # retranslateUi

