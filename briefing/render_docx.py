"""Render a Brief as a Word document styled by a template.

The renderer only renders: it takes a Brief and a template and uses style names from the template,
never direct formatting. It knows nothing about extraction. The file is Word-native (a table of
contents field, headings for the navigation pane, Page X of Y, citations that link to their source)
and byte-identical for the same brief.

The body is written as XML text, paragraph by paragraph, straight into the .docx: a brief of ten
thousand articles never sits in memory as an XML tree. python-docx handles the rest of the package
(styles, header, footer, properties, relationships).
"""
from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .atomic import write_atomically
from .brief import CITATIONS_SHOWN, Brief, BriefStatement, Source
from .sanitize import sanitize_template
from .template import CITATION_STYLE, TABLE_STYLE, apply_styles, default_template

DEFAULT_TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "briefing.docx"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
log = logging.getLogger("briefing")
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_BODY = "word/document.xml"
# The application properties: ours, not those of the word processor that made python-docx's default document
# ("Microsoft Macintosh Word", "Normal.dotm", a page count of 1); Word counts pages itself on opening.
_APP_XML = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats'
            b'.org/officeDocument/2006/extended-properties"><Application>briefing</Application><DocSecurity>0'
            b'</DocSecurity></Properties>')
# Characters XML 1.0 cannot carry (control characters, lone surrogates): dropped from the text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class TemplateError(Exception):
    """The template cannot be used; the message says why."""


def _open_template(template: Path | None, warn: bool = False):
    """The template as a document with an empty body; a user's template keeps only what a brief may carry
    (see briefing.sanitize), with a warning naming what was cut when `warn`."""
    path = template or DEFAULT_TEMPLATE
    if template is None and not DEFAULT_TEMPLATE.exists():
        document = default_template()
    else:
        document = _read_template(path)
        apply_styles(document, only_missing=True)
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    if document.element.nsmap.get("w") != _W_NS or document.element.nsmap.get("r") != _R_NS:
        raise TemplateError(f"{path}: its document part does not use Word's usual w: and r: prefixes")
    dropped = sanitize_template(document)  # ours too: python-docx's sample thumbnail and custom XML go
    if template is not None and dropped and warn:
        log.warning("%s: left out of the brief: %s", path, ", ".join(dropped))
    return document


def _read_template(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    from .formats import FormatError, check_package

    try:
        check_package(path.read_bytes(), kind="a Word .docx template")
        return docx.Document(str(path))
    except FormatError as exc:
        raise TemplateError(f"{path}: {exc}") from None
    except etree.XMLSyntaxError as exc:
        raise TemplateError(f"{path}: not a usable Word .docx template (malformed XML: {exc})"[:300]) from None
    except (PackageNotFoundError, KeyError, ValueError, OSError, zipfile.BadZipFile) as exc:
        raise TemplateError(f"{path}: not a Word .docx template ({exc.__class__.__name__})") from exc


def check_template(template: Path) -> None:
    """Open the template as a brief would, before any article is read: a template that cannot be used is a
    usage error at once, and what of it is left out is said once."""
    _open_template(template, warn=True)


# --- Word XML as text ---------------------------------------------------------------------
def _text(text: str) -> str:
    return escape(_NOT_XML.sub("", text))


class _Xml:
    """Paragraphs, runs, links, fields and tables of the body as XML strings, styles by id."""

    def __init__(self, document) -> None:
        self.document = document
        self.style_ids: dict[str, str] = {}
        self.comments: dict[int, int] = {}  # id() of a statement -> the id of its Word comment
        section = document.sections[0]
        self.width = (section.page_width - section.left_margin - section.right_margin) // 635  # EMU -> twips

    def style(self, name: str) -> str:
        """A style's id, looked up once (python-docx's lookup by name scans every style)."""
        if name not in self.style_ids:
            self.style_ids[name] = self.document.styles[name].style_id
        return self.style_ids[name]

    def run(self, text: str, style: str | None = None) -> str:
        props = f'<w:rPr><w:rStyle w:val="{self.style(style)}"/></w:rPr>' if style else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{_text(text)}</w:t></w:r>'

    def link(self, text: str, *, anchor: str | None = None, url: str | None = None,
             style: str | None = None) -> str:
        """A hyperlink to a bookmark in the document or to a web address."""
        target = f"w:anchor={quoteattr(anchor)}" if anchor else f'r:id="{self.relate(url)}"'
        return f"<w:hyperlink {target}>{self.run(text, style)}</w:hyperlink>"

    def relate(self, url: str) -> str:
        """The relationship id of a web address (made once; the same address gives the same id)."""
        from docx.opc.constants import RELATIONSHIP_TYPE

        return self.document.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)

    def field(self, instruction: str, placeholder: str, dirty: bool = False) -> str:
        """A complex field ({ PAGE }, { TOC ... }) whose result Word computes."""
        flag = ' w:dirty="true"' if dirty else ""
        return (f'<w:r><w:fldChar w:fldCharType="begin"{flag}/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {_text(instruction)} </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{self.run(placeholder)}'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def para(self, content: str = "", style: str = "Normal", bookmark: tuple[str, int] | None = None) -> str:
        """A paragraph of runs (XML); a bookmark (name, id) wraps its content for links to point at."""
        props = "" if style == "Normal" else f'<w:pPr><w:pStyle w:val="{self.style(style)}"/></w:pPr>'
        if bookmark:
            name, number = bookmark
            content = (f'<w:bookmarkStart w:id="{number}" w:name={quoteattr(name)}/>{content}'
                       f'<w:bookmarkEnd w:id="{number}"/>')
        return f"<w:p>{props}{content}</w:p>"

    def text(self, text: str, style: str = "Normal") -> str:
        return self.para(self.run(text) if text else "", style)

    def table(self, header: list[str], rows: list[list[str]]) -> Iterator[str]:
        """An editable table in the template's table style; the header row repeats on every page, no row splits
        across pages, and each column is at least as wide as its longest word, so no word breaks."""
        widths = column_widths([header, *rows], self.width)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        yield (f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style(TABLE_STYLE)}"/><w:tblW w:type="auto" w:w="0"/>'
               '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
               f'w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>')
        for i, row in enumerate([header, *rows]):
            cells = "".join(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}"/></w:tcPr>'
                            f'<w:p>{self.run(text) if text else ""}</w:p></w:tc>'
                            for text, w in zip(row, widths, strict=True))
            yield f'<w:tr><w:trPr><w:cantSplit/>{"<w:tblHeader/>" if i == 0 else ""}</w:trPr>{cells}</w:tr>'
        yield "</w:tbl>"


_CHAR = 115  # twips a character of the table's 9.5 pt text takes, with room to spare
_PADDING = 230  # twips of a cell's left and right margins


def column_widths(rows: list[list[str]], total: int) -> list[int]:
    """Widths (twips) that fit each column's longest word, the rest of the page shared by how much text each
    column holds; when even the longest words do not fit, they share the page in proportion."""
    columns = list(zip(*rows, strict=True))
    least = [max((len(w) for cell in col for w in cell.split()), default=1) * _CHAR + _PADDING for col in columns]
    if sum(least) >= total:
        return [total * w // sum(least) for w in least]
    text = [sum(len(cell) for cell in col) or 1 for col in columns]
    spare = total - sum(least)
    widths = [w + spare * t // sum(text) for w, t in zip(least, text, strict=True)]
    widths[-1] += total - sum(widths)
    return widths


def _source_anchor(number: int) -> str:
    return f"source_{number}"


# --- the document ------------------------------------------------------------------------
def _statement(xml: _Xml, s: BriefStatement) -> str:
    if s.kind == "direct":
        text, style = f"“{s.text.strip()}”", "Quote"
    else:
        text, style = f"Reported ({s.verb or 'said'}): {s.text.strip()}", "Normal"
    citations, more = s.shown_citations
    runs = [_commented(xml, s, xml.run(text)), xml.run(" — ", CITATION_STYLE)]
    for i, c in enumerate(citations):
        if i:
            runs.append(xml.run("; ", CITATION_STYLE))
        runs.append(xml.link(f"[{c.source_number}] ¶ {c.paragraph}", anchor=_source_anchor(c.source_number),
                             style=CITATION_STYLE))
    if more:
        runs.append(xml.run(f"; and {more} more article{'' if more == 1 else 's'}", CITATION_STYLE))
    return xml.para("".join(runs), style)


def _commented(xml: _Xml, s: BriefStatement, runs: str) -> str:
    """The runs inside the range of the statement's Word comment, when it has one."""
    comment = xml.comments.get(id(s))
    if comment is None:
        return runs
    return (f'<w:commentRangeStart w:id="{comment}"/>{runs}<w:commentRangeEnd w:id="{comment}"/>'
            f'<w:r><w:commentReference w:id="{comment}"/></w:r>')


# What follows w:updateFields in the schema's order of settings: it must stand before the first of these.
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
                        "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
                        "listSeparator")


def _update_fields_on_open(document) -> None:
    """Ask Word to refresh the fields (contents, page numbers) when the brief is opened."""
    from docx.oxml import parse_xml

    settings = document.settings.element
    if settings.find(f"{{{_W_NS}}}updateFields") is not None:
        return
    element = parse_xml(f'<w:updateFields xmlns:w="{_W_NS}" w:val="true"/>')
    later = next((child for child in settings if child.tag.rsplit("}", 1)[-1] in _AFTER_UPDATE_FIELDS), None)
    if later is not None:
        later.addprevious(element)
    else:
        settings.append(element)


def _add_comments(document, brief: Brief, xml: _Xml) -> None:
    """A Word comment on each statement shown whose speaker was inferred, saying how, for the editor to check;
    dated the briefing day, so that the same inputs still give the same bytes."""
    from docx.oxml import parse_xml

    checked = [s for story in brief.stories for official in story.officials for s in official.shown[0] if s.check]
    if not checked:
        return
    day = f"{brief.date or '2000-01-01'}T00:00:00Z"
    part = document.comments._comments_elm  # made empty when the template has none
    first = 1 + max((int(c.get(f"{{{_W_NS}}}id")) for c in part), default=-1)
    for number, s in enumerate(checked, start=first):  # python-docx's add_comment scans them all each time
        part.append(parse_xml(
            f'<w:comment xmlns:w="{_W_NS}" w:id="{number}" w:author="briefing" w:initials="BR" w:date="{day}">'
            f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
            f'</w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{_text(s.check)}</w:t></w:r></w:p>'
            "</w:comment>"))
        xml.comments[id(s)] = number


def _source_line(xml: _Xml, s: Source) -> str:
    label = " — ".join(x for x in (s.outlet, s.headline, s.date or "undated") if x)
    entry = xml.link(label, url=s.url) if s.url else xml.run(f"{label} — {s.file_name}")
    return xml.para(xml.run(f"[{s.number}] ") + entry, "Source", bookmark=(_source_anchor(s.number), s.number))


def _body(brief: Brief, xml: _Xml) -> Iterator[str]:
    """The body's XML, in reading order."""
    for section in (_opening, _summary, _stories, _key_figures, _officials, _sources):
        yield from section(brief, xml)


def _opening(brief: Brief, xml: _Xml) -> Iterator[str]:
    yield xml.text(brief.title, "Title")
    yield xml.text(f"Briefing for {brief.date or 'undated coverage'}", "Subtitle")
    yield xml.text("Contents", "TOC Heading")
    yield xml.para(xml.field('TOC \\o "1-2" \\h \\z \\u',
                             "Open in Word and the table of contents fills in (or right-click, Update Field).",
                             dirty=True))


def _summary(brief: Brief, xml: _Xml) -> Iterator[str]:
    yield xml.text("Summary", "Heading 1")
    if not brief.sources:
        yield xml.text("No coverage: no article matched this briefing.")
    for point in brief.summary_points():
        yield xml.text(point, "List Bullet")


def _key_figures(brief: Brief, xml: _Xml) -> Iterator[str]:
    yield xml.text("Key figures", "Heading 1")
    if brief.figures:
        rows, left = brief.figure_rows()
        yield from xml.table(list(brief.FIGURE_COLUMNS), rows)
        if left:
            yield xml.text(f"{left} further figures are in the articles listed under Sources.")
    else:
        yield xml.text("No figures reported.")
    if brief.conflicts:
        yield xml.text("Figures that disagree", "Heading 2")
        yield from xml.table(list(brief.CONFLICT_COLUMNS), brief.conflict_rows())


def _stories(brief: Brief, xml: _Xml) -> Iterator[str]:
    """Each story under its watch-list topic (or under "Stories"): its label, what happened and where it was
    read, then its officials with their statements."""
    group: object = None
    if not brief.stories or brief.stories[0].group is None:
        yield xml.text("Stories", "Heading 1")
    if not brief.stories:
        yield xml.text("No stories reported.")
    for story in brief.stories:
        if story.group is not None and story.group != group:
            group = story.group
            yield xml.text(group, "Heading 1")
        yield xml.text(story.name, "Heading 2")
        yield _story_lead(xml, story)
        for official in story.officials:
            detail = ", ".join(x for x in (official.title, official.organisation) if x)
            yield xml.text(official.name + (f" — {detail}" if detail else ""), "Heading 3")
            shown, cited = official.shown
            for s in shown:
                yield _statement(xml, s)
            if cited:
                yield _more_statements(xml, cited)


def _more_statements(xml: _Xml, cited) -> str:
    """ "4 more statements: [1] ¶ 12; [1] ¶ 15; …", each linked to its source."""
    runs = [xml.run(f"{len(cited)} more statement{'' if len(cited) == 1 else 's'}: ", CITATION_STYLE)]
    for i, s in enumerate(cited):
        if i:
            runs.append(xml.run("; ", CITATION_STYLE))
        c = s.citations[0]
        runs.append(xml.link(f"[{c.source_number}] ¶ {c.paragraph}", anchor=_source_anchor(c.source_number),
                             style=CITATION_STYLE))
    return xml.para("".join(runs))


def _story_lead(xml: _Xml, story) -> str:
    runs = [xml.run(story.lead + " ")] if story.lead and story.lead != story.name else []
    runs.append(xml.run(f"({len(story.sources)} source{'' if len(story.sources) == 1 else 's'}: ", CITATION_STYLE))
    for i, number in enumerate(story.sources[:CITATIONS_SHOWN * 2]):
        if i:
            runs.append(xml.run(", ", CITATION_STYLE))
        runs.append(xml.link(f"[{number}]", anchor=_source_anchor(number), style=CITATION_STYLE))
    more = len(story.sources) - CITATIONS_SHOWN * 2
    runs.append(xml.run(f" and {more} more)" if more > 0 else ")", CITATION_STYLE))
    return xml.para("".join(runs))


def _officials(brief: Brief, xml: _Xml) -> Iterator[str]:
    yield xml.text("Officials", "Heading 1")
    speaking = [o for o in brief.officials if o.statements]
    if speaking:
        yield from xml.table(
            ["Name", "Title", "Organisation", "Statements"],
            [[o.name, (o.title or "") + (f" (also: {'; '.join(o.other_titles)})" if o.other_titles else ""),
              o.organisation or "", str(o.statements)] for o in speaking])
    else:
        yield xml.text("No officials quoted.")


def _sources(brief: Brief, xml: _Xml) -> Iterator[str]:
    yield xml.text("Sources", "Heading 1")
    for s in brief.sources:
        yield _source_line(xml, s)
    if brief.unusable or brief.left_out:
        yield xml.text("Inputs not used", "Heading 1")
        for source, problem in (*brief.unusable, *brief.left_out):
            yield xml.text(f"{source}: {problem}", "List Bullet")


def _replace_paragraph(paragraph, xml: str) -> None:
    """Put a paragraph written as XML text in place of a python-docx paragraph (header, footer)."""
    from docx.oxml import parse_xml

    new = parse_xml(xml.replace("<w:p>", f'<w:p xmlns:w="{_W_NS}">', 1))
    paragraph._p.addnext(new)
    paragraph._p.getparent().remove(paragraph._p)


def _header_footer(document, brief: Brief, xml: _Xml) -> None:
    """Title and date in the header unless the template has its own; Page X of Y in the footer unless the
    template's footer numbers its pages (a footer with only words, "Company confidential", gets ours below)."""
    section = document.sections[0]
    header = section.header
    if not any(p.text.strip() for p in header.paragraphs):
        _replace_paragraph(header.paragraphs[0], xml.text(f"{brief.title} — {brief.date or 'undated'}", "Header"))
    footer = section.footer
    numbered = any("PAGE" in (node.text or "") for node in footer._element.xpath(".//w:instrText")) \
        or bool(footer._element.xpath(".//w:fldSimple[contains(@w:instr, 'PAGE')]"))
    if numbered:
        return
    content = xml.para(xml.run("Page ") + xml.field("PAGE", "1") + xml.run(" of ") + xml.field("NUMPAGES", "1"),
                       "Footer")
    if any(p.text.strip() for p in footer.paragraphs):
        _replace_paragraph(footer.add_paragraph(), content)
    else:
        _replace_paragraph(footer.paragraphs[0], content)


def _properties(document, brief: Brief) -> None:
    props = document.core_properties
    day = dt.datetime.combine(dt.date.fromisoformat(brief.date), dt.time()) if brief.date \
        else dt.datetime(2000, 1, 1)
    props.title = brief.title
    props.subject = f"Briefing for {brief.date or 'undated coverage'}"
    props.author = brief.author
    props.last_modified_by = brief.author
    props.keywords = _within("; ".join(story.name for story in brief.stories[:10]), 255)  # Word's limit
    props.created = day
    props.modified = day
    props.last_printed = day
    props.revision = 1
    props.comments = f"{brief.title}: who said what, and the figures, from {len(brief.sources)} articles."


def _within(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def render_docx(brief: Brief, out: Path, template: Path | None = None, comments: bool = True) -> None:
    """Write the briefing to `out` atomically: the old file stays until the new one is complete. With
    `comments`, each statement whose speaker was inferred carries a Word comment saying how."""
    document = _open_template(template)
    xml = _Xml(document)
    _header_footer(document, brief, xml)
    _properties(document, brief)
    if comments:
        _add_comments(document, brief, xml)
    _update_fields_on_open(document)
    for s in brief.sources:  # the body is written after the package is saved: its links' targets first
        if s.url:
            xml.relate(s.url)
    save_atomically(document, Path(out), _body(brief, xml))


def save_atomically(document, out: Path, body: Iterable[str] = ()) -> None:
    """Save through a temporary file and rename (see briefing.atomic), with `body` (XML text) streamed
    into the document part; zip entries get a fixed timestamp, so the same document gives the same bytes."""
    def write(tmp: Path) -> None:
        package = io.BytesIO()  # the package without its body: small, so kept in memory
        document.save(package)
        _repack(package, tmp, body)

    write_atomically(out, write)


def _repack(package: io.BytesIO, out: Path, body: Iterable[str]) -> None:
    """Write the package to `out` with fixed timestamps and the body's XML streamed in place."""
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = _APP_XML if info.filename == "docProps/app.xml" else src.read(info.filename)
            entry = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            if info.filename != _BODY:
                dst.writestr(entry, data)
                continue
            head, tail = _split_body(data.decode("utf-8"))
            with dst.open(entry, "w") as stream:
                stream.write(head.encode("utf-8"))
                for chunk in body:
                    stream.write(chunk.encode("utf-8"))
                stream.write(tail.encode("utf-8"))


def _split_body(document_xml: str) -> tuple[str, str]:
    """The document part around the place the body's paragraphs go: after <w:body>, before sectPr."""
    if "<w:body/>" in document_xml:
        head, tail = document_xml.split("<w:body/>", 1)
        return head + "<w:body>", "</w:body>" + tail
    head, tail = document_xml.split("<w:body>", 1)
    return head + "<w:body>", tail
