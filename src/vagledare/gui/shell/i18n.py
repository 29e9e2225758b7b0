"""Choosing the language and installing Qt's translators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vagledare.journal.terms import Lang

QM_DIR = Path(__file__).resolve().parent.parent / "i18n"  # gui/i18n, beside shell/


def choose_language(setting: str, system: QLocale | None = None) -> Lang:
    """The setting wins; otherwise English on an English system, Swedish everywhere else."""
    if setting in ("sv", "en"):
        return setting  # type: ignore[return-value]
    system = system or QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "sv"


def install_translators(app: QCoreApplication, lang: Lang) -> list[QTranslator]:
    """Install the app's and Qt's own translators; the caller keeps the returned list alive
    (a QTranslator without a Python reference silently stops working)."""
    locale = (
        QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
        if lang == "sv"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(QM_DIR / f"vagledare_{lang}.qm")):
        app.installTranslator(own)
        translators.append(own)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def switch_language(app: QCoreApplication, lang: Lang) -> None:
    """Replace the installed translators (kept on the app as ``_vagledare_translators``);
    widgets built or retranslated afterwards speak ``lang``."""
    for old in getattr(app, "_vagledare_translators", []):
        app.removeTranslator(old)
    app._vagledare_translators = install_translators(app, lang)  # type: ignore[attr-defined]
