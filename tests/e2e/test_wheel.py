"""The built wheel carries its resources: install it into a fresh venv and run the CLI from it."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    wheel = next(dist.glob("digifelt-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    # The dependencies come from the environment running the tests (a .pth file, placed
    # after the venv's own site-packages) so Qt is not downloaded twice; digifelt itself
    # is installed into the venv from the wheel, not editable, and must win.
    venv_site = subprocess.run(
        [str(bindir / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True).stdout.strip()
    outer = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(venv_site, "zz_outer_env.pth").write_text("\n".join(sorted(outer)) + "\n")
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "--no-deps",
                    "--force-reinstall", "--quiet", str(wheel)],
                   check=True, capture_output=True, timeout=600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    located = subprocess.run(
        [str(bindir / "python"), "-c",
         "import digifelt, digifelt.resource_paths as r; print(digifelt.__file__); "
         "print(r.resources_dir())"],
        cwd=elsewhere, capture_output=True, text=True, env=env, check=True)
    module_file, resources = located.stdout.split()
    assert str(venv) in module_file
    assert str(venv) in resources
    digifelt = str(bindir / "digifelt")
    listed = subprocess.run([digifelt, "rubric", "list"], cwd=elsewhere, capture_output=True,
                            text=True, env=env, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert "digital-ståstedskartlegging-kommune" in listed.stdout
    demo = subprocess.run([digifelt, "demo", "demo.digifelt"], cwd=elsewhere,
                          capture_output=True, text=True, env=env, timeout=300)
    assert demo.returncode == 0, demo.stderr
    assert (elsewhere / "demo.digifelt").stat().st_size > 10_000
