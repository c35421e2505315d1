"""The `briefing` command: a thin layer over briefing.pipeline."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from . import __version__
from .pipeline import EXIT_USAGE, RunReport, build, extract_inputs, write_jsonl

EXIT_CODES = """Exit codes: 0 success; 1 output written but some inputs could not be used;
2 usage error; 3 no article could be used (a "no coverage" brief is still written)."""


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


def _setup_logging(quiet: bool) -> None:
    logger = logging.getLogger("briefing")
    logger.handlers = [h for h in logger.handlers if not isinstance(h, _StderrHandler)]
    logger.addHandler(_StderrHandler())
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)
    logger.propagate = False


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn dated news articles into a Word briefing: who said what, and which figures."""


@main.command(epilog="Example:\n\n\b\n  briefing extract seeds/ -o seeds.jsonl\n\n" + EXIT_CODES)
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="JSON Lines file (default: stdout).")
@click.option("-q", "--quiet", is_flag=True, help="Print no warnings.")
def extract(inputs: tuple[str, ...], output: str | None, quiet: bool) -> None:
    """Write one JSON object per article (statements, officials, figures).

    INPUTS are article files, folders (their *.txt, in name order) or - for standard input.
    """
    _setup_logging(quiet)
    report = RunReport()
    if output:
        with click.open_file(output, "w", encoding="utf-8", atomic=True) as out:
            write_jsonl(extract_inputs(inputs, report), out)
    else:
        write_jsonl(extract_inputs(inputs, report), sys.stdout)
    sys.exit(report.exit_code())


@main.command("build", epilog="Example:\n\n\b\n  briefing build seeds/ -o brief.docx\n\n" + EXIT_CODES)
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The .docx to write.")
@click.option("--template", type=click.Path(exists=True, dir_okay=False), help="A .docx whose styles to use.")
@click.option("--title", default="Daily briefing", show_default=True, help="The briefing's title.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
def build_command(inputs: tuple[str, ...], output: str, template: str | None, title: str, quiet: bool) -> None:
    """Write the Word briefing for INPUTS (files, folders or - for standard input)."""
    from .render_docx import TemplateError

    _setup_logging(quiet)
    try:
        report = build(inputs, Path(output), Path(template) if template else None, title)
    except TemplateError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if not quiet:
        skipped = f"; {len(report.unusable)} inputs skipped" if report.unusable else ""
        click.echo(f"wrote {output}: {report.articles} articles{skipped}", err=True)
    sys.exit(report.exit_code())
