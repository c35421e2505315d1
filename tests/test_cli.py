import json

from click.testing import CliRunner
from docx import Document

from briefing.cli import main


def test_extract_writes_one_json_object_per_article(seed_article):
    result = CliRunner().invoke(main, ["extract", str(seed_article)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1
    record = records[0]
    assert record["source"] == str(seed_article)
    assert record["date"] == "2024-12-17"
    assert {"officials", "statements", "figures", "paragraphs", "headline", "published"} <= set(record)


def test_extract_reads_standard_input():
    text = " date 2024-05-01 A headline\n“We are ready to talk,” Foreign Minister Ana Silva said.\n"
    result = CliRunner().invoke(main, ["extract", "-"], input=text)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert record["statements"][0]["speaker"] == "Ana Silva"


def test_missing_input_warns_names_the_file_and_exits_1(seed_article, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(seed_article), "nowhere.txt", "-o", str(out)])
    assert result.exit_code == 1
    assert "nowhere.txt: no such file or folder" in result.stderr
    assert len(out.read_text().splitlines()) == 1  # the good article is still there


def test_build_writes_a_docx_and_a_summary_line(seed_article, tmp_path):
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(seed_article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}: 1 article, 12 statements, 5 officials, 3 figures" in result.stderr
    assert Document(str(out)).paragraphs[0].style.name == "Title"


def test_build_with_no_usable_article_writes_a_no_coverage_brief_and_exits_3(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(empty), "-o", str(out), "--quiet"])
    assert result.exit_code == 3
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "No coverage" in text


def test_bad_template_is_a_usage_error(seed_article, tmp_path):
    template = tmp_path / "not.docx"
    template.write_text("plain text")
    result = CliRunner().invoke(main, ["build", str(seed_article), "-o", str(tmp_path / "b.docx"),
                                       "--template", str(template)])
    assert result.exit_code == 2
    assert "not a Word .docx template (BadZipFile)" in result.stderr


def test_failed_render_leaves_yesterdays_file_untouched(seed_article, tmp_path, monkeypatch):
    out = tmp_path / "brief.docx"
    out.write_bytes(b"yesterday")

    def explode(*args, **kwargs):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr("docx.document.Document.save", explode)
    result = CliRunner().invoke(main, ["build", str(seed_article), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_bytes() == b"yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.docx"]


def test_python_dash_m_runs_the_same_command():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "briefing", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and "briefing" in done.stdout


def test_parallel_extraction_gives_exactly_the_serial_output(tmp_path):
    from .conftest import shared_dir

    inputs = [str(shared_dir("devset/articles")), str(tmp_path / "missing.txt"), str(shared_dir("corpus/html"))]
    runs = [CliRunner().invoke(main, ["extract", *inputs, "--jobs", jobs]) for jobs in ("1", "2")]
    assert [r.exit_code for r in runs] == [1, 1]
    readable = len(list(shared_dir("devset/articles").glob("*.txt"))) + len(list(shared_dir("corpus/html").glob("*")))
    assert runs[0].stdout == runs[1].stdout and len(runs[0].stdout.splitlines()) == readable
    assert runs[0].stderr == runs[1].stderr


def test_parallel_build_gives_the_same_file(tmp_path):
    from .conftest import shared_dir

    outs = [tmp_path / "one.docx", tmp_path / "two.docx"]
    for out, jobs in zip(outs, ("1", "2"), strict=True):
        result = CliRunner().invoke(main, ["build", str(shared_dir("devset/articles")), "-o", str(out), "-j", jobs])
        assert result.exit_code == 0, result.output
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_extraction_of_one_article_is_a_picklable_pure_function(seed_article):
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    from briefing import extract_text

    text = seed_article.read_text(encoding="utf-8")
    assert pickle.loads(pickle.dumps(extract_text)) is extract_text
    with ProcessPoolExecutor(max_workers=2) as pool:
        in_pool = list(pool.map(extract_text, [text, text], ["a.txt", "b.txt"]))
    assert [r.to_dict() for r in in_pool] == [extract_text(text, name).to_dict() for name in ("a.txt", "b.txt")]


def test_an_article_that_breaks_extraction_is_one_warning_and_the_rest_go_on(tmp_path, monkeypatch):
    import briefing.pipeline as pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2024-05-01 Port to reopen\nThe port will reopen, Mayor Ann Holt said.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text(" date 2024-05-01 Breaks\nThis one breaks the extractor, he said.\n",
                                  encoding="utf-8")
    real = pipeline.extract_article

    def fragile(article):
        if "breaks" in article.paragraphs[0]:
            raise RecursionError("maximum recursion depth exceeded")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", fragile)
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "b.txt" in warnings[0] and "could not be extracted (RecursionError" in warnings[0]
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Ann Holt" in text and "b.txt" in text
