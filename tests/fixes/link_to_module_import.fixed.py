# pysunset-fixture: target=3.12
import os
from pathlib import PurePath, PosixPath
import pathlib

p = PosixPath("a")
pathlib.Path(os.devnull).hardlink_to(p)
