"""What of a user's template goes into every brief: its styles, numbering, theme, settings, fonts, header,
footer and the images these hold; nothing else.

A company template is copied into each brief that is sent out, so whatever it carries travels with it: a
remote attached template, a link to a file share, an external OLE object, macros (``vbaProject.bin``), custom
XML, comments. Those relationships are cut, and every reference to them in the kept parts' XML removed, so
Word opens the brief without asking to fetch anything and without repair prompts.
"""
from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# The relationships each kind of part may keep (internal ones only), by the relationship that reached it.
_KEPT = {
    "package": {RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES},
    RT.OFFICE_DOCUMENT: {RT.STYLES, RT.NUMBERING, RT.THEME, RT.HEADER, RT.FOOTER, RT.SETTINGS, RT.FONT_TABLE,
                         RT.WEB_SETTINGS, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"},
    RT.HEADER: {RT.IMAGE},
    RT.FOOTER: {RT.IMAGE},
    RT.NUMBERING: {RT.IMAGE},
    RT.THEME: {RT.IMAGE},
}


def sanitize_template(document) -> list[str]:
    """Cut every relationship of the template's package that a brief must not carry; returns what was cut
    ("attachedTemplate -> http://...", "vbaProject"), sorted, without repeats."""
    dropped: set[str] = set()
    package = document.part.package
    _prune(package.rels, "package", None, dropped, set())
    return sorted(dropped)


def _prune(rels, reached_by: str, part, dropped: set[str], visited: set[int]) -> None:
    kept = _KEPT.get(reached_by, set())
    for r_id, rel in list(rels.items()):
        if rel.is_external or rel.reltype not in kept:
            kind = rel.reltype.rsplit("/", 1)[-1]
            dropped.add(f"{kind} -> {rel.target_ref}" if rel.is_external else kind)
            del rels[r_id]
            if part is not None:
                _unreference(part, r_id)
            continue
        target = rel.target_part
        if id(target) not in visited:
            visited.add(id(target))
            _prune(target.rels, rel.reltype, target, dropped, visited)


def _unreference(part, r_id: str) -> None:
    """Remove the XML that points at a cut relationship: an attribute (an image's r:embed or r:link) goes; an
    element that is only the reference (w:attachedTemplate, an OLE object) goes; a hyperlink keeps its text."""
    element = getattr(part, "_element", None)
    if element is None:
        return
    found = [(node, attr) for node in element.iter() for attr in node.attrib
             if attr.startswith(f"{{{_R}}}") and node.attrib[attr] == r_id]
    for node, attr in found:
        if attr == f"{{{_R}}}id":
            _remove(node)
        else:
            del node.attrib[attr]


def _remove(node) -> None:
    parent = node.getparent()
    if parent is None:
        return
    if node.tag.endswith("}hyperlink"):
        at = parent.index(node)
        for child in list(node):
            parent.insert(at, child)
            at += 1
    parent.remove(node)
