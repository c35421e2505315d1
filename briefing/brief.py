"""Group the extracted articles of a day into a Brief: the records the renderers draw.

Officials are merged across articles (one person, one entry), near-identical
statements by the same speaker are folded into one with every citation, and
statements are filed by topic, then by official.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .records import ExtractedArticle, Official
from .topics import OTHER

UNKNOWN_SPEAKER = "Unnamed sources"


@dataclass(frozen=True)
class Citation:
    """Where a statement or figure was read: article, date and paragraph."""

    source: str
    headline: str
    date: str | None
    paragraph: int
    source_number: int  # 1-based position in the Sources list


@dataclass(frozen=True)
class BriefStatement:
    kind: str
    text: str
    verb: str | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class BriefOfficial:
    name: str
    title: str | None
    organisation: str | None
    statements: tuple[BriefStatement, ...]


@dataclass(frozen=True)
class TopicSection:
    name: str
    officials: tuple[BriefOfficial, ...]


@dataclass(frozen=True)
class BriefFigure:
    text: str
    value: float | int | None
    unit: str | None
    approx: bool
    given_by: str | None
    citation: Citation


@dataclass(frozen=True)
class OfficialRow:
    name: str
    title: str | None
    organisation: str | None
    statements: int


@dataclass(frozen=True)
class Source:
    number: int
    source: str
    headline: str
    date: str | None
    url: str | None
    outlet: str | None


@dataclass(frozen=True)
class Brief:
    """Everything a briefing document shows, and nothing about how it was extracted."""

    title: str
    date: str | None
    first_date: str | None
    last_date: str | None
    sources: tuple[Source, ...]
    topics: tuple[TopicSection, ...]
    figures: tuple[BriefFigure, ...]
    officials: tuple[OfficialRow, ...]
    unusable: tuple[tuple[str, str], ...] = ()

    @property
    def statement_count(self) -> int:
        return sum(len(o.statements) for t in self.topics for o in t.officials)


def _key(name: str) -> str:
    return re.sub(r"[^\w ]", "", name.lower()).strip()


class _Registry:
    """One entry per official across articles: "Kirby" joins "John Kirby"."""

    def __init__(self) -> None:
        self.by_key: dict[str, Official] = {}

    def add(self, official: Official) -> None:
        key = _key(official.name)
        known = self.by_key.get(key)
        if known is None:
            self.by_key[key] = official
        elif official.title and (not known.title or len(official.title) > len(known.title)):
            self.by_key[key] = Official(known.name, official.title, official.organisation or known.organisation,
                                        tuple(sorted(set(known.aliases) | set(official.aliases))))

    def canonical(self, name: str | None) -> str | None:
        if name is None:
            return None
        key = _key(name)
        if key in self.by_key:
            return self.by_key[key].name
        return name

    def merge_short_forms(self) -> dict[str, str]:
        """Map one-word names to the single full name that ends with them."""
        mapping: dict[str, str] = {}
        for key, official in list(self.by_key.items()):
            if " " in key:
                continue
            fuller = [o for k, o in self.by_key.items() if " " in k and k.split()[-1] == key]
            if len(fuller) == 1:
                mapping[official.name] = fuller[0].name
                del self.by_key[key]
        return mapping


def _similar(a: str, b: str) -> bool:
    ta, tb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.8


def build_brief(extracted: Iterable[ExtractedArticle], *, title: str = "Daily briefing",
                date: str | None = None, unusable: Iterable[tuple[str, str]] = ()) -> Brief:
    """Group a day's extracted articles into a Brief."""
    articles = list(extracted)
    sources = tuple(Source(i + 1, x.article.source, x.article.headline, x.article.date, x.article.url,
                           x.article.outlet) for i, x in enumerate(articles))
    registry = _Registry()
    for x in articles:
        for official in x.officials:
            registry.add(official)
    short = registry.merge_short_forms()

    def who(name: str | None) -> str | None:
        return registry.canonical(short.get(name, name) if name else None)

    grouped: dict[str, dict[str, list[BriefStatement]]] = defaultdict(lambda: defaultdict(list))
    topic_order: list[str] = []
    for source, x in zip(sources, articles, strict=True):
        for s in x.statements:
            topic = s.topic or OTHER
            if topic not in topic_order:
                topic_order.append(topic)
            speaker = who(s.speaker) or UNKNOWN_SPEAKER
            cite = Citation(source.source, source.headline, source.date, s.paragraph, source.number)
            bucket = grouped[topic][speaker]
            for i, known in enumerate(bucket):
                if known.kind == s.kind and _similar(known.text, s.text):
                    bucket[i] = BriefStatement(known.kind, known.text, known.verb, known.citations + (cite,))
                    break
            else:
                bucket.append(BriefStatement(s.kind, s.text, s.verb, (cite,)))

    counts: Counter[str] = Counter()
    for speakers in grouped.values():
        for name, statements in speakers.items():
            counts[name] += len(statements)
    topic_order.sort(key=lambda t: (t == OTHER, -sum(len(v) for v in grouped[t].values()), t))
    official_info = {o.name: o for o in registry.by_key.values()}
    topics = []
    for topic in topic_order:
        speakers = grouped[topic]
        names = sorted(speakers, key=lambda n: (n == UNKNOWN_SPEAKER, -len(speakers[n]), n))
        topics.append(TopicSection(topic, tuple(
            BriefOfficial(n, getattr(official_info.get(n), "title", None),
                          getattr(official_info.get(n), "organisation", None), tuple(speakers[n]))
            for n in names)))
    figures = tuple(
        BriefFigure(f.text, f.value, f.unit, f.approx, who(f.attributed_to),
                    Citation(source.source, source.headline, source.date, f.paragraph, source.number))
        for source, x in zip(sources, articles, strict=True) for f in x.figures)
    officials = tuple(sorted(
        (OfficialRow(o.name, o.title, o.organisation, counts.get(o.name, 0)) for o in official_info.values()),
        key=lambda r: (-r.statements, r.name)))
    dates = sorted(d for d in (s.date for s in sources) if d)
    return Brief(title=title, date=date or (dates[-1] if dates else None),
                 first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
                 sources=sources, topics=tuple(topics), figures=figures, officials=officials,
                 unusable=tuple(unusable))
