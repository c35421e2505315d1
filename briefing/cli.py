"""The `briefing` command: a thin layer over briefing.pipeline."""
from __future__ import annotations

import datetime as dt
import logging
import signal
import sys
import traceback
from dataclasses import replace
from pathlib import Path

import click

from . import __version__
from .atomic import OutputError, check_output, write_atomically
from .brief import count_of
from .pipeline import (
    EXIT_INTERNAL,
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
2 usage error (bad option, settings, topics, template or output path); 3 no article matched (a "no coverage"
brief is still written); 4 internal error (a bug: run again with --debug for the traceback);
130 / 143 stopped by Ctrl-C / SIGTERM (the previous output is left as it was)."""


class Interrupted(BaseException):
    """A signal that ends the run: raised in the main thread, so every temporary file is removed on the way."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _interrupt(signum, frame) -> None:
    raise Interrupted(signum)


def run(argv: list[str] | None = None) -> None:
    """The command's entry point: `main` with signals and unexpected errors turned into exit codes."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _interrupt)
    try:
        main.main(args=argv, prog_name="briefing")
    except Interrupted as exc:
        name = signal.Signals(exc.signum).name
        click.echo(f"error: stopped by {name}; no output was written or replaced", err=True)
        sys.exit(128 + exc.signum)
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes an exit code instead of a traceback
        if _DEBUG:
            traceback.print_exc()
        click.echo(f"error: internal error ({type(exc).__name__}: {exc}); run again with --debug for the traceback"
                   [:500], err=True)
        sys.exit(EXIT_INTERNAL)


_DEBUG = "--debug" in sys.argv[1:2]


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
@click.option("--debug", is_flag=True, help="On an internal error, print the traceback (give it first).")
def main(debug: bool) -> None:
    """Turn dated news articles into a Word briefing: who said what, and which figures."""
    global _DEBUG
    _DEBUG = _DEBUG or debug


@main.command(epilog="Example:\n\n\b\n  briefing extract seeds/ -o seeds.jsonl\n\n" + EXIT_CODES)
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", help="JSON Lines file, written when complete (default: stdout).")
@click.option("-q", "--quiet", is_flag=True, help="Print no warnings.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: one per core].")
def extract(inputs: tuple[str, ...], output: str | None, quiet: bool, jobs: int | None) -> None:
    """Write one JSON object per article (statements, officials, figures).

    INPUTS are article files, folders (read recursively), glob patterns or - for standard input.
    """
    _setup_logging(quiet)
    report = RunReport()
    records = extract_inputs(inputs, report, jobs=jobs or default_jobs())
    if output:
        _checked_output(Path(output))

        def write(path: Path) -> None:
            with open(path, "w", encoding="utf-8") as out:
                write_jsonl(records, out)

        _write(Path(output), write)
    else:
        write_jsonl(records, sys.stdout)
    sys.exit(report.exit_code())


def _checked_output(out: Path) -> None:
    try:
        check_output(out)
    except OutputError as exc:
        _fail(str(exc))


def _write(out: Path, write) -> None:
    """Write `out` atomically; a failure to write (a full disk, a folder that vanished) is one line, exit 2."""
    try:
        write_atomically(out, write)
    except OutputError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{out}: cannot write ({exc.strerror or exc}); the previous file is untouched")


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
@click.option("--no-comments", is_flag=True,
              help="No Word comment (Markdown footnote) on statements whose speaker was inferred.")
def build_command(inputs, output, day, since, until, topics, template, title, config, quiet, jobs,
                  no_comments) -> None:
    """Write the briefing for INPUTS (files, folders, glob patterns or - for standard input)."""
    from .reader import expand_inputs

    _setup_logging(quiet)
    today = dt.date.today()
    settings, options = _build_options(output, day, since, until, topics, template, title, config, jobs, today)
    options = replace(options, comments=not no_comments)
    report = RunReport()
    items = list(expand_inputs(inputs))
    if sys.stderr.isatty() and not quiet and len(items) > 20:
        with click.progressbar(length=len(items), label="Reading articles", file=sys.stderr) as bar:
            brief = make_brief(items, options, report, progress=lambda: bar.update(1))
    else:
        brief = make_brief(items, options, report)
    out = output_path(settings.output, brief.date, today)
    _render(brief, out, options.template, options.comments)
    if not quiet:
        click.echo(_summary(out, brief, report), err=True)
    sys.exit(report.exit_code())


def _build_options(output, day, since, until, topics, template, title, config, jobs, today):
    """Settings merged from the command line and briefing.toml, and the BuildOptions they give; every setting,
    the output path and the template are checked here, before any article is read."""
    from .config import ConfigError, Settings, load_settings, load_topics
    from .render_docx import TemplateError, check_template
    from .window import DateWindow, WindowError

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
        check_output(output_path(settings.output, window.briefing_day, today))  # a bad pattern fails here too
        if options.template is not None and output_path(settings.output, None, today).suffix.lower() != ".md":
            check_template(options.template)
    except (ConfigError, WindowError, TemplateError, OutputError, ValueError) as exc:
        _fail(str(exc))
    return settings, options


def _render(brief, out: Path, template: Path | None, comments: bool = True) -> None:
    from .render_docx import TemplateError

    try:
        render(brief, out, template, comments)
    except (TemplateError, OutputError) as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{out}: cannot write ({exc.strerror or exc}); the previous file is untouched")


def _summary(out: Path, brief, report: RunReport) -> str:
    """ "wrote brief.docx: 14 articles, 63 statements, 21 officials, 17 figures; 2 files skipped" """
    skipped = f"; {count_of(len(report.unusable), 'file')} skipped" if report.unusable else ""
    left = f"; {count_of(len(report.left_out), 'article')} outside the window" if report.left_out else ""
    officials = sum(1 for o in brief.officials if o.statements)
    return (f"wrote {out}: {count_of(report.articles, 'article')}, {count_of(brief.statement_count, 'statement')}, "
            f"{count_of(officials, 'official')}, {count_of(len(brief.figures), 'figure')}{skipped}{left}")


@main.command("template", epilog="Example:\n\n\b\n  briefing template house-style.docx\n")
@click.argument("output", type=click.Path(dir_okay=False))
def template_command(output: str) -> None:
    """Write the default Word template to OUTPUT, to restyle in Word and pass back with --template."""
    from .template import write_default_template

    _checked_output(Path(output))
    try:
        write_default_template(Path(output))
    except OutputError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{output}: cannot write ({exc.strerror or exc})")
