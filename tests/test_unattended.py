"""Running from cron with nobody watching: output paths, file modes, signals, crashes, templates, input order.
Every input is built here at run time."""
import errno
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from briefing import cli
from briefing.atomic import OutputError, check_output
from briefing.cli import main

_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ATTACHED_TEMPLATE = f"{_RELS}/attachedTemplate"
VBA_PROJECT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
GOOD = " date 2024-05-01 Ministers meet\n“We will act,” said Jane Smith, the health minister.\n"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD)
    return path


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


# --- where the output goes ----------------------------------------------------------------
def test_extract_output_is_replaced_only_when_complete(tmp_path, good, monkeypatch):
    out = tmp_path / "records.jsonl"
    out.write_text("yesterday\n")

    def full_disk(records, stream):
        stream.write("half a line")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cli, "write_jsonl", full_disk)
    result = CliRunner().invoke(main, ["extract", str(good), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {out}: cannot write (No space left on device); the previous file is " \
                                    "untouched"
    assert out.read_text() == "yesterday\n" and not _leftovers(tmp_path)


@pytest.mark.parametrize("command", ["extract", "build"])
def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path, good, command):
    target = tmp_path / ("real.jsonl" if command == "extract" else "real.docx")
    target.write_text("old")
    link = tmp_path / ("link.jsonl" if command == "extract" else "link.docx")
    link.symlink_to(target)
    result = CliRunner().invoke(main, [command, str(good), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and target.read_bytes() != b"old"


@pytest.mark.parametrize("command", ["extract", "build"])
def test_output_to_a_fifo_is_written_directly(tmp_path, good, command):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = CliRunner().invoke(main, [command, str(good), "-o", str(fifo)])
    reader.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    if command == "extract":
        assert json.loads(received[0])["statements"]
    else:  # a whole Word file came through the pipe, although a zip archive is written with seeks
        assert "We will act" in "\n".join(p.text for p in Document(io.BytesIO(received[0])).paragraphs)


@pytest.mark.parametrize("command", ["extract", "build"])
@pytest.mark.parametrize("make, problem", [
    (lambda tmp: (tmp / "folder").mkdir() or tmp / "folder", "is a folder"),
    (lambda tmp: (tmp / "file").write_text("x") and tmp / "file" / "out.jsonl", "is not a folder"),
])
def test_an_impossible_output_path_fails_before_any_article_is_read(tmp_path, command, make, problem):
    out = make(tmp_path)
    result = CliRunner().invoke(main, [command, "nowhere.txt", "-o", str(out)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {out}: ") and problem in lines[0], result.stderr
    assert "nowhere.txt" not in result.stderr  # no input was read


def test_an_unwritable_folder_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(OutputError, match="is not writable"):
        check_output(tmp_path / "out.docx")


@pytest.mark.parametrize("name", ["brief.docx", "brief.md", "records.jsonl"])
def test_a_new_file_gets_the_umask_mode_and_an_old_one_keeps_its_own(tmp_path, good, name):
    command = "extract" if name.endswith(".jsonl") else "build"
    out = tmp_path / name
    old = os.umask(0o027)
    try:
        assert CliRunner().invoke(main, [command, str(good), "-o", str(out)]).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
        out.chmod(0o604)
        assert CliRunner().invoke(main, [command, str(good), "-o", str(out)]).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o604
    finally:
        os.umask(old)


# --- signals and crashes ----------------------------------------------------------------
def _articles(folder: Path, count: int) -> None:
    paragraph = " ".join(f"“Plan {i} will work,” said Minister Jo Lee{i}, adding costs rose {i}%." for i in range(40))
    for i in range(count):
        (folder / f"a{i:04}.txt").write_text(f" date 2024-05-01 Story {i}\n" + f"{paragraph}\n" * 12)


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in found]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").exists() and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def _start(tmp_path: Path, out: Path) -> subprocess.Popen:
    news = tmp_path / "news"
    news.mkdir()
    _articles(news, 300)
    process = subprocess.Popen([sys.executable, "-m", "briefing", "extract", str(news), "--jobs", "2", "-o", str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while len(_children(process.pid)) < 2 and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    return process


@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_ends_the_run_promptly_with_its_code_and_leaves_nothing_behind(tmp_path, signum, code):
    out = tmp_path / "records.jsonl"
    out.write_text("yesterday\n")
    process = _start(tmp_path, out)
    workers = [p for p in _children(process.pid) if _alive(p)]
    assert workers, "the run ended before it could be stopped"
    stopped = time.time()
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=20)
    assert time.time() - stopped < 5
    assert process.returncode == code, stderr
    assert stderr.strip().splitlines()[-1] == f"error: stopped by {signal.Signals(signum).name}; no output was " \
                                              "written or replaced"
    assert out.read_text() == "yesterday\n" and not _leftovers(tmp_path)
    deadline = time.time() + 5
    while any(_alive(w) for w in workers) and time.time() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)


def test_workers_die_with_a_killed_parent(tmp_path):
    process = _start(tmp_path, tmp_path / "records.jsonl")
    workers = [p for p in _children(process.pid) if _alive(p)]
    assert workers
    process.kill()
    process.communicate(timeout=20)  # returns only once nothing holds the pipes: the workers are gone too
    deadline = time.time() + 5
    while any(_alive(w) for w in workers) and time.time() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)


def test_a_crash_is_exit_4_with_one_line_and_a_traceback_only_under_debug(good, tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("grouping failed")

    monkeypatch.setattr(cli, "make_brief", broken)
    for argv, traceback_shown in ([], False), (["--debug"], True):
        monkeypatch.setattr(cli, "_DEBUG", False)
        with pytest.raises(SystemExit) as stop:
            cli.run([*argv, "build", str(good), "-o", str(tmp_path / "b.docx")])
        assert stop.value.code == 4
        err = capsys.readouterr().err
        assert err.strip().splitlines()[-1] == "error: internal error (RuntimeError: grouping failed); run again " \
                                               "with --debug for the traceback"
        assert ("Traceback" in err) is traceback_shown


# --- templates are input too --------------------------------------------------------------
def _hostile_template(path: Path) -> None:
    document = Document()
    document.add_paragraph("body text that must not reach the brief")
    settings = document.part._settings_part
    attached = settings.relate_to("http://attacker.example/t.dotm", ATTACHED_TEMPLATE, is_external=True)
    settings.element.append(parse_xml(
        '<w:attachedTemplate xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{attached}"/>'))
    header = document.sections[0].header
    header.paragraphs[0].text = "House header"
    link = header.part.relate_to("file://server/share/secret.docx", RT.HYPERLINK, is_external=True)
    header.paragraphs[0]._p.append(parse_xml(
        '<w:hyperlink xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{link}">'
        '<w:r><w:t> (share)</w:t></w:r></w:hyperlink>'))
    macros = Part(PackURI("/word/vbaProject.bin"), "application/vnd.ms-office.vbaProject", b"\x00macro",
                  document.part.package)
    document.part.relate_to(macros, VBA_PROJECT)
    document.save(str(path))


def test_a_template_keeps_its_header_and_styles_and_loses_links_and_macros(tmp_path, good):
    template = tmp_path / "house.docx"
    _hostile_template(template)
    out = tmp_path / "brief.docx"
    result = CliRunner().invoke(main, ["build", str(good), "-o", str(out), "--template", str(template)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert "attachedTemplate -> http://attacker.example/t.dotm" in warnings[0]
    assert "hyperlink -> file://server/share/secret.docx" in warnings[0] and "vbaProject" in warnings[0]
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        xml = "".join(package.read(n).decode("utf-8", "replace") for n in names if n.endswith((".xml", ".rels")))
    assert not any("vbaProject" in n for n in names)
    assert "attacker.example" not in xml and "file://" not in xml and "attachedTemplate" not in xml
    brief = Document(str(out))
    assert "House header (share)" in brief.sections[0].header.paragraphs[0].text
    assert "body text that must not reach the brief" not in "\n".join(p.text for p in brief.paragraphs)


def test_a_template_with_malformed_xml_is_a_usage_error_before_extraction(tmp_path):
    source = io.BytesIO()
    Document().save(source)
    template = tmp_path / "broken.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(template, "w") as dst:
        for member in src.infolist():
            dst.writestr(member, b"<w:styles><unclosed>" if member.filename == "word/styles.xml" else src.read(member))
    result = CliRunner().invoke(main, ["build", "nowhere.txt", "-o", str(tmp_path / "b.docx"),
                                       "--template", str(template)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "malformed XML" in result.stderr
    assert "nowhere.txt" not in result.stderr


# --- determinism -------------------------------------------------------------------------
def test_the_brief_depends_on_the_set_of_inputs_not_their_order(tmp_path):
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text(GOOD)
    second.write_text(" date 2024-05-01 Talks go on\n“Talks go on,” said Ana Silva, the foreign minister.\n")
    one, two = tmp_path / "one.docx", tmp_path / "two.docx"
    assert CliRunner().invoke(main, ["build", str(first), str(second), "-o", str(one)]).exit_code == 0
    assert CliRunner().invoke(main, ["build", str(second), str(first), "-o", str(two)]).exit_code == 0
    assert one.read_bytes() == two.read_bytes()
