"""Render a Brief as a Word document styled by a template.

The renderer only renders: it takes a Brief and a template and uses style names
from the template, never direct formatting. It knows nothing about extraction.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .brief import Brief, BriefStatement, Citation

DEFAULT_TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "briefing.docx"
TABLE_STYLE = "Briefing Table"
CITATION_STYLE = "Citation"


class TemplateError(Exception):
    """The template cannot be used; the message says why."""


def _open_template(template: Path | None):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    path = template or (DEFAULT_TEMPLATE if DEFAULT_TEMPLATE.exists() else None)
    try:
        document = docx.Document(str(path)) if path else docx.Document()
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise TemplateError(f"{path}: not a Word .docx template ({exc.__class__.__name__})") from exc
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    _ensure_styles(document)
    return document


def _ensure_styles(document) -> None:
    """Add any style the renderer needs that a user's template lacks."""
    from docx.enum.style import WD_STYLE_TYPE

    styles = document.styles
    names = {s.name for s in styles}
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Quote", "List Bullet",
                 "List Number"):
        if name not in names:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
    if CITATION_STYLE not in names:
        styles.add_style(CITATION_STYLE, WD_STYLE_TYPE.CHARACTER)
    if TABLE_STYLE not in names:
        style = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
        if "Table Grid" in names:
            style.base_style = styles["Table Grid"]


def _cite(c: Citation) -> str:
    return f"{c.headline}, {c.date or 'undated'}, ¶ {c.paragraph} [{c.source_number}]"


def _add_table(document, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles[TABLE_STYLE]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def _statement(document, s: BriefStatement) -> None:
    if s.kind == "direct":
        p = document.add_paragraph(f"“{s.text.strip()}”", style="Quote")
    else:
        verb = s.verb or "said"
        p = document.add_paragraph(f"Reported ({verb}): {s.text.strip()}", style="Normal")
    p.add_run(" — " + "; ".join(_cite(c) for c in s.citations), style=CITATION_STYLE)


def _number(value) -> str:
    if value is None:
        return "—"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


def render_docx(brief: Brief, out: Path, template: Path | None = None) -> None:
    """Write the briefing to `out` atomically: the old file stays until the new one is complete."""
    document = _open_template(template)
    document.add_paragraph(brief.title, style="Title")
    span = brief.first_date if brief.first_date == brief.last_date else f"{brief.first_date} to {brief.last_date}"
    document.add_paragraph(f"Briefing for {brief.date or 'undated coverage'}", style="Subtitle")

    document.add_heading("Summary", level=1)
    if not brief.sources:
        document.add_paragraph("No coverage: no article matched this briefing.", style="Normal")
    else:
        document.add_paragraph(f"{len(brief.sources)} articles, dated {span or 'unknown'}; "
                               f"{brief.statement_count} statements from {len(brief.officials)} officials "
                               f"and bodies; {len(brief.figures)} figures.", style="List Bullet")
        quoted = [o for o in brief.officials if o.statements][:5]
        if quoted:
            document.add_paragraph("Most quoted: " + ", ".join(f"{o.name} ({o.statements})" for o in quoted),
                                   style="List Bullet")
        given = [f for f in brief.figures if f.given_by][:3] or list(brief.figures[:3])
        for f in given:
            who = f" ({f.given_by})" if f.given_by else ""
            document.add_paragraph(f"{f.text}{who}", style="List Bullet")

    document.add_heading("Key figures", level=1)
    if brief.figures:
        _add_table(document, ["Figure", "Value", "Unit", "Given by", "Source"],
                   [[f.text, _number(f.value) + (" (approx.)" if f.approx else ""), f.unit or "",
                     f.given_by or "", f"[{f.citation.source_number}] ¶ {f.citation.paragraph}"]
                    for f in brief.figures])
    else:
        document.add_paragraph("No figures reported.", style="Normal")

    document.add_heading("Statements by topic", level=1)
    for topic in brief.topics:
        document.add_heading(topic.name, level=2)
        for official in topic.officials:
            detail = ", ".join(x for x in (official.title, official.organisation) if x)
            document.add_heading(official.name + (f" — {detail}" if detail else ""), level=3)
            for s in official.statements:
                _statement(document, s)

    document.add_heading("Officials", level=1)
    if brief.officials:
        _add_table(document, ["Name", "Title", "Organisation", "Statements"],
                   [[o.name, o.title or "", o.organisation or "", str(o.statements)] for o in brief.officials])
    else:
        document.add_paragraph("No officials quoted.", style="Normal")

    document.add_heading("Sources", level=1)
    for s in brief.sources:
        document.add_paragraph(f"[{s.number}] {s.headline} — {s.date or 'undated'} — {s.url or s.source}",
                               style="List Number")
    if brief.unusable:
        document.add_heading("Inputs not used", level=1)
        for source, problem in brief.unusable:
            document.add_paragraph(f"{source}: {problem}", style="List Bullet")
    _save_atomically(document, Path(out))


def _save_atomically(document, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        document.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
