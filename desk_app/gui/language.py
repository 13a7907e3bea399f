"""The window's language: Vietnamese, the language of the sources, or a shipped translation.

Translations are compiled .qm files in desk_app.resources/i18n (made from the .ts files beside
them by scripts/translations.py), read through importlib.resources so that a pip install and a
PyInstaller bundle find them alike. Qt's own words (standard buttons, the file and print dialogs)
come from Qt's qtbase translation where Qt ships one for the language.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_app.settings import LANGUAGES

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = LANGUAGES[0]
TRANSLATOR_NAME = "deskTranslation"


def translation_file(language: str) -> Path:
    """The compiled translation of the desk's own strings into `language`."""
    return Path(str(resources.files("desk_app.resources") / "i18n" / f"desk_{language}.qm"))


def use_language(app: QCoreApplication, language: str) -> None:
    """Translate what is built from now on into `language`, in place of the language used before.

    Screens read their words when they are built, so this comes before the window. A translation
    that cannot be read leaves the window in Vietnamese, which every officer can read, rather than
    keeping it from opening."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    qt_words = QTranslator(app)
    if qt_words.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _install(app, qt_words)
    if language == SOURCE_LANGUAGE:
        return
    desk_words = QTranslator(app)
    if desk_words.load(str(translation_file(language))):
        _install(app, desk_words)
    else:
        log.warning("no translation into %s at %s; the window stays in Vietnamese", language,
                    translation_file(language))


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    translator.setObjectName(TRANSLATOR_NAME)
    app.installTranslator(translator)
