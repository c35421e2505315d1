"""Writing the generated word lists of briefing/data/, shared by the scripts that make them."""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "briefing" / "data"
WIDTH = 110


def write_word_list(name: str, header: str, made_by: str, words: list[str]) -> None:
    """briefing/data/NAME: a header, where the list comes from, then the words, a line of up to WIDTH characters
    at a time (the format lexicon._words reads)."""
    lines = [f"# {header}", f"# Made by {made_by}; do not edit."]
    row: list[str] = []
    for word in words:
        if sum(len(w) + 1 for w in row) + len(word) > WIDTH:
            lines.append(" ".join(row))
            row = []
        row.append(word)
    lines.append(" ".join(row))
    (DATA / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
