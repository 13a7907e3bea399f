# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_IntakeScreen(object):
    def setupUi(self, IntakeScreen):
        if not IntakeScreen.objectName():
            IntakeScreen.setObjectName(u"IntakeScreen")
        IntakeScreen.resize(1180, 720)
        self.rootLayout = QVBoxLayout(IntakeScreen)
        self.rootLayout.setObjectName(u"rootLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.procedureGroup = QGroupBox(IntakeScreen)
        self.procedureGroup.setObjectName(u"procedureGroup")
        self.procedureLayout = QVBoxLayout(self.procedureGroup)
        self.procedureLayout.setObjectName(u"procedureLayout")
        self.intakeProcedureSearch = QLineEdit(self.procedureGroup)
        self.intakeProcedureSearch.setObjectName(u"intakeProcedureSearch")
        self.intakeProcedureSearch.setClearButtonEnabled(True)

        self.procedureLayout.addWidget(self.intakeProcedureSearch)

        self.intakeProcedureList = QListView(self.procedureGroup)
        self.intakeProcedureList.setObjectName(u"intakeProcedureList")
        self.intakeProcedureList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.intakeProcedureList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.intakeProcedureList.setWordWrap(True)

        self.procedureLayout.addWidget(self.intakeProcedureList)

        self.intakeProcedureChosen = QLabel(self.procedureGroup)
        self.intakeProcedureChosen.setObjectName(u"intakeProcedureChosen")
        self.intakeProcedureChosen.setWordWrap(True)
        self.intakeProcedureChosen.setTextFormat(Qt.PlainText)

        self.procedureLayout.addWidget(self.intakeProcedureChosen)

        self.intakeProcedureInfo = QLabel(self.procedureGroup)
        self.intakeProcedureInfo.setObjectName(u"intakeProcedureInfo")
        self.intakeProcedureInfo.setWordWrap(True)
        self.intakeProcedureInfo.setTextFormat(Qt.PlainText)

        self.procedureLayout.addWidget(self.intakeProcedureInfo)

        self.intakeProcedureError = QLabel(self.procedureGroup)
        self.intakeProcedureError.setObjectName(u"intakeProcedureError")
        self.intakeProcedureError.setWordWrap(True)

        self.procedureLayout.addWidget(self.intakeProcedureError)


        self.columnsLayout.addWidget(self.procedureGroup)

        self.applicantGroup = QGroupBox(IntakeScreen)
        self.applicantGroup.setObjectName(u"applicantGroup")
        self.applicantLayout = QFormLayout(self.applicantGroup)
        self.applicantLayout.setObjectName(u"applicantLayout")
        self.applicantLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.applicantGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.applicantLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.intakeApplicantName = QLineEdit(self.applicantGroup)
        self.intakeApplicantName.setObjectName(u"intakeApplicantName")
        self.intakeApplicantName.setMaxLength(100)

        self.applicantLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.intakeApplicantName)

        self.nameCheckLayout = QVBoxLayout()
        self.nameCheckLayout.setObjectName(u"nameCheckLayout")
        self.intakeApplicantNameError = QLabel(self.applicantGroup)
        self.intakeApplicantNameError.setObjectName(u"intakeApplicantNameError")
        self.intakeApplicantNameError.setWordWrap(True)

        self.nameCheckLayout.addWidget(self.intakeApplicantNameError)

        self.intakeNameConfirmed = QCheckBox(self.applicantGroup)
        self.intakeNameConfirmed.setObjectName(u"intakeNameConfirmed")

        self.nameCheckLayout.addWidget(self.intakeNameConfirmed)


        self.applicantLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameCheckLayout)

        self.idLabel = QLabel(self.applicantGroup)
        self.idLabel.setObjectName(u"idLabel")

        self.applicantLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.intakeApplicantId = QLineEdit(self.applicantGroup)
        self.intakeApplicantId.setObjectName(u"intakeApplicantId")
        self.intakeApplicantId.setMaxLength(20)

        self.applicantLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.intakeApplicantId)

        self.intakeApplicantIdError = QLabel(self.applicantGroup)
        self.intakeApplicantIdError.setObjectName(u"intakeApplicantIdError")
        self.intakeApplicantIdError.setWordWrap(True)

        self.applicantLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.intakeApplicantIdError)

        self.birthLabel = QLabel(self.applicantGroup)
        self.birthLabel.setObjectName(u"birthLabel")

        self.applicantLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthSexLayout = QHBoxLayout()
        self.birthSexLayout.setObjectName(u"birthSexLayout")
        self.intakeApplicantBirthDate = QLineEdit(self.applicantGroup)
        self.intakeApplicantBirthDate.setObjectName(u"intakeApplicantBirthDate")
        self.intakeApplicantBirthDate.setMaxLength(10)

        self.birthSexLayout.addWidget(self.intakeApplicantBirthDate)

        self.sexLabel = QLabel(self.applicantGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.birthSexLayout.addWidget(self.sexLabel)

        self.intakeApplicantSex = QComboBox(self.applicantGroup)
        self.intakeApplicantSex.setObjectName(u"intakeApplicantSex")

        self.birthSexLayout.addWidget(self.intakeApplicantSex)


        self.applicantLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.birthSexLayout)

        self.intakeApplicantBirthDateError = QLabel(self.applicantGroup)
        self.intakeApplicantBirthDateError.setObjectName(u"intakeApplicantBirthDateError")
        self.intakeApplicantBirthDateError.setWordWrap(True)

        self.applicantLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.intakeApplicantBirthDateError)

        self.addressLabel = QLabel(self.applicantGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.applicantLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.intakeApplicantAddress = QLineEdit(self.applicantGroup)
        self.intakeApplicantAddress.setObjectName(u"intakeApplicantAddress")
        self.intakeApplicantAddress.setMaxLength(300)

        self.applicantLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.intakeApplicantAddress)

        self.intakeApplicantAddressError = QLabel(self.applicantGroup)
        self.intakeApplicantAddressError.setObjectName(u"intakeApplicantAddressError")
        self.intakeApplicantAddressError.setWordWrap(True)

        self.applicantLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.intakeApplicantAddressError)

        self.phoneLabel = QLabel(self.applicantGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.applicantLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.intakeApplicantPhone = QLineEdit(self.applicantGroup)
        self.intakeApplicantPhone.setObjectName(u"intakeApplicantPhone")
        self.intakeApplicantPhone.setMaxLength(20)

        self.applicantLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.intakeApplicantPhone)

        self.intakeApplicantPhoneError = QLabel(self.applicantGroup)
        self.intakeApplicantPhoneError.setObjectName(u"intakeApplicantPhoneError")
        self.intakeApplicantPhoneError.setWordWrap(True)

        self.applicantLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.intakeApplicantPhoneError)

        self.emailLabel = QLabel(self.applicantGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.applicantLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.intakeApplicantEmail = QLineEdit(self.applicantGroup)
        self.intakeApplicantEmail.setObjectName(u"intakeApplicantEmail")
        self.intakeApplicantEmail.setMaxLength(120)

        self.applicantLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.intakeApplicantEmail)

        self.intakeApplicantEmailError = QLabel(self.applicantGroup)
        self.intakeApplicantEmailError.setObjectName(u"intakeApplicantEmailError")
        self.intakeApplicantEmailError.setWordWrap(True)

        self.applicantLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.intakeApplicantEmailError)

        self.intakeByPost = QCheckBox(self.applicantGroup)
        self.intakeByPost.setObjectName(u"intakeByPost")

        self.applicantLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.intakeByPost)


        self.columnsLayout.addWidget(self.applicantGroup)

        self.documentsGroup = QGroupBox(IntakeScreen)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsLayout = QVBoxLayout(self.documentsGroup)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.intakeDocumentList = QListWidget(self.documentsGroup)
        self.intakeDocumentList.setObjectName(u"intakeDocumentList")
        self.intakeDocumentList.setWordWrap(True)
        self.intakeDocumentList.setAlternatingRowColors(True)

        self.documentsLayout.addWidget(self.intakeDocumentList)

        self.intakeDocumentError = QLabel(self.documentsGroup)
        self.intakeDocumentError.setObjectName(u"intakeDocumentError")
        self.intakeDocumentError.setWordWrap(True)

        self.documentsLayout.addWidget(self.intakeDocumentError)

        self.documentsButtons = QHBoxLayout()
        self.documentsButtons.setObjectName(u"documentsButtons")
        self.intakeCheckAll = QPushButton(self.documentsGroup)
        self.intakeCheckAll.setObjectName(u"intakeCheckAll")

        self.documentsButtons.addWidget(self.intakeCheckAll)

        self.intakeReturnOriginal = QPushButton(self.documentsGroup)
        self.intakeReturnOriginal.setObjectName(u"intakeReturnOriginal")

        self.documentsButtons.addWidget(self.intakeReturnOriginal)

        self.documentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentsButtons.addItem(self.documentsSpacer)

        self.setsLabel = QLabel(self.documentsGroup)
        self.setsLabel.setObjectName(u"setsLabel")

        self.documentsButtons.addWidget(self.setsLabel)

        self.intakeSets = QSpinBox(self.documentsGroup)
        self.intakeSets.setObjectName(u"intakeSets")
        self.intakeSets.setMinimum(1)
        self.intakeSets.setMaximum(99)

        self.documentsButtons.addWidget(self.intakeSets)


        self.documentsLayout.addLayout(self.documentsButtons)

        self.noteLabel = QLabel(self.documentsGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.documentsLayout.addWidget(self.noteLabel)

        self.intakeNote = QPlainTextEdit(self.documentsGroup)
        self.intakeNote.setObjectName(u"intakeNote")
        self.intakeNote.setTabChangesFocus(True)
        self.intakeNote.setMaximumSize(QSize(16777215, 70))

        self.documentsLayout.addWidget(self.intakeNote)

        self.intakeNoteError = QLabel(self.documentsGroup)
        self.intakeNoteError.setObjectName(u"intakeNoteError")
        self.intakeNoteError.setWordWrap(True)

        self.documentsLayout.addWidget(self.intakeNoteError)


        self.columnsLayout.addWidget(self.documentsGroup)

        self.columnsLayout.setStretch(0, 5)
        self.columnsLayout.setStretch(1, 5)
        self.columnsLayout.setStretch(2, 6)

        self.rootLayout.addLayout(self.columnsLayout)

        self.dueFrame = QFrame(IntakeScreen)
        self.dueFrame.setObjectName(u"dueFrame")
        self.dueFrame.setFrameShape(QFrame.StyledPanel)
        self.dueLayout = QHBoxLayout(self.dueFrame)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueCaption = QLabel(self.dueFrame)
        self.dueCaption.setObjectName(u"dueCaption")

        self.dueLayout.addWidget(self.dueCaption)

        self.intakeDueDate = QLabel(self.dueFrame)
        self.intakeDueDate.setObjectName(u"intakeDueDate")

        self.dueLayout.addWidget(self.intakeDueDate)

        self.intakeDueDetail = QLabel(self.dueFrame)
        self.intakeDueDetail.setObjectName(u"intakeDueDetail")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.intakeDueDetail.sizePolicy().hasHeightForWidth())
        self.intakeDueDetail.setSizePolicy(sizePolicy)
        self.intakeDueDetail.setWordWrap(True)

        self.dueLayout.addWidget(self.intakeDueDetail)

        self.intakeFee = QLabel(self.dueFrame)
        self.intakeFee.setObjectName(u"intakeFee")

        self.dueLayout.addWidget(self.intakeFee)

        self.pickupCaption = QLabel(self.dueFrame)
        self.pickupCaption.setObjectName(u"pickupCaption")

        self.dueLayout.addWidget(self.pickupCaption)

        self.intakePickupSlot = QComboBox(self.dueFrame)
        self.intakePickupSlot.setObjectName(u"intakePickupSlot")
        self.intakePickupSlot.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.dueLayout.addWidget(self.intakePickupSlot)


        self.rootLayout.addWidget(self.dueFrame)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.intakeClear = QPushButton(IntakeScreen)
        self.intakeClear.setObjectName(u"intakeClear")

        self.actionsLayout.addWidget(self.intakeClear)

        self.intakeStatus = QLabel(IntakeScreen)
        self.intakeStatus.setObjectName(u"intakeStatus")
        sizePolicy.setHeightForWidth(self.intakeStatus.sizePolicy().hasHeightForWidth())
        self.intakeStatus.setSizePolicy(sizePolicy)
        self.intakeStatus.setWordWrap(True)

        self.actionsLayout.addWidget(self.intakeStatus)

        self.intakeRefuse = QPushButton(IntakeScreen)
        self.intakeRefuse.setObjectName(u"intakeRefuse")

        self.actionsLayout.addWidget(self.intakeRefuse)

        self.intakeRequestSupplement = QPushButton(IntakeScreen)
        self.intakeRequestSupplement.setObjectName(u"intakeRequestSupplement")

        self.actionsLayout.addWidget(self.intakeRequestSupplement)

        self.intakeSaveAndPrint = QPushButton(IntakeScreen)
        self.intakeSaveAndPrint.setObjectName(u"intakeSaveAndPrint")

        self.actionsLayout.addWidget(self.intakeSaveAndPrint)


        self.rootLayout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.intakeApplicantName)
        self.idLabel.setBuddy(self.intakeApplicantId)
        self.birthLabel.setBuddy(self.intakeApplicantBirthDate)
        self.sexLabel.setBuddy(self.intakeApplicantSex)
        self.addressLabel.setBuddy(self.intakeApplicantAddress)
        self.phoneLabel.setBuddy(self.intakeApplicantPhone)
        self.emailLabel.setBuddy(self.intakeApplicantEmail)
        self.setsLabel.setBuddy(self.intakeSets)
        self.noteLabel.setBuddy(self.intakeNote)
        self.pickupCaption.setBuddy(self.intakePickupSlot)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.intakeProcedureSearch, self.intakeApplicantName)
        QWidget.setTabOrder(self.intakeApplicantName, self.intakeApplicantId)
        QWidget.setTabOrder(self.intakeApplicantId, self.intakeApplicantBirthDate)
        QWidget.setTabOrder(self.intakeApplicantBirthDate, self.intakeApplicantSex)
        QWidget.setTabOrder(self.intakeApplicantSex, self.intakeApplicantAddress)
        QWidget.setTabOrder(self.intakeApplicantAddress, self.intakeApplicantPhone)
        QWidget.setTabOrder(self.intakeApplicantPhone, self.intakeApplicantEmail)
        QWidget.setTabOrder(self.intakeApplicantEmail, self.intakeByPost)
        QWidget.setTabOrder(self.intakeByPost, self.intakeDocumentList)
        QWidget.setTabOrder(self.intakeDocumentList, self.intakeCheckAll)
        QWidget.setTabOrder(self.intakeCheckAll, self.intakeReturnOriginal)
        QWidget.setTabOrder(self.intakeReturnOriginal, self.intakeSets)
        QWidget.setTabOrder(self.intakeSets, self.intakeNote)
        QWidget.setTabOrder(self.intakeNote, self.intakeSaveAndPrint)

        self.retranslateUi(IntakeScreen)

        self.intakeSaveAndPrint.setDefault(False)


        QMetaObject.connectSlotsByName(IntakeScreen)
    # setupUi

    def retranslateUi(self, IntakeScreen):
        IntakeScreen.setWindowTitle(QCoreApplication.translate("IntakeScreen", u"Ti\u1ebfp nh\u1eadn h\u1ed3 s\u01a1", None))
        self.procedureGroup.setTitle(QCoreApplication.translate("IntakeScreen", u"1. Th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh", None))
        self.intakeProcedureSearch.setPlaceholderText(QCoreApplication.translate("IntakeScreen", u"G\u00f5 t\u00ean ho\u1eb7c m\u00e3 th\u1ee7 t\u1ee5c (c\u00f3 d\u1ea5u ho\u1eb7c kh\u00f4ng d\u1ea5u), Enter \u0111\u1ec3 ch\u1ecdn", None))
        self.intakeProcedureChosen.setText(QCoreApplication.translate("IntakeScreen", u"Ch\u01b0a ch\u1ecdn th\u1ee7 t\u1ee5c.", None))
        self.intakeProcedureInfo.setText("")
        self.intakeProcedureError.setText("")
        self.applicantGroup.setTitle(QCoreApplication.translate("IntakeScreen", u"2. Ch\u1ee7 h\u1ed3 s\u01a1 (qu\u00e9t m\u00e3 QR tr\u00ean th\u1ebb c\u0103n c\u01b0\u1edbc \u0111\u1ec3 \u0111i\u1ec1n)", None))
        self.nameLabel.setText(QCoreApplication.translate("IntakeScreen", u"H\u1ecd v\u00e0 &t\u00ean", None))
        self.intakeApplicantNameError.setText("")
        self.intakeNameConfirmed.setText(QCoreApplication.translate("IntakeScreen", u"\u0110\u00e3 \u0111\u1ed1i chi\u1ebfu h\u1ecd t\u00ean (kh\u00f4ng d\u1ea5u) v\u1edbi th\u1ebb c\u0103n c\u01b0\u1edbc", None))
        self.idLabel.setText(QCoreApplication.translate("IntakeScreen", u"S\u1ed1 \u0111\u1ecbnh &danh", None))
        self.intakeApplicantId.setPlaceholderText(QCoreApplication.translate("IntakeScreen", u"12 ch\u1eef s\u1ed1 tr\u00ean th\u1ebb c\u0103n c\u01b0\u1edbc", None))
        self.intakeApplicantIdError.setText("")
        self.birthLabel.setText(QCoreApplication.translate("IntakeScreen", u"Ng\u00e0y &sinh", None))
        self.intakeApplicantBirthDate.setPlaceholderText(QCoreApplication.translate("IntakeScreen", u"dd/mm/yyyy", None))
        self.sexLabel.setText(QCoreApplication.translate("IntakeScreen", u"&Gi\u1edbi t\u00ednh", None))
        self.intakeApplicantBirthDateError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("IntakeScreen", u"\u0110\u1ecba &ch\u1ec9", None))
        self.intakeApplicantAddressError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("IntakeScreen", u"\u0110i\u1ec7n t&ho\u1ea1i", None))
        self.intakeApplicantPhoneError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("IntakeScreen", u"&Email", None))
        self.intakeApplicantEmailError.setText("")
        self.intakeByPost.setText(QCoreApplication.translate("IntakeScreen", u"Nh\u1eadn k\u1ebft qu\u1ea3 qua d\u1ecbch v\u1ee5 b\u01b0u ch\u00ednh (g\u1eedi v\u1ec1 \u0111\u1ecba ch\u1ec9 tr\u00ean)", None))
        self.documentsGroup.setTitle(QCoreApplication.translate("IntakeScreen", u"3. Th\u00e0nh ph\u1ea7n h\u1ed3 s\u01a1 \u0111\u00e3 nh\u1eadn (\u0111\u00e1nh d\u1ea5u gi\u1ea5y t\u1edd \u0111\u00e3 n\u1ed9p)", None))
        self.intakeDocumentError.setText("")
        self.intakeCheckAll.setText(QCoreApplication.translate("IntakeScreen", u"\u0110\u00e3 nh\u1eadn \u0111\u1ee7 t\u1ea5t c\u1ea3 (F7)", None))
        self.intakeReturnOriginal.setText(QCoreApplication.translate("IntakeScreen", u"Tr\u1ea3 l\u1ea1i b\u1ea3n ch\u00ednh (R)", None))
#if QT_CONFIG(tooltip)
        self.intakeReturnOriginal.setToolTip(QCoreApplication.translate("IntakeScreen", u"\u0110\u00e1nh d\u1ea5u b\u1ea3n ch\u00ednh \u0111ang ch\u1ecdn s\u1ebd \u0111\u01b0\u1ee3c tr\u1ea3 l\u1ea1i c\u00f9ng k\u1ebft qu\u1ea3 (ph\u00edm R)", None))
#endif // QT_CONFIG(tooltip)
        self.setsLabel.setText(QCoreApplication.translate("IntakeScreen", u"S\u1ed1 &b\u1ed9 h\u1ed3 s\u01a1", None))
        self.noteLabel.setText(QCoreApplication.translate("IntakeScreen", u"Ghi &ch\u00fa / l\u00fd do (b\u1eaft bu\u1ed9c khi t\u1eeb ch\u1ed1i)", None))
        self.intakeNoteError.setText("")
        self.dueCaption.setText(QCoreApplication.translate("IntakeScreen", u"Ng\u00e0y h\u1eb9n tr\u1ea3:", None))
        self.intakeDueDate.setText(QCoreApplication.translate("IntakeScreen", u"\u2014", None))
        self.intakeDueDetail.setText("")
        self.intakeFee.setText("")
        self.pickupCaption.setText(QCoreApplication.translate("IntakeScreen", u"H\u1eb9n &gi\u1edd nh\u1eadn:", None))
#if QT_CONFIG(tooltip)
        self.intakePickupSlot.setToolTip(QCoreApplication.translate("IntakeScreen", u"M\u1ed9t khung gi\u1edd \u0111\u1ec3 c\u00f4ng d\u00e2n \u0111\u1ebfn nh\u1eadn k\u1ebft qu\u1ea3, t\u1eeb ng\u00e0y h\u1eb9n tr\u1ea3 tr\u1edf \u0111i; in tr\u00ean gi\u1ea5y ti\u1ebfp nh\u1eadn", None))
#endif // QT_CONFIG(tooltip)
        self.intakeClear.setText(QCoreApplication.translate("IntakeScreen", u"H\u1ed3 s\u01a1 m\u1edbi (Ctrl+N)", None))
        self.intakeStatus.setText("")
        self.intakeRefuse.setText(QCoreApplication.translate("IntakeScreen", u"T\u1eeb ch\u1ed1i ti\u1ebfp nh\u1eadn (M\u1eabu 03)", None))
        self.intakeRequestSupplement.setText(QCoreApplication.translate("IntakeScreen", u"Y\u00eau c\u1ea7u b\u1ed5 sung (M\u1eabu 02)", None))
        self.intakeSaveAndPrint.setText(QCoreApplication.translate("IntakeScreen", u"L\u01b0u v\u00e0 in gi\u1ea5y ti\u1ebfp nh\u1eadn (F9)", None))
    # retranslateUi

