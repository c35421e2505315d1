"""The topic of a statement, read from its own words against a topic vocabulary."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

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


def topic_of(text: str, topics: tuple[tuple[str, tuple[str, ...]], ...] | None = None) -> str:
    """The topic whose keywords the text uses most; ties go to the earlier topic; else "Other"."""
    lowered = " " + re.sub(r"[^\w\s-]", " ", text.lower()) + " "
    best, best_hits = OTHER, 0
    for name, keywords in topics or default_topics():
        hits = sum(lowered.count(f" {k} ") for k in keywords)
        if hits > best_hits:
            best, best_hits = name, hits
    return best
