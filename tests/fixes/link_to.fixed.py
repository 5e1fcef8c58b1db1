# pysunset-fixture: target=3.12
"""Path.link_to(target) made `target` a hard link to the path: hardlink_to swaps them."""
import pathlib
from pathlib import Path

source = Path("data.txt")
Path("backup.txt").hardlink_to(source)
Path(Path("b") / "c").hardlink_to(Path("a"))
Path("copy.txt").hardlink_to(source)
Path("spread.txt").hardlink_to(source)


def link(config):
    config.path.link_to(config.target)


def later():
    Path(make_path()).link_to(next_name())  # both have side effects and swap order: unsafe


def make_path():
    return Path("x")


def next_name():
    return "y"
