"""Loading translations: ours (.qm inside the package) and Qt's own."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []
_current: list[tuple[str, int]] = []


def resolve(code: str) -> str:
    """'' follows the system locale: Chinese systems get zh_CN, others English."""
    if code:
        return code
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def apply_language(code: str) -> str:
    """Install the translators for ``code``; widgets get a LanguageChange event."""
    app = QCoreApplication.instance()
    lang = resolve(code)
    if _current and _current[0] == (lang, id(app)):
        return lang
    _current[:] = [(lang, id(app))]
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    zh = lang.startswith("zh")
    if zh:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    ours = QTranslator(app)
    qm = resources.files("greenlife.resources").joinpath("i18n", f"greenlife_{'zh_CN' if zh else 'en'}.qm")
    with resources.as_file(qm) as path:
        if path.exists() and ours.load(str(path)):  # English: plural forms only
            app.installTranslator(ours)
            _installed.append(ours)
    if zh:
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return lang
