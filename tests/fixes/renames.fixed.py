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
from configparser import ConfigParser as SafeConfigParser
from locale import format_string as format_number
import importlib.resources.abc

text = locale.format_string("%d", 1000, grouping=True)
parser = configparser.ConfigParser()
parser.read_file(open("setup.cfg"), source="setup.cfg")
raw = configparser.RawConfigParser()
raw.read_file(open("setup.cfg"))
legacy = SafeConfigParser()
other = format_number("%.2f", 1.5)

print(configparser.ParsingError("setup.cfg").source)
archive = gzip.GzipFile("a.gz")
print(archive.name)

stream = io.open("a.txt")
pystream = _pyio.open("a.txt")
connection = sqlite3.connect(":memory:")
connection.text_factory = str

number = ast.Constant(value=42)
string = ast.Constant("text")
data = ast.Constant(value=b"data")
flag = ast.Constant(True)
print(ast.Constant(1).value, ast.Constant("s").value, ast.Tuple([], ast.Load()).elts)

turtle.tiltangle(45)
pen = turtle.RawTurtle(turtle.Screen())
pen.tiltangle(30)

result = unittest.TextTestResult
suite = unittest.TestLoader().loadTestsFromTestCase(unittest.TestCase)
cases = unittest.TestLoader().loadTestsFromModule(unittest)
names = unittest.TestLoader().getTestCaseNames(unittest.TestCase)
loaded = unittest.makeSuite(unittest.TestCase, "check")  # a second argument: no fix


class Resources(importlib.resources.abc.TraversableResources):
    def files(self) -> importlib.resources.abc.Traversable:
        ...
