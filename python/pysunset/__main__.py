"""``python -m pysunset``: runs the native ``pysunset`` command with the same arguments."""

from __future__ import annotations

import os
import subprocess
import sys

from pysunset import find_pysunset_bin


def main() -> int:
    """Runs the installed binary; on POSIX replaces this process with it."""
    binary = find_pysunset_bin()
    arguments = [binary, *sys.argv[1:]]
    if sys.platform == "win32":
        # No exec on Windows: run it and pass its exit status on.
        return subprocess.run(arguments).returncode
    os.execv(binary, arguments)
    return 2  # not reached: execv does not return


if __name__ == "__main__":
    sys.exit(main())
