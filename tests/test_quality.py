"""Every function of the package stays short enough to hold in one's head: cyclomatic complexity 20 or less
(radon's grades A-C; `radon cc -n D briefing/` lists nothing)."""
from pathlib import Path

from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"
LIMIT = 20


def test_no_function_is_more_complex_than_the_limit():
    over = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            if block.complexity > LIMIT:
                over.append(f"{path.name}:{block.lineno} {block.fullname} ({block.complexity})")
    assert not over, "functions above complexity 20: " + ", ".join(over)
