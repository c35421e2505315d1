"""Every real article of ../shared/corpus (text and web pages) goes through extraction and keeps the
contract; web pages give the same body as their text twins."""
import collections
import json
import re

import pytest

from briefing.pipeline import RunReport, extract_inputs

from .conftest import SHARED, shared_dir
from .contract import check_record


def _records(folder: str) -> list[dict]:
    report = RunReport()
    records = [x.to_dict() for x in extract_inputs([str(shared_dir(folder))], report)]
    assert not report.unusable, report.unusable
    return records


@pytest.mark.parametrize("folder", ["corpus/txt", "corpus/html", "devset/articles"])
def test_every_article_keeps_the_contract(folder):
    records = _records(folder)
    assert records
    for record in records:
        check_record(record)


def _tokens(text: str) -> collections.Counter:
    return collections.Counter(re.findall(r"[a-z0-9]+", text.lower()))


def _f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def test_web_pages_give_the_body_of_their_text_twins():
    pages = {re.sub(r"^.*/", "", r["source"]): r for r in _records("corpus/html")}
    twins = dict(re.findall(r"html/(\S+\.html).*?same article as txt/(\d+)",
                            (SHARED / "corpus" / "SOURCES.md").read_text(encoding="utf-8")))
    assert len(twins) >= 8
    for page, number in sorted(twins.items()):
        txt = next((SHARED / "corpus" / "txt").glob(f"{number}_*.txt")).read_text(encoding="utf-8")
        body = " ".join(txt.splitlines()[1:])
        record = pages[page]
        assert _f1(" ".join(record["paragraphs"]), body) >= 0.9, page
        assert record["date"] and record["headline"]


def test_a_web_page_keeps_its_canonical_url():
    pages = _records("corpus/html")
    assert sum(1 for r in pages if r["url"] and r["url"].startswith("http")) >= 8
    json.dumps(pages)  # records stay JSON-serialisable
