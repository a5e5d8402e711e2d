"""Several users on several machines, each with its own data directory, over one shared folder."""

from __future__ import annotations

from pathlib import Path

from minutes_desk.shareddict import CorrectionsDictionary


def user(tmp_path: Path, name: str, folder: Path | None = None, machine: str = "") -> CorrectionsDictionary:
    """``name``'s dictionary on its own machine (data directory), sharing ``folder``."""
    folder = folder if folder is not None else tmp_path / "share"
    folder.mkdir(exist_ok=True)
    return CorrectionsDictionary.open(
        shared_dir=folder,
        user=name,
        data_dir=tmp_path / "machines" / f"{name}{machine}",
    )


def shared_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.mdict"))
