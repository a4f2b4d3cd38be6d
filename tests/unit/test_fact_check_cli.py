"""`digifelt factcheck …` from the command line: send, import, list, respond, final, changes."""

import shutil

import docx

from digifelt.cli import main
from digifelt.core.services import fact_check, findings, projects, rubric


def _project(tmp_path, blank_project_file):
    path = tmp_path / "p.digifelt"
    shutil.copy(blank_project_file, path)
    db = projects.open_project(path)
    ind = rubric.rubric_tree(db)[0].indicators[0]
    findings.update_finding(db, ind.id, level=2, strengths="Godt", status="agreed")
    db.close()
    return path, ind


def test_the_loop_on_the_command_line(tmp_path, blank_project_file, capsys):
    path, ind = _project(tmp_path, blank_project_file)
    draft = tmp_path / "utkast.docx"
    assert main(["factcheck", "send", str(path), "--to", "Kommunedirektør", "--date",
                 "2026-10-01", "-o", str(draft)]) == 0
    assert "Versjon 1 – utkast til faktasjekk" in "\n".join(
        p.text for p in docx.Document(draft).paragraphs)
    comments = tmp_path / "merknader.csv"
    comments.write_text(f"Indikator;Fra;Dato;Merknad\n{ind.code};Rådmann;12.10.2026;For lavt\n"
                        ";;;Takk\n", encoding="utf-8")
    assert main(["factcheck", "import", str(path), str(comments)]) == 0
    assert "recorded 2 comments" in capsys.readouterr().out
    assert main(["factcheck", "list", str(path)]) == 0
    listing = capsys.readouterr().out
    assert "version 1 (draft) sent 2026-10-01 to Kommunedirektør" in listing
    assert f"{ind.code} {ind.title}\tRådmann\tFor lavt\t[open]" in listing

    db = projects.open_project(path)
    first, second = (c.id for c in fact_check.list_comments(db))
    db.close()
    final = tmp_path / "endelig.docx"
    assert main(["factcheck", "final", str(path), "-o", str(final)]) == 1  # comments open
    assert "respond to every comment" in capsys.readouterr().err
    assert not final.exists()
    assert main(["factcheck", "respond", str(path), first[:8], "--accepted",
                 "--text", "Hevet til 3"]) == 0
    assert main(["factcheck", "respond", str(path), second, "--not-accepted",
                 "--text", "Ingen endring"]) == 0
    db = projects.open_project(path)
    findings.update_finding(db, ind.id, level=3)
    db.close()
    assert main(["factcheck", "final", str(path), "-o", str(final)]) == 0
    document = docx.Document(final)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "Tatt til følge: Hevet til 3" in cells
    assert "Ikke tatt til følge: Ingen endring" in cells
    capsys.readouterr()
    assert main(["factcheck", "changes", str(path)]) == 0
    out = capsys.readouterr().out
    assert "from version 1 to version 2: 1 change" in out
    assert f"{ind.code} {ind.title}: level 2 → 3" in out


def test_errors_are_one_line(tmp_path, blank_project_file, capsys):
    path, _ = _project(tmp_path, blank_project_file)
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"\x00\x00")
    assert main(["factcheck", "import", str(path), str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "send one first" in err or "binary" in err
    assert main(["factcheck", "changes", str(path)]) == 1
    assert "no version" in capsys.readouterr().err
