"""Extraction of one article: a pure function of its text and source.

``extract_text`` is picklable and has no side effects, so it can run under any
process pool or distributed engine.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from . import lexicon
from .figures import find_figures
from .reader import parse_article
from .records import Article, ExtractedArticle, Statement
from .segment import find_quotes
from .statements import find_statements
from .text import bound_paragraphs
from .tokens import tokenize
from .topics import topic_of

_AFTER_ABBREVIATION = re.compile(r"(?<=\b[A-Z]\.[A-Z]\.) ([A-Z])([a-z]+)\b(?!\.)")  # not "U.S. Rep."
_SENTENCE_OPENERS = frozenset("""the a an this that these those he she it they we i you his her its their our
in on at for from with by to of as if when while after before but and or so yet there here then now also
however meanwhile still""".split())


def restore_case(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Wire copy set in capitals and lowercased again capitalises the word after an abbreviation ("the U.K. Market
    fell", "the U.K. Team said"). Such a word is given back its lowercase when the article writes it in lowercase
    elsewhere, or writes it capitalised only after abbreviations; never a word that opens sentences or a body's
    or title's word ("the U.S. Embassy", "U.S. Secretary"). The text keeps its length, so offsets hold."""
    if not any(_AFTER_ABBREVIATION.search(text) for text in paragraphs):
        return paragraphs
    joined = "\n".join(paragraphs)
    lowercase = set(re.findall(r"\b[a-z]+\b", joined))
    after_abbreviation = Counter(m[1] + m[2] for m in _AFTER_ABBREVIATION.finditer(joined))
    capitalised = Counter(re.findall(r"\b[A-Z][a-z]+\b", joined))

    def restored(m: re.Match) -> str:
        word = m[1] + m[2]
        lower = word.lower()
        keep = lower in _SENTENCE_OPENERS or lower in lexicon.organisation_heads() or lower in lexicon.title_words()
        only_here = capitalised[word] == after_abbreviation[word]
        return " " + lower if not keep and (lower in lowercase or only_here) else m[0]

    return tuple(_AFTER_ABBREVIATION.sub(restored, text) for text in paragraphs)


def extract_article(article: Article) -> ExtractedArticle:
    """Find the statements, speakers and figures of one article."""
    paragraphs = restore_case(bound_paragraphs(article.paragraphs))
    if paragraphs != article.paragraphs:
        article = replace(article, paragraphs=paragraphs)  # the record holds the text as read
    quotes = find_quotes(paragraphs)
    tokens = [tokenize(text) for text in paragraphs]
    found, cast = find_statements(paragraphs, quotes, tokens)
    statements = tuple(
        Statement(speaker=f.speaker, kind=f.kind, paragraph=f.paragraph + 1, text=f.text, verb=f.verb,
                  topic=topic_of(f.text), pattern=f.pattern or None, resolution=f.resolution)
        for f in found
    )
    officials = tuple(cast.officials([s.speaker for s in statements]))
    figures = tuple(find_figures(paragraphs, found, tokens))
    return ExtractedArticle(article=article, officials=officials, statements=statements, figures=figures)


def extract_text(text: str, source: str = "-") -> ExtractedArticle:
    """Parse and extract an article given as text (seed layout or plain text)."""
    return extract_article(parse_article(text, source))
