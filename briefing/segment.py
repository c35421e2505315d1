"""Segment paragraphs: quotation spans (across paragraphs) and sentences.

Quotation marks in real news are curly, straight, mixed, nested and sometimes
unbalanced. Each paragraph is recovered on its own: an unclosed mark never
swallows the rest of the article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import lexicon

OPEN_DOUBLE, CLOSE_DOUBLE, STRAIGHT_DOUBLE = "“„", "”", '"'
_WORDCHAR = re.compile(r"\w", re.UNICODE)
_DOUBLE_MARK = re.compile('[“„”"]')
_SINGLE_MARK = re.compile("[‘’']")
_REOPENED = re.compile(r"(?<=[.?!]) +[\"“](?=\w)")


class Intervals:
    """Sorted, non-overlapping (start, end) spans, asked which one holds an offset in log time, so that
    a paragraph of a thousand quotations costs no more per mark than a paragraph of one."""

    def __init__(self, spans) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def holding(self, i: int, inclusive_start: bool = True) -> tuple[int, int] | None:
        """The span with start <= i < end (start < i when not inclusive_start), or None."""
        k = bisect_right(self.starts, i if inclusive_start else i - 1) - 1
        if k >= 0 and i < self.spans[k][1]:
            return self.spans[k]
        return None


@dataclass(frozen=True)
class Quote:
    """Words inside quotation marks.

    ``parts`` holds (paragraph, start, end) for each piece: a quotation that runs on
    into the next paragraph has several. ``start``/``end`` of a piece cover the marks.
    """

    parts: tuple[tuple[int, int, int], ...]
    text: str
    closed: bool

    @property
    def paragraph(self) -> int:
        return self.parts[0][0]

    @property
    def start(self) -> int:
        return self.parts[0][1]

    @property
    def end(self) -> int:
        return self.parts[-1][2]

    @property
    def last_paragraph(self) -> int:
        return self.parts[-1][0]


def _double_spans(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Pair double quotation marks in one paragraph; returns spans and an unclosed opening."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _DOUBLE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if ch in OPEN_DOUBLE:
            open_at = i
        elif ch in CLOSE_DOUBLE:
            if open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
        elif ch == STRAIGHT_DOUBLE:
            if text[i - 1:i].isalpha() and text[i + 1:i + 2] == "s" and not text[i + 2:i + 3].isalnum():
                continue  # an apostrophe as wire copy writes it: Acme"s plan
            if open_at is None:
                prev = text[i - 1] if i else " "
                nxt = text[i + 1] if i + 1 < len(text) else " "
                if nxt.isspace() and not prev.isspace():
                    continue  # a stray closing mark
                open_at = i
            else:
                prev = text[i - 1] if i else " "
                nxt = text[i + 1] if i + 1 < len(text) else " "
                if prev.isspace() and nxt.isalnum() and text[open_at + 1:i].rstrip()[-1:] in ".?!":
                    continue  # "…our community. "This sort…": the same quotation re-opened, as across paragraphs
                spans.append((open_at, i + 1))
                open_at = None
    return spans, open_at


def _single_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single marks used as quotation marks, outside double-quoted spans.

    An opening mark stands at a word start; a closing one after a word and before
    a space or punctuation. Apostrophes inside words ("don't") never pair.
    """
    taken_spans = Intervals(taken)
    spans, open_at = [], None
    for m in _SINGLE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if taken_spans.holding(i):
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        opens = (prev.isspace() or prev in "([—–-:") and not nxt.isspace() and ch in "‘'"
        closes = not prev.isspace() and not _WORDCHAR.match(nxt) and ch in "’'"
        if open_at is None and opens:
            open_at = i
        elif open_at is not None and closes and i - open_at > 2:
            spans.append((open_at, i + 1))
            open_at = None
    return spans


def _opens_with_quote(text: str) -> bool:
    return bool(text) and (text[0] in OPEN_DOUBLE or text[0] == STRAIGHT_DOUBLE)


def find_quotes(paragraphs: tuple[str, ...] | list[str]) -> list[Quote]:
    """All quotation spans of an article, in order, joining quotations that run on."""
    quotes: list[Quote] = []
    carry: list[tuple[int, int, int]] = []
    for p, text in enumerate(paragraphs):
        spans, open_at = _double_spans(text)
        if carry:
            if spans and spans[0][0] == 0:
                carry.append((p, *spans.pop(0)))
                quotes.append(_make_quote(paragraphs, carry, closed=True))
                carry = []
            elif open_at == 0 and not spans:
                carry.append((p, 0, len(text)))
                open_at = None
                if p + 1 >= len(paragraphs) or not _opens_with_quote(paragraphs[p + 1]):
                    quotes.append(_make_quote(paragraphs, carry, closed=False))
                    carry = []
                continue
            else:
                quotes.append(_make_quote(paragraphs, carry, closed=False))
                carry = []
        singles = _single_spans(text, spans + ([(open_at, len(text))] if open_at is not None else []))
        for a, b in sorted(spans + singles):
            quotes.append(_make_quote(paragraphs, [(p, a, b)], closed=True))
        if open_at is not None:
            carry = [(p, open_at, len(text))]
            if p + 1 >= len(paragraphs) or not _opens_with_quote(paragraphs[p + 1]):
                quotes.append(_make_quote(paragraphs, carry, closed=False))
                carry = []
    if carry:
        quotes.append(_make_quote(paragraphs, carry, closed=False))
    quotes.sort(key=lambda q: (q.paragraph, q.start))
    return quotes


def _make_quote(paragraphs, parts, closed: bool) -> Quote:
    pieces = []
    for p, a, b in parts:
        piece = paragraphs[p][a:b]
        piece = piece[1:] if piece[:1] in "“„\"‘'" else piece
        if piece[-1:] in "”\"’'" and (closed or (p, a, b) != parts[-1]):
            piece = piece[:-1]
        pieces.append(_REOPENED.sub(" ", piece).strip())
    return Quote(parts=tuple(parts), text=" ".join(x for x in pieces if x), closed=closed)


_ABBREVIATIONS = frozenset("""mr mrs ms dr sir gen maj col lt capt adm sgt brig rev prof sen rep gov st jr sr
no nos vs etc inc ltd co corp dept est approx jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k
u.n e.g i.e a.m p.m mt ft fig al""".split())


_CLOSING = "”\"’'"
_LAST_WORD = re.compile(r"([\w.]+)[.?!]*[”\"’']?$")


def _attribution_follows(text: str, at: int) -> bool:
    """Whether a quotation closed at ``at`` is followed by its own attribution: "“Stop!” Jo Lee told them."
    (a name, or a title and a name, then a speech verb), so the sentence goes on past its "!" or "?". (After
    a full stop a name and a verb open a new sentence: "…worse.” Jo Lee said the economy had slowed.")"""
    words = text[at:at + 90].split()[:7]
    verbs = lexicon.speech_verbs()
    for k, word in enumerate(words):
        if word.strip(",.").lower() in verbs:
            return k >= 1 and all(w[:1].isupper() or w.lower() in lexicon.title_words() for w in words[:k])
        if not (word[:1].isupper() or word.lower() in lexicon.title_words()):
            return False
    return False


def sentence_spans(text: str, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Split a paragraph into sentences; never inside a protected (quoted) span."""
    spans, start = [], 0
    quoted = Intervals(protected)
    for m in re.finditer(r"[.?!]+[”\"’']?(?=\s+[“\"‘'(\[]?[A-Z0-9])", text):
        end = m.end()
        if (span := quoted.holding(m.start(), inclusive_start=False)) and m.start() < span[1] - 1 \
                and end != span[1]:
            continue  # inside a quotation, unless the quotation's own sentence ends with it
        if text[end - 1] in _CLOSING and text[end - 2:end - 1] in {"?", "!"} and _attribution_follows(text, end):
            continue  # "“Stop!” Jo Lee told them.": one sentence
        word = _LAST_WORD.search(text, max(start, end - 60), end)  # the word before the stop: never more to read
        if m.group().startswith(".") and word:
            w = word.group(1).rstrip(".").lower()
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans
