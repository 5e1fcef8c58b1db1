# pysunset-fixture: target=3.21
"""Keyword arguments that were ignored are dropped; renamed ones are renamed."""
import configparser
import importlib.resources
import sysconfig
import unittest

sysconfig.is_python_build()
sysconfig.is_python_build(True)
error = configparser.ParsingError(source="setup.cfg")
files = importlib.resources.files("json")
loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(unittest)
suite = loader.loadTestsFromModule(
    unittest,
    pattern=None,
)
