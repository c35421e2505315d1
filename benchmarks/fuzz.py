"""Hostile text for the whole extraction, by Hypothesis: numbers of any length, long lines, quotation-mark
storms, many paragraphs, and the words news is made of in any order.

    python benchmarks/fuzz.py [--examples 10000] [--limit 2.0] [--processes 2]

Prints how many examples ran, how many crashed, and the slowest; exits 1 if any example raised or took longer
than the limit (seconds of CPU time, so that a busy machine does not fail a run that did no more work). The
examples are shared among processes, each with its own fixed seed, so a run is repeatable; CI runs it (.ci/run).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.extract import extract_article  # noqa: E402
from briefing.reader import ArticleError, Input, read_articles  # noqa: E402

WORDS = ["said", "says", "told", "according", "to", "the", "minister", "Jane", "Smith", "Dr", "U.S.", "he",
         "she", "they", "spokesperson", "for", "Acme", "Ltd", "percent", "%", "$", "£", "€", "R", "million", "bn",
         "half", "two-thirds", "about", "more", "than", "between", "and", "-", ",", ".", ":", ";", "?", "!", "(",
         ")", "—", "'s", "’s", "2024", "15:30", "No 10", "al-", "de", "van", "Sir", "Prime", "Minister", "police"]
MARKS = ["“", "”", '"', "‘", "’", "'", "„", "«", "»"]

number = st.integers(min_value=1, max_value=3000).map(lambda n: "9" * n) | st.from_regex(
    r"[£$€]?[0-9]{1,12}([.,][0-9]{1,6})?(bn|m|k|%| million| billion)?", fullmatch=True)
token = st.sampled_from(WORDS) | st.sampled_from(MARKS) | number | st.text(max_size=12)
sentence = st.lists(token, max_size=40).map(" ".join)
repeated = st.tuples(sentence, st.integers(min_value=1, max_value=200)).map(lambda t: (t[0] + " ") * t[1])
storm = st.tuples(st.sampled_from(MARKS), st.sampled_from([" she says.", "“Yes,” he said. ", "„", " ”"]),
                  st.integers(min_value=1, max_value=2000)).map(lambda t: t[0] + t[1] * t[2])
paragraph = sentence | repeated | storm
article = st.tuples(paragraph, st.lists(paragraph, max_size=20), st.integers(min_value=1, max_value=20),
                    st.sampled_from(["text", "seed", "json"]))


SAVE: str | None = None
MAX_TEXT = 100_000  # characters an example may hold: a long article (ten times a long one), so 2 s is a real limit


def _capped(lines: list[str]) -> list[str]:
    kept, size = [], 0
    for line in lines:
        kept.append(line[:MAX_TEXT - size])
        size += len(kept[-1]) + 1
        if size >= MAX_TEXT:
            break
    return kept


def _input(head: str, body: list[str], times: int, layout: str) -> Input:
    """The text as plain text, in the seed layout or as a JSON object: each reader meets it."""
    lines = _capped(body * times)
    if layout == "json":
        data = json.dumps({"title": head, "date": "2024-05-01", "text": "\n".join(lines)})
    else:
        data = "\n".join([f" date 2024-05-01 {head}" if layout == "seed" else head, *lines])
    return Input(layout, None, data.encode("utf-8", "surrogatepass"))


def run(examples: int, limit: float, run_seed: int = 0) -> tuple[int, list[str], tuple[float, str]]:
    """Run `examples` examples with a fixed seed: (examples run, crashes, (slowest time, its input))."""
    logging.getLogger("briefing").setLevel(logging.ERROR)  # the readers' warnings are expected here
    crashes: list[str] = []
    slowest = (0.0, "")
    count = 0

    @seed(run_seed)
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(article)
    def one(case):
        nonlocal slowest, count
        item = _input(*case)
        started = time.process_time()
        try:
            for a in read_articles(item):
                extract_article(a)
        except ArticleError:
            pass  # an input the reader refuses, with its one-line reason: the expected outcome
        except Exception as exc:  # noqa: BLE001 - a crash is what this run looks for
            crashes.append(f"{item.source}: {type(exc).__name__}: {exc}"[:300])
        took = time.process_time() - started
        count += 1
        if took > slowest[0]:
            slowest = (took, f"{item.source}, {len(item.data)} bytes")
        if took > limit and SAVE:
            Path(SAVE, f"slow-{count}-{item.source}").write_bytes(item.data)

    one()
    return count, crashes, slowest


def _part(args: tuple[int, float, int]):
    return run(*args)


def main(examples: int, limit: float, processes: int) -> int:
    from concurrent.futures import ProcessPoolExecutor

    shares = [(examples // processes + (i < examples % processes), limit, i) for i in range(processes)]
    with ProcessPoolExecutor(processes) as pool:
        parts = list(pool.map(_part, shares))
    count = sum(p[0] for p in parts)
    crashes = [c for p in parts for c in p[1]]
    slowest = max(p[2] for p in parts)
    print(f"fuzz: {count} examples, {len(crashes)} crashes, slowest {slowest[0]:.2f} s ({slowest[1]}), "
          f"limit {limit:.1f} s")
    for crash in crashes[:10]:
        print(f"  crash: {crash}")
    return 1 if crashes or slowest[0] > limit else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--limit", type=float, default=2.0)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--save", help="Folder to save the inputs slower than the limit in.")
    args = parser.parse_args()
    SAVE = args.save
    sys.exit(main(args.examples, args.limit, args.processes))
