# pysunset-fixture: target=3.14
# The same imports in the other tree reach its own compat module: its own class.
from .compat import configparser
from . import configparser as again


def make():
    configparser.SafeConfigParser()
    return again.SafeConfigParser()
