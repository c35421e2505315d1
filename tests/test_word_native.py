"""The Word file behaves like a native document: TOC and page fields, header, properties, clickable
provenance, company templates, byte-identical rebuilds, a Markdown twin, and it opens in LibreOffice."""
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace

import pytest
from click.testing import CliRunner
from docx import Document

from briefing.brief import build_brief
from briefing.cli import main
from briefing.extract import extract_text
from briefing.render_docx import render_docx

from .conftest import ROOT

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def xml(path, member="word/document.xml") -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(member).decode("utf-8")


@pytest.fixture
def seed_brief(seed_article, tmp_path):
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(seed_article), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_table_of_contents_field_that_word_fills_on_open(seed_brief):
    body = xml(seed_brief)
    assert 'TOC \\o "1-2" \\h \\z \\u' in body
    assert 'w:fldCharType="begin" w:dirty="true"' in body


def test_header_has_title_and_date_and_footer_counts_pages(seed_brief):
    with zipfile.ZipFile(seed_brief) as z:
        parts = {n: z.read(n).decode() for n in z.namelist() if n.startswith("word/header")
                 or n.startswith("word/footer")}
    headers = "".join(v for k, v in parts.items() if "header" in k)
    footers = "".join(v for k, v in parts.items() if "footer" in k)
    assert "Daily briefing — 2024-12-17" in headers
    assert " PAGE " in footers and " NUMPAGES " in footers and "Page " in footers


def test_core_properties_come_from_the_brief_not_the_clock(seed_brief):
    props = Document(str(seed_brief)).core_properties
    assert props.title == "Daily briefing" and props.author == "briefing"
    assert props.subject == "Briefing for 2024-12-17"
    assert props.created.date().isoformat() == "2024-12-17" == props.modified.date().isoformat()
    assert props.keywords  # the topics


def test_headings_fill_the_navigation_pane_and_table_headers_repeat(seed_brief):
    document = Document(str(seed_brief))
    levels = {p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")}
    assert {"Heading 1", "Heading 2", "Heading 3"} <= levels
    for table in document.tables:
        assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    assert not [p for p in document.paragraphs if not p.text.strip() and not p._p.xpath(".//w:fldChar")]


def test_citations_link_to_bookmarked_sources_and_sources_to_their_url(tmp_path):
    record = extract_text(" date 2024-05-01 Port reopens\n“We are open again,” Harbour Master Ola Berg said.\n",
                          "port.txt")
    article = replace(record.article, url="https://example.org/port", outlet="Example News")
    brief = build_brief([replace(record, article=article)])
    out = tmp_path / "b.docx"
    render_docx(brief, out)
    body = xml(out)
    assert '<w:bookmarkStart w:id="1" w:name="source_1"/>' in body
    assert '<w:hyperlink w:anchor="source_1">' in body
    rels = xml(out, "word/_rels/document.xml.rels")
    assert 'Target="https://example.org/port" TargetMode="External"' in rels
    assert "Example News — Port reopens — 2024-05-01" in "\n".join(p.text for p in Document(str(out)).paragraphs)


def test_a_company_template_keeps_its_header_and_gets_missing_styles(seed_article, tmp_path):
    company = Document()
    company.sections[0].header.paragraphs[0].text = "ACME Ministry — OFFICIAL"
    styles = company.styles.element
    for style in styles.findall(f"{W}style"):
        if style.find(f"{W}name").get(f"{W}val") in ("heading 1", "Quote"):
            styles.remove(style)
    company.add_paragraph("Body text that must not survive")
    template = tmp_path / "acme.docx"
    company.save(str(template))
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(seed_article), "--template", str(template), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = Document(str(out))
    assert document.sections[0].header.paragraphs[0].text == "ACME Ministry — OFFICIAL"
    assert "Body text that must not survive" not in "\n".join(p.text for p in document.paragraphs)
    assert {"Heading 1", "Quote", "Citation", "Briefing Table"} <= {s.name for s in document.styles}


def test_a_template_that_is_not_a_docx_is_a_clear_usage_error(seed_article, tmp_path):
    bogus = tmp_path / "notes.docx"
    bogus.write_text("not a zip")
    result = CliRunner().invoke(main, ["build", str(seed_article), "--template", str(bogus),
                                       "-o", str(tmp_path / "b.docx")])
    assert result.exit_code == 2
    assert "notes.docx: not a Word .docx template" in result.stderr


def test_template_command_writes_every_style(tmp_path):
    out = tmp_path / "house.docx"
    assert CliRunner().invoke(main, ["template", str(out)]).exit_code == 0
    names = {s.name for s in Document(str(out)).styles}
    assert {"Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Quote", "Citation", "Briefing Table",
            "Normal", "Source"} <= names


def test_the_same_inputs_give_a_byte_identical_docx_across_processes(seed_article, tmp_path):
    outs = [tmp_path / "one.docx", tmp_path / "two.docx"]
    for out in outs:
        subprocess.run([sys.executable, "-m", "briefing", "build", str(seed_article), "-o", str(out), "-q"],
                       check=True, cwd=ROOT)
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_markdown_has_the_same_structure(seed_article, tmp_path):
    out = tmp_path / "brief.md"
    assert CliRunner().invoke(main, ["build", str(seed_article), "-o", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    for heading in ("# Daily briefing", "## Summary", "## Key figures", "## Stories",
                    "## Officials", "## Sources"):
        assert heading + "\n" in text
    assert "#### John Kirby — National Security Communications Adviser" in text
    assert '> “We do believe that they have suffered some significant losses, killed and wounded,” — [' in text
    assert '<a id="source-1"></a>[1] ' in text


def test_the_brief_opens_in_libreoffice(seed_brief, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("CI must install libreoffice-writer-nogui and poppler-utils")
        pytest.skip("LibreOffice or pdftotext is not installed here (CI installs them)")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(seed_brief)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "brief.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Daily briefing" in text and "Key figures" in text and "John Kirby" in text
    assert "Page 1 of" in text


def test_word_is_asked_to_refresh_fields_on_open(seed_brief):
    import zipfile

    with zipfile.ZipFile(seed_brief) as package:
        settings = package.read("word/settings.xml").decode()
    assert '<w:updateFields w:val="true"/>' in settings
    assert settings.index("updateFields") < settings.index("<w:compat")  # in the schema's order
