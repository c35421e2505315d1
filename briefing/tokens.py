"""Word tokens with character offsets, shared by the extraction stages."""
from __future__ import annotations

import re
from typing import Any, NamedTuple

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"                      # U.S., U.N.
    r"|\w+(?:-\w+)*(?:[’'](?!s\b)\w+)*"     # words; a possessive 's is its own token
    r"|[’']s\b|(?<=[^\W\d_])\"s\b"          # ... also as wire copy writes it: Acme"s
    r"|[^\w\s]",
    re.UNICODE,
)
# Abbreviations whose dot belongs to the word ("Gen. Pat Ryder"), not to a sentence end.
_DOTTED = frozenset("""mr mrs ms dr gen maj col lt capt adm sgt brig rev prof sen rep gov st jr sr
cpl gens messrs mt ft no""".split())


class Token(NamedTuple):
    """A word or punctuation mark and where it stands; `lower` is kept, as it is asked for often.

    The attribution stream also holds whole quotations as tokens: ``quote`` is then the quotation."""

    text: str
    start: int
    end: int
    lower: str
    quote: Any = None

    @property
    def is_quote(self) -> bool:
        return self.quote is not None

    @property
    def is_capitalised(self) -> bool:
        """A capital first letter, or an Arabic article glued to a capitalised name ("al-Julani", "el-Sisi")."""
        text = self.text
        return text[:1].isupper() or text[:1] in "ae" and text[2:4].find("-") >= 0 \
            and text.split("-", 1)[0] in _NAME_PARTICLES and text.split("-", 1)[1][:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


_NAME_PARTICLES = frozenset("al el ad ag ar as ash at az an".split())
_new = tuple.__new__
_NAME_NEXT = re.compile(r" [A-Z][a-z]")  # "Robert M. Danin": a middle initial, not a sentence end


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")", re.UNICODE)


def tokenize(text: str) -> list[Token]:
    """The tokens of a text. One ``findall`` of (space, token) pairs, offsets by adding up their
    lengths: cheaper than a match object per token, and this runs on every paragraph."""
    tokens: list[Token] = []
    append = tokens.append
    end = 0
    for space, word in _SPACED_TOKEN.findall(text):
        start = end + len(space)
        end = start + len(word)
        if word == "." and tokens and tokens[-1].end == start and (
                tokens[-1].lower in _DOTTED or _initial(tokens[-1].text) and _NAME_NEXT.match(text, end)):
            prev = tokens.pop()
            append(_new(Token, (prev.text + ".", prev.start, end, prev.lower + ".", None)))
        elif word == '"s':
            append(_new(Token, ("'s", start, end, "'s", None)))  # the wire's possessive reads as any other
        else:
            append(_new(Token, (word, start, end, word.lower(), None)))  # fast path of Token(...)
    return tokens
