"""Extraction of one article: a pure function of its text and source.

``extract_text`` is picklable and has no side effects, so it can run under any
process pool or distributed engine.
"""
from __future__ import annotations

from .figures import find_figures
from .reader import parse_article
from .records import Article, ExtractedArticle, Statement
from .segment import find_quotes
from .statements import find_statements
from .tokens import tokenize
from .topics import topic_of


def extract_article(article: Article) -> ExtractedArticle:
    """Find the statements, speakers and figures of one article."""
    quotes = find_quotes(article.paragraphs)
    tokens = [tokenize(text) for text in article.paragraphs]
    found, cast = find_statements(article.paragraphs, quotes, tokens)
    statements = tuple(
        Statement(speaker=f.speaker, kind=f.kind, paragraph=f.paragraph + 1, text=f.text, verb=f.verb,
                  topic=topic_of(f.text), pattern=f.pattern or None, resolution=f.resolution)
        for f in found
    )
    officials = tuple(cast.officials([s.speaker for s in statements]))
    figures = tuple(find_figures(article.paragraphs, found, tokens))
    return ExtractedArticle(article=article, officials=officials, statements=statements, figures=figures)


def extract_text(text: str, source: str = "-") -> ExtractedArticle:
    """Parse and extract an article given as text (seed layout or plain text)."""
    return extract_article(parse_article(text, source))
