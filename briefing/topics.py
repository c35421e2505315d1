"""The topic of a statement, read from its own words against a topic vocabulary."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

from . import lexicon

OTHER = "Other"


@cache
def default_topics() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(topic, keywords) pairs from data/topics.txt, in file order."""
    text = resources.files("briefing.data").joinpath("topics.txt").read_text(encoding="utf-8")
    topics = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, words = line.partition(":")
        topics.append((name.strip(), tuple(w.strip().lower() for w in words.split(",") if w.strip())))
    return tuple(topics)


@cache
def _matcher(topics: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern, dict[str, list[int]]]:
    """One pattern for every keyword of every topic, and which topics each keyword counts for."""
    owners: dict[str, list[int]] = {}
    for i, (_name, keywords) in enumerate(topics):
        for k in keywords:
            owners.setdefault(k, []).append(i)
    words = sorted(owners, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"), owners


def topic_of(text: str, topics: tuple[tuple[str, tuple[str, ...]], ...] | None = None) -> str:
    """The topic whose keywords the text uses most; ties go to the earlier topic; else "Other"."""
    topics = topics or default_topics()
    pattern, owners = _matcher(topics)
    hits = Counter(i for m in pattern.finditer(re.sub(r"[^\w\s-]", " ", text.lower())) for i in owners[m.group()])
    if not hits:
        return OTHER
    best = max(hits.values())
    return next(topics[i][0] for i in sorted(hits) if hits[i] == best)


def watch_topic_of(text: str, speaker: str | None, watch) -> str:
    """The user's topic (a WatchTopic sequence) a statement belongs to: its speaker is listed under the
    topic, or its words use the topic's keywords most; else "Other"."""
    lowered = " " + re.sub(r"[^\w\s-]", " ", text.lower()) + " "
    best, best_hits = OTHER, 0
    for topic in watch:
        hits = sum(lowered.count(" " + " ".join(re.findall(r"[\w-]+", k.lower())) + " ") for k in topic.keywords)
        if speaker and speaker in topic.officials:
            hits += 100
        if hits > best_hits:
            best, best_hits = topic.name, hits
    return best


_NAME_RUN = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+")


def salient_terms(text: str) -> list[str]:
    """Salient words of a statement, as written: runs of capitalised words ("North Korean") count as
    one; no stopwords, no short words, no numbers."""
    names = [m.group() for m in _NAME_RUN.finditer(text)
             if not any(w.lower() in lexicon.stopwords() for w in m.group().split()[:1])]
    rest = _NAME_RUN.sub(" ", text)
    words = [w for w in re.findall(r"[A-Za-z][\w'-]+", rest)
             if len(w) > 3 and w.lower() not in lexicon.stopwords() and not w.lower().endswith("'s")]
    return names + words
