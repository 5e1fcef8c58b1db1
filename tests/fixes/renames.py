# pysunset-fixture: target=3.21
"""Names with a one-to-one replacement in the same module or a neighbour."""
import ast
import configparser
import gzip
import importlib.abc
import io
import locale
import sqlite3
import turtle
import unittest
import _pyio
from configparser import SafeConfigParser
from locale import format as format_number

text = locale.format("%d", 1000, grouping=True)
parser = configparser.SafeConfigParser()
parser.readfp(open("setup.cfg"), filename="setup.cfg")
raw = configparser.RawConfigParser()
raw.readfp(open("setup.cfg"))
legacy = SafeConfigParser()
other = format_number("%.2f", 1.5)

print(configparser.ParsingError("setup.cfg").filename)
archive = gzip.GzipFile("a.gz")
print(archive.filename)

stream = io.OpenWrapper("a.txt")
pystream = _pyio.OpenWrapper("a.txt")
connection = sqlite3.connect(":memory:")
connection.text_factory = sqlite3.OptimizedUnicode

number = ast.Num(n=42)
string = ast.Str("text")
data = ast.Bytes(s=b"data")
flag = ast.NameConstant(True)
print(ast.Constant(1).n, ast.Constant("s").s, ast.Tuple([], ast.Load()).dims)

turtle.settiltangle(45)
pen = turtle.RawTurtle(turtle.Screen())
pen.settiltangle(30)

result = unittest._TextTestResult
suite = unittest.makeSuite(unittest.TestCase)
cases = unittest.findTestCases(unittest)
names = unittest.getTestCaseNames(unittest.TestCase)
loaded = unittest.makeSuite(unittest.TestCase, "check")  # a second argument: no fix


class Resources(importlib.abc.TraversableResources):
    def files(self) -> importlib.abc.Traversable:
        ...
