"""Hostile and broken inputs: each is built here at run time, and each must cost one warning line naming its
file, never the run. A good article goes in beside every bad one and must come out."""
import io
import json
import os
import subprocess
import sys
import time
import zipfile

import pytest
from click.testing import CliRunner
from docx import Document

from briefing.cli import main
from briefing.text import MAX_PARAGRAPH, bound_paragraphs

GOOD = " date 2024-05-01 Ministers meet\n“We will act,” said Jane Smith, the health minister.\n"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_with_body(body: bytes) -> bytes:
    """A real Word file whose word/document.xml is replaced by ``body``."""
    document = Document()
    document.add_paragraph("A headline")
    source = io.BytesIO()
    document.save(source)
    out = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for member in src.infolist():
            dst.writestr(member.filename, body if member.filename == "word/document.xml" else src.read(member))
    return out.getvalue()


def _entity_bomb() -> bytes:
    entities = '<!ENTITY e0 "lol">' + "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE d [{entities}]><w:document {W}><w:body><w:p><w:r><w:t>&e9;'
            "</w:t></w:r></w:p></w:body></w:document>").encode()


HOSTILE = {
    "deep.json": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "malformed.docx": (_docx_with_body(f"<w:document {W}><w:body><w:p>".encode()), "malformed XML"),
    "bomb.docx": (_docx_with_body(_entity_bomb()), "malformed XML"),
    "inflating.docx": (_docx_with_body(f"<w:document {W}><w:body>".encode() + b" " * 60_000_000
                                       + b"</w:body></w:document>"), "over the 50000000 byte limit"),
    "paragraphs.docx": (_docx_with_body(f"<w:document {W}><w:body>".encode() + b"<w:p/>" * 30_000
                                        + b"</w:body></w:document>"), "30000 paragraphs, over the 20000 limit"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_is_one_warning_and_the_good_article_comes_out(tmp_path, name):
    data, problem = HOSTILE[name]
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(GOOD)
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(tmp_path / name), str(tmp_path / "good.txt"), "-o", str(out)])
    assert result.exit_code == 1, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and name in warnings[0] and problem in warnings[0], result.stderr
    assert "Traceback" not in result.stderr
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "We will act" in text


@pytest.mark.parametrize("name, content, date", [
    ("header.txt", " date 2024-13-45 A headline\n“We will act,” said Jane Smith, the minister.\n", "2024-13-45"),
    ("leap.json", json.dumps({"title": "T", "date": "2023-02-29", "text": "“We act,” said Jane Smith."}),
     "2023-02-29"),
])
def test_an_impossible_date_is_a_warning_and_the_article_is_read_undated(tmp_path, name, content, date):
    (tmp_path / name).write_text(content)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    assert f"impossible date '{date}', read as undated" in result.stderr
    record = json.loads(result.stdout)
    assert record["date"] is None and record["statements"]


def test_a_json_integer_of_thousands_of_digits_does_not_stop_the_article(tmp_path):
    (tmp_path / "id.json").write_text('{"id": ' + "7" * 5000 + ', "title": "T", "text": "“We act,” said Jo Lee."}')
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "id.json")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["statements"][0]["speaker"] == "Jo Lee"


def test_a_file_name_that_is_not_utf8_is_written_escaped(tmp_path):
    bad = os.path.join(os.fsencode(tmp_path), b"bad\xff.txt")
    with open(bad, "wb") as f:
        f.write(GOOD.encode())
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["source"].endswith("bad\\xff.txt") and record["statements"]


def _run(args, **kwargs):
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=120,
                          **kwargs)


@pytest.mark.parametrize("tz", ["UTC0", "EST5EDT", "<+03>-3"])
def test_a_posix_tz_value_does_not_break_dates(tmp_path, seed_article, tz):
    out = tmp_path / "brief.docx"
    result = _run(["build", str(seed_article), "--since", "17 Dec 2024", "-o", str(out)],
                  env={**os.environ, "TZ": tz})
    assert result.returncode == 0, result.stderr
    assert "1 article, 12 statements" in result.stderr


def test_standard_input_closed_is_one_warning(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    result = _run(["extract", "-", str(tmp_path / "good.txt")], stdin=subprocess.DEVNULL,
                  preexec_fn=lambda: os.close(0))
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == ["warning: -: standard input is closed"]
    assert json.loads(result.stdout)["statements"]


@pytest.mark.parametrize("text", [
    "“Yes,” she says. " * 3000,  # a storm of short attributed quotations
    "„" + " she says." * 5000,  # an opening mark never closed
    "The count was " + "9" * 400 + " people, he said. " * 200,
    ("Jane Smith, the minister, said the plan had cost £5m and would be reviewed. " * 3000),
    "he said she told they say the minister said " * 1000,  # speech verbs in one sentence without a stop
    "9" * 9000 + ". Then more.",  # one word of thousands of characters before a stop
])
def test_one_huge_paragraph_is_split_and_read_in_linear_time(text):
    from briefing import extract_text

    paragraphs = bound_paragraphs((text,))
    assert all(len(p) <= MAX_PARAGRAPH for p in paragraphs)
    assert "".join(paragraphs).replace(" ", "") == text.replace(" ", "")  # nothing lost but spaces
    started = time.perf_counter()
    extract_text("A headline\n" + text)
    assert time.perf_counter() - started < 20  # a guard against a return to quadratic time, not a benchmark


def test_a_long_paragraph_warns_that_it_was_split(tmp_path):
    (tmp_path / "long.txt").write_text("A headline\n" + "Jane Smith said the plan would work. " * 1000)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "long.txt")])
    assert result.exit_code == 0
    assert "long.txt: 1 paragraph over 10000 characters split at sentence ends, into 4" in result.stderr
    assert len(json.loads(result.stdout)["paragraphs"]) == 4


def test_paragraph_bound_keeps_short_paragraphs_as_they_are():
    paragraphs = ("One.", "Two.")
    assert bound_paragraphs(paragraphs) is paragraphs
    assert bound_paragraphs(("x" * 25,), limit=10) == ("x" * 10, "x" * 10, "x" * 5)

