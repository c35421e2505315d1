"""Settings from `briefing.toml` (in the working folder or named by --config); options on the command
line win over the file."""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import tomllib

CONFIG_NAME = "briefing.toml"


class ConfigError(ValueError):
    """A settings or topics file that cannot be used."""


@dataclass(frozen=True)
class Settings:
    """Everything a build can be told; None means "not set here"."""

    output: str | None = None
    template: str | None = None
    topics: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    since: str | None = None
    until: str | None = None

    def over(self, base: Settings) -> Settings:
        """These settings, with `base` filling what is unset."""
        return Settings(**{f.name: getattr(self, f.name) if getattr(self, f.name) is not None
                           else getattr(base, f.name) for f in fields(self)})


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def load_settings(config: Path | None, folder: Path) -> Settings:
    """The settings file named by --config, else `briefing.toml` in `folder` if there is one.
    Relative paths in the file are read from the file's own folder."""
    path = config if config is not None else folder / CONFIG_NAME
    if config is None and not path.is_file():
        return Settings()
    data = _read_toml(path)
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s): {', '.join(unknown)}")
    values = {k: str(v) for k, v in data.items()}
    for key in ("template", "topics"):
        if key in values:
            values[key] = str(path.parent / values[key])
    return Settings(**values)


@dataclass(frozen=True)
class WatchTopic:
    """A user's topic: keywords and phrases, and officials whose statements always belong to it."""

    name: str
    keywords: tuple[str, ...]
    officials: tuple[str, ...] = ()


_TOPIC_KEYS = ("keywords", "officials")


def _check_topic(path: Path, name: str, spec: dict) -> None:
    """A topic table holds only lists of strings under `keywords` and `officials`; anything else is a mistake
    to name, never to ignore (a topic written after a [table] line lands inside that table)."""
    for key, value in spec.items():
        if key not in _TOPIC_KEYS:
            hint = " (a topic written after a [table] belongs to that table: put it before the first [table])" \
                if isinstance(value, list) else ""
            raise ConfigError(f"{path}: topic {name!r} has an unknown key {key!r}; a topic table holds "
                              f"keywords and officials{hint}")
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ConfigError(f"{path}: topic {name!r}: {key} must be a list of strings")
    if not spec.get("keywords") and not spec.get("officials"):
        raise ConfigError(f"{path}: topic {name!r} needs a list of keywords (strings)")


def load_topics(path: Path) -> tuple[WatchTopic, ...]:
    """A topics file: each topic a list of keywords, or a table with `keywords` and `officials`.

        "North Korea" = ["North Korean", "Pyongyang", "Kursk"]
        [Budget]
        keywords = ["budget", "tax"]
        officials = ["Rachel Reeves"]
    """
    data = _read_toml(path)
    topics = []
    for name, spec in data.items():
        if isinstance(spec, list):
            spec = {"keywords": spec}
        if not isinstance(spec, dict):
            raise ConfigError(f"{path}: topic {name!r} needs a list of keywords (strings)")
        _check_topic(path, name, spec)
        topics.append(WatchTopic(name, tuple(spec.get("keywords", [])), tuple(spec.get("officials", []))))
    if not topics:
        raise ConfigError(f"{path}: no topics defined")
    return tuple(topics)
