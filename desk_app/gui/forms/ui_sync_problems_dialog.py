# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_problems_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncProblemsDialog(object):
    def setupUi(self, SyncProblemsDialog):
        if not SyncProblemsDialog.objectName():
            SyncProblemsDialog.setObjectName(u"SyncProblemsDialog")
        SyncProblemsDialog.resize(900, 420)
        self.rootLayout = QVBoxLayout(SyncProblemsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.problemsIntro = QLabel(SyncProblemsDialog)
        self.problemsIntro.setObjectName(u"problemsIntro")
        self.problemsIntro.setWordWrap(True)

        self.rootLayout.addWidget(self.problemsIntro)

        self.problemsTable = QTableWidget(SyncProblemsDialog)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.problemsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.problemsTable.setWordWrap(True)

        self.rootLayout.addWidget(self.problemsTable)

        self.problemsActions = QHBoxLayout()
        self.problemsActions.setObjectName(u"problemsActions")
        self.problemsOpen = QPushButton(SyncProblemsDialog)
        self.problemsOpen.setObjectName(u"problemsOpen")

        self.problemsActions.addWidget(self.problemsOpen)

        self.problemsRetry = QPushButton(SyncProblemsDialog)
        self.problemsRetry.setObjectName(u"problemsRetry")

        self.problemsActions.addWidget(self.problemsRetry)

        self.problemsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.problemsActions.addItem(self.problemsSpacer)

        self.problemsButtons = QDialogButtonBox(SyncProblemsDialog)
        self.problemsButtons.setObjectName(u"problemsButtons")
        self.problemsButtons.setStandardButtons(QDialogButtonBox.Close)

        self.problemsActions.addWidget(self.problemsButtons)


        self.rootLayout.addLayout(self.problemsActions)


        self.retranslateUi(SyncProblemsDialog)

        QMetaObject.connectSlotsByName(SyncProblemsDialog)
    # setupUi

    def retranslateUi(self, SyncProblemsDialog):
        SyncProblemsDialog.setWindowTitle(QCoreApplication.translate("SyncProblemsDialog", u"L\u1ed7i \u0111\u1ed3ng b\u1ed9", None))
        self.problemsIntro.setText(QCoreApplication.translate("SyncProblemsDialog", u"Nh\u1eefng thay \u0111\u1ed5i d\u01b0\u1edbi \u0111\u00e2y b\u1ecb h\u1ec7 th\u1ed1ng t\u1ec9nh t\u1eeb ch\u1ed1i v\u00e0 \u0111\u01b0\u1ee3c \u0111\u1ec3 ri\u00eang; c\u00e1c thay \u0111\u1ed5i kh\u00e1c v\u1eabn \u0111\u01b0\u1ee3c g\u1eedi b\u00ecnh th\u01b0\u1eddng. S\u1eeda h\u1ed3 s\u01a1 theo l\u00fd do r\u1ed3i b\u1ea5m G\u1eedi l\u1ea1i.", None))
        self.problemsOpen.setText(QCoreApplication.translate("SyncProblemsDialog", u"M\u1edf h\u1ed3 s\u01a1", None))
        self.problemsRetry.setText(QCoreApplication.translate("SyncProblemsDialog", u"G\u1eedi l\u1ea1i", None))
    # retranslateUi

