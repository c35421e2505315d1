"""The `briefing` command: a thin layer over briefing.pipeline."""
from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

import click

from . import __version__
from .brief import count_of
from .pipeline import (
    EXIT_USAGE,
    BuildOptions,
    RunReport,
    default_jobs,
    extract_inputs,
    make_brief,
    output_path,
    render,
    write_jsonl,
)

EXIT_CODES = """Exit codes: 0 success; 1 output written but some inputs could not be used;
2 usage error (bad option, settings, topics or template file); 3 no article matched (a "no coverage"
brief is still written)."""


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


def _setup_logging(quiet: bool) -> None:
    logger = logging.getLogger("briefing")
    logger.handlers = [h for h in logger.handlers if not isinstance(h, _StderrHandler)]
    logger.addHandler(_StderrHandler())
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)
    logger.propagate = False


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn dated news articles into a Word briefing: who said what, and which figures."""


@main.command(epilog="Example:\n\n\b\n  briefing extract seeds/ -o seeds.jsonl\n\n" + EXIT_CODES)
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="JSON Lines file (default: stdout).")
@click.option("-q", "--quiet", is_flag=True, help="Print no warnings.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: one per core].")
def extract(inputs: tuple[str, ...], output: str | None, quiet: bool, jobs: int | None) -> None:
    """Write one JSON object per article (statements, officials, figures).

    INPUTS are article files, folders (read recursively), glob patterns or - for standard input.
    """
    _setup_logging(quiet)
    report = RunReport()
    if output:
        with click.open_file(output, "w", encoding="utf-8", atomic=True) as out:
            write_jsonl(extract_inputs(inputs, report, jobs=jobs or default_jobs()), out)
    else:
        write_jsonl(extract_inputs(inputs, report, jobs=jobs or default_jobs()), sys.stdout)
    sys.exit(report.exit_code())


BUILD_EXAMPLES = """Examples:

\b
  briefing build seeds/ -o brief.docx
  briefing build news/ --date yesterday -o 'briefs/brief-{date}.docx' --quiet
  briefing build news/ --since 'last Monday' --topics watch.toml -o week.md

"""


@main.command("build", epilog=BUILD_EXAMPLES + EXIT_CODES)
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", help="File to write (.docx, or .md for Markdown); {date} and {today} are "
              "filled in; folders are created.")
@click.option("--date", "day", help="The briefing day: an ISO date or a phrase such as 'yesterday'.")
@click.option("--since", help="First day to include (ISO date or phrase).")
@click.option("--until", help="Last day to include (ISO date or phrase).")
@click.option("--topics", type=click.Path(dir_okay=False), help="TOML watch-list: topic = keywords.")
@click.option("--template", type=click.Path(dir_okay=False), help="A .docx whose styles to use.")
@click.option("--title", help="The briefing's title [default: Daily briefing].")
@click.option("--config", type=click.Path(dir_okay=False),
              help="Settings file [default: ./briefing.toml if present].")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: one per core].")
def build_command(inputs, output, day, since, until, topics, template, title, config, quiet, jobs) -> None:
    """Write the briefing for INPUTS (files, folders, glob patterns or - for standard input)."""
    from .config import ConfigError, Settings, load_settings, load_topics
    from .render_docx import TemplateError
    from .window import DateWindow, WindowError

    _setup_logging(quiet)
    today = dt.date.today()
    try:
        settings = Settings(output, template, topics, title, None, day, since, until).over(
            load_settings(Path(config) if config else None, Path.cwd()))
        if not settings.output:
            _fail("no output file: give -o FILE or set output in briefing.toml")
        window = DateWindow.from_options(settings.date, settings.since, settings.until, today)
        options = BuildOptions(template=Path(settings.template) if settings.template else None,
                               title=settings.title or "Daily briefing", window=window,
                               watch=load_topics(Path(settings.topics)) if settings.topics else None,
                               author=settings.author or "briefing", jobs=jobs or default_jobs())
        output_path(settings.output, None, today)  # a bad pattern fails before any work is done
    except (ConfigError, WindowError, ValueError) as exc:
        _fail(str(exc))
    report = RunReport()
    from .reader import expand_inputs

    items = list(expand_inputs(inputs))
    if sys.stderr.isatty() and not quiet and len(items) > 20:
        with click.progressbar(length=len(items), label="Reading articles", file=sys.stderr) as bar:
            brief = make_brief(items, options, report, progress=lambda: bar.update(1))
    else:
        brief = make_brief(items, options, report)
    out = output_path(settings.output, brief.date, today)
    try:
        render(brief, out, options.template)
    except TemplateError as exc:
        _fail(str(exc))
    if not quiet:
        skipped = f"; {len(report.unusable)} files skipped" if report.unusable else ""
        left = f"; {len(report.left_out)} articles outside the window" if report.left_out else ""
        officials = sum(1 for o in brief.officials if o.statements)
        click.echo(f"wrote {out}: {count_of(report.articles, 'article')}, "
                   f"{count_of(brief.statement_count, 'statement')}, {count_of(officials, 'official')}, "
                   f"{count_of(len(brief.figures), 'figure')}{skipped}{left}", err=True)
    sys.exit(report.exit_code())


@main.command("template", epilog="Example:\n\n\b\n  briefing template house-style.docx\n")
@click.argument("output", type=click.Path(dir_okay=False))
def template_command(output: str) -> None:
    """Write the default Word template to OUTPUT, to restyle in Word and pass back with --template."""
    from .template import write_default_template

    write_default_template(Path(output))
