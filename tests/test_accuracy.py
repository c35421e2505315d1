"""Scores on the devset and the check set must not fall below the level reached: a regression fails CI.

The check set is scored in aggregate only (its answers are never read for tuning); its floors say how the
extraction does on news it was not tuned to.
"""
import json
import subprocess
import sys

import pytest

from briefing.pipeline import RunReport, extract_inputs, write_jsonl

from .conftest import SHARED, shared_dir

FLOORS = {
    "devset": {
        "statements_f1": 0.878,
        "direct_f1": 0.925,
        "indirect_f1": 0.845,
        "figures_f1": 0.905,
        "titles_acc": 0.865,
        "date_acc": 1.0,
        "headline_acc": 1.0,
    },
    "checkset": {
        "statements_f1": 0.70,
        "direct_f1": 0.77,
        "indirect_f1": 0.655,
        "figures_f1": 0.835,
        "titles_acc": 0.68,
        "date_acc": 1.0,
        "headline_acc": 1.0,
    },
}


def score(name: str, tmp_path) -> dict:
    """The aggregate metrics of ../shared/tools/score.py for one answered set."""
    articles = shared_dir(f"{name}/articles")
    predictions = tmp_path / f"{name}.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        write_jsonl(extract_inputs([str(articles)], RunReport()), out)
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(predictions),
                           str(SHARED / name / "answers"), "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout[: done.stdout.rindex("}") + 1])  # a summary line follows the JSON


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_hold_their_floors(name, tmp_path):
    metrics = score(name, tmp_path)
    below = {k: metrics[k] for k, floor in FLOORS[name].items() if metrics[k] < floor}
    assert not below, f"{name} below floor: {below}"
