"""Text hygiene shared by every reader: one normal form for all later stages."""
from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\t\u3000 ]{2,}|[\u00a0\u2007\u202f\u2009\u200a\t\u3000]")


def clean_text(text: str) -> str:
    """NFC-normalise, drop soft hyphens and zero-width characters, make spaces plain."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text)


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode article bytes; returns the text and a warning when a fallback was needed."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252"), "not UTF-8; read as Windows-1252"  # raises on bytes cp1252 lacks


MAX_PARAGRAPH = 10_000  # characters; a news paragraph is rarely a tenth of it
_SENTENCE_END = re.compile(r"(?<=[.?!”\"’'])\s+")


def bound_paragraphs(paragraphs: tuple[str, ...], limit: int = MAX_PARAGRAPH) -> tuple[str, ...]:
    """Paragraphs longer than ``limit`` split into pieces of at most ``limit`` characters, at sentence ends where
    there are any, else at spaces, else anywhere: a whole article pasted as one line is read as paragraphs, and
    no input costs more than its length in work."""
    if all(len(p) <= limit for p in paragraphs):
        return paragraphs
    return tuple(piece for p in paragraphs for piece in (_pieces(p, limit) if len(p) > limit else (p,)))


def _pieces(text: str, limit: int) -> list[str]:
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit + 1]
        cut = max((m.start() for m in _SENTENCE_END.finditer(window)), default=0) or window.rfind(" ")
        cut = cut if cut > limit // 4 else limit  # no break in reach: cut where the limit falls
        pieces.append(text[start:start + cut].strip())
        start += cut
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]
