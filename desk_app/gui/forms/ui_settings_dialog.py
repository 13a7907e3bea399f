# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(1040, 640)
        self.rootLayout = QVBoxLayout(SettingsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.settingsIntro = QLabel(SettingsDialog)
        self.settingsIntro.setObjectName(u"settingsIntro")
        self.settingsIntro.setWordWrap(True)

        self.rootLayout.addWidget(self.settingsIntro)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.printingGroup = QGroupBox(SettingsDialog)
        self.printingGroup.setObjectName(u"printingGroup")
        self.printingGrid = QGridLayout(self.printingGroup)
        self.printingGrid.setObjectName(u"printingGrid")
        self.formHeader = QLabel(self.printingGroup)
        self.formHeader.setObjectName(u"formHeader")

        self.printingGrid.addWidget(self.formHeader, 0, 0, 1, 1)

        self.printerHeader = QLabel(self.printingGroup)
        self.printerHeader.setObjectName(u"printerHeader")

        self.printingGrid.addWidget(self.printerHeader, 0, 1, 1, 1)

        self.paperHeader = QLabel(self.printingGroup)
        self.paperHeader.setObjectName(u"paperHeader")

        self.printingGrid.addWidget(self.paperHeader, 0, 2, 1, 1)

        self.receiptLabel = QLabel(self.printingGroup)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.printingGrid.addWidget(self.receiptLabel, 1, 0, 1, 1)

        self.settingsPrinterReceipt = QComboBox(self.printingGroup)
        self.settingsPrinterReceipt.setObjectName(u"settingsPrinterReceipt")

        self.printingGrid.addWidget(self.settingsPrinterReceipt, 1, 1, 1, 1)

        self.settingsPaperReceipt = QComboBox(self.printingGroup)
        self.settingsPaperReceipt.setObjectName(u"settingsPaperReceipt")

        self.printingGrid.addWidget(self.settingsPaperReceipt, 1, 2, 1, 1)

        self.settingsReceiptError = QLabel(self.printingGroup)
        self.settingsReceiptError.setObjectName(u"settingsReceiptError")
        self.settingsReceiptError.setWordWrap(True)

        self.printingGrid.addWidget(self.settingsReceiptError, 2, 1, 1, 2)

        self.supplementRequestLabel = QLabel(self.printingGroup)
        self.supplementRequestLabel.setObjectName(u"supplementRequestLabel")

        self.printingGrid.addWidget(self.supplementRequestLabel, 3, 0, 1, 1)

        self.settingsPrinterSupplementRequest = QComboBox(self.printingGroup)
        self.settingsPrinterSupplementRequest.setObjectName(u"settingsPrinterSupplementRequest")

        self.printingGrid.addWidget(self.settingsPrinterSupplementRequest, 3, 1, 1, 1)

        self.settingsPaperSupplementRequest = QComboBox(self.printingGroup)
        self.settingsPaperSupplementRequest.setObjectName(u"settingsPaperSupplementRequest")

        self.printingGrid.addWidget(self.settingsPaperSupplementRequest, 3, 2, 1, 1)

        self.settingsSupplementRequestError = QLabel(self.printingGroup)
        self.settingsSupplementRequestError.setObjectName(u"settingsSupplementRequestError")
        self.settingsSupplementRequestError.setWordWrap(True)

        self.printingGrid.addWidget(self.settingsSupplementRequestError, 4, 1, 1, 2)

        self.refusalLabel = QLabel(self.printingGroup)
        self.refusalLabel.setObjectName(u"refusalLabel")

        self.printingGrid.addWidget(self.refusalLabel, 5, 0, 1, 1)

        self.settingsPrinterRefusal = QComboBox(self.printingGroup)
        self.settingsPrinterRefusal.setObjectName(u"settingsPrinterRefusal")

        self.printingGrid.addWidget(self.settingsPrinterRefusal, 5, 1, 1, 1)

        self.settingsPaperRefusal = QComboBox(self.printingGroup)
        self.settingsPaperRefusal.setObjectName(u"settingsPaperRefusal")

        self.printingGrid.addWidget(self.settingsPaperRefusal, 5, 2, 1, 1)

        self.settingsRefusalError = QLabel(self.printingGroup)
        self.settingsRefusalError.setObjectName(u"settingsRefusalError")
        self.settingsRefusalError.setWordWrap(True)

        self.printingGrid.addWidget(self.settingsRefusalError, 6, 1, 1, 2)

        self.bookingSlipLabel = QLabel(self.printingGroup)
        self.bookingSlipLabel.setObjectName(u"bookingSlipLabel")

        self.printingGrid.addWidget(self.bookingSlipLabel, 7, 0, 1, 1)

        self.settingsPrinterBookingSlip = QComboBox(self.printingGroup)
        self.settingsPrinterBookingSlip.setObjectName(u"settingsPrinterBookingSlip")

        self.printingGrid.addWidget(self.settingsPrinterBookingSlip, 7, 1, 1, 1)

        self.settingsPaperBookingSlip = QComboBox(self.printingGroup)
        self.settingsPaperBookingSlip.setObjectName(u"settingsPaperBookingSlip")

        self.printingGrid.addWidget(self.settingsPaperBookingSlip, 7, 2, 1, 1)

        self.settingsBookingSlipError = QLabel(self.printingGroup)
        self.settingsBookingSlipError.setObjectName(u"settingsBookingSlipError")
        self.settingsBookingSlipError.setWordWrap(True)

        self.printingGrid.addWidget(self.settingsBookingSlipError, 8, 1, 1, 2)

        self.outputLabel = QLabel(self.printingGroup)
        self.outputLabel.setObjectName(u"outputLabel")

        self.printingGrid.addWidget(self.outputLabel, 9, 0, 1, 1)

        self.settingsOutput = QComboBox(self.printingGroup)
        self.settingsOutput.setObjectName(u"settingsOutput")

        self.printingGrid.addWidget(self.settingsOutput, 9, 1, 1, 2)

        self.settingsOutputError = QLabel(self.printingGroup)
        self.settingsOutputError.setObjectName(u"settingsOutputError")
        self.settingsOutputError.setWordWrap(True)

        self.printingGrid.addWidget(self.settingsOutputError, 10, 1, 1, 2)


        self.leftColumn.addWidget(self.printingGroup)

        self.hoursGroup = QGroupBox(SettingsDialog)
        self.hoursGroup.setObjectName(u"hoursGroup")
        self.hoursForm = QFormLayout(self.hoursGroup)
        self.hoursForm.setObjectName(u"hoursForm")
        self.hoursForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.hoursLabel = QLabel(self.hoursGroup)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.hoursForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.settingsOfficeHours = QLineEdit(self.hoursGroup)
        self.settingsOfficeHours.setObjectName(u"settingsOfficeHours")

        self.hoursForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.settingsOfficeHours)

        self.settingsOfficeHoursError = QLabel(self.hoursGroup)
        self.settingsOfficeHoursError.setObjectName(u"settingsOfficeHoursError")
        self.settingsOfficeHoursError.setWordWrap(True)

        self.hoursForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.settingsOfficeHoursError)

        self.bookingHoursLabel = QLabel(self.hoursGroup)
        self.bookingHoursLabel.setObjectName(u"bookingHoursLabel")

        self.hoursForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bookingHoursLabel)

        self.settingsBookingHours = QLineEdit(self.hoursGroup)
        self.settingsBookingHours.setObjectName(u"settingsBookingHours")

        self.hoursForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.settingsBookingHours)

        self.settingsBookingHoursError = QLabel(self.hoursGroup)
        self.settingsBookingHoursError.setObjectName(u"settingsBookingHoursError")
        self.settingsBookingHoursError.setWordWrap(True)

        self.hoursForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.settingsBookingHoursError)


        self.leftColumn.addWidget(self.hoursGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.scannerGroup = QGroupBox(SettingsDialog)
        self.scannerGroup.setObjectName(u"scannerGroup")
        self.scannerForm = QFormLayout(self.scannerGroup)
        self.scannerForm.setObjectName(u"scannerForm")
        self.scannerForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.scannerModeLabel = QLabel(self.scannerGroup)
        self.scannerModeLabel.setObjectName(u"scannerModeLabel")

        self.scannerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scannerModeLabel)

        self.settingsScannerMode = QComboBox(self.scannerGroup)
        self.settingsScannerMode.setObjectName(u"settingsScannerMode")

        self.scannerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.settingsScannerMode)

        self.scannerPortLabel = QLabel(self.scannerGroup)
        self.scannerPortLabel.setObjectName(u"scannerPortLabel")

        self.scannerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scannerPortLabel)

        self.settingsScannerPort = QComboBox(self.scannerGroup)
        self.settingsScannerPort.setObjectName(u"settingsScannerPort")
        self.settingsScannerPort.setEditable(True)

        self.scannerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.settingsScannerPort)

        self.settingsScannerPortError = QLabel(self.scannerGroup)
        self.settingsScannerPortError.setObjectName(u"settingsScannerPortError")
        self.settingsScannerPortError.setWordWrap(True)

        self.scannerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.settingsScannerPortError)

        self.scannerBaudLabel = QLabel(self.scannerGroup)
        self.scannerBaudLabel.setObjectName(u"scannerBaudLabel")

        self.scannerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scannerBaudLabel)

        self.settingsScannerBaud = QComboBox(self.scannerGroup)
        self.settingsScannerBaud.setObjectName(u"settingsScannerBaud")

        self.scannerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.settingsScannerBaud)

        self.settingsScannerBaudError = QLabel(self.scannerGroup)
        self.settingsScannerBaudError.setObjectName(u"settingsScannerBaudError")
        self.settingsScannerBaudError.setWordWrap(True)

        self.scannerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.settingsScannerBaudError)

        self.scanTestLabel = QLabel(self.scannerGroup)
        self.scanTestLabel.setObjectName(u"scanTestLabel")

        self.scannerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scanTestLabel)

        self.settingsScanTest = QLineEdit(self.scannerGroup)
        self.settingsScanTest.setObjectName(u"settingsScanTest")

        self.scannerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.settingsScanTest)

        self.settingsScanStatus = QLabel(self.scannerGroup)
        self.settingsScanStatus.setObjectName(u"settingsScanStatus")
        self.settingsScanStatus.setWordWrap(True)

        self.scannerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.settingsScanStatus)

        self.scanRawLabel = QLabel(self.scannerGroup)
        self.scanRawLabel.setObjectName(u"scanRawLabel")

        self.scannerForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.scanRawLabel)

        self.settingsScanRaw = QLabel(self.scannerGroup)
        self.settingsScanRaw.setObjectName(u"settingsScanRaw")
        self.settingsScanRaw.setTextFormat(Qt.PlainText)
        self.settingsScanRaw.setWordWrap(True)
        self.settingsScanRaw.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.scannerForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.settingsScanRaw)

        self.scanReadingLabel = QLabel(self.scannerGroup)
        self.scanReadingLabel.setObjectName(u"scanReadingLabel")

        self.scannerForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.scanReadingLabel)

        self.settingsScanReading = QLabel(self.scannerGroup)
        self.settingsScanReading.setObjectName(u"settingsScanReading")
        self.settingsScanReading.setTextFormat(Qt.PlainText)
        self.settingsScanReading.setWordWrap(True)

        self.scannerForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.settingsScanReading)


        self.rightColumn.addWidget(self.scannerGroup)

        self.languageGroup = QGroupBox(SettingsDialog)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.settingsLanguage = QComboBox(self.languageGroup)
        self.settingsLanguage.setObjectName(u"settingsLanguage")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.settingsLanguage)

        self.settingsLanguageError = QLabel(self.languageGroup)
        self.settingsLanguageError.setObjectName(u"settingsLanguageError")
        self.settingsLanguageError.setWordWrap(True)

        self.languageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.settingsLanguageError)


        self.rightColumn.addWidget(self.languageGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumn)


        self.rootLayout.addLayout(self.columnsLayout)

        self.settingsError = QLabel(SettingsDialog)
        self.settingsError.setObjectName(u"settingsError")
        self.settingsError.setWordWrap(True)

        self.rootLayout.addWidget(self.settingsError)

        self.settingsButtons = QDialogButtonBox(SettingsDialog)
        self.settingsButtons.setObjectName(u"settingsButtons")
        self.settingsButtons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.rootLayout.addWidget(self.settingsButtons)

#if QT_CONFIG(shortcut)
        self.hoursLabel.setBuddy(self.settingsOfficeHours)
        self.bookingHoursLabel.setBuddy(self.settingsBookingHours)
        self.scanTestLabel.setBuddy(self.settingsScanTest)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.settingsPrinterReceipt, self.settingsPaperReceipt)
        QWidget.setTabOrder(self.settingsPaperReceipt, self.settingsPrinterSupplementRequest)
        QWidget.setTabOrder(self.settingsPrinterSupplementRequest, self.settingsPaperSupplementRequest)
        QWidget.setTabOrder(self.settingsPaperSupplementRequest, self.settingsPrinterRefusal)
        QWidget.setTabOrder(self.settingsPrinterRefusal, self.settingsPaperRefusal)
        QWidget.setTabOrder(self.settingsPaperRefusal, self.settingsPrinterBookingSlip)
        QWidget.setTabOrder(self.settingsPrinterBookingSlip, self.settingsPaperBookingSlip)
        QWidget.setTabOrder(self.settingsPaperBookingSlip, self.settingsOutput)
        QWidget.setTabOrder(self.settingsOutput, self.settingsOfficeHours)
        QWidget.setTabOrder(self.settingsOfficeHours, self.settingsScannerMode)
        QWidget.setTabOrder(self.settingsScannerMode, self.settingsScannerPort)
        QWidget.setTabOrder(self.settingsScannerPort, self.settingsScannerBaud)
        QWidget.setTabOrder(self.settingsScannerBaud, self.settingsScanTest)
        QWidget.setTabOrder(self.settingsScanTest, self.settingsLanguage)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"C\u00e0i \u0111\u1eb7t", None))
        self.settingsIntro.setText(QCoreApplication.translate("SettingsDialog", u"C\u00e1ch m\u00e1y t\u00ednh n\u00e0y in phi\u1ebfu, \u0111\u1ecdc m\u00e1y qu\u00e9t v\u00e0 t\u00ednh gi\u1edd ti\u1ebfp nh\u1eadn. C\u00e1c thay \u0111\u1ed5i c\u00f3 hi\u1ec7u l\u1ef1c ngay khi l\u01b0u, tr\u1eeb ng\u00f4n ng\u1eef.", None))
        self.printingGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"In phi\u1ebfu", None))
        self.formHeader.setText(QCoreApplication.translate("SettingsDialog", u"M\u1eabu", None))
        self.printerHeader.setText(QCoreApplication.translate("SettingsDialog", u"M\u00e1y in", None))
        self.paperHeader.setText(QCoreApplication.translate("SettingsDialog", u"Kh\u1ed5 gi\u1ea5y", None))
        self.receiptLabel.setText(QCoreApplication.translate("SettingsDialog", u"Gi\u1ea5y ti\u1ebfp nh\u1eadn, h\u1eb9n tr\u1ea3 (M\u1eabu 01)", None))
        self.settingsReceiptError.setText("")
        self.supplementRequestLabel.setText(QCoreApplication.translate("SettingsDialog", u"Y\u00eau c\u1ea7u b\u1ed5 sung, ho\u00e0n thi\u1ec7n (M\u1eabu 02)", None))
        self.settingsSupplementRequestError.setText("")
        self.refusalLabel.setText(QCoreApplication.translate("SettingsDialog", u"T\u1eeb ch\u1ed1i ti\u1ebfp nh\u1eadn (M\u1eabu 03)", None))
        self.settingsRefusalError.setText(QCoreApplication.translate("SettingsDialog", u"M\u1eabu 02 v\u00e0 M\u1eabu 03 ch\u1ec9 in tr\u00ean kh\u1ed5 A4.", None))
        self.bookingSlipLabel.setText(QCoreApplication.translate("SettingsDialog", u"Phi\u1ebfu h\u1eb9n", None))
        self.settingsBookingSlipError.setText("")
        self.outputLabel.setText(QCoreApplication.translate("SettingsDialog", u"Khi l\u01b0u h\u1ed3 s\u01a1", None))
        self.settingsOutputError.setText("")
        self.hoursGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Gi\u1edd ti\u1ebfp nh\u1eadn h\u1ed3 s\u01a1", None))
        self.hoursLabel.setText(QCoreApplication.translate("SettingsDialog", u"C\u00e1c bu\u1ed5i", None))
        self.settingsOfficeHours.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"VD: 07:30-11:30,13:30-17:00", None))
        self.settingsOfficeHoursError.setText("")
        self.bookingHoursLabel.setText(QCoreApplication.translate("SettingsDialog", u"Nh\u1eadn h\u1eb9n", None))
        self.settingsBookingHours.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u0111\u1ec3 tr\u1ed1ng: m\u1ecdi bu\u1ed5i c\u1ee7a c\u01a1 quan", None))
        self.settingsBookingHoursError.setText(QCoreApplication.translate("SettingsDialog", u"C\u00e1c bu\u1ed5i qu\u1ea7y n\u00e0y nh\u1eadn l\u1ecbch h\u1eb9n, trong gi\u1edd nh\u1eadn h\u1eb9n c\u1ee7a c\u01a1 quan.", None))
        self.scannerGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"M\u00e1y qu\u00e9t m\u00e3", None))
        self.scannerModeLabel.setText(QCoreApplication.translate("SettingsDialog", u"K\u1ebft n\u1ed1i", None))
        self.scannerPortLabel.setText(QCoreApplication.translate("SettingsDialog", u"C\u1ed5ng", None))
        self.settingsScannerPortError.setText("")
        self.scannerBaudLabel.setText(QCoreApplication.translate("SettingsDialog", u"T\u1ed1c \u0111\u1ed9 (baud)", None))
        self.settingsScannerBaudError.setText("")
        self.scanTestLabel.setText(QCoreApplication.translate("SettingsDialog", u"Qu\u00e9t th\u1eed", None))
        self.settingsScanStatus.setText("")
        self.scanRawLabel.setText(QCoreApplication.translate("SettingsDialog", u"M\u00e1y qu\u00e9t g\u1eedi", None))
        self.settingsScanRaw.setText("")
        self.scanReadingLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ph\u1ea7n m\u1ec1m \u0111\u1ecdc \u0111\u01b0\u1ee3c", None))
        self.settingsScanReading.setText("")
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Ng\u00f4n ng\u1eef giao di\u1ec7n", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ng\u00f4n ng\u1eef", None))
        self.settingsLanguageError.setText(QCoreApplication.translate("SettingsDialog", u"C\u00f3 hi\u1ec7u l\u1ef1c t\u1eeb l\u1ea7n m\u1edf ph\u1ea7n m\u1ec1m sau. Phi\u1ebfu in lu\u00f4n b\u1eb1ng ti\u1ebfng Vi\u1ec7t.", None))
        self.settingsError.setText("")
    # retranslateUi

