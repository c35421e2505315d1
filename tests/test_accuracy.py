"""The devset score must not fall below the level reached: a regression fails CI."""
import json
import subprocess
import sys

from briefing.pipeline import RunReport, extract_inputs, write_jsonl

from .conftest import SHARED, shared_dir

FLOORS = {
    "statements_f1": 0.92,
    "direct_f1": 0.96,
    "indirect_f1": 0.90,
    "figures_f1": 0.93,
    "titles_acc": 0.93,
    "date_acc": 1.0,
    "headline_acc": 1.0,
}


def test_devset_scores_hold_their_floors(tmp_path):
    articles = shared_dir("devset/articles")
    predictions = tmp_path / "dev.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        write_jsonl(extract_inputs([str(articles)], RunReport()), out)
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(predictions),
                           str(SHARED / "devset" / "answers"), "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout[: done.stdout.rindex("}") + 1])  # a summary line follows the JSON
    below = {k: metrics[k] for k, floor in FLOORS.items() if metrics[k] < floor}
    assert not below, f"below floor: {below}"
