"""Read articles from files, folders and standard input into `Article` records.

Plain text comes in two layouts: the seed layout (line 1 `` date YYYY-MM-DD headline``, an optional
``Published: ...`` line, then one paragraph per non-empty line) and plain text (first line the headline,
an optional ``Published:`` line). Web pages, JSON, feeds and Word files are read by briefing.formats.
"""
from __future__ import annotations

import datetime as dt
import glob
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .formats import ARTICLE_SUFFIXES, FormatError, docx_text, read_feed, read_html, read_json, sniff
from .records import Article
from .text import MAX_PARAGRAPH, bound_paragraphs, clean_text, decode_bytes

log = logging.getLogger("briefing")
MAX_BYTES = 5_000_000
_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2}|unknown)\s+(.*)$")
_META = re.compile(r"^\s*(Published|Updated|Date)\s*:\s*(.*)$", re.I)
_TIME = re.compile(r"\d{1,2}:\d{2}|\d{1,2}\s*[ap]\.?m\b", re.I)


class ArticleError(Exception):
    """An input that cannot be used; the message names the file and the problem."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self):  # travels back from worker processes intact
        return ArticleError, (self.source, self.problem)


@dataclass(frozen=True)
class Input:
    """One article source: a path, or standard input as ``-``."""

    source: str
    path: Path | None
    data: bytes | None = None  # standard input, read once by the process that owns it

    def loaded(self) -> Input:
        """This input with standard input read now, so a worker process can be handed it."""
        if self.path is None and self.data is None:
            return Input(self.source, None, _stdin_bytes())
        return self


def expand_inputs(inputs: Iterable[str | Input | ArticleError]) -> Iterator[Input | ArticleError]:
    """Turn command-line inputs into article sources: folders give their articles (recursively, in name
    order), glob patterns ("news/**/*.txt") the files they match; sources already expanded pass through."""
    for item in inputs:
        if not isinstance(item, str):
            yield item
            continue
        if item == "-":
            yield Input("-", None)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                           and not p.name.startswith("."))
            if not files:
                yield ArticleError(printable(item), "folder holds no articles (" + ", ".join(ARTICLE_SUFFIXES) + ")")
            for p in files:
                yield Input(printable(str(p)), p)
        elif path.is_file():
            yield Input(printable(item), path)
        elif any(ch in item for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(item, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield ArticleError(printable(item), "pattern matches no files")
            for p in files:
                yield Input(printable(str(p)), p)
        else:
            yield ArticleError(printable(item), "no such file or folder")


def printable(name: str) -> str:
    """A file name as text that can be printed and written as UTF-8: bytes that are not UTF-8 (which Python
    keeps as lone surrogates) shown as \\xNN escapes, as ``ls -b`` shows them."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_articles(inp: Input) -> list[Article]:
    """Read one source into its Articles (a feed or JSON list holds several), or raise ArticleError.

    Whatever the format, each article leaves here with a real calendar date or none, and with no paragraph
    longer than MAX_PARAGRAPH characters; a file whose parser fails in any way is an ArticleError."""
    data = _read_bytes(inp)
    try:
        articles = _parse(inp, data)
    except ArticleError:
        raise
    except FormatError as exc:
        raise ArticleError(inp.source, str(exc)) from None
    except RecursionError:
        raise ArticleError(inp.source, "nested too deeply to read") from None
    except Exception as exc:  # noqa: BLE001 - a parser's failure on one hostile file must not sink the run
        raise ArticleError(inp.source, f"cannot be read ({type(exc).__name__}: {exc})"[:300]) from None
    return [_checked(article) for article in articles]


def _read_bytes(inp: Input) -> bytes:
    if inp.path is None:
        data = inp.data if inp.data is not None else _stdin_bytes()
    else:
        try:
            size = inp.path.stat().st_size
            if size > MAX_BYTES:
                raise ArticleError(inp.source, f"file is {size} bytes, over the {MAX_BYTES} byte limit")
            data = inp.path.read_bytes()
        except OSError as exc:
            raise ArticleError(inp.source, f"cannot read: {exc.strerror or exc}") from exc
    if data is None:
        raise ArticleError(inp.source, "standard input is closed")
    if not data.strip():
        raise ArticleError(inp.source, "empty file")
    return data


def _stdin_bytes() -> bytes | None:
    """Standard input's bytes, or None when the process has none (started with stdin closed)."""
    if sys.stdin is None or getattr(sys.stdin, "buffer", None) is None:
        return None
    try:
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    except (OSError, ValueError):
        return None


def _parse(inp: Input, data: bytes) -> list[Article]:
    if len(data) > MAX_BYTES:
        raise ArticleError(inp.source, f"input is over the {MAX_BYTES} byte limit")
    kind = sniff(data, inp.path.suffix.lower() if inp.path else "")
    if kind == "docx":
        return [parse_article(docx_text(data), inp.source)]
    if kind == "feed":
        return read_feed(data, inp.source)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(inp.source, "binary file, not an article")
    try:
        text, warning = decode_bytes(data)
    except UnicodeDecodeError:
        raise ArticleError(inp.source, "undecodable bytes: not UTF-8, UTF-16 or Windows-1252") from None
    if warning:
        log.warning("%s: %s", inp.source, warning)
    if kind == "html":
        return [read_html(text, inp.source)]
    if kind in ("json", "jsonl"):
        return read_json(text, inp.source, lines=kind == "jsonl")
    return [parse_article(text, inp.source)]


def _checked(article: Article) -> Article:
    """The article with an impossible date ("2024-13-45", "2023-02-29") dropped and very long paragraphs split,
    each with a warning naming the file."""
    if article.date is not None and not is_real_day(article.date):
        log.warning("%s: impossible date %r, read as undated", article.source, article.date)
        article = replace(article, date=None, published=None)
    paragraphs = bound_paragraphs(article.paragraphs)
    if paragraphs is not article.paragraphs:
        long = [p for p in article.paragraphs if len(p) > MAX_PARAGRAPH]
        pieces = len(paragraphs) - len(article.paragraphs) + len(long)
        log.warning("%s: %d paragraph%s over %d characters split at sentence ends, into %d", article.source,
                    len(long), "" if len(long) == 1 else "s", MAX_PARAGRAPH, pieces)
        article = replace(article, paragraphs=paragraphs)
    return article


def is_real_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def parse_article(text: str, source: str = "-") -> Article:
    """Parse article text in the seed layout or as plain text."""
    lines = [line.strip() for line in clean_text(text).splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise ArticleError(source, "empty file")
    date = None
    header = _HEADER.match(lines[0])
    if header:
        date = None if header.group(1) == "unknown" else header.group(1)
        headline = header.group(2).strip()
    else:
        headline = lines[0]
    rest = lines[1:]
    published = None
    if rest and (meta := _META.match(rest[0])):
        rest = rest[1:]
        parsed_date, published = parse_published(meta.group(2))
        if date is None and not header:
            date = parsed_date
    return Article(source=source, headline=headline, paragraphs=tuple(rest),
                   date=date, published=published)


_MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_COMMON_DATE = re.compile(
    r"^(?:\w+,?\s+)??(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]{3,9})\.?,?|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2}),?)"
    r"\s+(?P<y>\d{4})$")


def _common_date(value: str) -> str | None:
    """ "17 December 2024", "Dec. 17, 2024", "Tuesday 17 Dec 2024" without a parser; None otherwise."""
    m = _COMMON_DATE.match(value)
    if not m:
        return None
    month = _MONTHS.get((m.group("m1") or m.group("m2")).lower()[:3])
    if month is None:
        return None
    try:
        return dt.date(int(m.group("y")), month, int(m.group("d1") or m.group("d2"))).isoformat()
    except ValueError:
        return None


def parse_published(value: str) -> tuple[str | None, str | None]:
    """Parse a ``Published:`` value into (ISO date, ISO date-time when a time is given)."""
    value = value.replace("•", " ").strip()
    if not _TIME.search(value) and (day := _common_date(value)):
        return day, None
    try:  # ISO 8601, as most sites and APIs give it: the time as written, its offset dropped
        stamp = dt.datetime.fromisoformat(value)
        return stamp.date().isoformat(), (stamp.replace(tzinfo=None, microsecond=0).isoformat()
                                          if _TIME.search(value) else None)
    except ValueError:
        pass
    import dateparser  # imported here: it is slow to load and only needed for other dates
    from dateparser.timezone_parser import pop_tz_offset_from_string

    as_written, _ = pop_tz_offset_from_string(value)  # "21:30 EST" is 21:30, as on the page
    parsed = dateparser.parse(as_written, languages=["en"],
                              settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                                        "TIMEZONE": "UTC"})  # never the machine's zone: TZ=UTC0 breaks it
    if parsed is None:
        return None, None
    stamp = parsed.replace(microsecond=0).isoformat() if _TIME.search(value) else None
    return parsed.date().isoformat(), stamp
