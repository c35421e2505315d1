"""Word tokens with character offsets, shared by the extraction stages."""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"                      # U.S., U.N.
    r"|\w+(?:-\w+)*(?:[’'](?!s\b)\w+)*"     # words; a possessive 's is its own token
    r"|[’']s\b"
    r"|[^\w\s]",
    re.UNICODE,
)
# Abbreviations whose dot belongs to the word ("Gen. Pat Ryder"), not to a sentence end.
_DOTTED = frozenset("""mr mrs ms dr gen maj col lt capt adm sgt brig rev prof sen rep gov st jr sr
cpl gens messrs mt ft no""".split())


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        if m.group() == "." and tokens and tokens[-1].end == m.start() and tokens[-1].lower in _DOTTED:
            prev = tokens.pop()
            tokens.append(Token(prev.text + ".", prev.start, m.end()))
        else:
            tokens.append(Token(m.group(), m.start(), m.end()))
    return tokens
