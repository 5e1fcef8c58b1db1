"""Helpers shared by the scripts that write Rust tables (cpython-codecs.py, cpython-cookies.py,
cpython-single-byte.py)."""
import sys


def wrapped(items):
    """The items on lines of at most 100 characters, each indented by four spaces."""
    lines, line = [], "   "
    for item in items:
        if len(line) + len(item) > 100:
            lines.append(line)
            line = "   "
        line += item
    return lines + [line]


def write_or_check(path, text, script):
    """Writes `text` to `path`, or with `--check` exits 1 when `path` does not hold it."""
    if sys.argv[1:] == ["--check"]:
        with open(path) as file:
            if file.read() != text:
                sys.exit("%s is stale: run python3 scripts/%s" % (path.split("/../")[-1], script))
        return
    with open(path, "w") as file:
        file.write(text)
