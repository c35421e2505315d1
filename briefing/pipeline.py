"""The library behind the commands: read inputs, extract, group, render.

Each command of the CLI is a few lines over these functions; tests call them directly.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .brief import build_brief
from .extract import extract_article
from .reader import ArticleError, expand_inputs, read_input
from .records import ExtractedArticle

log = logging.getLogger("briefing")
log.addHandler(logging.NullHandler())

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_NO_ARTICLES = 0, 1, 2, 3


@dataclass
class RunReport:
    """What a run did: articles used and inputs that could not be used (source, problem)."""

    articles: int = 0
    unusable: list[tuple[str, str]] = field(default_factory=list)

    def exit_code(self) -> int:
        """The one place that decides the exit status of a run."""
        if self.articles == 0:
            return EXIT_NO_ARTICLES
        return EXIT_SOME_FAILED if self.unusable else EXIT_OK


def extract_inputs(inputs: Iterable[str], report: RunReport) -> Iterator[ExtractedArticle]:
    """Extract every readable input in order; unusable ones are logged and recorded in `report`."""
    for item in expand_inputs(inputs):
        try:
            if isinstance(item, ArticleError):
                raise item
            extracted = extract_article(read_input(item))
        except ArticleError as exc:
            log.warning("%s", exc)
            report.unusable.append((exc.source, exc.problem))
            continue
        report.articles += 1
        yield extracted


def write_jsonl(records: Iterable[ExtractedArticle], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


def build(inputs: Iterable[str], out: Path, template: Path | None = None,
          title: str = "Daily briefing") -> RunReport:
    """Read, extract, group and render a briefing to `out`; returns what happened."""
    from .render_docx import render_docx

    report = RunReport()
    extracted = list(extract_inputs(inputs, report))
    brief = build_brief(extracted, title=title, unusable=report.unusable)
    render_docx(brief, out, template)
    return report
