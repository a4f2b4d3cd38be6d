"""CLI for backups, repair and privacy, through subprocesses."""

import sqlite3
import subprocess
import sys


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "digifelt", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_repair_backup_restore_and_erase(tmp_path):
    demo = tmp_path / "d.digifelt"
    assert run("demo", demo, "--seed", "4").returncode == 0
    con = sqlite3.connect(demo)
    con.execute("DELETE FROM search_doc WHERE kind = 'activity'")
    con.commit()
    con.close()
    assert run("check", demo).returncode == 1
    repaired = run("check", "--repair", demo)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "rebuilt the full-text search index" in repaired.stdout
    listed = run("backup", "list", demo)
    assert "before-repair" in listed.stdout
    # the newest backup was taken just before the repair: restoring it brings the damage back
    assert run("backup", "restore", demo, "1").returncode == 0
    assert run("check", demo).returncode == 1
    assert run("check", "--repair", demo).returncode == 0
    assert run("backup", "restore", demo, "99").returncode == 1
    refused = run("privacy", "erase-notes", demo)
    assert refused.returncode == 1
    assert "--yes" in refused.stderr
    erased = run("privacy", "erase-notes", demo, "--yes")
    assert erased.returncode == 0
    assert "kept" in erased.stdout
    assert run("check", demo).returncode == 0
    status = run("privacy", "status", demo)
    assert status.returncode == 0
    assert "retention date" in status.stdout
