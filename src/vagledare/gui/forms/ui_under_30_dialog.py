# Generated from ui/under_30_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_Under30Dialog(object):
    def setupUi(self, Under30Dialog):
        if not Under30Dialog.objectName():
            Under30Dialog.setObjectName(u"Under30Dialog")
        self.verticalLayout = QVBoxLayout(Under30Dialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(Under30Dialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.listView = QTableView(Under30Dialog)
        self.listView.setObjectName(u"listView")
        self.listView.setTabKeyNavigation(False)
        self.listView.setAlternatingRowColors(True)
        self.listView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.listView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.verticalLayout.addWidget(self.listView)

        self.countLabel = QLabel(Under30Dialog)
        self.countLabel.setObjectName(u"countLabel")

        self.verticalLayout.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(Under30Dialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Open)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(Under30Dialog)
    # setupUi

    def retranslateUi(self, Under30Dialog):
        Under30Dialog.setWindowTitle(QCoreApplication.translate("Under30Dialog", u"Under 30 hours a week", None))
        self.introLabel.setText("")
#if QT_CONFIG(accessibility)
        self.listView.setAccessibleName(QCoreApplication.translate("Under30Dialog", u"Participants under 30 hours a week", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
    # retranslateUi

