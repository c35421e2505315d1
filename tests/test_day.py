"""A day's brief from many articles: date window, merged officials, folded duplicates, topics,
disagreeing figures, output patterns, settings files, exit codes."""
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from briefing.brief import build_brief
from briefing.cli import main
from briefing.config import load_topics
from briefing.pipeline import BuildOptions, RunReport, make_brief
from briefing.window import DateWindow, WindowError, parse_day

DAY = {
    "wire_a.txt": (" date 2024-12-17 Kirby says North Korean troops suffer losses\n"
                   "“We do believe that they have suffered some significant losses,” National Security "
                   "Communications Adviser John Kirby said on Monday.\n"
                   "Around 200 North Korean troops had been killed in Kursk, Ukrainian officials said.\n"),
    "wire_b.txt": (" date 2024-12-17 North Korean losses confirmed by White House\n"
                   "“We do believe that they have suffered some significant losses,” Kirby said.\n"
                   "Several dozen North Korean troops had been killed in Kursk, Mr Kirby said.\n"),
    "paper_c.txt": (" date 2024-12-17 Budget talks stall\n"
                    "Finance Minister Jane Kirby said the budget would be balanced next year.\n"
                    "“The budget will not raise taxes,” Jane Kirby said.\n"),
    "yesterday.txt": (" date 2024-12-16 An older story\n"
                      "“The talks were useful,” Foreign Minister Ana Silva said.\n"),
    "undated.txt": "A story without a date\n“We will see,” Tom Reed said on Monday.\n",
}


@pytest.fixture
def day_folder(tmp_path) -> Path:
    folder = tmp_path / "news"
    (folder / "wires").mkdir(parents=True)
    for name, text in DAY.items():
        (folder / ("wires" if name.startswith("wire") else "") / name).write_text(text, encoding="utf-8")
    return folder


def brief_of(folder, **options):
    report = RunReport()
    return make_brief([str(folder)], BuildOptions(**options), report), report


@pytest.mark.parametrize("phrase, expected", [
    ("2024-12-17", dt.date(2024, 12, 17)),
    ("yesterday", dt.date(2024, 12, 17)),
    ("17 Dec 2024", dt.date(2024, 12, 17)),
    ("last Monday", dt.date(2024, 12, 16)),
])
def test_days_are_read_from_iso_dates_and_phrases_relative_to_today(phrase, expected):
    assert parse_day(phrase, today=dt.date(2024, 12, 18)) == expected


def test_an_unreadable_day_or_a_backwards_window_is_an_error():
    with pytest.raises(WindowError, match="cannot read"):
        parse_day("the day after never", dt.date(2024, 12, 18))
    with pytest.raises(WindowError, match="after --until"):
        DateWindow.from_options(None, "2024-12-18", "2024-12-17", dt.date(2024, 12, 18))


def test_the_window_leaves_out_other_days_and_undated_articles(day_folder):
    day = dt.date(2024, 12, 17)
    brief, report = brief_of(day_folder, window=DateWindow(day, day))
    assert report.articles == 3  # folders are read recursively: the wires subfolder counts
    assert sorted(Path(s).name for s, _ in report.left_out) == ["undated.txt", "yesterday.txt"]
    assert brief.date == "2024-12-17"
    assert all(s.date == "2024-12-17" for s in brief.sources)


def test_without_a_window_undated_articles_are_kept(day_folder):
    _, report = brief_of(day_folder)
    assert report.articles == 5 and not report.left_out


def test_one_official_one_entry_and_namesakes_stay_apart(day_folder):
    brief, _ = brief_of(day_folder, window=DateWindow(dt.date(2024, 12, 17), dt.date(2024, 12, 17)))
    names = [o.name for o in brief.officials]
    assert names.count("John Kirby") == 1 and "Kirby" not in names and "Mr Kirby" not in names
    assert "Jane Kirby" in names
    kirby = next(o for o in brief.officials if o.name == "John Kirby")
    assert kirby.title == "National Security Communications Adviser"


def test_the_same_quotation_in_two_articles_appears_once_citing_both(day_folder):
    brief, _ = brief_of(day_folder, window=DateWindow(dt.date(2024, 12, 17), dt.date(2024, 12, 17)))
    quotes = [s for t in brief.stories for o in t.officials for s in o.statements
              if s.text.startswith("We do believe")]
    assert len(quotes) == 1
    assert sorted(c.headline for c in quotes[0].citations) == ["Kirby says North Korean troops suffer losses",
                                                               "North Korean losses confirmed by White House"]


def test_figures_counting_the_same_thing_that_disagree_are_side_by_side(day_folder):
    brief, _ = brief_of(day_folder, window=DateWindow(dt.date(2024, 12, 17), dt.date(2024, 12, 17)))
    assert len(brief.conflicts) == 1
    assert [f.text for f in brief.conflicts[0].figures] == ["Around 200 North Korean troops",
                                                           "Several dozen North Korean troops"]


def test_stories_are_deterministic_and_labelled_by_a_headline(day_folder):
    first, _ = brief_of(day_folder)
    second, _ = brief_of(day_folder)
    assert [t.name for t in first.stories] == [t.name for t in second.stories]
    headlines = {s.headline for s in first.sources}
    assert all(story.name in headlines for story in first.stories)
    korea = [story for story in first.stories if len(story.sources) == 2]
    assert len(korea) == 1 and "North Korean" in korea[0].name  # two wires, one story


def test_a_watch_list_files_statements_under_the_users_topics(day_folder, tmp_path):
    watch = tmp_path / "topics.toml"
    watch.write_text('"Korean peninsula" = ["North Korean", "Kursk"]\n[Budget]\nkeywords = ["tax"]\n'
                     'officials = ["Jane Kirby"]\n', encoding="utf-8")
    brief, _ = brief_of(day_folder, watch=load_topics(watch))
    sections: dict[str, list[str]] = {}
    for story in brief.stories:
        sections.setdefault(story.group, []).extend(o.name for o in story.officials)
    assert sections["Budget"] == ["Jane Kirby"]
    assert "John Kirby" in sections["Korean peninsula"]
    assert list(sections)[:2] == ["Korean peninsula", "Budget"]  # the watch-list's order


def test_no_article_in_the_window_gives_a_no_coverage_brief_and_exit_3(day_folder, tmp_path):
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(day_folder), "--date", "2020-01-01", "-o", str(out), "-q"])
    assert result.exit_code == 3
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "No coverage" in text


def test_output_pattern_settings_file_and_summary_line(day_folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefing.toml").write_text('output = "briefs/brief-{date}.docx"\ntitle = "Morning brief"\n'
                                            'date = "2024-12-17"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(day_folder), "--title", "Minister's brief"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "briefs" / "brief-2024-12-17.docx"
    assert result.stderr.strip().splitlines()[-1] == (
        f"wrote {Path('briefs/brief-2024-12-17.docx')}: 3 articles, 5 statements, 3 officials, 2 figures; "
        "2 articles outside the window")
    assert Document(str(out)).paragraphs[0].text == "Minister's brief"  # the command line wins


def test_quiet_prints_nothing_on_success(day_folder, tmp_path):
    result = CliRunner().invoke(main, ["build", str(day_folder), "-o", str(tmp_path / "b.docx"), "--quiet"])
    assert result.exit_code == 0 and result.stderr == "" and result.stdout == ""


@pytest.mark.parametrize("args, message", [
    (["--date", "someday soon"], "cannot read 'someday soon' as a date"),
    (["--date", "2024-12-17", "--since", "2024-12-16"], "either --date or --since/--until"),
    (["--topics", "missing.toml"], "missing.toml: cannot read"),
])
def test_usage_errors_exit_2_with_one_line(day_folder, tmp_path, args, message):
    result = CliRunner().invoke(main, ["build", str(day_folder), "-o", str(tmp_path / "b.docx"), *args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_globs_select_files(day_folder):
    report = RunReport()
    make_brief([str(day_folder / "**" / "wire_*.txt")], BuildOptions(), report)
    assert report.articles == 2


def test_build_brief_is_a_plain_function_over_records(day_folder):
    brief = build_brief([])
    assert brief.sources == () and brief.summary_points() == []


def test_a_statement_carried_by_many_articles_cites_five_and_counts_the_rest(tmp_path):
    for i in range(7):
        (tmp_path / f"copy{i}.txt").write_text(
            f" date 2024-12-17 Wire copy {i}\n“The border will stay closed,” Interior Minister Eva Lund said.\n",
            encoding="utf-8")
    out = tmp_path / "brief.md"
    assert CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(out)]).exit_code == 0
    line = next(x for x in out.read_text(encoding="utf-8").splitlines()
                if "border will stay closed" in x and x.startswith(">"))
    assert line.count("](#source-") == 5 and line.endswith("; and 2 more articles")


@pytest.mark.parametrize("toml, message", [
    ('[Budget]\nkeywords = ["tax"]\n"North Korea" = ["Kursk"]\n',
     "topic 'Budget' has an unknown key 'North Korea'; a topic table holds keywords and officials (a topic written "
     "after a [table] belongs to that table: put it before the first [table])"),
    ('[Budget]\nkeyword = ["tax"]\n', "topic 'Budget' has an unknown key 'keyword'"),
    ('[Budget]\nkeywords = "tax"\n', "topic 'Budget': keywords must be a list of strings"),
    ('Budget = 3\n', "topic 'Budget' needs a list of keywords"),
])
def test_a_watch_list_of_the_wrong_shape_is_a_usage_error_naming_the_key(day_folder, tmp_path, toml, message):
    watch = tmp_path / "watch.toml"
    watch.write_text(toml, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(day_folder), "-o", str(tmp_path / "b.docx"), "--topics",
                                       str(watch)])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
