from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_article() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]  # the real article; the others are our samples


def shared_dir(name: str) -> Path:
    """A folder of ../shared; tests that need it skip with a stated reason outside a checkout with it."""
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} is not present (tests read ../shared at run time)")
    return path
