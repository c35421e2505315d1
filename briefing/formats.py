"""Article formats beyond plain text: web pages, JSON and JSON Lines, RSS/Atom feeds, Word files.

Each reader turns one file's bytes into `Article` records (a feed or a JSON list holds several). The
format is chosen by content first and extension second. Heavy libraries (trafilatura, feedparser,
python-docx) load only when a file needs them.
"""
from __future__ import annotations

import io
import json
import re
import zipfile

from .records import Article
from .text import clean_text

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom",
                    ".docx")
MIN_PAGE_WORDS = 25
_TITLE_KEYS = ("title", "headline", "name")
_DATE_KEYS = ("date", "published", "publishedAt", "published_at", "pubDate", "datePublished", "publishing_date",
              "time", "created_at")
_TEXT_KEYS = ("text", "body", "content", "article", "articleBody", "description", "summary")
_URL_KEYS = ("url", "link", "canonical_url", "uri")
_OUTLET_KEYS = ("source", "outlet", "publisher", "site", "site_name")


class FormatError(ValueError):
    """A file of a known format that holds no usable article; the message says why."""


def sniff(data: bytes, suffix: str) -> str:
    """ "docx", "feed", "html", "json", "jsonl" or "text"."""
    if data[:4] == b"PK\x03\x04":
        return "docx"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        return "html"
    if head.startswith((b"{", b"[")):
        first_line = data.lstrip().split(b"\n", 1)[0].strip()
        if suffix in (".jsonl", ".ndjson") or (first_line.startswith(b"{") and first_line.endswith(b"}")
                                                and data.strip().count(b"\n") > 0):
            return "jsonl"
        return "json"
    return "text"


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(p for p in (clean_text(line).strip() for line in text.splitlines()) if p)


def _date(value) -> tuple[str | None, str | None]:
    if not value or not isinstance(value, str):
        return None, None
    from .reader import parse_published

    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?", value.strip())
    if match:  # ISO dates need no parser
        stamp = f"{match.group(1)}T{match.group(2)}" if match.group(2) else None
        if stamp and len(match.group(2)) == 5:
            stamp += ":00"
        return match.group(1), stamp
    return parse_published(value)


def read_html(text: str, source: str) -> Article:
    """Main text, headline, date and canonical URL of a saved web page, by trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or len(body.split()) < MIN_PAGE_WORDS:  # a menu or a cookie notice is not an article
        raise FormatError("web page without article text")
    date, published = _date(getattr(doc, "date", None))
    paragraphs = _without_page_furniture(_paragraphs(body))
    headline = clean_text(getattr(doc, "title", None) or "").strip() or paragraphs[0]
    return Article(source=source, headline=headline, paragraphs=paragraphs, date=date,
                   published=published, url=getattr(doc, "url", None), outlet=getattr(doc, "sitename", None))


_FURNITURE = re.compile(r"^(more|other|related|recommended|most (read|popular|viewed)|read more|latest|trending|"
                        r"you (may|might) also like|also in)\b[\w’' ]{0,40}$", re.I)


def _without_page_furniture(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Drop a trailing box of links ("Other Opinion Columns", "Related stories") that an extractor let
    through: a short label line in the second half of the page, and everything after it."""
    for i, line in enumerate(paragraphs):
        if i >= len(paragraphs) // 2 and _FURNITURE.match(line):
            return paragraphs[:i]
    return paragraphs


def _pick(obj: dict, keys: tuple[str, ...]):
    return next((obj[k] for k in keys if obj.get(k)), None)


def article_from_object(obj, source: str) -> Article:
    """An article from a news API's JSON object (title, date, text or paragraphs, url, source)."""
    if not isinstance(obj, dict):
        raise FormatError(f"JSON holds {type(obj).__name__}, not an article object")
    title = _pick(obj, _TITLE_KEYS)
    body = obj.get("paragraphs") or _pick(obj, _TEXT_KEYS)
    if isinstance(body, list):
        body = "\n".join(str(p) for p in body)
    if not isinstance(title, str) or not isinstance(body, str) or not body.strip():
        raise FormatError("JSON object without a title and article text")
    if "<" in body and re.search(r"</?(p|div|br|span)\b", body):
        body = _html_fragment_text(body)
    outlet = _pick(obj, _OUTLET_KEYS)
    if isinstance(outlet, dict):
        outlet = outlet.get("name")
    date, published = _date(_pick(obj, _DATE_KEYS))
    return Article(source=source, headline=clean_text(title).strip(), paragraphs=_paragraphs(body), date=date,
                   published=published, url=_pick(obj, _URL_KEYS), outlet=outlet if isinstance(outlet, str) else None)


def _json_int(digits: str) -> int | str:
    """A JSON integer; one too long for Python to convert (thousands of digits) is kept as its digits, since
    no field an article is read from needs it as a number."""
    return int(digits) if len(digits) <= 1000 else digits


def read_json(text: str, source: str, lines: bool) -> list[Article]:
    try:
        if lines:
            objects = [json.loads(line, parse_int=_json_int) for line in text.splitlines() if line.strip()]
        else:
            data = json.loads(text, parse_int=_json_int)
            objects = data if isinstance(data, list) else [data]
    except json.JSONDecodeError as exc:
        raise FormatError(f"not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not objects:
        raise FormatError("JSON holds no articles")
    return [article_from_object(obj, source if len(objects) == 1 else f"{source}#{i + 1}")
            for i, obj in enumerate(objects)]


def _html_fragment_text(html: str) -> str:
    """Paragraph text of a small HTML fragment (a feed entry, a JSON body)."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(f"<div>{html}</div>")
    blocks = tree.xpath("//p|//li|//h1|//h2|//h3|//blockquote")
    parts = [b.text_content() for b in blocks] if blocks else [tree.text_content()]
    return "\n".join(p.strip() for p in parts if p.strip())


def read_feed(data: bytes, source: str) -> list[Article]:
    """Each entry of an RSS or Atom feed is an article."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        raise FormatError("feed without entries")
    outlet = feed.feed.get("title")
    articles = []
    for i, entry in enumerate(feed.entries):
        content = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        body = _html_fragment_text(content) if "<" in content else content
        if not body.strip() or not entry.get("title"):
            continue
        date, published = _date(entry.get("published") or entry.get("updated"))
        articles.append(Article(source=f"{source}#{i + 1}", headline=clean_text(entry.title).strip(),
                                paragraphs=_paragraphs(body), date=date, published=published,
                                url=entry.get("link"), outlet=outlet))
    if not articles:
        raise FormatError("feed entries carry no article text")
    return articles


MAX_UNPACKED = 50_000_000  # bytes a Word file may inflate to; a real article is well under a megabyte
MAX_DOCX_PARAGRAPHS = 20_000
_PARAGRAPH_TAG = re.compile(rb"<w:p[ >/]")


def check_package(data: bytes, kind: str = "a readable Word file") -> None:
    """Refuse a Word package before parsing it when it inflates past MAX_UNPACKED or its body holds more than
    MAX_DOCX_PARAGRAPHS paragraphs (a zip bomb, a million empty paragraphs), or is no zip at all."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            unpacked = sum(member.file_size for member in members)
            body = next((m for m in members if m.filename == "word/document.xml"), None)
            xml = package.read(body) if body is not None and unpacked <= MAX_UNPACKED else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise FormatError(f"not {kind} ({exc.__class__.__name__})") from None
    if unpacked > MAX_UNPACKED:
        raise FormatError(f"Word file inflates to {unpacked} bytes, over the {MAX_UNPACKED} byte limit")
    count = len(_PARAGRAPH_TAG.findall(xml))
    if count > MAX_DOCX_PARAGRAPHS:
        raise FormatError(f"Word file holds {count} paragraphs, over the {MAX_DOCX_PARAGRAPHS} limit")


def docx_text(data: bytes) -> str:
    """The paragraphs of a Word file as lines, headline first (its first heading, else first paragraph)."""
    from docx import Document
    from lxml import etree

    check_package(data)
    try:
        document = Document(io.BytesIO(data))
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"not a readable Word file (malformed XML: {exc})"[:200]) from None
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FormatError(f"not a readable Word file ({exc.__class__.__name__})") from None
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    if not paragraphs:
        raise FormatError("Word file without text")
    heading = next((p for p in paragraphs if p.style.name.startswith(("Heading", "Title"))), paragraphs[0])
    rest = [p.text for p in paragraphs if p is not heading]
    return "\n".join([heading.text, *rest])
