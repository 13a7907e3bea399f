# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lookup_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_LookupScreen(object):
    def setupUi(self, LookupScreen):
        if not LookupScreen.objectName():
            LookupScreen.setObjectName(u"LookupScreen")
        LookupScreen.resize(1100, 680)
        self.rootLayout = QVBoxLayout(LookupScreen)
        self.rootLayout.setObjectName(u"rootLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.lookupQuery = QLineEdit(LookupScreen)
        self.lookupQuery.setObjectName(u"lookupQuery")
        self.lookupQuery.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.lookupQuery)

        self.lookupSearch = QPushButton(LookupScreen)
        self.lookupSearch.setObjectName(u"lookupSearch")

        self.searchLayout.addWidget(self.lookupSearch)


        self.rootLayout.addLayout(self.searchLayout)

        self.lookupMessage = QLabel(LookupScreen)
        self.lookupMessage.setObjectName(u"lookupMessage")
        self.lookupMessage.setWordWrap(True)

        self.rootLayout.addWidget(self.lookupMessage)

        self.lookupResults = QTableView(LookupScreen)
        self.lookupResults.setObjectName(u"lookupResults")
        self.lookupResults.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.lookupResults.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.lookupResults.setSelectionMode(QAbstractItemView.SingleSelection)
        self.lookupResults.setAlternatingRowColors(True)

        self.rootLayout.addWidget(self.lookupResults)

        self.lookupDetail = QLabel(LookupScreen)
        self.lookupDetail.setObjectName(u"lookupDetail")
        self.lookupDetail.setWordWrap(True)
        self.lookupDetail.setTextFormat(Qt.PlainText)

        self.rootLayout.addWidget(self.lookupDetail)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.lookupReprint = QPushButton(LookupScreen)
        self.lookupReprint.setObjectName(u"lookupReprint")
        self.lookupReprint.setEnabled(False)

        self.actionsLayout.addWidget(self.lookupReprint)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(LookupScreen)

        QMetaObject.connectSlotsByName(LookupScreen)
    # setupUi

    def retranslateUi(self, LookupScreen):
        LookupScreen.setWindowTitle(QCoreApplication.translate("LookupScreen", u"Tra c\u1ee9u h\u1ed3 s\u01a1", None))
        self.lookupQuery.setPlaceholderText(QCoreApplication.translate("LookupScreen", u"M\u00e3 h\u1ed3 s\u01a1 (qu\u00e9t m\u00e3 v\u1ea1ch) ho\u1eb7c s\u1ed1 cu\u1ed1i c\u1ee7a m\u00e3, s\u1ed1 \u0111\u1ecbnh danh, s\u1ed1 \u0111i\u1ec7n tho\u1ea1i, h\u1ecd t\u00ean ng\u01b0\u1eddi n\u1ed9p", None))
        self.lookupSearch.setText(QCoreApplication.translate("LookupScreen", u"T\u00ecm", None))
        self.lookupMessage.setText("")
        self.lookupDetail.setText("")
        self.lookupReprint.setText(QCoreApplication.translate("LookupScreen", u"In l\u1ea1i phi\u1ebfu", None))
    # retranslateUi

