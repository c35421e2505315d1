"""End to end: build the seed briefing and read the .docx back with python-docx."""
import zipfile

import pytest
from click.testing import CliRunner
from docx import Document

from briefing.cli import main


def build(tmp_path, *inputs):
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", *map(str, inputs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return Document(str(out))


def test_headings_fill_the_navigation_pane(seed_article, tmp_path):
    doc = build(tmp_path, seed_article)
    level1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert level1 == ["Summary", "Stories", "Key figures", "Officials", "Sources"]
    assert any(p.style.name == "Heading 2" for p in doc.paragraphs)
    assert any(p.style.name == "Heading 3" for p in doc.paragraphs)


def test_key_figures_table_has_the_troops_row(seed_article, tmp_path):
    doc = build(tmp_path, seed_article)
    figures = doc.tables[0]
    assert [c.text for c in figures.rows[0].cells] == ["Figure, in context", "Value", "Unit", "Given by", "Source"]
    rows = [[c.text for c in r.cells] for r in figures.rows[1:]]
    assert ["Ryder estimated that North Korea had sent approximately 12,000 troops to Russia", "12,000 (approx.)",
            "troops", "Pat Ryder", "[1] ¶ 9"] in rows
    assert figures.style.name == "Briefing Table"


def test_kirbys_quotation_is_under_john_kirby(seed_article, tmp_path):
    doc = build(tmp_path, seed_article)
    current_official = None
    found = False
    for p in doc.paragraphs:
        if p.style.name == "Heading 3":
            current_official = p.text
        if p.style.name == "Quote" and "suffered some significant losses" in p.text:
            found = current_official.startswith("John Kirby")
            assert p.text.endswith("— [1] ¶ 2")  # a short citation, linked to Sources
    assert found


def test_officials_table_and_sources(seed_article, tmp_path):
    doc = build(tmp_path, seed_article)
    officials = doc.tables[-1]
    names = [r.cells[0].text for r in officials.rows[1:]]
    assert "John Kirby" in names and "Matthew Miller" in names
    sources = [p.text for p in doc.paragraphs if p.style.name == "Source"]
    assert sources and sources[0].startswith("[1] North Korean forces suffer")


def test_markup_and_control_characters_in_articles_are_text_not_xml(tmp_path):
    article = tmp_path / "odd.txt"
    article.write_text(' date 2024-05-01 Tax <b>cuts</b> & "more"\n'
                       '“Rates fall by 2% & stay <low>\x01,” Finance Minister Ola Berg said.\n', encoding="utf-8")
    doc = build(tmp_path, article)
    quotes = [p.text for p in doc.paragraphs if p.style.name == "Quote"]
    assert quotes and quotes[0].startswith("“Rates fall by 2% & stay <low>,”")
    sources = [p.text for p in doc.paragraphs if p.style.name == "Source"]
    assert sources[0].startswith('[1] Tax <b>cuts</b> & "more"')


def test_the_template_command_shows_a_sample_of_every_style_and_a_brief_keeps_none(tmp_path, seed_article):
    template = tmp_path / "house.docx"
    assert CliRunner().invoke(main, ["template", str(template)]).exit_code == 0
    shown = Document(str(template))
    styles = {p.style.name for p in shown.paragraphs}
    assert {"Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Quote", "List Bullet", "Source",
            "Normal", "TOC Heading"} <= styles
    assert shown.tables and shown.tables[0].style.name == "Briefing Table"
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(seed_article), "-o", str(out), "--template", str(template)])
    assert result.exit_code == 0 and "warning" not in result.stderr
    assert not any("(Heading 2)" in p.text for p in Document(str(out)).paragraphs)


def test_the_brief_carries_no_leftovers_of_the_library(tmp_path, seed_article):
    out = build(tmp_path, seed_article)
    with zipfile.ZipFile(tmp_path / "brief.docx") as package:
        names = package.namelist()
        app = package.read("docProps/app.xml").decode()
    assert not any(n.startswith(("customXml/", "docProps/thumbnail")) for n in names)
    assert "<Application>briefing</Application>" in app and "Normal.dotm" not in app
    assert "python-docx" not in (out.core_properties.comments or "")


@pytest.mark.parametrize("rows", [
    [["Name", "Title", "Organisation", "Statements"], ["Jo Lee", "Responsibility officer", "Acme", "3"]],
    [["Figure", "Value", "Unit"], ["2,150,000,000 dollars", "2,150,000,000", "USD"], ["a few", "—", ""]],
])
def test_table_columns_fit_their_longest_word_and_fill_the_page(rows):
    from briefing.render_docx import _CHAR, _PADDING, column_widths

    widths = column_widths(rows, 9000)
    assert sum(widths) == 9000
    for k, width in enumerate(widths):
        longest = max(len(w) for row in rows for w in row[k].split()) if any(row[k] for row in rows) else 1
        assert width >= longest * _CHAR + _PADDING


def test_table_rows_never_split_across_pages(seed_article, tmp_path):
    build(tmp_path, seed_article)
    with zipfile.ZipFile(tmp_path / "brief.docx") as package:
        body = package.read("word/document.xml").decode()
    assert body.count("<w:tr>") == body.count("<w:cantSplit/>") > 0


def test_an_inferred_speaker_carries_a_word_comment_saying_how(seed_article, tmp_path):
    doc = build(tmp_path, seed_article)
    with zipfile.ZipFile(tmp_path / "brief.docx") as package:
        body = package.read("word/document.xml").decode()
        notes = package.read("word/comments.xml").decode()
    assert body.count("<w:commentReference") == notes.count("<w:comment ") > 0
    assert "inferred from a pronoun" in notes and "— check." in notes
    assert 'w:author="briefing"' in notes and 'w:date="2024-12-17T00:00:00Z"' in notes  # the same bytes each run
    commented = [p.text for p in doc.paragraphs if "They entered a war" in p.text]
    assert commented  # the statement the comment sits on is still there


def test_no_comments_leaves_them_out(seed_article, tmp_path):
    out = tmp_path / "plain.docx"
    assert CliRunner().invoke(main, ["build", str(seed_article), "-o", str(out), "--no-comments"]).exit_code == 0
    with zipfile.ZipFile(out) as package:
        assert "word/comments.xml" not in package.namelist()
        assert "commentReference" not in package.read("word/document.xml").decode()


def test_markdown_marks_inferred_speakers_with_footnotes(seed_article, tmp_path):
    out = tmp_path / "brief.md"
    assert CliRunner().invoke(main, ["build", str(seed_article), "-o", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "”[^1] — " in text and "\n[^1]: Speaker inferred " in text


@pytest.mark.parametrize("footer_field, own_numbers", [(False, False), (True, True)])
def test_a_company_footer_is_kept_and_gets_page_numbers_only_if_it_has_none(seed_article, tmp_path, footer_field,
                                                                           own_numbers):
    from docx.oxml import parse_xml

    template = tmp_path / "house.docx"
    house = Document()
    footer = house.sections[0].footer
    footer.paragraphs[0].text = "Company confidential"
    if footer_field:
        footer.paragraphs[0]._p.append(parse_xml(
            '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    house.save(str(template))
    out = tmp_path / "brief.docx"
    assert CliRunner().invoke(main, ["build", str(seed_article), "-o", str(out), "--template",
                                     str(template)]).exit_code == 0
    texts = [p.text for p in Document(str(out)).sections[0].footer.paragraphs]
    assert texts[0].startswith("Company confidential")
    assert any(t.startswith("Page ") for t in texts) is not own_numbers


def test_a_source_without_a_link_is_shown_by_its_file_name(seed_article, tmp_path):
    doc = build(tmp_path, seed_article)
    source = next(p.text for p in doc.paragraphs if p.style.name == "Source")
    assert source.endswith(f"— {seed_article.name}") and str(seed_article.parent) not in source
