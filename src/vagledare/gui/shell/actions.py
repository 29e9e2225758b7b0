"""The main window's actions and menus, registered here instead of built inside the window.

In the manner of MusicBrainz Picard's ``picard/ui/mainwindow/actions.py``: every menu action
is an ``ActionSpec`` in one registry (its id, text, shortcut, status tip, whether it is
checkable, and what it calls on the window), and ``MENUS`` lays the menu bar out by id.
``install_menus`` makes the actions (each one the window's attribute of its id, ``lock_action``,
``page_actions``…) and the menus; the window keeps only its slots.

The texts are translated in the context ``MainWindow``, as when the window built its menus
itself, so that the existing translations apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from vagledare.gui.shell import theme

# The window the actions act on is gui.shell.main_window.MainWindow, which installs them; it is
# named by its Qt base here so that this registry does not import the window back.
Window = QMainWindow

CONTEXT = "MainWindow"  # the translation context of every text here
Shortcut = QKeySequence.StandardKey | str


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ActionSpec:
    """One action of the window's menus.

    ``slot`` is the name of what it calls on the window (dotted for the window's helpers:
    ``"exchange.sync_now"``) or a function of the window. ``text`` and ``status_tip`` are
    source texts (marked with ``QT_TRANSLATE_NOOP`` in the context ``MainWindow``).
    """

    id: str
    text: str
    slot: str | Callable[[Window], object]
    shortcut: Shortcut | None = None
    status_tip: str | None = None
    checkable: bool = False
    checked: Callable[[Window], bool] | None = None


def _open_settings(window: Window) -> None:
    from vagledare.gui.admin.settings_dialog import open_settings

    open_settings(window, window.desk, window.lang, window.reload_pages)


def _open_backups(window: Window) -> None:
    from vagledare.gui.admin.backups_dialog import open_backups

    open_backups(window, window.desk, window.hold_journal)


def _open_import(window: Window) -> None:
    from vagledare.gui.admin.import_dialog import open_import

    open_import(window, window.desk, window.reload_pages)


def _go_to_page(index: int) -> Callable[[Window], object]:
    return lambda window: window._go_to_page(index)


# Ctrl+1 … Ctrl+8: the tabs, in their order.
PAGE_ACTIONS: tuple[ActionSpec, ...] = tuple(
    ActionSpec(f"{key}_page_action", text, _go_to_page(i), shortcut=f"Ctrl+{i + 1}")
    for i, (key, text) in enumerate(
        (
            ("log", QT_TRANSLATE_NOOP("MainWindow", "Log")),
            ("today", QT_TRANSLATE_NOOP("MainWindow", "Day")),
            ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
            ("cases", QT_TRANSLATE_NOOP("MainWindow", "Cases")),
            ("groups", QT_TRANSLATE_NOOP("MainWindow", "Groups")),
            ("progress", QT_TRANSLATE_NOOP("MainWindow", "Progress")),
            ("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview")),
            ("indicators", QT_TRANSLATE_NOOP("MainWindow", "Indicators")),
        )
    )
)

_KEY = QKeySequence.StandardKey


def _open_activities(window: Window) -> None:
    from vagledare.gui.activities.activity_list import open_activity_list

    open_activity_list(window, window.desk, window.lang)


ACTIONS: dict[str, ActionSpec] = {
    spec.id: spec
    for spec in (
        # File
        ActionSpec(
            "export_exchange_action",
            QT_TRANSLATE_NOOP("MainWindow", "E&xport journal exchange…"),
            "exchange.choose_export",
        ),
        ActionSpec(
            "import_exchange_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Import journal exchange…"),
            "exchange.choose_import",
        ),
        ActionSpec(
            "sync_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Synchronise with server"),
            "exchange.sync_now",
        ),
        ActionSpec(
            "exchange_status_action",
            QT_TRANSLATE_NOOP("MainWindow", "Journal exchange s&tatus…"),
            "exchange.show_status",
        ),
        ActionSpec("lock_action", QT_TRANSLATE_NOOP("MainWindow", "&Lock"), "lock", "Ctrl+L"),
        ActionSpec(
            "staff_action", QT_TRANSLATE_NOOP("MainWindow", "&Staff and roles…"), "_show_staff"
        ),
        ActionSpec("audit_action", QT_TRANSLATE_NOOP("MainWindow", "&Audit log…"), "_show_audit"),
        ActionSpec(
            "notice_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Processing of personal data…"),
            "_show_notice",
        ),
        ActionSpec(
            "settings_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Meeting place settings…"),
            _open_settings,
            status_tip=QT_TRANSLATE_NOOP(
                "MainWindow", "Meeting places, categories, age bands, the log grid, activities"
            ),
        ),
        ActionSpec(
            "backups_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Backups…"),
            _open_backups,
            status_tip=QT_TRANSLATE_NOOP(
                "MainWindow", "List the journal's backups, take one now, restore one"
            ),
        ),
        ActionSpec(
            "import_csv_action",
            QT_TRANSLATE_NOOP("MainWindow", "Import a &CSV file…"),
            _open_import,
            status_tip=QT_TRANSLATE_NOOP(
                "MainWindow", "Quick cases, cases, participants, attendance or readings"
            ),
        ),
        ActionSpec("quit_action", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", _KEY.Quit),
        # Edit
        ActionSpec(
            "undo_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Undo last entry"),
            "tally.undo",
            _KEY.Undo,
        ),
        ActionSpec(
            "redo_action", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "tally.redo", _KEY.Redo
        ),
        ActionSpec(
            "log_more_action",
            QT_TRANSLATE_NOOP("MainWindow", "Log &several or at another time…"),
            "_on_more_shortcut",
            "Ctrl+E",
        ),
        ActionSpec(
            "activities_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Activities and events…"),
            _open_activities,
            "Ctrl+Shift+A",
            QT_TRANSLATE_NOOP(
                "MainWindow", "The activities and events of a month: log, change or delete"
            ),
        ),
        # View
        *PAGE_ACTIONS,
        ActionSpec(
            "refresh_action", QT_TRANSLATE_NOOP("MainWindow", "Re&fresh"), "refresh", _KEY.Refresh
        ),
        ActionSpec(
            "contrast_action",
            QT_TRANSLATE_NOOP("MainWindow", "&High contrast"),
            "_on_high_contrast",
            "Ctrl+Shift+H",
            checkable=True,
            checked=lambda _window: theme.high_contrast_on(),
        ),
        ActionSpec(
            "larger_text_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Larger text"),
            "_on_larger_text",
            _KEY.ZoomIn,
        ),
        ActionSpec(
            "smaller_text_action",
            QT_TRANSLATE_NOOP("MainWindow", "S&maller text"),
            "_on_smaller_text",
            _KEY.ZoomOut,
        ),
        # Help
        ActionSpec(
            "help_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Help for this screen"),
            "show_help",
            _KEY.HelpContents,
        ),
        ActionSpec(
            "quick_guide_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Quick guide (PDF)…"),
            "_save_quick_guide",
        ),
        ActionSpec(
            "demo_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Try with sample data"),
            "_on_try_sample_data",
        ),
        ActionSpec(
            "shortcuts_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
            "_show_shortcuts",
        ),
        ActionSpec(
            "about_action", QT_TRANSLATE_NOOP("MainWindow", "&About Vägledare"), "_show_about"
        ),
    )
}


# -- menu items that are not one registered action ------------------------------------------
MenuPart = Callable[[Window, QMenu], None]


def _privacy_actions(window: Window, menu: QMenu) -> None:
    """Register extract, erasure and retention (``PrivacyActions`` makes them)."""
    for act in window.privacy.actions:
        menu.addAction(act)


def _language_menu(window: Window, menu: QMenu) -> None:
    """The language: saved and applied at once by ``_on_language_chosen``."""
    language = menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    language.setObjectName("languageMenu")
    group = QActionGroup(window)
    current = window.settings.language if window.settings else ""
    for code, text in (
        ("", QCoreApplication.translate("MainWindow", "Follow the system")),
        ("sv", "Svenska"),
        ("en", "English"),
    ):
        act = language.addAction(text)
        act.setCheckable(True)
        act.setChecked(code == current)
        act.setData(code)
        group.addAction(act)
    group.triggered.connect(window._on_language_chosen)


def _text_size_menu(window: Window, menu: QMenu) -> None:
    """100–200 % (``_on_text_size_chosen`` applies and saves it), and one step larger or
    smaller (Ctrl++ and Ctrl+-)."""
    from vagledare.app.settings import TEXT_SIZES
    from vagledare.gui.common import text_size

    sizes = menu.addMenu(QCoreApplication.translate("MainWindow", "&Text size"))
    sizes.setObjectName("textSizeMenu")
    group = QActionGroup(window)
    for percent in TEXT_SIZES:
        act = sizes.addAction(f"{percent} %")
        act.setObjectName(f"textSize{percent}")
        act.setCheckable(True)
        act.setChecked(percent == text_size.percent())
        act.setData(percent)
        group.addAction(act)
    group.triggered.connect(window._on_text_size_chosen)
    window.text_size_group = group
    sizes.addSeparator()
    sizes.addAction(window.larger_text_action)
    sizes.addAction(window.smaller_text_action)


SEPARATOR = "-"

# The menu bar: each menu's title and its items (an action's id, a separator, or a part).
MENUS: tuple[tuple[str, tuple[str | MenuPart, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "export_exchange_action",
            "import_exchange_action",
            "sync_action",
            "exchange_status_action",
            "import_csv_action",
            SEPARATOR,
            "lock_action",
            SEPARATOR,
            "staff_action",
            "audit_action",
            "notice_action",
            "settings_action",
            "backups_action",
            SEPARATOR,
            _privacy_actions,
            SEPARATOR,
            "quit_action",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        ("undo_action", "redo_action", "log_more_action", SEPARATOR, "activities_action"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&View"),
        (
            *(spec.id for spec in PAGE_ACTIONS),
            "refresh_action",
            "contrast_action",
            _text_size_menu,
            _language_menu,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        ("help_action", "quick_guide_action", "demo_action", "shortcuts_action", "about_action"),
    ),
)


def create_action(window: Window, spec: ActionSpec) -> QAction:
    """The action of a spec, on the window (its shortcut works wherever the focus is, and
    locking the window disables it with the window's other actions)."""
    act = QAction(_tr(spec.text), window)
    act.setObjectName(spec.id)
    if spec.shortcut is not None:
        act.setShortcut(QKeySequence(spec.shortcut))
    if spec.status_tip:
        act.setStatusTip(_tr(spec.status_tip))
    if spec.checkable:
        act.setCheckable(True)
    if spec.checked is not None:
        act.setChecked(spec.checked(window))
    if isinstance(spec.slot, str):
        act.triggered.connect(attrgetter(spec.slot)(window))
    else:
        callback = spec.slot
        act.triggered.connect(lambda _checked=False: callback(window))
    window.addAction(act)
    return act


def create_actions(window: Window) -> dict[str, QAction]:
    """Every registered action, also set as the window's attribute of its id; the tabs'
    actions, in order, are the window's ``page_actions``."""
    made = {}
    for spec in ACTIONS.values():
        made[spec.id] = create_action(window, spec)
        setattr(window, spec.id, made[spec.id])
    window.page_actions = [made[spec.id] for spec in PAGE_ACTIONS]
    return made


def build_menus(window: Window, actions: dict[str, QAction]) -> None:
    bar = window.menuBar()
    for title, items in MENUS:
        menu = bar.addMenu(_tr(title))
        for item in items:
            if item == SEPARATOR:
                menu.addSeparator()
            elif isinstance(item, str):
                menu.addAction(actions[item])
            else:
                item(window, menu)


def install_menus(window: Window) -> dict[str, QAction]:
    """The window's actions and its menu bar, from the registry."""
    actions = create_actions(window)
    build_menus(window, actions)
    return actions
