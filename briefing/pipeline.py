"""The library behind the commands: read inputs, extract, group, render.

Each command of the CLI is a few lines over these functions; tests call them directly.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TextIO

from .brief import Brief, build_brief
from .extract import extract_article
from .reader import ArticleError, Input, expand_inputs, read_articles
from .records import ExtractedArticle
from .window import DateWindow

log = logging.getLogger("briefing")
log.addHandler(logging.NullHandler())

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_NO_ARTICLES, EXIT_INTERNAL = 0, 1, 2, 3, 4
MIN_ITEMS_PER_POOL = 16  # below this, starting worker processes costs more than it saves


@dataclass
class RunReport:
    """What a run did: articles used, inputs that could not be used and articles left out (source, why)."""

    articles: int = 0
    unusable: list[tuple[str, str]] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)

    def exit_code(self) -> int:
        """The one place that decides the exit status of a run."""
        if self.articles == 0:
            return EXIT_NO_ARTICLES
        return EXIT_SOME_FAILED if self.unusable else EXIT_OK


@dataclass(frozen=True)
class _Outcome:
    """What became of one input: its extracted articles, those left out, or why it could not be used."""

    extracted: tuple[ExtractedArticle, ...] = ()
    left_out: tuple[tuple[str, str], ...] = ()
    undated: tuple[str, ...] = ()
    error: ArticleError | None = None
    failed: tuple[ArticleError, ...] = ()  # articles of the input that could be read but not extracted


def _slim(x: ExtractedArticle) -> ExtractedArticle:
    """The record without the paragraphs a brief does not show (it keeps the lead and those holding figures,
    for their context): a day of thousands of articles then fits in little memory."""
    keep = {f.paragraph for f in x.figures} | {1}  # and the lead, which tells a story's news
    paragraphs = tuple(p if i + 1 in keep else "" for i, p in enumerate(x.article.paragraphs))
    return replace(x, article=replace(x.article, paragraphs=paragraphs))


def _process(item: Input | ArticleError, window: DateWindow | None, slim: bool = False) -> _Outcome:
    """Read, filter and extract one input: a pure function, so it runs the same in a worker process."""
    try:
        if isinstance(item, ArticleError):
            raise item
        articles = read_articles(item)
    except ArticleError as exc:
        return _Outcome(error=exc)
    kept, left_out, undated, failed = [], [], [], []
    for article in articles:
        if window is not None and not window.is_open:
            if article.date is None:
                undated.append(article.source)
                left_out.append((article.source, "undated"))
                continue
            if not window.contains(article.date):
                left_out.append((article.source, f"dated {article.date}, outside the briefing window"))
                continue
        try:
            extracted = extract_article(article)
        except Exception as exc:  # noqa: BLE001 - one article that breaks extraction must not sink the run
            failed.append(ArticleError(article.source, f"could not be extracted ({type(exc).__name__}: {exc})"[:300]))
            continue
        kept.append(_slim(extracted) if slim else extracted)
    return _Outcome(tuple(kept), tuple(left_out), tuple(undated), failed=tuple(failed))


def default_jobs() -> int:
    return os.cpu_count() or 1


def extract_inputs(inputs: Iterable[str | Input | ArticleError], report: RunReport,
                   window: DateWindow | None = None, progress: Callable[[], None] | None = None,
                   jobs: int = 1, slim: bool = False) -> Iterator[ExtractedArticle]:
    """Extract every readable input, in input order whatever `jobs` is; unusable ones are logged and
    recorded in `report`, articles dated outside `window` (or undated, when there is one) left out."""
    items = [item.loaded() if isinstance(item, Input) else item for item in expand_inputs(inputs)]
    if jobs > 1 and len(items) >= MIN_ITEMS_PER_POOL:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start, initargs=(os.getpid(),))
        outcomes = pool.map(partial(_process, window=window, slim=slim), items, chunksize=8)
    else:
        pool, outcomes = None, (_process(item, window, slim) for item in items)
    try:
        yield from _collect(outcomes, report, progress)
    except BaseException:
        if pool is not None:
            _stop_workers(pool)  # a signal or a crash: the workers' unfinished articles are of no use
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _collect(outcomes: Iterable[_Outcome], report: RunReport,
             progress: Callable[[], None] | None) -> Iterator[ExtractedArticle]:
    """Log and record what became of each input; yield its extracted articles."""
    for outcome in outcomes:
        if progress:
            progress()
        if outcome.error is not None:
            log.warning("%s", outcome.error)
            report.unusable.append((outcome.error.source, outcome.error.problem))
            continue
        for failure in outcome.failed:
            log.warning("%s", failure)
            report.unusable.append((failure.source, failure.problem))
        for source in outcome.undated:
            log.warning("%s: no date, left out of a dated briefing", source)
        report.left_out.extend(outcome.left_out)
        report.articles += len(outcome.extracted)
        yield from outcome.extracted


def _worker_start(parent: int) -> None:
    """In each worker process: die with the parent, even when it is killed with SIGKILL (Linux); leave Ctrl-C
    to the parent, which stops the workers itself (SIGTERM, the default action) and cleans up."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the parent's own shutdown still stops the workers
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _stop_workers(pool) -> None:
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def write_jsonl(records: Iterable[ExtractedArticle], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


@dataclass(frozen=True)
class BuildOptions:
    """How to build a brief, once settings files and command-line options are merged."""

    template: Path | None = None
    title: str = "Daily briefing"
    window: DateWindow = field(default_factory=DateWindow)
    watch: tuple | None = None  # WatchTopic records from a --topics file
    author: str = "briefing"
    jobs: int = 1
    comments: bool = True  # mark statements whose speaker was inferred


def output_path(pattern: str, brief_day: str | None, today: dt.date) -> Path:
    """ "briefs/brief-{date}.docx" -> a path; {date} is the briefing day, {today} the day of the run."""
    try:
        return Path(pattern.format(date=brief_day or today.isoformat(), today=today.isoformat()))
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(f"output pattern {pattern!r}: only {{date}} and {{today}} can be filled in") from exc


def make_brief(inputs: Iterable[str], options: BuildOptions, report: RunReport,
               progress: Callable[[], None] | None = None) -> Brief:
    """Read, filter and extract the inputs and group them into a Brief. The inputs are taken in the order of
    their names, so the brief depends on which files are given, never on the order they are listed in."""
    items = sorted(expand_inputs(list(inputs)), key=lambda item: item.source)
    extracted = extract_inputs(items, report, options.window, progress, options.jobs, slim=True)
    return build_brief(extracted, title=options.title, date=options.window.briefing_day,
                       unusable=report.unusable, watch=options.watch, left_out=report.left_out,
                       author=options.author)


def render(brief: Brief, out: Path, template: Path | None = None, comments: bool = True) -> None:
    """Write the brief in the format its file name asks for: .md as Markdown, else Word; `comments` marks the
    statements whose speaker was inferred (Word comments, Markdown footnotes)."""
    if out.suffix.lower() == ".md":
        from .render_markdown import render_markdown

        render_markdown(brief, out, comments)
    else:
        from .render_docx import render_docx

        render_docx(brief, out, template, comments)


def build(inputs: Iterable[str], out: Path, template: Path | None = None, title: str = "Daily briefing",
          options: BuildOptions | None = None) -> RunReport:
    """Read, extract, group and render a briefing to `out`; returns what happened."""
    options = options or BuildOptions(template=template, title=title)
    report = RunReport()
    brief = make_brief(inputs, options, report)
    render(brief, out, options.template)
    return report
