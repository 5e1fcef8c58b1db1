"""The Python package, installed with pip from the wheel and from the sdist (run.sh builds both
and installs each into a fresh virtual environment): ``pysunset`` and ``python -m pysunset``
check the bundled example as the cargo-built command does."""

from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys
import zipfile

import pytest

from conftest import EXAMPLE, REPO

VENVS = {
    kind: pathlib.Path(os.environ[variable])
    for kind, variable in [("wheel", "PYSUNSET_WHEEL_VENV"), ("sdist", "PYSUNSET_SDIST_VENV")]
    if os.environ.get(variable)
}
BIN = "Scripts" if sys.platform == "win32" else "bin"


def cargo_version() -> str:
    text = (REPO / "Cargo.toml").read_text(encoding="utf-8")
    return re.search(r'^version = "([^"]+)"', text, re.MULTILINE).group(1)


@pytest.fixture(params=sorted(VENVS) or [pytest.param(None, marks=pytest.mark.skip(reason="run.sh installs them"))])
def venv(request) -> pathlib.Path:
    return VENVS[request.param]


def entry_points(venv: pathlib.Path) -> list[list[str]]:
    return [[str(venv / BIN / "pysunset")], [str(venv / BIN / "python"), "-m", "pysunset"]]


def test_both_entry_points_check_the_bundled_example(venv):
    # Run from elsewhere, with a clean PATH: the venv's own files are what runs.
    env = {"PATH": os.defpath, "NO_COLOR": "1"}
    outputs = []
    for command in entry_points(venv):
        completed = subprocess.run(
            [*command, "--format", "json", str(EXAMPLE)], capture_output=True, text=True, cwd="/", env=env
        )
        assert completed.returncode == 1, (command, completed.stderr)  # error-level findings
        report = json.loads(completed.stdout)
        findings = {
            (pathlib.Path(f["path"]).relative_to(EXAMPLE).as_posix(), f["range"]["start"]["line"], f["code"], f["symbol"])
            for f in report
        }
        for expected in [
            ("legacy_project/plugins.py", 1, "SUN001", "imp"),
            ("legacy_project/plugins.py", 26, "SUN003", "pathlib.Path.link_to"),
            ("notebooks/explore.ipynb", 2, "SUN003", "pathlib.Path.link_to"),
            ("Dockerfile", 3, "SUN006", "PYTHONTHREADDEBUG"),
        ]:
            assert expected in findings, (command, expected, sorted(findings))
        outputs.append(completed.stdout)
        version = subprocess.run([*command, "--version"], capture_output=True, text=True, env=env)
        assert version.stdout.strip() == f"pysunset {cargo_version()}"
        server = subprocess.run([*command, "server", "--help"], capture_output=True, text=True, env=env)
        assert server.returncode == 0 and "language server" in server.stdout
    assert outputs[0] == outputs[1], "python -m pysunset prints what pysunset prints"


def test_the_cargo_build_agrees(venv):
    """The installed command finds what the command built by cargo finds."""
    cargo = REPO / "target" / "release" / "pysunset"
    if not cargo.is_file():
        cargo = REPO / "target" / "debug" / "pysunset"
    if not cargo.is_file():
        pytest.skip("no cargo build of pysunset")
    for arguments in [["--format", "json", str(EXAMPLE)], ["--catalogue"], ["server", "--help"]]:
        # The catalogue too: a wheel built from stale sources would differ there first.
        installed = subprocess.run([str(venv / BIN / "pysunset"), *arguments], capture_output=True)
        built = subprocess.run([str(cargo), *arguments], capture_output=True)
        assert (installed.returncode, installed.stdout) == (built.returncode, built.stdout), arguments


def test_the_exit_status_passes_through_python_m(venv):
    python = str(venv / BIN / "python")
    clean = subprocess.run([python, "-m", "pysunset", "-"], input=b"import os\n", capture_output=True)
    assert clean.returncode == 0
    usage = subprocess.run([python, "-m", "pysunset", "--bogus"], capture_output=True)
    assert usage.returncode == 2 and b"Usage" in usage.stderr


@pytest.mark.skipif(not os.environ.get("PYSUNSET_WHEEL"), reason="run.sh builds the wheel")
def test_the_wheel_holds_the_binary_and_the_package_only():
    wheel = pathlib.Path(os.environ["PYSUNSET_WHEEL"])
    # One wheel per platform for every Python 3: no extension module in it.
    assert re.fullmatch(r"pysunset-[\d.]+-py3-none-[a-z0-9_.]+\.whl", wheel.name), wheel.name
    names = set(zipfile.ZipFile(wheel).namelist())
    version = cargo_version()
    assert f"pysunset-{version}.data/scripts/pysunset" in names
    assert {"pysunset/__init__.py", "pysunset/__main__.py"} <= names
    assert not [name for name in names if name.endswith((".so", ".pyd", ".dylib"))]
