"""digifelt never touches the network: every CLI job runs with sockets disabled."""

import subprocess
import sys
from pathlib import Path

GUARD = Path(__file__).with_name("no_network.py")


def run(*args):
    result = subprocess.run([sys.executable, str(GUARD), *map(str, args)],
                            capture_output=True, text=True, timeout=300)
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    return result


def test_cli_jobs_run_without_network(tmp_path):
    demo = tmp_path / "demo.digifelt"
    jobs = [
        ("rubric", "list"),
        ("demo", demo),
        ("check", demo),
        ("search", demo, "strategi"),
        ("matrix", demo, "-o", tmp_path / "m.xlsx", "--by", "group"),
        ("backup", "list", demo),
        ("check", "--repair", demo),
    ]
    for job in jobs:
        result = run(*job)
        assert result.returncode == 0, (job, result.stderr)


def test_the_guard_really_blocks():
    code = (f"import runpy, sys; sys.argv=['x']; runpy.run_path({str(GUARD)!r}, run_name='guard'); "
            "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "NETWORK ATTEMPT" in result.stderr
