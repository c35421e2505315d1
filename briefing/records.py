"""Plain immutable records passed between the pipeline stages.

Each stage takes and returns these; `to_dict()` on the way out is the
extraction contract (CONTRACT.md) and nothing else leaks.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from its source, before any extraction."""

    source: str
    headline: str
    paragraphs: tuple[str, ...]
    date: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Official:
    """A person or body quoted in an article, under the fullest name it gives."""

    name: str
    title: str | None = None
    organisation: str | None = None
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "organisation": self.organisation,
                "aliases": list(self.aliases)}


@dataclass(frozen=True, slots=True)
class Statement:
    """Something somebody said: a direct quotation or reported speech."""

    speaker: str | None
    kind: str  # "direct" or "indirect"
    paragraph: int  # 1-based index of the paragraph where it starts
    text: str
    verb: str | None = None
    topic: str | None = None
    pattern: str | None = None  # which construction found it ("source-verb", "according-to", "continuation", ...)
    resolution: str = "none"  # how the speaker was reached: named, pronoun, description, carried, none

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "kind": self.kind, "paragraph": self.paragraph,
                "verb": self.verb, "text": self.text, "topic": self.topic,
                "pattern": self.pattern, "resolution": self.resolution}


@dataclass(frozen=True, slots=True)
class Figure:
    """A number that is a fact of the story, with what it counts and who gave it."""

    value: float | int | None
    approx: bool
    unit: str | None
    paragraph: int
    text: str
    attributed_to: str | None = None
    context: str | None = None  # the clause around it, trimmed to what it measures

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    """The contract record: an article with everything found in it."""

    article: Article
    officials: tuple[Official, ...] = ()
    statements: tuple[Statement, ...] = ()
    figures: tuple[Figure, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        a = self.article
        return {
            "source": a.source,
            "date": a.date,
            "published": a.published,
            "headline": a.headline,
            "url": a.url,
            "outlet": a.outlet,
            "paragraphs": list(a.paragraphs),
            "officials": [o.to_dict() for o in self.officials],
            "statements": [s.to_dict() for s in self.statements],
            "figures": [f.to_dict() for f in self.figures],
        }
