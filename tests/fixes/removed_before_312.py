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

sound = aifc.openfp("a.aiff"), sunau.openfp("a.au"), wave.openfp("a.wav")
values = array.array("b")
values.fromstring(b"\x01")
data = values.tostring()
queue = asyncio.JoinableQueue()
selector = asyncio.selectors.DefaultSelector()
pair = windows_utils.socketpair()
text = base64.encodestring(b"x") + base64.decodestring(b"eA==\n")
archive = bz2.BZ2File("a.bz2", buffering=10)
query = cgi.parse_qs("a=1"), cgi.parse_qsl("a=1")
Point = collections.namedtuple("Point", "x y", verbose=False)
context = decimal.Context()
print(context._clamp)
Signals = enum.IntEnum._convert("Signals", "signal", lambda name: name.startswith("SIG"))
lines = fileinput.input(bufsize=10), fileinput.FileInput(bufsize=10)
gettext.install("app", codeset="utf-8")
translation = gettext.translation("app", codeset="utf-8")
spec = inspect.getargspec(print)
signatures = inspect.Signature.from_builtin(len), inspect.Signature.from_function(print)
value = json.loads("{}", encoding="utf-8")
missing = os.errno.ENOENT
sink = platform.DEV_NULL, platform.popen("ls")
print("x", file=smtplib.stderr)
modes = [tarfile.S_IFLNK, tarfile.S_IFREG, tarfile.S_IFBLK, tarfile.S_IFDIR, tarfile.S_IFCHR, tarfile.S_IFIFO,
         tarfile.TSUID, tarfile.TSGID, tarfile.TSVTX, tarfile.TUREAD, tarfile.TUWRITE, tarfile.TUEXEC,
         tarfile.TGREAD, tarfile.TGWRITE, tarfile.TGEXEC, tarfile.TOREAD, tarfile.TOWRITE, tarfile.TOEXEC]
print(tarfile.filemode(0o644))
worker = threading.Thread(target=print, verbose=True)
print(worker.isAlive())
node = uuid.getnode(getters=None)
root = ET.Element("root")
items = root.getiterator("item"), ET.ElementTree(root).getiterator("item")


class T(unittest.TestCase):
    def test(self):
        self.assertSameElements([1], [1])
