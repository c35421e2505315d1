"""The briefing's Word styles, as reviewable code.

`apply_styles` defines every style the renderer uses. On our own template it defines them all; on a
user's template (`--template`) it adds only the ones missing, so a company template keeps its look and
never fails for lack of, say, "Heading 1". `scripts/make_template.py` and `briefing template` write the
default template from here.
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)
TABLE_STYLE = "Briefing Table"
CITATION_STYLE = "Citation"
PARAGRAPH_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Quote",
                    "List Bullet", "Source", "Header", "Footer", "TOC Heading")


def _define(styles, name: str, kind, only_missing: bool):
    """The style called `name`, added if absent; None when it exists and only missing ones are wanted."""
    existing = {s.name: s for s in styles}
    if name in existing:
        return None if only_missing else existing[name]
    style = styles.add_style(name, kind)
    if kind == WD_STYLE_TYPE.PARAGRAPH and name != "Normal":
        style.base_style = existing.get("Normal")
    return style


def _font(style, name: str | None = None, size: float | None = None, color=None, **flags: bool) -> None:
    """Set a style's font: typeface, size in points, colour, and flags such as bold or italic."""
    if name:
        style.font.name = name
    if size:
        style.font.size = Pt(size)
    if color is not None:
        style.font.color.rgb = color
    for flag, value in flags.items():
        setattr(style.font, flag, value)


def apply_styles(document, only_missing: bool = False) -> None:
    """Define the briefing's styles on `document` (all of them, or only those it lacks)."""
    styles = document.styles
    para = WD_STYLE_TYPE.PARAGRAPH
    normal = _define(styles, "Normal", para, only_missing)
    if normal is not None:
        _font(normal, "Calibri", 10.5)
        normal.paragraph_format.space_after = Pt(4)
    title = _define(styles, "Title", para, only_missing)
    if title is not None:
        _font(title, "Calibri Light", 26, NAVY)
    subtitle = _define(styles, "Subtitle", para, only_missing)
    if subtitle is not None:
        _font(subtitle, size=13, color=GREY)
    for level, size in ((1, 16), (2, 13), (3, 11.5)):
        heading = _define(styles, f"Heading {level}", para, only_missing)
        if heading is not None:
            _font(heading, "Calibri Light", size, NAVY, bold=True)
            heading.paragraph_format.space_before = Pt({1: 14, 2: 10, 3: 6}[level])
            heading.paragraph_format.space_after = Pt(2 if level == 3 else 4)
            heading.paragraph_format.keep_with_next = True
            _outline_level(heading, level - 1)  # what fills Word's navigation pane and the TOC
    toc_heading = _define(styles, "TOC Heading", para, only_missing)
    if toc_heading is not None:
        _font(toc_heading, "Calibri Light", 13, NAVY)
    quote = _define(styles, "Quote", para, only_missing)
    if quote is not None:
        _font(quote, italic=True)
        quote.paragraph_format.left_indent = Pt(18)
        quote.paragraph_format.space_before = Pt(0)
        quote.paragraph_format.space_after = Pt(4)
    source = _define(styles, "Source", para, only_missing)
    if source is not None:  # a numbered source line: "[3] Reuters — headline — date", hanging indent
        source.paragraph_format.left_indent = Pt(22)
        source.paragraph_format.first_line_indent = Pt(-22)
        source.paragraph_format.space_after = Pt(3)
    for name in ("List Bullet", "Header", "Footer"):
        style = _define(styles, name, para, only_missing)
        if style is not None and name in ("Header", "Footer"):
            _font(style, size=8.5, color=GREY)
    citation = _define(styles, CITATION_STYLE, WD_STYLE_TYPE.CHARACTER, only_missing)
    if citation is not None:
        _font(citation, size=9, color=GREY, italic=False)
    table = _define(styles, TABLE_STYLE, WD_STYLE_TYPE.TABLE, only_missing)
    if table is not None:
        if "Table Grid" in {s.name for s in styles}:
            table.base_style = styles["Table Grid"]
        _font(table, size=9.5)


def _outline_level(style, level: int) -> None:
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:outlineLvl")):
        ppr.remove(old)
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    ppr.append(outline)


def default_template():
    """A new document carrying every briefing style and no body text."""
    from docx import Document

    document = Document()
    apply_styles(document)
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    document.core_properties.author = "briefing"
    document.core_properties.comments = ""
    from .sanitize import sanitize_template

    sanitize_template(document)  # python-docx's sample thumbnail and custom XML are no part of ours
    return document


_SAMPLES = (
    ("Title", "Daily briefing (Title)"),
    ("Subtitle", "Briefing for 2024-12-17 (Subtitle)"),
    ("TOC Heading", "Contents (TOC Heading)"),
    ("Heading 1", "Summary, Stories, Key figures, Officials, Sources (Heading 1)"),
    ("List Bullet", "A summary point: a story, what happened, its lead quotation and key figure (List Bullet)"),
    ("Heading 2", "A story's headline (Heading 2)"),
    ("Normal", "What happened, from the lead of the story's most central article (Normal)."),
    ("Heading 3", "Jane Doe — Minister of Health (Heading 3)"),
    ("Quote", "“A direct quotation, as the speaker said it,” (Quote)"),
    ("Normal", "Reported (said): reported speech, in the writer's words (Normal)"),
    ("Source", "[1] Outlet — Headline of the article — 2024-12-17 (Source)"),
)


def write_default_template(out: Path) -> None:
    """Write the default template to `out`, atomically, with a sample paragraph in each of its styles, so
    that restyling it in Word shows what each style does (a brief keeps the styles, never the samples)."""
    from .render_docx import save_atomically

    document = default_template()
    sectpr = document.element.body[-1]
    for style, text in _SAMPLES:
        paragraph = document.add_paragraph(text, style=style)
        if style == "Quote":
            paragraph.add_run(" — [1] ¶ 2 (Citation, a character style)", style=CITATION_STYLE)
    table = document.add_table(rows=2, cols=3, style=TABLE_STYLE)
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells,
                          ("Figure", "Value", "Given by", "about 1,200 passengers", "1,200", "Jane Doe"),
                          strict=True):
        cell.text = text
    document.add_paragraph("Tables: the Briefing Table style; headers and footers: Header and Footer.",
                           style="Normal")
    document.element.body.append(sectpr)  # the section properties stay last
    save_atomically(document, out)
