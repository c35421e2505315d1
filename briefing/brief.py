"""Group the extracted articles of a day into a Brief: the records the renderers draw.

Officials are merged across articles (one person, one entry), near-identical
statements by the same speaker are folded into one with every citation, articles
are grouped into stories (see briefing.stories), and each story's statements are
filed by official.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from sys import intern

from . import lexicon
from .records import ExtractedArticle, Figure, Official, Statement
from .stories import Sketch, central, clean_headline, first_sentence, group_stories, sketch
from .topics import OTHER, salient_terms, watch_topic_of

UNKNOWN_SPEAKER = "Unnamed sources"


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a statement or figure was read: article, date and paragraph."""

    source: str
    headline: str
    date: str | None
    paragraph: int
    source_number: int  # 1-based position in the Sources list


CITATIONS_SHOWN = 5  # a statement carried by a hundred wire copies cites five and counts the rest
FIGURES_SHOWN = 40  # rows of the Key figures table: a brief, not a database
FIGURES_PER_STORY = 3
STATEMENTS_SHOWN = 4  # an official's statements a story shows in full; the rest are cited in one line
CONFLICTS_SHOWN = 10


@dataclass(frozen=True, slots=True)
class BriefStatement:
    kind: str
    text: str
    verb: str | None
    citations: tuple[Citation, ...]
    check: str | None = None  # how an inferred speaker was reached, for the editor to check

    @property
    def place(self) -> str:
        return _place(self.citations[0])

    @property
    def shown_citations(self) -> tuple[tuple[Citation, ...], int]:
        """The citations a brief prints, and how many more articles carried the statement."""
        return self.citations[:CITATIONS_SHOWN], max(0, len(self.citations) - CITATIONS_SHOWN)


@dataclass(frozen=True, slots=True)
class BriefOfficial:
    name: str
    title: str | None
    organisation: str | None
    statements: tuple[BriefStatement, ...]

    @property
    def shown(self) -> tuple[tuple[BriefStatement, ...], tuple[BriefStatement, ...]]:
        """The statements a brief prints in full (direct quotations first, then in reading order, at most
        STATEMENTS_SHOWN) and those it only cites."""
        ranked = sorted(range(len(self.statements)), key=lambda i: (self.statements[i].kind != "direct", i))
        keep = sorted(ranked[:STATEMENTS_SHOWN])
        return (tuple(self.statements[i] for i in keep),
                tuple(s for i, s in enumerate(self.statements) if i not in keep))


@dataclass(frozen=True, slots=True)
class Story:
    """One event as the day's articles report it: labelled by its most central headline, told by the first
    sentence of that article's lead, with the officials quoted on it (most statements first)."""

    name: str
    lead: str
    sources: tuple[int, ...]  # source numbers of its articles
    officials: tuple[BriefOfficial, ...]
    group: str | None = None  # the watch-list topic holding it, OTHER_STORIES, or None without a watch-list

    @property
    def statement_count(self) -> int:
        return sum(len(o.statements) for o in self.officials)


@dataclass(frozen=True, slots=True)
class BriefFigure:
    text: str
    value: float | int | None
    unit: str | None
    approx: bool
    given_by: str | None
    citation: Citation
    context: tuple[str, ...] = ()  # salient words around it: what is being counted, and how
    clause: str | None = None  # the words around it, as the record's context gives them
    outlet: str | None = None  # where it was read, for "per <outlet>" when no official gave it

    @property
    def source_of(self) -> str:
        """Who gave the figure: the speaker of the statement holding it, else "per <outlet>", else nothing."""
        return self.given_by or (f"per {self.outlet}" if self.outlet else "")


@dataclass(frozen=True, slots=True)
class OfficialRow:
    name: str
    title: str | None  # the most specific title seen
    organisation: str | None
    statements: int
    other_titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FigureConflict:
    """Figures that count the same thing but disagree, side by side."""

    unit: str
    figures: tuple[BriefFigure, ...]


@dataclass(frozen=True, slots=True)
class Source:
    number: int
    source: str
    headline: str
    date: str | None
    url: str | None
    outlet: str | None

    @property
    def file_name(self) -> str:
        """Where an article without a link was read: its file's name (a folder's path says nothing to a reader)."""
        return self.source.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything a briefing document shows, and nothing about how it was extracted."""

    title: str
    date: str | None
    first_date: str | None
    last_date: str | None
    sources: tuple[Source, ...]
    stories: tuple[Story, ...]
    figures: tuple[BriefFigure, ...]
    officials: tuple[OfficialRow, ...]
    unusable: tuple[tuple[str, str], ...] = ()
    conflicts: tuple[FigureConflict, ...] = ()
    left_out: tuple[tuple[str, str], ...] = ()  # (source, why): outside the window, undated
    author: str = "briefing"

    @property
    def statement_count(self) -> int:
        return sum(story.statement_count for story in self.stories)

    def story_of(self, source_number: int) -> Story | None:
        return next((story for story in self.stories if source_number in story.sources), None)

    def key_figures(self) -> tuple[list[tuple[BriefFigure, int]], int]:
        """The figures a brief's table shows: one row per distinct figure (with how many other places gave it
        too), at most FIGURES_PER_STORY of each story, the most telling first (see `_salience`), the stories in
        their order and at most FIGURES_SHOWN rows; and how many distinct figures are left out."""
        rows: dict[tuple, list] = {}
        for f in self.figures:
            key = (f.text.lower(), f.value, f.unit, f.given_by)
            if key in rows:
                rows[key][1] += 1
            else:
                rows[key] = [f, 0]
        story_of = {n: i for i, story in enumerate(self.stories) for n in story.sources}
        by_story: dict[int, list] = defaultdict(list)
        for row in rows.values():
            by_story[story_of.get(row[0].citation.source_number, len(self.stories))].append(row)
        shown = [row for i in sorted(by_story)
                 for row in sorted(by_story[i], key=lambda r: (_salience(r[0]), -r[1]))[:FIGURES_PER_STORY]]
        shown = shown[:FIGURES_SHOWN]
        return [(f, extra) for f, extra in shown], len(rows) - len(shown)

    FIGURE_COLUMNS = ("Figure, in context", "Value", "Unit", "Given by", "Source")
    CONFLICT_COLUMNS = ("Counted", "Figure", "Given by", "Source")

    def figure_rows(self) -> tuple[list[list[str]], int]:
        """The Key figures table as text, the same in every format, and how many figures it leaves out."""
        rows, left = self.key_figures()
        return [[f.clause or f.text, format_value(f.value) + (" (approx.)" if f.approx else ""), f.unit or "",
                 f.source_of, _place(f.citation) + (f" and {extra} more" if extra else "")] for f, extra in rows], left

    def conflict_rows(self) -> list[list[str]]:
        return [[c.unit, f.text, f.given_by or "", _place(f.citation)] for c in self.conflicts for f in c.figures]

    def summary_points(self) -> list[str]:
        """The Summary section's points, the same in every format: one per top story (what happened, how many
        sources, its lead quotation and key figure), then the counts."""
        if not self.sources:
            return []
        points = [self._story_point(story) for story in self.stories[:SUMMARY_STORIES]]
        span = self.first_date if self.first_date == self.last_date else f"{self.first_date} to {self.last_date}"
        speaking = [o for o in self.officials if o.statements]
        points.append(f"{count_of(len(self.sources), 'article')}, dated {span or 'unknown'}, in "
                      f"{count_of(len(self.stories), 'story')}; {count_of(self.statement_count, 'statement')} from "
                      f"{count_of(len(speaking), 'official')} and bodies; {count_of(len(self.figures), 'figure')}.")
        if self.left_out:
            points.append(f"Left out: {count_of(len(self.left_out), 'article')} outside the briefing window "
                          "or undated.")
        return points

    def _story_point(self, story: Story) -> str:
        """ "Label (3 sources): what happened. Jane Doe: “…” Key figure: £5m (Jane Doe)." """
        parts = [story.lead] if story.lead and story.lead != story.name else []
        quote = lead_quotation(story)
        if quote:
            parts.append(f"{quote[0]}: “{_trimmed(quote[1].text).rstrip(',;: ')}”")
        figure = self.key_figure(story)
        if figure:
            parts.append(f"Key figure: {figure.text}" + (f" ({figure.given_by})" if figure.given_by else ""))
        return f"{story.name} ({count_of(len(story.sources), 'source')}): " + " ".join(_closed(p) for p in parts)

    def key_figure(self, story: Story) -> BriefFigure | None:
        """The story's most telling figure: one an official gave, then money, then a share, then the first."""
        own = [f for f in self.figures if f.citation.source_number in story.sources]
        return min(own, key=_salience, default=None)


SUMMARY_STORIES = 10


def _salience(f: BriefFigure) -> tuple:
    unit = f.unit or ""
    money = len(unit) == 3 and unit.isupper()
    return (f.given_by is None, not money, unit not in ("%", "percent"), f.citation.source_number,
            f.citation.paragraph)


def lead_quotation(story: Story) -> tuple[str, BriefStatement] | None:
    """The story's lead quotation and who said it: the most quoted named official's first quotation (else their
    first statement)."""
    for official in story.officials:
        if official.name == UNKNOWN_SPEAKER:
            continue
        chosen = next((s for s in official.statements if s.kind == "direct"), official.statements[0])
        return official.name, chosen
    return None


def _closed(sentence: str) -> str:
    """The sentence with a full stop, unless it ends with one (or a quotation that does)."""
    bare = sentence.rstrip("”’\"' ")
    return sentence if bare.endswith((".", "!", "?", "…")) else sentence + "."


def _trimmed(text: str, words: int = 30) -> str:
    parts = text.strip().split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + " …"


def format_value(value) -> str:
    """ "12,000", "1.5", or a dash for a vague figure."""
    if value is None:
        return "—"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _place(c: Citation) -> str:
    return f"[{c.source_number}] ¶ {c.paragraph}"


def count_of(n: int, noun: str) -> str:
    if n == 1:
        return f"{n} {noun}"
    return f"{n} {noun[:-1]}ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else f"{n} {noun}s"


_MINOR_WORDS = frozenset({"of", "for", "the", "and", "&", "on", "in"})


def _key(name: str) -> str:
    """The form two spellings of one name share: lowercase, no punctuation, "No 10" as "Number 10"."""
    key = re.sub(r"[^\w ]", "", name.lower()).strip()
    return re.sub(r"^no (?=\d)", "number ", key)


class _Registry:
    """One entry per official across articles: "Kirby" and "Mr Kirby" join "John Kirby"; every title
    seen is kept and the most specific (longest) shown; "Jane Kirby" stays apart from "John Kirby"."""

    def __init__(self) -> None:
        self.by_key: dict[str, Official] = {}
        self.titles: dict[str, set[str]] = defaultdict(set)
        self.renamed: dict[str, str] = {}  # key of a name with a title read into it -> key of the bare name

    def add(self, official: Official) -> None:
        key = _key(official.name)
        if official.title:
            self.titles[key].add(official.title)
        known = self.by_key.get(key)
        if known is None:
            self.by_key[key] = official
            return
        title = max((t for t in (known.title, official.title) if t), key=lambda t: (len(t), t), default=None)
        self.by_key[key] = Official(known.name, title, known.organisation or official.organisation,
                                    tuple(sorted(set(known.aliases) | set(official.aliases))))

    def canonical(self, name: str | None) -> str | None:
        if name is None:
            return None
        key = _key(name)
        known = self.by_key.get(self.renamed.get(key, key))
        return known.name if known else name

    def merge_acronyms(self) -> None:
        """A body named by its initials ("BRC") and in full ("British Retail Consortium") in the day's articles:
        one entry, under the full name, when exactly one full name has those initials."""
        full = defaultdict(list)
        for key, official in self.by_key.items():
            words = [w for w in official.name.split() if w.lower() not in _MINOR_WORDS]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                full["".join(w[0] for w in words).upper()].append(key)
        for key, official in sorted(self.by_key.items()):
            name = official.name
            if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()) or len(full.get(name, ())) != 1:
                continue
            target = full[name][0]
            known = self.by_key[target]
            self.by_key[target] = Official(known.name, known.title or official.title,
                                           known.organisation or official.organisation,
                                           tuple(sorted(set(known.aliases) | set(official.aliases) | {name})))
            self.titles[target] |= self.titles.pop(key, set())
            self.renamed[key] = target
            del self.by_key[key]

    def split_titles(self) -> None:
        """A title read into a name ("Harbour Master Ingrid Tollefsen") when the same person is also named
        bare ("Ingrid Tollefsen"): the leading words, if they are no given name, are the title, and the two
        entries are one."""
        for key, official in sorted(self.by_key.items()):
            words = key.split()
            bare = [" ".join(words[k:]) for k in range(1, len(words) - 1) if " ".join(words[k:]) in self.by_key]
            if len(words) < 3 or not bare or words[0] in lexicon.given_names():
                continue
            target = bare[0]  # the longest bare name: "Ingrid Tollefsen" before "Tollefsen"
            title = " ".join(official.name.split()[:len(words) - len(target.split())])
            known = self.by_key[target]
            self.by_key[target] = Official(known.name, known.title or official.title or title,
                                           known.organisation or official.organisation,
                                           tuple(sorted(set(known.aliases) | set(official.aliases) | {official.name})))
            self.titles[target] |= self.titles.pop(key, set()) | {title}
            self.renamed[key] = target
            del self.by_key[key]

    def merge_short_forms(self, said: dict[str, list[str]]) -> dict[str, str]:
        """Map one-word names to the single full name that ends with them. When two full names could
        ("John Kirby", "Jane Kirby"), the one who said the same words elsewhere (`said`: name -> texts)
        is meant; otherwise the short name stays apart."""
        mapping: dict[str, str] = {}
        for key, official in sorted(self.by_key.items()):
            if " " in key:
                continue
            fuller = [o for k, o in self.by_key.items() if " " in k and k.split()[-1] == key]
            if len(fuller) > 1:
                fuller = [o for o in fuller if any(_similar(a, b) for a in said.get(official.name, ())
                                                   for b in said.get(o.name, ()))]
            if len(fuller) == 1:
                mapping[official.name] = fuller[0].name
                self.titles[_key(fuller[0].name)] |= self.titles.pop(key, set())
                del self.by_key[key]
        return mapping

    def other_titles(self, name: str) -> tuple[str, ...]:
        shown = self.by_key[_key(name)].title
        return tuple(sorted(t for t in self.titles.get(_key(name), ()) if t != shown))


def _words(text: str) -> frozenset[str]:
    """A statement's words; interned, as a day's statements repeat the same words many times over."""
    return frozenset(map(intern, re.findall(r"\w+", text.lower())))


def _similar(a: str, b: str) -> bool:
    return _jaccard(_words(a), _words(b)) >= SIMILAR


def _jaccard(ta: frozenset[str], tb: frozenset[str]) -> float:
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


SIMILAR = 0.8  # word-set overlap at which two statements are the same statement


def _prefix(words: frozenset[str]) -> list[str]:
    """The words two sets must share one of to reach SIMILAR overlap ("prefix filtering"): the first
    |x| - ceil(SIMILAR |x|) + 1 of them in a fixed order. Indexing these keeps folding near-linear."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return ordered[:len(ordered) - math.ceil(SIMILAR * len(ordered)) + 1]


class _Folder:
    """Statements folded as they arrive: the same words from the same speaker in several articles (wire
    copies) become one statement citing every article; each folds into the first earlier one it matches.
    Candidates are found through an index of prefix words, so folding stays near-linear."""

    def __init__(self) -> None:
        self._entries: list[tuple[str, BriefStatement, list[Citation]]] = []
        self._words: list[frozenset[str]] = []
        self._index: dict[tuple[str, str, str], list[int]] = defaultdict(list)

    def add(self, speaker: str, s: BriefStatement) -> None:
        words = _words(s.text)
        prefix = _prefix(words)
        candidates = sorted({i for w in prefix for i in self._index[(speaker, s.kind, w)]})
        match = next((i for i in candidates if _jaccard(self._words[i], words) >= SIMILAR), None)
        if match is not None:
            self._entries[match][2].extend(s.citations)  # lists grow in place: no quadratic copying
            return
        for w in prefix:
            self._index[(speaker, s.kind, w)].append(len(self._entries))
        self._entries.append((speaker, s, list(s.citations)))
        self._words.append(words)

    @property
    def items(self) -> list[tuple[str, BriefStatement]]:
        return [(speaker, BriefStatement(s.kind, s.text, s.verb, tuple(citations), s.check))
                for speaker, s, citations in self._entries]


def _fold(statements: Iterable[tuple[str, BriefStatement]]) -> list[tuple[str, BriefStatement]]:
    folder = _Folder()
    for speaker, s in statements:
        folder.add(speaker, s)
    return folder.items


_GENERIC_UNITS = frozenset({"percent", "%", "year", "years", "month", "months", "day", "days", "week", "weeks",
                            "hour", "hours", "times", "point", "points"})


def _unit_key(unit: str | None) -> str | None:
    if not unit:
        return None
    unit = unit.lower().strip()
    if unit in _GENERIC_UNITS or len(unit) == 3 and unit.isupper():
        return None
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


def _context(paragraph: str, figure_text: str, unit: str | None) -> tuple[str, ...]:
    """Salient words within a few words of a figure ("troops had been killed while fighting")."""
    at = paragraph.find(figure_text)
    if at < 0:
        return frozenset()
    before = re.split(r"[.;:!?]", paragraph[:at])[-1].split()[-5:]
    after = re.split(r"[.;:!?]", paragraph[at + len(figure_text):])[0].split()[:6]
    own = {w.lower() for w in re.findall(r"\w+", figure_text)} | {(unit or "").lower()}
    return tuple(sorted({intern(t.lower()) for t in salient_terms(" ".join(before + after))} - own))


def _conflicts(figures: tuple[BriefFigure, ...], stories: list[Story]) -> tuple[FigureConflict, ...]:
    """Figures of one story that count the same thing (same unit, and a word of context in common:
    "killed") but give different values, from more than one place. Two stories' figures never disagree:
    a flood's toll and a fire's are two counts, not one count disputed."""
    story_of = {number: i for i, story in enumerate(stories) for number in story.sources}
    by_unit: dict[tuple[int, str], list[BriefFigure]] = defaultdict(list)
    for f in figures:
        key = _unit_key(f.unit)
        if key:
            by_unit[(story_of.get(f.citation.source_number, -1), key)].append(f)
    out = []
    for (_, unit), group in sorted(by_unit.items()):
        values_by_word: dict[str, set] = defaultdict(set)
        for f in group:
            for word in f.context:
                values_by_word[word].add(f.value)
        linked = [f for f in group if any(values_by_word[w] - {f.value} for w in f.context)]
        places = {(f.citation.source_number, f.citation.paragraph) for f in linked}
        if len(places) > 1:
            out.append(FigureConflict(unit, tuple(linked[:FIGURES_SHOWN])))
    return tuple(out[:CONFLICTS_SHOWN])


_INFERRED = {
    "pronoun": "from a pronoun (he, she, they) taken to refer to them",
    "description": "from a description (the minister, the company) taken to refer to them",
    "carried": "carried over from the speaker of the paragraph before",
}
_WEAK_PATTERNS = {
    "same-paragraph": "from a speech verb elsewhere in the paragraph, not beside the quotation",
    "continuation": "as the speaker of the quotation before, which this one continues",
    "run-on": "as the speaker of a quotation that runs on from the paragraph before",
    "sentence-subject": "as the person the sentence opens with; no speech verb ties them to it",
}


def attribution_note(s: Statement) -> str | None:
    """What an editor should know of a statement whose speaker was inferred rather than named beside it:
    "Speaker inferred from a pronoun … (pattern source-verb) — check." None when the speaker was named there."""
    if not s.speaker:
        return None
    how = _INFERRED.get(s.resolution) or _WEAK_PATTERNS.get(s.pattern or "")
    if how is None:
        return None
    return f"Speaker inferred {how} (pattern {s.pattern or 'unknown'}, {s.resolution}) — check."


_GENERIC = frozenset({"government", "group", "authorities", "officials", "alliance", "department", "ministry",
                      "office", "source", "sources", "spokesperson", "spokesman", "spokeswoman"})


def _named(speaker: str | None, officials: tuple[Official, ...]) -> str | None:
    """A speaker the article names only by a common noun ("prime minister", "group", "authorities"): the
    official of the article who holds that title, else no one (Unnamed sources). Names, and bodies named with
    a capital or a word of their own ("regional transport office", "flydubai"), stay as they are."""
    if not speaker or speaker != speaker.lower():
        return speaker
    words = speaker.split()
    known = lexicon.title_words() | _GENERIC | (lexicon.group_nouns() if len(words) > 1 else frozenset())
    if speaker not in lexicon.titles() and not all(w in known for w in words):
        return speaker
    holders = [o.name for o in officials if o.title and o.title.lower().endswith(speaker) and o.name != speaker]
    return holders[0] if len(holders) == 1 else None


def _read(extracted: Iterable[ExtractedArticle]):
    """One pass over the articles: their sources, officials, statements folded by the name each article
    gives its speaker, and figures with their context. The folding index is dropped on return."""
    sources: list[Source] = []
    registry = _Registry()
    first_fold = _Folder()
    raw_figures: list[tuple[Figure, Citation, tuple[str, ...], str | None]] = []
    sketches: list[Sketch] = []
    for x in extracted:
        source = Source(len(sources) + 1, x.article.source, clean_headline(x.article.headline), x.article.date,
                        x.article.url, x.article.outlet)
        sources.append(source)
        lead = next((p for p in x.article.paragraphs if p), "")
        sketches.append(sketch(source.number, source.headline, lead,
                               {s.speaker.split()[-1].lower() for s in x.statements if s.speaker}))
        for official in x.officials:
            if _named(official.name, x.officials) == official.name:  # "group", "the prime minister": no entry
                registry.add(official)
        for s in x.statements:
            cite = Citation(source.source, source.headline, source.date, s.paragraph, source.number)
            speaker, note = _named(s.speaker, x.officials), attribution_note(s)
            if s.speaker and speaker != s.speaker:
                note = (f"The article names the speaker only as “the {s.speaker}”"
                        + (f"; taken to be {speaker}, who holds that title in it" if speaker else "") + " — check.")
            first_fold.add(speaker or "", BriefStatement(s.kind, s.text, s.verb, (cite,), note))
        for f in x.figures:
            cite = Citation(source.source, source.headline, source.date, f.paragraph, source.number)
            raw_figures.append((f, cite, _context(x.article.paragraphs[f.paragraph - 1], f.text, f.unit),
                                x.article.outlet))
    return sources, registry, first_fold.items, raw_figures, sketches


OTHER_STORIES = "Other stories"


def _stories(said: list[tuple[str, BriefStatement]], sketches: list[Sketch], watch,
             official_info: dict) -> list[Story]:
    """The day's articles grouped into stories, each with its statements under its officials (most statements
    first); with a watch-list, each story filed under the user's topic its statements and headlines match."""
    groups = group_stories(sketches)
    story_of = {s.number: i for i, group in enumerate(groups) for s in group}
    said_in: dict[int, dict[str, list[BriefStatement]]] = defaultdict(lambda: defaultdict(list))
    for speaker, s in said:
        said_in[story_of[s.citations[0].source_number]][speaker].append(s)
    stories = []
    for i, group in enumerate(groups):
        speakers = said_in[i]
        names = sorted(speakers, key=lambda n: (n == UNKNOWN_SPEAKER, -len(speakers[n]), n))
        officials = tuple(BriefOfficial(n, getattr(official_info.get(n), "title", None),
                                        getattr(official_info.get(n), "organisation", None), tuple(speakers[n]))
                          for n in names)
        label = central(group)
        stories.append(Story(label.headline, first_sentence(label.lead), tuple(s.number for s in group), officials,
                             _watch_group(group, speakers, watch) if watch else None))
    if watch:
        order = {t.name: k for k, t in enumerate(watch)}
        stories.sort(key=lambda st: order.get(st.group, len(order)))  # stable: coverage order within a topic
    return stories


def _watch_group(group: list[Sketch], speakers: dict[str, list[BriefStatement]], watch) -> str:
    """The watch-list topic a story belongs to: the one its headlines, leads and statements match most."""
    votes: Counter[str] = Counter()
    for s in group:
        votes[watch_topic_of(f"{s.headline}. {s.lead}", None, watch)] += 2
    for speaker, statements in speakers.items():
        for st in statements:
            votes[watch_topic_of(st.text, speaker, watch)] += 1
    votes.pop(OTHER, None)
    if not votes:
        return OTHER_STORIES
    return max(sorted(votes), key=lambda t: votes[t])


def build_brief(extracted: Iterable[ExtractedArticle], *, title: str = "Daily briefing",
                date: str | None = None, unusable: Iterable[tuple[str, str]] = (),
                watch=None, left_out: Iterable[tuple[str, str]] = (), author: str = "briefing") -> Brief:
    """Group a day's extracted articles into a Brief.

    Articles are read once, as a stream, and not kept: statements are folded as they come (by the name
    each article gives its speaker), then folded again once every article's officials are known and
    names are merged across articles. Articles are grouped into stories; `watch` is the user's topics
    (WatchTopic records), each holding the stories that match it."""
    sources, registry, first, raw_figures, sketches = _read(extracted)
    registry.split_titles()
    registry.merge_acronyms()
    texts: dict[str, list[str]] = defaultdict(list)
    for raw, s in first:
        if raw:
            texts[registry.canonical(raw)].append(s.text)
    short = registry.merge_short_forms(texts)

    def who(name: str | None) -> str | None:
        return registry.canonical(short.get(name, name) if name else None)

    said = _fold([(who(raw) or UNKNOWN_SPEAKER, s) for raw, s in first])
    official_info = {o.name: o for o in registry.by_key.values()}
    stories = _stories(said, sketches, watch, official_info)
    counts: Counter[str] = Counter(speaker for speaker, _ in said)
    figures = tuple(BriefFigure(f.text, f.value, f.unit, f.approx, who(f.attributed_to), cite, context,
                                f.context, outlet) for f, cite, context, outlet in raw_figures)
    officials = tuple(sorted(
        (OfficialRow(o.name, o.title, o.organisation, counts.get(o.name, 0), registry.other_titles(o.name))
         for o in official_info.values()),
        key=lambda r: (-r.statements, r.name)))
    dates = sorted(d for d in (s.date for s in sources) if d)
    return Brief(title=title, date=date or (dates[-1] if dates else None),
                 first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
                 sources=tuple(sources), stories=tuple(stories), figures=figures, officials=officials,
                 unusable=tuple(unusable), conflicts=_conflicts(figures, stories), left_out=tuple(left_out),
                 author=author)
