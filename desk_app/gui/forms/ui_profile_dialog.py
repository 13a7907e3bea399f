# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.resize(680, 520)
        self.rootLayout = QVBoxLayout(ProfileDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.profileIntro = QLabel(ProfileDialog)
        self.profileIntro.setObjectName(u"profileIntro")
        self.profileIntro.setWordWrap(True)

        self.rootLayout.addWidget(self.profileIntro)

        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.parentLabel = QLabel(ProfileDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.profileParentAgencyName = QLineEdit(ProfileDialog)
        self.profileParentAgencyName.setObjectName(u"profileParentAgencyName")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.profileParentAgencyName)

        self.agencyLabel = QLabel(ProfileDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.profileAgencyName = QLineEdit(ProfileDialog)
        self.profileAgencyName.setObjectName(u"profileAgencyName")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.profileAgencyName)

        self.profileAgencyNameError = QLabel(ProfileDialog)
        self.profileAgencyNameError.setObjectName(u"profileAgencyNameError")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.profileAgencyNameError)

        self.codeLabel = QLabel(ProfileDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.profileAgencyCode = QLineEdit(ProfileDialog)
        self.profileAgencyCode.setObjectName(u"profileAgencyCode")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.profileAgencyCode)

        self.profileAgencyCodeError = QLabel(ProfileDialog)
        self.profileAgencyCodeError.setObjectName(u"profileAgencyCodeError")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profileAgencyCodeError)

        self.placeLabel = QLabel(ProfileDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.profilePlaceName = QLineEdit(ProfileDialog)
        self.profilePlaceName.setObjectName(u"profilePlaceName")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.profilePlaceName)

        self.profilePlaceNameError = QLabel(ProfileDialog)
        self.profilePlaceNameError.setObjectName(u"profilePlaceNameError")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.profilePlaceNameError)

        self.officerLabel = QLabel(ProfileDialog)
        self.officerLabel.setObjectName(u"officerLabel")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.profileOfficerName = QLineEdit(ProfileDialog)
        self.profileOfficerName.setObjectName(u"profileOfficerName")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.profileOfficerName)

        self.profileOfficerNameError = QLabel(ProfileDialog)
        self.profileOfficerNameError.setObjectName(u"profileOfficerNameError")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.profileOfficerNameError)

        self.blockLabel = QLabel(ProfileDialog)
        self.blockLabel.setObjectName(u"blockLabel")

        self.profileForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.blockLabel)

        self.profileSequenceBlock = QLineEdit(ProfileDialog)
        self.profileSequenceBlock.setObjectName(u"profileSequenceBlock")

        self.profileForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.profileSequenceBlock)

        self.profileSequenceBlockError = QLabel(ProfileDialog)
        self.profileSequenceBlockError.setObjectName(u"profileSequenceBlockError")
        self.profileSequenceBlockError.setWordWrap(True)

        self.profileForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.profileSequenceBlockError)

        self.titleLabel = QLabel(ProfileDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.profileForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.profileOfficerTitle = QLineEdit(ProfileDialog)
        self.profileOfficerTitle.setObjectName(u"profileOfficerTitle")

        self.profileForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.profileOfficerTitle)

        self.lookupLabel = QLabel(ProfileDialog)
        self.lookupLabel.setObjectName(u"lookupLabel")

        self.profileForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.lookupLabel)

        self.profileLookupUrl = QLineEdit(ProfileDialog)
        self.profileLookupUrl.setObjectName(u"profileLookupUrl")

        self.profileForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.profileLookupUrl)


        self.rootLayout.addLayout(self.profileForm)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.profileSpacer)

        self.profileButtons = QDialogButtonBox(ProfileDialog)
        self.profileButtons.setObjectName(u"profileButtons")
        self.profileButtons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.rootLayout.addWidget(self.profileButtons)


        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"Th\u00f4ng tin qu\u1ea7y ti\u1ebfp nh\u1eadn", None))
        self.profileIntro.setText(QCoreApplication.translate("ProfileDialog", u"C\u00e1c th\u00f4ng tin n\u00e0y \u0111\u01b0\u1ee3c in tr\u00ean gi\u1ea5y ti\u1ebfp nh\u1eadn v\u00e0 c\u00e1c phi\u1ebfu c\u1ee7a B\u1ed9 ph\u1eadn M\u1ed9t c\u1eeda.", None))
        self.parentLabel.setText(QCoreApplication.translate("ProfileDialog", u"C\u01a1 quan ch\u1ee7 qu\u1ea3n", None))
        self.profileParentAgencyName.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"VD: \u1ee6Y BAN NH\u00c2N D\u00c2N T\u1ec8NH H\u01afNG Y\u00caN", None))
        self.agencyLabel.setText(QCoreApplication.translate("ProfileDialog", u"T\u00ean c\u01a1 quan ti\u1ebfp nh\u1eadn *", None))
        self.profileAgencyName.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"VD: Trung t\u00e2m Ph\u1ee5c v\u1ee5 h\u00e0nh ch\u00ednh c\u00f4ng x\u00e3 \u0110\u00f4ng H\u01b0ng", None))
        self.profileAgencyNameError.setText("")
        self.codeLabel.setText(QCoreApplication.translate("ProfileDialog", u"M\u00e3 \u0111\u1ecbnh danh c\u01a1 quan *", None))
        self.profileAgencyCode.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"VD: 000.00.12.H12", None))
        self.profileAgencyCodeError.setText("")
        self.placeLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0110\u1ecba danh (in \u1edf d\u00f2ng ng\u00e0y th\u00e1ng) *", None))
        self.profilePlaceName.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"VD: \u0110\u00f4ng H\u01b0ng", None))
        self.profilePlaceNameError.setText("")
        self.officerLabel.setText(QCoreApplication.translate("ProfileDialog", u"H\u1ecd t\u00ean c\u00e1n b\u1ed9 ti\u1ebfp nh\u1eadn *", None))
        self.profileOfficerNameError.setText("")
        self.blockLabel.setText(QCoreApplication.translate("ProfileDialog", u"Kho\u1ea3ng s\u1ed1 th\u1ee9 t\u1ef1 h\u1ed3 s\u01a1 c\u1ee7a qu\u1ea7y *", None))
        self.profileSequenceBlock.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"VD: 1-8999 (qu\u1ea7y duy nh\u1ea5t); 1-4499 v\u00e0 4500-8999 (hai qu\u1ea7y)", None))
        self.profileSequenceBlockError.setText(QCoreApplication.translate("ProfileDialog", u"M\u1ed7i qu\u1ea7y c\u1ee7a c\u00f9ng m\u1ed9t c\u01a1 quan ph\u1ea3i d\u00f9ng m\u1ed9t kho\u1ea3ng ri\u00eang, kh\u00f4ng tr\u00f9ng nhau.", None))
        self.titleLabel.setText(QCoreApplication.translate("ProfileDialog", u"Ch\u1ee9c danh", None))
        self.profileOfficerTitle.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"VD: C\u00f4ng ch\u1ee9c B\u1ed9 ph\u1eadn M\u1ed9t c\u1eeda", None))
        self.lookupLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0110\u1ecba ch\u1ec9 tra c\u1ee9u h\u1ed3 s\u01a1 (m\u00e3 QR)", None))
        self.profileLookupUrl.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"VD: https://dichvucong.hungyen.gov.vn/tra-cuu", None))
    # retranslateUi

