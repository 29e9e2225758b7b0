"""Running a test in one of the app's languages, as a desk does: the app's and Qt's
translators installed (so that ``%n`` texts take their plural forms), and taken away again
with the default locale afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from vagledare.gui.shell.i18n import install_translators
from vagledare.journal.terms import Lang


@contextmanager
def translated(lang: Lang) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None, "a test in a language needs the Qt application (qtbot/qapp)"
    before = QLocale()
    translators = install_translators(app, lang)
    try:
        yield
    finally:
        for t in translators:
            app.removeTranslator(t)
        QLocale.setDefault(before)
