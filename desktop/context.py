"""`AppContext`: everything a screen needs, passed explicitly (no global `mw`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.events import AppEvents
from desktop.i18n import Translations
from desktop.preconfig import PreconfigLoad
from desktop.preferences import Preferences
from desktop.tasks import Lanes
from storage.clock import WallClock
from storage.profiles import Workspace


@dataclass
class AppContext:
    workspace: Workspace
    lanes: Lanes
    events: AppEvents
    translations: Translations
    preferences: Preferences
    clock: WallClock  # wall clock: auto-lock and deadlines; tests move it
    preconfig: PreconfigLoad = field(default_factory=PreconfigLoad)  # IT's dossier.toml


def change_language(ctx: AppContext, language: str) -> None:
    """Switch every open window to `language` now and remember the choice."""
    ctx.translations.switch(language)
    ctx.preferences.language = ctx.translations.language
    ctx.events.language_did_change.emit(ctx.translations.language)
