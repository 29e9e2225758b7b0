# Generated from ui/resources_dialog.ui by tools/build_qt.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_ResourcesDialog(object):
    def setupUi(self, ResourcesDialog):
        if not ResourcesDialog.objectName():
            ResourcesDialog.setObjectName(u"ResourcesDialog")
        ResourcesDialog.setMinimumSize(QSize(560, 0))
        self.verticalLayout = QVBoxLayout(ResourcesDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ResourcesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.yearsView = QTableView(ResourcesDialog)
        self.yearsView.setObjectName(u"yearsView")
        self.yearsView.setTabKeyNavigation(False)
        self.yearsView.setAlternatingRowColors(True)
        self.yearsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.yearsView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.verticalLayout.addWidget(self.yearsView)

        self.editGroup = QGroupBox(ResourcesDialog)
        self.editGroup.setObjectName(u"editGroup")
        self.formLayout = QFormLayout(self.editGroup)
        self.formLayout.setObjectName(u"formLayout")
        self.yearLabel = QLabel(self.editGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.editGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.unitLabel = QLabel(self.editGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.editGroup)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.citizenLabel = QLabel(self.editGroup)
        self.citizenLabel.setObjectName(u"citizenLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.citizenLabel)

        self.citizenSpin = QDoubleSpinBox(self.editGroup)
        self.citizenSpin.setObjectName(u"citizenSpin")
        self.citizenSpin.setMaximum(1000.000000000000000)
        self.citizenSpin.setSingleStep(0.500000000000000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.citizenSpin)

        self.referredLabel = QLabel(self.editGroup)
        self.referredLabel.setObjectName(u"referredLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referredLabel)

        self.referredSpin = QDoubleSpinBox(self.editGroup)
        self.referredSpin.setObjectName(u"referredSpin")
        self.referredSpin.setMaximum(1000.000000000000000)
        self.referredSpin.setSingleStep(0.500000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referredSpin)

        self.costLabel = QLabel(self.editGroup)
        self.costLabel.setObjectName(u"costLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costSpin = QSpinBox(self.editGroup)
        self.costSpin.setObjectName(u"costSpin")
        self.costSpin.setMaximum(10000000)
        self.costSpin.setSingleStep(1000)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.costSpin)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveButton = QPushButton(self.editGroup)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.saveLayout.addWidget(self.saveButton)

        self.saveSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.saveLayout)


        self.verticalLayout.addWidget(self.editGroup)

        self.problemLabel = QLabel(ResourcesDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ResourcesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.unitLabel.setBuddy(self.unitCombo)
        self.citizenLabel.setBuddy(self.citizenSpin)
        self.referredLabel.setBuddy(self.referredSpin)
        self.costLabel.setBuddy(self.costSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.citizenSpin)
        QWidget.setTabOrder(self.citizenSpin, self.referredSpin)
        QWidget.setTabOrder(self.referredSpin, self.costSpin)
        QWidget.setTabOrder(self.costSpin, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.yearsView)

        self.retranslateUi(ResourcesDialog)
    # setupUi

    def retranslateUi(self, ResourcesDialog):
        ResourcesDialog.setWindowTitle(QCoreApplication.translate("ResourcesDialog", u"Resources per year", None))
        self.introLabel.setText(QCoreApplication.translate("ResourcesDialog", u"Full-time equivalents (FTEs) per route and the personnel cost per FTE and year, for each calendar year. The resource table counts every year with its own figures. 0 FTEs: the route is not counted that year.", None))
#if QT_CONFIG(accessibility)
        self.yearsView.setAccessibleName(QCoreApplication.translate("ResourcesDialog", u"Stored resources per year", None))
#endif // QT_CONFIG(accessibility)
        self.editGroup.setTitle(QCoreApplication.translate("ResourcesDialog", u"Enter a year", None))
        self.yearLabel.setText(QCoreApplication.translate("ResourcesDialog", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("ResourcesDialog", u"Calendar year", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("ResourcesDialog", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("ResourcesDialog", u"Meeting place, group or the whole journal", None))
#endif // QT_CONFIG(accessibility)
        self.citizenLabel.setText(QCoreApplication.translate("ResourcesDialog", u"FTEs, c&itizen service:", None))
#if QT_CONFIG(accessibility)
        self.citizenSpin.setAccessibleName(QCoreApplication.translate("ResourcesDialog", u"FTEs for citizen service", None))
#endif // QT_CONFIG(accessibility)
        self.referredLabel.setText(QCoreApplication.translate("ResourcesDialog", u"FTEs, &referred:", None))
#if QT_CONFIG(accessibility)
        self.referredSpin.setAccessibleName(QCoreApplication.translate("ResourcesDialog", u"FTEs for referred cases", None))
#endif // QT_CONFIG(accessibility)
        self.costLabel.setText(QCoreApplication.translate("ResourcesDialog", u"&Personnel cost per FTE and year:", None))
#if QT_CONFIG(accessibility)
        self.costSpin.setAccessibleName(QCoreApplication.translate("ResourcesDialog", u"Personnel cost per FTE and year in kronor", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ResourcesDialog", u"&Save the year", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ResourcesDialog", u"Save the figures of this year", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
    # retranslateUi

