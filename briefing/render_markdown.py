"""Render a Brief as Markdown, for email and chat: the same sections as the Word brief, from the same
records. It shares nothing with extraction, and nothing with the Word renderer but the Brief."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .brief import Brief, BriefStatement, Citation


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _number(value) -> str:
    if value is None:
        return "—"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


def _cite(c: Citation) -> str:
    return f"[{c.headline}, {c.date or 'undated'}, ¶ {c.paragraph}](#source-{c.source_number})"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_escape(cell) for cell in row) + " |" for row in rows]
    return lines + [""]


def _statement(s: BriefStatement) -> str:
    citations, more = s.shown_citations
    cites = "; ".join(_cite(c) for c in citations) + (f"; and {more} more article{'' if more == 1 else 's'}"
                                                       if more else "")
    if s.kind == "direct":
        return f"> “{s.text.strip()}” — {cites}\n"
    return f"- Reported ({s.verb or 'said'}): {s.text.strip()} — {cites}\n"


def markdown(brief: Brief) -> str:
    """The brief as Markdown text."""
    out = [f"# {brief.title}", "", f"*Briefing for {brief.date or 'undated coverage'}*", "", "## Summary", ""]
    if not brief.sources:
        out += ["No coverage: no article matched this briefing."]
    out += [f"- {point}" for point in brief.summary_points()] + [""]
    out += ["## Key figures", ""]
    if brief.figures:
        rows, left = brief.key_figures()
        out += _table(["Figure", "Value", "Unit", "Given by", "Source"],
                      [[f.text, _number(f.value) + (" (approx.)" if f.approx else ""), f.unit or "",
                        f.given_by or "", f"[{f.citation.source_number}] ¶ {f.citation.paragraph}"
                        + (f" and {extra} more" if extra else "")] for f, extra in rows])
        if left:
            out += [f"{left} further figures are in the articles listed under Sources.", ""]
    else:
        out += ["No figures reported.", ""]
    if brief.conflicts:
        out += ["### Figures that disagree", ""]
        out += _table(["Counted", "Figure", "Given by", "Source"],
                      [[c.unit, f.text, f.given_by or "", f"[{f.citation.source_number}] ¶ {f.citation.paragraph}"]
                       for c in brief.conflicts for f in c.figures])
    out += ["## Statements by topic", ""]
    for topic in brief.topics:
        out += [f"### {topic.name}", ""]
        for official in topic.officials:
            detail = ", ".join(x for x in (official.title, official.organisation) if x)
            out += [f"#### {official.name}" + (f" — {detail}" if detail else ""), ""]
            out += [_statement(s) for s in official.statements]
    out += ["## Officials", ""]
    out += _table(["Name", "Title", "Organisation", "Statements"],
                  [[o.name, o.title or "", o.organisation or "", str(o.statements)] for o in brief.officials]) \
        if brief.officials else ["No officials quoted.", ""]
    out += ["## Sources", ""]
    for s in brief.sources:
        label = " — ".join(x for x in (s.outlet, s.headline, s.date or "undated") if x)
        link = f"[{label}]({s.url})" if s.url else f"{label} — {s.source}"
        out.append(f'<a id="source-{s.number}"></a>[{s.number}] {link}  ')
    out.append("")
    if brief.unusable or brief.left_out:
        out += ["## Inputs not used", ""] + [f"- {source}: {why}" for source, why in (*brief.unusable,
                                                                                     *brief.left_out)] + [""]
    return "\n".join(out).rstrip() + "\n"


def render_markdown(brief: Brief, out: Path) -> None:
    """Write the Markdown brief atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(markdown(brief))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
