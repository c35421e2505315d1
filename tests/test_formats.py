"""Articles in every format analysts keep, text hygiene, and bad input that loses nothing."""
import io
import json

import pytest
from click.testing import CliRunner
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import extract_article, reader
from briefing.cli import main
from briefing.extract import extract_text
from briefing.reader import Input, read_articles

from .contract import check_record

QUOTE = "“We will reopen the port next week,” Transport Minister Ola Berg said on Monday."
PAGE = f"""<!doctype html><html><head><title>Port to reopen | Example News</title>
<link rel="canonical" href="https://example.org/news/port"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-01T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Port to reopen</h1>
<p>{QUOTE}</p><p>The port was closed for three weeks after a storm damaged two cranes and the main pier.</p>
<p>Shipping companies said about 40 vessels were waiting outside the harbour for a berth this week.</p>
</article><footer>© Example News. All rights reserved.</footer></body></html>"""
FEED = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Port to reopen</title><link>https://example.org/a</link><pubDate>Wed, 01 May 2024 09:30:00 GMT</pubDate>
<description>&lt;p&gt;{QUOTE}&lt;/p&gt;</description></item>
<item><title>Rail strike ends</title><link>https://example.org/b</link><pubDate>Thu, 02 May 2024 10:00:00 GMT</pubDate>
<description>Train drivers returned to work, the union said.</description></item></channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
<entry><title>Port to reopen</title><link href="https://example.org/a"/><updated>2024-05-01T09:30:00Z</updated>
<content type="html">&lt;p&gt;{QUOTE}&lt;/p&gt;</content></entry></feed>"""


def _docx_bytes() -> bytes:
    document = Document()
    document.add_heading("Port to reopen", level=1)
    document.add_paragraph("Published: 1 May 2024")
    document.add_paragraph(QUOTE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("name, data, count", [
    ("page.html", PAGE.encode(), 1),
    ("one.json", json.dumps({"title": "Port to reopen", "publishedAt": "2024-05-01T09:30:00Z", "content": QUOTE,
                             "url": "https://example.org/a", "source": {"name": "Example News"}}).encode(), 1),
    ("list.json", json.dumps([{"headline": "Port to reopen", "date": "2024-05-01", "paragraphs": [QUOTE]},
                              {"headline": "Rail strike ends", "date": "2024-05-02",
                               "body": "Train drivers returned to work, the union said."}]).encode(), 2),
    ("lines.jsonl", (json.dumps({"title": "Port to reopen", "pubDate": "2024-05-01", "text": QUOTE}) + "\n"
                     + json.dumps({"title": "Rail strike ends", "pubDate": "2024-05-02",
                                   "text": "Drivers went back."}) + "\n").encode(), 2),
    ("feed.xml", FEED.encode(), 2),
    ("feed.atom", ATOM.encode(), 1),
    ("article.docx", _docx_bytes(), 1),
    ("utf16.txt", (" date 2024-05-01 Port to reopen\n" + QUOTE).encode("utf-16"), 1),
    ("bom.txt", b"\xef\xbb\xbf" + (" date 2024-05-01 Port to reopen\n" + QUOTE).encode(), 1),
])
def test_every_format_gives_the_same_article(tmp_path, name, data, count):
    path = tmp_path / name
    path.write_bytes(data)
    articles = read_articles(Input(str(path), path))
    assert len(articles) == count
    first = articles[0]
    assert first.headline == "Port to reopen"
    assert first.date == "2024-05-01"
    assert QUOTE in first.paragraphs
    assert extract_article(first).statements[0].speaker == "Ola Berg"  # the same extraction for every format


def test_web_page_metadata_comes_from_the_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_articles(Input(str(path), path))[0]
    assert article.url == "https://example.org/news/port"
    assert article.outlet == "Example News"
    assert not any("All rights reserved" in p or p == "Home" for p in article.paragraphs)


def test_cp1252_is_read_with_a_warning(tmp_path, caplog):
    path = tmp_path / "old.txt"
    path.write_bytes(" date 2024-05-01 Caf\xe9 prices\nThe caf\xe9 owner said prices rose.\n".encode("cp1252"))
    article = read_articles(Input(str(path), path))[0]
    assert article.headline == "Café prices"
    assert "not UTF-8; read as Windows-1252" in caplog.text


def test_invisible_characters_and_odd_spaces_are_cleaned():
    text = " date 2024-05-01 T\nThe mi\u00adnister\u200b said\u00a0the  port\u202fwould open.\n"
    record = extract_text(text, "t.txt")
    assert record.article.paragraphs == ("The minister said the port would open.",)


BAD = {
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02\x03" * 10,
    "blank.html": b"<html><body><nav>Home</nav></body></html>",
    "shape.json": b"[1, 2, 3]",
    "broken.json": b'{"title": "x", ',
    "undecodable.txt": b"caf\x81\x8d\x8f\x90 prices",
}


def test_bad_inputs_are_named_skipped_and_listed_while_the_rest_goes_on(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(" date 2024-05-01 Port to reopen\n" + QUOTE, encoding="utf-8")
    (folder / "huge.txt").write_text("x" * 200, encoding="utf-8")
    (tmp_path / "empty_folder").mkdir()
    monkeypatch.setattr(reader, "MAX_BYTES", 150)
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(folder), str(tmp_path / "missing.txt"),
                                       str(tmp_path / "empty_folder"), "-o", str(out)])
    assert result.exit_code == 1
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    expected = {
        "empty.txt": "empty file", "binary.txt": "binary file", "blank.html": "web page without article text",
        "shape.json": "JSON holds int, not an article object", "broken.json": "not valid JSON",
        "undecodable.txt": "undecodable bytes", "huge.txt": "over the 150 byte limit",
        "missing.txt": "no such file or folder", "empty_folder": "folder holds no articles",
    }
    for name, problem in expected.items():
        assert any(name in w and problem in w for w in warnings), (name, warnings)
    assert len(warnings) == len(expected)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Inputs not used" in text and "Ola Berg" in text
    for name in expected:
        assert name in text


# --- never crash on text -----------------------------------------------------------------
article_words = st.sampled_from(["the", "minister", "said", "“", "”", '"', "'", ",", ".", "Kirby", "John",
                                 "according", "to", "12,000", "troops", "£5bn", "about", "he", "she", "told",
                                 "Reuters", ":", "\u00ad", "\u00a0", "—", "half", "a", "million", "(", ")"])
paragraph = st.lists(article_words, min_size=0, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraph, min_size=1, max_size=6))
def test_article_like_texts_keep_the_contract(paragraphs):
    text = " date 2024-05-01 Headline\n" + "\n".join(paragraphs)
    try:
        record = extract_text(text, "h.txt").to_dict()
    except reader.ArticleError:
        return  # nothing but blank lines: an empty article, reported as such
    check_record(record)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_unicode_never_crashes(text):
    try:
        record = extract_text(text, "u.txt").to_dict()
    except reader.ArticleError:
        return
    check_record(record)
