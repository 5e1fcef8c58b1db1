# pysunset-fixture: target=3.21
"""Keyword arguments that were ignored are dropped; renamed ones are renamed."""
import configparser
import importlib.resources
import sysconfig
import unittest

sysconfig.is_python_build(check_home=True)
sysconfig.is_python_build(True, check_home=True)
error = configparser.ParsingError(filename="setup.cfg")
files = importlib.resources.files(package="json")
loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(unittest, use_load_tests=False)
suite = loader.loadTestsFromModule(
    unittest,
    use_load_tests=False,
    pattern=None,
)
