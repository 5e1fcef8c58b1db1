"""Helpers shared by the scripts that write Rust tables (cpython-codecs.py, cpython-cookies.py)."""


def wrapped(items):
    """The items on lines of at most 100 characters, each indented by four spaces."""
    lines, line = [], "   "
    for item in items:
        if len(line) + len(item) > 100:
            lines.append(line)
            line = "   "
        line += item
    return lines + [line]
