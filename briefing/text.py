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
