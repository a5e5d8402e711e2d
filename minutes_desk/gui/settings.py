"""The app's preferences, in one place: the only module that touches QSettings.

Stored as an INI file in the user data directory (so a test's fresh data dir gives fresh
settings). The environment variables of :mod:`minutes_desk.config` win over stored values, as
they do for the CLI; otherwise the stored value, otherwise the default below.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from minutes_desk import config

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
AUTOSAVE_MS = 1000
"""Autosave runs at most this long after the first unsaved change: a kill loses < 2 s of work."""
CHECK_DELAY_MS = 250
"""Re-check an edited block after typing pauses this long."""
DICTIONARY_SYNC_MS = 5 * 60 * 1000
"""The shared dictionary is synced at start, on request and this often (others' new entries)."""


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config.data_dir() / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    def _put(self, key: str, value: str) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def db_path(self) -> Path:
        if os.environ.get(config.ENV_DB):
            return config.db_path()
        stored = self._get("database/path")
        return Path(stored) if stored else config.db_path()

    @db_path.setter
    def db_path(self, value: Path) -> None:
        self._put("database/path", str(value))

    @property
    def shared_dir(self) -> Path | None:
        if os.environ.get(config.ENV_SHARED_DIR):
            return config.shared_dir()
        stored = self._get("dictionary/shared_dir")
        return Path(stored) if stored else None

    @shared_dir.setter
    def shared_dir(self, value: Path | None) -> None:
        self._put("dictionary/shared_dir", str(value) if value else "")

    @property
    def user_name(self) -> str:
        if os.environ.get(config.ENV_USER):
            return config.user_name()
        return self._get("user/name") or config.user_name()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._put("user/name", value.strip())

    @property
    def language_override(self) -> str:
        """"" follows the system locale."""
        stored = self._get("ui/language")
        return stored if stored in LANGUAGES else ""

    @language_override.setter
    def language_override(self, value: str) -> None:
        self._put("ui/language", value if value in LANGUAGES else "")

    @property
    def language(self) -> str:
        """The override, else the system locale if we have it, else Swedish."""
        if self.language_override:
            return self.language_override
        system = QLocale.system().name().split("_")[0]
        return system if system in LANGUAGES else DEFAULT_LANGUAGE

    @property
    def window_geometry(self) -> bytes:
        value = self._qs.value("window/geometry")
        return bytes(value) if value else b""

    @window_geometry.setter
    def window_geometry(self, value: bytes) -> None:
        self._qs.setValue("window/geometry", value)
        self._qs.sync()
