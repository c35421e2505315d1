"""Which days a briefing covers: `--date`, `--since`, `--until` as ISO dates or natural phrases."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


class WindowError(ValueError):
    """A date option that cannot be read, or a window that ends before it starts."""


def parse_day(phrase: str, today: dt.date) -> dt.date:
    """ "2024-12-17", "yesterday", "last Monday", "17 Dec 2024" -> a date, relative to `today`."""
    try:
        return dt.date.fromisoformat(phrase.strip())
    except ValueError:
        pass
    import dateparser  # slow to import: only when a phrase needs it

    base = dt.datetime.combine(today, dt.time(12))
    parsed = dateparser.parse(phrase, languages=["en"],
                              settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                        "TIMEZONE": "UTC"})  # `today` is already local: no zone lookup
    if parsed is None:
        raise WindowError(f"cannot read {phrase!r} as a date")
    return parsed.date()


@dataclass(frozen=True)
class DateWindow:
    """Inclusive first and last day; None on a side means open."""

    since: dt.date | None = None
    until: dt.date | None = None

    @classmethod
    def from_options(cls, date: str | None, since: str | None, until: str | None,
                     today: dt.date) -> DateWindow:
        if date and (since or until):
            raise WindowError("give either --date or --since/--until, not both")
        if date:
            day = parse_day(date, today)
            return cls(day, day)
        window = cls(parse_day(since, today) if since else None, parse_day(until, today) if until else None)
        if window.since and window.until and window.since > window.until:
            raise WindowError(f"--since {window.since} is after --until {window.until}")
        return window

    @property
    def is_open(self) -> bool:
        return self.since is None and self.until is None

    def contains(self, iso_day: str) -> bool:
        day = dt.date.fromisoformat(iso_day)
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    @property
    def briefing_day(self) -> str | None:
        """The day a brief is for: the last day of the window, when it has one."""
        return self.until.isoformat() if self.until else None
