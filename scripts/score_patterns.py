"""Per-pattern and per-resolution counts of the statements `briefing extract` writes, scored against answers.

    python scripts/score_patterns.py PREDICTIONS.jsonl ANSWERS_DIR

For each pattern (and each resolution): how many statements it yielded, how many matched an answer's span,
and how many of those have the right speaker. Uses the matching of ../shared/tools/score.py. Refuses a folder
scored in aggregate only (the check set), as score.py does.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path


def load_scorer(answers: Path):
    path = answers.resolve().parent.parent / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tally(predictions: Path, answers: Path) -> dict[str, Counter]:
    score = load_scorer(answers)
    counts = {"pattern": Counter(), "resolution": Counter()}
    for line in predictions.read_text(encoding="utf-8").splitlines():
        pred = json.loads(line)
        gold_file = answers / f"{Path(pred['source']).stem}.json"
        if not gold_file.exists():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        speakers = score.Speakers(gold.get("officials", []))
        matched = {id(p): g for p, g, _ in score.pair(pred["statements"], gold["statements"],
                                                      score.statement_score, 1e-9)}
        for s in pred["statements"]:
            g = matched.get(id(s))
            for field in counts:
                key = s.get(field) or "-"
                counts[field][key, "found"] += 1
                counts[field][key, "span"] += g is not None
                counts[field][key, "right"] += g is not None and speakers.same(s.get("speaker"), g.get("speaker"))
    return counts


def main(argv: list[str]) -> int:
    predictions, answers = Path(argv[0]), Path(argv[1])
    if (answers / "AGGREGATE_ONLY").exists():
        print(f"{answers} is scored in aggregate only", file=sys.stderr)
        return 2
    for field, counter in tally(predictions, answers).items():
        print(f"{field:22}{'found':>7}{'span ok':>9}{'speaker ok':>12}{'precision':>11}")
        for key in sorted({k for k, _ in counter}, key=lambda k: -counter[k, "found"]):
            found, span, right = counter[key, "found"], counter[key, "span"], counter[key, "right"]
            print(f"  {key:20}{found:7}{span:9}{right:12}{right / found:11.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
