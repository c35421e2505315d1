"""Render a Brief as a Word document styled by a template.

The renderer only renders: it takes a Brief and a template and uses style names from the template,
never direct formatting. It knows nothing about extraction. The file is Word-native (a table of
contents field, headings for the navigation pane, Page X of Y, citations that link to their source)
and byte-identical for the same brief.
"""
from __future__ import annotations

import copy
import datetime as dt
import zipfile
from pathlib import Path

from lxml import etree

from .atomic import write_atomically
from .brief import Brief, BriefStatement, Source
from .template import CITATION_STYLE, TABLE_STYLE, apply_styles, default_template

DEFAULT_TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "briefing.docx"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class TemplateError(Exception):
    """The template cannot be used; the message says why."""


def _open_template(template: Path | None):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if template is None and not DEFAULT_TEMPLATE.exists():
        return default_template()
    path = template or DEFAULT_TEMPLATE
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError, zipfile.BadZipFile) as exc:
        raise TemplateError(f"{path}: not a Word .docx template ({exc.__class__.__name__})") from exc
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    apply_styles(document, only_missing=True)
    return document


# --- low-level Word XML: fields, bookmarks, hyperlinks -------------------------------------
def _element(tag: str, **attrs):
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    return el


def _add_field(paragraph, instruction: str, placeholder: str, dirty: bool = False) -> None:
    """A complex field ({ PAGE }, { TOC ... }) whose result Word computes."""
    begin = _element("w:fldChar", fldCharType="begin", **({"dirty": "true"} if dirty else {}))
    for part in (begin, None, _element("w:fldChar", fldCharType="separate"), placeholder,
                 _element("w:fldChar", fldCharType="end")):
        run = paragraph.add_run()
        if part is None:
            instr = _element("w:instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif isinstance(part, str):
            run.text = part
        else:
            run._r.append(part)


def _bookmark(paragraph, name: str, number: int) -> None:
    """Wrap the paragraph's content in a bookmark that citations link to."""
    p = paragraph._p
    start = _element("w:bookmarkStart", id=number, name=name)
    ppr = p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(_element("w:bookmarkEnd", id=number))


def _hyperlink(paragraph, text: str, *, anchor: str | None = None, url: str | None = None,
               style: str | None = None) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn

    link = _element("w:hyperlink")
    if anchor:
        link.set(qn("w:anchor"), anchor)
    else:
        rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link.set(qn("r:id"), rid)
    paragraph._p.append(link)
    _run(paragraph, text, style, parent=link)


def _source_anchor(number: int) -> str:
    return f"source_{number}"


# --- styled paragraphs and runs, by style id (python-docx's lookup by name scans every style) ----
def _style_id(part, name: str) -> str:
    """The id of a style, looked up once per document part."""
    ids = part.__dict__.setdefault("_briefing_style_ids", {})
    if name not in ids:
        ids[name] = part.document.styles[name].style_id
    return ids[name]


def _para(document, text: str = "", style: str = "Normal"):
    """A paragraph at the end of the body, built as XML: python-docx's add_paragraph and add_run
    search their siblings on every call, which is slow for a brief of thousands of statements."""
    from docx.text.paragraph import Paragraph

    body = document.element.body
    p = body.makeelement(f"{_W}p", {})  # made by the document's parser: a python-docx CT_P
    if style != "Normal":
        ppr = etree.SubElement(p, f"{_W}pPr")
        etree.SubElement(ppr, f"{_W}pStyle").set(f"{_W}val", _style_id(document.part, style))
    cache = document.part.__dict__
    if "_briefing_sect_pr" not in cache:
        cache["_briefing_sect_pr"] = body.sectPr  # looked up once: python-docx scans the whole body for it
    end = cache["_briefing_sect_pr"]
    end.addprevious(p) if end is not None else body.append(p)
    paragraph = Paragraph(p, document._body)
    if text:
        _run(paragraph, text)
    return paragraph


def _heading(document, text: str, level: int):
    return _para(document, text, f"Heading {level}")


def _run(paragraph, text: str, style: str | None = None, parent=None):
    """A run of text (in `parent`, a hyperlink say, or else the paragraph), with a character style."""
    r = etree.SubElement(parent if parent is not None else paragraph._p, f"{_W}r")
    if style:
        rpr = etree.SubElement(r, f"{_W}rPr")
        etree.SubElement(rpr, f"{_W}rStyle").set(f"{_W}val", _style_id(paragraph.part, style))
    t = etree.SubElement(r, f"{_W}t")
    t.text = text
    t.set(_XML_SPACE, "preserve")
    return r


# --- the document ------------------------------------------------------------------------
def _cite(paragraph, statement: BriefStatement) -> None:
    citations, more = statement.shown_citations
    _run(paragraph, " — ", CITATION_STYLE)
    for i, c in enumerate(citations):
        if i:
            _run(paragraph, "; ", CITATION_STYLE)
        _hyperlink(paragraph, f"{c.headline}, {c.date or 'undated'}, ¶ {c.paragraph} [{c.source_number}]",
                   anchor=_source_anchor(c.source_number), style=CITATION_STYLE)
    if more:
        _run(paragraph, f"; and {more} more article{'' if more == 1 else 's'}", CITATION_STYLE)


def _add_table(document, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles[TABLE_STYLE]
    first = table.rows[0]
    first._tr.get_or_add_trPr().append(_element("w:tblHeader"))  # repeats on every page
    for cell, text in zip(first.cells, header, strict=True):
        cell.text = text
    if not rows:
        return
    model = table.add_row()  # one row built by python-docx, copied for the rest (add_row is slow)
    for cell in model.cells:
        cell.text = "x"
    model_tr = model._tr
    tbl = table._tbl
    tbl.remove(model_tr)
    for row in rows:
        tr = copy.deepcopy(model_tr)
        for t, text in zip(tr.iter(f"{_W}t"), row, strict=True):
            t.text = text
            if text != text.strip():
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        tbl.append(tr)


def _statement(document, s: BriefStatement) -> None:
    if s.kind == "direct":
        p = _para(document, f"“{s.text.strip()}”", "Quote")
    else:
        p = _para(document, f"Reported ({s.verb or 'said'}): {s.text.strip()}", "Normal")
    _cite(p, s)



def _source_line(document, s: Source) -> None:
    p = _para(document, f"[{s.number}] ", "Source")
    label = " — ".join(x for x in (s.outlet, s.headline, s.date or "undated") if x)
    if s.url:
        _hyperlink(p, label, url=s.url)
    else:
        p.add_run(f"{label} — {s.source}")
    _bookmark(p, _source_anchor(s.number), s.number)


def _header_footer(document, brief: Brief) -> None:
    """Title and date in the header, Page X of Y in the footer, unless the template has its own."""
    section = document.sections[0]
    header = section.header
    if not any(p.text.strip() for p in header.paragraphs):
        p = header.paragraphs[0]
        p.text = f"{brief.title} — {brief.date or 'undated'}"
        p.style = document.styles["Header"]
    footer = section.footer
    if not any(p.text.strip() for p in footer.paragraphs) and not footer._element.xpath(".//w:fldChar"):
        p = footer.paragraphs[0]
        p.style = document.styles["Footer"]
        p.add_run("Page ")
        _add_field(p, "PAGE", "1")
        p.add_run(" of ")
        _add_field(p, "NUMPAGES", "1")


def _properties(document, brief: Brief) -> None:
    props = document.core_properties
    day = dt.datetime.combine(dt.date.fromisoformat(brief.date), dt.time()) if brief.date \
        else dt.datetime(2000, 1, 1)
    props.title = brief.title
    props.subject = f"Briefing for {brief.date or 'undated coverage'}"
    props.author = brief.author
    props.last_modified_by = brief.author
    props.keywords = "; ".join(t.name for t in brief.topics)
    props.created = day
    props.modified = day
    props.last_printed = day
    props.revision = 1


def render_docx(brief: Brief, out: Path, template: Path | None = None) -> None:
    """Write the briefing to `out` atomically: the old file stays until the new one is complete."""
    document = _open_template(template)
    _para(document, brief.title, "Title")
    _para(document, f"Briefing for {brief.date or 'undated coverage'}", "Subtitle")
    _para(document, "Contents", "TOC Heading")
    _add_field(_para(document), 'TOC \\o "1-3" \\h \\z \\u',
               "Open in Word and the table of contents fills in (or right-click, Update Field).", dirty=True)

    _heading(document, "Summary", 1)
    if not brief.sources:
        _para(document, "No coverage: no article matched this briefing.", "Normal")
    for point in brief.summary_points():
        _para(document, point, "List Bullet")

    _heading(document, "Key figures", 1)
    if brief.figures:
        rows, left = brief.figure_rows()
        _add_table(document, list(brief.FIGURE_COLUMNS), rows)
        if left:
            _para(document, f"{left} further figures are in the articles listed under Sources.", "Normal")
    else:
        _para(document, "No figures reported.", "Normal")
    if brief.conflicts:
        _heading(document, "Figures that disagree", 2)
        _add_table(document, list(brief.CONFLICT_COLUMNS), brief.conflict_rows())

    _heading(document, "Statements by topic", 1)
    if not brief.topics:
        _para(document, "No statements reported.", "Normal")
    for topic in brief.topics:
        _heading(document, topic.name, 2)
        for official in topic.officials:
            detail = ", ".join(x for x in (official.title, official.organisation) if x)
            _heading(document, official.name + (f" — {detail}" if detail else ""), 3)
            for s in official.statements:
                _statement(document, s)

    _heading(document, "Officials", 1)
    if brief.officials:
        _add_table(document, ["Name", "Title", "Organisation", "Statements"],
                   [[o.name, (o.title or "") + (f" (also: {'; '.join(o.other_titles)})" if o.other_titles else ""),
                     o.organisation or "", str(o.statements)] for o in brief.officials])
    else:
        _para(document, "No officials quoted.", "Normal")

    _heading(document, "Sources", 1)
    for s in brief.sources:
        _source_line(document, s)
    if brief.unusable or brief.left_out:
        _heading(document, "Inputs not used", 1)
        for source, problem in (*brief.unusable, *brief.left_out):
            _para(document, f"{source}: {problem}", "List Bullet")
    _header_footer(document, brief)
    _properties(document, brief)
    save_atomically(document, Path(out))


def save_atomically(document, out: Path) -> None:
    """Save through a temporary file and rename (see briefing.atomic); zip entries get a fixed timestamp,
    so the same document gives the same bytes."""
    def write(tmp: Path) -> None:
        document.save(str(tmp))
        _fix_timestamps(tmp)

    write_atomically(out, write)


def _fix_timestamps(path: Path) -> None:
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, compress_type=zipfile.ZIP_DEFLATED)
