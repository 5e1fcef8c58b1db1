"""This repository's pre-commit hooks, run by the real pre-commit in a temporary git repository
whose .pre-commit-config.yaml points at this repository (at its HEAD commit): pre-commit
installs the hook as a Python package (pip install of the repository: maturin builds the native
CLI) and runs it at each commit."""

from __future__ import annotations

import os
import pathlib
import subprocess

import pytest

from conftest import REPO

PRE_COMMIT = os.environ.get("PYSUNSET_PRE_COMMIT")
pytestmark = pytest.mark.skipif(not PRE_COMMIT, reason="run.sh installs pre-commit")


def git(*arguments: str, cwd: pathlib.Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def project(tmp_path: pathlib.Path) -> pathlib.Path:
    head = git("rev-parse", "HEAD", cwd=REPO).stdout.strip()
    assert head, "this repository must be a git checkout"
    project = tmp_path / "project"
    project.mkdir()
    for arguments in [("init", "-q"), ("config", "user.email", "t@example.com"), ("config", "user.name", "T")]:
        git(*arguments, cwd=project)
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {REPO}\n    rev: {head}\n    hooks:\n      - id: pysunset\n      - id: pysunset-fix\n        stages: [manual]\n"
    )
    subprocess.run([PRE_COMMIT, "install"], cwd=project, check=True, capture_output=True)
    git("add", ".pre-commit-config.yaml", cwd=project)
    assert git("commit", "-qm", "config", cwd=project).returncode == 0
    return project


def test_a_commit_with_a_removed_api_is_refused_and_a_clean_one_passes(project: pathlib.Path):
    (project / "legacy.py").write_text("import asyncore\n")
    git("add", "legacy.py", cwd=project)
    refused = git("commit", "-m", "legacy", cwd=project)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "legacy.py:1:8: SUN001 error: module `asyncore` was removed in Python 3.12" in output, output
    assert git("rev-list", "--count", "HEAD", cwd=project).stdout.strip() == "1"
    (project / "legacy.py").write_text("import asyncio\n")
    git("add", "legacy.py", cwd=project)
    passed = git("commit", "-m", "migrated", cwd=project)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "pysunset" in passed.stdout + passed.stderr and "Passed" in passed.stdout + passed.stderr


def test_the_fix_hook_rewrites_the_file(project: pathlib.Path):
    source = "import unittest\n\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n"
    (project / "test_x.py").write_text(source)
    git("add", "test_x.py", cwd=project)
    fixed = subprocess.run(
        [PRE_COMMIT, "run", "--hook-stage", "manual", "pysunset-fix", "--files", "test_x.py"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    # pre-commit fails a hook that changed files, so that the change is reviewed.
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr
    assert "files were modified by this hook" in fixed.stdout, fixed.stdout
    assert (project / "test_x.py").read_text() == source.replace("assertEquals", "assertEqual")
    again = subprocess.run(
        [PRE_COMMIT, "run", "--hook-stage", "manual", "pysunset-fix", "--files", "test_x.py"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0, again.stdout + again.stderr
