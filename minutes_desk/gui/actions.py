"""Every user action in one registry: Swedish text, standard shortcut, menu.

Windows create their QActions from :data:`SPECS` and connect slots by key; menus are built from
the same list, so a shortcut shown in a menu is the one that works, and the form's buttons take
their tooltips from here (:func:`hint`). Texts are Swedish source strings translated at creation
(context "Actions", see resources/i18n/).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    key: str
    menu: str
    text: str
    shortcut: Shortcut = None
    scope: str = "window"
    """Where the shortcut works: the whole window, or only in the widgets the window adds the
    action to ("text": the text pane; "items", "decisions", "participants": those lists of the
    form). Enter, Esc, Insert and Delete must stay plain keys in every other field."""


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&Arkiv")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Redigera")),
    ("use_as", QT_TRANSLATE_NOOP("Actions", "Använd &som")),
    ("proof", QT_TRANSLATE_NOOP("Actions", "&Korrektur")),
    ("record", QT_TRANSLATE_NOOP("Actions", "&Protokoll")),
    ("export", QT_TRANSLATE_NOOP("Actions", "E&xportera")),
    ("form", QT_TRANSLATE_NOOP("Actions", "F&ormulär")),
)

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("library", "file", QT_TRANSLATE_NOOP("Actions", "&Bibliotek"), "Ctrl+L"),
    ActionSpec("import", "file", QT_TRANSLATE_NOOP("Actions", "&Importera filer…"), QKeySequence.StandardKey.Open),
    ActionSpec("save", "file", QT_TRANSLATE_NOOP("Actions", "&Spara nu"), QKeySequence.StandardKey.Save),
    ActionSpec("settings", "file", QT_TRANSLATE_NOOP("Actions", "&Inställningar…"), "Ctrl+,"),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Avsluta"), "Ctrl+Q"),
    ActionSpec("undo", "edit", QT_TRANSLATE_NOOP("Actions", "Å&ngra"), QKeySequence.StandardKey.Undo),
    ActionSpec("redo", "edit", QT_TRANSLATE_NOOP("Actions", "&Gör om"), QKeySequence.StandardKey.Redo),
    ActionSpec("use_as_body", "use_as", QT_TRANSLATE_NOOP("Actions", "&Organ")),
    ActionSpec("use_as_title", "use_as", QT_TRANSLATE_NOOP("Actions", "R&ubrik")),
    ActionSpec("use_as_place", "use_as", QT_TRANSLATE_NOOP("Actions", "&Plats")),
    ActionSpec("use_as_chair", "use_as", QT_TRANSLATE_NOOP("Actions", "Ord&förande")),
    ActionSpec("use_as_secretary", "use_as", QT_TRANSLATE_NOOP("Actions", "&Sekreterare")),
    ActionSpec("use_as_adjuster", "use_as", QT_TRANSLATE_NOOP("Actions", "&Justerare")),
    ActionSpec("use_as_attendee", "use_as", QT_TRANSLATE_NOOP("Actions", "&Deltagare")),
    ActionSpec("use_as_absent", "use_as", QT_TRANSLATE_NOOP("Actions", "Frå&nvarande")),
    ActionSpec("use_as_guest", "use_as", QT_TRANSLATE_NOOP("Actions", "Övri&g närvarande")),
    ActionSpec("use_as_item_title", "use_as", QT_TRANSLATE_NOOP("Actions", "Rubri&k på vald punkt")),
    ActionSpec("use_as_decision", "use_as", QT_TRANSLATE_NOOP("Actions", "&Beslut i vald punkt")),
    ActionSpec("use_as_next_place", "use_as", QT_TRANSLATE_NOOP("Actions", "Plats för nästa &möte")),
    ActionSpec("next_flag", "proof", QT_TRANSLATE_NOOP("Actions", "&Nästa flagga"), "F7"),
    ActionSpec("previous_flag", "proof", QT_TRANSLATE_NOOP("Actions", "&Föregående flagga"), "Shift+F7"),
    ActionSpec("accept_flag", "proof", QT_TRANSLATE_NOOP("Actions", "&Godta förslaget"), "Return", "text"),
    ActionSpec("ignore_flag", "proof", QT_TRANSLATE_NOOP("Actions", "&Ignorera"), "Esc", "text"),
    ActionSpec("fix_all", "proof", QT_TRANSLATE_NOOP("Actions", "Rätta &alla förekomster"), "Ctrl+Shift+F7"),
    ActionSpec("add_word", "proof", QT_TRANSLATE_NOOP("Actions", "&Lägg till i ordlistan"), "Ctrl+F7"),
    ActionSpec("remember", "proof", QT_TRANSLATE_NOOP("Actions", "&Kom ihåg rättelsen"), "Alt+F7"),
    ActionSpec("dictionary", "proof", QT_TRANSLATE_NOOP("Actions", "&Ordlistan…"), "Ctrl+D"),
    ActionSpec("sync_dictionary", "proof", QT_TRANSLATE_NOOP("Actions", "S&ynka ordlistan"), "Ctrl+Shift+D"),
    ActionSpec("approve", "record", QT_TRANSLATE_NOOP("Actions", "&Justera…"), "Ctrl+J"),
    ActionSpec("reopen", "record", QT_TRANSLATE_NOOP("Actions", "&Återöppna…"), "Ctrl+Shift+J"),
    ActionSpec("export_xml", "export", QT_TRANSLATE_NOOP("Actions", "&XML…"), "Ctrl+E"),
    ActionSpec("export_akn", "export", QT_TRANSLATE_NOOP("Actions", "&Akoma Ntoso…")),
    ActionSpec("export_pdf", "export", QT_TRANSLATE_NOOP("Actions", "&PDF…"), QKeySequence.StandardKey.Print),
    # The form's list buttons: Insert adds to the list in focus, Delete removes its current row.
    ActionSpec("add_item", "form", QT_TRANSLATE_NOOP("Actions", "Ny &punkt"), "Ins", "items"),
    ActionSpec("remove_item", "form", QT_TRANSLATE_NOOP("Actions", "&Ta bort punkt"), "Del", "items"),
    ActionSpec("add_decision", "form", QT_TRANSLATE_NOOP("Actions", "Nytt &beslut"), "Ins", "decisions"),
    ActionSpec("remove_decision", "form", QT_TRANSLATE_NOOP("Actions", "Ta bort be&slut"), "Del", "decisions"),
    ActionSpec("add_participant", "form", QT_TRANSLATE_NOOP("Actions", "Lägg till &deltagare"), "Ins",
               "participants"),
    ActionSpec("remove_participant", "form", QT_TRANSLATE_NOOP("Actions", "Ta b&ort deltagare"), "Del",
               "participants"),
    ActionSpec("move_up", "form", QT_TRANSLATE_NOOP("Actions", "Flytta &upp"), "Alt+Up", "participants"),
    ActionSpec("move_down", "form", QT_TRANSLATE_NOOP("Actions", "Flytta &ned"), "Alt+Down", "participants"),
)

USE_AS_KEYS = tuple(s.key for s in SPECS if s.menu == "use_as")


def translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def hint(action: QAction) -> str:
    """A tooltip: the action's text and its shortcut as the menus show it."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text


class Actions:
    """The QActions of one window, by key."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(translate(spec.text), parent)
            action.setObjectName(f"action_{spec.key}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.scope == "window":
                parent.addAction(action)
            else:  # added by the window to the widgets where it works (see scoped)
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self._actions[spec.key] = action

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def scoped(self, scope: str) -> list[QAction]:
        """Actions whose shortcuts work only in the widgets they are added to."""
        return [self._actions[s.key] for s in SPECS if s.scope == scope]

    def connect(self, key: str, slot: object) -> None:
        self._actions[key].triggered.connect(slot)

    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        menus: dict[str, QMenu] = {}
        for key, title in MENUS:
            menus[key] = QMenu(translate(title), bar)
            menus[key].setObjectName(f"menu_{key}")
        for spec in SPECS:
            menus[spec.menu].addAction(self._actions[spec.key])
        menus["edit"].addSeparator()
        menus["edit"].addMenu(menus["use_as"])
        for key, _ in MENUS:
            if key != "use_as":
                bar.addMenu(menus[key])
        return menus
