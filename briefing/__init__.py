"""briefing: turn dated news articles into a Word briefing."""

__version__ = "0.1.0"

from .extract import extract_article, extract_text  # noqa: E402

__all__ = ["extract_article", "extract_text", "__version__"]
