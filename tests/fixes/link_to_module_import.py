# pysunset-fixture: target=3.12
import os
from pathlib import PurePath, PosixPath

p = PosixPath("a")
p.link_to(os.devnull)
