"""Render a Brief as Markdown, for email and chat: the same sections as the Word brief, from the same
records. It shares nothing with extraction, and nothing with the Word renderer but the Brief."""
from __future__ import annotations

from pathlib import Path

from .atomic import write_atomically
from .brief import Brief, BriefStatement, Citation


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")



def _cite(c: Citation) -> str:
    return f"[\\[{c.source_number}\\] ¶ {c.paragraph}](#source-{c.source_number})"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_escape(cell) for cell in row) + " |" for row in rows]
    return lines + [""]


def _statement(s: BriefStatement, note: int | None = None) -> str:
    mark = f"[^{note}]" if note else ""
    citations, more = s.shown_citations
    cites = "; ".join(_cite(c) for c in citations) + (f"; and {more} more article{'' if more == 1 else 's'}"
                                                       if more else "")
    if s.kind == "direct":
        return f"> “{s.text.strip()}”{mark} — {cites}\n"
    return f"- Reported ({s.verb or 'said'}): {s.text.strip()}{mark} — {cites}\n"


def markdown(brief: Brief, comments: bool = True) -> str:
    """The brief as Markdown text; with `comments`, a footnote on each statement whose speaker was inferred."""
    notes = _notes(brief) if comments else {}
    out: list[str] = []
    for section in (_summary, _stories, _key_figures, _officials, _sources, _unused):
        out += section(brief, notes) if section is _stories else section(brief)
    if notes:
        checks = {id(s): s.check for story in brief.stories for o in story.officials for s in o.shown[0]}
        out += [f"[^{n}]: {checks[key]}" for key, n in notes.items()] + [""]
    return "\n".join(out).rstrip() + "\n"


def _notes(brief: Brief) -> dict[int, int]:
    """id() of each statement shown whose speaker was inferred -> its footnote number."""
    notes: dict[int, int] = {}
    for story in brief.stories:
        for official in story.officials:
            for s in official.shown[0]:
                if s.check:
                    notes[id(s)] = len(notes) + 1
    return notes


def _summary(brief: Brief) -> list[str]:
    out = [f"# {brief.title}", "", f"*Briefing for {brief.date or 'undated coverage'}*", "", "## Summary", ""]
    if not brief.sources:
        out += ["No coverage: no article matched this briefing."]
    return out + [f"- {point}" for point in brief.summary_points()] + [""]


def _key_figures(brief: Brief) -> list[str]:
    out = ["## Key figures", ""]
    if brief.figures:
        rows, left = brief.figure_rows()
        out += _table(list(brief.FIGURE_COLUMNS), rows)
        if left:
            out += [f"{left} further figures are in the articles listed under Sources.", ""]
    else:
        out += ["No figures reported.", ""]
    if brief.conflicts:
        out += ["### Figures that disagree", ""]
        out += _table(list(brief.CONFLICT_COLUMNS), brief.conflict_rows())
    return out


def _stories(brief: Brief, notes: dict[int, int]) -> list[str]:
    out: list[str] = []
    group: object = None
    if not brief.stories or brief.stories[0].group is None:
        out += ["## Stories", ""]
    for story in brief.stories:
        if story.group is not None and story.group != group:
            group = story.group
            out += [f"## {group}", ""]
        out += [f"### {story.name}", ""]
        lead = f"{story.lead} " if story.lead and story.lead != story.name else ""
        out += [lead + f"({len(story.sources)} source{'' if len(story.sources) == 1 else 's'}: "
                + ", ".join(f"[\\[{n}\\]](#source-{n})" for n in story.sources) + ")", ""]
        for official in story.officials:
            detail = ", ".join(x for x in (official.title, official.organisation) if x)
            out += [f"#### {official.name}" + (f" — {detail}" if detail else ""), ""]
            shown, cited = official.shown
            out += [_statement(s, notes.get(id(s))) for s in shown]
            if cited:
                out += [f"{len(cited)} more statement{'' if len(cited) == 1 else 's'}: "
                        + "; ".join(_cite(s.citations[0]) for s in cited), ""]
    return out


def _officials(brief: Brief) -> list[str]:
    speaking = [o for o in brief.officials if o.statements]
    if not speaking:
        return ["## Officials", "", "No officials quoted.", ""]
    return ["## Officials", ""] + _table(["Name", "Title", "Organisation", "Statements"],
                                         [[o.name, o.title or "", o.organisation or "", str(o.statements)]
                                          for o in speaking])


def _sources(brief: Brief) -> list[str]:
    out = ["## Sources", ""]
    for s in brief.sources:
        label = " — ".join(x for x in (s.outlet, s.headline, s.date or "undated") if x)
        link = f"[{label}]({s.url})" if s.url else f"{label} — {s.file_name}"
        out.append(f'<a id="source-{s.number}"></a>[{s.number}] {link}  ')
    return out + [""]


def _unused(brief: Brief) -> list[str]:
    if not (brief.unusable or brief.left_out):
        return []
    return ["## Inputs not used", ""] + [f"- {source}: {why}" for source, why in (*brief.unusable,
                                                                                 *brief.left_out)] + [""]


def render_markdown(brief: Brief, out: Path, comments: bool = True) -> None:
    """Write the Markdown brief atomically."""
    write_atomically(out, lambda tmp: tmp.write_text(markdown(brief, comments), encoding="utf-8", newline="\n"))
