# pysunset-fixture: target=3.21 unsafe
"""Fixes that may change behaviour: applied only with unsafe fixes."""
import argparse
import asyncio
import email.utils
import importlib
import shutil
import tempfile
import inspect
import importlib.util

if inspect.iscoroutinefunction(print):
    pass
try:
    pass
except RuntimeError:
    pass
wrapper = tempfile.TemporaryFileWrapper
now = email.utils.localtime()
action = argparse.BooleanOptionalAction(["--color"], "color")
if importlib.util.find_spec("xml.dom") is None:  # a dotted name: find_spec imports the parent
    pass


def from_config(parser):
    parser.read_file(open("x.cfg"))  # `parser` may not be a ConfigParser
