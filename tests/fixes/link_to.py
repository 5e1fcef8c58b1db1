# pysunset-fixture: target=3.12
"""Path.link_to(target) made `target` a hard link to the path: hardlink_to swaps them."""
import pathlib
from pathlib import Path

source = Path("data.txt")
source.link_to("backup.txt")
Path("a") .link_to(Path("b") / "c")
pathlib.Path.link_to(source, "copy.txt")
source.link_to(
    "spread.txt",
)


def link(config):
    config.path.link_to(config.target)


def later():
    Path(make_path()).link_to(next_name())  # both have side effects and swap order: unsafe


def make_path():
    return Path("x")


def next_name():
    return "y"
