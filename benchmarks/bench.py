"""Benchmark briefing: extraction throughput, end-to-end build time, start-up time, peak memory, growth.

    python benchmarks/bench.py [--articles 2000] [--big 10000] [--jobs N] [--worst-only]

The corpus is made at run time, in a temporary folder, from paragraphs of ../shared/corpus (and the
seed article): each synthetic article is a headline, a date and ~600 words of real news paragraphs in a
shuffled order. Nothing is copied into the repository. Every figure is the median of 3 runs.
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def source_paragraphs() -> list[str]:
    files = sorted((SHARED / "corpus" / "txt").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    if not files:
        sys.exit("no text to build a corpus from: ../shared/corpus/txt is missing")
    paragraphs = []
    for f in files:
        lines = [line.strip() for line in f.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
        paragraphs += [line for line in lines if not line.startswith("Published:") and len(line.split()) > 8]
    return paragraphs


def make_corpus(folder: Path, n: int, paragraphs: list[str], words: int = 600) -> list[Path]:
    rng = random.Random(1)
    paths = []
    for i in range(n):
        body, count = [], 0
        while count < words:
            p = rng.choice(paragraphs)
            body.append(p)
            count += len(p.split())
        day = 1 + i % 28
        path = folder / f"{i:05d}.txt"
        path.write_text(f" date 2024-11-{day:02d} Synthetic article {i}\n" + "\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def median_of_3(fn) -> float:
    return statistics.median(fn() for _ in range(3))


def timed_run(args: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (MB) of one command, measured by a fresh parent process."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *args], check=True, capture_output=True, text=True).stdout
    seconds, rss_kb = out.split()
    return float(seconds), int(rss_kb) // 1024


def worst_cases(paragraphs: list[str]) -> None:
    """The inputs that once cost minutes: one paragraph of 1 MB, and an article of 100,000 short paragraphs."""
    from briefing import extract_text

    one_paragraph = " ".join(paragraphs * (1_000_000 // sum(len(p) + 1 for p in paragraphs) + 1))[:1_000_000]
    short = [p.split(". ")[0][:120].rstrip(".") + "." for p in paragraphs]
    many = "\n".join((short * (100_000 // len(short) + 1))[:100_000])
    for label, text in (("one 1 MB paragraph", one_paragraph), ("100,000 short paragraphs", many)):
        start = time.perf_counter()
        record = extract_text("Worst case\n" + text, "worst")
        took = time.perf_counter() - start
        print(f"worst case, {label + ':':26} {took:6.2f} s   ({len(text) / 1e6:.1f} MB, "
              f"{len(record.statements)} statements)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--big", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for builds (default: briefing's own)")
    parser.add_argument("--worst-only", action="store_true", help="Only the worst-case inputs.")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from briefing import extract_text

    if args.worst_only:
        worst_cases(source_paragraphs())
        return

    briefing = [sys.executable, "-m", "briefing"]
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    paragraphs = source_paragraphs()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sizes = sorted({1000, args.articles, args.big})
        folders = {}
        for n in sizes:
            folders[n] = tmp / f"c{n}"
            folders[n].mkdir()
            make_corpus(folders[n], n, paragraphs)
        texts = [(p.read_text(encoding="utf-8"), str(p)) for p in sorted(folders[args.articles].glob("*.txt"))]
        words = sum(len(t.split()) for t, _ in texts) / len(texts)
        print(f"corpus: {args.articles} articles of {words:.0f} words on average (made from ../shared/corpus)")

        extract_text(*texts[0])

        def throughput() -> float:
            start = time.perf_counter()
            for text, source in texts:
                extract_text(text, source)
            return len(texts) / (time.perf_counter() - start)

        print(f"extraction, one process:          {median_of_3(throughput):8.0f} articles/s   (target >= 300)")
        worst_cases(paragraphs)

        help_time = median_of_3(lambda: timed_run([*briefing, "--help"])[0])
        print(f"briefing --help:                  {help_time:8.2f} s            (target <= 0.3)")

        build = {}
        for n in sizes:
            runs = [timed_run([*briefing, "build", str(folders[n]), "-o", str(tmp / f"b{n}.docx"), "-q", *jobs])
                    for _ in range(3)]
            build[n] = (statistics.median(r[0] for r in runs), max(r[1] for r in runs))
            print(f"briefing build, {n:>6} articles:   {build[n][0]:8.2f} s, peak memory {build[n][1]:5d} MB"
                  + ("   (target <= 5 s)" if n == 1000 else "") + ("   (target <= 300 MB)" if n == args.big else ""))
        small, big = build[1000][0], build[args.big][0]
        print(f"growth {1000} -> {args.big} articles:      x{big / small:.1f} time for x{args.big / 1000:.0f} articles "
              f"({small / 1000 * 1000:.2f} -> {big / args.big * 1000:.2f} ms per article; linear keeps it flat)")
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"(the benchmark process itself peaked at {peak_self} MB holding the {args.articles} texts)")


if __name__ == "__main__":
    main()
