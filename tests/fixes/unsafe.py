# pysunset-fixture: target=3.21 unsafe
"""Fixes that may change behaviour: applied only with unsafe fixes."""
import argparse
import asyncio
import email.utils
import importlib
import shutil
import tempfile

if asyncio.iscoroutinefunction(print):
    pass
try:
    pass
except shutil.ExecError:
    pass
wrapper = tempfile._TemporaryFileWrapper
now = email.utils.localtime(isdst=-1)
action = argparse.BooleanOptionalAction(["--color"], "color", metavar="WHEN")
if importlib.find_loader("xml.dom") is None:  # a dotted name: find_spec imports the parent
    pass


def from_config(parser):
    parser.readfp(open("x.cfg"))  # `parser` may not be a ConfigParser
