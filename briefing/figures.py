"""Figures (placeholder)."""
from __future__ import annotations


def find_figures(paragraphs, found):
    return []
