"""Write templates/briefing.docx: the styles of the briefing, as reviewable code.

    python scripts/make_template.py [OUT.docx]
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)


def build_template(out: Path) -> None:
    document = Document()
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    title = styles["Title"]
    title.font.name = "Calibri Light"
    title.font.size = Pt(26)
    title.font.color.rgb = NAVY
    subtitle = styles["Subtitle"]
    subtitle.font.size = Pt(13)
    subtitle.font.color.rgb = GREY
    for level, size in ((1, 16), (2, 13), (3, 11.5)):
        heading = styles[f"Heading {level}"]
        heading.font.name = "Calibri Light"
        heading.font.size = Pt(size)
        heading.font.color.rgb = NAVY
        heading.paragraph_format.space_before = Pt(14 if level == 1 else 8)
        heading.paragraph_format.keep_with_next = True
    quote = styles["Quote"]
    quote.font.italic = True
    quote.paragraph_format.left_indent = Pt(18)

    citation = styles.add_style("Citation", WD_STYLE_TYPE.CHARACTER)
    citation.font.size = Pt(9)
    citation.font.italic = False
    citation.font.color.rgb = GREY

    table = styles.add_style("Briefing Table", WD_STYLE_TYPE.TABLE)
    table.base_style = styles["Table Grid"]
    table.font.size = Pt(9.5)

    out.parent.mkdir(parents=True, exist_ok=True)
    document.core_properties.author = "briefing"
    document.save(str(out))


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent / "templates" / "briefing.docx"
    build_template(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
