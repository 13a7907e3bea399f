# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointments_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AppointmentsScreen(object):
    def setupUi(self, AppointmentsScreen):
        if not AppointmentsScreen.objectName():
            AppointmentsScreen.setObjectName(u"AppointmentsScreen")
        AppointmentsScreen.resize(1280, 720)
        self.rootLayout = QVBoxLayout(AppointmentsScreen)
        self.rootLayout.setObjectName(u"rootLayout")
        self.dayLayout = QHBoxLayout()
        self.dayLayout.setObjectName(u"dayLayout")
        self.appointmentsPrevious = QPushButton(AppointmentsScreen)
        self.appointmentsPrevious.setObjectName(u"appointmentsPrevious")

        self.dayLayout.addWidget(self.appointmentsPrevious)

        self.appointmentsDay = QDateEdit(AppointmentsScreen)
        self.appointmentsDay.setObjectName(u"appointmentsDay")
        self.appointmentsDay.setCalendarPopup(True)

        self.dayLayout.addWidget(self.appointmentsDay)

        self.appointmentsNext = QPushButton(AppointmentsScreen)
        self.appointmentsNext.setObjectName(u"appointmentsNext")

        self.dayLayout.addWidget(self.appointmentsNext)

        self.appointmentsToday = QPushButton(AppointmentsScreen)
        self.appointmentsToday.setObjectName(u"appointmentsToday")

        self.dayLayout.addWidget(self.appointmentsToday)

        self.daySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayLayout.addItem(self.daySpacer)

        self.appointmentsSummary = QLabel(AppointmentsScreen)
        self.appointmentsSummary.setObjectName(u"appointmentsSummary")

        self.dayLayout.addWidget(self.appointmentsSummary)

        self.apptNewBooking = QPushButton(AppointmentsScreen)
        self.apptNewBooking.setObjectName(u"apptNewBooking")

        self.dayLayout.addWidget(self.apptNewBooking)


        self.rootLayout.addLayout(self.dayLayout)

        self.apptSplitter = QSplitter(AppointmentsScreen)
        self.apptSplitter.setObjectName(u"apptSplitter")
        self.apptSplitter.setOrientation(Qt.Horizontal)
        self.apptSplitter.setChildrenCollapsible(False)
        self.apptViews = QTabWidget(self.apptSplitter)
        self.apptViews.setObjectName(u"apptViews")
        self.apptDayView = QWidget()
        self.apptDayView.setObjectName(u"apptDayView")
        self.dayViewLayout = QVBoxLayout(self.apptDayView)
        self.dayViewLayout.setObjectName(u"dayViewLayout")
        self.appointmentsTable = QTableView(self.apptDayView)
        self.appointmentsTable.setObjectName(u"appointmentsTable")
        self.appointmentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.appointmentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.appointmentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.appointmentsTable.setAlternatingRowColors(True)

        self.dayViewLayout.addWidget(self.appointmentsTable)

        self.appointmentsDetail = QLabel(self.apptDayView)
        self.appointmentsDetail.setObjectName(u"appointmentsDetail")
        self.appointmentsDetail.setWordWrap(True)
        self.appointmentsDetail.setTextFormat(Qt.PlainText)

        self.dayViewLayout.addWidget(self.appointmentsDetail)

        self.apptActionMessage = QLabel(self.apptDayView)
        self.apptActionMessage.setObjectName(u"apptActionMessage")
        self.apptActionMessage.setWordWrap(True)
        self.apptActionMessage.setTextFormat(Qt.PlainText)

        self.dayViewLayout.addWidget(self.apptActionMessage)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.apptCheckIn = QPushButton(self.apptDayView)
        self.apptCheckIn.setObjectName(u"apptCheckIn")
        self.apptCheckIn.setEnabled(False)

        self.actionsLayout.addWidget(self.apptCheckIn)

        self.apptNoShow = QPushButton(self.apptDayView)
        self.apptNoShow.setObjectName(u"apptNoShow")
        self.apptNoShow.setEnabled(False)

        self.actionsLayout.addWidget(self.apptNoShow)

        self.apptReschedule = QPushButton(self.apptDayView)
        self.apptReschedule.setObjectName(u"apptReschedule")
        self.apptReschedule.setEnabled(False)

        self.actionsLayout.addWidget(self.apptReschedule)

        self.apptCancel = QPushButton(self.apptDayView)
        self.apptCancel.setObjectName(u"apptCancel")
        self.apptCancel.setEnabled(False)

        self.actionsLayout.addWidget(self.apptCancel)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.appointmentsReceive = QPushButton(self.apptDayView)
        self.appointmentsReceive.setObjectName(u"appointmentsReceive")
        self.appointmentsReceive.setEnabled(False)

        self.actionsLayout.addWidget(self.appointmentsReceive)


        self.dayViewLayout.addLayout(self.actionsLayout)

        self.apptViews.addTab(self.apptDayView, "")
        self.apptWeekView = QWidget()
        self.apptWeekView.setObjectName(u"apptWeekView")
        self.weekViewLayout = QVBoxLayout(self.apptWeekView)
        self.weekViewLayout.setObjectName(u"weekViewLayout")
        self.apptWeekSummary = QLabel(self.apptWeekView)
        self.apptWeekSummary.setObjectName(u"apptWeekSummary")
        self.apptWeekSummary.setWordWrap(True)

        self.weekViewLayout.addWidget(self.apptWeekSummary)

        self.apptWeekTable = QTableWidget(self.apptWeekView)
        self.apptWeekTable.setObjectName(u"apptWeekTable")
        self.apptWeekTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.apptWeekTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.weekViewLayout.addWidget(self.apptWeekTable)

        self.apptViews.addTab(self.apptWeekView, "")
        self.apptSplitter.addWidget(self.apptViews)
        self.apptBookingForm = QGroupBox(self.apptSplitter)
        self.apptBookingForm.setObjectName(u"apptBookingForm")
        self.bookingLayout = QFormLayout(self.apptBookingForm)
        self.bookingLayout.setObjectName(u"bookingLayout")
        self.apptProcedureLabel = QLabel(self.apptBookingForm)
        self.apptProcedureLabel.setObjectName(u"apptProcedureLabel")

        self.bookingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.apptProcedureLabel)

        self.apptProcedure = QComboBox(self.apptBookingForm)
        self.apptProcedure.setObjectName(u"apptProcedure")
        self.apptProcedure.setEditable(True)
        self.apptProcedure.setInsertPolicy(QComboBox.NoInsert)
        self.apptProcedure.setMinimumContentsLength(28)
        self.apptProcedure.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.bookingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.apptProcedure)

        self.apptProcedureError = QLabel(self.apptBookingForm)
        self.apptProcedureError.setObjectName(u"apptProcedureError")
        self.apptProcedureError.setWordWrap(True)

        self.bookingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.apptProcedureError)

        self.apptPurposeLabel = QLabel(self.apptBookingForm)
        self.apptPurposeLabel.setObjectName(u"apptPurposeLabel")

        self.bookingLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.apptPurposeLabel)

        self.apptPurpose = QComboBox(self.apptBookingForm)
        self.apptPurpose.setObjectName(u"apptPurpose")

        self.bookingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.apptPurpose)

        self.apptDossierCodeLabel = QLabel(self.apptBookingForm)
        self.apptDossierCodeLabel.setObjectName(u"apptDossierCodeLabel")

        self.bookingLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.apptDossierCodeLabel)

        self.apptDossierCode = QLineEdit(self.apptBookingForm)
        self.apptDossierCode.setObjectName(u"apptDossierCode")
        self.apptDossierCode.setMaxLength(40)
        self.apptDossierCode.setEnabled(False)

        self.bookingLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.apptDossierCode)

        self.apptDossierCodeError = QLabel(self.apptBookingForm)
        self.apptDossierCodeError.setObjectName(u"apptDossierCodeError")
        self.apptDossierCodeError.setWordWrap(True)

        self.bookingLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.apptDossierCodeError)

        self.apptSlotLabel = QLabel(self.apptBookingForm)
        self.apptSlotLabel.setObjectName(u"apptSlotLabel")

        self.bookingLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.apptSlotLabel)

        self.slotLayout = QHBoxLayout()
        self.slotLayout.setObjectName(u"slotLayout")
        self.apptSlotList = QComboBox(self.apptBookingForm)
        self.apptSlotList.setObjectName(u"apptSlotList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.apptSlotList.sizePolicy().hasHeightForWidth())
        self.apptSlotList.setSizePolicy(sizePolicy)

        self.slotLayout.addWidget(self.apptSlotList)

        self.apptNextFree = QPushButton(self.apptBookingForm)
        self.apptNextFree.setObjectName(u"apptNextFree")

        self.slotLayout.addWidget(self.apptNextFree)


        self.bookingLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.slotLayout)

        self.apptSlotError = QLabel(self.apptBookingForm)
        self.apptSlotError.setObjectName(u"apptSlotError")
        self.apptSlotError.setWordWrap(True)

        self.bookingLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.apptSlotError)

        self.apptCitizenNameLabel = QLabel(self.apptBookingForm)
        self.apptCitizenNameLabel.setObjectName(u"apptCitizenNameLabel")

        self.bookingLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.apptCitizenNameLabel)

        self.apptCitizenName = QLineEdit(self.apptBookingForm)
        self.apptCitizenName.setObjectName(u"apptCitizenName")
        self.apptCitizenName.setMaxLength(100)

        self.bookingLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.apptCitizenName)

        self.apptCitizenNameError = QLabel(self.apptBookingForm)
        self.apptCitizenNameError.setObjectName(u"apptCitizenNameError")
        self.apptCitizenNameError.setWordWrap(True)

        self.bookingLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.apptCitizenNameError)

        self.apptCitizenPhoneLabel = QLabel(self.apptBookingForm)
        self.apptCitizenPhoneLabel.setObjectName(u"apptCitizenPhoneLabel")

        self.bookingLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.apptCitizenPhoneLabel)

        self.apptCitizenPhone = QLineEdit(self.apptBookingForm)
        self.apptCitizenPhone.setObjectName(u"apptCitizenPhone")
        self.apptCitizenPhone.setMaxLength(20)

        self.bookingLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.apptCitizenPhone)

        self.apptCitizenPhoneError = QLabel(self.apptBookingForm)
        self.apptCitizenPhoneError.setObjectName(u"apptCitizenPhoneError")
        self.apptCitizenPhoneError.setWordWrap(True)

        self.bookingLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.apptCitizenPhoneError)

        self.apptCitizenIdLabel = QLabel(self.apptBookingForm)
        self.apptCitizenIdLabel.setObjectName(u"apptCitizenIdLabel")

        self.bookingLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.apptCitizenIdLabel)

        self.apptCitizenId = QLineEdit(self.apptBookingForm)
        self.apptCitizenId.setObjectName(u"apptCitizenId")
        self.apptCitizenId.setMaxLength(12)

        self.bookingLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.apptCitizenId)

        self.apptCitizenIdError = QLabel(self.apptBookingForm)
        self.apptCitizenIdError.setObjectName(u"apptCitizenIdError")
        self.apptCitizenIdError.setWordWrap(True)

        self.bookingLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.apptCitizenIdError)

        self.apptNoteLabel = QLabel(self.apptBookingForm)
        self.apptNoteLabel.setObjectName(u"apptNoteLabel")

        self.bookingLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.apptNoteLabel)

        self.apptNote = QLineEdit(self.apptBookingForm)
        self.apptNote.setObjectName(u"apptNote")
        self.apptNote.setMaxLength(500)

        self.bookingLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.apptNote)

        self.apptBookingMessage = QLabel(self.apptBookingForm)
        self.apptBookingMessage.setObjectName(u"apptBookingMessage")
        self.apptBookingMessage.setWordWrap(True)

        self.bookingLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.apptBookingMessage)

        self.bookLayout = QHBoxLayout()
        self.bookLayout.setObjectName(u"bookLayout")
        self.apptBook = QPushButton(self.apptBookingForm)
        self.apptBook.setObjectName(u"apptBook")

        self.bookLayout.addWidget(self.apptBook)

        self.apptPrintSlip = QPushButton(self.apptBookingForm)
        self.apptPrintSlip.setObjectName(u"apptPrintSlip")
        self.apptPrintSlip.setEnabled(False)

        self.bookLayout.addWidget(self.apptPrintSlip)


        self.bookingLayout.setLayout(15, QFormLayout.ItemRole.FieldRole, self.bookLayout)

        self.apptSplitter.addWidget(self.apptBookingForm)

        self.rootLayout.addWidget(self.apptSplitter)

#if QT_CONFIG(shortcut)
        self.apptProcedureLabel.setBuddy(self.apptProcedure)
        self.apptPurposeLabel.setBuddy(self.apptPurpose)
        self.apptDossierCodeLabel.setBuddy(self.apptDossierCode)
        self.apptSlotLabel.setBuddy(self.apptSlotList)
        self.apptCitizenNameLabel.setBuddy(self.apptCitizenName)
        self.apptCitizenPhoneLabel.setBuddy(self.apptCitizenPhone)
        self.apptCitizenIdLabel.setBuddy(self.apptCitizenId)
        self.apptNoteLabel.setBuddy(self.apptNote)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.apptProcedure, self.apptPurpose)
        QWidget.setTabOrder(self.apptPurpose, self.apptDossierCode)
        QWidget.setTabOrder(self.apptDossierCode, self.apptSlotList)
        QWidget.setTabOrder(self.apptSlotList, self.apptCitizenName)
        QWidget.setTabOrder(self.apptCitizenName, self.apptCitizenPhone)
        QWidget.setTabOrder(self.apptCitizenPhone, self.apptCitizenId)
        QWidget.setTabOrder(self.apptCitizenId, self.apptNote)
        QWidget.setTabOrder(self.apptNote, self.apptBook)

        self.retranslateUi(AppointmentsScreen)

        self.apptBook.setDefault(True)


        QMetaObject.connectSlotsByName(AppointmentsScreen)
    # setupUi

    def retranslateUi(self, AppointmentsScreen):
        AppointmentsScreen.setWindowTitle(QCoreApplication.translate("AppointmentsScreen", u"L\u1ecbch h\u1eb9n", None))
        self.appointmentsPrevious.setText(QCoreApplication.translate("AppointmentsScreen", u"\u25c0 Ng\u00e0y tr\u01b0\u1edbc", None))
#if QT_CONFIG(tooltip)
        self.appointmentsPrevious.setToolTip(QCoreApplication.translate("AppointmentsScreen", u"Alt+Tr\u00e1i", None))
#endif // QT_CONFIG(tooltip)
        self.appointmentsDay.setDisplayFormat(QCoreApplication.translate("AppointmentsScreen", u"dd/MM/yyyy", None))
        self.appointmentsNext.setText(QCoreApplication.translate("AppointmentsScreen", u"Ng\u00e0y sau \u25b6", None))
#if QT_CONFIG(tooltip)
        self.appointmentsNext.setToolTip(QCoreApplication.translate("AppointmentsScreen", u"Alt+Ph\u1ea3i", None))
#endif // QT_CONFIG(tooltip)
        self.appointmentsToday.setText(QCoreApplication.translate("AppointmentsScreen", u"H\u00f4m nay", None))
        self.appointmentsSummary.setText("")
        self.apptNewBooking.setText(QCoreApplication.translate("AppointmentsScreen", u"\u0110\u1eb7t l\u1ecbch h\u1eb9n m\u1edbi", None))
#if QT_CONFIG(tooltip)
        self.apptNewBooking.setToolTip(QCoreApplication.translate("AppointmentsScreen", u"Ctrl+N", None))
#endif // QT_CONFIG(tooltip)
        self.appointmentsDetail.setText("")
        self.apptActionMessage.setText("")
        self.apptCheckIn.setText(QCoreApplication.translate("AppointmentsScreen", u"C\u00f4ng d\u00e2n \u0111\u00e3 \u0111\u1ebfn", None))
        self.apptNoShow.setText(QCoreApplication.translate("AppointmentsScreen", u"Kh\u00f4ng \u0111\u1ebfn", None))
        self.apptReschedule.setText(QCoreApplication.translate("AppointmentsScreen", u"D\u1eddi sang khung \u0111\u00e3 ch\u1ecdn", None))
        self.apptCancel.setText(QCoreApplication.translate("AppointmentsScreen", u"H\u1ee7y l\u1ecbch h\u1eb9n\u2026", None))
        self.appointmentsReceive.setText(QCoreApplication.translate("AppointmentsScreen", u"Ti\u1ebfp nh\u1eadn h\u1ed3 s\u01a1 theo l\u1ecbch h\u1eb9n", None))
        self.apptViews.setTabText(self.apptViews.indexOf(self.apptDayView), QCoreApplication.translate("AppointmentsScreen", u"Trong ng\u00e0y", None))
        self.apptWeekSummary.setText("")
        self.apptViews.setTabText(self.apptViews.indexOf(self.apptWeekView), QCoreApplication.translate("AppointmentsScreen", u"C\u1ea3 tu\u1ea7n", None))
        self.apptBookingForm.setTitle(QCoreApplication.translate("AppointmentsScreen", u"\u0110\u1eb7t l\u1ecbch h\u1eb9n", None))
        self.apptProcedureLabel.setText(QCoreApplication.translate("AppointmentsScreen", u"Th\u1ee7 t\u1ee5c", None))
        self.apptProcedureError.setText("")
        self.apptPurposeLabel.setText(QCoreApplication.translate("AppointmentsScreen", u"M\u1ee5c \u0111\u00edch", None))
        self.apptDossierCodeLabel.setText(QCoreApplication.translate("AppointmentsScreen", u"M\u00e3 h\u1ed3 s\u01a1", None))
        self.apptDossierCode.setPlaceholderText(QCoreApplication.translate("AppointmentsScreen", u"khi h\u1eb9n nh\u1eadn k\u1ebft qu\u1ea3", None))
        self.apptDossierCodeError.setText("")
        self.apptSlotLabel.setText(QCoreApplication.translate("AppointmentsScreen", u"Khung gi\u1edd", None))
        self.apptNextFree.setText(QCoreApplication.translate("AppointmentsScreen", u"S\u1edbm nh\u1ea5t c\u00f2n ch\u1ed7", None))
        self.apptSlotError.setText("")
        self.apptCitizenNameLabel.setText(QCoreApplication.translate("AppointmentsScreen", u"H\u1ecd v\u00e0 t\u00ean", None))
        self.apptCitizenNameError.setText("")
        self.apptCitizenPhoneLabel.setText(QCoreApplication.translate("AppointmentsScreen", u"\u0110i\u1ec7n tho\u1ea1i", None))
        self.apptCitizenPhoneError.setText("")
        self.apptCitizenIdLabel.setText(QCoreApplication.translate("AppointmentsScreen", u"S\u1ed1 \u0111\u1ecbnh danh", None))
        self.apptCitizenId.setPlaceholderText(QCoreApplication.translate("AppointmentsScreen", u"kh\u00f4ng b\u1eaft bu\u1ed9c", None))
        self.apptCitizenIdError.setText("")
        self.apptNoteLabel.setText(QCoreApplication.translate("AppointmentsScreen", u"Ghi ch\u00fa", None))
        self.apptBookingMessage.setText("")
        self.apptBook.setText(QCoreApplication.translate("AppointmentsScreen", u"\u0110\u1eb7t l\u1ecbch v\u00e0 in phi\u1ebfu h\u1eb9n", None))
#if QT_CONFIG(tooltip)
        self.apptBook.setToolTip(QCoreApplication.translate("AppointmentsScreen", u"Ctrl+Enter", None))
#endif // QT_CONFIG(tooltip)
        self.apptPrintSlip.setText(QCoreApplication.translate("AppointmentsScreen", u"In l\u1ea1i phi\u1ebfu h\u1eb9n", None))
    # retranslateUi

