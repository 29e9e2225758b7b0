# Generated from ui/report_page.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReportPage(object):
    def setupUi(self, ReportPage):
        if not ReportPage.objectName():
            ReportPage.setObjectName(u"ReportPage")
        self.mainLayout = QHBoxLayout(ReportPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.selectionBox = QGroupBox(ReportPage)
        self.selectionBox.setObjectName(u"selectionBox")
        self.selectionBox.setMaximumSize(QSize(340, 16777215))
        self.selectionLayout = QVBoxLayout(self.selectionBox)
        self.selectionLayout.setObjectName(u"selectionLayout")
        self.periodForm = QFormLayout()
        self.periodForm.setObjectName(u"periodForm")
        self.reportLabel = QLabel(self.selectionBox)
        self.reportLabel.setObjectName(u"reportLabel")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportLabel)

        self.reportCombo = QComboBox(self.selectionBox)
        self.reportCombo.setObjectName(u"reportCombo")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportCombo)

        self.periodKindLabel = QLabel(self.selectionBox)
        self.periodKindLabel.setObjectName(u"periodKindLabel")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodKindLabel)

        self.periodKindCombo = QComboBox(self.selectionBox)
        self.periodKindCombo.setObjectName(u"periodKindCombo")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodKindCombo)

        self.yearLabel = QLabel(self.selectionBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.periodForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.selectionBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.monthLabel = QLabel(self.selectionBox)
        self.monthLabel.setObjectName(u"monthLabel")

        self.periodForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthCombo = QComboBox(self.selectionBox)
        self.monthCombo.setObjectName(u"monthCombo")

        self.periodForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.monthCombo)

        self.quarterLabel = QLabel(self.selectionBox)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.periodForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarterCombo = QComboBox(self.selectionBox)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.periodForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quarterCombo)

        self.fromLabel = QLabel(self.selectionBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = QDateEdit(self.selectionBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.periodForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.toLabel = QLabel(self.selectionBox)
        self.toLabel.setObjectName(u"toLabel")

        self.periodForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDate = QDateEdit(self.selectionBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.periodForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.toDate)


        self.selectionLayout.addLayout(self.periodForm)

        self.sitesLabel = QLabel(self.selectionBox)
        self.sitesLabel.setObjectName(u"sitesLabel")

        self.selectionLayout.addWidget(self.sitesLabel)

        self.siteList = QListWidget(self.selectionBox)
        self.siteList.setObjectName(u"siteList")

        self.selectionLayout.addWidget(self.siteList)

        self.showButton = QPushButton(self.selectionBox)
        self.showButton.setObjectName(u"showButton")

        self.selectionLayout.addWidget(self.showButton)


        self.mainLayout.addWidget(self.selectionBox)

        self.previewLayout = QVBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.titleLabel = QLabel(ReportPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(ReportPage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")

        self.previewLayout.addWidget(self.subtitleLabel)

        self.tableView = QTableView(ReportPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.ContiguousSelection)

        self.previewLayout.addWidget(self.tableView)

        self.notesLabel = QLabel(ReportPage)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.notesLabel)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportLayout.addItem(self.exportSpacer)

        self.printButton = QPushButton(ReportPage)
        self.printButton.setObjectName(u"printButton")

        self.exportLayout.addWidget(self.printButton)

        self.pdfButton = QPushButton(ReportPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.exportLayout.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(ReportPage)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.exportLayout.addWidget(self.xlsxButton)

        self.csvButton = QPushButton(ReportPage)
        self.csvButton.setObjectName(u"csvButton")

        self.exportLayout.addWidget(self.csvButton)


        self.previewLayout.addLayout(self.exportLayout)


        self.mainLayout.addLayout(self.previewLayout)

#if QT_CONFIG(shortcut)
        self.reportLabel.setBuddy(self.reportCombo)
        self.periodKindLabel.setBuddy(self.periodKindCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.monthLabel.setBuddy(self.monthCombo)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.sitesLabel.setBuddy(self.siteList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportPage)

        self.showButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReportPage):
        self.selectionBox.setTitle(QCoreApplication.translate("ReportPage", u"Selection", None))
        self.reportLabel.setText(QCoreApplication.translate("ReportPage", u"&Report:", None))
#if QT_CONFIG(accessibility)
        self.reportCombo.setAccessibleName(QCoreApplication.translate("ReportPage", u"Report", None))
#endif // QT_CONFIG(accessibility)
        self.periodKindLabel.setText(QCoreApplication.translate("ReportPage", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodKindCombo.setAccessibleName(QCoreApplication.translate("ReportPage", u"Kind of period", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("ReportPage", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("ReportPage", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.monthLabel.setText(QCoreApplication.translate("ReportPage", u"&Month:", None))
#if QT_CONFIG(accessibility)
        self.monthCombo.setAccessibleName(QCoreApplication.translate("ReportPage", u"Month", None))
#endif // QT_CONFIG(accessibility)
        self.quarterLabel.setText(QCoreApplication.translate("ReportPage", u"&Quarter:", None))
#if QT_CONFIG(accessibility)
        self.quarterCombo.setAccessibleName(QCoreApplication.translate("ReportPage", u"Quarter", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("ReportPage", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ReportPage", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ReportPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ReportPage", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.sitesLabel.setText(QCoreApplication.translate("ReportPage", u"&Meeting places:", None))
#if QT_CONFIG(accessibility)
        self.siteList.setAccessibleName(QCoreApplication.translate("ReportPage", u"Meeting places in the report", None))
#endif // QT_CONFIG(accessibility)
        self.showButton.setText(QCoreApplication.translate("ReportPage", u"&Show report", None))
#if QT_CONFIG(accessibility)
        self.showButton.setAccessibleName(QCoreApplication.translate("ReportPage", u"Show report", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText("")
        self.subtitleLabel.setText("")
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("ReportPage", u"Report table", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("ReportPage", u"P&rint\u2026 (Ctrl+P)", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("ReportPage", u"Print the report", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("ReportPage", u"Save as &PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("ReportPage", u"Save as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.xlsxButton.setText(QCoreApplication.translate("ReportPage", u"Save as &Excel\u2026", None))
#if QT_CONFIG(accessibility)
        self.xlsxButton.setAccessibleName(QCoreApplication.translate("ReportPage", u"Save as Excel", None))
#endif // QT_CONFIG(accessibility)
        self.csvButton.setText(QCoreApplication.translate("ReportPage", u"Save as &CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.csvButton.setAccessibleName(QCoreApplication.translate("ReportPage", u"Save as CSV", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

