"""Stories: the same event as several outlets report it, found from the articles' headlines, leads, the names
they mention and the people they quote.

Each article is reduced to a `Sketch` (its words, weighted by how rare they are that day, the names it
mentions and its speakers). Articles join the story they are most like, in name order, when the likeness
reaches a threshold, else start one; so the grouping is deterministic and near-linear (an article is compared
only with the stories that share one of its rarer words). A story is labelled by its most central headline.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from . import lexicon

SAME_STORY = 0.22  # likeness (0-1) at which an article joins a story
CANDIDATES = 20  # stories an article is compared with: those sharing most of its rarer words and names
MEMBERS = 10  # articles of a story it is compared with: its first ones
_WORD = re.compile(r"[A-Za-z][\w'’-]+")
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]+)*")
# "Headline | CBC News", "Headline - BBC News", "Headline – The Guardian": an outlet's name after a bar or dash
_OUTLET_SUFFIX = re.compile(r"\s+[|–—-]\s+((?:The\s+)?[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3})\s*$")


@dataclass(frozen=True)
class Sketch:
    """What an article is about, for grouping: its number among the day's sources, its headline and lead,
    and its words, names and speakers."""

    number: int
    headline: str
    lead: str
    words: frozenset[str]
    names: frozenset[str]
    speakers: frozenset[str]


def sketch(number: int, headline: str, lead: str, speakers: set[str] | frozenset[str] = frozenset()) -> Sketch:
    text = f"{headline}. {lead}"
    stop = lexicon.stopwords()
    words = frozenset(_stem(w.lower()) for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in stop)
    names = frozenset(m.group().lower() for m in _NAME.finditer(text)
                      if m.group().split()[0].lower() not in stop and len(m.group()) > 2)
    return Sketch(number, headline, lead, words, names, frozenset(s for s in speakers if s))


def _stem(word: str) -> str:
    """A word's plural and possessive folded away: "troops" and "troop's" are "troop"."""
    word = re.sub(r"['’]s$", "", word)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word


def clean_headline(headline: str) -> str:
    """The headline without an outlet's name after a bar or dash ("… | CBC News")."""
    m = _OUTLET_SUFFIX.search(headline)
    if m and len(headline[:m.start()].split()) >= 3 and (" | " in m.group() or _looks_like_outlet(m.group(1))):
        return headline[:m.start()].rstrip()
    return headline


_OUTLET_WORDS = frozenset("news times post guardian telegraph herald tribune journal bbc cnn cbc abc nbc reuters "
                          "press daily online mail express independent observer standard star chronicle".split())


def _looks_like_outlet(name: str) -> bool:
    return any(w.lower().strip(".") in _OUTLET_WORDS for w in name.split())


class _Likeness:
    """How alike two articles are: shared words weighted by rarity (idf), shared names and shared speakers."""

    def __init__(self, sketches: list[Sketch]) -> None:
        df = Counter(w for s in sketches for w in s.words)
        n = len(sketches)
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}

    def weight(self, words: frozenset[str]) -> float:
        return sum(self.idf[w] for w in words)

    def __call__(self, a: Sketch, b: Sketch) -> float:
        shared = self.weight(a.words & b.words)
        words = shared / max(1e-9, min(self.weight(a.words), self.weight(b.words)))
        names = len(a.names & b.names) / max(1, min(len(a.names), len(b.names)))
        speakers = len(a.speakers & b.speakers) / max(1, min(len(a.speakers), len(b.speakers)))
        return 0.6 * words + 0.25 * names + 0.15 * speakers


def group_stories(sketches: list[Sketch]) -> list[list[Sketch]]:
    """The articles grouped into stories, each story's articles in name order, the stories with most articles
    first (ties: the earlier story first)."""
    likeness = _Likeness(sketches)
    df = Counter(w for s in sketches for w in s.words)
    common = max(2, len(sketches) // 10)  # a word in more articles than this finds no story by itself
    stories: list[list[Sketch]] = []
    index: dict[str, set[int]] = defaultdict(set)  # a rarer word or a name -> the stories whose articles use it
    for s in sorted(sketches, key=lambda x: x.number):
        rare = sorted({w for w in s.words if df[w] <= common} | {f"name:{n}" for n in s.names})
        shared = Counter(i for w in rare for i in index[w])
        candidates = sorted(shared, key=lambda i: (-shared[i], i))[:CANDIDATES]
        scored = [(sum(likeness(s, m) for m in stories[i][:MEMBERS]) / len(stories[i][:MEMBERS]), -i)
                  for i in candidates]
        best = max(scored, default=None)
        if best is not None and best[0] >= SAME_STORY:
            story = -best[1]
        else:
            story = len(stories)
            stories.append([])
        stories[story].append(s)
        for w in rare:
            index[w].add(story)
    order = sorted(range(len(stories)), key=lambda i: (-len(stories[i]), i))
    return [stories[i] for i in order]


CENTRAL_SAMPLE = 40  # articles a story's centre is looked for among, and compared with: its first ones


def central(story: list[Sketch]) -> Sketch:
    """The article most like the others of its story (the first, when they tie): it names the story. A story of
    a thousand wire copies is judged on its first CENTRAL_SAMPLE, so naming it costs no more than a small one."""
    if len(story) < 3:
        return story[0]
    sample = story[:CENTRAL_SAMPLE]
    likeness = _Likeness(sample)
    return max(sample, key=lambda s: (sum(likeness(s, o) for o in sample if o is not s), -s.number))


def first_sentence(text: str, words: int = 40) -> str:
    """The first sentence of a lead, at most `words` words (then an ellipsis)."""
    m = re.search(r"(?<=[.!?])[”\"’']?\s+(?=[A-Z“\"‘])", text)
    sentence = text[:m.start() + 1].rstrip() if m else text
    parts = sentence.split()
    return sentence if len(parts) <= words else " ".join(parts[:words]) + " …"
