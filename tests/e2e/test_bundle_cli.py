"""`digifelt bundle export|import|verify` and `digifelt qdpx` through real subprocesses."""

import hashlib
import subprocess
import sys
import zipfile

import pytest


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "digifelt", *map(str, args)],
                          capture_output=True, text=True, timeout=300, env=env)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.digifelt"
    made = run("demo", path, "--size", "small", "--seed", "5")
    assert made.returncode == 0, made.stderr
    return path


def test_export_verify_import_qdpx(tmp_path, demo):
    bundle = tmp_path / "team.zip"
    exported = run("bundle", "export", demo, "-o", bundle)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.count("\n") == 1
    assert "wrote team.zip" in exported.stdout
    verified = run("bundle", "verify", bundle)
    assert verified.returncode == 0, verified.stderr
    assert "ok" in verified.stdout
    assert "checksums verified" in verified.stdout

    copy = tmp_path / "copy.digifelt"
    dry = run("bundle", "import", copy, bundle, "--dry-run")
    assert dry.returncode == 0
    assert "dry run" in dry.stdout
    assert not copy.exists()
    imported = run("bundle", "import", copy, bundle)
    assert imported.returncode == 0, imported.stderr
    assert "creates copy.digifelt" in imported.stdout
    assert run("check", copy).returncode == 0
    again = run("bundle", "import", copy, bundle)
    assert again.returncode == 0
    assert "team.zip: already imported on " in again.stdout  # known by its content's hash
    assert again.stdout.rstrip().endswith(": nothing new")

    qdpx = tmp_path / "demo.qdpx"
    exported = run("qdpx", demo, "-o", qdpx)
    assert exported.returncode == 0, exported.stderr
    assert "coded selections" in exported.stdout
    with zipfile.ZipFile(qdpx) as zf:
        assert "project.qde" in zf.namelist()


def test_pseudonymised_export(tmp_path, demo):
    bundle = tmp_path / "anon.zip"
    result = run("bundle", "export", demo, "-o", bundle, "--pseudonymise")
    assert result.returncode == 0, result.stderr
    assert "pseudonymised" in result.stdout
    assert run("bundle", "verify", bundle).returncode == 0


def test_hostile_bundle_is_refused_in_one_line(tmp_path, demo):
    bundle = tmp_path / "good.zip"
    assert run("bundle", "export", demo, "-o", bundle).returncode == 0
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(evil, "w") as dst:
        top = src.namelist()[0].split("/")[0]
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(f"{top}/data/../../../escaped.txt", b"owned")
    before = digest(demo)
    for args in (("bundle", "import", demo, evil), ("bundle", "verify", evil)):
        result = run(*args)
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1, result.stderr
        assert "climbs out" in result.stderr
        assert "Traceback" not in result.stderr
    assert digest(demo) == before
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_errors_are_one_line(tmp_path, demo):
    missing = run("bundle", "export", tmp_path / "nope.digifelt", "-o", tmp_path / "x.zip")
    assert missing.returncode == 1
    assert "no such file" in missing.stderr
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    result = run("bundle", "import", demo, junk)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "x.zip").exists()
