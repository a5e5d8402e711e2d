"""The UI language: Swedish source strings, English from resources/i18n/minutes_desk_en.qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from minutes_desk.config import resources_dir


def qm_path(language: str) -> str:
    return str(resources_dir() / "i18n" / f"minutes_desk_{language}.qm")


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation and Qt's own (standard buttons, context menus) for ``language``.

    Swedish needs none of ours but a few key names. A missing .qm (not built yet: scripts/
    build_translations.py) leaves the Swedish source strings.
    """
    QLocale.setDefault(QLocale(language))
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language != "sv":
        candidates.append((qm_path(language), ""))
    else:  # key names qtbase_sv leaves in English ("Return" beside "Godta förslaget")
        candidates.append((str(resources_dir() / "i18n" / "qtkeys_sv.qm"), ""))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory) if directory else translator.load(name):
            app.installTranslator(translator)
            translators.append(translator)
    return translators
