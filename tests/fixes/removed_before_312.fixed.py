# pysunset-fixture: target=3.12 unsafe
"""Removals of 3.3 to 3.11 with a fix: renames, replacements, dropped keywords."""
import aifc
import array
import asyncio
import base64
import bz2
import cgi
import collections
import decimal
import enum
import fileinput
import gettext
import inspect
import json
import os
import platform
import smtplib
import sunau
import tarfile
import threading
import unittest
import uuid
import wave
import xml.etree.ElementTree as ET
from asyncio import windows_utils
import selectors
import socket
import urllib.parse
import errno
import sys
import stat

sound = aifc.open("a.aiff"), sunau.open("a.au"), wave.open("a.wav")
values = array.array("b")
values.frombytes(b"\x01")
data = values.tobytes()
queue = asyncio.Queue()
selector = selectors.DefaultSelector()
pair = socket.socketpair()
text = base64.encodebytes(b"x") + base64.decodebytes(b"eA==\n")
archive = bz2.BZ2File("a.bz2")
query = urllib.parse.parse_qs("a=1"), urllib.parse.parse_qsl("a=1")
Point = collections.namedtuple("Point", "x y")
context = decimal.Context()
print(context.clamp)
Signals = enum.IntEnum._convert_("Signals", "signal", lambda name: name.startswith("SIG"))
lines = fileinput.input(), fileinput.FileInput()
gettext.install("app")
translation = gettext.translation("app")
spec = inspect.getfullargspec(print)
signatures = inspect.Signature.from_callable(len), inspect.Signature.from_callable(print)
value = json.loads("{}")
missing = errno.ENOENT
sink = os.devnull, os.popen("ls")
print("x", file=sys.stderr)
modes = [stat.S_IFLNK, stat.S_IFREG, stat.S_IFBLK, stat.S_IFDIR, stat.S_IFCHR, stat.S_IFIFO,
         stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX, stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR,
         stat.S_IRGRP, stat.S_IWGRP, stat.S_IXGRP, stat.S_IROTH, stat.S_IWOTH, stat.S_IXOTH]
print(stat.filemode(0o644))
worker = threading.Thread(target=print)
print(worker.is_alive())
node = uuid.getnode()
root = ET.Element("root")
items = root.iter("item"), ET.ElementTree(root).iter("item")


class T(unittest.TestCase):
    def test(self):
        self.assertCountEqual([1], [1])
