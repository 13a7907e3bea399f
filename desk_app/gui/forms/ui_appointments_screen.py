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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AppointmentsScreen(object):
    def setupUi(self, AppointmentsScreen):
        if not AppointmentsScreen.objectName():
            AppointmentsScreen.setObjectName(u"AppointmentsScreen")
        AppointmentsScreen.resize(1100, 680)
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


        self.rootLayout.addLayout(self.dayLayout)

        self.appointmentsTable = QTableView(AppointmentsScreen)
        self.appointmentsTable.setObjectName(u"appointmentsTable")
        self.appointmentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.appointmentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.appointmentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.appointmentsTable.setAlternatingRowColors(True)

        self.rootLayout.addWidget(self.appointmentsTable)

        self.appointmentsDetail = QLabel(AppointmentsScreen)
        self.appointmentsDetail.setObjectName(u"appointmentsDetail")
        self.appointmentsDetail.setWordWrap(True)
        self.appointmentsDetail.setTextFormat(Qt.PlainText)

        self.rootLayout.addWidget(self.appointmentsDetail)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.appointmentsReceive = QPushButton(AppointmentsScreen)
        self.appointmentsReceive.setObjectName(u"appointmentsReceive")
        self.appointmentsReceive.setEnabled(False)

        self.actionsLayout.addWidget(self.appointmentsReceive)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(AppointmentsScreen)

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
        self.appointmentsDetail.setText("")
        self.appointmentsReceive.setText(QCoreApplication.translate("AppointmentsScreen", u"Ti\u1ebfp nh\u1eadn h\u1ed3 s\u01a1 theo l\u1ecbch h\u1eb9n", None))
    # retranslateUi

