"""The extraction record's contract (CONTRACT.md), checked on any record."""
import re

_MARKS = re.compile(r"[\"“”„‘’'\s]+")


def _flat(text: str) -> str:
    return _MARKS.sub(" ", text).strip()


def check_record(record: dict) -> None:
    paragraphs = record["paragraphs"]
    names = {o["name"] for o in record["officials"]}
    assert isinstance(record["headline"], str) and record["headline"]
    assert record["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
    for s in record["statements"]:
        assert s["kind"] in ("direct", "indirect")
        assert 1 <= s["paragraph"] <= len(paragraphs), s
        assert s["speaker"] is None or s["speaker"] in names, s
        here = _flat(" ".join(paragraphs[s["paragraph"] - 1:]))
        assert _flat(s["text"]) in here, s
        assert isinstance(s["topic"], str) and s["topic"]
    for f in record["figures"]:
        assert 1 <= f["paragraph"] <= len(paragraphs), f
        assert f["value"] is None or isinstance(f["value"], (int, float)), f
        assert isinstance(f["approx"], bool)
        assert f["attributed_to"] is None or f["attributed_to"] in names, f
        assert f["text"] in paragraphs[f["paragraph"] - 1], f
