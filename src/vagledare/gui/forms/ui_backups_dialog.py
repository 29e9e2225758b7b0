# Generated from ui/backups_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        self.mainLayout = QVBoxLayout(BackupsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.locationLabel = QLabel(BackupsDialog)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.locationLabel)

        self.backupView = QTableView(BackupsDialog)
        self.backupView.setObjectName(u"backupView")

        self.mainLayout.addWidget(self.backupView)

        self.previewLabel = QLabel(BackupsDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.previewLabel)

        self.progressBar = QProgressBar(BackupsDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.mainLayout.addWidget(self.progressBar)

        self.messageLabel = QLabel(BackupsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.takeButton = QPushButton(BackupsDialog)
        self.takeButton.setObjectName(u"takeButton")

        self.actionRow.addWidget(self.takeButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.actionRow.addWidget(self.restoreButton)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionRow)

        self.buttonBox = QDialogButtonBox(BackupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.backupView, self.takeButton)
        QWidget.setTabOrder(self.takeButton, self.restoreButton)

        self.retranslateUi(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        self.locationLabel.setText("")
#if QT_CONFIG(accessibility)
        self.backupView.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups of this journal", None))
#endif // QT_CONFIG(accessibility)
        self.previewLabel.setText("")
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"What the chosen backup holds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.takeButton.setText(QCoreApplication.translate("BackupsDialog", u"&Take a backup now", None))
#if QT_CONFIG(accessibility)
        self.takeButton.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Take a backup now", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore from the chosen backup\u2026", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Restore the journal from the chosen backup", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

