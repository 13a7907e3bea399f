# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QProgressBar,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RegistrationDialog(object):
    def setupUi(self, RegistrationDialog):
        if not RegistrationDialog.objectName():
            RegistrationDialog.setObjectName(u"RegistrationDialog")
        RegistrationDialog.resize(600, 380)
        self.rootLayout = QVBoxLayout(RegistrationDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.registrationIntro = QLabel(RegistrationDialog)
        self.registrationIntro.setObjectName(u"registrationIntro")
        self.registrationIntro.setWordWrap(True)

        self.rootLayout.addWidget(self.registrationIntro)

        self.registrationForm = QFormLayout()
        self.registrationForm.setObjectName(u"registrationForm")
        self.registrationForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.serverLabel = QLabel(RegistrationDialog)
        self.serverLabel.setObjectName(u"serverLabel")

        self.registrationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.registrationServer = QLineEdit(RegistrationDialog)
        self.registrationServer.setObjectName(u"registrationServer")

        self.registrationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registrationServer)

        self.registrationServerError = QLabel(RegistrationDialog)
        self.registrationServerError.setObjectName(u"registrationServerError")
        self.registrationServerError.setWordWrap(True)

        self.registrationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.registrationServerError)

        self.usernameLabel = QLabel(RegistrationDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.registrationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.registrationUsername = QLineEdit(RegistrationDialog)
        self.registrationUsername.setObjectName(u"registrationUsername")

        self.registrationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.registrationUsername)

        self.registrationUsernameError = QLabel(RegistrationDialog)
        self.registrationUsernameError.setObjectName(u"registrationUsernameError")
        self.registrationUsernameError.setWordWrap(True)

        self.registrationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.registrationUsernameError)

        self.passwordLabel = QLabel(RegistrationDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.registrationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.registrationPassword = QLineEdit(RegistrationDialog)
        self.registrationPassword.setObjectName(u"registrationPassword")
        self.registrationPassword.setEchoMode(QLineEdit.Password)

        self.registrationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.registrationPassword)

        self.registrationPasswordError = QLabel(RegistrationDialog)
        self.registrationPasswordError.setObjectName(u"registrationPasswordError")
        self.registrationPasswordError.setWordWrap(True)

        self.registrationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.registrationPasswordError)

        self.deviceLabel = QLabel(RegistrationDialog)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.registrationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.registrationDeviceName = QLineEdit(RegistrationDialog)
        self.registrationDeviceName.setObjectName(u"registrationDeviceName")

        self.registrationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.registrationDeviceName)


        self.rootLayout.addLayout(self.registrationForm)

        self.registrationStatus = QLabel(RegistrationDialog)
        self.registrationStatus.setObjectName(u"registrationStatus")
        self.registrationStatus.setWordWrap(True)

        self.rootLayout.addWidget(self.registrationStatus)

        self.registrationBusy = QProgressBar(RegistrationDialog)
        self.registrationBusy.setObjectName(u"registrationBusy")
        self.registrationBusy.setMaximum(0)
        self.registrationBusy.setTextVisible(False)

        self.rootLayout.addWidget(self.registrationBusy)

        self.registrationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.registrationSpacer)

        self.registrationButtons = QDialogButtonBox(RegistrationDialog)
        self.registrationButtons.setObjectName(u"registrationButtons")
        self.registrationButtons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.rootLayout.addWidget(self.registrationButtons)


        self.retranslateUi(RegistrationDialog)

        QMetaObject.connectSlotsByName(RegistrationDialog)
    # setupUi

    def retranslateUi(self, RegistrationDialog):
        RegistrationDialog.setWindowTitle(QCoreApplication.translate("RegistrationDialog", u"\u0110\u0103ng k\u00fd qu\u1ea7y v\u1edbi h\u1ec7 th\u1ed1ng t\u1ec9nh", None))
        self.registrationIntro.setText(QCoreApplication.translate("RegistrationDialog", u"Qu\u1ea7y \u0111\u0103ng k\u00fd m\u1ed9t l\u1ea7n b\u1eb1ng t\u00e0i kho\u1ea3n c\u1ee7a c\u00e1n b\u1ed9 tr\u00ean h\u1ec7 th\u1ed1ng m\u1ed9t c\u1eeda c\u1ee7a t\u1ec9nh. M\u1eadt kh\u1ea9u kh\u00f4ng \u0111\u01b0\u1ee3c l\u01b0u tr\u00ean m\u00e1y; kh\u00f3a thi\u1ebft b\u1ecb \u0111\u01b0\u1ee3c c\u1ea5t trong kho kh\u00f3a b\u00ed m\u1eadt c\u1ee7a h\u1ec7 \u0111i\u1ec1u h\u00e0nh.", None))
        self.serverLabel.setText(QCoreApplication.translate("RegistrationDialog", u"\u0110\u1ecba ch\u1ec9 m\u00e1y ch\u1ee7 t\u1ec9nh *", None))
        self.registrationServer.setPlaceholderText(QCoreApplication.translate("RegistrationDialog", u"VD: https://motcua.laichau.gov.vn", None))
        self.registrationServerError.setText("")
        self.usernameLabel.setText(QCoreApplication.translate("RegistrationDialog", u"T\u00ean \u0111\u0103ng nh\u1eadp *", None))
        self.registrationUsernameError.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("RegistrationDialog", u"M\u1eadt kh\u1ea9u *", None))
        self.registrationPasswordError.setText("")
        self.deviceLabel.setText(QCoreApplication.translate("RegistrationDialog", u"T\u00ean qu\u1ea7y (thi\u1ebft b\u1ecb)", None))
        self.registrationStatus.setText("")
    # retranslateUi

