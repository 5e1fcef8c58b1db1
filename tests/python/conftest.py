"""Shared settings of the Python-side tests (tests/python/run.sh runs them).

- ``PYSUNSET_SERVER``: the ``pysunset`` executable whose ``server`` the LSP tests start (run.sh
  passes the one the wheel installed; default: the cargo debug build).
- ``PYSUNSET_WHEEL_VENV``, ``PYSUNSET_SDIST_VENV``: virtual environments where run.sh installed
  the wheel and the sdist (the package tests skip when they are not set).
- ``PYSUNSET_PRE_COMMIT``: the ``pre-commit`` executable (the pre-commit test skips without it).
"""

from __future__ import annotations

import os
import pathlib

REPO = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "legacy_project"


def server_command() -> list[str]:
    """The command that starts the language server."""
    binary = os.environ.get("PYSUNSET_SERVER") or str(REPO / "target" / "debug" / "pysunset")
    return [binary, "server"]
