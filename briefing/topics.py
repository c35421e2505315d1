"""Topic of a statement, from its own words (placeholder until topic work lands)."""
from __future__ import annotations


def topic_of(text: str) -> str | None:
    return None
