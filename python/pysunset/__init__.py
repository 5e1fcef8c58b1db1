"""pysunset finds Python code that uses standard-library APIs removed from CPython.

The package holds the native ``pysunset`` command (installed as a script next to the Python
interpreter); ``python -m pysunset`` runs it. :func:`find_pysunset_bin` says where it is.
"""

from __future__ import annotations

import os
import sys
import sysconfig

__all__ = ["find_pysunset_bin"]


def find_pysunset_bin() -> str:
    """Returns the path of the ``pysunset`` executable installed with this package.

    Looks in the scripts directory of the environment the package is installed in (a venv, the
    user scheme, the system), then on ``PATH``.
    """
    name = "pysunset" + (sysconfig.get_config_var("EXE") or "")
    candidates = [sysconfig.get_path("scripts")]
    user_scheme = {"nt": "nt_user", "posix": "posix_user"}.get(os.name)
    if sys.platform == "darwin" and sys._framework:  # type: ignore[attr-defined]
        user_scheme = "osx_framework_user"
    if user_scheme and user_scheme in sysconfig.get_scheme_names():
        candidates.append(sysconfig.get_path("scripts", scheme=user_scheme))
    # The package itself may sit in a target directory (pip install --target): its bin/ is
    # next to it.
    candidates.append(os.path.join(os.path.dirname(os.path.dirname(__file__)), "bin"))
    for directory in candidates:
        path = os.path.join(directory, name)
        if os.path.isfile(path):
            return path
    from shutil import which

    found = which(name)
    if found:
        return found
    raise FileNotFoundError(
        f"the pysunset executable was not found in {', '.join(candidates)} or on PATH: "
        "reinstall the package (pip install --force-reinstall pysunset)"
    )
