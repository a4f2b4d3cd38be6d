"""A project file someone sent, edited so that an attachment's name is a path: `check` says
so and `check --repair` makes every such name safe."""

import sqlite3
import subprocess
import sys

from digifelt.core.filenames import is_safe_filename, safe_filename
from digifelt.core.services import activities, attachments
from digifelt.core.services.check import check_project
from digifelt.core.services.repair import repair_project

EDITED = ["../../../../../../tmp/pwned/TRAVERSAL.sh", "/tmp/pwned/ABSOLUTE.sh",
          "C:\\Users\\x\\evil.bat", "a\u202etxt.exe", "CON", "..", "line\nbreak.txt",
          "x" * 3000 + ".pdf"]


def _hand_edited(project) -> dict[str, str]:
    act = activities.add_activity(project, kind="observation", title="Besøk")
    ids = [attachments.add_attachment(project, data=f"{n}".encode(), filename=f"f{n}.txt",
                                      activity_id=act.id).id for n in range(len(EDITED))]
    ok = attachments.add_attachment(project, data=b"fine", filename="plan.pdf").id
    project.close()
    con = sqlite3.connect(project.path)
    with con:
        con.executemany("UPDATE attachment SET filename = ? WHERE id = ?",
                        list(zip(EDITED, ids, strict=True)))
    con.close()
    return {**dict(zip(ids, EDITED, strict=True)), ok: "plan.pdf"}


def _names(path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT id, filename FROM attachment"))
    finally:
        con.close()


def test_check_reports_and_repair_renames(project):
    stored = _hand_edited(project)
    report = check_project(project.path)
    assert not report.ok
    [item] = [i for i in report.items if i.name == "attachment file names"]
    bad = {att_id for att_id, name in stored.items() if name in EDITED}
    assert len(item.problems) == len(bad)
    for line in item.problems:
        assert "\n" not in line
        assert line.isprintable()
        assert len(line) < 200
    assert {line.split()[1].rstrip(":") for line in item.problems} == bad

    result = repair_project(project.path)
    assert f"gave {len(bad)} attachment(s) a safe file name" in result.fixes
    names = _names(project.path)
    assert names == {att_id: safe_filename(name) for att_id, name in stored.items()}
    assert all(is_safe_filename(n) for n in names.values())
    assert names[next(i for i, n in stored.items() if n == "plan.pdf")] == "plan.pdf"
    assert check_project(project.path).ok
    # The backup taken before the repair still holds the names as they were.
    assert set(_names(result.backup).values()) == set(stored.values())


def test_the_cli_check_fails_and_repair_fixes(project):
    _hand_edited(project)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "digifelt", "check", *map(str, args)],
                              capture_output=True, text=True, timeout=300)

    checked = run(project.path)
    assert checked.returncode == 1
    assert "FAIL  attachment file names" in checked.stdout
    assert "is not a safe file name" in checked.stdout
    assert "TRAVERSAL.sh" in checked.stdout
    repaired = run(project.path, "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert f"repaired: gave {len(EDITED)} attachment(s) a safe file name" in repaired.stdout
    assert "ok    attachment file names" in repaired.stdout
    assert run(project.path).returncode == 0
